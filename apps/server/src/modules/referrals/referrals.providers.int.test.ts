import {
  instrumentById,
  todayIso,
  type Person,
  type Referral,
  type ReferralPage,
} from '@birge/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLACES } from '../../test/factories.js';
import {
  createTestApp,
  engines,
  expectStatus,
  type TestApp,
  type TestUser,
} from '../../test/harness.js';
import { completeAnswers } from '../assessments/assessments.test-support.js';
import { createPlan } from '../plans/plans.test-support.js';
import {
  organization,
  provider,
  referralCounts,
  referralHousehold,
  referralInput,
} from './referrals.test-support.js';

/** The provider matrix (issue 6): own organization, another organization, no organization. */
describe.each(engines())('referrals seen by providers, on %s', (engine) => {
  let t: TestApp;
  let worker: TestUser;
  let own: TestUser;
  let other: TestUser;
  let none: TestUser;
  let child: Person;
  let mother: Person;
  let centre: string;
  let school: string;
  let full: Referral;
  let bare: Referral;
  let elsewhere: Referral;
  const today = todayIso();

  const get = (user: TestUser, url: string) => t.request(user, { method: 'GET', url });
  const step = (user: TestUser, id: string, body: Record<string, unknown>) =>
    t.request(user, { method: 'POST', url: `/api/v1/referrals/${id}/status`, payload: body });

  beforeAll(async () => {
    t = await createTestApp(engine);
    worker = await t.user('prov-worker', 'worker', [PLACES.talgarDistrict]);
    ({ child, mother } = await referralHousehold(t, worker));
    await t.database.db
      .updateTable('persons')
      .set({
        disability_status: 'established',
        disability_category: 'child_7_18',
        disability_group: 'II',
        disability_established_on: '2025-06-01',
        disability_review_on: '2027-06-01',
        phone: '+7 701 555 44 33',
      })
      .where('id', '=', child.id)
      .execute();
    const wgss = instrumentById('wg-ss');
    if (!wgss) throw new Error('no wg-ss');
    await t.created(worker, '/api/v1/assessments', {
      personId: child.id,
      instrument: 'wg-ss',
      assessedOn: '2026-02-10',
      answers: completeAnswers(wgss, 84, (codes) => codes[2]),
      note: 'Құпия ескертпе',
    });
    await createPlan(t, worker, child, mother);
    centre = await organization(t, 'Талғар оңалту орталығы');
    school = await organization(t, '№ 3 мектеп', 'school');
    own = await provider(t, 'prov-own', centre);
    other = await provider(t, 'prov-other', school);
    none = await provider(t, 'prov-none', null);
    full = await t.created<Referral>(
      worker,
      '/api/v1/referrals',
      referralInput(child, centre, { shared: ['contact', 'disability', 'assessments', 'plan'] }),
    );
    bare = await t.created<Referral>(worker, '/api/v1/referrals', referralInput(child, centre));
    elsewhere = await t.created<Referral>(
      worker,
      '/api/v1/referrals',
      referralInput(child, school, { elements: ['education.primary'] }),
    );
  });
  afterAll(() => t.close());

  it('shows a provider their organization’s inbox only', async () => {
    const inbox = expectStatus<ReferralPage>(await get(own, '/api/v1/referrals'), 200);
    expect(inbox.items.map((r) => r.id).sort()).toEqual([full.id, bare.id].sort());
    const theirs = expectStatus<ReferralPage>(await get(other, '/api/v1/referrals'), 200);
    expect(theirs.items.map((r) => r.id)).toEqual([elsewhere.id]);
    // Asking for another organization's referrals finds nothing.
    const asked = expectStatus<ReferralPage>(
      await get(own, `/api/v1/referrals?organizationId=${school}`),
      200,
    );
    expect(asked.items).toEqual([]);
    const nothing = expectStatus<ReferralPage>(await get(none, '/api/v1/referrals'), 200);
    expect(nothing.items).toEqual([]);
  });

  it('shows only what the referral shares, never the household', async () => {
    const seen = expectStatus<Referral>(await get(own, `/api/v1/referrals/${bare.id}`), 200);
    expect(seen.householdId).toBeNull();
    expect(seen.person).toEqual({
      name: `${child.givenName} ${child.familyName}`,
      sex: child.sex,
      birthDate: child.birthDate,
      age: child.age,
    });
    for (const absent of ['id', 'contact', 'disability', 'assessments', 'plan', 'education'])
      expect(seen.person).not.toHaveProperty(absent);

    const shared = expectStatus<Referral>(await get(own, `/api/v1/referrals/${full.id}`), 200);
    expect(shared.person).not.toHaveProperty('id');
    expect(shared.person.contact).toEqual({
      address: 'Абай көшесі, 1',
      place: expect.stringContaining('Талғар') as string,
      phone: '+7 701 555 44 33',
    });
    expect(shared.person.disability).toMatchObject({ status: 'established', group: 'II' });
    expect(shared.person.assessments).toEqual([
      expect.objectContaining({ instrument: 'wg-ss', assessedOn: '2026-02-10' }),
    ]);
    expect(JSON.stringify(shared)).not.toContain('Құпия ескертпе');
    expect(shared.person.plan?.goals.map((g) => g.title)).toEqual([
      'Отбасымен бірге үстел басында тамақтанады',
      'Көйлегін өзі киеді',
    ]);
    // The list carries no shared parts.
    const inbox = expectStatus<ReferralPage>(await get(own, '/api/v1/referrals'), 200);
    for (const item of inbox.items) expect(item.person).not.toHaveProperty('contact');
    // The CBR side sees the person's id, not the shared parts (it has the person's file).
    const cbr = expectStatus<Referral>(await get(worker, `/api/v1/referrals/${full.id}`), 200);
    expect(cbr.person.id).toBe(child.id);
    expect(cbr.person).not.toHaveProperty('contact');
  });

  it('shows the child’s education and ПМПК conclusions when the referral shares them', async () => {
    await t.created(worker, `/api/v1/persons/${child.id}/education/pmpk`, {
      concludedOn: '2025-08-15',
      specialNeeds: true,
      needsDescription: 'Сөйлеу тілінің дамымауы',
      conditions: ['inclusive_with_assistant', 'speech_therapist'],
    });
    await t.created(worker, `/api/v1/persons/${child.id}/education`, {
      status: 'general_school_inclusive',
      from: '2025-09-01',
      institution: '№ 3 мектеп',
    });
    const withEducation = await t.created<Referral>(
      worker,
      '/api/v1/referrals',
      referralInput(child, centre, { shared: ['education'] }),
    );
    const seen = expectStatus<Referral>(
      await get(own, `/api/v1/referrals/${withEducation.id}`),
      200,
    );
    expect(seen.person.education).toEqual({
      status: 'general_school_inclusive',
      since: '2025-09-01',
      inNoEducation: false,
      pmpk: [
        {
          concludedOn: '2025-08-15',
          specialNeeds: true,
          needsDescription: 'Сөйлеу тілінің дамымауы',
          conditions: ['inclusive_with_assistant', 'speech_therapist'],
        },
      ],
    });
    // The school's name stays with the CBR side; a referral without the share shows nothing.
    expect(JSON.stringify(seen)).not.toContain('№ 3 мектеп');
    const other = expectStatus<Referral>(await get(own, `/api/v1/referrals/${full.id}`), 200);
    expect(other.person).not.toHaveProperty('education');
    // Closed again, so the inbox checks below see the fixture's referrals only.
    expectStatus(
      await step(own, withEducation.id, { status: 'declined', date: today, note: 'Тексеру' }),
      200,
    );
  });

  it('stops sharing the parts once the consent to sharing is withdrawn', async () => {
    const consent = await t.database.db
      .selectFrom('consents')
      .select('id')
      .where('person_id', '=', child.id)
      .where(sql<boolean>`scopes @> ARRAY['sharing_with_services']`)
      .executeTakeFirstOrThrow();
    await t.database.db
      .updateTable('consents')
      .set({ withdrawn_on: today })
      .where('id', '=', consent.id)
      .execute();
    const seen = expectStatus<Referral>(await get(own, `/api/v1/referrals/${full.id}`), 200);
    expect(seen.person).not.toHaveProperty('contact');
    expect(seen.person).not.toHaveProperty('plan');
    expect(seen.person.name).toBe(`${child.givenName} ${child.familyName}`);
    await t.database.db
      .updateTable('consents')
      .set({ withdrawn_on: null })
      .where('id', '=', consent.id)
      .execute();
  });

  it('lets the addressed provider answer, and nobody else in provider role', async () => {
    const before = await referralCounts(t);
    for (const stranger of [other, none]) {
      expect((await get(stranger, `/api/v1/referrals/${full.id}`)).statusCode).toBe(404);
      expect((await get(stranger, `/api/v1/referrals/${full.id}/letter.pdf`)).statusCode).toBe(404);
      expect((await step(stranger, full.id, { status: 'accepted', date: today })).statusCode).toBe(
        404,
      );
    }
    expect(
      (
        await t.request(own, {
          method: 'POST',
          url: '/api/v1/referrals',
          payload: referralInput(child, centre),
        })
      ).statusCode,
    ).toBe(403);
    expect(await referralCounts(t)).toEqual(before);

    const accepted = expectStatus<Referral>(
      await step(own, full.id, { status: 'accepted', date: today, note: 'Келіңіздер' }),
      200,
    );
    expect(accepted.status).toBe('accepted');
    expect(accepted.householdId).toBeNull();
    expect(accepted.person.contact).toBeDefined();
    const declined = expectStatus<Referral>(
      await step(own, bare.id, { status: 'declined', date: today, note: 'Орын жоқ' }),
      200,
    );
    expect(declined.open).toBe(false);
    // The worker reads the service's feedback.
    const seen = expectStatus<Referral>(await get(worker, `/api/v1/referrals/${bare.id}`), 200);
    expect(seen.events.at(-1)).toMatchObject({
      status: 'declined',
      note: 'Орын жоқ',
      byRole: 'provider',
      by: 'Test prov-own',
    });
    const inbox = expectStatus<ReferralPage>(await get(own, '/api/v1/referrals?open=true'), 200);
    expect(inbox.items.map((r) => r.id)).toEqual([full.id]);
  });
});
