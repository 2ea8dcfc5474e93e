import { userInputSchema, userSchema } from '@birge/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestMeta } from '../../http/context.js';
import { problems } from '../../http/responses.js';
import type { UsersService } from './users.service.js';

export const usersRoutes =
  (users: UsersService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/users',
      {
        schema: {
          tags: ['users'],
          summary: 'Accounts (administrators)',
          response: { 200: z.object({ items: z.array(userSchema) }), ...problems(401, 403) },
        },
      },
      async (req) => ({ items: await users.list(requestMeta(req)) }),
    );

    app.post(
      '/users',
      {
        schema: {
          tags: ['users'],
          summary: 'Create an account (administrators)',
          body: userInputSchema,
          response: { 201: z.object({ id: z.uuid() }), ...problems(400, 401, 403, 413, 415, 422) },
        },
      },
      async (req, reply) =>
        reply.code(201).send({ id: await users.create(requestMeta(req), req.body) }),
    );

    app.patch(
      '/users/:id',
      {
        schema: {
          tags: ['users'],
          summary:
            'Disable or enable an account (administrators); a disabled account is signed out everywhere and its devices are wiped at their next contact',
          params: z.object({ id: z.uuid() }),
          body: z.strictObject({ disabled: z.boolean() }),
          response: { 204: z.null(), ...problems(400, 401, 403, 404, 413, 415, 422) },
        },
      },
      async (req, reply) => {
        await users.setDisabled(requestMeta(req), req.params.id, req.body.disabled);
        return reply.code(204).send(null);
      },
    );
  };
