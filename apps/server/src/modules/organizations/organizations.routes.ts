import {
  ACCESSIBILITY_FEATURES,
  CBR_ELEMENT_IDS,
  katoCodeSchema,
  ORGANIZATION_SECTORS,
  ORGANIZATION_TYPES,
  organizationInputSchema,
  organizationPageSchema,
  organizationSchema,
  organizationUpdateSchema,
  pageQuerySchema,
} from '@birge/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestMeta } from '../../http/context.js';
import { problems } from '../../http/responses.js';
import type { OrganizationsService } from './organizations.service.js';

const idParams = z.object({ id: z.uuid() });

/** `a,b` or `a&…=b`: both give a list. */
function splitList(value: unknown): unknown[] {
  const values: unknown[] = Array.isArray(value) ? value : [value];
  return values
    .flatMap((v): unknown[] => (typeof v === 'string' ? v.split(',') : [v]))
    .map((v) => (typeof v === 'string' ? v.trim() : v))
    .filter((v) => v !== '');
}

const listParam = <T extends z.ZodType>(item: T) => z.preprocess(splitList, z.array(item).max(20));

const nearSchema = z
  .string()
  .regex(/^-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?$/, { message: 'validation.invalid_format' })
  .transform((text) => {
    const [lat = 0, lon = 0] = text.split(',').map(Number);
    return { lat, lon };
  })
  .pipe(z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }));

const listQuerySchema = pageQuerySchema.extend({
  place: katoCodeSchema.optional().describe('KATO code: the place and everything inside it'),
  sector: z.enum(ORGANIZATION_SECTORS).optional(),
  type: z.enum(ORGANIZATION_TYPES).optional(),
  element: z.enum(CBR_ELEMENT_IDS).optional().describe('A CBR matrix element the service offers'),
  accessibility: listParam(z.enum(ACCESSIBILITY_FEATURES))
    .optional()
    .describe('Features, comma-separated; all are required'),
  near: nearSchema.optional().describe('`lat,lon`: nearest first, those without coordinates last'),
});

export const organizationsRoutes =
  (organizations: OrganizationsService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/organizations',
      {
        schema: {
          tags: ['directory'],
          summary:
            'The service directory: search by `q`, filter by place, sector, type, CBR element and accessibility',
          querystring: listQuerySchema,
          response: { 200: organizationPageSchema, ...problems(400, 401) },
        },
      },
      async (req) => organizations.list(requestMeta(req), req.query, req.lang),
    );

    app.post(
      '/organizations',
      {
        schema: {
          tags: ['directory'],
          summary: 'Add an organization (supervisors in their places, admins)',
          body: organizationInputSchema,
          response: { 201: organizationSchema, ...problems(400, 401, 403, 409, 413, 415, 422) },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await organizations.create(requestMeta(req), req.body, req.lang)),
    );

    app.get(
      '/organizations/:id',
      {
        schema: {
          tags: ['directory'],
          summary: 'One organization of the directory',
          params: idParams,
          response: { 200: organizationSchema, ...problems(400, 401, 404) },
        },
      },
      async (req) => organizations.get(requestMeta(req), req.params.id, req.lang),
    );

    app.put(
      '/organizations/:id',
      {
        schema: {
          tags: ['directory'],
          summary: 'Change an organization; `rev` must be the revision the change was based on',
          params: idParams,
          body: organizationUpdateSchema,
          response: {
            200: organizationSchema,
            ...problems(400, 401, 403, 404, 409, 413, 415, 422),
          },
        },
      },
      async (req) => organizations.update(requestMeta(req), req.params.id, req.body, req.lang),
    );

    app.delete(
      '/organizations/:id',
      {
        schema: {
          tags: ['directory'],
          summary: 'Remove an organization from the directory (kept as a tombstone)',
          params: idParams,
          response: { 204: z.null(), ...problems(400, 401, 403, 404) },
        },
      },
      async (req, reply) => {
        await organizations.remove(requestMeta(req), req.params.id);
        return reply.code(204).send(null);
      },
    );
  };
