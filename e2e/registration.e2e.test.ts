import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, expectNoAxeViolations, newContext, PHONE } from './support/browser.js';
import { choose, fillMember, goto, signIn } from './support/steps.js';
import { withBirge } from './support/suite.js';

/**
 * A CBR worker on a phone registers a household — a mother and her child with cerebral palsy —
 * in Kazakh, with consent; a worker of another district cannot open it.
 */
describe('registering a household in Kazakh', () => {
  const suite = withBirge();
  let householdUrl = '';
  const registered: string[] = [];

  const families = [
    {
      viewport: PHONE,
      mother: { given: 'Гүлжан', family: 'Нұрланова', birthDate: '1990-05-14' },
      child: { given: 'Әли', family: 'Нұрланов', birthDate: '2018-02-03' },
    },
    {
      viewport: DESKTOP,
      mother: { given: 'Ботагөз', family: 'Серікова', birthDate: '1987-03-22' },
      child: { given: 'Арман', family: 'Серіков', birthDate: '2019-07-09' },
    },
  ];

  for (const { viewport, mother: m, child: c } of families) {
    it(`a worker registers a mother and her child with consent (${viewport.width} px)`, async () => {
      const motherName = `${m.given} ${m.family}`;
      const childName = `${c.given} ${c.family}`;
      const context = await newContext(suite.browser, viewport);
      const page = await context.newPage();
      const address = `Абай көшесі, ${viewport.width}`;

      // Given the worker signs in
      await page.goto(suite.birge.url);
      await page.waitForURL(/\/sign-in/);
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('kk');
      // A demo installation says which accounts to try.
      await page.getByText(/Құпиясөзі: birge-demo/).waitFor();
      await expectNoAxeViolations(page, 'sign-in');
      await signIn(page, suite.birge.url, 'worker');
      await page.getByRole('heading', { level: 1, name: 'Үй шаруашылықтары' }).waitFor();
      await page.getByText('Абай көшесі, 45').waitFor();
      await expectNoAxeViolations(page, 'household list');
      await expectNoHorizontalScroll(page);

      // When they start a registration and describe the household
      await page
        .getByRole('link', { name: /Жаңа тіркеу/ })
        .first()
        .click();
      await page.getByText('Қадам 1/4').waitFor();
      await page.getByRole('combobox', { name: /Елді мекен/ }).fill('Бесқайнар');
      await page
        .getByRole('option', { name: /Бесқайнар ауылы/ })
        .first()
        .click();
      await page.getByRole('textbox', { name: /Мекенжай/ }).fill(address);
      await page.getByRole('checkbox', { name: 'Атаулы әлеуметтік көмек алады' }).check();
      await expectNoAxeViolations(page, 'wizard: household');
      await page.getByRole('button', { name: 'Келесі' }).click();

      // And add the mother and her child, whose caregiver and legal representative she is
      await page.getByText('Қадам 2/4').waitFor();
      await fillMember(page, 1, { ...m, sex: 'Әйел', relation: 'Үй иесі' });
      await page.getByRole('button', { name: /Мүше қосу/ }).click();
      const child = await fillMember(page, 2, { ...c, sex: 'Ер', relation: 'Баласы' });
      await child.getByRole('textbox', { name: /АХЖ-10/ }).fill('G80.1');
      await child.getByRole('button', { name: /Күтім жасаушы қосу/ }).click();
      await choose(page, child, 'Таңдаңыз 1-күтім жасаушы', motherName);
      await choose(page, child, 'Таңдаңыз Кім болады', 'Анасы');
      await child.getByRole('checkbox', { name: 'Негізгі күтім жасаушы' }).check();
      await child.getByRole('checkbox', { name: 'Заңды өкілі' }).check();
      await expectNoAxeViolations(page, 'wizard: members');
      await page.getByRole('button', { name: 'Келесі' }).click();

      // And record consent: the mother's own, and hers on behalf of the child
      await page.getByText('Қадам 3/4').waitFor();
      const mother = page.getByRole('group', { name: `${motherName} үшін келісім` });
      await mother.getByRole('radio', { name: 'Иә, келісім берілді' }).check();
      await mother.getByRole('radio', { name: 'Адамның өзі' }).check();
      await mother.getByRole('radio', { name: 'Қағазға қол қойылды' }).check();
      const forChild = page.getByRole('group', { name: `${childName} үшін келісім` });
      await forChild.getByRole('radio', { name: 'Иә, келісім берілді' }).check();
      await forChild.getByRole('radio', { name: 'Иә, үй шаруашылығының мүшесі' }).check();
      await choose(page, forChild, /^Таңдаңыз Заңды өкілі \(үй/, motherName);
      await choose(page, forChild, /^Таңдаңыз Заңды өкілі кім болады/, 'Анасы');
      await forChild.getByRole('radio', { name: 'Қағазға қол қойылды' }).check();
      await expectNoAxeViolations(page, 'wizard: consent');
      await page.getByRole('button', { name: 'Келесі' }).click();

      // And register after reviewing
      await page.getByText('Қадам 4/4').waitFor();
      await expectNoAxeViolations(page, 'wizard: review');
      await page.getByRole('button', { name: 'Тіркеу', exact: true }).click();

      // Then the household page shows both members with valid consent
      await page.getByRole('heading', { level: 1, name: `Үй шаруашылығы: ${address}` }).waitFor();
      householdUrl = page.url();
      registered.push(motherName, childName);
      const main = page.getByRole('main');
      await expect.poll(() => main.innerText()).toContain(motherName);
      const text = await main.innerText();
      expect(text).toContain(childName);
      expect(text).toContain('Бесқайнар ауылы');
      expect(text).toContain('Атаулы әлеуметтік көмек алады');
      await expectNoAxeViolations(page, 'household page');

      // And the child's page shows the diagnosis, his caregiver and the consent
      await page
        .getByRole('link', { name: new RegExp(childName) })
        .first()
        .click();
      await page.getByRole('heading', { level: 1, name: new RegExp(childName) }).waitFor();
      const person = await page.getByRole('main').innerText();
      expect(person).toContain('G80.1');
      expect(person).toContain(motherName);
      expect(person).toContain('Келісім жарамды');
      await expectNoAxeViolations(page, 'person page');
      await expectNoHorizontalScroll(page);
      await context.close();
    });
  }

  it('a worker of another district cannot open the household', async () => {
    expect(householdUrl).toMatch(/\/households\/[0-9a-f-]{36}$/);
    expect(registered).toHaveLength(4);
    const context = await newContext(suite.browser, PHONE);
    const page = await context.newPage();
    await signIn(page, suite.birge.url, 'worker2');
    // worker2 works in Russian (their saved language).
    await page.getByRole('heading', { level: 1, name: 'Домохозяйства' }).waitFor();
    const list = await page.getByRole('main').innerText();
    for (const name of registered) expect(list).not.toContain(name);
    await goto(page, householdUrl);
    await page.getByText('Страница не найдена или у вас нет доступа к ней.').waitFor();
    const refused = await page.getByRole('main').innerText();
    for (const name of registered) expect(refused).not.toContain(name);
    await expectNoAxeViolations(page, 'not found for worker2');
    const api = await page.request.get(householdUrl.replace('/households/', '/api/v1/households/'));
    expect(api.status()).toBe(404);
    await context.close();
  });
});

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow, 'page wider than the screen').toBeLessThanOrEqual(0);
}
