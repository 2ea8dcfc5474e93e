import { z } from 'zod';
import { idSchema, isoDateSchema, noteSchema, shortTextSchema } from '../registry/fields.js';

/**
 * A child's education (issue 6, item 4; docs/decisions/0027): a dated history of where the child
 * learns, ПМПК conclusions and КППК support periods. Each is an append-only entry: a mistake is
 * removed (soft delete, audited) and entered again.
 */

/**
 * Where a person learns from a date on. `none` is the "unorganized" child (ұйымдаспаған бала /
 * неорганизованный ребёнок): known to attend nothing. No entry at all is "not recorded", which
 * the summary keeps apart from `none`.
 */
export const EDUCATION_STATUSES = [
  'none',
  'home_based',
  'preschool',
  'general_school',
  'general_school_inclusive',
  'special_class',
  'special_school',
  'college_tvet',
  'higher',
] as const;
export type EducationStatus = (typeof EDUCATION_STATUSES)[number];

/** Conditions a ПМПК recommends (a fixed list, so they can be counted). */
export const PMPK_CONDITIONS = [
  'inclusive_with_assistant',
  'special_programme',
  'individual_programme',
  'home_based',
  'special_class',
  'special_school',
  'speech_therapist',
  'psychologist',
  'special_teacher',
  'sign_language',
  'assistive_technology',
  'adapted_materials',
  'accessible_environment',
] as const;
export type PmpkCondition = (typeof PMPK_CONDITIONS)[number];

/** Kinds of support a КППК (cabinet of psychological-pedagogical correction) gives. */
export const KPPK_SUPPORT_KINDS = [
  'early_intervention',
  'correctional_developmental',
  'speech_therapy',
  'psychological',
  'special_teacher',
  'family_counselling',
  'other',
] as const;
export type KppkSupportKind = (typeof KPPK_SUPPORT_KINDS)[number];

export const EDUCATION_RECORD_KINDS = ['status', 'pmpk', 'kppk'] as const;
export type EducationRecordKind = (typeof EDUCATION_RECORD_KINDS)[number];

const unique = <T>(list: T[]) => new Set(list).size === list.length;
const optionalText = shortTextSchema.nullable().default(null);
const optionalNote = noteSchema.nullable().default(null);

export const educationStatusInputSchema = z.strictObject({
  /** Client-generated UUIDv7. */
  id: idSchema.optional(),
  status: z.enum(EDUCATION_STATUSES),
  /** The day the status began. */
  from: isoDateSchema,
  /** The kindergarten, school or college, in words (a link to the service directory may come). */
  institution: optionalText,
  /** Grade or group ("2 Ә", "ересек топ"). */
  grade: z.string().trim().min(1).max(40).nullable().default(null),
  note: optionalNote,
});
export type EducationStatusInput = z.input<typeof educationStatusInputSchema>;
export type EducationStatusInputValue = z.infer<typeof educationStatusInputSchema>;

export const pmpkConclusionInputSchema = z.strictObject({
  id: idSchema.optional(),
  /** The day of the conclusion. */
  concludedOn: isoDateSchema,
  /** Whether the consultation found special educational needs. */
  specialNeeds: z.boolean(),
  /** The needs in a few words. */
  needsDescription: optionalText,
  conditions: z
    .array(z.enum(PMPK_CONDITIONS))
    .max(PMPK_CONDITIONS.length)
    .refine(unique, { error: 'list.duplicates' })
    .default([]),
  note: optionalNote,
});
export type PmpkConclusionInput = z.input<typeof pmpkConclusionInputSchema>;
export type PmpkConclusionInputValue = z.infer<typeof pmpkConclusionInputSchema>;

export const kppkSupportInputSchema = z.strictObject({
  id: idSchema.optional(),
  kind: z.enum(KPPK_SUPPORT_KINDS),
  from: isoDateSchema,
  /** The last day; null while the support goes on. */
  to: isoDateSchema.nullable().default(null),
  /** The КППК in words. */
  provider: optionalText,
  note: optionalNote,
});
export type KppkSupportInput = z.input<typeof kppkSupportInputSchema>;
export type KppkSupportInputValue = z.infer<typeof kppkSupportInputSchema>;

const entryFields = {
  id: idSchema,
  personId: idSchema,
  /** Who recorded it: the user's display name (null when the account is gone). */
  recordedBy: z.string().nullable(),
  createdAt: z.string(),
  /** True while the entry is only on this device, waiting to be sent (never from the server). */
  waiting: z.boolean().optional(),
};

export const educationStatusEntrySchema = z.object({
  ...entryFields,
  status: z.enum(EDUCATION_STATUSES),
  from: isoDateSchema,
  institution: z.string().nullable(),
  grade: z.string().nullable(),
  note: z.string().nullable(),
});
export type EducationStatusEntry = z.infer<typeof educationStatusEntrySchema>;

export const pmpkConclusionSchema = z.object({
  ...entryFields,
  concludedOn: isoDateSchema,
  specialNeeds: z.boolean(),
  needsDescription: z.string().nullable(),
  conditions: z.array(z.enum(PMPK_CONDITIONS)),
  note: z.string().nullable(),
});
export type PmpkConclusion = z.infer<typeof pmpkConclusionSchema>;

export const kppkSupportSchema = z.object({
  ...entryFields,
  kind: z.enum(KPPK_SUPPORT_KINDS),
  from: isoDateSchema,
  to: isoDateSchema.nullable(),
  provider: z.string().nullable(),
  note: z.string().nullable(),
});
export type KppkSupport = z.infer<typeof kppkSupportSchema>;

/** Age bands of education (see `ageBandOf` for the source). */
export const EDUCATION_AGE_BANDS = ['infant', 'preschool', 'school', 'adult'] as const;
export type EducationAgeBand = (typeof EDUCATION_AGE_BANDS)[number];

/**
 * Where the person stands: `in_education` (a status other than none), `none` (recorded as
 * attending nothing), `unknown` (no status recorded yet).
 */
export const EDUCATION_STATES = ['in_education', 'none', 'unknown'] as const;
export type EducationState = (typeof EDUCATION_STATES)[number];

export const educationSummarySchema = z.object({
  onDate: isoDateSchema,
  age: z.number().int(),
  ageBand: z.enum(EDUCATION_AGE_BANDS),
  state: z.enum(EDUCATION_STATES),
  /** The status in force on the day (null when none is recorded). */
  status: z.enum(EDUCATION_STATUSES).nullable(),
  since: isoDateSchema.nullable(),
  /**
   * A preschool- or school-age child whose status is `none` or not recorded: the Kazakhstan
   * indicator's "children in no education". Derived, never typed.
   */
  inNoEducation: z.boolean(),
  /** The latest ПМПК conclusion's finding, null when there is none. */
  specialNeeds: z.boolean().nullable(),
  /** КППК support periods going on that day. */
  activeSupport: z.number().int(),
});
export type EducationSummary = z.infer<typeof educationSummarySchema>;

export const educationRecordSchema = z.object({
  personId: idSchema,
  /**
   * False when the person's consent to registration is not valid: then only the minimal record
   * exists (docs/decisions/0005) — the lists are empty and nothing is derived.
   */
  consentValid: z.boolean(),
  statuses: z.array(educationStatusEntrySchema),
  pmpk: z.array(pmpkConclusionSchema),
  kppk: z.array(kppkSupportSchema),
  summary: educationSummarySchema,
});
export type EducationRecord = z.infer<typeof educationRecordSchema>;
