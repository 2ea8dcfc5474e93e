import { tScore } from '@birge/domain';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, newFieldPhone, PHONE } from './support/browser.js';
import {
  almatyToday,
  expectAdherence,
  expectPracticeToday,
  familyCard,
  inviteFamilyMember,
  markPractice,
  openInvitationPage,
  redeemInvitation,
} from './support/family-steps.js';
import { addActivity, addGoal, reviewGoals, syncNowKk } from './support/plan-steps.js';
import { goto, signIn } from './support/steps.js';
import { withBirge } from './support/suite.js';

const ADDRESS = 'Жібек жолы көшесі, 3';
const CHILD = 'Аружан Омарова';
const MOTHER = 'Жанар Омарова';
const WALKING = 'Қолдан ұстап жүру';
const CHOOSING = 'Екі заттың бірін таңдау';
const TOWER = 'Мұнара құрау';
const FAMILY_PIN = '461730';

const sitting = {
  title: 'Аружан дастарқан басында 10 минут отырады',
  element: 'Оңалту',
  responsible: MOTHER,
  levels: [
    'Тек құшақта отырады',
    'Жастықпен 2 минут отырады',
    'Жастықпен 10 минут отырады',
    'Жастықсыз 10 минут отырады',
    'Жастықсыз бүкіл ас уақытында отырады',
  ],
} as const;
const choosing = {
  title: 'Аружан екі ойыншықтың бірін көзімен не қолымен таңдайды',
  element: 'Мүдделерді қорғау және коммуникация',
  responsible: MOTHER,
  levels: [
    'Ұсынылған ойыншыққа қарамайды',
    'Бір ойыншыққа ғана қарайды',
    'Екі ойыншықтың бірін күніне бір рет таңдайды',
    'Күніне бірнеше рет таңдайды',
    'Суреттен таңдайды',
  ],
} as const;

/**
 * A CBR worker in Kazakh writes Aruzhan's (4) individual rehabilitation plan on her phone in a
 * village with no connection: two goals, each with its five GAS levels, and three activities of
 * the library for her mother. She syncs when the connection is back and invites the mother to the
 * family app; on her 360 px phone the mother signs in with the code and a PIN, logs practice
 * offline and syncs, and the worker sees it as the plan's adherence. Later she reviews the goals
 * and sees the T-score the phone computed — the server's own. Axe runs on every new page.
 */
describe('an individual rehabilitation plan, built offline and reviewed', () => {
  const suite = withBirge();

  it('builds a plan offline, the family logs its practice offline, then the worker reviews it', async () => {
    const context = await newFieldPhone(suite.browser);
    const page = await context.newPage();
    const origin = suite.birge.url;

    // Given the worker signs in and her phone has her caseload
    await signIn(page, origin, 'worker');
    await page.getByText(ADDRESS).waitFor();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
        timeout: 30_000,
      })
      .toBe(true);
    // The tasks above the household list are worked out on the phone.
    await page.getByRole('heading', { level: 2, name: 'Бүгінгі істер' }).waitFor();
    await expectNoAxeViolations(page, 'household list with tasks');

    // When the connection drops and she opens Aruzhan's page
    await context.setOffline(true);
    await page.getByRole('link', { name: ADDRESS }).click();
    await page.getByRole('link', { name: CHILD }).click();
    await page.getByRole('heading', { level: 1, name: CHILD }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Жеке оңалту жоспарлары' }).waitFor();
    await expectNoAxeViolations(page, 'person page with plans');

    // And writes a new plan: the period as offered
    await page.getByRole('link', { name: 'Жаңа жоспар құру' }).click();
    await page
      .getByRole('heading', { level: 1, name: `Жаңа жеке оңалту жоспары: ${CHILD}` })
      .waitFor();
    await expectNoAxeViolations(page, 'plan builder: period');
    await page.getByRole('button', { name: 'Келесі: Мақсаттар' }).click();
    await page.getByRole('heading', { level: 2, name: /Мақсаттар$/ }).waitFor();
    await expectNoAxeViolations(page, 'plan builder: goals');

    // Then a goal without all five levels is refused with the domain's message
    await page.getByRole('button', { name: 'Мақсат қосу' }).click();
    await page.getByRole('textbox', { name: 'Мақсат', exact: true }).fill(sitting.title);
    await page.getByRole('button', { name: 'Мақсатты сақтау' }).click();
    const summary = page.getByRole('group', { name: 'Мына қателерді түзетіңіз' });
    await summary.waitFor();
    expect(await summary.innerText()).toContain(
      'Мақсаттың бес деңгейінің бәрін (−2-ден +2-ге дейін) сипаттаңыз',
    );
    expect(
      await page.evaluate(() => document.activeElement?.closest('.error-summary')),
    ).not.toBeNull();
    await page.getByRole('button', { name: 'Болдырмау' }).click();

    // When she adds two goals with their five levels each
    await addGoal(page, { ...sitting, levels: [...sitting.levels] }, true);
    await addGoal(page, { ...choosing, levels: [...choosing.levels] });
    expect(await page.getByRole('main').innerText()).toContain(`2-мақсат: ${choosing.title}`);

    // And three activities from the library for Aruzhan's mother
    await page.getByRole('button', { name: 'Келесі: Үй бағдарламасы' }).click();
    await page.getByRole('heading', { level: 2, name: /Үй бағдарламасы$/ }).waitFor();
    await addActivity(page, { title: WALKING, member: MOTHER, times: 2 }, true);
    await addActivity(page, { title: CHOOSING, member: MOTHER, times: 3 });
    await addActivity(page, { title: TOWER, member: MOTHER, times: 1 });
    expect(await page.getByRole('main').innerText()).toContain(`${MOTHER}, күніне 3 рет`);
    await expectNoAxeViolations(page, 'plan builder: home programme');

    // And agrees it with the family
    await page.getByRole('button', { name: 'Келесі: Тексеру' }).click();
    await page.getByRole('heading', { level: 2, name: /Тексеру$/ }).waitFor();
    await expectNoAxeViolations(page, 'plan builder: check');
    await page.getByRole('button', { name: 'Сақтап, отбасымен келісу' }).click();

    // Then the plan's page shows both goals with their levels and the home programme, offline
    await page.getByText('Жоспар отбасымен келісіліп, іске қосылды.').waitFor();
    await page.getByText('Әлі бағаланған жоқ.').waitFor();
    const plan = await page.getByRole('main').innerText();
    expect(plan).toContain(`Жеке оңалту жоспары: ${CHILD}`);
    expect(plan).toContain('Қолданыста');
    expect(plan).toContain(sitting.levels[2]);
    expect(plan).toContain('бастапқы деңгей');
    expect(plan).toContain(WALKING);
    expect(plan).toContain(`${MOTHER}, күніне 2 рет`);
    expect(plan).toContain('Әлі бағаланған жоқ.');
    await expectNoAxeViolations(page, 'plan page');
    const planUrl = page.url();

    // When the connection is back and she syncs
    await context.setOffline(false);
    await syncNowKk(page);

    // Then the server has the plan as she wrote it
    const planId = planUrl.split('/plans/')[1] ?? '';
    const onServer = await page.evaluate(async (id) => {
      const response = await fetch(`/api/v1/plans/${id}`);
      return (await response.json()) as {
        status: string;
        goals: { title: string; levels: Record<string, string> }[];
        assignments: { activityId: string; frequency: { times: number } }[];
      };
    }, planId);
    expect(onServer.status).toBe('active');
    expect(onServer.goals.map((g) => g.title)).toEqual([sitting.title, choosing.title]);
    expect(onServer.goals[0]?.levels.expected).toBe(sitting.levels[2]);
    expect(onServer.assignments.map((a) => a.activityId)).toEqual([
      'mobility.walking-with-support',
      'communication.choosing-one-of-two',
      'play-learning.building-a-tower',
    ]);

    // When she invites Aruzhan's mother, who does the activities, to the family app
    await goto(page, origin);
    await page.getByRole('link', { name: ADDRESS }).click();
    await page.getByRole('heading', { name: 'Отбасы қосымшасы' }).waitFor();
    const code = await inviteFamilyMember(page, MOTHER);

    // And the mother, on her 360 px phone, signs in with the code and chooses a PIN
    const family = await newFieldPhone(suite.browser);
    const mother = await family.newPage();
    expect(mother.viewportSize()).toEqual(PHONE);
    await openInvitationPage(mother, origin);
    await redeemInvitation(mother, code, FAMILY_PIN);

    // Then today's screen lists the new plan's three activities, for her
    for (const title of [WALKING, CHOOSING, TOWER]) await familyCard(mother, title).waitFor();
    expect(await familyCard(mother, CHOOSING).innerText()).toContain(`Орындайтын: ${MOTHER}`);
    await expectNoAxeViolations(mother, 'family: today of the new plan');

    // When the connection drops and she marks walking done and choosing "partly"
    await family.setOffline(true);
    await mother.getByText('Желіден тыс').first().waitFor();
    await markPractice(mother, WALKING, 'Жасадық');
    await markPractice(mother, CHOOSING, 'Біразын жасадық');
    expect(await familyCard(mother, WALKING).innerText()).toContain(
      'Интернет болғанда қызметкерге жіберіледі.',
    );
    await expectNoAxeViolations(mother, 'family: today after logging offline');

    // And the connection is back: her phone syncs
    await family.setOffline(false);
    await mother.getByText(/Синхрондалды/).waitFor();

    // Then both marks reach the server as the family's, on the new plan
    const today = await almatyToday(mother);
    await expectPracticeToday(page, planId, today, [
      'communication.choosing-one-of-two:partly:family',
      'mobility.walking-with-support:done:family',
    ]);
    await family.close();

    // And, once her phone has synced, the plan's page shows the family's practice as adherence
    await syncNowKk(page);
    await goto(page, planUrl);
    await expectAdherence(page, WALKING, 'орындалды: 1, жартылай: 0');
    await expectAdherence(page, CHOOSING, 'орындалды: 0, жартылай: 1');
    await expectNoAxeViolations(page, "plan page with the family's practice");

    // When, later, she reviews the goals offline: the first met, the second a little better
    await context.setOffline(true);
    await goto(page, planUrl);
    await reviewGoals(page, ['0', '+1']);
    // weights: importance 2 × difficulty 2 = 4 for both goals (the builder's defaults)
    const expected = tScore([
      { level: 0, weight: 4 },
      { level: 1, weight: 4 },
    ]);
    const shown = (expected ?? 0).toFixed(1).replace('.', ',');
    await expect.poll(() => page.getByRole('main').innerText()).toContain(`T-балл: ${shown}`);
    await expectNoAxeViolations(page, 'GAS review');
    await page.getByRole('button', { name: 'Бағалауды сақтау' }).click();

    // Then the plan shows the T-score and its trend from the baseline
    await page.getByText(`Бағалау сақталды. T-балл: ${shown}.`).waitFor();
    expect(await page.getByRole('main').innerText()).toContain(`Соңғы T-балл: ${shown}`);
    await page.getByRole('img', { name: /T-балл уақыт бойынша/ }).waitFor();
    await page.getByText('Кесте түрінде көрсету').click();
    expect(await page.getByRole('table', { name: 'T-балл уақыт бойынша' }).innerText()).toContain(
      'бастапқы деңгей',
    );
    await expectNoAxeViolations(page, 'plan page with a review');

    // And the review reaches the server with the same T-score
    await context.setOffline(false);
    await syncNowKk(page);
    const reviews = await page.evaluate(async (id) => {
      const response = await fetch(`/api/v1/plans/${id}/reviews`);
      return ((await response.json()) as { items: { tScore: number | null }[] }).items;
    }, planId);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]?.tScore).toBeCloseTo(expected ?? 0, 10);

    // When she records the home visit where the review was made
    await goto(page, planUrl);
    await page.getByRole('link', { name: 'Үйге баруды тіркеу' }).first().click();
    await page.getByRole('heading', { level: 1, name: `Үйге бару: ${ADDRESS}` }).waitFor();
    await page.getByRole('checkbox', { name: MOTHER, exact: true }).last().check();
    await page
      .getByRole('textbox', { name: 'Жазба' })
      .fill('Жаттығуларды анасымен бірге қайталадық.');
    await expectNoAxeViolations(page, 'visit form');
    await page.getByRole('button', { name: 'Сақтау', exact: true }).click();

    // Then the household page lists it
    await page.getByText('Бару жазбасы сақталды.').waitFor();
    await expect
      .poll(() => page.getByRole('main').innerText())
      .toContain('Жаттығуларды анасымен бірге қайталадық.');
    await expectNoAxeViolations(page, 'household page with visits');
    await context.close();
  }, 240_000);
});
