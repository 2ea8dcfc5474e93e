import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, newFieldPhone } from './support/browser.js';
import { goto, signIn } from './support/steps.js';
import { withBirge } from './support/suite.js';

const ADDRESS = 'Абай көшесі, 45';
const CHILD = 'Алихан Сейітқалиев';

/** What the question on screen asks, and the answers offered. */
interface Question {
  heading: string;
  options: string[];
}

/**
 * Answers every question of the form on screen, one screen at a time, until the review: `pick`
 * chooses the answer by its label. Each step must move focus to the new question's heading.
 */
async function answerAll(page: Page, pick: (question: Question) => string): Promise<number> {
  const heading = page.locator('main h2.question-heading');
  for (let asked = 0; asked < 120; asked++) {
    await heading.waitFor();
    const text = await heading.innerText();
    if (text.includes('Проверьте ответы')) return asked;
    const options = await page
      .getByRole('radio')
      .evaluateAll((inputs) => inputs.map((i) => i.closest('label')?.textContent?.trim() ?? ''));
    await page.getByRole('radio', { name: pick({ heading: text, options }), exact: true }).check();
    await page.getByRole('button', { name: /^(Далее|Проверить ответы)$/ }).click();
    await expect.poll(() => heading.innerText()).not.toBe(text);
    expect(await heading.evaluate((el) => el === document.activeElement)).toBe(true);
  }
  throw new Error('The form never reached its review');
}

/** Opens the sync page, syncs, and waits until nothing is left to send. */
async function syncNow(page: Page) {
  await page.getByRole('link', { name: 'Синхронизация', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Синхронизация' }).waitFor();
  await page.getByRole('button', { name: 'Синхронизировать сейчас' }).click();
  await expect
    .poll(() => page.getByRole('main').innerText(), { timeout: 30_000 })
    .toContain('0 изменений ждут отправки');
}

/** "No difficulty", "no", "never": the answer that finds nothing, whatever the scale. */
function nothingFound({ options }: Question): string {
  for (const calm of ['Нет затруднений', 'Нет', 'Никогда', 'Совсем нет', 'Да'])
    if (options.includes(calm)) return calm;
  return options[0] ?? '';
}

/**
 * A CBR worker in Russian screens a household of four on her phone with no connection: one child
 * has a lot of difficulty walking and no МСЭ status. She assesses his home, syncs when the
 * connection is back, and his page shows the results, now on the server too.
 */
describe('screening and assessing a household offline', () => {
  const suite = withBirge();

  it('screens four members offline, finds the child, assesses his home and syncs', async () => {
    const context = await newFieldPhone(suite.browser);
    const page = await context.newPage();

    // Given the worker signs in and reads the app in Russian
    await signIn(page, suite.birge.url, 'worker');
    await page.getByText(ADDRESS).waitFor();
    await page.getByRole('button', { name: /Тіл/ }).click();
    await page.getByRole('option', { name: 'Русский' }).click();
    await page.getByRole('heading', { level: 1, name: 'Домохозяйства' }).waitFor();

    // And the Seitkaliyev household has four members: a younger son joined it, with his
    // mother's consent to registration and assessment
    const added = await page.evaluate(async (address) => {
      const list = (await (
        await fetch(`/api/v1/households?q=${encodeURIComponent(address)}`)
      ).json()) as {
        items: { id: string; members: { id: string; relationToHead: string }[] }[];
      };
      const household = list.items[0];
      const mother = household?.members.find((m) => m.relationToHead === 'spouse');
      if (!household || !mother) throw new Error('no demo household');
      const today = new Date().toISOString().slice(0, 10);
      const response = await fetch('/api/v1/persons', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          householdId: household.id,
          givenName: 'Алихан',
          familyName: 'Сейітқалиев',
          sex: 'male',
          birthDate: '2019-05-10',
          relationToHead: 'child',
          languages: ['kk', 'ru'],
          consent: {
            givenBy: 'representative',
            representativePersonId: mother.id,
            representativeRelation: 'mother',
            scopes: ['registration', 'assessment'],
            method: 'signed_paper',
            givenOn: today,
            expiresOn: `${Number(today.slice(0, 4)) + 3}${today.slice(4)}`,
          },
        }),
      });
      return { status: response.status, householdId: household.id };
    }, ADDRESS);
    expect(added.status).toBe(201);
    await syncNow(page);
    await goto(page, `${suite.birge.url}/households/${added.householdId}`);
    await page.getByRole('link', { name: CHILD }).waitFor();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
        timeout: 30_000,
      })
      .toBe(true);

    // When the connection drops in the village
    await context.setOffline(true);

    // And she opens the household and starts screening
    await goto(page, `${suite.birge.url}/households/${added.householdId}`);
    await page.getByRole('heading', { level: 1, name: `Домохозяйство: ${ADDRESS}` }).waitFor();
    await page.getByRole('link', { name: 'Скрининг домохозяйства' }).click();
    await page.getByRole('heading', { level: 1, name: /Скрининг домохозяйства/ }).waitFor();

    // Then each member is listed with the questionnaire for their age
    const plan = page.locator('.screening-plan');
    await expect.poll(() => plan.innerText()).toContain(CHILD);
    const planText = await plan.innerText();
    expect(planText.match(/Опросник: Краткий опросник Вашингтонской группы/g)).toHaveLength(2);
    expect(planText.match(/Опросник: Модуль/g)).toHaveLength(2);
    await expectNoAxeViolations(page, 'screening plan');

    // When she screens all four, the younger son with a lot of difficulty walking
    await page.getByRole('button', { name: /Начать скрининг \(4 человека\)/ }).click();
    const members: string[] = [];
    for (let member = 0; member < 4; member++) {
      const who = page.locator('.screening-member');
      await expect.poll(() => who.innerText()).toContain(`Член семьи ${member + 1} из 4`);
      const name = (await who.innerText()).split(': ')[1]?.split(' · ')[0] ?? '';
      members.push(name);
      if (member === 0) await expectNoAxeViolations(page, 'screening: first question');
      // Every question shows whose it is.
      expect(await page.locator('.question-subject').innerText()).toBe(name);
      await answerAll(page, (question) =>
        name === CHILD &&
        /ходить|ходьб/i.test(question.heading) &&
        question.options.includes('Много затруднений')
          ? 'Много затруднений'
          : nothingFound(question),
      );
      if (member === 3) await expectNoAxeViolations(page, 'screening: review');
      await page
        .getByRole('button', {
          name: member < 3 ? 'Сохранить и к следующему' : 'Сохранить и к результатам',
        })
        .click();
    }
    expect(members).toContain(CHILD);

    // Then the results name the child as positive, marked as having no МСЭ status
    await page.getByRole('heading', { level: 2, name: 'Результаты скрининга' }).waitFor();
    const results = await page.getByRole('main').innerText();
    expect(results).toContain('Функциональные затруднения выявлены: 1 из 4 человек.');
    const positive = page.locator('.screening-result', { hasText: CHILD });
    expect(await positive.innerText()).toContain('Выявлены функциональные затруднения');
    expect(await positive.innerText()).toContain('Инвалидность по МСЭ не установлена');
    expect(
      await page.locator('.screening-result', { hasText: 'Инвалидность по МСЭ' }).count(),
    ).toBe(1);
    await expectNoAxeViolations(page, 'screening results');

    // When she opens the child's CFM result
    await positive.getByRole('link', { name: /Результат: Модуль/ }).click();
    await page.getByRole('heading', { level: 1, name: /Модуль/ }).waitFor();
    const cfm = await page.getByRole('main').innerText();
    expect(cfm).toContain('Выявлены функциональные затруднения');
    expect(cfm).toMatch(/Ходьба: есть функциональные затруднения/);
    await expectNoAxeViolations(page, 'CFM result');

    // And assesses his home with the checklist: no ramp, no grab bars
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: 'Результаты скрининга' }).waitFor();
    await positive
      .getByRole('link', { name: /Углублённая оценка для Алихан Сейітқалиев: .*(жиль|дом)/i })
      .click();
    await page.getByRole('heading', { level: 1, name: `Новая оценка: ${CHILD}` }).waitFor();
    await expectNoAxeViolations(page, 'new assessment: choose');
    await page.getByRole('button', { name: 'Начать' }).click();
    // The first two checks find barriers (no step-free entrance…), every other check passes.
    let barriers = 0;
    const pick = ({ options }: Question) => {
      if (barriers < 2 && options.includes('Нет')) {
        barriers += 1;
        return 'Нет';
      }
      return options.includes('Да') ? 'Да' : (options[0] ?? '');
    };
    const question = page.locator('main h2.question-heading');
    for (let i = 0; i < 3; i++) {
      await question.waitFor();
      const before = await question.innerText();
      const options = await page
        .getByRole('radio')
        .evaluateAll((inputs) => inputs.map((e) => e.closest('label')?.textContent?.trim() ?? ''));
      await page
        .getByRole('radio', { name: pick({ heading: before, options }), exact: true })
        .check();
      await page.getByRole('button', { name: 'Далее' }).click();
      await expect.poll(() => question.innerText()).not.toBe(before);
    }

    // And the phone reloads the app mid-way (still offline): her answers are still there
    await goto(page, page.url());
    await page.getByText('Ответы, начатые на этом устройстве, восстановлены.').waitFor();
    expect(await question.innerText()).toContain('Вопрос 4 из');
    const asked = await answerAll(page, pick);
    expect(asked).toBeGreaterThan(5);
    await expectNoAxeViolations(page, 'home checklist: review');
    await page.getByRole('button', { name: 'Сохранить оценку' }).click();
    await page.getByText('Оценка сохранена.').waitFor();
    const home = await page.getByRole('main').innerText();
    expect(home).toContain('Завершена');
    // Each barrier brings its adaptations in words, tagged with the CBR matrix.
    expect(home).toContain('матрица РМС');
    await expectNoAxeViolations(page, 'home checklist result');

    // When the connection is back and she syncs
    await context.setOffline(false);
    await syncNow(page);
    expect(await page.getByRole('main').innerText()).toContain('Проблем нет.');

    // Then the child's page shows both results, and the server has all five assessments
    await goto(page, `${suite.birge.url}/households/${added.householdId}`);
    await page.getByRole('link', { name: CHILD }).click();
    await page.getByRole('heading', { level: 1, name: CHILD }).waitFor();
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Оценки' }) });
    await expect.poll(() => section.innerText()).toContain('Выявлены функциональные затруднения');
    expect((await section.getByRole('listitem').allInnerTexts()).length).toBeGreaterThanOrEqual(2);
    await expectNoAxeViolations(page, 'child page with assessments');
    const onServer = await page.evaluate(async (householdId) => {
      const household = (await (await fetch(`/api/v1/households/${householdId}`)).json()) as {
        members: { id: string }[];
      };
      let count = 0;
      for (const m of household.members) {
        const list = (await (await fetch(`/api/v1/assessments?personId=${m.id}`)).json()) as {
          items: unknown[];
        };
        count += list.items.length;
      }
      return count;
    }, added.householdId);
    expect(onServer).toBe(5);
    await context.close();
  });
});
