import { personConsentStatus, type Person, type Plan, type Translate } from '@birge/domain';
import type { Data, EntityRegistry } from './entity-registry.js';
import { invalid, notFound } from './offline-errors.js';
import { readHouseholdRecords, readRecord, writeLocal, type StoredRecord } from './local-store.js';
import type { OfflineContext } from './offline-repository.js';
import type { DeviceStore } from './vault.js';

/** The sync entities of plans (docs/sync-protocol.md, "Entities"); registered in plan-entities.ts. */
export const PLAN_ENTITY = {
  plan: 'plan',
  review: 'plan_review',
  practice: 'practice_log',
  visit: 'visit',
} as const;
export type PlanEntityNames = typeof PLAN_ENTITY;

/**
 * What the plans' offline operations share: reading the records a rule needs (the person, the
 * household's members, a plan) and saving a write with its mutation, as offline-assessments does.
 */

export interface PlanContext extends OfflineContext {
  /** The user's display name, shown as who wrote a record until the server's copy arrives. */
  author: () => string | null;
  role: () => string | null;
  /** Ids of the activity cards the device knows (null: the library is not at hand). */
  activityIds: () => Promise<ReadonlySet<string> | null>;
}

/** A record as screens see it: the server's revision, or 0 while it exists only here. */
export function withRev<T extends { rev: number }>(record: StoredRecord<T>): T {
  return { ...record.data, rev: record.rev ?? 0 };
}

export async function readPerson(store: DeviceStore, t: Translate, id: string): Promise<Person> {
  const record = await readRecord<Person>(store, 'person', id);
  if (!record) throw notFound(t);
  return record.data;
}

export async function readPlan(store: DeviceStore, t: Translate, id: string) {
  const record = await readRecord<Plan>(store, PLAN_ENTITY.plan, id);
  if (!record) throw notFound(t);
  return { record, plan: withRev(record) };
}

export async function householdMemberIds(store: DeviceStore, householdId: string) {
  const members = await readHouseholdRecords<Person>(store, 'person', householdId);
  return new Set(members.map((m) => m.id));
}

/** Records of one entity in a household, as screens see them. */
export async function householdList<T extends { rev: number }>(
  store: DeviceStore,
  entity: string,
  householdId: string,
): Promise<T[]> {
  return (await readHouseholdRecords<T>(store, entity, householdId)).map(withRev);
}

/**
 * Plans, reviews and practice are shown and written only while the person's consent to
 * registration is valid (the server's `plan.consent_required`, docs/decisions/0005).
 */
export function requireConsent(t: Translate, person: Person, today: string, path: string) {
  if (personConsentStatus(person.consents, person.birthDate, today) !== 'valid')
    throw invalid(t, [{ path, code: 'plan.consent_required' }]);
}

export interface PlanWrite {
  entity: string;
  id: string;
  householdId: string;
  /** The record as screens will see it until the server answers. */
  view: Data;
  /** The mutation's data: a create's or an update's wire fields (docs/sync-protocol.md). */
  data: Data;
  create: boolean;
  label: string;
}

export async function savePlanWrite(
  store: DeviceStore,
  registry: EntityRegistry,
  write: PlanWrite,
  onWrite: () => void,
) {
  await writeLocal(store, registry, {
    record: {
      entity: write.entity,
      id: write.id,
      householdId: write.householdId,
      refs: [],
      data: write.view,
    },
    mutation: {
      entity: write.entity,
      id: write.id,
      op: 'upsert',
      data: write.data,
      create: write.create,
      label: write.label,
    },
  });
  onWrite();
}
