import {
  canLogPractice,
  canReadPlans,
  canReadVisits,
  canWritePlans,
  canWriteVisits,
  ROLES,
  type Actor,
  type Plan,
  type PlanPage,
  type Role,
  type Visit,
  type VisitPage,
} from '@birge/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLACES } from '../../test/factories.js';
import { createTestApp, engines, type TestApp, type TestUser } from '../../test/harness.js';
import { createPlan, goalInput, planHousehold } from './plans.test-support.js';

const SCOPES: Record<Role, string[]> = {
  admin: [],
  worker: [PLACES.talgarDistrict],
  supervisor: [PLACES.talgarDistrict],
  manager: [PLACES.almatyRegion],
  provider: [],
  family: [],
  committee: [PLACES.talgarDistrict],
  analyst: [PLACES.almatyRegion],
};
const TURKISTAN = '611010000';

type Where = 'inside' | 'outside';
interface Fixture {
  householdId: string;
  personId: string;
  motherId: string;
  plan: Plan;
  visitId: string;
}

/**
 * Every role × plan, review, practice and visit endpoint × a record inside and outside the user's
 * place, expected from the access policy ("inside" is also the family user's own household).
 */
describe.each(engines())('who may do what with plans and visits, on %s', (engine) => {
  let t: TestApp;
  const users = new Map<Role, TestUser>();
  const records = {} as Record<Where, Fixture>;

  beforeAll(async () => {
    t = await createTestApp(engine);
    for (const where of ['inside', 'outside'] as const) {
      const writer = await t.user(`writer-${where}`, 'worker', [
        where === 'inside' ? PLACES.talgarDistrict : PLACES.turkistanRegion,
      ]);
      const { householdId, child, mother } = await planHousehold(
        t,
        writer,
        where === 'inside' ? PLACES.talgarTown : TURKISTAN,
      );
      const plan = await createPlan(t, writer, child, mother);
      const visit = await t.created<Visit>(writer, '/api/v1/visits', {
        householdId,
        kind: 'home',
        visitedOn: '2026-11-10',
        personIds: [child.id],
      });
      records[where] = {
        householdId,
        personId: child.id,
        motherId: mother.id,
        plan,
        visitId: visit.id,
      };
    }
    for (const role of ROLES)
      users.set(
        role,
        await t.user(
          `u-${role}`,
          role,
          SCOPES[role],
          role === 'family' ? { householdId: records.inside.householdId } : {},
        ),
      );
  });
  afterAll(() => t.close());

  const actor = (role: Role): Actor => ({
    userId: 'x',
    role,
    scopes: SCOPES[role],
    householdId: role === 'family' ? 'h' : null,
    organizationId: null,
  });
  const cases = ROLES.flatMap((role) =>
    (['inside', 'outside'] as const).map((where) => ({ role, where })),
  );

  it.each(cases)('$role, $where', async ({ role, where }) => {
    const user = users.get(role);
    if (!user) throw new Error(role);
    const r = records[where];
    const a = actor(role);
    const request = (method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) =>
      t.request(user, { method, url, ...(payload ? { payload } : {}) });
    const seesPlans = canReadPlans(a) && where === 'inside';
    const seesVisits = canReadVisits(a) && where === 'inside';
    const writeStatus = (allowed: boolean) => (!allowed ? 403 : where === 'inside' ? 201 : 404);

    // Plans
    expect((await request('GET', `/api/v1/plans/${r.plan.id}`)).statusCode).toBe(
      seesPlans ? 200 : 404,
    );
    expect((await request('GET', `/api/v1/plans/${r.plan.id}/history`)).statusCode).toBe(
      seesPlans ? 200 : 404,
    );
    expect((await request('GET', `/api/v1/plans/${r.plan.id}/reviews`)).statusCode).toBe(
      seesPlans ? 200 : 404,
    );
    const plans = await request('GET', `/api/v1/plans?personId=${r.personId}`);
    expect(plans.statusCode).toBe(canReadPlans(a) ? 200 : 403);
    const listed = canReadPlans(a) ? plans.json<PlanPage>().items.map((p) => p.id) : [];
    if (seesPlans) expect(listed).toContain(r.plan.id);
    else expect(listed).toEqual([]);
    const created = await request('POST', '/api/v1/plans', {
      personId: r.personId,
      startsOn: '2026-09-01',
      endsOn: '2027-02-28',
      goals: [goalInput()],
    });
    expect(created.statusCode).toBe(writeStatus(canWritePlans(a)));
    const review = await request('POST', `/api/v1/plans/${r.plan.id}/reviews`, {
      reviewedOn: '2026-11-10',
      levels: r.plan.goals.map((g) => ({ goalId: g.id, level: 0 })),
    });
    expect(review.statusCode).toBe(writeStatus(canWritePlans(a)));

    // Practice
    const logged = await request('POST', '/api/v1/practice-logs', {
      planId: r.plan.id,
      assignmentId: r.plan.assignments[0]?.id,
      date: '2026-11-10',
      result: 'done',
    });
    expect(logged.statusCode).toBe(writeStatus(canLogPractice(a)));
    expect((await request('GET', `/api/v1/practice-logs?planId=${r.plan.id}`)).statusCode).toBe(
      !canReadPlans(a) ? 403 : seesPlans ? 200 : 404,
    );

    // Visits
    expect((await request('GET', `/api/v1/visits/${r.visitId}`)).statusCode).toBe(
      seesVisits ? 200 : 404,
    );
    const visits = await request('GET', `/api/v1/visits?householdId=${r.householdId}`);
    expect(visits.statusCode).toBe(canReadVisits(a) ? 200 : 403);
    const seen = canReadVisits(a) ? visits.json<VisitPage>().items.map((v) => v.id) : [];
    if (seesVisits) expect(seen).toContain(r.visitId);
    else expect(seen).toEqual([]);
    const visit = await request('POST', '/api/v1/visits', {
      householdId: r.householdId,
      kind: 'phone',
      visitedOn: '2026-11-11',
    });
    expect(visit.statusCode).toBe(writeStatus(canWriteVisits(a)));
  });

  it('the policy gives the family practice logging only, and nothing to provider, committee, analyst, admin', () => {
    const writes = (role: Role) =>
      [canWritePlans, canLogPractice, canWriteVisits].map((f) => f(actor(role)));
    expect(writes('family')).toEqual([false, true, false]);
    expect(writes('worker')).toEqual([true, true, true]);
    expect(writes('manager')).toEqual([false, false, false]);
    for (const role of ['provider', 'committee', 'analyst', 'admin'] as const) {
      expect(canReadPlans(actor(role))).toBe(false);
      expect(canReadVisits(actor(role))).toBe(false);
    }
  });
});
