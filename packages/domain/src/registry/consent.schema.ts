import { z } from 'zod';
import { idSchema, isoDateSchema, noteSchema, personNameSchema } from './fields.js';

/**
 * What a person (or their legal representative) agreed to. `registration` is the base consent
 * without which only a minimal record is kept; the others gate later modules.
 */
export const CONSENT_SCOPES = [
  'registration',
  'assessment',
  'sharing_with_services',
  'photos',
  'contact_by_phone',
] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

export const CONSENT_METHODS = ['signed_paper', 'verbal_witnessed', 'electronic'] as const;
export const CONSENT_GIVERS = ['self', 'representative'] as const;
export const REPRESENTATIVE_RELATIONS = [
  'mother',
  'father',
  'guardian',
  'trustee',
  'other',
] as const;

export const consentInputSchema = z
  .strictObject({
    id: idSchema.optional(),
    givenBy: z.enum(CONSENT_GIVERS),
    /** The representative when they are in the registry (usually a household member). */
    representativePersonId: idSchema.nullable().default(null),
    /** The representative's name when they are not in the registry. */
    representativeName: personNameSchema.nullable().default(null),
    representativeRelation: z.enum(REPRESENTATIVE_RELATIONS).nullable().default(null),
    scopes: z
      .array(z.enum(CONSENT_SCOPES))
      .min(1)
      .max(CONSENT_SCOPES.length)
      .refine((list) => new Set(list).size === list.length, { message: 'list.duplicates' })
      .refine((list) => list.includes('registration'), {
        message: 'consent.registration_required',
      }),
    method: z.enum(CONSENT_METHODS),
    givenOn: isoDateSchema,
    expiresOn: isoDateSchema,
    documentRef: z.string().trim().max(100).nullable().default(null),
  })
  .superRefine((c, ctx) => {
    const add = (path: string, code: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message: code });
    if (c.expiresOn <= c.givenOn) add('expiresOn', 'consent.expiry_before_given');
    if (c.givenBy === 'representative') {
      if (!c.representativePersonId && !c.representativeName)
        add('representativeName', 'consent.representative_required');
      if (!c.representativeRelation) add('representativeRelation', 'consent.relation_required');
    }
  });
export type ConsentInput = z.infer<typeof consentInputSchema>;

export const consentWithdrawalSchema = z.strictObject({
  withdrawnOn: z.iso.date(),
  reason: noteSchema.nullable().default(null),
});
export type ConsentWithdrawal = z.infer<typeof consentWithdrawalSchema>;

export const CONSENT_STATUSES = [
  'valid',
  'missing',
  'expired',
  'withdrawn',
  'not_yet_valid',
  'needs_own_consent',
] as const;
export const consentStatusSchema = z.enum(CONSENT_STATUSES);
export type ConsentStatus = z.infer<typeof consentStatusSchema>;

export const consentSchema = z.object({
  id: idSchema,
  personId: idSchema,
  givenBy: z.enum(CONSENT_GIVERS),
  representativePersonId: idSchema.nullable(),
  representativeName: z.string().nullable(),
  representativeRelation: z.enum(REPRESENTATIVE_RELATIONS).nullable(),
  scopes: z.array(z.enum(CONSENT_SCOPES)),
  method: z.enum(CONSENT_METHODS),
  givenOn: z.string(),
  expiresOn: z.string(),
  withdrawnOn: z.string().nullable(),
  withdrawalReason: z.string().nullable(),
  documentRef: z.string().nullable(),
  status: consentStatusSchema,
  createdAt: z.string(),
});
export type Consent = z.infer<typeof consentSchema>;
