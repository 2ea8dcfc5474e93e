import { z } from 'zod';

/** Roles of product.md. A user has one role and one or more place scopes. */
export const ROLES = [
  'admin',
  'worker',
  'supervisor',
  'manager',
  'provider',
  'family',
  'committee',
  'analyst',
] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

/** Who is acting: the server builds it from the session, the device from the cached session. */
export interface Actor {
  userId: string;
  role: Role;
  /** KATO codes of the places the user works in; every record's place must lie inside one. */
  scopes: string[];
  /** The household a `family` user belongs to. */
  householdId: string | null;
  /** The organization a `provider` user works for. */
  organizationId: string | null;
}
