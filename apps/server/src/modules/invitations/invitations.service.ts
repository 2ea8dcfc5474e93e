import { createHash, randomBytes, randomInt } from 'node:crypto';
import {
  canWriteRegistry,
  formatInvitationCode,
  INVITATION_CODE_ALPHABET,
  INVITATION_CODE_LENGTH,
  INVITATION_VALID_DAYS,
  isLanguage,
  normalizeInvitationCode,
  type Invitation,
} from '@birge/domain';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { actorOf, type RequestMeta } from '../../http/context.js';
import { forbidden, invalid, notFound, ProblemError } from '../../http/problem.js';
import type { AuditLog } from '../audit/audit.service.js';
import type { AuthService } from '../auth/auth.service.js';
import { assignmentOf } from '../caseloads/caseloads.repo.js';
import { findHousehold } from '../households/households.repo.js';
import {
  deviceSecret,
  familyAccountOf,
  householdMember,
  insertFamilyAccount,
  insertInvitation,
  invitationForUpdate,
  markUsed,
  moveFamilyAccount,
  withdrawOpenInvitations,
} from './invitations.repo.js';

/** Failed redemptions are counted under this key (no username has a `#`). */
export const INVITATION_ATTEMPT_KEY = '#invitation';
/**
 * Failed codes allowed from everywhere together in the sign-in window: against guessing from
 * many addresses. With 31⁸ codes and a few thousand open at once, 200 guesses per 15 minutes
 * find one in some hundred thousand years.
 */
export const INVITATION_MAX_FAILURES = 200;
/** A family account has no password: no argon2 hash verifies against this. */
export const NO_PASSWORD = '!invitation';

const DAY_MS = 86_400_000;

export function hashCode(code: string): string {
  return createHash('sha256').update(code).digest('hex');
}

/** A code of 8 characters of the alphabet, each drawn uniformly (crypto.randomInt). */
export function newInvitationCode(): string {
  let code = '';
  for (let i = 0; i < INVITATION_CODE_LENGTH; i++)
    code += INVITATION_CODE_ALPHABET[randomInt(INVITATION_CODE_ALPHABET.length)];
  return code;
}

const newSecret = () => randomBytes(32).toString('base64url');

type Refusal = 'invitation_invalid' | 'invitation_expired' | 'invitation_used' | 'account_disabled';
const REFUSAL_STATUS: Record<Refusal, number> = {
  invitation_invalid: 400,
  invitation_expired: 410,
  invitation_used: 410,
  account_disabled: 403,
};

export type InvitationsService = ReturnType<typeof createInvitationsService>;

/**
 * Family invitations (issue 5, docs/decisions/0022): a worker (for a household of their caseload)
 * or a supervisor (in their places) issues a code for a named member; redeeming it makes or
 * reuses that member's `family` account, bound to the household, and opens a session.
 */
export function createInvitationsService(db: Kysely<DB>, audit: AuditLog, auth: AuthService) {
  return {
    async issue(meta: RequestMeta, householdId: string, personId: string): Promise<Invitation> {
      const actor = actorOf(meta);
      if (!canWriteRegistry(actor)) throw forbidden();
      if (!(await findHousehold(db, actor, householdId))) throw notFound();
      if (actor.role === 'worker' && (await assignmentOf(db, householdId))?.id !== actor.userId)
        throw new ProblemError(403, 'forbidden', {
          errors: [{ path: 'householdId', code: 'invitation.not_in_caseload' }],
        });
      if (!(await householdMember(db, householdId, personId)))
        throw invalid([{ path: 'personId', code: 'invitation.person_not_in_household' }]);

      const code = newInvitationCode();
      const id = uuidv7();
      const expiresAt = new Date(Date.now() + INVITATION_VALID_DAYS * DAY_MS);
      await inTransaction(db, async (trx) => {
        await withdrawOpenInvitations(trx, personId);
        await insertInvitation(trx, {
          id,
          code_hash: hashCode(code),
          household_id: householdId,
          person_id: personId,
          issued_by: actor.userId,
          expires_at: expiresAt,
        });
      });
      await audit.append(meta, {
        action: 'invite',
        entity: 'invitation',
        entityId: id,
        fields: ['householdId', 'personId'],
      });
      return {
        code: formatInvitationCode(code),
        expiresAt: expiresAt.toISOString(),
        householdId,
        personId,
      };
    },

    /**
     * Redeems a code: throttled like sign-in; a wrong, expired or used code changes nothing
     * (the attempt is counted and audited). Returns the session token for the cookie.
     */
    async redeem(input: string, meta: RequestMeta): Promise<{ token: string; userId: string }> {
      const attemptId = await auth.beginAttempt(
        INVITATION_ATTEMPT_KEY,
        meta.ip,
        INVITATION_MAX_FAILURES,
      );
      const code = normalizeInvitationCode(input);
      const outcome = await inTransaction(
        db,
        async (
          trx,
        ): Promise<
          | { refused: Refusal; invitationId: string | null }
          | { userId: string; invitationId: string; created: boolean }
        > => {
          const found = code ? await invitationForUpdate(trx, hashCode(code)) : undefined;
          if (!found) return { refused: 'invitation_invalid', invitationId: null };
          const refuse = (refused: Refusal) => ({ refused, invitationId: found.id });
          if (found.used_at || found.withdrawn_at) return refuse('invitation_used');
          if (found.expires_at.getTime() <= Date.now()) return refuse('invitation_expired');
          const person = await householdMember(trx, found.household_id, found.person_id);
          // The person moved away or was removed since: the code no longer holds.
          if (!person) return refuse('invitation_used');
          const account = await familyAccountOf(trx, person.id);
          if (account?.disabled_at) return refuse('account_disabled');
          let userId = account?.id;
          if (account && account.household_id !== found.household_id)
            await moveFamilyAccount(trx, account.id, found.household_id);
          if (!userId) {
            userId = uuidv7();
            const language = person.languages.find(isLanguage) ?? 'kk';
            await insertFamilyAccount(trx, {
              id: userId,
              username: `family-${randomBytes(6).toString('hex')}`,
              display_name: [person.given_name, person.family_name].filter(Boolean).join(' '),
              password_hash: NO_PASSWORD,
              language,
              household_id: found.household_id,
              person_id: person.id,
              device_secret: newSecret(),
            });
          }
          await markUsed(trx, found.id, userId);
          return { userId, invitationId: found.id, created: !account };
        },
      );
      if ('refused' in outcome) {
        await audit.append(meta, {
          action: 'invitation_failed',
          ...(outcome.invitationId ? { entity: 'invitation', entityId: outcome.invitationId } : {}),
          username: INVITATION_ATTEMPT_KEY,
        });
        throw new ProblemError(REFUSAL_STATUS[outcome.refused], outcome.refused);
      }
      await auth.succeeded(attemptId);
      const token = await auth.openSession(outcome.userId, meta);
      const as = { ...meta, actor: null };
      if (outcome.created)
        await audit.append(as, {
          action: 'create',
          entity: 'user',
          entityId: outcome.userId,
          fields: ['role', 'householdId', 'personId'],
          username: INVITATION_ATTEMPT_KEY,
        });
      await audit.append(as, {
        action: 'invitation_redeem',
        entity: 'invitation',
        entityId: outcome.invitationId,
        username: INVITATION_ATTEMPT_KEY,
      });
      return { token, userId: outcome.userId };
    },

    /** The secret a family account's phone wraps its store with (decision 0022). */
    async deviceKey(meta: RequestMeta): Promise<{ key: string }> {
      const actor = actorOf(meta);
      if (actor.role !== 'family') throw forbidden();
      const key = await deviceSecret(db, actor.userId, newSecret());
      await audit.append(meta, {
        action: 'read',
        entity: 'user',
        entityId: actor.userId,
        fields: ['deviceKey'],
      });
      return { key };
    },
  };
}
