import {
  answerIssues,
  cleanAnswers,
  isComplete,
  isEligible,
  monthsBetween,
  scoreAnswers,
} from '../instruments/engine.js';
import type { Answer, Answers, InstrumentId, Scores } from '../instruments/instrument.js';
import { instrumentById } from '../instruments/registry.js';
import { personConsentStatus, type ConsentFacts } from '../registry/consent.js';
import type { AssessmentStatus } from './assessment.schema.js';

/** A problem with an assessment's input, with the message key that explains it. */
export interface AssessmentIssue {
  path: string;
  code:
    | 'instrument.not_found'
    | 'instrument.unknown_item'
    | 'instrument.answer_out_of_scale'
    | 'instrument.age_out_of_range'
    | 'assessment.before_birth'
    | 'assessment.date_future'
    | 'assessment.consent_required';
}

export interface Evaluated {
  instrument: InstrumentId;
  version: string;
  ageMonths: number;
  /** Answers to the items asked; answers to skipped items are dropped. */
  answers: Record<string, Answer>;
  scores: Scores;
  status: AssessmentStatus;
  positive: boolean | null;
}

export interface AssessmentFacts {
  instrument: string;
  assessedOn: string;
  answers: Answers;
  person: { birthDate: string; consents: readonly ConsentFacts[] };
  /** Today in Kazakhstan (fields.ts `todayIso`). */
  today: string;
}

/**
 * Checks and scores an assessment: the same rules on the server and on a phone offline, so a
 * device shows the result the server will store. Partial answers make a draft scored as missing.
 */
export function evaluateAssessment(
  facts: AssessmentFacts,
): { ok: true; value: Evaluated } | { ok: false; issues: AssessmentIssue[] } {
  const definition = instrumentById(facts.instrument);
  if (!definition)
    return { ok: false, issues: [{ path: 'instrument', code: 'instrument.not_found' }] };
  const { birthDate, consents } = facts.person;
  const issues: AssessmentIssue[] = [];
  if (facts.assessedOn > facts.today)
    issues.push({ path: 'assessedOn', code: 'assessment.date_future' });
  if (facts.assessedOn < birthDate)
    issues.push({ path: 'assessedOn', code: 'assessment.before_birth' });
  const ageMonths = monthsBetween(birthDate, facts.assessedOn);
  if (issues.length === 0 && !isEligible(definition, ageMonths))
    issues.push({ path: 'instrument', code: 'instrument.age_out_of_range' });
  if (personConsentStatus(consents, birthDate, facts.today, 'assessment') !== 'valid')
    issues.push({ path: 'personId', code: 'assessment.consent_required' });
  issues.push(...answerIssues(definition, facts.answers));
  if (issues.length > 0) return { ok: false, issues };

  const context = { ageMonths };
  const scores = scoreAnswers(definition, facts.answers, context);
  return {
    ok: true,
    value: {
      instrument: definition.id,
      version: definition.version,
      ageMonths,
      answers: cleanAnswers(definition, facts.answers, context),
      scores,
      status: isComplete(definition, facts.answers, context) ? 'complete' : 'draft',
      positive: definition.screensPositive?.(scores) ?? null,
    },
  };
}
