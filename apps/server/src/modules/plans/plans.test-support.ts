import type { Person, Plan, PlanGoalInput, PlanInput } from '@birge/domain';
import { v7 as uuidv7 } from 'uuid';
import { consentInput, householdInput, personInput } from '../../test/factories.js';
import type { TestApp, TestUser } from '../../test/harness.js';

/**
 * A household in `placeCode` with a mother and her child of seven (cerebral palsy), both with
 * consent to registration and assessment; the mother is the child's representative.
 */
export async function planHousehold(t: TestApp, worker: TestUser, placeCode?: string) {
  const h = householdInput(placeCode ? { placeCode } : {});
  await t.created(worker, '/api/v1/households', h);
  const mother = await t.created<Person>(
    worker,
    '/api/v1/persons',
    personInput(h.id, { confirmNotDuplicate: true }),
  );
  const child = await t.created<Person>(
    worker,
    '/api/v1/persons',
    personInput(h.id, {
      birthDate: '2019-04-20',
      relationToHead: 'child',
      iin: null,
      confirmNotDuplicate: true,
      consent: consentInput({
        givenBy: 'representative',
        representativePersonId: mother.id,
        representativeRelation: 'mother',
      }),
    }),
  );
  return { householdId: h.id, mother, child };
}

export const LEVELS = {
  muchLess: 'Үстелде тек үлкеннің көмегімен отырады',
  somewhatLess: 'Жастықпен 2 минут отырады',
  expected: 'Тамақ кезінде жастықпен 5 минут отырады',
  somewhatMore: 'Жастықпен 10 минут отырады',
  muchMore: 'Жастықсыз 10 минут отырады',
};

/** A goal inside the default plan period (September 2026 – February 2027). */
export function goalInput(overrides: Partial<PlanGoalInput> = {}): PlanGoalInput {
  return {
    id: uuidv7(),
    title: 'Отбасымен бірге үстел басында тамақтанады',
    cbrElements: ['health.rehabilitation'],
    levels: LEVELS,
    baseline: -1,
    importance: 3,
    difficulty: 2,
    targetDate: '2027-02-28',
    responsible: [{ kind: 'worker' }],
    ...overrides,
  };
}

/**
 * An active plan with two goals and an activity for the mother, twice a day, over the whole of
 * November 2026 (weeks 45–48 are in the past, so adherence is stable whenever tests run).
 */
export function planInput(child: Person, mother: Person, overrides: Partial<PlanInput> = {}) {
  const sitting = goalInput();
  const dressing = goalInput({
    title: 'Көйлегін өзі киеді',
    cbrElements: ['health.rehabilitation', 'social.personal_assistance'],
    importance: 2,
    difficulty: 1,
    responsible: [{ kind: 'household_member', personId: mother.id }],
  });
  return {
    personId: child.id,
    startsOn: '2026-09-01',
    endsOn: '2027-02-28',
    status: 'active' as const,
    goals: [sitting, dressing],
    assignments: [
      {
        id: uuidv7(),
        activityId: 'positioning.supported-sitting',
        goalId: sitting.id,
        personId: mother.id,
        frequency: { times: 2, per: 'day' as const },
        startsOn: '2026-11-02',
        endsOn: '2026-11-29',
        note: null,
      },
      {
        id: uuidv7(),
        activityId: 'self-care.dressing-top',
        goalId: dressing.id,
        personId: mother.id,
        frequency: { times: 3, per: 'week' as const },
        startsOn: '2026-11-02',
        endsOn: '2026-11-29',
        note: null,
      },
    ],
    visitIntervalDays: 14,
    reviewIntervalDays: 90,
    ...overrides,
  } satisfies PlanInput;
}

export async function createPlan(
  t: TestApp,
  worker: TestUser,
  child: Person,
  mother: Person,
  overrides: Partial<PlanInput> = {},
) {
  return t.created<Plan>(worker, '/api/v1/plans', planInput(child, mother, overrides));
}

/** Rows in the tables a plan write touches (and the audit log), to prove a refusal changed nothing. */
export async function planCounts(t: TestApp) {
  const db = t.database.db;
  const count = async (
    table:
      'plans' | 'plan_versions' | 'plan_reviews' | 'practice_logs' | 'visits' | 'record_history',
  ) =>
    Number(
      (
        await db
          .selectFrom(table)
          .select(db.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    plans: await count('plans'),
    versions: await count('plan_versions'),
    reviews: await count('plan_reviews'),
    practice: await count('practice_logs'),
    visits: await count('visits'),
    history: await count('record_history'),
  };
}
