import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, expectNoAxeViolations, newContext, PHONE } from './support/browser.js';
import { signIn } from './support/steps.js';
import { withBirge } from './support/suite.js';

const CARD = 'feeding.upright-for-meals';
const NEW_TITLE = 'Тамақ кезінде тік отыру (өңделген)';

describe('an administrator keeps the activity library; workers set their work phone; the family prints its plan', () => {
  const suite = withBirge();

  async function signedIn(username: string, viewport = DESKTOP): Promise<Page> {
    const page = await (await newContext(suite.browser, viewport)).newPage();
    await signIn(page, suite.birge.url, username);
    await page.waitForURL((url) => url.pathname !== '/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    return page;
  }

  async function openCard(page: Page, title: string) {
    await page.getByRole('link', { name: 'Жаттығулар кітапханасы' }).click();
    await page.getByRole('heading', { level: 1, name: 'Жаттығулар кітапханасы' }).waitFor();
    await page.getByRole('searchbox', { name: 'Атауы бойынша іздеу' }).fill(title);
    await page.getByRole('link', { name: title, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Картаны өзгерту: ${title}` }).waitFor();
  }

  it('Given the admin, when they change a card’s Kazakh title and save, then the library shows it', async () => {
    const page = await signedIn('admin');
    const before = await page.request.get(`${suite.birge.url}/api/v1/activities/${CARD}`);
    const card = (await before.json()) as { title: { kk: string }; version: number };

    await page.getByRole('link', { name: 'Жаттығулар кітапханасы' }).click();
    await page.getByRole('heading', { level: 1, name: 'Жаттығулар кітапханасы' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /48 карта/ })
      .waitFor();
    await expectNoAxeViolations(page, 'activity library');

    await openCard(page, card.title.kk);
    await expectNoAxeViolations(page, 'activity card editor');

    // A blank title is refused before anything is sent, next to its field.
    const title = page.locator('#card-title-kk');
    await title.fill('');
    await page.getByRole('button', { name: 'Картаны сақтау' }).click();
    await page.getByRole('heading', { name: 'Мына қателерді түзетіңіз' }).waitFor();
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'activity card editor with an error');

    await title.fill(NEW_TITLE);
    await page.getByRole('button', { name: 'Картаны сақтау' }).click();
    await page.getByText(`Карта сақталды (${card.version + 1}-нұсқа).`).waitFor();
    const after = (await (
      await page.request.get(`${suite.birge.url}/api/v1/activities/${CARD}`)
    ).json()) as { title: { kk: string }; origin: string };
    expect(after).toMatchObject({ title: { kk: NEW_TITLE }, origin: 'edited' });

    await page.getByRole('link', { name: 'Кітапханаға оралу' }).click();
    await page.getByRole('searchbox', { name: 'Атауы бойынша іздеу' }).fill('өңделген');
    await page.getByRole('link', { name: NEW_TITLE, exact: true }).waitFor();
    await page.context().close();
  });

  it('Given a card someone else saved meanwhile, when the admin saves, then they are told and can open the new version', async () => {
    const page = await signedIn('admin');
    await openCard(page, NEW_TITLE);
    const current = (await (
      await page.request.get(`${suite.birge.url}/api/v1/activities/${CARD}`)
    ).json()) as Record<string, unknown>;

    // Another administrator saves first.
    const { id: _id, origin: _o, updatedAt: _u, updatedBy: _b, ...rest } = current;
    const theirs = 'Тамақ кезінде тік отыру (басқа әкімші)';
    const put = await page.request.put(`${suite.birge.url}/api/v1/activities/${CARD}`, {
      data: { ...rest, title: { ...(current.title as object), kk: theirs } },
    });
    expect(put.status()).toBe(200);

    await page.locator('#card-title-kk').fill('Менің нұсқам');
    await page.getByRole('button', { name: 'Картаны сақтау' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Бұл картаны басқа біреу өзгертті' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Сіздің өзгерістеріңіз сақталған жоқ');
    await expectNoAxeViolations(page, 'activity card conflict');

    await page.getByRole('button', { name: 'Картаның жаңа нұсқасын ашу' }).click();
    await expect.poll(() => page.locator('#card-title-kk').inputValue()).toBe(theirs);
    expect(await alert.count()).toBe(0);
    await page.context().close();
  });

  it('Given a worker, when they set their work phone, then a wrong number is explained and a right one kept', async () => {
    const page = await signedIn('worker', PHONE);
    await page.getByRole('link', { name: 'Менің деректерім' }).click();
    await page.getByRole('heading', { level: 1, name: 'Менің деректерім' }).waitFor();
    await expectNoAxeViolations(page, 'profile');
    const phone = page.getByRole('textbox', { name: 'Жұмыс телефоны' });
    await phone.fill('+7 912 345 67 89');
    await page.getByRole('button', { name: 'Телефонды сақтау' }).click();
    await page.getByText('Қазақстан нөмірін енгізіңіз').waitFor();
    expect(await phone.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'profile with a wrong phone');

    await phone.fill('8 701 555 44 33');
    await page.getByRole('button', { name: 'Телефонды сақтау' }).click();
    await page.getByText('Жұмыс телефоны сақталды: +7 701 555 44 33.').waitFor();
    const me = (await (await page.request.get(`${suite.birge.url}/api/v1/auth/me`)).json()) as {
      phone: string;
    };
    expect(me.phone).toBe('+7 701 555 44 33');
    await page.context().close();
  });

  it('Given the family on their plan page, then the printed plan in their language is one tap away', async () => {
    const page = await signedIn('family', PHONE);
    await page.getByRole('link', { name: 'Жоспар', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Біздің жоспар' }).waitFor();
    const link = page.getByRole('link', { name: 'Жоспарды басып шығару (PDF)' });
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/api\/v1\/plans\/[0-9a-f-]{36}\/print\.pdf\?lang=kk$/);
    const pdf = await page.request.get(`${suite.birge.url}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    await expectNoAxeViolations(page, 'family: plan with the print link');
    await page.context().close();
  });
});
