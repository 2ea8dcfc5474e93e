import { planContentSchema, planIssues, type PlanStatus, type Translate } from '@birge/domain';
import { issueToFieldCode } from '../../person-form/issues.js';
import { draftContent, type PlanDraft } from './plan-draft.js';

/** Where the builder sends the worker to fix a problem. */
export type ProblemTarget =
  | { step: 'period' }
  | { step: 'goals'; goalId?: string }
  | { step: 'activities'; assignmentId?: string };

export interface DraftProblem {
  message: string;
  target: ProblemTarget;
}

/** The builder step a field path belongs to (`goals.1.levels.muchLess`, `assignments.0.personId`). */
export function targetOf(path: string, draft: PlanDraft): ProblemTarget {
  const [part, index] = path.split('.');
  const n = Number(index);
  if (part === 'goals')
    return Number.isInteger(n)
      ? { step: 'goals', goalId: draft.goals[n]?.id ?? '' }
      : { step: 'goals' };
  if (part === 'assignments')
    return Number.isInteger(n)
      ? { step: 'activities', assignmentId: draft.assignments[n]?.id ?? '' }
      : { step: 'activities' };
  return { step: 'period' };
}

/**
 * The draft checked as the repository will check it — the plan schema, then the domain's
 * `planIssues` with the household's members — so the review step lists every problem, each with
 * the step that fixes it, before anything is saved.
 */
export function draftProblems(
  draft: PlanDraft,
  status: PlanStatus,
  memberIds: ReadonlySet<string>,
  t: Translate,
): DraftProblem[] {
  const parsed = planContentSchema.safeParse(draftContent(draft));
  if (!parsed.success)
    return parsed.error.issues.map((issue) => {
      const code = issueToFieldCode(issue);
      return { message: t(code.key, code.values), target: targetOf(code.path, draft) };
    });
  return planIssues(parsed.data, status, { householdMemberIds: memberIds }).map((issue) => ({
    message: t(issue.code),
    target: targetOf(issue.path, draft),
  }));
}

/** Problems the repository answered with (localized already), each with its step. */
export function answeredProblems(
  errors: readonly { path: string; message: string }[],
  draft: PlanDraft,
): DraftProblem[] {
  return errors.map((e) => ({ message: e.message, target: targetOf(e.path, draft) }));
}
