import { z } from 'zod';
import { idSchema, isoDateSchema, noteSchema } from '../registry/fields.js';

/**
 * A practice log: the family's one tap after doing (or not) an activity of the home programme
 * (Portage: the activity chart that stays with the family).
 */

export const PRACTICE_RESULTS = ['done', 'partly', 'not_today'] as const;
export type PracticeResult = (typeof PRACTICE_RESULTS)[number];

export const practiceLogInputSchema = z.strictObject({
  /** Client-generated UUIDv7: a family logs offline. */
  id: idSchema.optional(),
  planId: idSchema,
  /** The assignment of the plan's home programme that was practised. */
  assignmentId: idSchema,
  date: isoDateSchema,
  result: z.enum(PRACTICE_RESULTS),
  note: noteSchema.nullable().default(null),
});
export type PracticeLogInput = z.input<typeof practiceLogInputSchema>;
export type PracticeLogInputValue = z.infer<typeof practiceLogInputSchema>;

/** A correction: a wrong tap fixed. Plan, assignment and day stay. */
export const practiceLogUpdateSchema = z.strictObject({
  result: z.enum(PRACTICE_RESULTS),
  note: noteSchema.nullable().default(null),
  rev: z.number().int().min(1),
});
export type PracticeLogUpdate = z.infer<typeof practiceLogUpdateSchema>;

export const practiceLogSchema = z.object({
  id: idSchema,
  planId: idSchema,
  assignmentId: idSchema,
  /** The activity card practised (copied from the assignment when logged). */
  activityId: z.string(),
  personId: idSchema,
  householdId: idSchema,
  date: isoDateSchema,
  result: z.enum(PRACTICE_RESULTS),
  note: z.string().nullable(),
  /** Who logged it: the user's display name, and their role (a family member or a worker). */
  loggedBy: z.string().nullable(),
  loggedByRole: z.string().nullable(),
  rev: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PracticeLog = z.infer<typeof practiceLogSchema>;

/** Adherence of one assignment in one ISO week (adherence.ts). */
export const weekAdherenceSchema = z.object({
  assignmentId: idSchema,
  activityId: z.string(),
  /** ISO 8601 week, "2026-W05". */
  week: z.string(),
  /** The Monday the week starts on. */
  weekStart: isoDateSchema,
  /** Sessions done: `done` counts 1, `partly` ½, `not_today` 0. */
  sessions: z.number(),
  /** Sessions the frequency asks for over the assignment's days of that week (up to today). */
  expected: z.number(),
  /** sessions / expected, at most 1; null when nothing was expected. */
  adherence: z.number().nullable(),
  done: z.number().int(),
  partly: z.number().int(),
  notToday: z.number().int(),
});
export type WeekAdherence = z.infer<typeof weekAdherenceSchema>;

export const practiceLogListSchema = z.object({
  items: z.array(practiceLogSchema),
  adherence: z.array(weekAdherenceSchema),
});
export type PracticeLogList = z.infer<typeof practiceLogListSchema>;
