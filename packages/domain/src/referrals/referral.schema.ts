import { z } from 'zod';
import { CBR_ELEMENT_IDS } from '../cbr/matrix.js';
import { idSchema, isoDateSchema, noteSchema } from '../registry/fields.js';

/**
 * A referral (жолдама / направление) of a person to a service in the directory, with a closed
 * loop: the service answers, sets an appointment, and reports the outcome back to the worker
 * (issue 6; docs/decisions/0028).
 */

/** The lifecycle, in the order a referral usually moves (see `REFERRAL_TRANSITIONS`). */
export const REFERRAL_STATUSES = [
  'sent',
  'accepted',
  'scheduled',
  'completed',
  'declined',
  'not_attended',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const REFERRAL_URGENCIES = ['routine', 'soon', 'urgent'] as const;
export type ReferralUrgency = (typeof REFERRAL_URGENCIES)[number];

/**
 * What the referral shows the service besides the person's name, sex and birth date, which every
 * referral carries. Each part needs the person's consent to `sharing_with_services`.
 */
export const REFERRAL_SHARES = [
  'contact',
  'disability',
  'assessments',
  'plan',
  'education',
] as const;
export type ReferralShare = (typeof REFERRAL_SHARES)[number];

const unique = <T>(list: T[]) => new Set(list).size === list.length;

export const referralInputSchema = z.strictObject({
  /** Client-generated UUIDv7 (phones create referrals offline). */
  id: idSchema.optional(),
  personId: idSchema,
  organizationId: idSchema,
  reason: z.string().trim().min(1).max(1000),
  elements: z
    .array(z.enum(CBR_ELEMENT_IDS))
    .min(1)
    .max(5)
    .refine(unique, { error: 'list.duplicates' }),
  urgency: z.enum(REFERRAL_URGENCIES).default('routine'),
  shared: z
    .array(z.enum(REFERRAL_SHARES))
    .max(REFERRAL_SHARES.length)
    .refine(unique, { error: 'list.duplicates' })
    .default([]),
  /** The day the referral was made; not in the future. */
  sentOn: isoDateSchema,
  note: noteSchema.nullable().default(null),
});
export type ReferralInput = z.input<typeof referralInputSchema>;
export type ReferralInputValue = z.infer<typeof referralInputSchema>;

/** `POST /referrals/{id}/status`: the next step of the loop, dated, with a note for the worker. */
export const referralStatusChangeSchema = z.strictObject({
  status: z.enum(REFERRAL_STATUSES),
  /** The day the step happened; not before the previous step and not in the future. */
  date: isoDateSchema,
  note: noteSchema.nullable().default(null),
  /** The appointment day, required when the status is `scheduled`; may be in the future. */
  appointmentOn: isoDateSchema.nullable().default(null),
});
export type ReferralStatusChange = z.input<typeof referralStatusChangeSchema>;
export type ReferralStatusChangeValue = z.infer<typeof referralStatusChangeSchema>;

export const referralEventSchema = z.object({
  /** The step's own id (a device recording a step offline chooses it). */
  id: idSchema,
  status: z.enum(REFERRAL_STATUSES),
  date: isoDateSchema,
  note: z.string().nullable(),
  appointmentOn: isoDateSchema.nullable(),
  /** Who recorded the step: `provider` (the service) or the CBR side (`worker`, `supervisor`). */
  byRole: z.string(),
  /** Display name of who recorded it (null when the account is gone). */
  by: z.string().nullable(),
  at: z.string(),
});
export type ReferralEvent = z.infer<typeof referralEventSchema>;
