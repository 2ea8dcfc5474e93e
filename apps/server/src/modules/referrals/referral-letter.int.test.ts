import type { Person, Referral } from '@birge/domain';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLACES } from '../../test/factories.js';
import { createTestApp, engines, type TestApp, type TestUser } from '../../test/harness.js';
import {
  organization,
  provider,
  referralHousehold,
  referralInput,
} from './referrals.test-support.js';

/** Every Kazakh letter the Russian alphabet lacks, in a reason a worker would write. */
const KAZAKH_REASON =
  'Әлияға ПМПК қорытындысы керек: қыркүйектен бастап жақын мектептегі инклюзивті сыныпқа ұсыныс, логопед пен психолог көмегі; жиһаз, һәм үйдегі жағдай сипатталсын';
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

describe.each(engines())('the referral letter, on %s', (engine) => {
  let t: TestApp;
  let worker: TestUser;
  let child: Person;
  let referral: Referral;
  let pmpk: string;

  const letter = (user: TestUser, query = '') =>
    t.request(user, { method: 'GET', url: `/api/v1/referrals/${referral.id}/letter.pdf${query}` });

  beforeAll(async () => {
    t = await createTestApp(engine);
    worker = await t.user('letter-worker', 'worker', [PLACES.talgarDistrict]);
    await t.database.db
      .updateTable('users')
      .set({ phone: '+7 701 123 45 67' })
      .where('id', '=', worker.id)
      .execute();
    ({ child } = await referralHousehold(t, worker));
    pmpk = await organization(t, 'Талғар аудандық ПМПК', 'pmpk');
    referral = await t.created<Referral>(
      worker,
      '/api/v1/referrals',
      referralInput(child, pmpk, {
        reason: KAZAKH_REASON,
        elements: ['education.primary', 'health.rehabilitation'],
        urgency: 'urgent',
        shared: ['contact', 'assessments'],
      }),
    );
  });
  afterAll(() => t.close());

  it('prints one A4 page in Kazakh with the reason’s Kazakh letters as text', async () => {
    const res = await letter(worker, '?lang=kk');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const body = res.rawPayload;
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(body.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    const { pages, text } = await readPdf(body);
    expect(pages).toBe(1);
    expect(text).toContain(KAZAKH_REASON);
    for (const ch of KAZAKH_LETTERS) expect(text).toContain(ch);
    expect(text).toContain('Жолдама');
    expect(text).toContain('Талғар аудандық ПМПК');
    expect(text).toContain(`${child.givenName} ${child.familyName}`);
    expect(text).toContain('Test letter-worker, тел. +7 701 123 45 67');
    expect(text).toContain('Бастауыш білім');
    expect(text).toContain('шұғыл');
    expect(text).toContain('мекенжайы мен телефоны');
    expect(text).toContain('Қызметтің жауабы');
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'referral')
      .where('entity_id', '=', referral.id)
      .where('action', '=', 'export')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('prints in Russian for the addressed service', async () => {
    const staff = await provider(t, 'letter-provider', pmpk);
    const res = await letter(staff, '?lang=ru');
    expect(res.statusCode).toBe(200);
    const { pages, text } = await readPdf(res.rawPayload);
    expect(pages).toBe(1);
    expect(text).toContain('Направление');
    expect(text).toContain('Талғар аудандық ПМПК (ru)');
    expect(text).toContain('срочно');
    expect(text).toContain(KAZAKH_REASON);
  });
});
