import type { ActivityAssignment } from './assignment.schema.js';
import type { PlanStatus } from './plan.schema.js';

export interface PracticeIssue {
  path: string;
  code:
    | 'practice.activity_not_in_plan'
    | 'practice.plan_not_active'
    | 'practice.date_future'
    | 'practice.date_outside_assignment';
}

/**
 * Checks a practice log against its plan: the assignment is in the plan's home programme, the
 * plan is active, the day is not in the future and inside the assignment's dates. Whose
 * household the plan is (a family logs only for its own) is the access layer's concern.
 */
export function practiceIssues(
  input: { assignmentId: string; date: string },
  plan: { status: PlanStatus; assignments: readonly ActivityAssignment[] },
  today: string,
): PracticeIssue[] {
  const issues: PracticeIssue[] = [];
  if (plan.status !== 'active') issues.push({ path: 'planId', code: 'practice.plan_not_active' });
  const assignment = plan.assignments.find((a) => a.id === input.assignmentId);
  if (!assignment) issues.push({ path: 'assignmentId', code: 'practice.activity_not_in_plan' });
  if (input.date > today) issues.push({ path: 'date', code: 'practice.date_future' });
  else if (assignment && (input.date < assignment.startsOn || input.date > assignment.endsOn))
    issues.push({ path: 'date', code: 'practice.date_outside_assignment' });
  return issues;
}
