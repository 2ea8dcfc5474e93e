import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, newFieldPhone } from './support/browser.js';
import { syncNowKk } from './support/plan-steps.js';
import { choose, signIn } from './support/steps.js';
import { withBirge } from './support/suite.js';

const ADDRESS = 'Бейбітшілік көшесі, 12';
const CHILD = 'Әлия Жақсылықова';
const IN_NO_EDUCATION = 'Білім алмайды';
const SCHOOL = 'Қызылқайрат ауылының №2 орта мектебі';
const WAITING = 'Жіберуді күтуде';

/**
 * Әлия's enrolment recorded on a home visit without a connection (decision 0027): the worker's
 * phone saves it, says it waits to be sent, and the badge goes from her page and the household
 * list at once; after the sync the server has it and nothing waits.
 */
describe('education recorded offline reaches the server at the next sync', () => {
  const suite = withBirge();

  it('the worker enrols Әлия offline, sees it waiting, and syncs it', async () => {
    const phone = await newFieldPhone(suite.browser);
    const page = await phone.newPage();

    // Given the worker's phone holds her caseload
    await signIn(page, suite.birge.url, 'worker');
    await page.getByText(ADDRESS).waitFor();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
        timeout: 30_000,
      })
      .toBe(true);
    await page.getByRole('link', { name: ADDRESS }).click();
    await page.getByRole('heading', { level: 2, name: /^Мүшелері/ }).waitFor();
    const card = page.locator('.member-card', { hasText: CHILD });
    await card.locator('.badge', { hasText: IN_NO_EDUCATION }).waitFor();
    await page.getByRole('link', { name: CHILD }).click();
    await page.getByRole('heading', { level: 1, name: CHILD }).waitFor();
    const personId = new URL(page.url()).pathname.split('/').at(-1) ?? '';

    // When the connection drops and she records the inclusive class
    await phone.setOffline(true);
    const section = page.getByRole('region', { name: 'Білім' });
    await section.locator('.badge', { hasText: IN_NO_EDUCATION }).waitFor();
    await section.getByRole('button', { name: 'Мәртебе қосу' }).click();
    await choose(page, section, /^Таңдаңыз Мәртебе/, 'Жалпы мектеп, инклюзивті сынып');
    await section.getByRole('textbox', { name: /^Ұйым/ }).fill(SCHOOL);
    await section.getByRole('button', { name: 'Мәртебе қосу' }).click();

    // Then the phone keeps it, waiting to be sent, and she is no longer in no education
    await section.getByText('Білім мәртебесі сақталды.').waitFor();
    await section.getByText(WAITING).waitFor();
    expect(await section.innerText()).toContain('Жалпы мектеп, инклюзивті сынып');
    expect(await section.locator('.badge', { hasText: IN_NO_EDUCATION }).count()).toBe(0);
    await expectNoAxeViolations(page, 'education entry waiting to send');

    // And the household list, still offline, shows no badge for her
    await page.getByRole('link', { name: /Бейбітшілік көшесі, 12/ }).click();
    await page.getByRole('heading', { level: 2, name: /^Мүшелері/ }).waitFor();
    await expect
      .poll(() => page.locator('.member-card', { hasText: CHILD }).innerText())
      .not.toContain(IN_NO_EDUCATION);

    // When the connection is back and she syncs
    await phone.setOffline(false);
    await syncNowKk(page);

    // Then the server has the status
    const onServer = await page.evaluate(async (id) => {
      const res = await fetch(`/api/v1/persons/${id}/education`);
      return (await res.json()) as { statuses: { status: string; institution: string | null }[] };
    }, personId);
    expect(onServer.statuses[0]).toMatchObject({
      status: 'general_school_inclusive',
      institution: SCHOOL,
    });
    await phone.close();
  });
});
