import { ACTIVITY_CARDS, addDays, todayIso, type Person, type Plan } from '@birge/domain';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentInput, personInput, PLACES } from '../../test/factories.js';
import { createTestApp, engines, type TestApp, type TestUser } from '../../test/harness.js';
import { planHousehold, planInput } from '../plans/plans.test-support.js';

/** Every Kazakh letter the Russian alphabet lacks, in a goal a family would write. */
const KAZAKH_GOAL =
  'Әлия қасықты өзі ұстап, әжесі мен ағасымен бірге жиһаз жанындағы үстелде таңғы ас ішеді';
const KAZAKH_LETTERS = ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і'];

/** The PDF's pages and text, read by Mozilla's PDF.js (what a browser's viewer shows). */
async function readPdf(body: Buffer): Promise<{ pages: number; text: string }> {
  const pdf = await getDocument({ data: new Uint8Array(body), useSystemFonts: false }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str);
  }
  const pages = pdf.numPages;
  await pdf.destroy();
  return { pages, text: parts.join(' ').replace(/\s+/g, ' ') };
}

describe.each(engines())('the printed plan, on %s', (engine) => {
  let t: TestApp;
  let worker: TestUser;
  let mother: Person;
  let child: Person;
  let householdId: string;
  let plan: Plan;
  const today = todayIso();
  const day = (offset: number) => addDays(today, offset);

  const print = (user: TestUser | null, id: string, query = '') =>
    t.request(user, { method: 'GET', url: `/api/v1/plans/${id}/print.pdf${query}` });

  /** An active plan over this season with the Kazakh goal and `activities` home activities. */
  async function createPlan(
    person: Person,
    member: Person,
    activities: readonly string[] = ['positioning.supported-sitting', 'self-care.dressing-top'],
  ) {
    const base = planInput(person, member);
    const [goal, second] = base.goals;
    return t.created<Plan>(worker, '/api/v1/plans', {
      ...base,
      startsOn: day(-30),
      endsOn: day(150),
      goals: [
        { ...goal, title: KAZAKH_GOAL, targetDate: day(120) },
        { ...second, targetDate: day(120) },
      ],
      assignments: activities.map((activityId) => ({
        ...base.assignments[0],
        id: uuidv7(),
        activityId,
        goalId: goal?.id ?? null,
        startsOn: day(-30),
        endsOn: day(150),
      })),
    });
  }

  beforeAll(async () => {
    t = await createTestApp(engine);
    worker = await t.user('print-worker', 'worker', [PLACES.talgarDistrict]);
    ({ mother, child, householdId } = await planHousehold(t, worker));
    plan = await createPlan(child, mother);
  });
  afterAll(() => t.close());

  it('prints one A4 page in Kazakh with the goal’s Kazakh letters as text', async () => {
    const res = await print(worker, plan.id);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const body = res.rawPayload;
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(body.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
    const { pages, text } = await readPdf(body);
    expect(pages).toBe(1);
    expect(text).toContain(KAZAKH_GOAL);
    for (const letter of KAZAKH_LETTERS) expect(text).toContain(letter);
    expect(text).toContain('Жеке оңалту жоспары');
    expect(text).toContain('Үйдегі жаттығулар');
    expect(text).toContain('ҚДО қызметкері: Test print-worker');
    // With a work phone set, the family has a number to call.
    const phone = await t.request(worker, {
      method: 'PATCH',
      url: '/api/v1/auth/me',
      payload: { phone: '+7 701 234 56 78' },
    });
    expect(phone.statusCode).toBe(200);
    expect(phone.json().language).toBe('kk');
    const withPhone = (await readPdf((await print(worker, plan.id)).rawPayload)).text;
    expect(withPhone).toContain('ҚДО қызметкері: Test print-worker, тел. +7 701 234 56 78');
    const bad = await t.request(worker, {
      method: 'PATCH',
      url: '/api/v1/auth/me',
      payload: { phone: 'call me' },
    });
    expect(bad.statusCode).toBe(422);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'entity', 'entity_id'])
      .where('action', '=', 'export')
      .execute();
    expect(audit).toContainEqual({ action: 'export', entity: 'plan', entity_id: plan.id });
  });

  it('prints in the language asked for, else in the person’s own', async () => {
    const ru = await readPdf((await print(worker, plan.id, '?lang=ru')).rawPayload);
    expect(ru.text).toContain('Индивидуальный план реабилитации');
    expect(ru.text).toContain('Занятия дома');
    expect(ru.text).toContain(KAZAKH_GOAL);

    const russianSpeaker = await t.created<Person>(
      worker,
      '/api/v1/persons',
      personInput(householdId, {
        birthDate: '2020-02-02',
        relationToHead: 'child',
        iin: null,
        languages: ['ru', 'kk'],
        confirmNotDuplicate: true,
        consent: consentInput({
          givenBy: 'representative',
          representativePersonId: mother.id,
          representativeRelation: 'mother',
        }),
      }),
    );
    const hers = await createPlan(russianSpeaker, mother);
    const text = (await readPdf((await print(worker, hers.id)).rawPayload)).text;
    expect(text).toContain('Индивидуальный план реабилитации');
    expect(text).toContain('Следующее посещение');
    const en = (await readPdf((await print(worker, hers.id, '?lang=en')).rawPayload)).text;
    expect(en).toContain('Activities at home');
    expect((await print(worker, hers.id, '?lang=de')).statusCode).toBe(400);
  });

  it('keeps a long home programme on one page and counts what it leaves out', async () => {
    const many = await createPlan(
      child,
      mother,
      ACTIVITY_CARDS.slice(0, 12).map((card) => card.id),
    );
    const { pages, text } = await readPdf((await print(worker, many.id)).rawPayload);
    expect(pages).toBe(1);
    expect(text).toMatch(/Тағы \d+ жаттығу — қосымшадан қараңыз/);
    expect(text).toContain(KAZAKH_GOAL);
  });

  it('answers like reading the plan: 404 out of scope, 401 without a session', async () => {
    const elsewhere = await t.user('print-karasay', 'worker', [PLACES.karasayDistrict]);
    const res = await print(elsewhere, plan.id);
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect((await print(null, plan.id)).statusCode).toBe(401);
    const family = await t.user('print-family', 'family', [], { householdId });
    expect((await print(family, plan.id)).statusCode).toBe(200);
    const other = await planHousehold(t, worker);
    const stranger = await t.user('print-stranger', 'family', [], {
      householdId: other.householdId,
    });
    expect((await print(stranger, plan.id)).statusCode).toBe(404);
    const analyst = await t.user('print-analyst', 'analyst', [PLACES.almatyRegion]);
    expect((await print(analyst, plan.id)).statusCode).toBe(404);
    expect((await print(worker, uuidv7())).statusCode).toBe(404);
  });
});
