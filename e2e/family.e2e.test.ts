import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, newContext, newFieldPhone } from './support/browser.js';
import {
  almatyToday,
  expectAdherence,
  expectPracticeToday,
  familyCard as card,
  inviteFamilyMember,
  openInvitationPage,
  redeemInvitation,
} from './support/family-steps.js';
import { goto, openDevice, signIn } from './support/steps.js';
import { withBirge } from './support/suite.js';

const ADDRESS = 'Абай көшесі, 45';
const FATHER = 'Ерлан Сейітқалиев';
const WALKING = 'Қолдан ұстап жүру';
const STANDING = 'Орындықтан тұру';
const FAMILY_PIN = '370915';

/**
 * A CBR worker gives Nursultan's father a code for the family app. On his cheap phone he signs in
 * with it, chooses a PIN, loses the connection, marks two of today's activities (one by mistake,
 * then corrected), reads an activity's steps and the plan in easy reading, and once the
 * connection is back the practice reaches the worker's adherence table.
 */
describe('the family app', () => {
  const suite = withBirge();

  it('signs a father in with a code, logs practice offline, and the worker sees it', async () => {
    // Given the worker opens the Seitkaliyevs' household
    const desk = await newContext(suite.browser);
    const worker = await desk.newPage();
    await signIn(worker, suite.birge.url, 'worker');
    const ids = await worker.evaluate(async (address) => {
      const list = (await (
        await fetch(`/api/v1/households?q=${encodeURIComponent(address)}`)
      ).json()) as {
        items: { id: string; members: { id: string; relationToHead: string }[] }[];
      };
      const household = list.items[0];
      const child = household?.members.find((m) => m.relationToHead === 'child');
      if (!household || !child) throw new Error('no demo household');
      const plans = (await (await fetch(`/api/v1/plans?personId=${child.id}`)).json()) as {
        items: { id: string; status: string }[];
      };
      const plan = plans.items.find((p) => p.status === 'active');
      if (!plan) throw new Error('no demo plan');
      return { householdId: household.id, planId: plan.id };
    }, ADDRESS);
    await goto(worker, `${suite.birge.url}/households/${ids.householdId}`);

    // When she invites the father to the family app
    const code = await inviteFamilyMember(worker, FATHER);

    // And the father, on his phone, chooses "I have an invitation code"
    const phone = await newFieldPhone(suite.browser);
    const page = await phone.newPage();
    await openInvitationPage(page, suite.birge.url);

    // Then a code that is not a code is explained before anything is sent, a wrong one by the server
    const field = page.getByRole('textbox', { name: 'Шақыру коды' });
    await field.fill('ABCD-EFG0');
    await field.press('Enter');
    await page.getByText('Кодта O, 0, I, 1 және L болмайды').first().waitFor();
    await field.fill('ABCD-EFGH');
    await page.getByRole('button', { name: 'Кіру', exact: true }).click();
    await page.getByText('Шақыру коды қате. Кодты тексеріп, қайта енгізіңіз.').first().waitFor();
    await expectNoAxeViolations(page, 'invitation page with an error');

    // When he types the real code in small letters with a space, and chooses a PIN
    await redeemInvitation(page, code.toLowerCase().replace('-', ' '), FAMILY_PIN);

    // Then today's screen lists the plan's three activities, each with its picture
    await card(page, WALKING).waitFor();
    await card(page, STANDING).waitFor();
    await card(page, 'Футболка кию').waitFor();
    expect(await card(page, STANDING).getByRole('img').getAttribute('aria-label')).toBeTruthy();
    expect(await card(page, STANDING).innerText()).toContain(`Орындайтын: ${FATHER}`);
    await expectNoAxeViolations(page, 'family: today');

    // When the connection drops and he marks walking done and standing up "partly"
    await phone.setOffline(true);
    await page.getByText('Желіден тыс').first().waitFor();
    await card(page, WALKING).getByRole('button', { name: 'Жасадық', exact: true }).click();
    await card(page, WALKING).getByText('Белгіленді: Жасадық.').waitFor();
    expect(await card(page, WALKING).innerText()).toContain(
      'Интернет болғанда қызметкерге жіберіледі.',
    );
    expect(await card(page, WALKING).innerText()).toContain('Бүгін белгіленгені: 1 / 2');
    // Standing up is marked "not today" by mistake, with the keyboard, then corrected
    const standing = card(page, STANDING);
    await standing.getByRole('button', { name: 'Бүгін емес', exact: true }).focus();
    await page.keyboard.press('Enter');
    await standing.getByText('Белгіленді: Бүгін емес.').waitFor();
    await standing.getByRole('button', { name: 'Қате басылды ма? Түзету' }).click();
    await standing.getByRole('button', { name: 'Біразын жасадық', exact: true }).click();
    await standing.getByText('Түзетілді: Біразын жасадық.').waitFor();
    await expectNoAxeViolations(page, 'family: today after logging offline');

    // And the phone reloads the app, still offline: the PIN opens it and the marks are there
    await page.goto(`${suite.birge.url}/family`);
    await page.getByRole('heading', { level: 1, name: 'Жазбаларды ашу' }).waitFor();
    await expect(
      page.getByRole('button', { name: 'PIN-кодты ұмыттыңыз ба?' }).isVisible(),
    ).resolves.toBe(true);
    await expectNoAxeViolations(page, 'family: unlock');
    await openDevice(page, FAMILY_PIN);
    await card(page, STANDING).getByText('Біразын жасадық').first().waitFor();
    expect(await card(page, WALKING).innerText()).toContain('Жасадық');
    const week = page.locator('section', { has: page.getByRole('heading', { name: 'Осы апта' }) });
    expect(await week.innerText()).toContain('Толық: 1 рет, біраз: 0 рет. Аптаның мақсаты:');

    // And he reads how to stand up from a chair, then the plan, in easy reading
    await card(page, STANDING)
      .getByRole('link', { name: `Қалай жасау керек: ${STANDING}` })
      .click();
    await page.getByRole('heading', { level: 1, name: STANDING }).waitFor();
    const detail = await page.getByRole('main').innerText();
    expect(detail).toContain('Мына белгілер болса, тоқтап, қызметкерге хабарласыңыз:');
    expect(detail).toContain('103 немесе 112');
    expect(await page.locator('ol.activity-steps > li').count()).toBeGreaterThanOrEqual(3);
    await expectNoAxeViolations(page, 'family: activity');
    await page.getByRole('button', { name: 'Жеңіл оқу' }).click();
    expect(await page.getByRole('button', { name: 'Жеңіл оқу' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await page.getByRole('button', { name: 'Келесі' }).click();
    await page.getByRole('heading', { level: 2, name: /қадамның 1-і/ }).waitFor();
    await expectNoAxeViolations(page, 'family: activity step in easy reading');
    await page.getByRole('link', { name: 'Жоспар', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Біздің жоспар' }).waitFor();
    const plan = await page.getByRole('main').innerText();
    expect(plan).toContain('Нұрсұлтан футболкасын өзі киеді');
    expect(plan).toContain('Футболканы өзі киеді, алды мен артын ересек көрсетеді');
    expect(plan).toContain('Қызметкердің келесі келуі');
    await expectNoAxeViolations(page, 'family: plan in easy reading');
    await page.getByRole('link', { name: 'Бүгін', exact: true }).click();
    await page.getByText(/жаттығудың 1-і/).waitFor();
    await expectNoAxeViolations(page, 'family: today in easy reading');

    // When the connection is back
    await phone.setOffline(false);

    // Then both marks reach the server as the family's, the mistake corrected
    const today = await almatyToday(page);
    await expectPracticeToday(worker, ids.planId, today, [
      'mobility.sit-to-stand:partly:family',
      'mobility.walking-with-support:done:family',
    ]);

    // And the worker's plan page shows this week's practice in the adherence table
    await goto(worker, `${suite.birge.url}/plans/${ids.planId}`);
    await expectAdherence(worker, WALKING, 'орындалды: 1, жартылай: 0');
    await expectAdherence(worker, STANDING, 'орындалды: 0, жартылай: 1');
    await phone.close();
    await desk.close();
  });
});
