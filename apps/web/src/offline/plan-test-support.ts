import { translatorFor, type PlanInput, type Person } from '@birge/domain';
import { kk } from '@birge/domain/i18n/kk';
import { deleteDeviceDb } from './device-db.js';
import { writeLocal } from './local-store.js';
import type { PlanContext } from './plan-records.js';
import { registryEntities } from './registry-entities.js';
import { createVault, type DeviceStore } from './vault.js';

/** Factories for the plans' offline tests: a household of two with consent, on an open store. */

export const TODAY = '2026-11-25';
export const householdId = '0193a000-0000-7000-8000-0000000000aa';
export const childId = '0193a000-0000-7000-8000-000000000001';
export const motherId = '0193a000-0000-7000-8000-000000000002';
export const strangerId = '0193a000-0000-7000-8000-000000000009';
export const goalA = '0193a000-0000-7000-8000-00000000a001';
export const goalB = '0193a000-0000-7000-8000-00000000a002';
export const ACTIVITIES = ['mobility.sit-to-stand', 'communication.choosing-one-of-two'];

const vault = createVault({ iterations: 1_000 });
export const registry = registryEntities();
export const t = translatorFor('kk', kk);
let open: DeviceStore | null = null;
let n = 0;

export async function closeStore() {
  if (open) {
    open.db.close();
    await deleteDeviceDb(open.userId);
    open = null;
  }
}

export function person(id: string, givenName: string, scopes: string[]): Person {
  return {
    id,
    householdId,
    givenName,
    birthDate: id === childId ? '2021-03-04' : '1990-03-04',
    consents: scopes.length
      ? [
          {
            id: `${id.slice(0, -3)}c01`,
            givenBy: 'representative',
            scopes,
            givenOn: '2026-01-01',
            expiresOn: '2029-01-01',
            withdrawnOn: null,
          },
        ]
      : [],
  } as unknown as Person;
}

/** An open store holding the household, the child and the mother; and a context over it. */
export async function setUp(scopes = ['registration', 'assessment']) {
  n += 1;
  const store = await vault.unlockWithPassword(`planner-${n}`, 'birge-demo');
  if (!store) throw new Error('no store');
  open = store;
  const records = [
    { entity: 'household', id: householdId, data: { id: householdId, address: 'Абай, 45' } },
    { entity: 'person', id: childId, data: person(childId, 'Алихан', scopes) },
    { entity: 'person', id: motherId, data: person(motherId, 'Айгүл', scopes) },
  ];
  for (const r of records)
    await writeLocal(store, registry, {
      record: { ...r, householdId, refs: [], data: r.data },
      mutation: { entity: r.entity, id: r.id, op: 'upsert', data: {}, create: true, label: 'x' },
    });
  let writes = 0;
  const ctx: PlanContext = {
    store,
    registry,
    t,
    onWrite: () => (writes += 1),
    remotePlaces: () => Promise.resolve([]),
    today: () => TODAY,
    author: () => 'Жұмысшы',
    role: () => 'worker',
    activityIds: () => Promise.resolve(new Set(ACTIVITIES)),
  };
  return { store, ctx, writes: () => writes };
}

const levels = (what: string) => ({
  muchLess: `${what}: мүлде жоқ`,
  somewhatLess: `${what}: көмекпен`,
  expected: `${what}: 5 минут`,
  somewhatMore: `${what}: 10 минут`,
  muchMore: `${what}: 15 минут`,
});

/** A plan of two goals and three activities, the way the builder sends it. */
export function planInput(overrides: Partial<PlanInput> = {}): PlanInput {
  const assignment = (n: number, activityId: string, goalId: string) => ({
    id: `0193a000-0000-7000-8000-00000000b00${n}`,
    activityId,
    goalId,
    personId: motherId,
    frequency: { times: 1, per: 'day' as const },
    startsOn: '2026-11-23',
    endsOn: '2027-02-28',
  });
  return {
    personId: childId,
    status: 'active',
    startsOn: '2026-11-23',
    endsOn: '2027-05-31',
    goals: [
      {
        id: goalA,
        title: 'Үстел басында отыру',
        cbrElements: ['health.rehabilitation'],
        levels: levels('отыру'),
        importance: 3,
        difficulty: 2,
        targetDate: '2027-05-01',
        responsible: [{ kind: 'household_member', personId: motherId }],
      },
      {
        id: goalB,
        title: 'Екі заттың бірін таңдау',
        cbrElements: ['empowerment.advocacy_communication'],
        levels: levels('таңдау'),
        importance: 2,
        difficulty: 1,
        targetDate: '2027-05-01',
      },
    ],
    assignments: [
      assignment(1, 'mobility.sit-to-stand', goalA),
      assignment(2, 'communication.choosing-one-of-two', goalB),
      assignment(3, 'mobility.sit-to-stand', goalB),
    ],
    ...overrides,
  };
}
