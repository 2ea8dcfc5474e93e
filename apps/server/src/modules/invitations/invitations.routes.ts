import {
  deviceKeySchema,
  invitationInputSchema,
  invitationRedeemSchema,
  invitationSchema,
  meSchema,
} from '@birge/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { requestMeta } from '../../http/context.js';
import { problems } from '../../http/responses.js';
import { SESSION_COOKIE } from '../../http/security.js';
import type { AuthService } from '../auth/auth.service.js';
import { meOf, sessionCookieOptions } from '../auth/me.js';
import type { PlacesService } from '../places/places.service.js';
import type { InvitationsService } from './invitations.service.js';

const householdParams = z.object({ id: z.uuid() });

export const invitationsRoutes =
  (
    invitations: InvitationsService,
    auth: AuthService,
    places: PlacesService,
    config: Config,
  ): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/households/:id/invitations',
      {
        schema: {
          tags: ['auth'],
          summary: 'Invite a member of the household to the family app with a one-time code',
          description:
            'For a worker, the household must be in their caseload (else 403 with `invitation.not_in_caseload`); for a supervisor, in their places. `personId` must be a live member of the household (422). The answer is the only time the code is shown (only its SHA-256 is kept): 8 characters as `ABCD-EFGH`, valid 7 days, used once; a new code for the same person withdraws the older ones. Audited.',
          params: householdParams,
          body: invitationInputSchema,
          response: { 201: invitationSchema, ...problems(400, 401, 403, 404, 422) },
        },
      },
      async (req, reply) =>
        reply
          .code(201)
          .send(await invitations.issue(requestMeta(req), req.params.id, req.body.personId)),
    );

    app.post(
      '/auth/invitation',
      {
        schema: {
          tags: ['auth'],
          summary: 'Sign in with an invitation code; sets the session cookie like sign-in',
          description:
            'Makes (or, for a member invited before, reuses) the member’s `family` account, bound to the household, and opens a session. Case, spaces and the hyphen do not matter. A wrong code is 400 `invitation_invalid`; an expired one 410 `invitation_expired`; a used or withdrawn one 410 `invitation_used`; nothing is changed, the attempt is audited and counted, and too many failures from one address (or from everywhere) are 429 with `Retry-After`. The account has no password: its phone then sets a PIN and wraps the device store with `GET /auth/device-key`.',
          security: [],
          body: invitationRedeemSchema,
          response: { 200: meSchema, ...problems(400, 401, 403, 410, 422, 429) },
        },
      },
      async (req, reply) => {
        const { token } = await invitations.redeem(req.body.code, requestMeta(req));
        const user = await auth.resolve(token);
        if (!user) throw new Error('A session just opened could not be resolved');
        reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(config));
        return meOf(user, places);
      },
    );

    app.get(
      '/auth/device-key',
      {
        schema: {
          tags: ['auth'],
          summary: 'The secret a family account’s phone wraps its device store with',
          description:
            'Family accounts only (they have no password): the phone wraps the store’s data key under this secret where a worker’s phone uses the password, and under the PIN. Fetched with the session after redeeming a code, and again to open the store when the PIN is forgotten. The same for the account until an administrator changes it; each read is audited.',
          response: { 200: deviceKeySchema, ...problems(401, 403) },
        },
      },
      async (req) => invitations.deviceKey(requestMeta(req)),
    );
  };
