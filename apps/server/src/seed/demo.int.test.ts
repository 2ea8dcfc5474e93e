import {
  addDays,
  instrumentById,
  scoreAnswers,
  todayIso,
  tScore,
  type Answers,
} from '@birge/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness.js';
import { DEMO_ASSESSMENTS } from './demo-assessments.js';
import { seedDemo } from './demo.js';
import { TALGAR_DISTRICT } from './demo-data.js';
import { DEMO_ORGANIZATIONS, TALGAR_TOWN } from './demo-organizations.js';

/** The demo data loads, and its assessments carry the scores the instruments give. */
describe('demo seed', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp('pglite');
    await seedDemo(t.database.db, t.app.services);
  });
  afterAll(() => t.close());

  it('records the demo assessments through the service, scored by the engine', async () => {
    const rows = await t.database.db
      .selectFrom('assessments')
      .select(['instrument', 'assessed_on', 'answers', 'scores', 'status', 'positive'])
      .orderBy('created_at')
      .execute();
    const registered = DEMO_ASSESSMENTS.filter((a) => instrumentById(a.instrument));
    expect(rows).toHaveLength(registered.length);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const row of rows) {
      const definition = instrumentById(row.instrument);
      if (!definition) throw new Error(row.instrument);
      expect(row.scores).toEqual(
        JSON.parse(JSON.stringify(scoreAnswers(definition, row.answers as Answers))),
      );
    }
    // Murat's first WG-SS screens positive; Gulnar's (reading glasses only) does not.
    expect(rows[0]).toMatchObject({ instrument: 'wg-ss', status: 'complete', positive: true });
    expect(rows.find((r) => r.instrument === 'wg-ss' && r.positive === false)).toBeDefined();
  });

  it('gives Nursultan an active plan with two goals, three activities, a review, practice and visits', async () => {
    const db = t.database.db;
    const plans = await db.selectFrom('plans').selectAll().execute();
    expect(plans).toHaveLength(1);
    const [plan] = plans;
    expect(plan).toMatchObject({ status: 'active', rev: 1 });
    expect(plan?.goals.map((g) => g.weight)).toEqual([6, 4]);
    expect(plan?.assignments).toHaveLength(3);
    const family = await db
      .selectFrom('users')
      .select(['household_id'])
      .where('username', '=', 'family')
      .executeTakeFirstOrThrow();
    expect(plan?.household_id).toBe(family.household_id);
    const [review] = await db.selectFrom('plan_reviews').selectAll().execute();
    expect(review?.t_score).toBe(tScore(review?.goals ?? [], 0.3));
    // Goals weighted 6 and 4 at 0 and −1: 50 − 40/√(0.7·52 + 0.3·100)
    expect(review?.t_score).toBeCloseTo(50 - 40 / Math.sqrt(66.4), 10);
    const logs = await db.selectFrom('practice_logs').select(['logged_by_role']).execute();
    expect(logs.length).toBeGreaterThanOrEqual(10);
    expect(new Set(logs.map((l) => l.logged_by_role))).toEqual(new Set(['family']));
    const visits = await db.selectFrom('visits').select(['kind']).orderBy('visited_on').execute();
    expect(visits.map((v) => v.kind)).toEqual(['home', 'phone']);
  });

  it('lists organizations of every kind in real places, and the provider works at the Talgar ПМПК', async () => {
    const db = t.database.db;
    const rows = await db
      .selectFrom('organizations as o')
      .innerJoin('places as p', 'p.code', 'o.place_code')
      .select(['o.id', 'o.type', 'o.place_code', 'o.name'])
      .execute();
    expect(rows).toHaveLength(DEMO_ORGANIZATIONS.length);
    expect(new Set(rows.map((r) => r.type))).toEqual(
      new Set([
        'polyclinic',
        'rehabilitation_centre',
        'pmpk',
        'kppk',
        'kindergarten',
        'school',
        'college',
        'employment_centre',
        'social_protection',
        'ngo',
        'dpo',
      ]),
    );
    expect(rows.every((r) => /^19(62|52)/.test(r.place_code))).toBe(true);
    const provider = await db
      .selectFrom('users')
      .select(['organization_id', 'display_name'])
      .where('username', '=', 'provider')
      .executeTakeFirstOrThrow();
    const pmpk = rows.find((r) => r.id === provider.organization_id);
    expect(pmpk).toMatchObject({ type: 'pmpk', place_code: TALGAR_TOWN, name: 'Талғар ПМПК' });
    expect(provider.display_name).toContain('Талғар ПМПК');
  });

  it('refers three Talgar children to demo services, one overdue in the provider’s inbox', async () => {
    const db = t.database.db;
    const rows = await db
      .selectFrom('referrals as r')
      .innerJoin('organizations as o', 'o.id', 'r.organization_id')
      .select(['r.status', 'r.appointment_on', 'o.type', 'r.household_id', 'r.organization_id'])
      .orderBy('r.sent_on')
      .execute();
    expect(rows.map((r) => [r.type, r.status])).toEqual([
      ['kppk', 'completed'],
      ['pmpk', 'sent'],
      ['rehabilitation_centre', 'scheduled'],
    ]);
    expect(rows[2]?.appointment_on).toBe(addDays(todayIso(), 5));
    const worker = await db
      .selectFrom('users')
      .select(['id', 'display_name'])
      .where('username', '=', 'worker')
      .executeTakeFirstOrThrow();
    const actor = {
      userId: worker.id,
      username: 'worker',
      displayName: worker.display_name,
      role: 'worker' as const,
      scopes: [TALGAR_DISTRICT],
      language: 'kk' as const,
      householdId: null,
      organizationId: null,
      isDemo: true,
    };
    const tasks = await t.app.services.tasks.list(
      { actor, ip: null, userAgent: null, requestId: null },
      {},
    );
    expect(tasks.items.filter((task) => task.kind === 'referral_overdue')).toHaveLength(1);
    const provider = await db
      .selectFrom('users')
      .select('organization_id')
      .where('username', '=', 'provider')
      .executeTakeFirstOrThrow();
    expect(rows.filter((r) => r.organization_id === provider.organization_id)).toHaveLength(1);
  });
});
