import { queryKeys } from './query-keys.js';

/**
 * Query keys of single plans, reviews, visits and task lists, kept out of the first screen. They
 * start with the shared prefixes in `queryKeys` (`plans`, `visits`, `tasks`), so invalidating a
 * prefix after a write refreshes them.
 */
export const planKeys = {
  personPlans: (personId: string) => [...queryKeys.plans, 'person', personId] as const,
  plan: (id: string) => [...queryKeys.plans, 'one', id] as const,
  planHistory: (id: string) => [...queryKeys.plans, 'history', id] as const,
  planReviews: (planId: string) => [...queryKeys.plans, 'reviews', planId] as const,
  visitList: (query: { householdId: string } | { personId: string }) =>
    [...queryKeys.visits, 'list', query] as const,
  visit: (id: string) => [...queryKeys.visits, 'one', id] as const,
  taskList: (householdId: string) => [...queryKeys.tasks, 'list', householdId] as const,
};
