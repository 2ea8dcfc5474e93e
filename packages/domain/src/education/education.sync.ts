import { z } from 'zod';
import { idSchema } from '../registry/fields.js';
import { livelihoodInputSchema, type LivelihoodEntry } from '../livelihood/livelihood.schema.js';
import {
  educationStatusInputSchema,
  kppkSupportInputSchema,
  pmpkConclusionInputSchema,
  type EducationStatusEntry,
  type KppkSupport,
  type PmpkConclusion,
} from './education.schema.js';

/**
 * Education and livelihood entries on devices (docs/sync-protocol.md, decision 0027). An education
 * entry travels with `entry` naming which of the three it is (`kind` is a КППК support's own
 * field); both are create-only and removed by a tombstone, as over HTTP.
 */
export const EDUCATION_SYNC_ENTITY = 'education_record';
export const LIVELIHOOD_SYNC_ENTITY = 'livelihood_record';

const person = { personId: idSchema };

/** A device's new education entry: the fields of the matching POST, the person and `entry`. */
export const educationSyncCreateSchema = z.discriminatedUnion('entry', [
  educationStatusInputSchema.extend({ ...person, entry: z.literal('status') }),
  pmpkConclusionInputSchema.extend({ ...person, entry: z.literal('pmpk') }),
  kppkSupportInputSchema.extend({ ...person, entry: z.literal('kppk') }),
]);
export type EducationSyncCreate = z.input<typeof educationSyncCreateSchema>;
export type EducationSyncCreateValue = z.infer<typeof educationSyncCreateSchema>;

/** A device's new livelihood record: the fields of POST /persons/{id}/livelihood and the person. */
export const livelihoodSyncCreateSchema = livelihoodInputSchema.extend(person);
export type LivelihoodSyncCreate = z.input<typeof livelihoodSyncCreateSchema>;
export type LivelihoodSyncCreateValue = z.infer<typeof livelihoodSyncCreateSchema>;

/** An education entry as a pull sends it and the device keeps it (with its household). */
export type EducationSyncRecord = { householdId: string } & (
  | (EducationStatusEntry & { entry: 'status' })
  | (PmpkConclusion & { entry: 'pmpk' })
  | (KppkSupport & { entry: 'kppk' })
);

/** A livelihood record as a pull sends it and the device keeps it. */
export type LivelihoodSyncRecord = LivelihoodEntry & { householdId: string };
