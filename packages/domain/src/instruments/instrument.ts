/**
 * The shape of a standard instrument (WG-SS, CFM, WHODAS, our checklists): declarative items,
 * answer scales, skip rules and age eligibility, with a pure scoring function. Every instrument is
 * one object of this shape, so the server validates and scores, the web app renders one form and
 * FHIR Questionnaires are built, all from the same definition.
 */

/** Text we wrote in the three interface languages (never copied from a manual). */
export interface LocalText {
  readonly kk: string;
  readonly ru: string;
  readonly en: string;
}

/** "Don't know" and "refused" are accepted for every item and always scored as missing. */
export const MISSING_ANSWERS = ['dont_know', 'refused'] as const;
export type MissingAnswer = (typeof MISSING_ANSWERS)[number];

/** A code on an item's scale: numbers for ordinal scales, strings where the source uses signs. */
export type AnswerCode = number | string;
/** A scale code or one of MISSING_ANSWERS (both strings, so the type is the code's). */
export type Answer = AnswerCode;
export type Answers = Readonly<Record<string, Answer>>;

export interface ScaleOption {
  readonly code: AnswerCode;
  readonly label: LocalText;
}

export interface AnswerScale {
  readonly id: string;
  readonly options: readonly ScaleOption[];
}

/**
 * A skip rule: the item is asked only when the condition holds. `item` conditions look at answers
 * already given; `ageMonths` at the person's age on the day of the assessment.
 */
export type Condition =
  | { readonly item: string; readonly in: readonly AnswerCode[] }
  | { readonly ageMonths: { readonly min?: number; readonly max?: number } }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

export interface InstrumentItem {
  readonly id: string;
  /** The section (a functional domain, a Portage area, a part of the home) it belongs to. */
  readonly section: string;
  /** Id of one of the instrument's scales. */
  readonly scale: string;
  readonly text: LocalText;
  readonly hint?: LocalText;
  readonly when?: Condition;
}

export interface InstrumentSection {
  readonly id: string;
  readonly title: LocalText;
}

/** JSON a score takes: identifiers (1, 0, null), sums, per-domain objects, lists of targets. */
export type ScoreValue =
  number | string | boolean | null | readonly ScoreValue[] | { readonly [key: string]: ScoreValue };
export type Scores = Record<string, ScoreValue>;

export interface ScoreDefinition {
  readonly name: string;
  readonly label: LocalText;
  /** One plain sentence on what the score means (shown to the worker and in OpenAPI). */
  readonly description: LocalText;
  /** How a chart of scores over time may plot it; `none` for objects and lists. */
  readonly plot: 'identifier' | 'number' | 'none';
  /** For `number` scores: the range, so charts keep one scale over time. */
  readonly range?: readonly [number, number];
}

export const INSTRUMENT_IDS = [
  'wg-ss',
  'cfm-2-4',
  'cfm-5-17',
  'whodas-12',
  'home-environment',
  'development-0-6',
  'icf-profile',
] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

/** Here, not in the registry, so a check of an id does not pull every definition into a bundle. */
export function isInstrumentId(id: string): id is InstrumentId {
  return (INSTRUMENT_IDS as readonly string[]).includes(id);
}

export interface InstrumentDefinition {
  readonly id: InstrumentId;
  /** Changes whenever items, scales or scoring change; stored with every assessment. */
  readonly version: string;
  readonly title: LocalText;
  readonly summary: LocalText;
  /** The published source of the items and scoring rules (none for our own checklists). */
  readonly source: string;
  /** Who answers: the person themself, a parent or caregiver, or the worker observing. */
  readonly respondent: 'person' | 'caregiver' | 'worker';
  /** Eligible ages in whole months, inclusive; null: no upper limit. */
  readonly ages: { readonly minMonths: number; readonly maxMonths: number | null };
  readonly sections: readonly InstrumentSection[];
  readonly scales: readonly AnswerScale[];
  readonly items: readonly InstrumentItem[];
  readonly scores: readonly ScoreDefinition[];
  /**
   * Scores from answers already cleaned of skipped items. Missing answers make a score null (or
   * leave it out of a list), never zero.
   */
  readonly score: (answers: Answers) => Scores;
  /** For screening instruments: whether the scores mean "functional difficulty" (null: unknown). */
  readonly screensPositive?: (scores: Scores) => boolean | null;
}
