import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectNoAxeViolations } from './browser.js';

/**
 * The family app's steps, in Kazakh (the labels on screen): the worker's invitation on the
 * household page, redeeming it on the family's phone with a PIN, and marking today's practice.
 * Shared by the family's journey (family.e2e.test.ts) and the plan's (plans.e2e.test.ts).
 */

/** The activity card on the family's today screen with this title. */
export const familyCard = (page: Page, title: string) =>
  page.locator('article.today-card', { has: page.getByRole('heading', { name: title }) });

/**
 * On a household page (the worker's): invites a member to the family app and returns the code,
 * checking the page with axe while the code is shown.
 */
export async function inviteFamilyMember(worker: Page, member: string): Promise<string> {
  const invite = worker.locator('section', {
    has: worker.getByRole('heading', { name: 'Отбасы қосымшасы' }),
  });
  await invite.getByRole('radio', { name: member }).check();
  await invite.getByRole('button', { name: 'Кіру кодын алу' }).click();
  const codeBox = invite.locator('.invite-code-box');
  await codeBox.waitFor();
  const code = (await codeBox.locator('.invite-code').innerText()).trim();
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  expect(await codeBox.innerText()).toContain('бір рет қана қолданылады');
  await expectNoAxeViolations(worker, 'household page with an invitation code');
  return code;
}

/** On the family's phone: from the sign-in page to "I have an invitation code". */
export async function openInvitationPage(page: Page, origin: string) {
  await page.goto(`${origin}/sign-in`);
  await page.getByRole('link', { name: 'Менде шақыру коды бар' }).click();
  await page.getByRole('heading', { level: 1, name: 'Шақыру кодымен кіру' }).waitFor();
  await expectNoAxeViolations(page, 'invitation page');
}

/**
 * On the invitation page: types the code as given, chooses a PIN, and waits for today's screen,
 * synced, with the service worker in control (so the app opens offline).
 */
export async function redeemInvitation(page: Page, typed: string, pin: string) {
  await page.getByRole('textbox', { name: 'Шақыру коды' }).fill(typed);
  await page.getByRole('button', { name: 'Кіру', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Осы телефонға PIN-код орнатыңыз' }).waitFor();
  await expectNoAxeViolations(page, 'PIN setup after an invitation');
  await page.getByRole('textbox', { name: 'PIN коды' }).fill(pin);
  await page.getByRole('textbox', { name: 'PIN-кодты қайталаңыз' }).fill(pin);
  await page.getByRole('button', { name: 'PIN-кодты сақтау' }).click();
  await page.getByRole('heading', { level: 1, name: 'Бүгін' }).waitFor();
  await page.getByText(/Синхрондалды/).waitFor();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
      timeout: 30_000,
    })
    .toBe(true);
}

/** The family's answers on an activity card. */
export type PracticeAnswer = 'Жасадық' | 'Біразын жасадық' | 'Бүгін емес';

/** Marks an activity on today's screen with one tap and waits for the confirmation. */
export async function markPractice(page: Page, title: string, answer: PracticeAnswer) {
  const card = familyCard(page, title);
  await card.getByRole('button', { name: answer, exact: true }).click();
  await card.getByText(`Белгіленді: ${answer}.`).waitFor();
}

/** Today's date where the family lives, as the practice logs hold it. */
export function almatyToday(page: Page): Promise<string> {
  return page.evaluate(() =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(new Date()),
  );
}

/** What the server holds of a plan's practice, as the worker's session reads it. */
export async function practiceOnServer(page: Page, planId: string) {
  return page.evaluate(async (id) => {
    const list = (await (await fetch(`/api/v1/practice-logs?planId=${id}`)).json()) as {
      items: { activityId: string; date: string; result: string; loggedByRole: string }[];
    };
    return list.items;
  }, planId);
}

/**
 * Waits until the server holds exactly these of today's logs of the plan, as
 * `activityId:result:loggedByRole`, sorted.
 */
export async function expectPracticeToday(
  worker: Page,
  planId: string,
  today: string,
  expected: string[],
) {
  await expect
    .poll(
      async () =>
        (await practiceOnServer(worker, planId))
          .filter((l) => l.date === today)
          .map((l) => `${l.activityId}:${l.result}:${l.loggedByRole}`)
          .sort(),
      { timeout: 30_000 },
    )
    .toEqual([...expected].sort());
}

/** On the worker's plan page: the adherence table's row for an activity, once it shows `text`. */
export async function expectAdherence(worker: Page, title: string, text: string) {
  await expect
    .poll(() => worker.locator('table', { hasText: title }).innerText(), { timeout: 30_000 })
    .toContain(text);
}
