import { katoCodeSchema } from '@birge/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../../http/context.js';
import { notFound } from '../../http/problem.js';
import { problems } from '../../http/responses.js';
import type { PlacesService } from './places.service.js';

export const placeViewSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.number().int(),
  parentCode: z.string().nullable(),
  path: z.array(z.string()),
  retired: z.boolean(),
});

const listQuery = z.strictObject({
  parent: katoCodeSchema.optional(),
  q: z.string().trim().min(2).max(100).optional(),
  /** `mine`: only places inside the signed-in user's scope. */
  scope: z.enum(['all', 'mine']).default('all'),
  minLevel: z.coerce.number().int().min(1).max(4).default(1),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const placesRoutes =
  (places: PlacesService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/places',
      {
        schema: {
          tags: ['places'],
          summary:
            'Browse the KATO tree (children of `parent`, regions without it) or search by name (`q`)',
          querystring: listQuery,
          response: { 200: z.object({ items: z.array(placeViewSchema) }), ...problems(400, 401) },
        },
      },
      async (req) => {
        const user = requireUser(req);
        const { parent, q, scope, minLevel, limit } = req.query;
        if (q) {
          const items = await places.search(q, req.lang, {
            ...(scope === 'mine' ? { actor: user } : {}),
            minLevel,
            limit,
          });
          return { items };
        }
        return { items: await places.children(parent ?? null, req.lang) };
      },
    );

    app.get(
      '/places/classifier',
      {
        schema: {
          tags: ['places'],
          summary: 'The KATO edition loaded',
          response: {
            200: z.object({
              version: z.string(),
              source: z.string(),
              rows: z.number().int(),
              importedAt: z.string(),
            }),
            ...problems(401, 404),
          },
        },
      },
      async (req) => {
        requireUser(req);
        const version = await places.latestVersion();
        if (!version) throw notFound();
        return {
          version: version.version,
          source: version.source,
          rows: version.row_count,
          importedAt: version.imported_at.toISOString(),
        };
      },
    );

    app.get(
      '/places/:code',
      {
        schema: {
          tags: ['places'],
          summary: 'One place with the names of the places around it',
          params: z.object({ code: z.string().max(20) }),
          response: { 200: placeViewSchema, ...problems(401, 404) },
        },
      },
      async (req) => {
        requireUser(req);
        const place = await places.get(req.params.code, req.lang);
        if (!place) throw notFound();
        return place;
      },
    );
  };
