import {
  followUpTasks,
  isReferralOpen,
  referralDueOn,
  todayIso,
  type Assessment,
  type Person,
  type Plan,
  type PlanReview,
  type PracticeLog,
  type Referral,
  type Visit,
} from '@birge/domain';
import type { TaskOperations } from '../data/repository.js';
import { readRecords, storeVersion } from './local-store.js';
import type { OfflineContext } from './offline-repository.js';
import { PLAN_ENTITY } from './plan-records.js';

const openAndDue = (r: Referral) => ({
  open: isReferralOpen(r.status),
  dueOn: referralDueOn(r),
});

/**
 * The worker's follow-ups computed on the device with the domain's `followUpTasks` — the rules
 * the server runs for `GET /tasks` — over the caseload the device holds, so the list works
 * offline and counts what was written offline. Computed once per store version and day.
 */
export function createOfflineTasks(ctx: OfflineContext): TaskOperations {
  const { store } = ctx;
  const today = ctx.today ?? (() => todayIso());
  let cached: { key: string; tasks: ReturnType<typeof compute> } | null = null;

  async function compute(day: string) {
    const [persons, assessments, plans, reviews, practice, visits, referrals] = await Promise.all([
      readRecords<Person>(store, 'person'),
      readRecords<Assessment>(store, 'assessment'),
      readRecords<Plan>(store, PLAN_ENTITY.plan),
      readRecords<PlanReview>(store, PLAN_ENTITY.review),
      readRecords<PracticeLog>(store, PLAN_ENTITY.practice),
      readRecords<Visit>(store, PLAN_ENTITY.visit),
      readRecords<Referral>(store, 'referral'),
    ]);
    const data = <T>(records: { data: T }[]) => records.map((r) => r.data);
    return followUpTasks(
      {
        persons: data(persons),
        assessments: data(assessments),
        plans: data(plans),
        reviews: data(reviews),
        practice: data(practice),
        visits: data(visits),
        // Due days as the domain computes them, so a step recorded offline counts at once.
        referrals: referrals.flatMap(({ data: r }) =>
          r.householdId
            ? [{ id: r.id, personId: r.personId, householdId: r.householdId, ...openAndDue(r) }]
            : [],
        ),
      },
      { today: day },
    );
  }

  return {
    async listTasks({ householdId } = {}) {
      const day = today();
      const key = `${storeVersion(store)} ${day}`;
      if (cached?.key !== key) {
        cached = { key, tasks: compute(day) };
        const mine = cached;
        mine.tasks.catch(() => {
          if (cached === mine) cached = null;
        });
      }
      const tasks = await cached.tasks;
      return householdId ? tasks.filter((task) => task.householdId === householdId) : tasks;
    },
  };
}
