import { z } from 'zod';
import { idSchema, isoDateSchema, noteSchema, shortTextSchema } from '../registry/fields.js';

/**
 * An adult's livelihood (issue 6, item 5; docs/decisions/0027): dated records of work, vocational
 * training, income and benefits, and self-help group membership. Each record describes the
 * situation from its date on; the latest one is the current situation. Append-only: a mistaken
 * record is removed (soft delete, audited) and entered again.
 */

export const WORK_STATUSES = [
  'employed',
  'self_employed',
  'unemployed_seeking',
  'not_seeking',
  'student',
  'pensioner',
  'homemaker',
] as const;
export type WorkStatus = (typeof WORK_STATUSES)[number];

export const TRAINING_STATUSES = ['none', 'in_training', 'completed'] as const;
export type TrainingStatus = (typeof TRAINING_STATUSES)[number];

export const INCOME_SOURCES = [
  'wages',
  'self_employment',
  'farming',
  'pension',
  'state_benefits',
  'family_support',
  'other',
] as const;
export type IncomeSource = (typeof INCOME_SOURCES)[number];

/**
 * State benefits: the disability allowance (мүгедектігі бойынша жәрдемақы / пособие по
 * инвалидности), the allowance of a carer of a person with disability, targeted social assistance
 * (АӘК / АСП) and others.
 */
export const BENEFITS = [
  'disability_allowance',
  'carer_allowance',
  'targeted_social_assistance',
  'other',
] as const;
export type Benefit = (typeof BENEFITS)[number];

/** Work and training are for people of working age: the Labour Code allows a contract from 16. */
export const LIVELIHOOD_FROM_AGE = 16;

const unique = <T>(list: T[]) => new Set(list).size === list.length;
const enumList = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(z.enum(values))
    .max(values.length)
    .refine(unique, { error: 'list.duplicates' })
    .default([]);

export const livelihoodInputSchema = z.strictObject({
  /** Client-generated UUIDv7. */
  id: idSchema.optional(),
  /** The day the situation was found (it holds from then on). */
  recordedOn: isoDateSchema,
  workStatus: z.enum(WORK_STATUSES),
  /** The job or trade in words. */
  occupation: shortTextSchema.nullable().default(null),
  training: z.enum(TRAINING_STATUSES).default('none'),
  /** The course or trade learnt. */
  trainingName: shortTextSchema.nullable().default(null),
  incomeSources: enumList(INCOME_SOURCES),
  benefits: enumList(BENEFITS),
  selfHelpGroup: z.boolean().default(false),
  selfHelpGroupName: shortTextSchema.nullable().default(null),
  note: noteSchema.nullable().default(null),
});
export type LivelihoodInput = z.input<typeof livelihoodInputSchema>;
export type LivelihoodInputValue = z.infer<typeof livelihoodInputSchema>;

export const livelihoodEntrySchema = z.object({
  id: idSchema,
  personId: idSchema,
  recordedOn: isoDateSchema,
  workStatus: z.enum(WORK_STATUSES),
  occupation: z.string().nullable(),
  training: z.enum(TRAINING_STATUSES),
  trainingName: z.string().nullable(),
  incomeSources: z.array(z.enum(INCOME_SOURCES)),
  benefits: z.array(z.enum(BENEFITS)),
  selfHelpGroup: z.boolean(),
  selfHelpGroupName: z.string().nullable(),
  note: z.string().nullable(),
  recordedBy: z.string().nullable(),
  createdAt: z.string(),
  /** True while the record is only on this device, waiting to be sent (never from the server). */
  waiting: z.boolean().optional(),
});
export type LivelihoodEntry = z.infer<typeof livelihoodEntrySchema>;

export const livelihoodRecordSchema = z.object({
  personId: idSchema,
  /** False when the person's consent is not valid: only the minimal record, no entries. */
  consentValid: z.boolean(),
  /** Newest first; the first is the current situation. */
  entries: z.array(livelihoodEntrySchema),
  current: livelihoodEntrySchema.nullable(),
});
export type LivelihoodRecord = z.infer<typeof livelihoodRecordSchema>;
