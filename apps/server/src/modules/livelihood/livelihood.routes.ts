import { livelihoodInputSchema, livelihoodRecordSchema } from '@birge/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestMeta } from '../../http/context.js';
import { problems } from '../../http/responses.js';
import type { LivelihoodService } from './livelihood.service.js';

const personParams = z.object({ id: z.uuid() });
const entryParams = z.object({ id: z.uuid(), entryId: z.uuid() });

const SCOPE =
  'Workers and supervisors write within their places, managers read, a family reads its own household; a person outside the caller’s sight is 404. Writes need the person’s valid consent (422 `record.consent_required`).';

export const livelihoodRoutes =
  (livelihood: LivelihoodService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/persons/:id/livelihood',
      {
        schema: {
          tags: ['livelihood'],
          summary: 'A person’s livelihood records, newest first, and the current one',
          description: SCOPE,
          params: personParams,
          response: { 200: livelihoodRecordSchema, ...problems(400, 401, 404) },
        },
      },
      async (req) => livelihood.get(requestMeta(req), req.params.id),
    );

    app.post(
      '/persons/:id/livelihood',
      {
        schema: {
          tags: ['livelihood'],
          summary:
            'Add a livelihood record: work, training, income sources, benefits, self-help group',
          description: `The date may not be before birth, in the future, or before the person’s 16th birthday (\`livelihood.too_young\`); a training or group name needs its answer. ${SCOPE}`,
          params: personParams,
          body: livelihoodInputSchema,
          response: {
            201: livelihoodRecordSchema,
            ...problems(400, 401, 403, 404, 409, 413, 415, 422),
          },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await livelihood.add(requestMeta(req), req.params.id, req.body)),
    );

    app.delete(
      '/persons/:id/livelihood/:entryId',
      {
        schema: {
          tags: ['livelihood'],
          summary: 'Remove a mistaken livelihood record (kept, marked deleted)',
          description: SCOPE,
          params: entryParams,
          response: { 200: livelihoodRecordSchema, ...problems(400, 401, 403, 404, 422) },
        },
      },
      async (req) => livelihood.remove(requestMeta(req), req.params.id, req.params.entryId),
    );
  };
