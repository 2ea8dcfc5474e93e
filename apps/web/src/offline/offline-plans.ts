import {
  evaluateReview,
  goalWeight,
  isPlanClosed,
  planInputSchema,
  planIssues,
  planReviewInputSchema,
  planUpdateSchema,
  statusIssues,
  todayIso,
  type Assessment,
  type Plan,
  type PlanContent,
  type PlanGoalValue,
  type PlanReview,
  type PlanStatus,
} from '@birge/domain';
import { v7 as uuidv7 } from 'uuid';
import type { PlanOperations, ReviewOperations } from '../data/repository.js';
import { RepositoryError } from '../data/repository-error.js';
import { invalid, parseWith } from './offline-errors.js';
import {
  PLAN_ENTITY,
  householdList,
  householdMemberIds,
  readPerson,
  readPlan,
  requireConsent,
  savePlanWrite,
  type PlanContext,
} from './plan-records.js';
import { personName } from './registry-views.js';

/** A person's plans as the server lists them: newest period first, then newest written. */
export function byNewestPeriod(a: Plan, b: Plan): number {
  return b.startsOn.localeCompare(a.startsOn) || b.createdAt.localeCompare(a.createdAt);
}

/** Reviews oldest first, as the trend reads them. */
export function byReviewDay(a: PlanReview, b: PlanReview): number {
  return a.reviewedOn.localeCompare(b.reviewedOn) || a.createdAt.localeCompare(b.createdAt);
}

const storedGoals = (goals: readonly PlanGoalValue[]) =>
  goals.map((g) => ({ ...g, weight: goalWeight(g.importance, g.difficulty) }));

const updateFields = planUpdateSchema.omit({ rev: true });

/**
 * Plans and their GAS reviews answered from the device store. Writes are checked with the
 * domain's `planIssues`, `statusIssues` and `evaluateReview` — the server's rules — against the
 * household's members, the person's assessments, the activity library and the reviews on the
 * device; the T-score is computed here, offline, with the same function the server uses.
 */
export function createOfflinePlans(ctx: PlanContext): PlanOperations & ReviewOperations {
  const { store, registry, t } = ctx;
  const today = ctx.today ?? (() => todayIso());
  const now = () => new Date().toISOString();

  async function reviewsOf(plan: Plan) {
    const all = await householdList<PlanReview>(store, PLAN_ENTITY.review, plan.householdId);
    return all.filter((r) => r.planId === plan.id).sort(byReviewDay);
  }

  async function check(
    plan: Pick<Plan, 'id' | 'personId'>,
    content: PlanContent,
    status: PlanStatus,
    previous?: Plan,
  ) {
    const person = await readPerson(store, t, plan.personId);
    requireConsent(t, person, today(), 'personId');
    const [members, activities, assessments] = await Promise.all([
      householdMemberIds(store, person.householdId),
      ctx.activityIds(),
      householdList<Assessment>(store, 'assessment', person.householdId),
    ]);
    const own = new Set(assessments.filter((a) => a.personId === person.id).map((a) => a.id));
    const reviewed = previous
      ? new Set((await reviewsOf(previous)).flatMap((r) => r.goals.map((g) => g.goalId)))
      : undefined;
    const issues = planIssues(content, status, {
      householdMemberIds: members,
      ...(activities ? { activityExists: (id: string) => activities.has(id) } : {}),
      assessmentExists: (id) => own.has(id),
      ...(previous && reviewed ? { previousGoals: previous.goals, reviewedGoalIds: reviewed } : {}),
    });
    if (issues.length) throw invalid(t, issues);
    return person;
  }

  async function save(plan: Plan, create: boolean, data: Record<string, unknown>, label: string) {
    await savePlanWrite(
      store,
      registry,
      {
        entity: PLAN_ENTITY.plan,
        id: plan.id,
        householdId: plan.householdId,
        view: plan,
        data,
        create,
        label,
      },
      ctx.onWrite,
    );
    return (await readPlan(store, t, plan.id)).plan;
  }

  async function update(id: string, fields: unknown): Promise<Plan> {
    const { plan: before } = await readPlan(store, t, id);
    const { status: wanted, ...content } = parseWith(t, updateFields, fields);
    const status = wanted ?? before.status;
    if (isPlanClosed(before.status)) throw invalid(t, [{ path: 'status', code: 'plan.closed' }]);
    const moved = statusIssues(before.status, status);
    if (moved.length) throw invalid(t, moved);
    const person = await check(before, content, status, before);
    const day = today();
    const next: Plan = {
      ...before,
      ...content,
      goals: storedGoals(content.goals),
      status,
      activatedOn: before.activatedOn ?? (status === 'active' ? day : null),
      closedOn: before.closedOn ?? (isPlanClosed(status) ? day : null),
      updatedAt: now(),
    };
    // An edit travels as `PUT /plans/{id}` fields; folded into the create while that is unsent.
    return save(next, false, { ...content, status }, personName(person));
  }

  return {
    async listPlans(personId) {
      const person = await readPerson(store, t, personId);
      const plans = await householdList<Plan>(store, PLAN_ENTITY.plan, person.householdId);
      return plans.filter((p) => p.personId === personId).sort(byNewestPeriod);
    },

    getPlan: async (id) => (await readPlan(store, t, id)).plan,

    async createPlan(input) {
      const parsed = parseWith(t, planInputSchema, input);
      const { id: given, personId, status, ...content } = parsed;
      const id = given ?? uuidv7();
      const person = await check({ id, personId }, content, status);
      const at = now();
      const plan: Plan = {
        id,
        personId,
        householdId: person.householdId,
        status,
        ...content,
        goals: storedGoals(content.goals),
        activatedOn: status === 'active' ? today() : null,
        closedOn: null,
        createdBy: ctx.author(),
        rev: 0,
        createdAt: at,
        updatedAt: at,
      };
      return save(plan, true, { personId, status, ...content }, personName(person));
    },

    updatePlan: (id, { rev: _rev, ...fields }) => update(id, fields),

    async changePlanStatus(id, { status }) {
      const { plan } = await readPlan(store, t, id);
      const { goals, assignments, startsOn, endsOn, visitIntervalDays, reviewIntervalDays } = plan;
      return update(id, {
        startsOn,
        endsOn,
        goals: goals.map(({ weight: _w, ...g }) => g),
        assignments,
        visitIntervalDays,
        reviewIntervalDays,
        gasWeighting: plan.gasWeighting,
        note: plan.note,
        status,
      });
    },

    planHistory() {
      // Versions are kept by the server only: the device holds the latest.
      return Promise.reject(RepositoryError.network());
    },

    async listReviews(planId) {
      const { plan } = await readPlan(store, t, planId);
      return reviewsOf(plan);
    },

    async createReview(input) {
      const parsed = parseWith(t, planReviewInputSchema, input);
      const { record, plan } = await readPlan(store, t, parsed.planId);
      const person = await readPerson(store, t, plan.personId);
      requireConsent(t, person, today(), 'planId');
      const result = evaluateReview(parsed, plan, today());
      if (!result.ok) throw invalid(t, result.issues);
      const id = parsed.id ?? uuidv7();
      const at = now();
      const review: PlanReview = {
        id,
        planId: plan.id,
        personId: plan.personId,
        householdId: plan.householdId,
        reviewedOn: parsed.reviewedOn,
        planRev: record.rev ?? 0,
        goals: result.value.goals,
        gasWeighting: plan.gasWeighting,
        rho: parsed.rho,
        tScore: result.value.tScore,
        note: parsed.note,
        reviewedBy: ctx.author(),
        rev: 0,
        createdAt: at,
        updatedAt: at,
      };
      const { id: _id, ...data } = parsed;
      await savePlanWrite(
        store,
        registry,
        {
          entity: PLAN_ENTITY.review,
          id,
          householdId: plan.householdId,
          view: review,
          data,
          create: true,
          label: `${personName(person)} · ${parsed.reviewedOn}`,
        },
        ctx.onWrite,
      );
      return review;
    },
  };
}
