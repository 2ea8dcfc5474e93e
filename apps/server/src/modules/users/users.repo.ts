import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

type Executor = Kysely<DB> | Transaction<DB>;

export interface NewUser {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  role: string;
  language: string;
  household_id: string | null;
  organization_id: string | null;
  is_demo: boolean;
}

export async function insertUser(
  trx: Transaction<DB>,
  user: NewUser,
  scopes: string[],
): Promise<void> {
  await trx.insertInto('users').values(user).execute();
  if (scopes.length)
    await trx
      .insertInto('user_scopes')
      .values(scopes.map((place_code) => ({ user_id: user.id, place_code })))
      .execute();
}

export function usernameTaken(db: Executor, username: string) {
  return db
    .selectFrom('users')
    .select('id')
    .where(sql<string>`lower(username)`, '=', username.toLowerCase())
    .executeTakeFirst();
}

export function listUsers(db: Executor) {
  return db
    .selectFrom('users as u')
    .selectAll('u')
    .select(
      sql<
        string[]
      >`coalesce((SELECT array_agg(place_code ORDER BY place_code) FROM user_scopes WHERE user_id = u.id), '{}')`.as(
        'scopes',
      ),
    )
    .orderBy('u.username')
    .execute();
}

export function countUsers(db: Executor, filter: { demo?: boolean } = {}) {
  let query = db.selectFrom('users').select(sql<number>`count(*)`.as('n'));
  if (filter.demo !== undefined) query = query.where('is_demo', '=', filter.demo);
  return query.executeTakeFirstOrThrow().then((r) => Number(r.n));
}

export function existingPlaces(db: Executor, codes: string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db.selectFrom('places').select('code').where('code', 'in', codes).execute();
}
