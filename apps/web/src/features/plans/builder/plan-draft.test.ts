import { planContentSchema, translatorFor, type Assessment, type Plan } from '@birge/domain';
import { kk } from '@birge/domain/i18n/kk';
import { describe, expect, it } from 'vitest';
import { draftProblems, targetOf } from './draft-problems.js';
import { goalSuggestions, sourceKey } from './goal-suggestions.js';
import { draftContent, draftFromPlan, newAssignment, newGoal, newPlanDraft } from './plan-draft.js';

const t = translatorFor('kk', kk);
const person = '0193a000-0000-7000-8000-000000000001';
const mother = '0193a000-0000-7000-8000-000000000002';
const members = new Set([person, mother]);

function complete() {
  const draft = newPlanDraft(person, '2026-11-25');
  const goal = newGoal(draft, {
    title: 'Дастарқан басында отырады',
    cbrElements: ['health.rehabilitation'],
    levels: { muchLess: 'a', somewhatLess: 'b', expected: 'c', somewhatMore: 'd', muchMore: 'e' },
    responsible: [{ kind: 'household_member', personId: mother }],
  });
  const withGoal = { ...draft, goals: [goal] };
  return { ...withGoal, assignments: [newAssignment(withGoal, 'mobility.sit-to-stand', mother)] };
}

describe('the plan builder’s draft', () => {
  it('is sent as content the plan schema accepts, the activity tied to the only goal', () => {
    const draft = complete();
    const content = draftContent(draft);
    expect(planContentSchema.safeParse(content).success).toBe(true);
    expect(content.assignments[0]).toMatchObject({ goalId: draft.goals[0]?.id, note: null });
    expect(draftProblems(draft, 'active', members, t)).toEqual([]);
  });

  it('comes back from a saved plan as it was written', () => {
    const draft = complete();
    const content = draftContent(draft);
    const plan = {
      ...content,
      id: draft.planId,
      personId: person,
      status: 'draft',
      rev: 3,
      goals: content.goals.map((g) => ({ ...g, weight: g.importance * g.difficulty })),
    } as unknown as Plan;
    const again = draftFromPlan(plan);
    expect(draftContent(again)).toEqual(content);
    expect(again.rev).toBe(3);
  });

  it('lists each problem with the step that fixes it', () => {
    const draft = complete();
    const [goal] = draft.goals;
    if (!goal) throw new Error('fixture');
    const broken = {
      ...draft,
      goals: [{ ...goal, targetDate: '2030-01-01' }],
      assignments: draft.assignments.map((a) => ({
        ...a,
        personId: '0193a000-0000-7000-8000-000000000009',
      })),
    };
    expect(draftProblems(broken, 'active', members, t)).toEqual([
      { message: t('plan.target_outside_period'), target: { step: 'goals', goalId: goal.id } },
      {
        message: t('plan.member_not_in_household'),
        target: { step: 'activities', assignmentId: draft.assignments[0]?.id },
      },
    ]);
    expect(draftProblems({ ...draft, goals: [], assignments: [] }, 'active', members, t)).toEqual([
      { message: t('plan.goals_required'), target: { step: 'goals' } },
    ]);
    // A draft may be saved without goals.
    expect(draftProblems({ ...draft, goals: [], assignments: [] }, 'draft', members, t)).toEqual(
      [],
    );
    expect(targetOf('endsOn', draft)).toEqual({ step: 'period' });
  });
});

describe('goals suggested by assessments', () => {
  const assessment = (instrument: string, scores: Record<string, unknown>) =>
    ({
      id: `0193a000-0000-7000-8000-0000000000${instrument === 'home-environment' ? 'e1' : 'd1'}`,
      personId: person,
      instrument,
      assessedOn: '2026-11-01',
      createdAt: '2026-11-01T10:00:00Z',
      scores,
    }) as unknown as Assessment;

  it('offers the development checklist’s targets and the home checklist’s adaptations', () => {
    const development = assessment('development-0-6', {
      targets: [{ item: 'motor.sits-without-support', area: 'motor' }],
    });
    const home = assessment('home-environment', {
      recommendations: [{ id: 'ramp-at-entrance', section: 'entrance', elements: [] }],
    });
    const suggestions = goalSuggestions([development, home], 'kk', new Set());
    const fromHome = suggestions.find((s) => s.source.itemId === 'ramp-at-entrance');
    expect(fromHome?.source.assessmentId).toBe(home.id);
    expect(fromHome?.title).toBeTruthy();
    expect(fromHome?.elements.length).toBeGreaterThan(0);
    const fromChecklist = suggestions.filter((s) => s.source.assessmentId === development.id);
    expect(fromChecklist).toHaveLength(1);
    expect(fromChecklist[0]?.elements).toContain('health.rehabilitation');
    // A suggestion already used by a goal is not offered again.
    const used = new Set(suggestions.map((s) => sourceKey(s.source)));
    expect(goalSuggestions([development, home], 'kk', used)).toEqual([]);
  });
});
