import { z } from 'zod';
import { householdSchema } from '../registry/household.schema.js';
import { personSchema } from '../registry/person.schema.js';

/**
 * The sync wire protocol (docs/sync-protocol.md). Devices pull the records of their caseload after
 * a cursor and push their writes as mutations with an idempotency key and the revision they were
 * based on. Entity names are registered by the modules that own them; the protocol itself knows
 * none of them.
 */

/** What a device holds of a household: the record without its member list (members are persons). */
export const householdRecordSchema = householdSchema.omit({ members: true });
export type HouseholdRecord = z.infer<typeof householdRecordSchema>;

export const syncChangeSchema = z.object({
  entity: z.string(),
  id: z.string(),
  rev: z.number().int(),
  deleted: z.boolean(),
  /** The record as the caller may see it (null when deleted or gone from the caller's scope). */
  data: z.record(z.string(), z.unknown()).nullable(),
});
export type SyncChange = z.infer<typeof syncChangeSchema>;

export const syncLimitsSchema = z.object({
  /** Households a device holds at most; the most recently assigned are kept. */
  maxHouseholds: z.number().int(),
  /** Months of history per person a device holds (older ended records stay on the server). */
  historyMonths: z.number().int(),
});

export const syncPullResponseSchema = z.object({
  changes: z.array(syncChangeSchema),
  cursor: z.string(),
  hasMore: z.boolean(),
  limits: syncLimitsSchema,
  /** What the server left off this device because of the limits. */
  trimmed: z.object({
    /** Households of the caller's caseload beyond `maxHouseholds`. */
    households: z.number().int(),
    /** Ended records dated before this day are not sent. */
    historyBefore: z.string(),
  }),
});
export type SyncPullResponse = z.infer<typeof syncPullResponseSchema>;

export const syncPullQuerySchema = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(2000).optional(),
  deviceId: z.uuid().optional(),
  /** Mutations waiting in the device's outbox, reported for the supervisor's sync monitor. */
  pending: z.coerce.number().int().min(0).max(1_000_000).optional(),
});

export const MUTATION_OPS = ['upsert', 'delete'] as const;
export const MAX_MUTATIONS_PER_PUSH = 200;

/** One mutation as the protocol defines it; `data` is checked by the entity's own schema. */
export const syncMutationSchema = z.strictObject({
  mutationId: z.uuid(),
  entity: z.string().max(50),
  id: z.uuid(),
  op: z.enum(MUTATION_OPS),
  /** The revision the device's edit started from; null for a record the device created. */
  baseRev: z.number().int().min(1).nullable(),
  data: z.record(z.string(), z.unknown()).nullable().default(null),
});
export type SyncMutation = z.infer<typeof syncMutationSchema>;

/** The envelope: each mutation inside it is judged on its own, so one bad mutation stops nothing. */
export const syncPushRequestSchema = z.strictObject({
  deviceId: z.uuid(),
  mutations: z.array(z.unknown()).max(MAX_MUTATIONS_PER_PUSH),
  pending: z.number().int().min(0).max(1_000_000).optional(),
});
export type SyncPushRequest = z.infer<typeof syncPushRequestSchema>;

export const MUTATION_STATUSES = ['applied', 'duplicate', 'conflict', 'rejected'] as const;
export type MutationStatus = (typeof MUTATION_STATUSES)[number];

export const syncErrorSchema = z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
});
export type SyncError = z.infer<typeof syncErrorSchema>;

export const syncResultSchema = z.object({
  /** Echoed; null when the mutation was too malformed to carry one. */
  mutationId: z.string().nullable(),
  status: z.enum(MUTATION_STATUSES),
  /** The record's revision on the server after this mutation (null when it does not exist). */
  rev: z.number().int().nullable(),
  errors: z.array(syncErrorSchema),
  /** For `conflict`: the id of the conflict record that keeps the device's version. */
  conflictId: z.string().optional(),
  /** For `duplicate`: what the first delivery of this mutation got. */
  originalStatus: z.enum(MUTATION_STATUSES).optional(),
});
export type SyncResult = z.infer<typeof syncResultSchema>;

export const syncPushResponseSchema = z.object({ results: z.array(syncResultSchema) });
export type SyncPushResponse = z.infer<typeof syncPushResponseSchema>;

export { personSchema as personRecordSchema };
