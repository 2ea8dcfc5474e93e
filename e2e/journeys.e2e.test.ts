import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, expectNoAxeViolations, newContext, PHONE } from './support/browser.js';
import { DEVICE_PIN, goto, openDevice, signIn } from './support/steps.js';
import { withBirge } from './support/suite.js';

describe('other journeys through the app', () => {
  const suite = withBirge();

  async function fresh(viewport = PHONE): Promise<Page> {
    const context = await newContext(suite.browser, viewport);
    return context.newPage();
  }

  /** Presses Tab until the focused element's accessible text matches, then returns. */
  async function tabTo(page: Page, text: RegExp, limit = 40) {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return '';
        const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : '';
        return `${el.getAttribute('aria-label') ?? ''} ${label ?? ''} ${el.textContent ?? ''}`;
      });
      if (text.test(focused)) return;
    }
    throw new Error(`could not reach ${String(text)} with the Tab key`);
  }

  it('works by keyboard alone: sign in, find a household, open a person', async () => {
    const page = await fresh(DESKTOP);
    await page.goto(`${suite.birge.url}/sign-in`);
    await page.getByLabel('Пайдаланушы аты').waitFor();
    await tabTo(page, /Пайдаланушы аты/);
    await page.keyboard.type('worker');
    await tabTo(page, /Құпиясөз/);
    await page.keyboard.type('birge-demo');
    await page.keyboard.press('Enter');
    // The first sign-in on a device asks for a PIN for the device store, by keyboard too.
    await page
      .getByRole('heading', { level: 1, name: 'Осы телефонға PIN-код орнатыңыз' })
      .waitFor();
    await tabTo(page, /^\s*PIN коды/);
    await page.keyboard.type(DEVICE_PIN);
    await tabTo(page, /PIN-кодты қайталаңыз/);
    await page.keyboard.type(DEVICE_PIN);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Үй шаруашылықтары' }).waitFor();
    await page.getByText('улица Мира, 7, кв. 3').waitFor();

    await tabTo(page, /Мекенжай, елді мекен/);
    await page.keyboard.type('Петренко');
    await page.getByText('улица Мира, 7, кв. 3').waitFor();
    await tabTo(page, /улица Мира, 7/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /улица Мира/ }).waitFor();
    await page.getByRole('link', { name: 'Дмитрий Петренко' }).waitFor();
    await tabTo(page, /Дмитрий Петренко/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Дмитрий Сергеевич Петренко/ }).waitFor();
    expect(await page.getByRole('main').innerText()).toContain('F84.0');
    await page.context().close();
  });

  it('remembers the language a user chose, on the next sign-in', async () => {
    const page = await fresh();
    await signIn(page, suite.birge.url, 'supervisor');
    await page.getByRole('heading', { level: 1, name: 'Үй шаруашылықтары' }).waitFor();
    await page.getByRole('button', { name: /Тіл/ }).click();
    await page.getByRole('option', { name: 'Русский' }).click();
    await page.getByRole('heading', { level: 1, name: 'Домохозяйства' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await expectNoAxeViolations(page, 'household list in Russian');
    await page.getByRole('button', { name: 'Выйти' }).click();
    await page.waitForURL(/\/sign-in/);
    await page.context().close();

    const again = await fresh();
    await signIn(again, suite.birge.url, 'supervisor');
    await again.getByRole('heading', { level: 1, name: 'Домохозяйства' }).waitFor();
    await again.context().close();
  });

  it('explains what is missing when a step is incomplete, and keeps what was typed', async () => {
    const page = await fresh();
    await signIn(page, suite.birge.url, 'worker');
    await goto(page, `${suite.birge.url}/households/new`);
    await page.getByText('Қадам 1/4').waitFor();
    await page.getByRole('textbox', { name: /Бағдар/ }).fill('Көк қақпа');
    await page.getByRole('button', { name: 'Келесі' }).click();
    const summary = page.getByRole('group', { name: 'Мына қателерді түзетіңіз' });
    await summary.waitFor();
    // The summary takes focus, so a screen reader announces it at once.
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    const text = await summary.innerText();
    expect(text).toContain('Елді мекен');
    expect(text).toContain('Мекенжай');
    expect(await page.getByRole('textbox', { name: /Мекенжай/ }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    await expectNoAxeViolations(page, 'wizard with errors');
    await page.reload();
    await openDevice(page);
    await page.getByText('Қадам 1/4').waitFor();
    expect(await page.getByRole('textbox', { name: /Бағдар/ }).inputValue()).toBe('Көк қақпа');
    await page.context().close();
  });

  it('shows a family only their own household', async () => {
    const page = await fresh();
    await signIn(page, suite.birge.url, 'family');
    // A family lands on its own day (decision 0024), with its plan's activities.
    await page.getByRole('heading', { level: 1, name: 'Бүгін' }).waitFor();
    await page.getByRole('main').getByText('Нұрсұлтан үшін').waitFor();
    expect(await page.getByRole('link', { name: /Жаңа тіркеу/ }).count()).toBe(0);
    await expectNoAxeViolations(page, 'family view');
    // The registry, asked for directly, holds their household alone.
    await goto(page, `${suite.birge.url}/households`);
    await page.getByRole('main').getByText('Нұрсұлтан Сейітқалиев').first().waitFor();
    expect(await page.getByRole('main').innerText()).not.toContain('Петренко');
    await page.context().close();
  });

  it('gives an analyst no personal records, and says so', async () => {
    const page = await fresh();
    await signIn(page, suite.birge.url, 'analyst');
    await page.getByText(/жеке жазбаларды көрмейді/).waitFor();
    await goto(page, `${suite.birge.url}/households`);
    expect(await page.getByRole('main').innerText()).not.toContain('Сейітқалиев');
    await expectNoAxeViolations(page, 'analyst');
    await page.context().close();
  });

  it('lets an administrator read and verify the audit log', async () => {
    const page = await fresh(DESKTOP);
    await signIn(page, suite.birge.url, 'admin');
    await goto(page, `${suite.birge.url}/audit`);
    await page.getByRole('heading', { level: 1, name: 'Аудит журналы' }).waitFor();
    await page.getByRole('table').waitFor();
    expect(await page.getByRole('table').innerText()).toContain('worker');
    await page.getByRole('button', { name: 'Тізбекті тексеру' }).click();
    await page.getByText(/Журнал тұтас/).waitFor();
    await expectNoAxeViolations(page, 'audit log');
    await page.context().close();
  });
});
