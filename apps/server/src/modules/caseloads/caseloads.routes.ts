import {
  assignmentInputSchema,
  assignmentSchema,
  caseloadWorkerSchema,
  householdPageSchema,
  pageQuerySchema,
} from '@birge/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestMeta } from '../../http/context.js';
import { problems } from '../../http/responses.js';
import type { CaseloadsService } from './caseloads.service.js';

const householdParams = z.object({ id: z.uuid() });
const userParams = z.object({ userId: z.uuid() });

export const caseloadsRoutes =
  (caseloads: CaseloadsService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/caseloads',
      {
        schema: {
          tags: ['sync'],
          summary:
            'Workers and supervisors in your places with the number of households each holds',
          response: { 200: z.array(caseloadWorkerSchema), ...problems(401, 403) },
        },
      },
      async (req) => caseloads.holders(requestMeta(req)),
    );

    app.get(
      '/caseloads/:userId/households',
      {
        schema: {
          tags: ['sync'],
          summary: "The households in a worker's caseload that you may see, newest first",
          params: userParams,
          querystring: pageQuerySchema.omit({ q: true }),
          response: { 200: householdPageSchema, ...problems(400, 401, 403) },
        },
      },
      async (req) => caseloads.households(requestMeta(req), req.params.userId, req.query, req.lang),
    );

    app.get(
      '/households/:id/assignment',
      {
        schema: {
          tags: ['sync'],
          summary: 'Who holds the household in their caseload',
          params: householdParams,
          response: { 200: assignmentSchema, ...problems(400, 401, 403, 404) },
        },
      },
      async (req) => caseloads.get(requestMeta(req), req.params.id),
    );

    app.put(
      '/households/:id/assignment',
      {
        schema: {
          tags: ['sync'],
          summary:
            'Assign the household to a worker (it leaves the previous holder at their next sync)',
          params: householdParams,
          body: assignmentInputSchema,
          response: { 200: assignmentSchema, ...problems(400, 401, 403, 404, 422) },
        },
      },
      async (req) => caseloads.assign(requestMeta(req), req.params.id, req.body.workerId),
    );

    app.delete(
      '/households/:id/assignment',
      {
        schema: {
          tags: ['sync'],
          summary: 'Take the household out of any caseload',
          params: householdParams,
          response: { 204: z.null(), ...problems(400, 401, 403, 404) },
        },
      },
      async (req, reply) => {
        await caseloads.unassign(requestMeta(req), req.params.id);
        return reply.code(204).send(null);
      },
    );
  };
