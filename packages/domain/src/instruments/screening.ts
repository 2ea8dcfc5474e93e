import type { InstrumentId } from './instrument.js';

/**
 * Which screening instrument a household member gets, by age on the day (docs/decisions/0014):
 * the Child Functioning Module for children 2–17 (its two age versions) and the WG Short Set for
 * adults. The WG advises the CFM for children because the Short Set misses many of their
 * difficulties (learning, behaviour, anxiety); under 2 there is no screener, the developmental
 * checklist follows the child instead.
 */
export function screeningInstrumentFor(ageMonths: number): InstrumentId | null {
  if (ageMonths < 24) return null;
  if (ageMonths < 60) return 'cfm-2-4';
  if (ageMonths < 216) return 'cfm-5-17';
  return 'wg-ss';
}
