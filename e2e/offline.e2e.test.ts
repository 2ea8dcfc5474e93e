import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, newContext, newFieldPhone, PHONE } from './support/browser.js';
import { DEVICE_PIN, fillMember, goto, signIn } from './support/steps.js';
import { withBirge } from './support/suite.js';

/** Whether the device store holds the settlements of the worker's district (for the place picker). */
function placesCached(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const [info] = (await indexedDB.databases()).filter((d) => d.name?.startsWith('birge-device-'));
    if (!info?.name) return false;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(info.name as string);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error('open failed'));
    });
    const row = await new Promise<unknown>((resolve) => {
      const request = db.transaction('meta').objectStore('meta').get('places');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(null);
    });
    db.close();
    const value = (row as { value?: { items?: unknown[] } } | undefined)?.value;
    return (value?.items?.length ?? 0) > 0;
  });
}

/**
 * A CBR worker's phone loses its connection in a village: she registers a household and its
 * member offline, the phone reloads, she opens the records with her PIN, and once the connection
 * is back they reach the server, where her supervisor opens them.
 */
describe('working offline', () => {
  const suite = withBirge();

  it('registers offline, survives an offline reload with the PIN, and syncs when back online', async () => {
    const context = await newFieldPhone(suite.browser);
    const page = await context.newPage();
    const address = 'Жібек жолы көшесі, 12';
    const name = 'Сәуле Ахметова';

    // Given the worker signs in and sets a PIN for her phone
    await page.goto(`${suite.birge.url}/sign-in`);
    await page.getByLabel('Пайдаланушы аты').fill('worker');
    await page.getByLabel('Құпиясөз').fill('birge-demo');
    await page.getByRole('button', { name: 'Кіру', exact: true }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Осы телефонға PIN-код орнатыңыз' })
      .waitFor();
    await expectNoAxeViolations(page, 'PIN setup');
    await page.getByRole('textbox', { name: 'PIN коды' }).fill('1234');
    await page.getByRole('textbox', { name: 'PIN-кодты қайталаңыз' }).fill('1234');
    await page.getByRole('button', { name: 'PIN-кодты сақтау' }).click();
    await page.getByText('Бұл кодты табу оңай').first().waitFor();
    await page.getByRole('textbox', { name: 'PIN коды' }).fill(DEVICE_PIN);
    await page.getByRole('textbox', { name: 'PIN-кодты қайталаңыз' }).fill(DEVICE_PIN);
    await page.getByRole('button', { name: 'PIN-кодты сақтау' }).click();

    // And her caseload reaches the phone
    await page.getByRole('heading', { level: 1, name: 'Үй шаруашылықтары' }).waitFor();
    await page.getByText('Абай көшесі, 45').waitFor();
    await page.getByText(/Синхрондалды/).waitFor();
    await expect.poll(() => placesCached(page), { timeout: 30_000 }).toBe(true);
    // The app shell is precached and the worker controls the page before the connection drops.
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
        timeout: 30_000,
      })
      .toBe(true);
    await expectNoAxeViolations(page, 'household list with sync status');

    // When the connection drops
    await context.setOffline(true);
    await page.getByText('Желіден тыс').waitFor();

    // And she registers a household with its head, with consent
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
    await page.getByRole('button', { name: 'Келесі' }).click();
    await page.getByText('Қадам 2/4').waitFor();
    await fillMember(page, 1, {
      given: 'Сәуле',
      family: 'Ахметова',
      sex: 'Әйел',
      birthDate: '1985-09-01',
      relation: 'Үй иесі',
    });
    await page.getByRole('button', { name: 'Келесі' }).click();
    await page.getByText('Қадам 3/4').waitFor();
    const consent = page.getByRole('group', { name: `${name} үшін келісім` });
    await consent.getByRole('radio', { name: 'Иә, келісім берілді' }).check();
    await consent.getByRole('radio', { name: 'Адамның өзі' }).check();
    await consent.getByRole('radio', { name: 'Қағазға қол қойылды' }).check();
    await page.getByRole('button', { name: 'Келесі' }).click();
    await page.getByText('Қадам 4/4').waitFor();
    await page.getByRole('button', { name: 'Тіркеу', exact: true }).click();

    // Then the household page shows her, and the header counts the changes waiting
    await page.getByRole('heading', { level: 1, name: `Үй шаруашылығы: ${address}` }).waitFor();
    const householdUrl = page.url();
    await expect.poll(() => page.getByRole('main').innerText()).toContain(name);
    await page.getByText('Жіберуді күтіп тұрған өзгеріс: 2').waitFor();
    await expectNoAxeViolations(page, 'household registered offline');

    // When the phone reloads the app while still offline
    await page.reload();

    // Then the app opens at the unlock screen, and the PIN opens her records
    await page.getByRole('heading', { level: 1, name: 'Жазбаларды ашу' }).waitFor();
    await expectNoAxeViolations(page, 'unlock');
    await page.getByRole('textbox', { name: 'PIN коды' }).fill('000000');
    await page.getByRole('button', { name: 'Ашу', exact: true }).click();
    await page.getByText('Қалған әрекет саны: 4').first().waitFor();
    await page.getByRole('textbox', { name: 'PIN коды' }).fill(DEVICE_PIN);
    await page.getByRole('button', { name: 'Ашу', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Үй шаруашылығы: ${address}` }).waitFor();
    await expect.poll(() => page.getByRole('main').innerText()).toContain(name);

    // When the connection returns, the changes go to the server
    await context.setOffline(false);
    await page.getByRole('link', { name: 'Синхрондау', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Синхрондау' }).waitFor();
    await page.getByRole('button', { name: 'Қазір синхрондау' }).click();
    await expect
      .poll(() => page.getByRole('main').innerText(), { timeout: 30_000 })
      .toContain('Жіберуді күтіп тұрған өзгеріс: 0');
    expect(await page.getByRole('main').innerText()).toContain('Мәселе жоқ.');
    await expectNoAxeViolations(page, 'sync page');
    await context.close();

    // Then her supervisor, online on another device, opens the household
    const supervisorContext = await newContext(suite.browser, PHONE);
    const supervisor = await supervisorContext.newPage();
    await signIn(supervisor, suite.birge.url, 'supervisor');
    await goto(supervisor, householdUrl);
    await supervisor
      .getByRole('heading', { level: 1, name: `Үй шаруашылығы: ${address}` })
      .waitFor();
    const text = await supervisor.getByRole('main').innerText();
    expect(text).toContain(name);
    expect(text).toContain('Бесқайнар ауылы');
    await expectNoAxeViolations(supervisor, 'supervisor opens the household');
    await supervisorContext.close();
  });
});
