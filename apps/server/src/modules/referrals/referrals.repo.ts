import type { Actor, ReferralStatus } from '@birge/domain';
import { sql, type Kysely, type RawBuilder, type Selectable, type Transaction } from 'kysely';
import type { DB, ReferralEventsTable, ReferralsTable } from '../../db/schema.js';
import { consentsJson } from '../registry/consent-visibility.js';
import { visibleHouseholds } from '../registry/scope.js';

export type Executor = Kysely<DB> | Transaction<DB>;
export type ReferralValues = Omit<
  Selectable<ReferralsTable>,
  'rev' | 'closed' | 'created_at' | 'updated_at' | 'deleted_at' | 'sync_tx' | 'sync_seq'
>;

/**
 * Who may see a referral, in SQL (the data layer decides, docs/decisions/0028): a provider the
 * referrals addressed to their own organization, wherever the person lives; everyone else the
 * referrals of persons whose household they may see (KATO prefix; a family its own household).
 */
export function visibleReferrals(actor: Actor): RawBuilder<boolean> {
  if (actor.role === 'provider')
    return actor.organizationId
      ? sql<boolean>`r.organization_id = ${actor.organizationId}`
      : sql<boolean>`false`;
  return visibleHouseholds(actor);
}

/** Referrals with what showing one needs: the person, the organization, the sender. */
function records(db: Executor) {
  return db
    .selectFrom('referrals as r')
    .innerJoin('households as h', 'h.id', 'r.household_id')
    .innerJoin('persons as p', 'p.id', 'r.person_id')
    .innerJoin('organizations as o', 'o.id', 'r.organization_id')
    .leftJoin('users as u', 'u.id', 'r.sent_by')
    .selectAll('r')
    .select([
      'p.given_name',
      'p.family_name',
      'p.patronymic',
      'p.sex',
      'p.birth_date',
      'p.deleted_at as person_deleted_at',
      'h.place_code',
      'h.deleted_at as household_deleted_at',
      'o.name as organization_name',
      'o.names as organization_names',
      'o.type as organization_type',
      'o.place_code as organization_place_code',
      'o.address as organization_address',
      'o.phone as organization_phone',
      'u.display_name as sent_by_name',
      'u.phone as sent_by_phone',
      consentsJson('p').as('consents'),
      sql<string>`r.created_at::text`.as('created_at_text'),
    ]);
}

export type ReferralRecord = NonNullable<Awaited<ReturnType<typeof findReferral>>>;

/** A live referral of a live person the actor may see. */
export function findReferral(
  db: Executor,
  actor: Actor,
  id: string,
  options: { forUpdate?: boolean } = {},
) {
  let query = records(db)
    .where('r.id', '=', id)
    .where('r.deleted_at', 'is', null)
    .where('p.deleted_at', 'is', null)
    .where('h.deleted_at', 'is', null)
    .where(visibleReferrals(actor));
  if (options.forUpdate) query = query.forUpdate(['r']);
  return query.executeTakeFirst();
}

/** Referrals by id whatever their state (a sync page decides what a device may hold). */
export function referralsByIds(db: Executor, ids: string[]) {
  return records(db).where('r.id', 'in', ids).execute();
}

export async function referralExists(db: Executor, id: string): Promise<boolean> {
  const row = await db.selectFrom('referrals').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

/** Where a list stands: closed referrals after open ones, then newest sending first. */
export interface ReferralPosition {
  closed: boolean;
  on: string;
  at: string;
  id: string;
}

export interface ReferralFilter {
  personId?: string | undefined;
  householdId?: string | undefined;
  organizationId?: string | undefined;
  status?: ReferralStatus | undefined;
  open?: boolean | undefined;
  after?: ReferralPosition | undefined;
  limit: number;
}

/** A page of the referrals the actor may see: open first, then the newest sending first. */
export function listReferrals(db: Executor, actor: Actor, filter: ReferralFilter) {
  let query = records(db)
    .where('r.deleted_at', 'is', null)
    .where('p.deleted_at', 'is', null)
    .where('h.deleted_at', 'is', null)
    .where(visibleReferrals(actor))
    .orderBy('r.closed')
    .orderBy('r.sent_on', 'desc')
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(filter.limit);
  if (filter.personId) query = query.where('r.person_id', '=', filter.personId);
  if (filter.householdId) query = query.where('r.household_id', '=', filter.householdId);
  if (filter.organizationId) query = query.where('r.organization_id', '=', filter.organizationId);
  if (filter.status) query = query.where('r.status', '=', filter.status);
  if (filter.open !== undefined) query = query.where('r.closed', '=', !filter.open);
  const after = filter.after;
  if (after)
    query = query.where(
      sql<boolean>`(r.closed > ${after.closed} OR (r.closed = ${after.closed} AND (r.sent_on, r.created_at, r.id) < (${after.on}::date, ${after.at}::timestamptz, ${after.id}::uuid)))`,
    );
  return query.execute();
}

export type ReferralEventRow = Selectable<ReferralEventsTable> & { by_name: string | null };

/** The steps of many referrals in one query, oldest first. */
export async function eventsOf(
  db: Executor,
  referralIds: readonly string[],
): Promise<Map<string, ReferralEventRow[]>> {
  const byReferral = new Map<string, ReferralEventRow[]>();
  if (referralIds.length === 0) return byReferral;
  const rows = await db
    .selectFrom('referral_events as e')
    .leftJoin('users as u', 'u.id', 'e.by_user')
    .selectAll('e')
    .select('u.display_name as by_name')
    .where('e.referral_id', 'in', [...new Set(referralIds)])
    .orderBy('e.seq')
    .execute();
  for (const row of rows)
    byReferral.set(row.referral_id, [...(byReferral.get(row.referral_id) ?? []), row]);
  return byReferral;
}

/** A live organization of the directory. */
export async function organizationExists(db: Executor, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('organizations')
    .select('id')
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

/** Locks a visible, live person and returns what a new referral's rules read. */
export function lockReferralPerson(trx: Transaction<DB>, actor: Actor, personId: string) {
  return trx
    .selectFrom('persons as p')
    .innerJoin('households as h', 'h.id', 'p.household_id')
    .select(['p.id', 'p.household_id', 'p.birth_date', consentsJson('p').as('consents')])
    .where('p.id', '=', personId)
    .where('p.deleted_at', 'is', null)
    .where('h.deleted_at', 'is', null)
    .where(visibleHouseholds(actor))
    .forUpdate(['p'])
    .executeTakeFirst();
}

export async function insertReferral(trx: Transaction<DB>, values: ReferralValues): Promise<void> {
  await trx.insertInto('referrals').values(values).execute();
}

export async function insertReferralEvent(
  trx: Transaction<DB>,
  event: Omit<Selectable<ReferralEventsTable>, 'at' | 'seq'>,
): Promise<void> {
  await trx.insertInto('referral_events').values(event).execute();
}

export async function referralEventExists(db: Executor, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('referral_events')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}

/** Moves a referral to its next step; returns the new revision. */
export async function updateReferralStatus(
  trx: Transaction<DB>,
  id: string,
  step: { status: ReferralStatus; status_on: string; appointment_on: string | null },
): Promise<number> {
  const row = await trx
    .updateTable('referrals')
    .set({ ...step, updated_at: new Date(), rev: sql`rev + 1` })
    .where('id', '=', id)
    .returning('rev')
    .executeTakeFirstOrThrow();
  return row.rev;
}
