import { z } from 'zod';
import { idSchema } from '../registry/fields.js';

/** Which worker a household is assigned to: the household is on that worker's device. */
export const assignmentInputSchema = z.strictObject({ workerId: idSchema });
export type AssignmentInput = z.infer<typeof assignmentInputSchema>;

export const assignmentSchema = z.object({
  householdId: idSchema,
  worker: z.object({ id: idSchema, name: z.string(), username: z.string() }).nullable(),
  assignedAt: z.string().nullable(),
});
export type Assignment = z.infer<typeof assignmentSchema>;

export const caseloadWorkerSchema = z.object({
  id: idSchema,
  name: z.string(),
  username: z.string(),
  role: z.string(),
  households: z.number().int(),
});
export type CaseloadWorker = z.infer<typeof caseloadWorkerSchema>;

/** One device as the supervisor's sync monitor shows it. */
export const syncDeviceSchema = z.object({
  deviceId: z.string(),
  user: z.object({ id: idSchema, name: z.string(), username: z.string() }),
  firstSeenAt: z.string(),
  lastPullAt: z.string().nullable(),
  lastPushAt: z.string().nullable(),
  /** The last pull that reached the end of the changes, or push without a server fault. */
  lastSuccessAt: z.string().nullable(),
  /** Outbox size the device reported at its last contact. */
  pending: z.number().int().nullable(),
  rejected: z.number().int(),
  conflictsOpen: z.number().int(),
  userAgent: z.string().nullable(),
});
export type SyncDevice = z.infer<typeof syncDeviceSchema>;
