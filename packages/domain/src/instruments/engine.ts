import type {
  Answer,
  Answers,
  Condition,
  InstrumentDefinition,
  InstrumentItem,
  MissingAnswer,
  Scores,
} from './instrument.js';
import { MISSING_ANSWERS } from './instrument.js';

/** What the form and the rules know about the person on the day of the assessment. */
export interface AnswerContext {
  /** Age in whole months on the assessment day; unknown ages pass every age condition. */
  ageMonths?: number;
}

export function isMissingAnswer(answer: Answer | undefined): answer is MissingAnswer {
  return answer !== undefined && (MISSING_ANSWERS as readonly Answer[]).includes(answer);
}

/** The answer as a scale code, or undefined when it is not given, "don't know" or "refused". */
export function known(answers: Answers, item: string): Answer | undefined {
  const answer = answers[item];
  return isMissingAnswer(answer) ? undefined : answer;
}

export function holds(condition: Condition, answers: Answers, context: AnswerContext): boolean {
  if ('item' in condition) {
    const answer = known(answers, condition.item);
    return answer !== undefined && condition.in.includes(answer);
  }
  if ('ageMonths' in condition) {
    const age = context.ageMonths;
    if (age === undefined) return true;
    const { min, max } = condition.ageMonths;
    return (min === undefined || age >= min) && (max === undefined || age <= max);
  }
  if ('all' in condition) return condition.all.every((c) => holds(c, answers, context));
  if ('any' in condition) return condition.any.some((c) => holds(c, answers, context));
  return !holds(condition.not, answers, context);
}

/** The items asked, in order, given the answers so far (skip rules applied). */
export function visibleItems(
  definition: InstrumentDefinition,
  answers: Answers,
  context: AnswerContext = {},
): InstrumentItem[] {
  return definition.items.filter((item) => !item.when || holds(item.when, answers, context));
}

/** Answers to items the skip rules leave out are dropped: a changed screener never leaves stale answers scored. */
export function cleanAnswers(
  definition: InstrumentDefinition,
  answers: Answers,
  context: AnswerContext = {},
): Record<string, Answer> {
  const clean: Record<string, Answer> = {};
  for (const item of visibleItems(definition, answers, context))
    if (answers[item.id] !== undefined) clean[item.id] = answers[item.id] as Answer;
  return clean;
}

/** Every asked item has an answer ("don't know" and "refused" count as answers). */
export function isComplete(
  definition: InstrumentDefinition,
  answers: Answers,
  context: AnswerContext = {},
): boolean {
  return visibleItems(definition, answers, context).every((item) => answers[item.id] !== undefined);
}

export interface AnswerIssue {
  /** `answers.<item>` */
  path: string;
  code: 'instrument.unknown_item' | 'instrument.answer_out_of_scale';
}

/** Unknown items and codes outside an item's scale; an empty list means the answers fit. */
export function answerIssues(definition: InstrumentDefinition, answers: Answers): AnswerIssue[] {
  const scales = new Map(definition.scales.map((s) => [s.id, s]));
  const items = new Map(definition.items.map((i) => [i.id, i]));
  const issues: AnswerIssue[] = [];
  for (const [id, answer] of Object.entries(answers)) {
    const item = items.get(id);
    if (!item) {
      issues.push({ path: `answers.${id}`, code: 'instrument.unknown_item' });
      continue;
    }
    if (isMissingAnswer(answer)) continue;
    const scale = scales.get(item.scale);
    if (!scale?.options.some((o) => o.code === answer))
      issues.push({ path: `answers.${id}`, code: 'instrument.answer_out_of_scale' });
  }
  return issues;
}

/** Scores of valid answers: skipped items are dropped first, then the instrument's own rules apply. */
export function scoreAnswers(
  definition: InstrumentDefinition,
  answers: Answers,
  context: AnswerContext = {},
): Scores {
  return definition.score(cleanAnswers(definition, answers, context));
}

/** Whole months between a birth date and a day (ISO dates), as instruments state their ages. */
export function monthsBetween(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [oy, om, od] = on.split('-').map(Number) as [number, number, number];
  const months = (oy - by) * 12 + (om - bm);
  // The month is complete on the same day of the month, or on the last day of a shorter month.
  const lastDay = new Date(Date.UTC(oy, om, 0)).getUTCDate();
  return od >= Math.min(bd, lastDay) ? months : months - 1;
}

/** Whether the instrument is meant for someone of this age (domain.md §3–8). */
export function isEligible(definition: InstrumentDefinition, ageMonths: number): boolean {
  const { minMonths, maxMonths } = definition.ages;
  return ageMonths >= minMonths && (maxMonths === null || ageMonths <= maxMonths);
}

/**
 * A Washington Group style identifier (WG analytic guidelines, missing-data rule): 1 as soon as a
 * qualifying answer exists, 0 only when every answer is known and none qualifies, otherwise null.
 */
export function identifier(
  values: readonly (Answer | undefined)[],
  qualifies: (code: Answer) => boolean,
): 1 | 0 | null {
  let unknown = false;
  for (const value of values) {
    if (value === undefined || isMissingAnswer(value)) unknown = true;
    else if (qualifies(value)) return 1;
  }
  return unknown ? null : 0;
}
