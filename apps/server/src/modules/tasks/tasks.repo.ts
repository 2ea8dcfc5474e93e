import {
  SCREENING_INSTRUMENT_IDS,
  type Actor,
  type ActivityAssignment,
  type ReferralStatus,
  type ReferralUrgency,
} from '@birge/domain';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { worksWithin } from '../caseloads/caseloads.repo.js';
import { consentsJson, type RawConsent } from '../registry/consent-visibility.js';
import { visibleHouseholds } from '../registry/scope.js';

/**
 * What the task rules read, for many households at once: one query per kind of record, whatever
 * the number of households (no N+1). Histories are cut down in SQL to what the rules look at —
 * the last review and the last practice of each plan, the visits of the last day per plan or
 * person, the screenings of each person's last screening day — so the domain function gives the
 * same tasks as on a device holding every record (docs/decisions/0022).
 */

/** Caseload households of `userIds` that the reader may see (live ones only). */
export function caseloadHouseholds(db: Kysely<DB>, reader: Actor, userIds: readonly string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('caseload_assignments as a')
    .innerJoin('households as h', 'h.id', 'a.household_id')
    .select(['a.user_id', 'a.household_id'])
    .where('a.user_id', 'in', userIds)
    .where('h.deleted_at', 'is', null)
    .where(visibleHouseholds(reader))
    .execute();
}

/** Workers and supervisors with a place inside the reader's (those a supervisor oversees). */
export function holdersWithin(db: Kysely<DB>, reader: Actor, userId?: string) {
  let query = db
    .selectFrom('users as u')
    .select(['u.id', 'u.display_name', 'u.username', 'u.role'])
    .where('u.role', 'in', ['worker', 'supervisor'])
    .where('u.disabled_at', 'is', null)
    .where(worksWithin(reader));
  if (userId) query = query.where('u.id', '=', userId);
  return query.orderBy('u.display_name').orderBy('u.id').execute();
}

export interface TaskRows {
  persons: { id: string; household_id: string; birth_date: string; consents: RawConsent[] }[];
  screenings: {
    person_id: string;
    instrument: string;
    assessed_on: string;
    positive: boolean | null;
  }[];
  plans: {
    id: string;
    person_id: string;
    household_id: string;
    starts_on: string;
    ends_on: string;
    activated_on: string | null;
    visit_interval_days: number;
    review_interval_days: number;
    assignments: ActivityAssignment[];
  }[];
  lastReviews: { plan_id: string; reviewed_on: string }[];
  lastPractice: { plan_id: string; practiced_on: string }[];
  visits: {
    household_id: string;
    plan_id: string | null;
    person_ids: string[];
    visited_on: string;
    next_visit_on: string | null;
  }[];
  /** Open referrals of the households' live persons (the loop not yet closed). */
  referrals: {
    id: string;
    person_id: string;
    household_id: string;
    status: ReferralStatus;
    urgency: ReferralUrgency;
    sent_on: string;
    status_on: string;
    appointment_on: string | null;
  }[];
}

export async function taskRows(
  db: Kysely<DB>,
  householdIds: readonly string[],
  today: string,
): Promise<TaskRows> {
  if (householdIds.length === 0)
    return {
      persons: [],
      screenings: [],
      plans: [],
      lastReviews: [],
      lastPractice: [],
      visits: [],
      referrals: [],
    };
  const ids = [...householdIds];
  const [persons, screenings, plans, visits, referrals] = await Promise.all([
    db
      .selectFrom('persons as p')
      .select(['p.id', 'p.household_id', 'p.birth_date', consentsJson('p').as('consents')])
      .where('p.household_id', 'in', ids)
      .where('p.deleted_at', 'is', null)
      .execute(),
    db
      .selectFrom((eb) =>
        eb
          .selectFrom('assessments as a')
          .innerJoin('persons as p', 'p.id', 'a.person_id')
          .select([
            'a.person_id',
            'a.instrument',
            'a.assessed_on',
            'a.positive',
            sql<number>`rank() OVER (PARTITION BY a.person_id ORDER BY a.assessed_on DESC)`.as(
              'day_rank',
            ),
          ])
          .where('p.household_id', 'in', ids)
          .where('p.deleted_at', 'is', null)
          .where('a.deleted_at', 'is', null)
          .where('a.positive', 'is not', null)
          .where('a.instrument', 'in', [...SCREENING_INSTRUMENT_IDS])
          .as('s'),
      )
      .select(['s.person_id', 's.instrument', 's.assessed_on', 's.positive'])
      .where('s.day_rank', '=', 1)
      .execute(),
    db
      .selectFrom('plans as pl')
      .select([
        'pl.id',
        'pl.person_id',
        'pl.household_id',
        'pl.starts_on',
        'pl.ends_on',
        'pl.activated_on',
        'pl.visit_interval_days',
        'pl.review_interval_days',
        'pl.assignments',
      ])
      .where('pl.household_id', 'in', ids)
      .where('pl.status', '=', 'active')
      .where('pl.deleted_at', 'is', null)
      .execute(),
    // Every visit of the last day for each plan, and for each person (or the whole household)
    // among visits that name no plan: a visit counts for a plan by those (plan-rules.ts).
    sql<TaskRows['visits'][number]>`
      SELECT DISTINCT ON (x.id) x.household_id, x.plan_id, x.person_ids, x.visited_on, x.next_visit_on
      FROM (
        SELECT v.id, v.household_id, v.plan_id, v.person_ids, v.visited_on, v.next_visit_on,
          rank() OVER (
            PARTITION BY v.household_id, v.plan_id, CASE WHEN v.plan_id IS NULL THEN g.person END
            ORDER BY v.visited_on DESC) AS day_rank
        FROM visits v
        CROSS JOIN LATERAL unnest(CASE WHEN cardinality(v.person_ids) = 0
          THEN ARRAY[NULL]::text[] ELSE v.person_ids END) AS g(person)
        WHERE v.household_id IN (${sql.join(ids)}) AND v.deleted_at IS NULL
      ) x
      WHERE x.day_rank = 1
      ORDER BY x.id`
      .execute(db)
      .then((r) => r.rows),
    db
      .selectFrom('referrals as r')
      .innerJoin('persons as p', 'p.id', 'r.person_id')
      .select([
        'r.id',
        'r.person_id',
        'r.household_id',
        'r.status',
        'r.urgency',
        'r.sent_on',
        'r.status_on',
        'r.appointment_on',
      ])
      .where('r.household_id', 'in', ids)
      .where('r.closed', '=', false)
      .where('r.deleted_at', 'is', null)
      .where('p.deleted_at', 'is', null)
      .execute(),
  ]);
  const planIds = plans.map((p) => p.id);
  const [lastReviews, lastPractice] =
    planIds.length === 0
      ? [[], []]
      : await Promise.all([
          db
            .selectFrom('plan_reviews')
            .select(['plan_id', sql<string>`max(reviewed_on)::text`.as('reviewed_on')])
            .where('plan_id', 'in', planIds)
            .where('deleted_at', 'is', null)
            .groupBy('plan_id')
            .execute(),
          db
            .selectFrom('practice_logs')
            .select(['plan_id', sql<string>`max(practiced_on)::text`.as('practiced_on')])
            .where('plan_id', 'in', planIds)
            .where('deleted_at', 'is', null)
            .where('practiced_on', '<=', today)
            .groupBy('plan_id')
            .execute(),
        ]);
  return { persons, screenings, plans, lastReviews, lastPractice, visits, referrals };
}
