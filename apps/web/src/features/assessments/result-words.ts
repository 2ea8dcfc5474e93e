import type { Assessment, InstrumentDefinition, Language, Translate } from '@birge/domain';
import { local } from './answer-text.js';
import type { Flag } from './score-view.js';

/** Results in words, never numbers or colour alone. */

const IDENTIFIER = {
  1: 'assessment.result.identifier.yes',
  0: 'assessment.result.identifier.no',
} as const;
const FLAG = {
  1: 'assessment.result.flag.difficulty',
  0: 'assessment.result.flag.none',
} as const;

/** An identifier (WG DISABILITY1–4): yes, no, or unknown when answers are missing. */
export function identifierText(value: Flag, t: Translate): string {
  return value === null ? t('assessment.result.unknown') : t(IDENTIFIER[value]);
}

/** A domain's result (CFM): functional difficulty, none, or unknown. */
export function flagText(value: Flag, t: Translate): string {
  return value === null ? t('assessment.result.unknown') : t(FLAG[value]);
}

/** A number with the range it lies in ("34 (from 12 to 60)"); missing answers leave it unscored. */
export function numberText(
  value: number | null,
  range: readonly [number, number] | null,
  t: Translate,
): string {
  if (value === null) return t('assessment.result.notScored');
  return range
    ? t('assessment.result.numberInRange', { value, min: range[0], max: range[1] })
    : String(value);
}

/** The screening verdict: functional difficulty found, not found, or unknown. */
export function screeningText(positive: boolean | null, t: Translate): string {
  if (positive === null) return t('assessment.result.screeningUnknown');
  return positive ? t('assessment.result.positive') : t('assessment.result.negative');
}

/**
 * One line for a list of assessments: the screening verdict for screeners, else the first score
 * that reads as one value (a number, an identifier, the length of a list of recommendations).
 */
export function mainResult(
  definition: InstrumentDefinition,
  assessment: Pick<Assessment, 'positive' | 'scores'>,
  language: Language,
  t: Translate,
): string {
  if (definition.screensPositive) return screeningText(assessment.positive, t);
  for (const score of definition.scores) {
    const value = assessment.scores[score.name];
    const label = local(score.label, language);
    if (score.plot === 'number')
      return `${label}: ${numberText(typeof value === 'number' ? value : null, score.range ?? null, t)}`;
    if (score.plot === 'identifier')
      return `${label}: ${identifierText(value === 1 || value === 0 ? value : null, t)}`;
    if (Array.isArray(value))
      return `${label}: ${t('assessment.result.count', { count: value.length })}`;
  }
  return '';
}
