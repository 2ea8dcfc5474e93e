import type { Activity, Plan, Visit } from '@birge/domain';
import { query, type ApiRequester } from './api-client.js';
import type { PlanRepository } from './plan-operations.js';

/** The plans' schemas (zod) load with the first plan page, not with the sign-in page. */
const schemas = () => import('./plan-schemas.js');

const PAGE = 100;
const id = encodeURIComponent;

/** Every page of a cursor-paged list. */
async function allPages<T>(
  load: (cursor: string | null) => Promise<{ items: T[]; nextCursor: string | null }>,
): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | null = null;
  do {
    const page = await load(cursor);
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

/**
 * Plans, GAS reviews, practice logs, visits, the activity library and the worker's tasks over the
 * API (issue 5),
 * each answer checked with the domain's schema.
 */
export function createHttpPlans(request: ApiRequester): PlanRepository {
  const plan = async (b: unknown): Promise<Plan> => (await schemas()).planSchema.parse(b);
  const visit = async (b: unknown): Promise<Visit> => (await schemas()).visitSchema.parse(b);

  return {
    listPlans: (personId) =>
      allPages((cursor) =>
        request(`/plans${query({ personId, cursor, limit: PAGE })}`, {
          parse: async (b) => (await schemas()).planPageSchema.parse(b),
        }),
      ),
    getPlan: (planId) => request(`/plans/${id(planId)}`, { parse: plan }),
    createPlan: (input) => request('/plans', { method: 'POST', body: input, parse: plan }),
    updatePlan: (planId, update) =>
      request(`/plans/${id(planId)}`, { method: 'PUT', body: update, parse: plan }),
    changePlanStatus: (planId, change) =>
      request(`/plans/${id(planId)}/status`, { method: 'POST', body: change, parse: plan }),
    planHistory: (planId) =>
      request(`/plans/${id(planId)}/history`, {
        parse: async (b) => (await schemas()).planHistorySchema.parse(b).items,
      }),

    listReviews: (planId) =>
      request(`/plans/${id(planId)}/reviews`, {
        parse: async (b) => (await schemas()).planReviewListSchema.parse(b).items,
      }),
    createReview: ({ planId, ...body }) =>
      request(`/plans/${id(planId)}/reviews`, {
        method: 'POST',
        body,
        parse: async (b) => (await schemas()).planReviewSchema.parse(b),
      }),

    listPractice: (planId) =>
      request(`/practice-logs${query({ planId })}`, {
        parse: async (b) => (await schemas()).practiceLogListSchema.parse(b),
      }),
    logPractice: (input) =>
      request('/practice-logs', {
        method: 'POST',
        body: input,
        parse: async (b) => (await schemas()).practiceLogSchema.parse(b),
      }),
    updatePractice: (logId, update) =>
      request(`/practice-logs/${id(logId)}`, {
        method: 'PUT',
        body: update,
        parse: async (b) => (await schemas()).practiceLogSchema.parse(b),
      }),

    listVisits: (scope) =>
      allPages((cursor) =>
        request(`/visits${query({ ...scope, cursor, limit: PAGE })}`, {
          parse: async (b) => (await schemas()).visitPageSchema.parse(b),
        }),
      ),
    getVisit: (visitId) => request(`/visits/${id(visitId)}`, { parse: visit }),
    createVisit: (input) => request('/visits', { method: 'POST', body: input, parse: visit }),
    updateVisit: (visitId, update) =>
      request(`/visits/${id(visitId)}`, { method: 'PUT', body: update, parse: visit }),

    listActivities: () =>
      allPages<Activity>((cursor) =>
        request(`/activities${query({ cursor, limit: PAGE })}`, {
          parse: async (b) => (await schemas()).activityPageSchema.parse(b),
        }),
      ),

    listTasks: ({ householdId } = {}) =>
      request('/tasks', {
        parse: async (b) =>
          (await schemas()).taskListSchema
            .parse(b)
            .items.filter((task) => !householdId || task.householdId === householdId),
      }),
  };
}
