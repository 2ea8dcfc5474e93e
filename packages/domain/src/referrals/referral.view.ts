import { z } from 'zod';
import { CBR_ELEMENT_IDS } from '../cbr/matrix.js';
import { EDUCATION_STATUSES, PMPK_CONDITIONS } from '../education/education.schema.js';
import { INSTRUMENT_IDS } from '../instruments/instrument.js';
import { ORGANIZATION_TYPES } from '../organizations/organization.schema.js';
import { idSchema, isoDateSchema } from '../registry/fields.js';
import {
  DISABILITY_CATEGORIES,
  DISABILITY_GROUPS,
  DISABILITY_STATUSES,
  SEXES,
} from '../registry/person.schema.js';
import {
  REFERRAL_SHARES,
  REFERRAL_STATUSES,
  REFERRAL_URGENCIES,
  referralEventSchema,
  referralInputSchema,
  referralStatusChangeSchema,
} from './referral.schema.js';

/**
 * What the API shows of a referral (docs/decisions/0028). The CBR side (worker, supervisor,
 * manager, the family of the household) sees the referral in its person's file; a `provider` sees
 * only referrals addressed to their organization and, of the person, only what the referral
 * shares.
 */

/** The organization a referral is addressed to, as the referral shows it. */
export const referralOrganizationSchema = z.object({
  id: idSchema,
  /** In the reader's language when the directory has it, else the organization's own. */
  name: z.string(),
  type: z.enum(ORGANIZATION_TYPES),
  placeCode: z.string(),
  address: z.string(),
  phone: z.string().nullable(),
});
export type ReferralOrganization = z.infer<typeof referralOrganizationSchema>;

/** One assessment as a referral shares it: the latest of its instrument, headline scores only. */
export const referralSharedAssessmentSchema = z.object({
  instrument: z.enum(INSTRUMENT_IDS),
  /** The instrument's title in the reader's language. */
  title: z.string(),
  assessedOn: isoDateSchema,
  /** Screening instruments: functional difficulty found (true), not found (false), unknown (null). */
  positive: z.boolean().nullable(),
  /** Scores an instrument plots (identifiers and sums), with labels in the reader's language. */
  scores: z.array(
    z.object({
      name: z.string(),
      label: z.string(),
      value: z.union([z.number(), z.string(), z.boolean(), z.null()]),
    }),
  ),
});
export type ReferralSharedAssessment = z.infer<typeof referralSharedAssessmentSchema>;

/** The active plan's goals in words, as a referral shares them. */
export const referralSharedPlanSchema = z.object({
  startsOn: isoDateSchema,
  endsOn: isoDateSchema,
  goals: z.array(
    z.object({
      title: z.string(),
      cbrElements: z.array(z.enum(CBR_ELEMENT_IDS)),
      targetDate: isoDateSchema,
      /** The GAS "expected outcome" level, in the words written with the family. */
      expected: z.string(),
    }),
  ),
});
export type ReferralSharedPlan = z.infer<typeof referralSharedPlanSchema>;

/** Where the child learns now (status in force today) and the ПМПК conclusions, newest first. */
export const referralSharedEducationSchema = z.object({
  status: z.enum(EDUCATION_STATUSES).nullable(),
  since: isoDateSchema.nullable(),
  inNoEducation: z.boolean(),
  pmpk: z.array(
    z.object({
      concludedOn: isoDateSchema,
      specialNeeds: z.boolean(),
      needsDescription: z.string().nullable(),
      conditions: z.array(z.enum(PMPK_CONDITIONS)),
    }),
  ),
});
export type ReferralSharedEducation = z.infer<typeof referralSharedEducationSchema>;

/**
 * The person a referral is about. Name, sex and birth date are always shown. `id` is shown to the
 * CBR side only. The shared parts (`contact`, `disability`, `assessments`, `plan`, `education`) appear only in
 * a provider's `GET /referrals/{id}`, each only when the referral shares it and while the person's
 * consent to sharing with services is valid; otherwise the key is absent.
 */
export const referralPersonSchema = z.object({
  id: idSchema.optional(),
  name: z.string(),
  sex: z.enum(SEXES),
  birthDate: isoDateSchema,
  /** Whole years today. */
  age: z.number().int(),
  contact: z
    .object({
      /** The household's address and its place, region first. */
      address: z.string(),
      place: z.string(),
      /** The person's own phone, else the household's. */
      phone: z.string().nullable(),
    })
    .optional(),
  /** The МСЭ decision as the registry keeps it; null when none is recorded. */
  disability: z
    .object({
      status: z.enum(DISABILITY_STATUSES),
      category: z.enum(DISABILITY_CATEGORIES).nullable(),
      group: z.enum(DISABILITY_GROUPS).nullable(),
      establishedOn: isoDateSchema.nullable(),
      reviewOn: isoDateSchema.nullable(),
      indefinite: z.boolean(),
    })
    .nullable()
    .optional(),
  assessments: z.array(referralSharedAssessmentSchema).optional(),
  /** Null when the person has no active plan. */
  plan: referralSharedPlanSchema.nullable().optional(),
  education: referralSharedEducationSchema.optional(),
});
export type ReferralPerson = z.infer<typeof referralPersonSchema>;

export const referralSchema = z.object({
  id: idSchema,
  personId: idSchema,
  /** The person's household; null for a provider. */
  householdId: idSchema.nullable(),
  organizationId: idSchema,
  organization: referralOrganizationSchema,
  reason: z.string(),
  elements: z.array(z.enum(CBR_ELEMENT_IDS)),
  urgency: z.enum(REFERRAL_URGENCIES),
  shared: z.array(z.enum(REFERRAL_SHARES)),
  sentOn: isoDateSchema,
  status: z.enum(REFERRAL_STATUSES),
  /** The date of the latest step (the sending day while `sent`). */
  statusOn: isoDateSchema,
  /** The appointment of the latest `scheduled` step, kept after it. */
  appointmentOn: isoDateSchema.nullable(),
  /** `referralDueOn`: when the next step is expected; null once closed. */
  dueOn: isoDateSchema.nullable(),
  /** True until the service completes or declines it. */
  open: z.boolean(),
  /** Past `dueOn` and still open (the worker's `referral_overdue` task). */
  overdue: z.boolean(),
  /** The sender's note to the service. */
  note: z.string().nullable(),
  /** Who sent it: display name and work phone (null when the account is gone or has none). */
  sentBy: z.string().nullable(),
  sentByPhone: z.string().nullable(),
  /** Every step, oldest first; the first is the sending. */
  events: z.array(referralEventSchema),
  person: referralPersonSchema,
  rev: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Referral = z.infer<typeof referralSchema>;

/** `GET /referrals`: the items leave out the person's shared parts (open one for them). */
export const referralPageSchema = z.object({
  items: z.array(referralSchema),
  nextCursor: z.string().nullable(),
});
export type ReferralPage = z.infer<typeof referralPageSchema>;

/** `GET /referrals` filters. `open=true` keeps open referrals, `false` closed ones. */
export const referralListQuerySchema = z.object({
  personId: idSchema.optional(),
  householdId: idSchema.optional(),
  organizationId: idSchema.optional(),
  status: z.enum(REFERRAL_STATUSES).optional(),
  open: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).optional(),
  cursor: z.string().max(300).optional(),
});
export type ReferralListQuery = z.infer<typeof referralListQuerySchema>;

/** Sync entity names (docs/sync-protocol.md). */
export const REFERRAL_SYNC_ENTITY = 'referral';
export const REFERRAL_STATUS_SYNC_ENTITY = 'referral_status';

/** A pushed `referral` create: the same body as `POST /referrals` (the mutation's id is the referral's). */
export const referralSyncCreateSchema = referralInputSchema;

/**
 * A pushed `referral_status` create: one step of the loop recorded on a device by the CBR side.
 * The mutation's `id` is the step's own (client UUIDv7), `baseRev` null; never updated.
 */
export const referralStatusSyncSchema = referralStatusChangeSchema.extend({
  referralId: idSchema,
});
export type ReferralStatusSync = z.input<typeof referralStatusSyncSchema>;
export type ReferralStatusSyncValue = z.infer<typeof referralStatusSyncSchema>;
