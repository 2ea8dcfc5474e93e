import { z } from 'zod';
import { LANGUAGES } from '../i18n/locales.js';
import { katoCodeSchema } from '../registry/fields.js';
import { roleSchema, type Role } from './roles.js';

/** Roles whose work is tied to places: they need at least one place scope. */
export const PLACE_ROLES: readonly Role[] = [
  'worker',
  'supervisor',
  'manager',
  'committee',
  'analyst',
];

export const MIN_PASSWORD_LENGTH = 10;

export const userInputSchema = z.strictObject({
  username: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9._-]{3,40}$/, { message: 'validation.invalid_format' }),
  displayName: z.string().trim().min(1).max(100),
  password: z.string().min(MIN_PASSWORD_LENGTH, { message: 'user.password_too_short' }).max(200),
  role: roleSchema,
  scopes: z.array(katoCodeSchema).max(50).default([]),
  language: z.enum(LANGUAGES).default('kk'),
  householdId: z.uuid().nullable().default(null),
  organizationId: z.uuid().nullable().default(null),
});
export type UserInput = z.infer<typeof userInputSchema>;

export const userSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  language: z.enum(LANGUAGES),
  scopes: z.array(z.string()),
  householdId: z.uuid().nullable(),
  organizationId: z.uuid().nullable(),
  isDemo: z.boolean(),
  disabled: z.boolean(),
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;
