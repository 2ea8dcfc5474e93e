import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, expectNoAxeViolations, newContext, PHONE } from './support/browser.js';
import { choose, goto, signIn } from './support/steps.js';
import { withBirge } from './support/suite.js';

/** Kaskelen, Karasay district: where the second demo worker's organizations are. */
const KASKELEN = { latitude: 43.2009, longitude: 76.6203 };
/** Results follow typing after a pause and a request: give them time on a busy machine. */
const WAIT = { timeout: 15_000 };

describe('the service directory', () => {
  const suite = withBirge();

  async function signedIn(username: string, page: Page): Promise<Page> {
    await signIn(page, suite.birge.url, username);
    await page.waitForURL((url) => url.pathname !== '/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    return page;
  }

  const cardTitles = (page: Page) => page.locator('.card-list .card-title').allInnerTexts();

  it('Given the worker in Kazakh on a phone, when she searches for ПМПК and asks for sign language, then only the Talgar ПМПК remains, and its page gives its phone and accessibility', async () => {
    const page = await signedIn('worker', await (await newContext(suite.browser, PHONE)).newPage());
    await page.getByRole('link', { name: 'Анықтамалық', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Қызметтер анықтамалығы' }).waitFor();
    await page.locator('.card-list').waitFor();
    await expectNoAxeViolations(page, 'directory');

    await page.getByRole('searchbox', { name: 'Атауы не мекенжайы бойынша іздеу' }).fill('пмпк');
    await expect.poll(() => cardTitles(page), WAIT).toEqual(['Қарасай ПМПК', 'Талғар ПМПК']);

    await page.getByText('Сүзгілер', { exact: true }).click();
    // The filter goes through the address, so the box ticks once the page has moved there.
    const signLanguage = page.getByRole('checkbox', { name: 'Ымдау тілінің аудармашысы' });
    await signLanguage.click();
    await expect.poll(() => signLanguage.isChecked(), WAIT).toBe(true);
    await expect.poll(() => cardTitles(page), WAIT).toEqual(['Талғар ПМПК']);
    expect(page.url()).toContain('access=sign_language');
    const card = page.locator('.organization-card');
    await expect.poll(() => card.innerText(), WAIT).toContain('Ымдау тілінің аудармашысы');
    await expectNoAxeViolations(page, 'directory, filtered');

    await page.getByRole('link', { name: 'Талғар ПМПК' }).click();
    await page.getByRole('heading', { level: 1, name: 'Талғар ПМПК' }).waitFor();
    expect(await page.getByRole('link', { name: '+7 72774 2 15 47' }).getAttribute('href')).toBe(
      'tel:+77277421547',
    );
    const access = page.getByRole('list', { name: 'Қолжетімділік' });
    expect(await access.innerText()).toContain('Пандус бар');
    const services = page.getByRole('region', { name: 'Қызметтері (ҚДО матрицасы)' });
    expect(await services.innerText()).toContain('Ерте балалық шақ');
    await expectNoAxeViolations(page, 'organization');

    // Back to the results as they were.
    await page.getByRole('link', { name: 'Анықтамалыққа оралу' }).click();
    await page.getByRole('heading', { level: 1, name: 'Қызметтер анықтамалығы' }).waitFor();
    await page.context().close();
  });

  it('Given the Karasay worker in Russian in Kaskelen, when she asks for the nearest first, then Kaskelen’s polyclinic comes first with its distance', async () => {
    const context = await suite.browser.newContext({
      viewport: PHONE,
      locale: 'kk-KZ',
      serviceWorkers: 'block',
      geolocation: KASKELEN,
      permissions: ['geolocation'],
    });
    const page = await signedIn('worker2', await context.newPage());
    await goto(page, `${suite.birge.url}/directory?type=polyclinic`);
    await page.locator('.card-list').waitFor();
    // worker2 reads Russian: the names are the organizations' Russian ones.
    await page.getByRole('button', { name: 'Сначала ближайшие ко мне' }).click();
    await page.getByText('По расстоянию от вас, сначала ближайшие.').waitFor();
    await expect
      .poll(() => cardTitles(page), WAIT)
      .toEqual([
        'Карасайская районная поликлиника',
        'Врачебная амбулатория Бесагаш',
        'Талгарская районная поликлиника',
      ]);
    expect(await page.locator('.organization-distance').first().innerText()).toMatch(/^в 0,\d км$/);
    await expectNoAxeViolations(page, 'directory, nearest first');
    await context.close();
  });

  it('Given the Talgar supervisor, when she adds a kindergarten with a wrong email and then corrects it, then it is in the directory, and an edit on a stale version offers the newer one', async () => {
    const page = await signedIn(
      'supervisor',
      await (await newContext(suite.browser, DESKTOP)).newPage(),
    );
    await goto(page, `${suite.birge.url}/directory`);
    await page.getByRole('link', { name: 'Ұйым қосу' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ұйым қосу' }).waitFor();
    await expectNoAxeViolations(page, 'new organization');

    const form = page.locator('form');
    await choose(page, form, 'Таңдаңыз Түрі', 'Балабақша');
    await page
      .getByRole('textbox', { name: 'Атауы (ұйымның өз тілінде)' })
      .fill('«Айгөлек» балабақшасы');
    await page.getByRole('combobox', { name: /Елді мекен/ }).fill('Талғар');
    await page
      .getByRole('option', { name: /^Талғар қаласы/ })
      .first()
      .click();
    await page.getByRole('textbox', { name: 'Мекенжайы' }).fill('Талғар қ., Жамбыл к-сі, 5');
    await page.getByRole('textbox', { name: 'Ендік' }).fill('43,2990');
    await page.getByRole('textbox', { name: 'Бойлық' }).fill('77.2350');
    await page.getByRole('textbox', { name: 'Электрондық пошта' }).fill('aigolek');
    await page.getByRole('checkbox', { name: 'Баспалдақсыз кіреберіс' }).check();
    await page.getByRole('button', { name: 'Сақтау' }).click();

    const summary = page.getByRole('group', { name: 'Мына қателерді түзетіңіз' });
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Электрондық пошта');
    expect(await page.getByRole('textbox', { name: 'Ендік' }).inputValue()).toBe('43,2990');
    await expectNoAxeViolations(page, 'new organization, with errors');

    await page.getByRole('textbox', { name: 'Электрондық пошта' }).fill('aigolek@example.kz');
    await page.getByRole('button', { name: 'Сақтау' }).click();
    await page.getByRole('heading', { level: 1, name: '«Айгөлек» балабақшасы' }).waitFor();
    await page.getByText('Сақталды').waitFor();
    await expectNoAxeViolations(page, 'organization, added');

    // While she edits the hours, someone else changes the phone: her save is refused, not lost.
    const id = new URL(page.url()).pathname.split('/').pop() ?? '';
    await page.getByRole('link', { name: 'Өзгерту' }).click();
    await page.getByRole('textbox', { name: 'Жұмыс уақыты' }).fill('Дс–Жм 07:30–19:00');
    const api = `${suite.birge.url}/api/v1/organizations/${id}`;
    const stored = (await (await page.request.get(api)).json()) as Record<string, unknown>;
    const {
      id: _id,
      place: _place,
      distanceKm: _d,
      createdAt: _c,
      updatedAt: _u,
      ...content
    } = stored;
    const meanwhile = await page.request.put(api, {
      data: { ...content, phone: '+7 701 111 22 33' },
    });
    expect(meanwhile.status()).toBe(200);
    await page.getByRole('button', { name: 'Сақтау' }).click();
    await page.getByText('Бұл ұйымды осы уақытта басқа біреу өзгертті', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'organization edit, stale');
    await page.getByRole('button', { name: 'Жаңа нұсқасын ашу' }).click();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Телефон нөмірі' }).inputValue(), WAIT)
      .toBe('+7 701 111 22 33');
    await page.getByRole('textbox', { name: 'Жұмыс уақыты' }).fill('Дс–Жм 07:30–19:00');
    await page.getByRole('button', { name: 'Сақтау' }).click();
    await page.getByRole('heading', { level: 1, name: '«Айгөлек» балабақшасы' }).waitFor();
    await page.getByText('Дс–Жм 07:30–19:00').waitFor();
    await page.getByText('+7 701 111 22 33').waitFor();

    await goto(page, `${suite.birge.url}/directory?type=kindergarten`);
    await expect
      .poll(() => cardTitles(page), WAIT)
      .toEqual(['«Айгөлек» балабақшасы', '«Балбөбек» балабақшасы']);
    await page.context().close();
  });
});
