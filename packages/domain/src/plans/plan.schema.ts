import { z } from 'zod';
import { idSchema, isoDateSchema, noteSchema } from '../registry/fields.js';
import { MAX_ASSIGNMENTS, activityAssignmentSchema } from './assignment.schema.js';
import { MAX_GOALS, planGoalInputSchema, planGoalSchema } from './goal.schema.js';

/**
 * An individual rehabilitation plan (жеке оңалту жоспары): one person, a period, goals scaled
 * with GAS, the home programme, and how often the worker visits and reviews. Cross-field rules
 * (dates inside the period, references between goals and assignments, status changes) are in
 * plan.rules.ts, shared by the server and the device.
 */

export const PLAN_STATUSES = ['draft', 'active', 'completed', 'cancelled'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** A plan is written as a draft or agreed at once; it is completed or cancelled later. */
export const PLAN_START_STATUSES = ['draft', 'active'] as const;

/**
 * How a review weighs goals: by importance × difficulty (Turner-Stokes 2009), or all alike
 * (wᵢ = 1, Kiresuk & Sherman's unweighted score).
 */
export const GAS_WEIGHTINGS = ['importance_difficulty', 'equal'] as const;
export type GasWeighting = (typeof GAS_WEIGHTINGS)[number];

export const DEFAULT_VISIT_INTERVAL_DAYS = 14;
export const DEFAULT_REVIEW_INTERVAL_DAYS = 90;
/** A plan runs at most two years; a longer one is a new plan after a review. */
export const MAX_PLAN_DAYS = 731;

const days = (min: number, max: number, error: string) =>
  z.number({ error }).int({ error }).min(min, { error }).max(max, { error });

/** What a plan says, apart from whose it is and its status: the part edited and versioned. */
export const planContentSchema = z.strictObject({
  startsOn: isoDateSchema,
  endsOn: isoDateSchema,
  goals: z.array(planGoalInputSchema).max(MAX_GOALS).default([]),
  assignments: z.array(activityAssignmentSchema).max(MAX_ASSIGNMENTS).default([]),
  /** Days between visits the worker plans (Portage: 7). */
  visitIntervalDays: days(1, 180, 'plan.interval_out_of_range').default(
    DEFAULT_VISIT_INTERVAL_DAYS,
  ),
  /** Days between GAS reviews (Portage: about 180). */
  reviewIntervalDays: days(7, 366, 'plan.interval_out_of_range').default(
    DEFAULT_REVIEW_INTERVAL_DAYS,
  ),
  gasWeighting: z.enum(GAS_WEIGHTINGS).default('importance_difficulty'),
  note: noteSchema.nullable().default(null),
});
export type PlanContent = z.infer<typeof planContentSchema>;

export const planInputSchema = planContentSchema.extend({
  /** Client-generated UUIDv7, so plans written offline keep their id. */
  id: idSchema.optional(),
  personId: idSchema,
  status: z.enum(PLAN_START_STATUSES).default('draft'),
});
export type PlanInput = z.input<typeof planInputSchema>;
export type PlanInputValue = z.infer<typeof planInputSchema>;

/** A new version of the plan's content and, optionally, a new status; `rev` is the one edited. */
export const planUpdateSchema = planContentSchema.extend({
  status: z.enum(PLAN_STATUSES).optional(),
  rev: z.number().int().min(1),
});
export type PlanUpdate = z.infer<typeof planUpdateSchema>;

/** `POST /plans/{id}/status`: agree, complete or cancel a plan without touching its content. */
export const planStatusChangeSchema = z.strictObject({
  status: z.enum(PLAN_STATUSES),
  rev: z.number().int().min(1),
});
export type PlanStatusChange = z.infer<typeof planStatusChangeSchema>;

export const planSchema = z.object({
  id: idSchema,
  personId: idSchema,
  householdId: idSchema,
  status: z.enum(PLAN_STATUSES),
  startsOn: isoDateSchema,
  endsOn: isoDateSchema,
  goals: z.array(planGoalSchema),
  assignments: z.array(activityAssignmentSchema),
  visitIntervalDays: z.number().int(),
  reviewIntervalDays: z.number().int(),
  gasWeighting: z.enum(GAS_WEIGHTINGS),
  note: z.string().nullable(),
  /** The day the plan became active (agreed with the family), if it did. */
  activatedOn: isoDateSchema.nullable(),
  /** The day it was completed or cancelled. */
  closedOn: isoDateSchema.nullable(),
  /** Who wrote it: the user's display name (null when the account is gone). */
  createdBy: z.string().nullable(),
  rev: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Plan = z.infer<typeof planSchema>;

export const planPageSchema = z.object({
  items: z.array(planSchema),
  nextCursor: z.string().nullable(),
});
export type PlanPage = z.infer<typeof planPageSchema>;

/** One version in a plan's history: the whole plan as it was after revision `rev`. */
export const planVersionSchema = z.object({
  planId: idSchema,
  rev: z.number().int(),
  status: z.enum(PLAN_STATUSES),
  /** What the revision did: created, changed the content, changed only the status. */
  change: z.enum(['created', 'updated', 'status']),
  content: planContentSchema.extend({ goals: z.array(planGoalSchema) }),
  changedBy: z.string().nullable(),
  changedAt: z.string(),
});
export type PlanVersion = z.infer<typeof planVersionSchema>;

export const planHistorySchema = z.object({ items: z.array(planVersionSchema) });
export type PlanHistory = z.infer<typeof planHistorySchema>;
