import { describe, expect, it } from 'vitest';
import { isEligible } from './engine.js';
import { instrumentById } from './registry.js';
import { screeningInstrumentFor } from './screening.js';

describe('screeningInstrumentFor', () => {
  it('switches instrument at 24, 60 and 216 months, each boundary and the month before it', () => {
    expect([0, 23, 24, 59, 60, 215, 216, 900].map(screeningInstrumentFor)).toEqual([
      null,
      null,
      'cfm-2-4',
      'cfm-2-4',
      'cfm-5-17',
      'cfm-5-17',
      'wg-ss',
      'wg-ss',
    ]);
  });

  it('never picks an instrument the person is too young or too old for', () => {
    for (let age = 0; age <= 1200; age += 1) {
      const id = screeningInstrumentFor(age);
      if (id === null) continue;
      const definition = instrumentById(id);
      expect(definition && isEligible(definition, age), `${id} at ${age} months`).toBe(true);
    }
  });
});
