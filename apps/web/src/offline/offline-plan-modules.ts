import type { Activity } from '@birge/domain';
import { createOfflineActivities } from './offline-activities.js';
import { createOfflinePlans } from './offline-plans.js';
import { createOfflinePractice } from './offline-practice.js';
import { createOfflineTasks } from './offline-tasks.js';
import { createOfflineVisits } from './offline-visits.js';
import type { PlanContext } from './plan-records.js';

export type LocalPlanOperations = ReturnType<typeof createOfflinePlans> &
  ReturnType<typeof createOfflinePractice> &
  ReturnType<typeof createOfflineVisits> &
  ReturnType<typeof createOfflineActivities> &
  ReturnType<typeof createOfflineTasks>;

/**
 * Plans, reviews, practice, visits, the activity library and tasks on the device: one chunk with
 * the domain's plan and task rules, loaded when the first of them is asked for, not with the
 * store (the household list does not need them).
 */
export function createPlanOperations(
  ctx: Omit<PlanContext, 'activityIds'> & { remoteActivities: () => Promise<Activity[]> },
): LocalPlanOperations {
  const activities = createOfflineActivities({ store: ctx.store, remote: ctx.remoteActivities });
  const context: PlanContext = { ...ctx, activityIds: activities.activityIds };
  return {
    ...createOfflinePlans(context),
    ...createOfflinePractice(context),
    ...createOfflineVisits(context),
    ...activities,
    ...createOfflineTasks(context),
  };
}
