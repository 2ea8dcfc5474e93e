import { z } from 'zod';
import { idSchema, isoDateSchema, noteSchema } from '../registry/fields.js';
import { activityRefSchema } from './assignment.schema.js';

/**
 * A visit record (үйге бару / посещение на дому): home, phone or community contact with a
 * household — who was there, what was done, what next.
 */

export const VISIT_KINDS = ['home', 'phone', 'community'] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];

const unique = <T>(list: T[]) => new Set(list).size === list.length;
const idList = (max: number) =>
  z.array(idSchema).max(max).refine(unique, { error: 'list.duplicates' }).default([]);

export const visitContentSchema = z.strictObject({
  kind: z.enum(VISIT_KINDS),
  visitedOn: isoDateSchema,
  /** Members the visit was about (usually the person with a disability). */
  personIds: idList(20),
  /** The plan the visit served, if one: visits due are counted per plan. */
  planId: idSchema.nullable().default(null),
  /** Household members who were there (or on the phone). */
  presentMemberIds: idList(20),
  /** Others present, by name and role in words ("Айгүл, teacher"). */
  presentOthers: z.array(z.string().trim().min(1).max(120)).max(20).default([]),
  /** Activity cards demonstrated or practised together. */
  activityIds: z
    .array(activityRefSchema)
    .max(30)
    .refine(unique, { error: 'list.duplicates' })
    .default([]),
  /** Assessments made during the visit. */
  assessmentIds: idList(20),
  /** GAS reviews made during the visit. */
  reviewIds: idList(10),
  notes: noteSchema.nullable().default(null),
  nextVisitOn: isoDateSchema.nullable().default(null),
});
export type VisitContent = z.infer<typeof visitContentSchema>;

export const visitInputSchema = visitContentSchema.extend({
  /** Client-generated UUIDv7. */
  id: idSchema.optional(),
  householdId: idSchema,
});
export type VisitInput = z.input<typeof visitInputSchema>;
export type VisitInputValue = z.infer<typeof visitInputSchema>;

export const visitUpdateSchema = visitContentSchema.extend({ rev: z.number().int().min(1) });
export type VisitUpdate = z.infer<typeof visitUpdateSchema>;

export const visitSchema = z.object({
  id: idSchema,
  householdId: idSchema,
  kind: z.enum(VISIT_KINDS),
  visitedOn: isoDateSchema,
  personIds: z.array(idSchema),
  planId: idSchema.nullable(),
  presentMemberIds: z.array(idSchema),
  presentOthers: z.array(z.string()),
  activityIds: z.array(z.string()),
  assessmentIds: z.array(idSchema),
  reviewIds: z.array(idSchema),
  notes: z.string().nullable(),
  nextVisitOn: isoDateSchema.nullable(),
  /** Who recorded it: the user's display name (null when the account is gone). */
  recordedBy: z.string().nullable(),
  rev: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Visit = z.infer<typeof visitSchema>;

export const visitPageSchema = z.object({
  items: z.array(visitSchema),
  nextCursor: z.string().nullable(),
});
export type VisitPage = z.infer<typeof visitPageSchema>;
