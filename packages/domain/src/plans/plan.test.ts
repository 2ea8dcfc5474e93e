import { describe, expect, it } from 'vitest';
import { planInputSchema, planUpdateSchema, type PlanInput } from './plan.schema.js';
import { canChangePlanStatus, planIssues, statusIssues } from './plan.rules.js';

const child = '01900000-0000-7000-8000-000000000001';
const mother = '01900000-0000-7000-8000-000000000002';
const stranger = '01900000-0000-7000-8000-000000000009';
const goalA = '01900000-0000-7000-8000-00000000000a';
const goalB = '01900000-0000-7000-8000-00000000000b';
const members = new Set([child, mother]);

const levels = {
  muchLess: 'Сидит только с поддержкой взрослого',
  somewhatLess: 'Сидит с подушками 2 минуты',
  expected: 'Сидит с подушками 5 минут за едой',
  somewhatMore: 'Сидит с подушками 10 минут',
  muchMore: 'Сидит без подушек 10 минут',
};

function input(overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    personId: child,
    startsOn: '2026-02-01',
    endsOn: '2026-07-31',
    status: 'active',
    goals: [
      {
        id: goalA,
        title: 'Сидит за столом во время еды',
        cbrElements: ['health.rehabilitation'],
        levels,
        importance: 3,
        difficulty: 2,
        targetDate: '2026-07-31',
        responsible: [{ kind: 'household_member', personId: mother }, { kind: 'worker' }],
      },
    ],
    assignments: [
      {
        id: '01900000-0000-7000-8000-0000000000a1',
        activityId: 'positioning.supported-sitting',
        goalId: goalA,
        personId: mother,
        frequency: { times: 2, per: 'day' },
        startsOn: '2026-02-01',
        endsOn: '2026-07-31',
      },
    ],
    ...overrides,
  };
}

const parse = (value: unknown) => planInputSchema.safeParse(value);
const messages = (value: unknown) =>
  parse(value).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('plan input', () => {
  it('parses a plan with defaults: baseline −1, draft, visit every 14 days, review every 90', () => {
    const plan = planInputSchema.parse(input({ status: undefined }));
    expect(plan.status).toBe('draft');
    expect(plan.goals[0]!.baseline).toBe(-1);
    expect(plan.goals[0]!.source).toBeNull();
    expect(plan.visitIntervalDays).toBe(14);
    expect(plan.reviewIntervalDays).toBe(90);
    expect(plan.gasWeighting).toBe('importance_difficulty');
    expect(plan.assignments[0]!.goalId).toBe(goalA);
  });

  it('needs all five level descriptions, non-empty', () => {
    const goal = input().goals![0]!;
    const withoutExpected = { ...levels, expected: undefined };
    expect(messages(input({ goals: [{ ...goal, levels: withoutExpected as never }] }))).toEqual([
      'goals.0.levels.expected: plan.goal_levels_required',
    ]);
    expect(
      messages(input({ goals: [{ ...goal, levels: { ...levels, muchMore: '  ' } }] })),
    ).toEqual(['goals.0.levels.muchMore: plan.goal_levels_required']);
    expect(messages(input({ goals: [{ ...goal, levels: undefined as never }] }))).toEqual([
      'goals.0.levels: plan.goal_levels_required',
    ]);
  });

  it('keeps importance and difficulty within 0–3 and the baseline at −1 or −2', () => {
    const goal = input().goals![0]!;
    expect(messages(input({ goals: [{ ...goal, importance: 4 }] }))).toEqual([
      'goals.0.importance: plan.weight_out_of_range',
    ]);
    expect(messages(input({ goals: [{ ...goal, difficulty: -1 }] }))).toEqual([
      'goals.0.difficulty: plan.weight_out_of_range',
    ]);
    expect(messages(input({ goals: [{ ...goal, difficulty: 1.5 }] }))).toEqual([
      'goals.0.difficulty: plan.weight_out_of_range',
    ]);
    expect(messages(input({ goals: [{ ...goal, baseline: 0 as never }] }))).toEqual([
      'goals.0.baseline: plan.baseline_out_of_range',
    ]);
    expect(parse(input({ goals: [{ ...goal, baseline: -2 }] })).success).toBe(true);
  });

  it('needs at least one known CBR element per goal', () => {
    const goal = input().goals![0]!;
    expect(messages(input({ goals: [{ ...goal, cbrElements: [] }] }))).toEqual([
      'goals.0.cbrElements: plan.cbr_element_required',
    ]);
    expect(
      messages(input({ goals: [{ ...goal, cbrElements: ['health.magic' as never] }] })),
    ).toEqual(['goals.0.cbrElements.0: plan.cbr_element_unknown']);
  });

  it('takes a goal made from an assessment result', () => {
    const goal = input().goals![0]!;
    const source = { assessmentId: stranger, itemId: 'motor.sits-unsupported' };
    const plan = planInputSchema.parse(input({ goals: [{ ...goal, source }] }));
    expect(plan.goals[0]!.source).toEqual(source);
  });

  it('checks activity ids and frequencies', () => {
    const a = input().assignments![0]!;
    expect(messages(input({ assignments: [{ ...a, activityId: 'Sit To Stand' }] }))).toEqual([
      'assignments.0.activityId: plan.activity_id_format',
    ]);
    expect(
      messages(input({ assignments: [{ ...a, frequency: { times: 0, per: 'day' } }] })),
    ).toEqual(['assignments.0.frequency.times: plan.frequency_out_of_range']);
  });

  it('updates carry the revision; status is optional', () => {
    const { personId: _p, status: _s, ...content } = input();
    expect(planUpdateSchema.safeParse({ ...content, rev: 2 }).success).toBe(true);
    expect(planUpdateSchema.safeParse(content).success).toBe(false);
  });
});

describe('plan rules', () => {
  const issues = (overrides: Partial<PlanInput> = {}, facts = {}) => {
    const plan = planInputSchema.parse(input(overrides));
    return planIssues(plan, plan.status, { householdMemberIds: members, ...facts }).map(
      (i) => `${i.path}: ${i.code}`,
    );
  };

  it('accepts a consistent plan', () => {
    expect(issues()).toEqual([]);
  });

  it('keeps target dates and assignments inside the period', () => {
    const goal = input().goals![0]!;
    const a = input().assignments![0]!;
    expect(issues({ goals: [{ ...goal, targetDate: '2026-08-01' }] })).toEqual([
      'goals.0.targetDate: plan.target_outside_period',
    ]);
    expect(issues({ assignments: [{ ...a, startsOn: '2026-01-31' }] })).toEqual([
      'assignments.0.startsOn: plan.assignment_outside_period',
    ]);
    expect(
      issues({ assignments: [{ ...a, endsOn: '2026-01-31', startsOn: '2026-02-02' }] }),
    ).toEqual(['assignments.0.endsOn: plan.assignment_end_before_start']);
    expect(issues({ endsOn: '2026-01-01' })).toContain('endsOn: plan.period_end_before_start');
    expect(issues({ endsOn: '2028-03-01' })).toContain('endsOn: plan.period_too_long');
  });

  it('needs goals, and a weight above 0, to be active; a draft may be empty', () => {
    expect(issues({ goals: [], assignments: [] })).toEqual(['goals: plan.goals_required']);
    expect(issues({ goals: [], assignments: [], status: 'draft' })).toEqual([]);
    const goal = input().goals![0]!;
    expect(issues({ goals: [{ ...goal, importance: 0 }] })).toEqual([
      'goals: plan.weights_all_zero',
    ]);
    expect(issues({ goals: [{ ...goal, importance: 0 }], gasWeighting: 'equal' })).toEqual([]);
  });

  it('names only members of the household and goals of the plan', () => {
    const goal = input().goals![0]!;
    const a = input().assignments![0]!;
    expect(
      issues({
        goals: [{ ...goal, responsible: [{ kind: 'household_member', personId: stranger }] }],
        assignments: [{ ...a, personId: stranger, goalId: goalB }],
      }),
    ).toEqual([
      'goals.0.responsible.0.personId: plan.member_not_in_household',
      'assignments.0.goalId: plan.assignment_goal_unknown',
      'assignments.0.personId: plan.member_not_in_household',
    ]);
  });

  it('refuses repeated ids, unknown activities and unknown source assessments', () => {
    const goal = input().goals![0]!;
    const a = input().assignments![0]!;
    expect(
      issues(
        {
          goals: [goal, { ...goal, source: { assessmentId: stranger, itemId: null } }],
          assignments: [a, a],
        },
        { activityExists: () => false, assessmentExists: () => false },
      ),
    ).toEqual([
      'goals.1.id: plan.goal_id_repeated',
      'goals.1.source.assessmentId: plan.source_unknown',
      'assignments.0.activityId: plan.activity_unknown',
      'assignments.1.id: plan.assignment_id_repeated',
      'assignments.1.activityId: plan.activity_unknown',
    ]);
  });

  it('fixes the levels of a reviewed goal and keeps it in the plan', () => {
    const before = planInputSchema.parse(input()).goals;
    const reviewed = new Set([goalA]);
    const goal = input().goals![0]!;
    const facts = { previousGoals: before, reviewedGoalIds: reviewed };
    expect(issues({ goals: [{ ...goal, title: 'Сидит за столом' }] }, facts)).toEqual([]);
    expect(issues({ goals: [{ ...goal, importance: 2 }] }, facts)).toEqual([]);
    expect(issues({ goals: [{ ...goal, levels: { ...levels, expected: 'x' } }] }, facts)).toEqual([
      'goals.0.levels: plan.goal_reviewed_locked',
    ]);
    expect(issues({ goals: [{ ...goal, baseline: -2 }] }, facts)).toEqual([
      'goals.0.levels: plan.goal_reviewed_locked',
    ]);
    const other = { ...goal, id: goalB };
    expect(issues({ goals: [other], assignments: [] }, facts)).toEqual([
      'goals: plan.goal_reviewed_removed',
    ]);
    // A goal never reviewed may change or go.
    expect(issues({ goals: [other], assignments: [] }, { previousGoals: before })).toEqual([]);
  });

  it('moves a plan draft → active → completed or cancelled, never back', () => {
    expect(canChangePlanStatus('draft', 'active')).toBe(true);
    expect(canChangePlanStatus('draft', 'cancelled')).toBe(true);
    expect(canChangePlanStatus('active', 'completed')).toBe(true);
    expect(canChangePlanStatus('active', 'active')).toBe(true);
    expect(canChangePlanStatus('draft', 'completed')).toBe(false);
    expect(canChangePlanStatus('active', 'draft')).toBe(false);
    expect(statusIssues('completed', 'active')).toEqual([{ path: 'status', code: 'plan.closed' }]);
    expect(statusIssues('draft', 'completed')).toEqual([
      { path: 'status', code: 'plan.status_change' },
    ]);
  });
});
