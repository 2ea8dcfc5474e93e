import type {
  ActivityOperations,
  PlanOperations,
  PracticeOperations,
  ReviewOperations,
  TaskOperations,
  VisitOperations,
} from './repository.js';

/** The repository's plan operations (issue 5), one interface for the deferred adapters. */
export type PlanRepository = PlanOperations &
  ReviewOperations &
  PracticeOperations &
  VisitOperations &
  ActivityOperations &
  TaskOperations;

/** Their names, for `deferred` (the compile-time check below keeps the list whole). */
export const PLAN_OPERATIONS = [
  'listPlans',
  'getPlan',
  'createPlan',
  'updatePlan',
  'changePlanStatus',
  'planHistory',
  'listReviews',
  'createReview',
  'listPractice',
  'logPractice',
  'updatePractice',
  'listVisits',
  'getVisit',
  'createVisit',
  'updateVisit',
  'listActivities',
  'listTasks',
] as const satisfies readonly (keyof PlanRepository)[];

type Missing = Exclude<keyof PlanRepository, (typeof PLAN_OPERATIONS)[number]>;
export const planOperationsComplete: [Missing] extends [never] ? true : Missing = true;
