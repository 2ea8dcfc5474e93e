import { z } from 'zod';
import { EDUCATION_STATES } from '../education/education.schema.js';
import { consentInputSchema, consentSchema, consentStatusSchema } from './consent.schema.js';
import {
  icd10Schema,
  idSchema,
  isoDateSchema,
  noteSchema,
  personNameSchema,
  phoneSchema,
} from './fields.js';

export const SEXES = ['female', 'male'] as const;

export const HOUSEHOLD_RELATIONS = [
  'head',
  'spouse',
  'child',
  'parent',
  'sibling',
  'grandchild',
  'grandparent',
  'other_relative',
  'non_relative',
] as const;

export const CAREGIVER_RELATIONS = [
  'mother',
  'father',
  'grandmother',
  'grandfather',
  'guardian',
  'sibling',
  'spouse',
  'child',
  'other',
] as const;

/** Languages offered for "speaks": the state and official languages, neighbours', sign language. */
export const PERSON_LANGUAGES = [
  'kk',
  'ru',
  'uz',
  'ug',
  'ky',
  'tg',
  'tt',
  'az',
  'de',
  'ko',
  'en',
  'sgn',
] as const;

/**
 * МСЭ (медико-социальная экспертиза) status. Adults and children 7–18 get group I–III; children
 * under 7 are "child with disability" without a group (Social Code 2023; domain.md §9).
 */
export const DISABILITY_STATUSES = ['none', 'pending', 'established'] as const;
export const DISABILITY_CATEGORIES = ['adult', 'child_7_18', 'child_under_7'] as const;
export const DISABILITY_GROUPS = ['I', 'II', 'III'] as const;
export const DISABILITY_CAUSES = [
  'general_disease',
  'since_childhood',
  'work_injury',
  'occupational_disease',
  'military_service',
  'radiation',
  'other',
] as const;

export const disabilitySchema = z
  .strictObject({
    status: z.enum(DISABILITY_STATUSES),
    category: z.enum(DISABILITY_CATEGORIES).nullable().default(null),
    group: z.enum(DISABILITY_GROUPS).nullable().default(null),
    establishedOn: isoDateSchema.nullable().default(null),
    reviewOn: isoDateSchema.nullable().default(null),
    indefinite: z.boolean().default(false),
    cause: z.enum(DISABILITY_CAUSES).nullable().default(null),
  })
  .superRefine((d, ctx) => {
    if (d.status !== 'established') return;
    const need = (path: string, code: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message: code });
    if (!d.category) need('category', 'disability.category_required');
    if (!d.establishedOn) need('establishedOn', 'disability.established_on_required');
    if (d.category === 'child_under_7' && d.group) need('group', 'disability.no_group_under_7');
    if (d.category && d.category !== 'child_under_7' && !d.group)
      need('group', 'disability.group_required');
    if (d.indefinite && d.reviewOn) need('reviewOn', 'disability.indefinite_with_review');
    if (d.establishedOn && d.reviewOn && d.reviewOn <= d.establishedOn)
      need('reviewOn', 'disability.review_before_established');
  });
export type Disability = z.infer<typeof disabilitySchema>;

export const caregiverLinkSchema = z.strictObject({
  personId: idSchema,
  relation: z.enum(CAREGIVER_RELATIONS),
  primary: z.boolean().default(false),
  legalRepresentative: z.boolean().default(false),
});
export type CaregiverLink = z.infer<typeof caregiverLinkSchema>;

const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((list) => new Set(list).size === list.length, { message: 'list.duplicates' });

const personFields = {
  givenName: personNameSchema,
  familyName: personNameSchema.nullable().default(null),
  patronymic: personNameSchema.nullable().default(null),
  sex: z.enum(SEXES),
  birthDate: isoDateSchema,
  /** True when only the year or an approximate date is known. */
  birthDateEstimated: z.boolean().default(false),
  iin: z.string().trim().nullable().default(null),
  relationToHead: z.enum(HOUSEHOLD_RELATIONS),
  languages: uniqueList(z.enum(PERSON_LANGUAGES), PERSON_LANGUAGES.length).default([]),
  phone: phoneSchema.nullable().default(null),
  disability: disabilitySchema.nullable().default(null),
  icd10: uniqueList(icd10Schema, 20).default([]),
  caregivers: z.array(caregiverLinkSchema).max(10).default([]),
  notes: noteSchema.nullable().default(null),
};

/**
 * Without valid consent to registration only these fields are kept (personal data law, 2013,
 * No. 94-V: processing needs prior consent). Everything else needs consent.
 */
export const MINIMAL_PERSON_FIELDS = [
  'givenName',
  'sex',
  'birthDate',
  'birthDateEstimated',
  'relationToHead',
] as const;
export type PersonFieldName = keyof typeof personFields;
type MinimalFieldName = (typeof MINIMAL_PERSON_FIELDS)[number];
export type ConsentedFieldName = Exclude<PersonFieldName, MinimalFieldName>;
export const CONSENTED_PERSON_FIELDS = (Object.keys(personFields) as PersonFieldName[]).filter(
  (field): field is ConsentedFieldName =>
    !(MINIMAL_PERSON_FIELDS as readonly string[]).includes(field),
);

/** The consented fields, emptied: what a person's record shows without valid consent. */
export function emptyConsentedFields() {
  return {
    familyName: null,
    patronymic: null,
    iin: null,
    languages: [],
    phone: null,
    disability: null,
    icd10: [],
    caregivers: [],
    notes: null,
  } satisfies Record<ConsentedFieldName, unknown>;
}

export const personInputSchema = z.strictObject({
  id: idSchema.optional(),
  householdId: idSchema,
  ...personFields,
  /** Consent recorded together with the person, so a new record is never half-consented. */
  consent: consentInputSchema.optional(),
  /** Set after the user has seen a possible-duplicate warning and decided this is someone else. */
  confirmNotDuplicate: z.boolean().default(false),
});
export type PersonInput = z.infer<typeof personInputSchema>;

export const personUpdateSchema = z.strictObject({
  ...personFields,
  rev: z.number().int().min(1),
  confirmNotDuplicate: z.boolean().default(false),
});
export type PersonUpdate = z.infer<typeof personUpdateSchema>;

export const personSchema = z.object({
  id: idSchema,
  householdId: idSchema,
  ...personFields,
  caregivers: z.array(caregiverLinkSchema.extend({ name: z.string() })),
  age: z.number().int(),
  consentStatus: consentStatusSchema,
  consents: z.array(consentSchema),
  rev: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Person = z.infer<typeof personSchema>;

export const personSummarySchema = z.object({
  id: idSchema,
  householdId: idSchema,
  givenName: z.string(),
  familyName: z.string().nullable(),
  sex: z.enum(SEXES),
  birthDate: z.string(),
  age: z.number().int(),
  relationToHead: z.enum(HOUSEHOLD_RELATIONS),
  disabilityStatus: z.enum(DISABILITY_STATUSES).nullable(),
  consentStatus: consentStatusSchema,
  /**
   * Issue 6: a preschool- or school-age child in no education (status `none` or not recorded),
   * and where the status stands; absent without valid consent or where not computed.
   */
  inNoEducation: z.boolean().optional(),
  educationState: z.enum(EDUCATION_STATES).optional(),
});
export type PersonSummary = z.infer<typeof personSummarySchema>;

export const personPageSchema = z.object({
  items: z.array(personSummarySchema),
  nextCursor: z.string().nullable(),
});
export type PersonPage = z.infer<typeof personPageSchema>;
