import {
  practiceLogInputSchema,
  practiceLogListSchema,
  practiceLogSchema,
  practiceLogUpdateSchema,
} from '@birge/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestMeta } from '../../http/context.js';
import { problems } from '../../http/responses.js';
import type { PracticeService } from './practice.service.js';

const idParams = z.object({ id: z.uuid() });
const listQuery = z.object({
  planId: z.uuid(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

export const practiceRoutes =
  (practice: PracticeService): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/practice-logs',
      {
        schema: {
          tags: ['plans'],
          summary: 'Log one practice of a home-programme activity: done, partly or not today',
          description:
            'The assignment must be in the plan’s home programme (422 `practice.activity_not_in_plan`), the plan active, the day not in the future and inside the assignment’s dates. A family member logs for their own household only: any other plan is 404 `practice.other_household`.',
          body: practiceLogInputSchema,
          response: { 201: practiceLogSchema, ...problems(400, 401, 403, 404, 409, 413, 415, 422) },
        },
      },
      async (req, reply) => reply.code(201).send(await practice.create(requestMeta(req), req.body)),
    );

    app.get(
      '/practice-logs',
      {
        schema: {
          tags: ['plans'],
          summary: 'A plan’s practice by day, with adherence per assignment and ISO week',
          description:
            'Adherence = sessions done / sessions the frequency asks for over the assignment’s days of the week up to today; `done` counts 1, `partly` ½, `not_today` 0; capped at 1. `from`/`to` limit the logs and the weeks shown.',
          querystring: listQuery,
          response: { 200: practiceLogListSchema, ...problems(400, 401, 403, 404) },
        },
      },
      async (req) => practice.list(requestMeta(req), req.query),
    );

    app.get(
      '/practice-logs/:id',
      {
        schema: {
          tags: ['plans'],
          summary: 'One practice log',
          params: idParams,
          response: { 200: practiceLogSchema, ...problems(400, 401, 404) },
        },
      },
      async (req) => practice.get(requestMeta(req), req.params.id),
    );

    app.put(
      '/practice-logs/:id',
      {
        schema: {
          tags: ['plans'],
          summary: 'Correct a practice log’s result or note; `rev` as read',
          params: idParams,
          body: practiceLogUpdateSchema,
          response: { 200: practiceLogSchema, ...problems(400, 401, 403, 404, 409, 413, 415, 422) },
        },
      },
      async (req) => practice.update(requestMeta(req), req.params.id, req.body),
    );
  };
