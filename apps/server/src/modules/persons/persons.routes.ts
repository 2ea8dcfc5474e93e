import {
  consentInputSchema,
  consentSchema,
  consentWithdrawalSchema,
  pageQuerySchema,
  personInputSchema,
  personPageSchema,
  personSchema,
  personUpdateSchema,
} from '@birge/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestMeta } from '../../http/context.js';
import { problems } from '../../http/responses.js';
import type { ConsentsService } from '../consents/consents.service.js';
import type { PersonsService } from './persons.service.js';

const idParams = z.object({ id: z.uuid() });

const historySchema = z.array(
  z.object({
    at: z.string(),
    actor: z.string().nullable(),
    op: z.string(),
    fields: z.array(z.string()),
  }),
);

export const personsRoutes =
  (persons: PersonsService, consents: ConsentsService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/persons',
      {
        schema: {
          tags: ['registry'],
          summary: 'People the user may see, newest first; filter by household or name',
          querystring: pageQuerySchema.extend({ householdId: z.uuid().optional() }),
          response: { 200: personPageSchema, ...problems(400, 401, 403) },
        },
      },
      async (req) => persons.list(requestMeta(req), req.query),
    );

    app.post(
      '/persons',
      {
        schema: {
          tags: ['registry'],
          summary: 'Register a person in a household, optionally with their consent',
          description:
            'Without valid consent to registration only the minimal fields are accepted. A person with the same IIN is refused (409 `duplicate_iin`); a similar name born the same day in the same district answers 409 `possible_duplicate` until the request says `confirmNotDuplicate: true`.',
          body: personInputSchema,
          response: { 201: personSchema, ...problems(400, 401, 403, 409, 413, 415, 422) },
        },
      },
      async (req, reply) => reply.code(201).send(await persons.create(requestMeta(req), req.body)),
    );

    app.get(
      '/persons/:id',
      {
        schema: {
          tags: ['registry'],
          summary: 'A person’s full record (each read is written to the audit log)',
          params: idParams,
          response: { 200: personSchema, ...problems(400, 401, 404) },
        },
      },
      async (req) => persons.get(requestMeta(req), req.params.id),
    );

    app.put(
      '/persons/:id',
      {
        schema: {
          tags: ['registry'],
          summary: 'Change a person; `rev` must be the revision the change was based on',
          params: idParams,
          body: personUpdateSchema,
          response: { 200: personSchema, ...problems(400, 401, 403, 404, 409, 413, 415, 422) },
        },
      },
      async (req) => persons.update(requestMeta(req), req.params.id, req.body),
    );

    app.delete(
      '/persons/:id',
      {
        schema: {
          tags: ['registry'],
          summary: 'Remove a person (kept as a tombstone)',
          params: idParams,
          response: { 204: z.null(), ...problems(400, 401, 403, 404) },
        },
      },
      async (req, reply) => {
        await persons.remove(requestMeta(req), req.params.id);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/persons/:id/history',
      {
        schema: {
          tags: ['registry'],
          summary: 'Who changed which fields of a person, and when',
          params: idParams,
          response: { 200: historySchema, ...problems(400, 401, 404) },
        },
      },
      async (req) => persons.history(requestMeta(req), req.params.id),
    );

    app.post(
      '/persons/:id/consents',
      {
        schema: {
          tags: ['registry'],
          summary: 'Record a consent given by the person or their legal representative',
          params: idParams,
          body: consentInputSchema,
          response: { 201: consentSchema, ...problems(400, 401, 403, 404, 413, 415, 422) },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await consents.add(requestMeta(req), req.params.id, req.body)),
    );

    app.post(
      '/consents/:id/withdraw',
      {
        schema: {
          tags: ['registry'],
          summary:
            'Withdraw a consent; without another valid one, the person is reduced to the minimal record',
          params: idParams,
          body: consentWithdrawalSchema,
          response: { 200: consentSchema, ...problems(400, 401, 403, 404, 413, 415, 422) },
        },
      },
      async (req) => consents.withdraw(requestMeta(req), req.params.id, req.body),
    );
  };
