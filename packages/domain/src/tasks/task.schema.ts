import { z } from 'zod';
import { idSchema, isoDateSchema } from '../registry/fields.js';

/**
 * Follow-up tasks (issue 5): what a CBR worker should do next, made by rules from the records of
 * their caseload (tasks.ts). The same function runs on the server and on the device, so a task has
 * the same id in both places: its kind, its subject and its due date.
 */

export const TASK_KINDS = [
  'visit_due',
  'review_due',
  'rescreening_due',
  'consent_expiring',
  'consent_expired',
  'practice_missing',
  'referral_overdue',
] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/** What a task is about; a referral is its own subject so two referrals never share an id. */
export const TASK_SUBJECT_TYPES = ['person', 'household', 'plan', 'referral'] as const;
export type TaskSubjectType = (typeof TASK_SUBJECT_TYPES)[number];

/**
 * Why the due date is what it is, where the wording differs: nothing of the kind was done yet
 * (`first`), the date was agreed at the last visit (`agreed`), or a representative's consent for a
 * minor ends when they come of age (`needs_own_consent`).
 */
export const TASK_REASONS = ['first', 'agreed', 'needs_own_consent'] as const;
export type TaskReason = (typeof TASK_REASONS)[number];

export const taskSchema = z.object({
  /** `<kind>:<subject type>:<subject id>:<due date>`, the same on the server and the device. */
  id: z.string(),
  kind: z.enum(TASK_KINDS),
  subject: z.object({ type: z.enum(TASK_SUBJECT_TYPES), id: z.string() }),
  householdId: idSchema,
  personId: idSchema.nullable(),
  planId: idSchema.nullable(),
  dueOn: isoDateSchema,
  /** The due date is before `today`: a task due today is not overdue yet. */
  overdue: z.boolean(),
  reason: z.enum(TASK_REASONS).nullable(),
});
export type Task = z.infer<typeof taskSchema>;

/** The days ahead a list shows tasks that are not due yet (visits, reviews, re-screening). */
export const DEFAULT_TASK_HORIZON_DAYS = 14;
export const MAX_TASK_HORIZON_DAYS = 90;

export const taskQuerySchema = z.object({
  /** A supervisor's or manager's look at a worker in their places; default: the caller. */
  userId: z.uuid().optional(),
  horizon: z.coerce.number().int().min(0).max(MAX_TASK_HORIZON_DAYS).optional(),
});
export type TaskQuery = z.infer<typeof taskQuerySchema>;

export const taskListSchema = z.object({
  userId: idSchema,
  /** The day the tasks were computed for (Kazakhstan time). */
  today: isoDateSchema,
  horizonDays: z.number().int(),
  items: z.array(taskSchema),
});
export type TaskList = z.infer<typeof taskListSchema>;

const kindCounts = z.object(
  Object.fromEntries(TASK_KINDS.map((kind) => [kind, z.number().int()])) as Record<
    TaskKind,
    z.ZodNumber
  >,
);

export const overdueWorkerSchema = z.object({
  worker: z.object({ id: idSchema, name: z.string(), username: z.string(), role: z.string() }),
  /** Live households in the worker's caseload that the reader may see. */
  households: z.number().int(),
  overdue: z.number().int(),
  byKind: kindCounts,
});
export type OverdueWorker = z.infer<typeof overdueWorkerSchema>;

export const overdueSummarySchema = z.object({
  today: isoDateSchema,
  items: z.array(overdueWorkerSchema),
});
export type OverdueSummary = z.infer<typeof overdueSummarySchema>;
