import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

export function findUserForLogin(db: Kysely<DB>, username: string) {
  return db
    .selectFrom('users')
    .select(['id', 'username', 'password_hash', 'disabled_at', 'is_demo'])
    .where(sql<string>`lower(username)`, '=', username.toLowerCase())
    .executeTakeFirst();
}

export async function insertSession(
  db: Kysely<DB>,
  session: {
    tokenHash: string;
    userId: string;
    expiresAt: Date;
    ip: string | null;
    userAgent: string | null;
  },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      expires_at: session.expiresAt,
      ip: session.ip,
      user_agent: session.userAgent,
    })
    .execute();
}

/** The session's user with their place scopes, in one round trip. */
export function findSessionUser(db: Kysely<DB>, tokenHash: string) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.created_at as session_created_at',
      's.last_seen_at',
      'u.id',
      'u.username',
      'u.display_name',
      'u.role',
      'u.language',
      'u.household_id',
      'u.organization_id',
      'u.is_demo',
      'u.disabled_at',
      'u.person_id',
      'u.phone',
      sql<
        string[]
      >`coalesce((SELECT array_agg(place_code ORDER BY place_code) FROM user_scopes WHERE user_id = u.id), '{}')`.as(
        'scopes',
      ),
    ])
    .where('s.token_hash', '=', tokenHash)
    .where('s.expires_at', '>', new Date())
    .executeTakeFirst();
}

export async function touchSession(
  db: Kysely<DB>,
  tokenHash: string,
  expiresAt: Date,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: new Date(), expires_at: expiresAt })
    .where('token_hash', '=', tokenHash)
    .execute();
}

export async function deleteSession(db: Kysely<DB>, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteExpiredSessions(db: Kysely<DB>): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', new Date()).execute();
}

export async function countFailures(
  db: Kysely<DB>,
  since: Date,
  username: string,
  ip: string | null,
) {
  const row = await db
    .selectFrom('login_attempts')
    .select([
      sql<number>`count(*) FILTER (WHERE lower(username) = ${username.toLowerCase()})`.as('byUser'),
      sql<number>`count(*) FILTER (WHERE ip = ${ip})`.as('byIp'),
      sql<Date | null>`min(attempted_at) FILTER (WHERE lower(username) = ${username.toLowerCase()})`.as(
        'oldestByUser',
      ),
      sql<Date | null>`min(attempted_at) FILTER (WHERE ip = ${ip})`.as('oldestByIp'),
    ])
    .where('attempted_at', '>', since)
    .where('succeeded', '=', false)
    .where((eb) =>
      eb.or([eb(sql`lower(username)`, '=', username.toLowerCase()), eb('ip', '=', ip)]),
    )
    .executeTakeFirstOrThrow();
  return row;
}

export async function recordAttempt(
  db: Kysely<DB>,
  username: string,
  ip: string | null,
  succeeded: boolean,
): Promise<number> {
  const row = await db
    .insertInto('login_attempts')
    .values({ username: username.slice(0, 100), ip, succeeded })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function markAttemptSucceeded(db: Kysely<DB>, id: number): Promise<void> {
  await db.updateTable('login_attempts').set({ succeeded: true }).where('id', '=', id).execute();
}

export async function updateLanguage(
  db: Kysely<DB>,
  userId: string,
  language: string,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ language, updated_at: new Date() })
    .where('id', '=', userId)
    .execute();
}
