import { addDays, todayIso, type LivelihoodRecord, type Person, type Problem } from '@birge/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLACES } from '../../test/factories.js';
import {
  createTestApp,
  engines,
  expectStatus,
  type TestApp,
  type TestUser,
} from '../../test/harness.js';
import { planHousehold } from '../plans/plans.test-support.js';

describe.each(engines())('livelihood, on %s', (engine) => {
  let t: TestApp;
  let worker: TestUser;
  let worker2: TestUser;
  let manager: TestUser;
  let family: TestUser;
  let otherFamily: TestUser;
  let mother: Person;
  let child: Person;
  let other: Awaited<ReturnType<typeof planHousehold>>;

  beforeAll(async () => {
    t = await createTestApp(engine);
    worker = await t.user('worker', 'worker', [PLACES.talgarDistrict]);
    worker2 = await t.user('worker2', 'worker', [PLACES.karasayDistrict]);
    manager = await t.user('manager', 'manager', [PLACES.almatyRegion]);
    const home = await planHousehold(t, worker);
    ({ mother, child } = home);
    other = await planHousehold(t, worker);
    family = await t.user('family', 'family', [], { householdId: home.householdId });
    otherFamily = await t.user('family2', 'family', [], { householdId: other.householdId });
  });
  afterAll(() => t.close());

  const url = (personId: string) => `/api/v1/persons/${personId}/livelihood`;
  const post = (personId: string, payload: Record<string, unknown>, user = worker) =>
    t.request(user, {
      method: 'POST',
      url: url(personId),
      payload,
      headers: { 'accept-language': 'ru' },
    });
  const get = (personId: string, user = worker) =>
    t.request(user, { method: 'GET', url: url(personId) });

  it('keeps dated records; the newest is the current situation', async () => {
    const first = expectStatus<LivelihoodRecord>(
      await post(mother.id, {
        recordedOn: '2026-02-01',
        workStatus: 'homemaker',
        incomeSources: ['state_benefits', 'family_support'],
        benefits: ['carer_allowance'],
      }),
      201,
    );
    expect(first.current).toMatchObject({ workStatus: 'homemaker', benefits: ['carer_allowance'] });
    const second = expectStatus<LivelihoodRecord>(
      await post(mother.id, {
        recordedOn: '2026-09-15',
        workStatus: 'self_employed',
        occupation: 'Тігінші',
        training: 'completed',
        trainingName: 'Тігін курсы',
        incomeSources: ['self_employment', 'state_benefits'],
        benefits: ['carer_allowance'],
        selfHelpGroup: true,
        selfHelpGroupName: 'Талғар аналары',
      }),
      201,
    );
    expect(second.entries.map((e) => e.recordedOn)).toEqual(['2026-09-15', '2026-02-01']);
    expect(second.current).toMatchObject({
      workStatus: 'self_employed',
      selfHelpGroup: true,
      recordedBy: 'Test worker',
    });
    const wrong = second.entries[0]?.id ?? '';
    const removed = expectStatus<LivelihoodRecord>(
      await t.request(worker, { method: 'DELETE', url: `${url(mother.id)}/${wrong}` }),
      200,
    );
    expect(removed.current?.workStatus).toBe('homemaker');
  });

  it('refuses a child, a future date and a name without its answer; nothing changes', async () => {
    const before = expectStatus<LivelihoodRecord>(await get(mother.id), 200);
    const tooYoung = expectStatus<Problem>(
      await post(child.id, { recordedOn: todayIso(), workStatus: 'student' }),
      422,
    );
    expect(tooYoung.errors).toEqual([
      expect.objectContaining({ path: 'recordedOn', code: 'livelihood.too_young' }),
    ]);
    const future = expectStatus<Problem>(
      await post(mother.id, { recordedOn: addDays(todayIso(), 1), workStatus: 'employed' }),
      422,
    );
    expect(future.errors?.[0]?.message).toBe('Дата не может быть в будущем');
    const named = expectStatus<Problem>(
      await post(mother.id, {
        recordedOn: '2026-03-01',
        workStatus: 'employed',
        selfHelpGroupName: 'Үміт',
      }),
      422,
    );
    expect(named.errors).toEqual([expect.objectContaining({ path: 'selfHelpGroupName' })]);
    expect(expectStatus<LivelihoodRecord>(await get(mother.id), 200)).toEqual(before);
  });

  it('is scoped by role and place', async () => {
    const entry = { recordedOn: '2026-03-01', workStatus: 'employed' };
    expect((await get(mother.id, manager)).statusCode).toBe(200);
    expect((await get(mother.id, family)).statusCode).toBe(200);
    expect((await get(mother.id, otherFamily)).statusCode).toBe(404);
    expect((await get(other.mother.id, otherFamily)).statusCode).toBe(200);
    expect((await get(mother.id, worker2)).statusCode).toBe(404);
    expect((await post(mother.id, entry, worker2)).statusCode).toBe(404);
    expect((await post(mother.id, entry, family)).statusCode).toBe(403);
    expect((await post(mother.id, entry, manager)).statusCode).toBe(403);
    for (const role of ['provider', 'analyst'] as const) {
      const user = await t.user(`${role}-l`, role, role === 'analyst' ? [PLACES.almatyRegion] : []);
      expect((await get(mother.id, user)).statusCode).toBe(404);
    }
  });
});
