import { z } from 'zod';
import { idSchema } from '../registry/fields.js';

/**
 * A conflict keeps the version a device sent when the server had moved on from the revision the
 * device started from. The server's version stays in force until a supervisor chooses.
 */
export const CONFLICT_STATUSES = ['open', 'resolved'] as const;
export const CONFLICT_CHOICES = ['server', 'device', 'merge'] as const;
export type ConflictChoice = (typeof CONFLICT_CHOICES)[number];

const userRefSchema = z.object({ id: z.string(), name: z.string() });

export const conflictSchema = z.object({
  id: idSchema,
  entity: z.string(),
  recordId: idSchema,
  householdId: idSchema.nullable(),
  op: z.enum(['upsert', 'delete']),
  baseRev: z.number().int().nullable(),
  /** The server's revision when the device's version arrived. */
  serverRev: z.number().int().nullable(),
  /** The device's version of the writable fields (null for a delete). */
  deviceData: z.record(z.string(), z.unknown()).nullable(),
  /** The server's writable fields now (null when the record is gone). */
  serverData: z.record(z.string(), z.unknown()).nullable(),
  /** Writable fields whose values differ between the two versions. */
  fields: z.array(z.string()),
  /** A short label of the record (a name or an address) as the reader may see it. */
  label: z.string(),
  createdAt: z.string(),
  createdBy: userRefSchema.nullable(),
  deviceId: z.string().nullable(),
  status: z.enum(CONFLICT_STATUSES),
  resolution: z.enum(CONFLICT_CHOICES).nullable(),
  resolvedAt: z.string().nullable(),
  resolvedBy: userRefSchema.nullable(),
});
export type Conflict = z.infer<typeof conflictSchema>;

export const conflictPageSchema = z.object({
  items: z.array(conflictSchema),
  nextCursor: z.string().nullable(),
});
export type ConflictPage = z.infer<typeof conflictPageSchema>;

export const conflictResolutionSchema = z.strictObject({
  choice: z.enum(CONFLICT_CHOICES),
  /** For `merge`: which version each differing field takes; fields not named keep the server's. */
  fields: z.record(z.string().max(50), z.enum(['server', 'device'])).optional(),
});
export type ConflictResolution = z.infer<typeof conflictResolutionSchema>;
