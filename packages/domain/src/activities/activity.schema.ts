import { z } from 'zod';
import { CBR_ELEMENT_IDS } from '../cbr/matrix.js';
import { PICTOGRAM_IDS } from './pictograms.js';

/**
 * Activity cards of the home programme (issue 5, docs/decisions/0021): short, practical things a
 * family does at home, with the steps, what to watch for and when to stop and call the worker.
 * Every text is in Kazakh, Russian and English; a card is versioned data that admins may edit.
 */
export const ACTIVITY_CATEGORIES = [
  'positioning',
  'mobility',
  'self-care',
  'communication',
  'play-learning',
  'feeding',
  'behaviour',
  'daily-living',
] as const;
export type ActivityCategory = (typeof ACTIVITY_CATEGORIES)[number];

/** `<category>.<name>`, lower-case kebab-case words: `mobility.sit-to-stand`. */
export const ACTIVITY_ID_PATTERN = /^[a-z]+(-[a-z]+)*\.[a-z0-9]+(-[a-z0-9]+)*$/;

/** Steps per card: enough to show the way, few enough to remember (issue 5). */
export const MIN_ACTIVITY_STEPS = 3;
export const MAX_ACTIVITY_STEPS = 7;
/** Ages are in months; 100 years is the largest age a card may name. */
export const MAX_ACTIVITY_AGE_MONTHS = 1200;

/** A text in each language, none of them blank. */
export function localTextSchema(max: number) {
  const text = z.string().trim().min(1).max(max);
  return z.strictObject({ kk: text, ru: text, en: text });
}

const agesSchema = z
  .strictObject({
    minMonths: z.number().int().min(0).max(MAX_ACTIVITY_AGE_MONTHS),
    /** null: no upper limit (adults too). */
    maxMonths: z.number().int().min(0).max(MAX_ACTIVITY_AGE_MONTHS).nullable(),
  })
  .refine((a) => a.maxMonths === null || a.maxMonths >= a.minMonths, {
    path: ['maxMonths'],
    message: 'activity.ages_order',
  });

const unique = <T>(list: readonly T[]) => new Set(list).size === list.length;

/** What a card says and shows, without its id and version. */
const contentShape = {
  category: z.enum(ACTIVITY_CATEGORIES),
  ages: agesSchema,
  /** WHO CBR matrix elements the activity serves (domain.md §1). */
  elements: z
    .array(z.enum(CBR_ELEMENT_IDS))
    .min(1)
    .max(5)
    .refine(unique, { message: 'list.duplicates' }),
  title: localTextSchema(80),
  /** Why: one or two plain sentences. */
  purpose: localTextSchema(300),
  /** Things a household has or can make cheaply; may be empty. */
  materials: z.array(localTextSchema(120)).max(8),
  /** One action per step. */
  steps: z.array(localTextSchema(240)).min(MIN_ACTIVITY_STEPS).max(MAX_ACTIVITY_STEPS),
  safety: z.array(localTextSchema(240)).min(1).max(5),
  /** Signs to stop and call the worker. */
  stopSigns: z.array(localTextSchema(200)).min(1).max(6),
  pictogram: z.enum(PICTOGRAM_IDS, { message: 'activity.unknown_pictogram' }),
};

const idSchema = z
  .string()
  .max(80)
  .regex(ACTIVITY_ID_PATTERN, { message: 'activity.id_format' })
  .describe('Stable id `<category>.<name>`, e.g. `mobility.sit-to-stand`');

/** Version of a card's text: 1 when written, one more with every change. */
const versionSchema = z.number().int().min(1);

/** The id names the card's category, so it says where the card belongs wherever it is quoted. */
function idMatchesCategory(card: { id: string; category: string }, ctx: z.RefinementCtx) {
  // A malformed id already has its own issue.
  if (ACTIVITY_ID_PATTERN.test(card.id) && !card.id.startsWith(`${card.category}.`))
    ctx.addIssue({ code: 'custom', path: ['id'], message: 'activity.id_category' });
}

export const activityCardSchema = z
  .strictObject({ id: idSchema, version: versionSchema, ...contentShape })
  .superRefine(idMatchesCategory);
export type ActivityCard = z.infer<typeof activityCardSchema>;

/** `POST /activities`: a new card; it starts at version 1. */
export const activityInputSchema = z
  .strictObject({ id: idSchema, ...contentShape })
  .superRefine(idMatchesCategory);
export type ActivityInput = z.infer<typeof activityInputSchema>;

/**
 * `PUT /activities/{id}`: the whole card again. `version` is the version the edit was based on (a
 * stale one is a conflict, not a silent overwrite); `retired` left out keeps the card's state.
 */
export const activityUpdateSchema = z.strictObject({
  version: versionSchema,
  ...contentShape,
  retired: z.boolean().optional(),
});
export type ActivityUpdate = z.infer<typeof activityUpdateSchema>;

/**
 * Where a stored card's text comes from: shipped with Birge and unchanged (`builtin`), shipped and
 * then changed by an admin (`edited`: newer built-in versions no longer replace it), or added by an
 * admin (`custom`).
 */
export const ACTIVITY_ORIGINS = ['builtin', 'edited', 'custom'] as const;
export type ActivityOrigin = (typeof ACTIVITY_ORIGINS)[number];

/** A card as the API returns it: every text in all three languages, and its state. */
export const activitySchema = z.object({
  id: z.string(),
  version: z.number().int(),
  ...contentShape,
  /** A retired card is no longer offered for new plans; plans that have it keep it. */
  retired: z.boolean(),
  origin: z.enum(ACTIVITY_ORIGINS),
  updatedAt: z.string(),
  /** The admin who made this version; null for Birge's own text. */
  updatedBy: z.uuid().nullable(),
});
export type Activity = z.infer<typeof activitySchema>;

export const activityPageSchema = z.object({
  items: z.array(activitySchema),
  nextCursor: z.string().nullable(),
});
export type ActivityPage = z.infer<typeof activityPageSchema>;
