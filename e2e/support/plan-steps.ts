import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectNoAxeViolations } from './browser.js';

/**
 * A worker's steps with rehabilitation plans, in Kazakh (the labels on screen). Shared by the
 * worker's journey (plans.e2e.test.ts) and the family's, which starts from a plan made here.
 */

/** Opens the sync page, syncs, and waits until nothing is left to send (Kazakh labels). */
export async function syncNowKk(page: Page) {
  await page.getByRole('link', { name: 'Синхрондау', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Синхрондау' }).waitFor();
  await page.getByRole('button', { name: /Қазір синхрондау/ }).click();
  await expect
    .poll(() => page.getByRole('main').innerText(), { timeout: 30_000 })
    .toMatch(/Жіберуді күтіп тұрған өзгеріс: 0|Жіберуді күтуде\s*0/);
}

export interface GoalFacts {
  title: string;
  /** The five levels, from −2 to +2. */
  levels: [string, string, string, string, string];
  element: string;
  responsible: string;
}

const LEVEL_LABELS = [
  '−2 · Күтілгеннен әлдеқайда төмен',
  '−1 · Күтілгеннен сәл төмен',
  '0 · Күтілген нәтиже',
  '+1 · Күтілгеннен сәл жоғары',
  '+2 · Күтілгеннен әлдеқайда жоғары',
];

/** Adds a goal on the builder's goals step, with its five levels. */
export async function addGoal(page: Page, goal: GoalFacts, checkAxe = false) {
  await page.getByRole('button', { name: 'Мақсат қосу' }).click();
  await page.getByRole('heading', { level: 2, name: 'Мақсат' }).waitFor();
  await page.getByRole('textbox', { name: 'Мақсат', exact: true }).fill(goal.title);
  await page.getByRole('checkbox', { name: goal.element, exact: true }).check();
  for (const [i, label] of LEVEL_LABELS.entries())
    await page.getByRole('textbox', { name: label, exact: true }).fill(goal.levels[i] ?? '');
  await page.getByRole('checkbox', { name: goal.responsible, exact: true }).check();
  if (checkAxe) await expectNoAxeViolations(page, 'plan builder: goal');
  await page.getByRole('button', { name: 'Мақсатты сақтау' }).click();
  await page.getByRole('heading', { level: 2, name: /Мақсаттар$/ }).waitFor();
}

/** Adds an activity from the library for a named family member, `times` a day. */
export async function addActivity(
  page: Page,
  activity: { title: string; member: string; times: number },
  checkAxe = false,
) {
  await page.getByRole('button', { name: 'Жаттығу қосу' }).click();
  await page.getByRole('heading', { level: 2, name: 'Жаттығулар кітапханасы' }).waitFor();
  if (checkAxe) await expectNoAxeViolations(page, 'plan builder: activity library');
  await page.getByRole('button', { name: `Таңдау: ${activity.title}`, exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'Жаттығу' }).waitFor();
  await page.getByRole('radio', { name: activity.member, exact: true }).check();
  await page.getByRole('textbox', { name: 'Неше рет' }).fill(String(activity.times));
  if (checkAxe) await expectNoAxeViolations(page, 'plan builder: activity');
  await page.getByRole('button', { name: 'Жаттығуды сақтау' }).click();
  await page.getByRole('heading', { level: 2, name: /Үй бағдарламасы$/ }).waitFor();
}

const LEVEL_ORDER = ['+2', '+1', '0', '−1', '−2'];

/**
 * On a plan's page: opens the GAS review and scores every goal at a level ("0", "+1", "−1") by
 * keyboard alone — Space on the first level, then the arrow keys, as a radio group works.
 */
export async function reviewGoals(page: Page, levels: string[]) {
  await page.getByRole('link', { name: 'Мақсаттарды қайта бағалау' }).click();
  await page.getByRole('heading', { level: 1, name: /^Мақсаттарды қайта бағалау/ }).waitFor();
  const groups = page.getByRole('radiogroup', { name: 'Қол жеткізілген деңгей' });
  for (const [i, level] of levels.entries()) {
    const group = groups.nth(i);
    await group.getByRole('radio', { name: /^\+2 · / }).focus();
    await page.keyboard.press('Space');
    for (let step = 0; step < LEVEL_ORDER.indexOf(level); step++)
      await page.keyboard.press('ArrowDown');
    const chosen = group.getByRole('radio', {
      name: new RegExp(`^${level.replace('+', '\\+')} · `),
    });
    expect(await chosen.isChecked()).toBe(true);
  }
}
