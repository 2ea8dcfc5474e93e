import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, newFieldPhone } from './support/browser.js';
import {
  expectEducationStatusSavedKk,
  expectInNoEducationKk,
  expectMemberInEducationKk,
  expectMemberInNoEducationKk,
  fillEducationStatusKk,
  openHouseholdKk,
  openPersonKk,
  sendEducationStatusKk,
} from './support/education-steps.js';
import { choose, signIn } from './support/steps.js';
import { withBirge } from './support/suite.js';

const ADDRESS = 'Бейбітшілік көшесі, 12';
const CHILD = 'Әлия Жақсылықова';
const SCHOOL = 'Қызылқайрат ауылының №2 орта мектебі';
const INCLUSIVE_CLASS = {
  status: 'Жалпы мектеп, инклюзивті сынып',
  institution: SCHOOL,
  grade: '0 «Ә» даярлық',
};

/**
 * Әлия (6, Down syndrome) attends nothing: the kindergarten had no place. The CBR worker, in
 * Kazakh on her 360 px phone, sees "in no education" on the household's member list and on Әлия's
 * page, records her enrolment in an inclusive class, and the badge is gone from the page and the
 * list. Axe runs on each new state. Recording it offline is education-offline.e2e.test.ts.
 */
describe('a child in no education is enrolled in an inclusive class', () => {
  const suite = withBirge();

  it('the worker sees "in no education", records enrolment, and the badge disappears', async () => {
    const context = await newFieldPhone(suite.browser);
    const page = await context.newPage();

    // Given the worker opens the Zhaksylykov household
    await signIn(page, suite.birge.url, 'worker');
    await openHouseholdKk(page, ADDRESS);
    // Then Әлия's card says she is in no education
    await expectMemberInNoEducationKk(page, CHILD);

    // When she opens Әлия's page
    await openPersonKk(page, CHILD);
    await expectInNoEducationKk(page);

    // And records her enrolment in an inclusive class
    await fillEducationStatusKk(page, INCLUSIVE_CLASS);
    await sendEducationStatusKk(page);
    // Then it is saved and Әлия no longer counts as in no education
    await expectEducationStatusSavedKk(page, INCLUSIVE_CLASS);

    // And the household's member list has no badge for her any more
    await expectMemberInEducationKk(page, ADDRESS, CHILD);
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
