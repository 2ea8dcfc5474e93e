import {
  canSuperviseSync,
  countOverdue,
  DEFAULT_TASK_HORIZON_DAYS,
  followUpTasks,
  holdsCaseload,
  isReferralOpen,
  referralDueOn,
  todayIso,
  type ConsentFacts,
  type OverdueSummary,
  type Task,
  type TaskList,
  type TaskQuery,
  type TaskRecords,
} from '@birge/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { actorOf, type RequestMeta } from '../../http/context.js';
import { forbidden, notFound } from '../../http/problem.js';
import { caseloadHouseholds, holdersWithin, taskRows, type TaskRows } from './tasks.repo.js';

export type TasksService = ReturnType<typeof createTasksService>;

/** The rows of the task queries as the domain's task records, grouped by household. */
function recordsByHousehold(rows: TaskRows): Map<string, Required<TaskRecords>> {
  const byHousehold = new Map<string, Required<TaskRecords>>();
  const of = (householdId: string) => {
    let records = byHousehold.get(householdId);
    if (!records) {
      records = {
        persons: [],
        assessments: [],
        plans: [],
        reviews: [],
        practice: [],
        visits: [],
        referrals: [],
      };
      byHousehold.set(householdId, records);
    }
    return records;
  };
  const push = <K extends keyof TaskRecords>(
    householdId: string,
    key: K,
    value: Required<TaskRecords>[K][number],
  ) => (of(householdId)[key] as unknown[]).push(value);

  const personHousehold = new Map(rows.persons.map((p) => [p.id, p.household_id]));
  for (const p of rows.persons)
    push(p.household_id, 'persons', {
      id: p.id,
      householdId: p.household_id,
      birthDate: p.birth_date,
      consents: p.consents.map((c): ConsentFacts => ({
        givenBy: c.given_by as ConsentFacts['givenBy'],
        scopes: c.scopes as ConsentFacts['scopes'],
        givenOn: c.given_on,
        expiresOn: c.expires_on,
        withdrawnOn: c.withdrawn_on,
      })),
    });
  for (const s of rows.screenings) {
    const householdId = personHousehold.get(s.person_id);
    if (householdId)
      push(householdId, 'assessments', {
        personId: s.person_id,
        instrument: s.instrument,
        assessedOn: s.assessed_on,
        positive: s.positive,
      });
  }
  const planHousehold = new Map(rows.plans.map((p) => [p.id, p.household_id]));
  for (const p of rows.plans)
    push(p.household_id, 'plans', {
      id: p.id,
      personId: p.person_id,
      householdId: p.household_id,
      status: 'active',
      startsOn: p.starts_on,
      endsOn: p.ends_on,
      activatedOn: p.activated_on,
      visitIntervalDays: p.visit_interval_days,
      reviewIntervalDays: p.review_interval_days,
      assignments: p.assignments,
    });
  for (const r of rows.lastReviews) {
    const householdId = planHousehold.get(r.plan_id);
    if (householdId) push(householdId, 'reviews', { planId: r.plan_id, reviewedOn: r.reviewed_on });
  }
  for (const l of rows.lastPractice) {
    const householdId = planHousehold.get(l.plan_id);
    if (householdId) push(householdId, 'practice', { planId: l.plan_id, date: l.practiced_on });
  }
  for (const v of rows.visits)
    push(v.household_id, 'visits', {
      householdId: v.household_id,
      planId: v.plan_id,
      personIds: v.person_ids,
      visitedOn: v.visited_on,
      nextVisitOn: v.next_visit_on,
    });
  for (const r of rows.referrals)
    push(r.household_id, 'referrals', {
      id: r.id,
      personId: r.person_id,
      householdId: r.household_id,
      open: isReferralOpen(r.status),
      dueOn: referralDueOn({
        status: r.status,
        urgency: r.urgency,
        sentOn: r.sent_on,
        statusOn: r.status_on,
        appointmentOn: r.appointment_on,
      }),
    });
  return byHousehold;
}

/** The records of several households as one input for the task rules. */
function merge(byHousehold: Map<string, Required<TaskRecords>>, householdIds: readonly string[]) {
  const merged: Required<TaskRecords> = {
    persons: [],
    assessments: [],
    plans: [],
    reviews: [],
    practice: [],
    visits: [],
    referrals: [],
  };
  for (const id of householdIds) {
    const records = byHousehold.get(id);
    if (!records) continue;
    for (const key of Object.keys(merged) as (keyof TaskRecords)[])
      (merged[key] as unknown[]).push(...records[key]);
  }
  return merged;
}

/**
 * Follow-up tasks (issue 5) computed from the database with the domain's `followUpTasks`, the
 * function the device runs offline. Workers and supervisors see the tasks of their own caseload;
 * supervisors and managers look at a worker in their places, and count overdue tasks per worker.
 * Only households the reader may see count (a worker's households elsewhere stay out).
 */
export function createTasksService(db: Kysely<DB>) {
  async function tasksOf(
    reader: Parameters<typeof caseloadHouseholds>[1],
    userIds: string[],
    today: string,
    horizonDays: number,
  ): Promise<Map<string, { households: number; tasks: Task[] }>> {
    const caseload = await caseloadHouseholds(db, reader, userIds);
    const byHousehold = recordsByHousehold(
      await taskRows(
        db,
        caseload.map((c) => c.household_id),
        today,
      ),
    );
    const held = new Map<string, string[]>(userIds.map((id) => [id, []]));
    for (const c of caseload) held.get(c.user_id)?.push(c.household_id);
    const result = new Map<string, { households: number; tasks: Task[] }>();
    for (const [userId, households] of held) {
      const tasks = followUpTasks(merge(byHousehold, households), { today, horizonDays });
      result.set(userId, { households: households.length, tasks });
    }
    return result;
  }

  return {
    async list(meta: RequestMeta, query: TaskQuery): Promise<TaskList> {
      const actor = actorOf(meta);
      const userId = query.userId ?? actor.userId;
      if (userId === actor.userId) {
        if (!holdsCaseload(actor.role)) throw forbidden();
      } else {
        if (!canSuperviseSync(actor)) throw forbidden();
        // A worker outside the reader's places answers like one who does not exist.
        if ((await holdersWithin(db, actor, userId)).length === 0) throw notFound();
      }
      const today = todayIso();
      const horizonDays = query.horizon ?? DEFAULT_TASK_HORIZON_DAYS;
      const tasks = (await tasksOf(actor, [userId], today, horizonDays)).get(userId)?.tasks ?? [];
      return { userId, today, horizonDays, items: tasks };
    },

    async overdue(meta: RequestMeta): Promise<OverdueSummary> {
      const actor = actorOf(meta);
      if (!canSuperviseSync(actor)) throw forbidden();
      const today = todayIso();
      const holders = await holdersWithin(db, actor);
      // Overdue tasks are due before today, so no horizon is needed beyond it.
      const counted = await tasksOf(
        actor,
        holders.map((h) => h.id),
        today,
        0,
      );
      return {
        today,
        items: holders.map((h) => {
          const entry = counted.get(h.id) ?? { households: 0, tasks: [] };
          return {
            worker: { id: h.id, name: h.display_name, username: h.username, role: h.role },
            households: entry.households,
            ...countOverdue(entry.tasks),
          };
        }),
      };
    },
  };
}
