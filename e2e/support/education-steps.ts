import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectNoAxeViolations } from './browser.js';
import { choose } from './steps.js';

/**
 * Steps of a child's education (issue 6), in Kazakh on the worker's phone: the household's member
 * list and the child's page say "in no education"; the worker records a status; the badge goes.
 * Shared by the education journey (education.e2e.test.ts) and the full journey.
 */

export const IN_NO_EDUCATION = 'Білім алмайды';

export interface EducationStatusFacts {
  /** The status as the form names it in Kazakh ("Жалпы мектеп, инклюзивті сынып"). */
  status: string;
  /** From which day (YYYY-MM-DD); the form's default, today, when left out. */
  from?: string;
  institution: string;
  grade: string;
}

/** From the worker's home page, opens the household at `address` and waits for its members. */
export async function openHouseholdKk(page: Page, address: string) {
  await page.getByRole('link', { name: address }).click();
  await page.getByRole('heading', { level: 2, name: /^Мүшелері/ }).waitFor();
}

/** The member card of `person` on the household page. */
export function memberCard(page: Page, person: string): Locator {
  return page.locator('.member-card', { hasText: person });
}

/** The household's member list shows "in no education" on the child's card. */
export async function expectMemberInNoEducationKk(page: Page, person: string) {
  await memberCard(page, person).locator('.badge', { hasText: IN_NO_EDUCATION }).waitFor();
  await expectNoAxeViolations(page, 'household page with the in-no-education badge');
}

/** The household's member list (opened again from `address`) no longer marks the child. */
export async function expectMemberInEducationKk(page: Page, address: string, person: string) {
  await page.getByRole('link', { name: address }).first().click();
  await page.getByRole('heading', { level: 2, name: /^Мүшелері/ }).waitFor();
  await expect.poll(() => memberCard(page, person).innerText()).not.toContain(IN_NO_EDUCATION);
  await expectNoAxeViolations(page, 'household page without the in-no-education badge');
}

/**
 * From the household page, opens the person's page. Exactly her name: a task beside it (an
 * overdue referral's) names her too.
 */
export async function openPersonKk(page: Page, person: string) {
  await page.getByRole('link', { name: person, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: person }).waitFor();
}

/** The person page's education section. */
export function educationSection(page: Page): Locator {
  return page.getByRole('region', { name: 'Білім' });
}

/** The education section says the child is in no education (unorganized). */
export async function expectInNoEducationKk(page: Page) {
  const section = educationSection(page);
  await section.locator('.badge', { hasText: IN_NO_EDUCATION }).waitFor();
  expect(await section.innerText()).toContain('Білім алмайды (ұйымдаспаған)');
  await expectNoAxeViolations(page, 'person page with the education section');
}

/** Opens the status form in the education section and fills it in (does not save). */
export async function fillEducationStatusKk(page: Page, facts: EducationStatusFacts) {
  const section = educationSection(page);
  await section.getByRole('button', { name: 'Мәртебе қосу' }).click();
  await choose(page, section, /^Таңдаңыз Мәртебе/, facts.status);
  if (facts.from) await section.getByLabel(/^Қай күннен бастап/).fill(facts.from);
  await section.getByRole('textbox', { name: /^Ұйым/ }).fill(facts.institution);
  await section.getByRole('textbox', { name: /^Сынып немесе топ/ }).fill(facts.grade);
  await expectNoAxeViolations(page, 'education status form');
}

/** Sends the filled status form (again, after a failure too). */
export async function sendEducationStatusKk(page: Page) {
  await educationSection(page).getByRole('button', { name: 'Мәртебе қосу' }).click();
}

/**
 * The status is saved: the section names it as the current one, the "in no education" badge is
 * gone, and the history lists it from its day (dd.mm.yyyy in Kazakh) with the school.
 */
export async function expectEducationStatusSavedKk(page: Page, facts: EducationStatusFacts) {
  const section = educationSection(page);
  await section.getByText('Білім мәртебесі сақталды.').waitFor();
  expect(await section.innerText()).toContain(facts.status);
  expect(await section.locator('.badge', { hasText: IN_NO_EDUCATION }).count()).toBe(0);
  const entry = section.locator('.entry', { hasText: facts.institution });
  expect(await entry.innerText()).toContain(facts.status);
  if (facts.from) {
    const [year, month, day] = facts.from.split('-');
    expect(await entry.innerText()).toContain(`${day}.${month}.${year}`);
  }
  await expectNoAxeViolations(page, 'education section after enrolment');
}

/** The child's education as the server has it (the page's session asks). */
export function educationOnServer(page: Page, personId: string) {
  return page.evaluate(async (id) => {
    const response = await fetch(`/api/v1/persons/${id}/education`);
    if (!response.ok) return null;
    return (await response.json()) as {
      summary: { inNoEducation: boolean; status: string | null; since: string | null };
      statuses: { status: string; from: string; institution: string | null }[];
    };
  }, personId);
}
