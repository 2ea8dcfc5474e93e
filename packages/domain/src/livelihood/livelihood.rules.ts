import { yearsBetween } from '../registry/fields.js';
import { datedIssues, type DatedIssue } from '../education/education.rules.js';
import { LIVELIHOOD_FROM_AGE, type LivelihoodInputValue } from './livelihood.schema.js';

export interface LivelihoodIssue {
  path: string;
  code: DatedIssue['code'] | 'livelihood.too_young' | 'livelihood.details_without_answer';
}

/**
 * Checks a livelihood record: its date (not before birth, not in the future), the person of
 * working age on that day (16+, Labour Code), and that a training or group name comes with the
 * answer it describes.
 */
export function livelihoodIssues(
  input: LivelihoodInputValue,
  facts: { birthDate: string; today: string },
): LivelihoodIssue[] {
  const issues: LivelihoodIssue[] = datedIssues(
    [{ path: 'recordedOn', date: input.recordedOn }],
    facts,
  );
  if (issues.length === 0 && yearsBetween(facts.birthDate, input.recordedOn) < LIVELIHOOD_FROM_AGE)
    issues.push({ path: 'recordedOn', code: 'livelihood.too_young' });
  if (input.training === 'none' && input.trainingName !== null)
    issues.push({ path: 'trainingName', code: 'livelihood.details_without_answer' });
  if (!input.selfHelpGroup && input.selfHelpGroupName !== null)
    issues.push({ path: 'selfHelpGroupName', code: 'livelihood.details_without_answer' });
  return issues;
}

/** The current situation: the record with the latest date, the later recorded of a day. */
export function currentLivelihood<T extends { recordedOn: string; createdAt: string }>(
  entries: readonly T[],
): T | null {
  return (
    [...entries].sort(
      (a, b) => b.recordedOn.localeCompare(a.recordedOn) || b.createdAt.localeCompare(a.createdAt),
    )[0] ?? null
  );
}
