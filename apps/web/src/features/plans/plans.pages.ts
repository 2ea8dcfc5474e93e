import type { ComponentType } from 'react';

/**
 * The plan, visit and task pages, each loaded when first visited. The router reaches them through
 * this one module, so the first screen carries one import and its preload list instead of seven
 * (decision 0013); the extra step costs a ~1 KiB chunk on the first plan page, from the service
 * worker's precache. The router loads each page's Kazakh catalogue parts beside it.
 */
export const plansPages = {
  NewPlanPage: async () => (await import('./builder/plan-builder.pages.js')).NewPlanPage,
  EditPlanPage: async () => (await import('./builder/plan-builder.pages.js')).EditPlanPage,
  PlanPage: async () => (await import('./plan.page.js')).PlanPage,
  ReviewPage: async () => (await import('./review.page.js')).ReviewPage,
  NewVisitPage: async () => (await import('../visits/visit-form.page.js')).NewVisitPage,
  EditVisitPage: async () => (await import('../visits/visit-form.page.js')).EditVisitPage,
  TasksPage: async () => (await import('../tasks/tasks.page.js')).TasksPage,
} satisfies Record<string, () => Promise<ComponentType>>;
export type PlansPageName = keyof typeof plansPages;
