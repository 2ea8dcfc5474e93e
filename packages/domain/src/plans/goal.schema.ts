import { z } from 'zod';
import { CBR_ELEMENT_IDS } from '../cbr/matrix.js';
import { idSchema } from '../registry/fields.js';
import { GAS_RATING_MAX, type GasLevelName } from './gas.js';

/**
 * A goal of a rehabilitation plan, scaled with Goal Attainment Scaling (domain.md §6): its five
 * levels are described in plain words before work starts, the baseline says where the person is
 * now, importance × difficulty weighs it. Every rule's message is a key in the `plans` catalogue.
 */

const levelText = z
  .string({ error: 'plan.goal_levels_required' })
  .trim()
  .min(1, { error: 'plan.goal_levels_required' })
  .max(500);

/** The five level descriptions, all required, keyed by level name (gas.ts `GAS_LEVELS`). */
export const gasLevelTextsSchema = z.strictObject(
  {
    muchLess: levelText,
    somewhatLess: levelText,
    expected: levelText,
    somewhatMore: levelText,
    muchMore: levelText,
  } satisfies Record<GasLevelName, typeof levelText>,
  { error: 'plan.goal_levels_required' },
);
export type GasLevelTexts = z.infer<typeof gasLevelTextsSchema>;

/** Where the person starts: usually −1, or −2 when things could still get worse (domain.md §6). */
export const GOAL_BASELINES = [-2, -1] as const;
export type GoalBaseline = (typeof GOAL_BASELINES)[number];

const rating = z
  .number({ error: 'plan.weight_out_of_range' })
  .int({ error: 'plan.weight_out_of_range' })
  .min(0, { error: 'plan.weight_out_of_range' })
  .max(GAS_RATING_MAX, { error: 'plan.weight_out_of_range' });

/** Who carries a goal forward: someone of the household, the CBR worker, or a service. */
export const RESPONSIBLE_KINDS = ['household_member', 'worker', 'service'] as const;
export type ResponsibleKind = (typeof RESPONSIBLE_KINDS)[number];

export const responsibleSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('household_member'), personId: idSchema }),
    z.strictObject({ kind: z.literal('worker') }),
    z.strictObject({
      kind: z.literal('service'),
      /** The service in words ("district polyclinic, physiotherapist"). */
      name: z.string().trim().min(1).max(200),
      /** The organization in the services directory, once it exists (a later module). */
      organizationId: idSchema.nullable().default(null),
    }),
  ],
  { error: 'plan.responsible_kind' },
);
export type Responsible = z.infer<typeof responsibleSchema>;

/**
 * The assessment result a goal was made from: a development checklist target, a home-environment
 * recommendation (adaptation id), any item of an instrument — or the assessment as a whole.
 */
export const goalSourceSchema = z.strictObject({
  assessmentId: idSchema,
  itemId: z
    .string()
    .trim()
    .min(1)
    .max(80)
    .regex(/^[A-Za-z0-9_.:-]+$/, { error: 'validation.invalid_format' })
    .nullable()
    .default(null),
});
export type GoalSource = z.infer<typeof goalSourceSchema>;

export const MAX_GOALS = 12;
export const MAX_RESPONSIBLE = 6;

export const planGoalInputSchema = z.strictObject({
  /** Client-generated UUID: reviews and assignments refer to the goal by it, offline too. */
  id: idSchema,
  /** The goal in plain words the family uses ("Sits at the table for a meal with the family"). */
  title: z.string().trim().min(1).max(300),
  cbrElements: z
    .array(z.enum(CBR_ELEMENT_IDS, { error: 'plan.cbr_element_unknown' }))
    .min(1, { error: 'plan.cbr_element_required' })
    .max(5)
    .refine((list) => new Set(list).size === list.length, { error: 'list.duplicates' }),
  levels: gasLevelTextsSchema,
  baseline: z
    .union([z.literal(-2), z.literal(-1)], { error: 'plan.baseline_out_of_range' })
    .default(-1),
  /** How much the goal matters to the person and family, 0–3 (Turner-Stokes 2009). */
  importance: rating,
  /** How hard the worker judges it, 0–3. */
  difficulty: rating,
  targetDate: z.iso.date(),
  responsible: z.array(responsibleSchema).max(MAX_RESPONSIBLE).default([]),
  source: goalSourceSchema.nullable().default(null),
});
export type PlanGoalInput = z.input<typeof planGoalInputSchema>;
export type PlanGoalValue = z.infer<typeof planGoalInputSchema>;

/** A goal as stored and shown: the input plus its weight (importance × difficulty). */
export const planGoalSchema = planGoalInputSchema.extend({
  weight: z
    .number()
    .int()
    .min(0)
    .max(GAS_RATING_MAX * GAS_RATING_MAX),
});
export type PlanGoal = z.infer<typeof planGoalSchema>;
