import { z } from 'zod';
import { LANGUAGES } from '../i18n/locales.js';
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
});
export type Me = z.infer<typeof meSchema>;

export const meUpdateSchema = z.strictObject({ language: z.enum(LANGUAGES) });

/** What a client may know about the installation before signing in. */
export const instanceSchema = z.object({
  /** `demo` installations have the documented demo accounts; `production` refuses them. */
  mode: z.enum(['demo', 'production']),
  version: z.string(),
});
export type Instance = z.infer<typeof instanceSchema>;
