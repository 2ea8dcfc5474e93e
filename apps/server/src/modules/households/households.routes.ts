import {
  householdInputSchema,
  householdPageSchema,
  householdSchema,
  householdUpdateSchema,
  pageQuerySchema,
} from '@birge/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestMeta } from '../../http/context.js';
import { problems } from '../../http/responses.js';
import type { HouseholdsService } from './households.service.js';

const idParams = z.object({ id: z.uuid() });

export const householdsRoutes =
  (households: HouseholdsService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/households',
      {
        schema: {
          tags: ['registry'],
          summary:
            'Households the user may see, newest first; `q` searches address, place and member names',
          querystring: pageQuerySchema,
          response: { 200: householdPageSchema, ...problems(400, 401, 403) },
        },
      },
      async (req) => households.list(requestMeta(req), req.query, req.lang),
    );

    app.post(
      '/households',
      {
        schema: {
          tags: ['registry'],
          summary: 'Register a household',
          body: householdInputSchema,
          response: { 201: householdSchema, ...problems(400, 401, 403, 409, 413, 415, 422) },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await households.create(requestMeta(req), req.body, req.lang)),
    );

    app.get(
      '/households/:id',
      {
        schema: {
          tags: ['registry'],
          summary: 'A household with its members',
          params: idParams,
          response: { 200: householdSchema, ...problems(400, 401, 404) },
        },
      },
      async (req) => households.get(requestMeta(req), req.params.id, req.lang),
    );

    app.put(
      '/households/:id',
      {
        schema: {
          tags: ['registry'],
          summary: 'Change a household; `rev` must be the revision the change was based on',
          params: idParams,
          body: householdUpdateSchema,
          response: { 200: householdSchema, ...problems(400, 401, 403, 404, 409, 413, 415, 422) },
        },
      },
      async (req) => households.update(requestMeta(req), req.params.id, req.body, req.lang),
    );

    app.delete(
      '/households/:id',
      {
        schema: {
          tags: ['registry'],
          summary: 'Remove a household and its members (kept as tombstones)',
          params: idParams,
          response: { 204: z.null(), ...problems(400, 401, 403, 404) },
        },
      },
      async (req, reply) => {
        await households.remove(requestMeta(req), req.params.id);
        return reply.code(204).send(null);
      },
    );
  };
