import type { Page } from 'playwright-core';

/** Steps a person takes in the app, by what they see (labels in the language on screen). */

export async function signIn(
  page: Page,
  origin: string,
  username: string,
  password = 'birge-demo',
) {
  await page.goto(`${origin}/sign-in`);
  await page.getByLabel('Пайдаланушы аты').fill(username);
  await page.getByLabel('Құпиясөз').fill(password);
  await page.getByRole('button', { name: 'Кіру', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await openDevice(page);
}

/** The PIN the tests' workers choose for their phones. */
export const DEVICE_PIN = '582914';

/**
 * After signing in or a full page load, a user whose phone keeps a caseload sets a PIN (the first
 * time) or unlocks the device store with it. Other roles go straight to their page.
 */
export async function openDevice(page: Page, pin = DEVICE_PIN) {
  const setup = page.locator('#pin-new');
  const unlock = page.locator('#unlock-pin');
  await page.locator('main h1').first().waitFor();
  if (await setup.isVisible()) {
    await setup.fill(pin);
    await page.locator('#pin-again').fill(pin);
    await page.locator('#pin-again').press('Enter');
    await setup.waitFor({ state: 'detached' });
  } else if (await unlock.isVisible()) {
    await unlock.fill(pin);
    await unlock.press('Enter');
    await unlock.waitFor({ state: 'detached' });
  }
}

/** A full page load of `url`, opening the device store if it asks. */
export async function goto(page: Page, url: string) {
  await page.goto(url);
  await openDevice(page);
}

export async function choose(
  page: Page,
  scope: ReturnType<Page['locator']> | Page,
  button: string | RegExp,
  option: string,
) {
  await scope.getByRole('button', { name: button }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

export interface MemberFacts {
  given: string;
  family: string;
  sex: 'Әйел' | 'Ер';
  birthDate: string;
  relation: string;
}

/** Fills the n-th member's block of the registration wizard. */
export async function fillMember(page: Page, n: number, facts: MemberFacts) {
  const block = page.getByRole('group', { name: new RegExp(`^${n}-мүше`) });
  await block.getByRole('textbox', { name: /^Аты/ }).fill(facts.given);
  await block.getByRole('textbox', { name: /^Тегі/ }).fill(facts.family);
  await block.getByRole('radio', { name: facts.sex, exact: true }).check();
  await block
    .getByLabel(/^Туған күні/)
    .first()
    .fill(facts.birthDate);
  await choose(page, block, /^Таңдаңыз Үй иесіне кім болады/, facts.relation);
  return block;
}
