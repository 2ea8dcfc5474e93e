import { visitInputSchema, visitPageSchema, visitSchema, visitUpdateSchema } from '@birge/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestMeta } from '../../http/context.js';
import { problems } from '../../http/responses.js';
import type { VisitsService } from './visits.service.js';

const idParams = z.object({ id: z.uuid() });
const listQuery = z
  .object({
    householdId: z.uuid().optional(),
    personId: z.uuid().optional(),
    limit: z.coerce.number().int().min(1).optional(),
    cursor: z.string().max(300).optional(),
  })
  .refine((q) => q.personId !== undefined || q.householdId !== undefined, {
    path: ['householdId'],
    message: 'validation.required',
  });

const RULES =
  'Persons concerned and present members must belong to the household (422 `visit.person_not_in_household`); the plan, assessments and reviews named must be the household’s; activities are card ids; the visit is not in the future and the next visit comes after it. A household outside the caller’s places is 404.';

export const visitsRoutes =
  (visits: VisitsService): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/visits',
      {
        schema: {
          tags: ['visits'],
          summary: 'Record a home, phone or community visit',
          description: RULES,
          body: visitInputSchema,
          response: { 201: visitSchema, ...problems(400, 401, 403, 404, 409, 413, 415, 422) },
        },
      },
      async (req, reply) => reply.code(201).send(await visits.create(requestMeta(req), req.body)),
    );

    app.get(
      '/visits',
      {
        schema: {
          tags: ['visits'],
          summary: 'A household’s visits, or those concerning a person, newest first',
          description: '`householdId` or `personId` is required.',
          querystring: listQuery,
          response: { 200: visitPageSchema, ...problems(400, 401, 403) },
        },
      },
      async (req) => visits.list(requestMeta(req), req.query),
    );

    app.get(
      '/visits/:id',
      {
        schema: {
          tags: ['visits'],
          summary: 'One visit (each read is audited)',
          params: idParams,
          response: { 200: visitSchema, ...problems(400, 401, 404) },
        },
      },
      async (req) => visits.get(requestMeta(req), req.params.id),
    );

    app.put(
      '/visits/:id',
      {
        schema: {
          tags: ['visits'],
          summary: 'Correct a visit record; `rev` must be the revision the change was based on',
          description: `${RULES} A stale \`rev\` is 409 \`stale_revision\`.`,
          params: idParams,
          body: visitUpdateSchema,
          response: { 200: visitSchema, ...problems(400, 401, 403, 404, 409, 413, 415, 422) },
        },
      },
      async (req) => visits.update(requestMeta(req), req.params.id, req.body),
    );
  };
