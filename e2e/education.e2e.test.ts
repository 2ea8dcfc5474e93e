import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, newFieldPhone } from './support/browser.js';
import { choose, signIn } from './support/steps.js';
import { withBirge } from './support/suite.js';

const ADDRESS = 'Бейбітшілік көшесі, 12';
const CHILD = 'Әлия Жақсылықова';
const IN_NO_EDUCATION = 'Білім алмайды';
const SCHOOL = 'Қызылқайрат ауылының №2 орта мектебі';

/**
 * Әлия (6, Down syndrome) attends nothing: the kindergarten had no place. The CBR worker, in
 * Kazakh on her 360 px phone, sees "in no education" on the household's member list and on Әлия's
 * page, records her enrolment in an inclusive class — first without a connection, which the form
 * says and keeps what she typed — and the badge is gone from the page and the list. Axe runs on
 * each new state.
 */
describe('a child in no education is enrolled in an inclusive class', () => {
  const suite = withBirge();

  it('the worker sees "in no education", records enrolment, and the badge disappears', async () => {
    const context = await newFieldPhone(suite.browser);
    const page = await context.newPage();

    // Given the worker opens the Zhaksylykov household
    await signIn(page, suite.birge.url, 'worker');
    await page.getByRole('link', { name: ADDRESS }).click();
    await page.getByRole('heading', { level: 2, name: /^Мүшелері/ }).waitFor();
    // Then Әлия's card says she is in no education
    const card = page.locator('.member-card', { hasText: CHILD });
    await card.locator('.badge', { hasText: IN_NO_EDUCATION }).waitFor();
    await expectNoAxeViolations(page, 'household page with the in-no-education badge');

    // When she opens Әлия's page
    await page.getByRole('link', { name: CHILD, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: CHILD }).waitFor();
    const section = page.getByRole('region', { name: 'Білім' });
    await section.locator('.badge', { hasText: IN_NO_EDUCATION }).waitFor();
    expect(await section.innerText()).toContain('Білім алмайды (ұйымдаспаған)');
    await expectNoAxeViolations(page, 'person page with the education section');

    // And starts recording an inclusive class, but the connection has dropped
    await section.getByRole('button', { name: 'Мәртебе қосу' }).click();
    await choose(page, section, /^Таңдаңыз Мәртебе/, 'Жалпы мектеп, инклюзивті сынып');
    await section.getByRole('textbox', { name: /^Ұйым/ }).fill(SCHOOL);
    await section.getByRole('textbox', { name: /^Сынып немесе топ/ }).fill('0 «Ә» даярлық');
    await expectNoAxeViolations(page, 'education status form');
    await context.setOffline(true);
    await section.getByRole('button', { name: 'Мәртебе қосу' }).click();
    // Then the form says it needs a connection and keeps what she typed
    await section
      .getByRole('alert')
      .getByText(/байланыс/)
      .waitFor();
    expect(await section.getByRole('textbox', { name: /^Ұйым/ }).inputValue()).toBe(SCHOOL);

    // When the connection is back and she sends it again
    await context.setOffline(false);
    await section.getByRole('button', { name: 'Мәртебе қосу' }).click();
    // Then it is saved and Әлия no longer counts as in no education
    await section.getByText('Білім мәртебесі сақталды.').waitFor();
    expect(await section.innerText()).toContain('Жалпы мектеп, инклюзивті сынып');
    expect(await section.locator('.badge', { hasText: IN_NO_EDUCATION }).count()).toBe(0);
    await expectNoAxeViolations(page, 'education section after enrolment');

    // And the household's member list has no badge for her any more
    await page.getByRole('link', { name: /Бейбітшілік көшесі, 12/ }).click();
    await page.getByRole('heading', { level: 2, name: /^Мүшелері/ }).waitFor();
    await expect
      .poll(() => page.locator('.member-card', { hasText: CHILD }).innerText())
      .not.toContain(IN_NO_EDUCATION);
    await context.close();
  });

  it('the worker reads and adds an adult’s livelihood, with field errors in Kazakh', async () => {
    const context = await newFieldPhone(suite.browser);
    const page = await context.newPage();
    await signIn(page, suite.birge.url, 'worker');

    // Given Бауыржан's page: a self-employed carpenter in a self-help group
    await page.getByRole('link', { name: 'Жібек жолы көшесі, 3' }).click();
    await page.getByRole('link', { name: 'Бауыржан Омаров' }).click();
    const section = page.getByRole('region', { name: 'Күнкөріс' });
    await section.getByText('Өзін-өзі жұмыспен қамтыған', { exact: false }).first().waitFor();
    expect(await section.innerText()).toContain('Мүгедектігі бойынша жәрдемақы');
    await expectNoAxeViolations(page, 'person page with the livelihood section');

    // When he saves a new record without saying what work he does
    await section.getByRole('button', { name: 'Жазба қосу' }).click();
    await section.getByRole('button', { name: 'Жазба қосу' }).click();
    // Then the field says what is missing
    await section.locator('.field-error').first().waitFor();
    expect(await section.locator('.field-error').first().innerText()).toBe(
      'Ұсынылған нұсқалардың бірін таңдаңыз',
    );
    await expectNoAxeViolations(page, 'livelihood form with an error');

    // When he chooses the work and a benefit and saves
    await choose(page, section, /^Таңдаңыз Жұмыс/, 'Жалдамалы жұмыста');
    await section.getByRole('checkbox', { name: 'Мүгедектігі бойынша жәрдемақы' }).check();
    await section.getByRole('button', { name: 'Жазба қосу' }).click();
    // Then it is the current situation
    await section.getByText('Күнкөріс жазбасы сақталды.').waitFor();
    expect(await section.locator('.entry').first().innerText()).toContain('Жалдамалы жұмыста');
    await context.close();
  });
});
