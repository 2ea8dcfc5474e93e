import type { Invitation, Me } from '@birge/domain';
import type { ApiRequester } from './api-client.js';
import { meAnswer } from './session-schemas.js';

/**
 * Family invitations (issue 5, docs/decisions/0022 and 0024): a worker gets a one-time code for a
 * member of a household, the member signs in with it, and their phone wraps its device store with
 * the account's device secret (a family account has no password). Online only: the server makes
 * and checks the codes.
 */
export interface InvitationOperations {
  /** A one-time code for a member of the household (workers of its caseload, supervisors). */
  inviteMember: (householdId: string, personId: string) => Promise<Invitation>;
  /** Signs in with a code (case, spaces and hyphens do not matter); the family account. */
  redeemInvitation: (code: string) => Promise<Me>;
  /** The family account's device secret, which its phone's store is wrapped with. */
  deviceKey: () => Promise<string>;
}

/** The schemas (zod) load with the first invitation answer, not with the sign-in page. */
const schemas = () => import('./invitation-schemas.js');

export function createHttpInvitations(request: ApiRequester): InvitationOperations {
  return {
    inviteMember: (householdId, personId) =>
      request(`/households/${encodeURIComponent(householdId)}/invitations`, {
        method: 'POST',
        body: { personId },
        parse: async (b) => (await schemas()).invitationSchema.parse(b),
      }),
    redeemInvitation: (code) =>
      request('/auth/invitation', { method: 'POST', body: { code }, parse: (b) => meAnswer.parse(b) }),
    deviceKey: async () =>
      // The secret must never come from an HTTP cache.
      (
        await request('/auth/device-key', {
          cache: 'no-store',
          parse: async (b) => (await schemas()).deviceKeySchema.parse(b),
        })
      ).key,
  };
}
