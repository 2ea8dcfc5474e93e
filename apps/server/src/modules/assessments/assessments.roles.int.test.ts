import {
  canReadAssessments,
  canWriteAssessments,
  ROLES,
  type Assessment,
  type AssessmentPage,
  type Role,
} from '@birge/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLACES } from '../../test/factories.js';
import { createTestApp, engines, type TestApp, type TestUser } from '../../test/harness.js';
import { household } from './assessments.test-support.js';

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
const NONE = { seeing: 1, hearing: 1, walking: 1, cognition: 1, selfcare: 1, communication: 1 };
const TURKISTAN = '611010000';

type Where = 'inside' | 'outside';

/**
 * Every role × list, read and create of assessments × a person inside and outside the user's
 * place, expected from the access policy ("inside" is also the family user's own household).
 */
describe.each(engines())('who may do what with assessments, on %s', (engine) => {
  let t: TestApp;
  const users = new Map<Role, TestUser>();
  const records = {} as Record<Where, { householdId: string; personId: string; id: string }>;

  beforeAll(async () => {
    t = await createTestApp(engine);
    for (const where of ['inside', 'outside'] as const) {
      const writer = await t.user(`writer-${where}`, 'worker', [
        where === 'inside' ? PLACES.talgarDistrict : PLACES.turkistanRegion,
      ]);
      const { householdId, adult } = await household(
        t,
        writer,
        where === 'inside' ? PLACES.talgarTown : TURKISTAN,
      );
      const a = await t.created<Assessment>(writer, '/api/v1/assessments', {
        personId: adult.id,
        instrument: 'wg-ss',
        assessedOn: '2026-03-02',
        answers: NONE,
      });
      records[where] = { householdId, personId: adult.id, id: a.id };
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

  const actor = (role: Role) => ({
    userId: 'x',
    role,
    scopes: SCOPES[role],
    householdId: null,
    organizationId: null,
  });

  const cases = ROLES.flatMap((role) =>
    (['inside', 'outside'] as const).map((where) => ({ role, where })),
  );

  it.each(cases)('$role, $where', async ({ role, where }) => {
    const user = users.get(role);
    if (!user) throw new Error(role);
    const record = records[where];
    const reads = canReadAssessments(actor(role));
    const writes = canWriteAssessments(actor(role));
    const sees = reads && where === 'inside';

    const read = await t.request(user, { method: 'GET', url: `/api/v1/assessments/${record.id}` });
    expect(read.statusCode).toBe(sees ? 200 : 404);
    const fhir = await t.request(user, {
      method: 'GET',
      url: `/api/v1/assessments/${record.id}/fhir`,
    });
    expect(fhir.statusCode).toBe(sees ? 200 : 404);

    const list = await t.request(user, {
      method: 'GET',
      url: `/api/v1/assessments?personId=${record.personId}`,
    });
    expect(list.statusCode).toBe(reads ? 200 : 403);
    // Writers before this case may have added theirs: the seeded one is there, or none at all.
    const listed = reads ? list.json<AssessmentPage>().items.map((a) => a.id) : [];
    if (sees) expect(listed).toContain(record.id);
    else expect(listed).toEqual([]);

    const create = await t.request(user, {
      method: 'POST',
      url: '/api/v1/assessments',
      payload: {
        personId: record.personId,
        instrument: 'wg-ss',
        assessedOn: '2026-03-03',
        answers: NONE,
      },
    });
    expect(create.statusCode).toBe(!writes ? 403 : where === 'inside' ? 201 : 404);
  });
});
