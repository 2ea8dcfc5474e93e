import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

type Executor = Kysely<DB> | Transaction<DB>;

/** A live member of a live household. */
export function householdMember(db: Executor, householdId: string, personId: string) {
  return db
    .selectFrom('persons as p')
    .innerJoin('households as h', 'h.id', 'p.household_id')
    .select(['p.id', 'p.given_name', 'p.family_name', 'p.languages', 'p.household_id'])
    .where('p.id', '=', personId)
    .where('p.household_id', '=', householdId)
    .where('p.deleted_at', 'is', null)
    .where('h.deleted_at', 'is', null)
    .executeTakeFirst();
}

/** Withdraws the person's codes not yet used: only the newest one works. */
export async function withdrawOpenInvitations(trx: Transaction<DB>, personId: string) {
  await trx
    .updateTable('invitations')
    .set({ withdrawn_at: new Date() })
    .where('person_id', '=', personId)
    .where('used_at', 'is', null)
    .where('withdrawn_at', 'is', null)
    .execute();
}

export async function insertInvitation(
  trx: Transaction<DB>,
  values: {
    id: string;
    code_hash: string;
    household_id: string;
    person_id: string;
    issued_by: string;
    expires_at: Date;
  },
) {
  await trx.insertInto('invitations').values(values).execute();
}

/** The invitation with this code hash, locked until the redemption commits. */
export function invitationForUpdate(trx: Transaction<DB>, codeHash: string) {
  return trx
    .selectFrom('invitations')
    .selectAll()
    .where('code_hash', '=', codeHash)
    .forUpdate()
    .executeTakeFirst();
}

export async function markUsed(trx: Transaction<DB>, id: string, userId: string) {
  await trx
    .updateTable('invitations')
    .set({ used_at: new Date(), used_by: userId })
    .where('id', '=', id)
    .execute();
}

/** The family account of a person, if one was made. */
export function familyAccountOf(trx: Transaction<DB>, personId: string) {
  return trx
    .selectFrom('users')
    .select(['id', 'household_id', 'disabled_at'])
    .where('person_id', '=', personId)
    .where('role', '=', 'family')
    .forUpdate()
    .executeTakeFirst();
}

export async function moveFamilyAccount(trx: Transaction<DB>, userId: string, householdId: string) {
  await trx
    .updateTable('users')
    .set({ household_id: householdId, updated_at: new Date() })
    .where('id', '=', userId)
    .execute();
}

/** The account's device secret, made on first use for accounts that had none. */
export async function deviceSecret(db: Executor, userId: string, fresh: string): Promise<string> {
  const row = await db
    .updateTable('users')
    .set({ device_secret: sql<string>`coalesce(device_secret, ${fresh})` })
    .where('id', '=', userId)
    .returning('device_secret')
    .executeTakeFirstOrThrow();
  return row.device_secret ?? fresh;
}

export async function insertFamilyAccount(
  trx: Transaction<DB>,
  user: {
    id: string;
    username: string;
    display_name: string;
    password_hash: string;
    language: string;
    household_id: string;
    person_id: string;
    device_secret: string;
  },
) {
  await trx
    .insertInto('users')
    .values({ ...user, role: 'family', organization_id: null })
    .execute();
}
