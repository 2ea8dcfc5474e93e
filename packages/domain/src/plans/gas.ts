import { z } from 'zod';

/**
 * Goal Attainment Scaling (domain.md §6). Each goal is scaled on five levels written before
 * work starts; a review scores every goal on that scale and the goals are combined into one
 * T-score with mean 50 and standard deviation about 10.
 *
 * Sources: Kiresuk TJ, Sherman RE. Goal attainment scaling: a general method for evaluating
 * comprehensive community mental health programs. Community Ment Health J 1968;4:443–453.
 * Turner-Stokes L. Goal attainment scaling (GAS) in rehabilitation: a practical guide. Clin
 * Rehabil 2009;23:362–370, read with its erratum (the corrected formulas of pp. 364 and 367:
 * the sums in the denominator are Σwᵢ² and (Σwᵢ)², under the square root).
 */

/** The expected correlation between goal scales that Kiresuk and Sherman propose (ρ = 0.3). */
export const DEFAULT_RHO = 0.3;

/** The five levels, −2 … +2, and the stable names their descriptions are stored under. */
export const GAS_LEVELS = [
  { value: -2, name: 'muchLess' },
  { value: -1, name: 'somewhatLess' },
  { value: 0, name: 'expected' },
  { value: 1, name: 'somewhatMore' },
  { value: 2, name: 'muchMore' },
] as const;
export type GasLevel = (typeof GAS_LEVELS)[number]['value'];
export type GasLevelName = (typeof GAS_LEVELS)[number]['name'];
export const GAS_LEVEL_VALUES: readonly GasLevel[] = GAS_LEVELS.map((l) => l.value);
export const GAS_LEVEL_NAMES: readonly GasLevelName[] = GAS_LEVELS.map((l) => l.name);

export function gasLevelName(level: GasLevel): GasLevelName {
  const names: Record<GasLevel, GasLevelName> = {
    [-2]: 'muchLess',
    [-1]: 'somewhatLess',
    0: 'expected',
    1: 'somewhatMore',
    2: 'muchMore',
  };
  return names[level];
}

export function isGasLevel(value: unknown): value is GasLevel {
  return Number.isInteger(value) && (value as number) >= -2 && (value as number) <= 2;
}

/** A level scored at a review: an integer from −2 to +2. */
export const gasLevelSchema = z
  .number({ error: 'gas.level_out_of_range' })
  .int({ error: 'gas.level_out_of_range' })
  .min(-2, { error: 'gas.level_out_of_range' })
  .max(2, { error: 'gas.level_out_of_range' })
  .transform((level) => level as GasLevel);

/** Importance (to the person) and difficulty (in the worker's judgement), each 0–3. */
export const GAS_RATING_MAX = 3;

/**
 * A goal's weight: importance × difficulty, each rated 0 (not at all) to 3 (very) — Turner-Stokes
 * 2009, "weighting". A weight of 0 leaves the goal out of the T-score.
 */
export function goalWeight(importance: number, difficulty: number): number {
  for (const rating of [importance, difficulty])
    if (!Number.isInteger(rating) || rating < 0 || rating > GAS_RATING_MAX)
      throw new RangeError(`GAS rating must be an integer 0–${GAS_RATING_MAX}: ${rating}`);
  return importance * difficulty;
}

export interface GasScoredGoal {
  /** The level reached, −2 … +2. */
  level: number;
  /** The goal's weight (1 when goals are unweighted); never negative. */
  weight: number;
}

/**
 * The overall GAS T-score: T = 50 + 10·Σ(wᵢxᵢ) / √((1−ρ)·Σwᵢ² + ρ·(Σwᵢ)²) (Kiresuk & Sherman 1968;
 * Turner-Stokes 2009 with its erratum). Null when there is no goal or every weight is 0. Returned
 * at full precision: store it so, show it with one decimal (`roundTScore`). Throws on a level
 * outside −2…+2, a negative or non-finite weight, or ρ outside [0, 1): callers validate first.
 */
export function tScore(goals: readonly GasScoredGoal[], rho: number = DEFAULT_RHO): number | null {
  if (!(rho >= 0 && rho < 1)) throw new RangeError(`GAS rho must be in [0, 1): ${rho}`);
  let weighted = 0;
  let sumW = 0;
  let sumW2 = 0;
  for (const { level, weight } of goals) {
    if (!isGasLevel(level)) throw new RangeError(`GAS level must be an integer −2…+2: ${level}`);
    if (!(weight >= 0 && Number.isFinite(weight)))
      throw new RangeError(`GAS weight must be a finite number ≥ 0: ${weight}`);
    weighted += weight * level;
    sumW += weight;
    sumW2 += weight * weight;
  }
  if (sumW === 0) return null;
  return 50 + (10 * weighted) / Math.sqrt((1 - rho) * sumW2 + rho * sumW * sumW);
}

/** A T-score as people read it: one decimal (halves away from zero, e.g. 62.25 → 62.3). */
export function roundTScore(t: number): number {
  const scaled = Math.round(Math.abs(t) * 10 + 1e-9) / 10;
  return t < 0 ? -scaled : scaled;
}
