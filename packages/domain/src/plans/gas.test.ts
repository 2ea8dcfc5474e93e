import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RHO,
  GAS_LEVELS,
  gasLevelName,
  gasLevelSchema,
  goalWeight,
  roundTScore,
  tScore,
} from './gas.js';

const goals = (level: number, n: number, weight = 1) =>
  Array.from({ length: n }, () => ({ level, weight }));

describe('GAS T-score (Kiresuk & Sherman 1968; Turner-Stokes 2009 with its erratum)', () => {
  it('is 50 when every goal is met exactly, whatever the number of goals or ρ', () => {
    for (const n of [1, 3, 7]) {
      expect(tScore(goals(0, n))).toBe(50);
      expect(tScore(goals(0, n), 0)).toBe(50);
      expect(tScore(goals(0, n), 0.5)).toBe(50);
    }
  });

  it('uses ρ = 0.3 unless told otherwise', () => {
    expect(DEFAULT_RHO).toBe(0.3);
    expect(tScore(goals(2, 3))).toBe(tScore(goals(2, 3), 0.3));
  });

  it('gives 50 ± 10 per level for a single goal (the denominator is 1 for one goal)', () => {
    expect(tScore([{ level: 2, weight: 1 }])).toBe(70);
    expect(tScore([{ level: -1, weight: 1 }])).toBe(40);
    expect(tScore([{ level: 1, weight: 5 }])).toBe(60);
  });

  it('matches the formula worked by hand for n unweighted goals all at +2 or −2', () => {
    // n = 3: 50 ± 10·6 / √(0.7·3 + 0.3·3²) = 50 ± 60/√4.8
    expect(tScore(goals(2, 3))).toBeCloseTo(50 + 60 / Math.sqrt(4.8), 12);
    expect(tScore(goals(2, 3))).toBeCloseTo(77.386128, 6);
    expect(tScore(goals(-2, 3))).toBeCloseTo(22.613872, 6);
    // n = 5: 50 ± 100/√(3.5 + 7.5) = 50 ± 100/√11
    expect(tScore(goals(2, 5))).toBeCloseTo(80.151134, 6);
    expect(tScore(goals(-2, 5))).toBeCloseTo(19.848866, 6);
    // two goals at −1 (a typical baseline): 50 − 20/√(1.4 + 1.2)
    expect(tScore(goals(-1, 2))).toBeCloseTo(37.596527, 6);
  });

  it('weights goals: Σwx = 4, Σw = 17, Σw² = 121 → 50 + 40/√171.4', () => {
    const weighted = [
      { level: 1, weight: 6 },
      { level: -1, weight: 2 },
      { level: 0, weight: 9 },
    ];
    expect(tScore(weighted)).toBeCloseTo(50 + 40 / Math.sqrt(0.7 * 121 + 0.3 * 289), 12);
    expect(tScore(weighted)).toBeCloseTo(53.055305, 6);
    // Weights change the answer: unweighted the same levels give 50.
    expect(tScore(weighted.map((g) => ({ ...g, weight: 1 })))).toBe(50);
  });

  it('depends on ρ: 0 treats goals as independent, larger ρ shrinks the spread', () => {
    expect(tScore(goals(1, 4), 0)).toBe(70); // 50 + 40/√4
    expect(tScore(goals(1, 4), 0.5)).toBeCloseTo(50 + 40 / Math.sqrt(10), 12);
    const mixed = [
      { level: 2, weight: 9 },
      { level: -1, weight: 1 },
    ];
    expect(tScore(mixed, 0)).toBeCloseTo(68.773359, 6);
    expect(tScore(mixed, 0.3)).toBeCloseTo(68.184158, 6);
    expect(tScore(mixed, 0.5)).toBeCloseTo(67.820842, 6);
  });

  it('is null without goals or when every weight is 0; a weight of 0 leaves a goal out', () => {
    expect(tScore([])).toBeNull();
    expect(tScore(goals(2, 3, 0))).toBeNull();
    expect(
      tScore([
        { level: 2, weight: 4 },
        { level: -2, weight: 0 },
      ]),
    ).toBe(70);
  });

  it('refuses levels off the scale, negative weights and ρ outside [0, 1)', () => {
    expect(() => tScore([{ level: 3, weight: 1 }])).toThrow(RangeError);
    expect(() => tScore([{ level: 0.5, weight: 1 }])).toThrow(RangeError);
    expect(() => tScore([{ level: 0, weight: -1 }])).toThrow(RangeError);
    expect(() => tScore([{ level: 0, weight: Number.NaN }])).toThrow(RangeError);
    expect(() => tScore(goals(0, 2), 1)).toThrow(RangeError);
    expect(() => tScore(goals(0, 2), -0.1)).toThrow(RangeError);
  });

  it('is stored at full precision and shown with one decimal', () => {
    const t = tScore(goals(2, 3))!;
    expect(t).not.toBe(roundTScore(t));
    expect(roundTScore(t)).toBe(77.4);
    expect(roundTScore(tScore(goals(-2, 3))!)).toBe(22.6);
    expect(roundTScore(62.25)).toBe(62.3);
    expect(roundTScore(62.24999)).toBe(62.2);
    expect(roundTScore(50)).toBe(50);
  });
});

describe('goal weight and levels', () => {
  it('is importance × difficulty, each 0–3', () => {
    expect(goalWeight(3, 3)).toBe(9);
    expect(goalWeight(2, 1)).toBe(2);
    expect(goalWeight(0, 3)).toBe(0);
    expect(() => goalWeight(4, 1)).toThrow(RangeError);
    expect(() => goalWeight(1, -1)).toThrow(RangeError);
    expect(() => goalWeight(1.5, 1)).toThrow(RangeError);
  });

  it('has five named levels from −2 to +2', () => {
    expect(GAS_LEVELS.map((l) => l.value)).toEqual([-2, -1, 0, 1, 2]);
    expect(gasLevelName(-2)).toBe('muchLess');
    expect(gasLevelName(0)).toBe('expected');
    expect(gasLevelName(2)).toBe('muchMore');
  });

  it('accepts only whole levels −2…+2, with the GAS message key', () => {
    expect(gasLevelSchema.parse(-2)).toBe(-2);
    for (const bad of [3, -3, 0.5, '1', null]) {
      const result = gasLevelSchema.safeParse(bad);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('gas.level_out_of_range');
    }
  });
});
