import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, expectNoAxeViolations, newContext, PHONE } from './support/browser.js';
import { choose, goto, signIn } from './support/steps.js';
import { withBirge } from './support/suite.js';

const TALGAR_DISTRICT = '196200000';
const NEW_WORKER = 'Арман Қасымов';
const WORKER = 'Дәметкен Сәрсенбаева';
const HOUSEHOLD = 'Абай көшесі, 45';

/** The fields `PUT /persons/{id}` takes, from what `GET /persons/{id}` answers. */
function writable(person: Record<string, unknown>): Record<string, unknown> {
  const caregivers = Array.isArray(person.caregivers) ? (person.caregivers as object[]) : [];
  return {
    givenName: person.givenName,
    familyName: person.familyName,
    patronymic: person.patronymic,
    sex: person.sex,
    birthDate: person.birthDate,
    birthDateEstimated: person.birthDateEstimated,
    iin: person.iin,
    relationToHead: person.relationToHead,
    languages: person.languages,
    phone: person.phone,
    disability: person.disability,
    icd10: person.icd10,
    caregivers: caregivers.map((c) => {
      const { personId, relation, primary, legalRepresentative } = c as Record<string, unknown>;
      return { personId, relation, primary, legalRepresentative };
    }),
    notes: person.notes,
  };
}

describe('a supervisor looks after caseloads and offline sync', () => {
  const suite = withBirge();

  async function signedIn(username: string, viewport = PHONE): Promise<Page> {
    const page = await (await newContext(suite.browser, viewport)).newPage();
    await signIn(page, suite.birge.url, username);
    // Home redirects by role; let it land before a step navigates elsewhere.
    await page.waitForURL((url) => url.pathname !== '/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    return page;
  }

  /** The household count in a worker's row of the caseloads table. */
  async function householdsOf(page: Page, name: string): Promise<number> {
    const row = page.getByRole('row', { name: new RegExp(name) });
    return Number(await row.getByRole('cell').last().innerText());
  }

  it('Given a new worker in Talgar, when the supervisor moves a household to them, then both caseloads change', async () => {
    const admin = await signedIn('admin', DESKTOP);
    const created = await admin.request.post(`${suite.birge.url}/api/v1/users`, {
      data: {
        username: 'worker3',
        displayName: NEW_WORKER,
        password: 'birge-demo-3',
        role: 'worker',
        scopes: [TALGAR_DISTRICT],
      },
    });
    expect(created.status()).toBe(201);
    await admin.context().close();

    const page = await signedIn('supervisor');
    await page.getByRole('link', { name: 'Жұмыс жүктемесі' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Қызметкерлердің жұмыс жүктемесі' })
      .waitFor();
    await page.getByRole('row', { name: new RegExp(NEW_WORKER) }).waitFor();
    const before = await householdsOf(page, WORKER);
    expect(before).toBeGreaterThan(0);
    expect(await householdsOf(page, NEW_WORKER)).toBe(0);
    await expectNoAxeViolations(page, 'caseloads');

    await page.getByRole('link', { name: WORKER }).click();
    await page.getByRole('heading', { level: 1, name: `Жұмыс жүктемесі: ${WORKER}` }).waitFor();
    await expectNoAxeViolations(page, "a worker's caseload");
    await page
      .getByRole('button', { name: new RegExp(`^Басқа қызметкерге беру\\W+${HOUSEHOLD}$`) })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Үй шаруашылығын бекіту' });
    await dialog.waitFor();
    await choose(page, dialog, /Жаңа қызметкер/, `${NEW_WORKER} — 0 үй шаруашылығы`);
    await expectNoAxeViolations(page, 'assignment dialog');
    await dialog.getByRole('button', { name: 'Келесі' }).click();
    await dialog.getByText(`«${HOUSEHOLD}» ${WORKER} қызметкерінен ${NEW_WORKER}`).waitFor();
    expect(await dialog.innerText()).toContain(`бұрынғы қызметкердің (${WORKER}) телефонынан`);
    await expectNoAxeViolations(page, 'assignment confirmation');
    await dialog.getByRole('button', { name: 'Иә, беру' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `«${HOUSEHOLD}» енді ${NEW_WORKER} қызметкерінде.` })
      .waitFor();
    await expect.poll(() => page.getByRole('button', { name: /Абай көшесі, 45/ }).count()).toBe(0);

    await page.getByRole('link', { name: 'Қызметкерлердің жұмыс жүктемесі' }).click();
    await page.getByRole('row', { name: new RegExp(NEW_WORKER) }).waitFor();
    await expect.poll(() => householdsOf(page, WORKER)).toBe(before - 1);
    await expect.poll(() => householdsOf(page, NEW_WORKER)).toBe(1);

    await page.getByRole('link', { name: NEW_WORKER }).click();
    await page.getByRole('link', { name: HOUSEHOLD }).click();
    const section = page.getByRole('region', { name: 'Кімнің жұмыс жүктемесінде' });
    await section.getByText(NEW_WORKER).waitFor();
    await expectNoAxeViolations(page, 'household page with its caseload');

    await page.getByRole('link', { name: 'Мерзімі өткен тапсырмалар', exact: true }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Қызметкерлердің мерзімі өткен тапсырмалары' })
      .waitFor();
    await page.getByRole('row', { name: new RegExp(WORKER) }).waitFor();
    await page.getByRole('columnheader', { name: 'Отбасына бару керек' }).waitFor();
    await expectNoAxeViolations(page, 'overdue tasks per worker');
    await page.context().close();
  });

  it('Given a stale edit from a phone, when the supervisor merges field by field, then the person has the chosen values and the device is monitored', async () => {
    const worker = await signedIn('worker', DESKTOP);
    const supervisor = await signedIn('supervisor', DESKTOP);
    const list = await worker.request.get(`${suite.birge.url}/api/v1/households?q=Петренко`);
    const households = (await list.json()) as {
      items: { members: { id: string; givenName: string }[] }[];
    };
    // Ольга has no caregivers: the server's conflict view lists caregivers as differing and a merge
    // of a person with caregivers is refused (the writable data carries the caregivers' names).
    const member = households.items[0]?.members.find((m) => m.givenName === 'Ольга');
    if (!member) throw new Error('demo person Ольга Петренко missing');
    const url = `${suite.birge.url}/api/v1/persons/${member.id}`;
    const original = (await (await worker.request.get(url)).json()) as Record<string, unknown>;
    const baseRev = original.rev as number;

    // The supervisor edits the person on the server…
    const edited = await supervisor.request.put(url, {
      data: {
        ...writable(original),
        phone: '+7 701 000 00 01',
        notes: 'Үйлестірушінің ескертпесі',
        rev: baseRev,
      },
    });
    expect(edited.status()).toBe(200);

    // …while the worker's phone, still on the old revision, sends its own edit.
    const deviceId = randomUUID();
    const pushed = await worker.request.post(`${suite.birge.url}/api/v1/sync/push`, {
      data: {
        deviceId,
        pending: 0,
        mutations: [
          {
            mutationId: randomUUID(),
            entity: 'person',
            id: member.id,
            op: 'upsert',
            baseRev,
            data: {
              ...writable(original),
              phone: '+7 702 222 22 22',
              notes: 'Үйге барғандағы ескертпе',
            },
          },
        ],
      },
    });
    expect(pushed.status()).toBe(200);
    const result = ((await pushed.json()) as { results: { status: string }[] }).results[0];
    expect(result?.status).toBe('conflict');
    await worker.context().close();

    const page = supervisor;
    await goto(page, `${suite.birge.url}/`);
    await page.getByRole('link', { name: 'Қайшылықтар' }).click();
    await page.getByRole('heading', { level: 1, name: 'Синхрондау қайшылықтары' }).waitFor();
    await page.getByRole('table').waitFor();
    await expectNoAxeViolations(page, 'open conflicts');
    await page.getByRole('link', { name: /Ольга/ }).click();
    await page.getByRole('heading', { level: 1, name: /Қайшылық: .*Ольга/ }).waitFor();
    const main = await page.getByRole('main').innerText();
    expect(main).toContain(WORKER);
    expect(main).toContain(deviceId.slice(0, 8));
    await expectNoAxeViolations(page, 'conflict detail');

    const phone = page.getByRole('radiogroup', { name: 'Телефон' });
    const notes = page.getByRole('radiogroup', { name: 'Ескертпелер' });
    expect(await phone.innerText()).toContain('+7 701 000 00 01');
    expect(await phone.innerText()).toContain('+7 702 222 22 22');
    // Keyboard: the group starts on the server's value; the arrow key takes the phone's.
    await phone.getByRole('radio', { name: /Сервердегі нұсқа/ }).focus();
    await page.keyboard.press('ArrowDown');
    expect(await phone.getByRole('radio', { name: /Телефондағы нұсқа/ }).isChecked()).toBe(true);
    expect(await notes.getByRole('radio', { name: /Сервердегі нұсқа/ }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Таңдалған өрістерді біріктіру' }).click();

    await page.getByRole('heading', { level: 1, name: 'Синхрондау қайшылықтары' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /қайшылығы шешілді: нұсқалар біріктірілді/ })
      .waitFor();
    await page.getByText('Шешілмеген қайшылық жоқ.').waitFor();
    await page.getByRole('tab', { name: 'Шешілген' }).click();
    await page.getByRole('link', { name: /Ольга/ }).waitFor();
    await expectNoAxeViolations(page, 'resolved conflicts');

    await goto(page, `${suite.birge.url}/persons/${member.id}`);
    await page.getByRole('heading', { level: 1, name: /Ольга/ }).waitFor();
    const person = await page.getByRole('main').innerText();
    expect(person).toContain('+7 702 222 22 22');
    expect(person).toContain('Үйлестірушінің ескертпесі');

    await page.getByRole('link', { name: 'Синхрондау мониторы' }).click();
    await page.getByRole('heading', { level: 1, name: 'Синхрондау мониторы' }).waitFor();
    // The worker's suite.browser is a syncing device of its own now; this row is the phone that pushed.
    const row = page
      .getByRole('row', { name: new RegExp(WORKER) })
      .filter({ hasText: deviceId.slice(0, 8) });
    await row.waitFor();
    expect(await row.innerText()).toContain(deviceId.slice(0, 8));
    await expectNoAxeViolations(page, 'sync monitor');
    await page.setViewportSize(PHONE);
    await expectNoAxeViolations(page, 'sync monitor on a phone');
    await page.context().close();
  });

  it('shows a manager the supervisor screens read-only', async () => {
    const page = await signedIn('manager');
    await page.getByRole('link', { name: 'Жұмыс жүктемесі' }).click();
    await page.getByRole('link', { name: WORKER }).click();
    await page.getByRole('heading', { level: 1, name: `Жұмыс жүктемесі: ${WORKER}` }).waitFor();
    await page.getByRole('link', { name: /улица Мира/ }).waitFor();
    expect(await page.getByRole('button', { name: /Басқа қызметкерге беру/ }).count()).toBe(0);
    await goto(page, `${suite.birge.url}/sync/conflicts?status=resolved`);
    await page.getByRole('link', { name: /Ольга/ }).click();
    await page.getByRole('heading', { level: 1, name: /Қайшылық/ }).waitFor();
    await page.getByRole('table').waitFor();
    expect(await page.getByRole('button', { name: 'Сервердегі нұсқаны қалдыру' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'resolved conflict, read-only');
    await page.context().close();
  });
});
