import { instanceSchema, loginInputSchema, meSchema, meUpdateSchema, type Me } from '@birge/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { requestMeta, requireUser, type SessionUser } from '../../http/context.js';
import { problems } from '../../http/responses.js';
import { SESSION_COOKIE } from '../../http/security.js';
import { VERSION } from '../../version.js';
import type { PlacesService } from '../places/places.service.js';
import type { AuthService } from './auth.service.js';
import { meOf, sessionCookieOptions } from './me.js';

export const authRoutes =
  (auth: AuthService, places: PlacesService, config: Config): FastifyPluginAsyncZod =>
  async (app) => {
    const me = (user: SessionUser): Promise<Me> => meOf(user, places);
    const cookieOptions = sessionCookieOptions(config);

    app.get(
      '/instance',
      {
        schema: {
          tags: ['auth'],
          summary: 'The installation’s mode and version (no sign-in needed)',
          security: [],
          response: { 200: instanceSchema },
        },
      },
      async () => ({ mode: config.mode, version: VERSION }),
    );

    app.post(
      '/auth/login',
      {
        schema: {
          tags: ['auth'],
          summary: 'Sign in; sets the session cookie',
          body: loginInputSchema,
          response: { 200: meSchema, ...problems(400, 401, 403, 422, 429) },
        },
      },
      async (req, reply) => {
        const { token } = await auth.login(req.body.username, req.body.password, requestMeta(req));
        const user = await auth.resolve(token);
        if (!user) throw new Error('A session just opened could not be resolved');
        reply.setCookie(SESSION_COOKIE, token, cookieOptions);
        return me(user);
      },
    );

    app.get(
      '/auth/me',
      {
        schema: {
          tags: ['auth'],
          summary: 'The signed-in user',
          description:
            'With `personId` for a `family` user (the household member the invitation was for) and the user’s work `phone`.',
          response: { 200: meSchema, ...problems(401) },
        },
      },
      async (req) => me(requireUser(req)),
    );

    app.patch(
      '/auth/me',
      {
        schema: {
          tags: ['auth'],
          summary: 'Remember the user’s language, or their work phone',
          description:
            'The phone (or null to remove it) is printed as the worker’s contact on the plans of the households they hold (`GET /plans/{id}/print.pdf`).',
          body: meUpdateSchema,
          response: { 200: meSchema, ...problems(401, 422) },
        },
      },
      async (req) => {
        const user = requireUser(req);
        const { language, phone } = req.body;
        if (language) await auth.setLanguage(user, language);
        if (phone !== undefined) await auth.setPhone(user, phone);
        return me({
          ...user,
          language: language ?? user.language,
          phone: phone === undefined ? user.phone : phone,
        });
      },
    );

    app.post(
      '/auth/logout',
      {
        schema: {
          tags: ['auth'],
          summary: 'Sign out; ends the session',
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        if (req.sessionToken) await auth.logout(req.sessionToken, requestMeta(req));
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.code(204).send(null);
      },
    );
  };
