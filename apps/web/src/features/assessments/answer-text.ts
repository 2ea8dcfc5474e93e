import {
  isMissingAnswer,
  MISSING_ANSWERS,
  type Answer,
  type AnswerScale,
  type InstrumentDefinition,
  type InstrumentItem,
  type Language,
  type LocalText,
  type MissingAnswer,
  type Translate,
} from '@birge/domain';

/** Instrument text in the interface language (every definition carries kk, ru and en). */
export const local = (text: LocalText, language: Language): string => text[language];

export function scaleOf(definition: InstrumentDefinition, item: InstrumentItem): AnswerScale {
  const scale = definition.scales.find((s) => s.id === item.scale);
  if (!scale) throw new Error(`${definition.id}: item ${item.id} names no scale ${item.scale}`);
  return scale;
}

export const MISSING_LABEL = {
  dont_know: 'assessment.answer.dontKnow',
  refused: 'assessment.answer.refused',
} as const satisfies Record<MissingAnswer, string>;

/**
 * Radio values are strings; scale codes may be numbers or strings. A prefix keeps `1` and `"1"`
 * apart, and "don't know" and "refused" apart from any code a scale could use.
 */
export function answerKey(answer: Answer): string {
  if (isMissingAnswer(answer)) return `m:${answer}`;
  return typeof answer === 'number' ? `n:${answer}` : `s:${answer}`;
}

/** The answer a radio value stands for on this item's scale, or undefined for a stray value. */
export function answerFromKey(scale: AnswerScale, key: string): Answer | undefined {
  const missing = MISSING_ANSWERS.find((m) => answerKey(m) === key);
  if (missing) return missing;
  return scale.options.find((o) => answerKey(o.code) === key)?.code;
}

/** The answer in words: the scale's label, "Don't know", "Refused" or "Not answered". */
export function answerLabel(
  definition: InstrumentDefinition,
  item: InstrumentItem,
  answer: Answer | undefined,
  language: Language,
  t: Translate,
): string {
  if (answer === undefined) return t('assessment.answer.none');
  if (isMissingAnswer(answer)) return t(MISSING_LABEL[answer]);
  const option = scaleOf(definition, item).options.find((o) => o.code === answer);
  return option ? local(option.label, language) : String(answer);
}

/** A section's title, or its id when a score names a part the definition does not list. */
export function sectionTitle(
  definition: InstrumentDefinition,
  id: string,
  language: Language,
): string {
  const section = definition.sections.find((s) => s.id === id);
  return section ? local(section.title, language) : id;
}

/** Id of an answer's row on the review step, so an error about it links to its "Change" button. */
export const answerRowId = (item: string) => `answer-${item}`;
