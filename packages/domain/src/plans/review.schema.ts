import { z } from 'zod';
import { idSchema, isoDateSchema, noteSchema } from '../registry/fields.js';
import { DEFAULT_RHO, gasLevelSchema } from './gas.js';
import { GAS_WEIGHTINGS } from './plan.schema.js';

/**
 * A GAS review: on one day the worker (with the family) scores every goal of the plan −2…+2.
 * The T-score is computed by the server (and the device, with the same function) and stored with
 * the weights and ρ it used, so every stored score can be reproduced (domain.md §6).
 */

export const rhoSchema = z
  .number({ error: 'gas.rho_out_of_range' })
  .min(0, { error: 'gas.rho_out_of_range' })
  .lt(1, { error: 'gas.rho_out_of_range' });

export const reviewLevelInputSchema = z.strictObject({
  goalId: idSchema,
  level: gasLevelSchema,
  /** What was seen ("sits for 10 minutes with a cushion"). */
  note: noteSchema.nullable().default(null),
});

export const planReviewInputSchema = z.strictObject({
  /** Client-generated UUIDv7. */
  id: idSchema.optional(),
  planId: idSchema,
  reviewedOn: isoDateSchema,
  /** One level for every goal of the plan. */
  levels: z.array(reviewLevelInputSchema).min(1, { error: 'review.goal_missing' }).max(50),
  rho: rhoSchema.default(DEFAULT_RHO),
  note: noteSchema.nullable().default(null),
});
export type PlanReviewInput = z.input<typeof planReviewInputSchema>;
export type PlanReviewInputValue = z.infer<typeof planReviewInputSchema>;

/** A goal as scored at the review, with the weight used (and what it came from). */
export const reviewedGoalSchema = z.object({
  goalId: idSchema,
  level: z.number().int().min(-2).max(2),
  weight: z.number().min(0),
  importance: z.number().int(),
  difficulty: z.number().int(),
  note: z.string().nullable(),
});
export type ReviewedGoal = z.infer<typeof reviewedGoalSchema>;

export const planReviewSchema = z.object({
  id: idSchema,
  planId: idSchema,
  personId: idSchema,
  householdId: idSchema,
  reviewedOn: isoDateSchema,
  /** The plan's revision the review scored. */
  planRev: z.number().int(),
  goals: z.array(reviewedGoalSchema),
  gasWeighting: z.enum(GAS_WEIGHTINGS),
  rho: z.number(),
  /** Full precision; null when every weight is 0. Show with one decimal (gas.ts `roundTScore`). */
  tScore: z.number().nullable(),
  note: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  rev: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PlanReview = z.infer<typeof planReviewSchema>;

export const planReviewListSchema = z.object({ items: z.array(planReviewSchema) });

/** The stateless calculator: `POST /gas/t-score`. */
export const tScoreRequestSchema = z.strictObject({
  goals: z
    .array(
      z.strictObject({
        level: gasLevelSchema,
        weight: z
          .number({ error: 'gas.weight_out_of_range' })
          .min(0, { error: 'gas.weight_out_of_range' })
          .max(1000, { error: 'gas.weight_out_of_range' })
          .default(1),
      }),
    )
    .min(1)
    .max(100),
  rho: rhoSchema.default(DEFAULT_RHO),
});
export type TScoreRequest = z.infer<typeof tScoreRequestSchema>;

export const tScoreResponseSchema = z.object({
  /** Full precision; null when every weight is 0. */
  tScore: z.number().nullable(),
});
