import { z } from 'zod';
import { INSTRUMENT_IDS, MISSING_ANSWERS } from '../instruments/instrument.js';
import { idSchema, isoDateSchema, noteSchema } from '../registry/fields.js';

/**
 * An assessment: one use of one instrument for one person on one day. Answers are checked
 * against the instrument (engine.ts `answerIssues`) by the service, since the allowed codes
 * depend on the instrument; here only their JSON shape is fixed.
 */

const answerSchema = z.union([
  z.number().int(),
  z.enum(MISSING_ANSWERS),
  z.string().min(1).max(20),
]);
export const answersSchema = z
  .record(z.string().min(1).max(40), answerSchema)
  .refine((answers) => Object.keys(answers).length <= 300, { message: 'list.too_long' });

/** Complete when every item asked has an answer; a draft otherwise. Derived, never typed. */
export const ASSESSMENT_STATUSES = ['draft', 'complete'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const assessmentInputSchema = z.strictObject({
  id: idSchema.optional(),
  personId: idSchema,
  instrument: z.enum(INSTRUMENT_IDS, { message: 'instrument.not_found' }),
  assessedOn: isoDateSchema,
  answers: answersSchema,
  note: noteSchema.nullable().default(null),
});
export type AssessmentInput = z.infer<typeof assessmentInputSchema>;

/** A correction of answers or note; the instrument, person and version never change. */
export const assessmentUpdateSchema = z.strictObject({
  assessedOn: isoDateSchema,
  answers: answersSchema,
  note: noteSchema.nullable().default(null),
  rev: z.number().int().min(1),
});
export type AssessmentUpdate = z.infer<typeof assessmentUpdateSchema>;

const scoreValueSchema: z.ZodType<unknown> = z.lazy(() =>
  z.union([
    z.number(),
    z.string(),
    z.boolean(),
    z.null(),
    z.array(scoreValueSchema),
    z.record(z.string(), scoreValueSchema),
  ]),
);

export const assessmentSchema = z.object({
  id: idSchema,
  personId: idSchema,
  householdId: idSchema,
  instrument: z.enum(INSTRUMENT_IDS),
  /** The instrument's version the answers were given and scored with. */
  version: z.string(),
  assessedOn: isoDateSchema,
  /** The person's age in whole months on `assessedOn`. */
  ageMonths: z.number().int(),
  answers: answersSchema,
  scores: z.record(z.string(), scoreValueSchema),
  status: z.enum(ASSESSMENT_STATUSES),
  /** Screening instruments: functional difficulty found (true), not found (false), unknown (null). */
  positive: z.boolean().nullable(),
  note: z.string().nullable(),
  /** Who assessed: the user's display name (null when the account is gone). */
  assessedBy: z.string().nullable(),
  rev: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Assessment = z.infer<typeof assessmentSchema>;

export const assessmentPageSchema = z.object({
  items: z.array(assessmentSchema),
  nextCursor: z.string().nullable(),
});
export type AssessmentPage = z.infer<typeof assessmentPageSchema>;

export const scoreRequestSchema = z.strictObject({
  answers: answersSchema,
  /** Optional: the person's age in months, for instruments whose items depend on age. */
  ageMonths: z.number().int().min(0).max(1800).optional(),
});
export type ScoreRequest = z.infer<typeof scoreRequestSchema>;
