import { describe, expect, it } from 'vitest';
import { visitIssues, type VisitFacts } from './visit.rules.js';
import { visitInputSchema, type VisitInput } from './visit.schema.js';

const H = '01900000-0000-7000-8000-000000000100';
const child = '01900000-0000-7000-8000-000000000001';
const mother = '01900000-0000-7000-8000-000000000002';
const other = '01900000-0000-7000-8000-000000000009';
const plan = '01900000-0000-7000-8000-0000000000f1';

const facts: VisitFacts = {
  householdMemberIds: new Set([child, mother]),
  planIds: new Set([plan]),
  assessmentIds: new Set(),
  reviewIds: new Set(),
  today: '2026-03-10',
};
const visit = (over: Partial<VisitInput> = {}) =>
  visitInputSchema.parse({
    householdId: H,
    kind: 'home',
    visitedOn: '2026-03-10',
    personIds: [child],
    planId: plan,
    presentMemberIds: [child, mother],
    presentOthers: ['Айгүл Серікқызы, мұғалім'],
    activityIds: ['mobility.sit-to-stand'],
    nextVisitOn: '2026-03-24',
    ...over,
  });
const codes = (v: ReturnType<typeof visit>, f: Partial<VisitFacts> = {}) =>
  visitIssues(v, { ...facts, ...f }).map((i) => `${i.path}: ${i.code}`);

describe('visits', () => {
  it('parses a visit with defaults for what was not done', () => {
    const v = visit();
    expect(v.assessmentIds).toEqual([]);
    expect(v.reviewIds).toEqual([]);
    expect(v.notes).toBeNull();
    expect(codes(v)).toEqual([]);
  });

  it('refuses kinds it does not know and repeated ids', () => {
    expect(visitInputSchema.safeParse({ ...visit(), kind: 'video' }).success).toBe(false);
    const repeated = visitInputSchema.safeParse({ ...visit(), personIds: [child, child] });
    expect(repeated.error?.issues[0]?.message).toBe('list.duplicates');
  });

  it('checks dates: not in the future, the next visit after this one', () => {
    expect(codes(visit({ visitedOn: '2026-03-11', nextVisitOn: null }))).toEqual([
      'visitedOn: visit.date_future',
    ]);
    expect(codes(visit({ nextVisitOn: '2026-03-10' }))).toEqual([
      'nextVisitOn: visit.next_before_visit',
    ]);
  });

  it('names only the household’s members, plans, assessments and reviews', () => {
    expect(
      codes(
        visit({
          personIds: [other],
          presentMemberIds: [mother, other],
          planId: other,
          assessmentIds: [other],
          reviewIds: [other],
        }),
        { activityExists: () => false },
      ),
    ).toEqual([
      'personIds.0: visit.person_not_in_household',
      'presentMemberIds.1: visit.person_not_in_household',
      'assessmentIds.0: visit.assessment_unknown',
      'reviewIds.0: visit.review_unknown',
      'planId: visit.plan_unknown',
      'activityIds.0: visit.activity_unknown',
    ]);
  });
});
