import { z } from 'zod';
import { LANGUAGES } from '../i18n/locales.js';
import { kazakhstanPhoneSchema } from '../registry/fields.js';
import { roleSchema } from './roles.js';

export const loginInputSchema = z.strictObject({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});
export type LoginInput = z.infer<typeof loginInputSchema>;

export const placeScopeSchema = z.object({ code: z.string(), name: z.string() });

/** The signed-in user as the app sees them. */
export const meSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  language: z.enum(LANGUAGES),
  scopes: z.array(placeScopeSchema),
  householdId: z.uuid().nullable(),
  organizationId: z.uuid().nullable(),
  isDemo: z.boolean(),
  /**
   * A `family` user's own person in the household (the member the invitation was for); null for
   * other roles and for family accounts made without an invitation. Absent in a device's copy
   * saved before it was added, hence the default.
   */
  personId: z.uuid().nullable().default(null),
  /** The user's work phone (`+7 7xx xxx xx xx`), printed on their households' plans. */
  phone: z.string().nullable().default(null),
});
export type Me = z.infer<typeof meSchema>;

/**
 * `PATCH /auth/me`: the user's language, and a work phone families see on their printed plan
 * (a Kazakhstan number, stored as `+7 7xx xxx xx xx`; null removes it). At least one of them.
 */
export const meUpdateSchema = z
  .strictObject({
    language: z.enum(LANGUAGES).optional(),
    phone: kazakhstanPhoneSchema.nullable().optional(),
  })
  .refine((u) => u.language !== undefined || u.phone !== undefined, {
    message: 'validation.required',
  });
export type MeUpdate = z.infer<typeof meUpdateSchema>;

/** What a client may know about the installation before signing in. */
export const instanceSchema = z.object({
  /** `demo` installations have the documented demo accounts; `production` refuses them. */
  mode: z.enum(['demo', 'production']),
  version: z.string(),
});
export type Instance = z.infer<typeof instanceSchema>;
