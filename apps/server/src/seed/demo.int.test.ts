import { instrumentById, scoreAnswers, type Answers } from '@birge/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness.js';
import { DEMO_ASSESSMENTS } from './demo-assessments.js';
import { seedDemo } from './demo.js';

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
});
