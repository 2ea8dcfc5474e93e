import {
  addDays,
  type CbrElementId,
  type Frequency,
  type GasLevelName,
  type GasWeighting,
  type GoalSource,
  type Plan,
  type PlanContent,
  type PlanGoalValue,
  type PlanStatus,
  type Responsible,
} from '@birge/domain';
import { v7 as uuidv7 } from 'uuid';

/**
 * The plan builder's draft: what the worker has written so far, kept in the tab's sessionStorage
 * (decision 0023) and sent whole when saved. Goals and activities get their client ids when they
 * are added, so reviews and practice logs can refer to them offline.
 */

export type LevelTexts = Record<GasLevelName, string>;

export interface GoalDraft {
  id: string;
  title: string;
  cbrElements: CbrElementId[];
  levels: LevelTexts;
  baseline: -1 | -2;
  importance: number;
  difficulty: number;
  targetDate: string;
  responsible: Responsible[];
  source: GoalSource | null;
}

export interface AssignmentDraft {
  id: string;
  activityId: string;
  goalId: string | null;
  personId: string;
  frequency: Frequency;
  startsOn: string;
  endsOn: string;
  note: string;
}

export interface PlanDraft {
  kind: 'plan-draft';
  planId: string;
  personId: string;
  /** The revision being edited; null for a plan not saved yet. */
  rev: number | null;
  status: PlanStatus;
  startsOn: string;
  endsOn: string;
  visitIntervalDays: number;
  reviewIntervalDays: number;
  gasWeighting: GasWeighting;
  note: string;
  goals: GoalDraft[];
  assignments: AssignmentDraft[];
}

/** A plan's first period: six months, the usual span between Portage reviews. */
export const DEFAULT_PLAN_DAYS = 182;

export function newPlanDraft(personId: string, today: string): PlanDraft {
  return {
    kind: 'plan-draft',
    planId: uuidv7(),
    personId,
    rev: null,
    status: 'draft',
    startsOn: today,
    endsOn: addDays(today, DEFAULT_PLAN_DAYS),
    visitIntervalDays: 14,
    reviewIntervalDays: 90,
    gasWeighting: 'importance_difficulty',
    note: '',
    goals: [],
    assignments: [],
  };
}

export const EMPTY_LEVELS: LevelTexts = {
  muchLess: '',
  somewhatLess: '',
  expected: '',
  somewhatMore: '',
  muchMore: '',
};

export function newGoal(draft: PlanDraft, seed: Partial<GoalDraft> = {}): GoalDraft {
  return {
    id: uuidv7(),
    title: '',
    cbrElements: [],
    levels: { ...EMPTY_LEVELS },
    baseline: -1,
    importance: 2,
    difficulty: 2,
    targetDate: draft.endsOn,
    responsible: [],
    source: null,
    ...seed,
  };
}

export function newAssignment(
  draft: PlanDraft,
  activityId: string,
  personId: string,
): AssignmentDraft {
  return {
    id: uuidv7(),
    activityId,
    goalId: draft.goals.length === 1 ? (draft.goals[0]?.id ?? null) : null,
    personId,
    frequency: { times: 1, per: 'day' },
    startsOn: draft.startsOn,
    endsOn: draft.endsOn,
    note: '',
  };
}

/** The draft of an existing plan, to edit it. */
export function draftFromPlan(plan: Plan): PlanDraft {
  return {
    kind: 'plan-draft',
    planId: plan.id,
    personId: plan.personId,
    rev: plan.rev,
    status: plan.status,
    startsOn: plan.startsOn,
    endsOn: plan.endsOn,
    visitIntervalDays: plan.visitIntervalDays,
    reviewIntervalDays: plan.reviewIntervalDays,
    gasWeighting: plan.gasWeighting,
    note: plan.note ?? '',
    goals: plan.goals.map(({ weight: _weight, baseline, ...goal }) => ({
      ...goal,
      baseline: baseline === -2 ? -2 : -1,
    })),
    assignments: plan.assignments.map((a) => ({ ...a, note: a.note ?? '' })),
  };
}

export function goalInput(goal: GoalDraft): PlanGoalValue {
  return { ...goal, title: goal.title.trim() };
}

/** The plan's content as the API takes it (`POST /plans` and `PUT /plans/{id}`, without ids). */
export function draftContent(draft: PlanDraft): PlanContent {
  return {
    startsOn: draft.startsOn,
    endsOn: draft.endsOn,
    goals: draft.goals.map((g) => ({ ...goalInput(g), source: g.source })),
    assignments: draft.assignments.map((a) => ({ ...a, note: a.note.trim() || null })),
    visitIntervalDays: draft.visitIntervalDays,
    reviewIntervalDays: draft.reviewIntervalDays,
    gasWeighting: draft.gasWeighting,
    note: draft.note.trim() || null,
  };
}

export function isPlanDraft(value: unknown): value is PlanDraft {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<PlanDraft>;
  return (
    v.kind === 'plan-draft' &&
    typeof v.planId === 'string' &&
    typeof v.personId === 'string' &&
    Array.isArray(v.goals) &&
    Array.isArray(v.assignments)
  );
}
