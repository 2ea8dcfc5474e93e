import { createHash, randomBytes } from 'node:crypto';
import { isLanguage, type Language, type Role } from '@birge/domain';
import type { Kysely } from 'kysely';
import type { Config } from '../../config.js';
import type { DB } from '../../db/schema.js';
import type { RequestMeta, SessionUser } from '../../http/context.js';
import { ProblemError } from '../../http/problem.js';
import type { AuditLog } from '../audit/audit.service.js';
import {
  countFailures,
  deleteSession,
  findSessionUser,
  findUserForLogin,
  insertSession,
  markAttemptSucceeded,
  recordAttempt,
  touchSession,
  updateLanguage,
} from './auth.repo.js';
import { verifyDecoy, verifyPassword } from './passwords.js';

const HOUR = 3_600_000;
/** Activity refreshes a session at most this often, so reads do not write on every request. */
const TOUCH_INTERVAL = 5 * 60_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export type AuthService = ReturnType<typeof createAuthService>;

export function createAuthService(db: Kysely<DB>, audit: AuditLog, config: Config) {
  const idleMs = config.sessionIdleHours * HOUR;
  const maxMs = config.sessionMaxDays * 24 * HOUR;
  const expiry = (createdAt: Date, now = Date.now()) =>
    new Date(Math.min(createdAt.getTime() + maxMs, now + idleMs));

  async function refuseWhenThrottled(
    username: string,
    ip: string | null,
    maxByUser = config.loginMaxFailuresPerUser,
  ) {
    const windowMs = config.loginWindowMinutes * 60_000;
    const since = new Date(Date.now() - windowMs);
    const failures = await countFailures(db, since, username, ip);
    // The attempt being made is already recorded (as a failure until proven otherwise), so the
    // counts include it: parallel attempts cannot all pass the check before any is counted.
    const blockedBy =
      failures.byUser > maxByUser
        ? failures.oldestByUser
        : failures.byIp > config.loginMaxFailuresPerIp
          ? failures.oldestByIp
          : null;
    if (!blockedBy) return;
    const retryMs = new Date(blockedBy).getTime() + windowMs - Date.now();
    const minutes = Math.max(1, Math.ceil(retryMs / 60_000));
    throw new ProblemError(429, 'rate_limited', {
      values: { minutes },
      headers: { 'retry-after': String(minutes * 60) },
    });
  }

  async function openSession(userId: string, meta: RequestMeta): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await insertSession(db, {
      tokenHash: hashToken(token),
      userId,
      expiresAt: expiry(new Date()),
      ip: meta.ip,
      userAgent: meta.userAgent,
    });
    return token;
  }

  return {
    openSession,

    /**
     * Another way in (an invitation code) under the sign-in limits: the attempt is recorded as a
     * failure under `key` first and refused when `key` or the address has failed too often;
     * `succeeded` clears it. Failures from one address count across sign-ins and codes.
     */
    async beginAttempt(key: string, ip: string | null, maxByKey: number): Promise<number> {
      const attemptId = await recordAttempt(db, key, ip, false);
      await refuseWhenThrottled(key, ip, maxByKey);
      return attemptId;
    },

    succeeded: (attemptId: number) => markAttemptSucceeded(db, attemptId),

    /** Checks the password and opens a session; returns the opaque token for the cookie. */
    async login(
      username: string,
      password: string,
      meta: RequestMeta,
    ): Promise<{ token: string; userId: string }> {
      const attemptId = await recordAttempt(db, username, meta.ip, false);
      await refuseWhenThrottled(username, meta.ip);
      const user = await findUserForLogin(db, username);
      const ok = user
        ? await verifyPassword(user.password_hash, password)
        : (await verifyDecoy(password), false);
      if (!user || !ok) {
        await audit.append(meta, { action: 'login_failed', username: username.slice(0, 100) });
        throw new ProblemError(401, 'invalid_credentials');
      }
      await markAttemptSucceeded(db, attemptId);
      if (user.disabled_at) throw new ProblemError(403, 'account_disabled');
      if (user.is_demo && config.mode === 'production') throw new ProblemError(403, 'demo_refused');
      const token = await openSession(user.id, meta);
      await audit.append(
        { ...meta, actor: null },
        { action: 'login', entity: 'user', entityId: user.id, username: user.username },
      );
      return { token, userId: user.id };
    },

    /** The user behind a session token, or null when it is unknown, expired or the user disabled. */
    async resolve(token: string): Promise<SessionUser | null> {
      const tokenHash = hashToken(token);
      const row = await findSessionUser(db, tokenHash);
      if (!row) return null;
      // A disabled account is told so (not just "sign in"): its devices wipe what they hold.
      if (row.disabled_at) throw new ProblemError(401, 'account_disabled');
      if (row.is_demo && config.mode === 'production') return null;
      if (Date.now() - row.last_seen_at.getTime() > TOUCH_INTERVAL)
        await touchSession(db, tokenHash, expiry(row.session_created_at));
      return {
        userId: row.id,
        username: row.username,
        displayName: row.display_name,
        role: row.role as Role,
        language: isLanguage(row.language) ? row.language : 'kk',
        scopes: row.scopes,
        householdId: row.household_id,
        organizationId: row.organization_id,
        isDemo: row.is_demo,
        personId: row.person_id,
        phone: row.phone,
      };
    },

    async logout(token: string, meta: RequestMeta): Promise<void> {
      await deleteSession(db, hashToken(token));
      if (meta.actor)
        await audit.append(meta, { action: 'logout', entity: 'user', entityId: meta.actor.userId });
    },

    async setLanguage(user: SessionUser, language: Language): Promise<void> {
      await updateLanguage(db, user.userId, language);
    },

    async setPhone(user: SessionUser, phone: string | null): Promise<void> {
      await db
        .updateTable('users')
        .set({ phone, updated_at: new Date() })
        .where('id', '=', user.userId)
        .execute();
    },
  };
}
