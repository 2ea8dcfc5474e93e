import 'fake-indexeddb/auto';
import { planUpdateSchema, tScore } from '@birge/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { isRepositoryError } from '../data/repository-error.js';
import { readRecords, takeBatch } from './local-store.js';
import { createOfflinePlans } from './offline-plans.js';
import {
  TODAY,
  childId,
  closeStore,
  goalA,
  goalB,
  planInput,
  registry,
  setUp,
  strangerId,
} from './plan-test-support.js';

afterEach(closeStore);

const codes = (e: unknown) =>
  isRepositoryError(e) ? e.fieldErrors.map((f) => `${f.path} ${f.code}`) : [String(e)];

async function refusal(attempt: Promise<unknown>): Promise<string[]> {
  try {
    await attempt;
  } catch (error) {
    return codes(error);
  }
  throw new Error('the write was accepted');
}

describe('plans on the device', () => {
  it('writes a plan of two goals and three activities offline and queues it as POST /plans', async () => {
    const { store, ctx, writes } = await setUp();
    const plans = createOfflinePlans(ctx);
    const plan = await plans.createPlan(planInput());
    expect(plan).toMatchObject({
      personId: childId,
      status: 'active',
      activatedOn: TODAY,
      createdBy: 'Жұмысшы',
      rev: 0,
    });
    expect(plan.goals.map((g) => g.weight)).toEqual([6, 2]);
    expect(plan.assignments).toHaveLength(3);
    expect(writes()).toBe(1);
    expect(await plans.listPlans(childId)).toEqual([plan]);

    const sent = (await takeBatch(store, registry, 50)).find((m) => m.wire.entity === 'plan');
    expect(sent?.wire).toMatchObject({ id: plan.id, op: 'upsert', baseRev: null });
    expect(sent?.wire.data).toMatchObject({ personId: childId, status: 'active' });
    expect(sent?.wire.data).not.toHaveProperty('id');
    expect((sent?.wire.data?.goals as unknown[])[0]).not.toHaveProperty('weight');
  });

  it('refuses, storing nothing, what the server would refuse', async () => {
    const { store, ctx } = await setUp();
    const plans = createOfflinePlans(ctx);
    const input = planInput();
    const [first, second] = input.goals ?? [];
    if (!first || !second) throw new Error('fixture');
    const broken = planInput({
      goals: [{ ...first, levels: { ...first.levels, muchMore: ' ' } }, second],
      assignments: [
        { ...(input.assignments ?? [])[0]!, personId: strangerId },
        { ...(input.assignments ?? [])[1]!, activityId: 'feeding.not-a-card' },
      ],
    });
    expect(await refusal(plans.createPlan(broken))).toEqual([
      'goals.0.levels.muchMore plan.goal_levels_required',
    ]);
    const wrongPeople = planInput({ assignments: broken.assignments ?? [] });
    expect(await refusal(plans.createPlan(wrongPeople))).toEqual([
      'assignments.0.personId plan.member_not_in_household',
      'assignments.1.activityId plan.activity_unknown',
    ]);
    expect(await refusal(plans.createPlan(planInput({ goals: [], assignments: [] })))).toEqual([
      'goals plan.goals_required',
    ]);
    expect(await readRecords(store, 'plan')).toEqual([]);
  });

  it('needs the person’s valid consent to registration', async () => {
    const { ctx } = await setUp([]);
    expect(await refusal(createOfflinePlans(ctx).createPlan(planInput()))).toEqual([
      'personId plan.consent_required',
    ]);
  });

  it('folds an edit into the unsent create; a cancellation travels on its own', async () => {
    const { store, ctx } = await setUp();
    const plans = createOfflinePlans(ctx);
    const draft = await plans.createPlan(planInput({ status: 'draft' }));
    expect(draft.activatedOn).toBeNull();
    const { id: _id, personId: _p, status: _s, ...content } = planInput();
    const agreed = await plans.updatePlan(
      draft.id,
      planUpdateSchema.parse({ ...content, note: 'Отбасымен келісілді', status: 'active', rev: 1 }),
    );
    expect(agreed).toMatchObject({ status: 'active', activatedOn: TODAY });
    const cancelled = await plans.changePlanStatus(draft.id, { status: 'cancelled', rev: 1 });
    expect(cancelled).toMatchObject({ status: 'cancelled', closedOn: TODAY });
    await expect(plans.changePlanStatus(draft.id, { status: 'active', rev: 1 })).rejects.toSatisfy(
      (e) => codes(e).join() === 'status plan.closed',
    );

    const batch = (await takeBatch(store, registry, 50)).filter((m) => m.wire.entity === 'plan');
    // One push carries one mutation a record; the cancellation waits for the create's answer.
    expect(batch).toHaveLength(1);
    expect(batch[0]?.wire.data).toMatchObject({
      personId: childId,
      status: 'active',
      note: 'Отбасымен келісілді',
    });
    const queued = await store.db.getAllFromIndex('outbox', 'byRecord', ['plan', draft.id]);
    expect(queued.map((m) => m.create)).toEqual([true, false]);
  });
});

describe('GAS reviews on the device', () => {
  it('scores every goal and gives the T-score the server would store', async () => {
    const { store, ctx } = await setUp();
    const plans = createOfflinePlans(ctx);
    const plan = await plans.createPlan(planInput());
    const review = await plans.createReview({
      planId: plan.id,
      reviewedOn: TODAY,
      levels: [
        { goalId: goalA, level: 0 },
        { goalId: goalB, level: 1, note: 'Суретпен таңдайды' },
      ],
    });
    expect(review).toMatchObject({ rho: 0.3, gasWeighting: 'importance_difficulty', planRev: 0 });
    expect(review.goals.map((g) => [g.level, g.weight])).toEqual([
      [0, 6],
      [1, 2],
    ]);
    expect(review.tScore).toBeCloseTo(
      tScore([
        { level: 0, weight: 6 },
        { level: 1, weight: 2 },
      ])!,
      10,
    );
    expect(review.tScore).toBeGreaterThan(50);
    expect(await plans.listReviews(plan.id)).toEqual([review]);
    const sent = (await takeBatch(store, registry, 50)).find(
      (m) => m.wire.entity === 'plan_review',
    );
    expect(sent?.wire.data).toEqual({
      planId: plan.id,
      reviewedOn: TODAY,
      levels: [
        { goalId: goalA, level: 0, note: null },
        { goalId: goalB, level: 1, note: 'Суретпен таңдайды' },
      ],
      rho: 0.3,
      note: null,
    });
  });

  it('refuses a review that leaves a goal out, and keeps a reviewed goal’s levels', async () => {
    const { ctx } = await setUp();
    const plans = createOfflinePlans(ctx);
    const plan = await plans.createPlan(planInput());
    const oneGoal = { planId: plan.id, reviewedOn: TODAY, levels: [{ goalId: goalA, level: 1 }] };
    expect(await refusal(plans.createReview(oneGoal))).toEqual(['levels review.goal_missing']);
    expect(
      await refusal(plans.createReview({ ...oneGoal, levels: [{ goalId: goalA, level: 3 }] })),
    ).toEqual(['levels.0.level gas.level_out_of_range']);
    await plans.createReview({
      ...oneGoal,
      levels: [
        { goalId: goalA, level: -1 },
        { goalId: goalB, level: -1 },
      ],
    });
    const { id: _i, personId: _p, status: _s, ...content } = planInput();
    const [first, second] = content.goals ?? [];
    if (!first || !second) throw new Error('fixture');
    const edited = planUpdateSchema.parse({
      ...content,
      goals: [{ ...first, levels: { ...first.levels, expected: 'басқа' } }, second],
      rev: 1,
    });
    expect(await refusal(plans.updatePlan(plan.id, edited))).toEqual([
      'goals.0.levels plan.goal_reviewed_locked',
    ]);
  });
});
