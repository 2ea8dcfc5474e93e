import type { VisitContent } from './visit.schema.js';

export interface VisitIssue {
  path: string;
  code:
    | 'visit.date_future'
    | 'visit.next_before_visit'
    | 'visit.person_not_in_household'
    | 'visit.plan_unknown'
    | 'visit.assessment_unknown'
    | 'visit.review_unknown'
    | 'visit.activity_unknown';
}

export interface VisitFacts {
  householdMemberIds: ReadonlySet<string>;
  /** Plans, assessments and reviews of the household's members. */
  planIds: ReadonlySet<string>;
  assessmentIds: ReadonlySet<string>;
  reviewIds: ReadonlySet<string>;
  /** True when the activity library holds the card; omit to check only the id's form. */
  activityExists?: (activityId: string) => boolean;
  today: string;
}

/** Checks a visit record: its dates, and that everything it names belongs to the household. */
export function visitIssues(visit: VisitContent, facts: VisitFacts): VisitIssue[] {
  const issues: VisitIssue[] = [];
  if (visit.visitedOn > facts.today) issues.push({ path: 'visitedOn', code: 'visit.date_future' });
  if (visit.nextVisitOn !== null && visit.nextVisitOn <= visit.visitedOn)
    issues.push({ path: 'nextVisitOn', code: 'visit.next_before_visit' });
  const check = (
    field: 'personIds' | 'presentMemberIds' | 'assessmentIds' | 'reviewIds',
    known: ReadonlySet<string>,
    code: VisitIssue['code'],
  ) =>
    visit[field].forEach((id, i) => {
      if (!known.has(id)) issues.push({ path: `${field}.${i}`, code });
    });
  check('personIds', facts.householdMemberIds, 'visit.person_not_in_household');
  check('presentMemberIds', facts.householdMemberIds, 'visit.person_not_in_household');
  check('assessmentIds', facts.assessmentIds, 'visit.assessment_unknown');
  check('reviewIds', facts.reviewIds, 'visit.review_unknown');
  if (visit.planId !== null && !facts.planIds.has(visit.planId))
    issues.push({ path: 'planId', code: 'visit.plan_unknown' });
  const { activityExists } = facts;
  if (activityExists)
    visit.activityIds.forEach((id, i) => {
      if (!activityExists(id))
        issues.push({ path: `activityIds.${i}`, code: 'visit.activity_unknown' });
    });
  return issues;
}
