import { searchKey } from '@birge/domain';
import type { Page } from 'playwright-core';
import { v7 as uuidv7 } from 'uuid';
import { expect } from 'vitest';
import { expectNoAxeViolations } from './browser.js';
import type { E2eServer } from './server.js';

/**
 * Steps of a referral's closed loop (issue 6): the worker refers a person in Kazakh, the service's
 * staff answer in Russian from their inbox, the worker sees the outcome. Shared by the referral
 * journey (referrals.e2e.test.ts) and the full journey.
 */

export interface ServiceFacts {
  id: string;
  name: string;
}

const TALGAR_DISTRICT = '1962';

/**
 * Given the Talgar district's ПМПК is in the directory and the demo `provider` works there. The
 * demo directory has it; a database without it gets it here, so the steps run either way.
 */
export async function givenTalgarPmpk(birge: E2eServer): Promise<ServiceFacts> {
  const { db } = birge.database;
  let org = await db
    .selectFrom('organizations')
    .select(['id', 'name'])
    .where('type', '=', 'pmpk')
    .where('place_code', 'like', `${TALGAR_DISTRICT}%`)
    .where('deleted_at', 'is', null)
    .orderBy('name')
    .executeTakeFirst();
  if (!org) {
    org = { id: uuidv7(), name: 'Талғар аудандық ПМПК' };
    await db
      .insertInto('organizations')
      .values({
        id: org.id,
        name: org.name,
        names: JSON.stringify({ ru: 'Талгарская районная ПМПК' }),
        sector: 'education',
        type: 'pmpk',
        place_code: '196220100',
        address: 'Талғар қ., Тәуелсіздік көшесі, 60',
        latitude: null,
        longitude: null,
        phone: '+7 727 742 1234',
        email: null,
        website: null,
        opening_hours: null,
        languages: ['kk', 'ru'],
        services: ['education.early_childhood', 'education.primary'],
        accessibility: ['step_free_entrance'],
        description: null,
        search_text: searchKey(`${org.name} Талгарская районная ПМПК Талғар`),
      })
      .execute();
  }
  await db
    .updateTable('users')
    .set({ organization_id: org.id })
    .where('username', '=', 'provider')
    .execute();
  return org;
}

export interface ReferralFacts {
  /** Typed into the directory search. */
  search: string;
  organization: string;
  reason: string;
  /** A CBR matrix element as the form names it in Kazakh. */
  element: string;
  /** Kazakh labels of the parts to share ("Отбасымен байланыс" …). */
  share: string[];
  /** Cut the connection after the directory answered, before choosing: a referral made offline. */
  goOffline?: () => Promise<void>;
}

/**
 * On the person's page (in Kazakh), the worker refers them: searches the directory, chooses the
 * organization, writes the reason, the element, what to share, and sends. Returns the referral's
 * id from its page.
 */
export async function referToServiceKk(page: Page, facts: ReferralFacts): Promise<string> {
  await page.getByRole('link', { name: 'Қызметке жолдау' }).click();
  await page.getByRole('heading', { level: 1, name: /^Қызметке жолдама:/ }).waitFor();
  await page.getByRole('searchbox', { name: 'Анықтамалықтан іздеу' }).fill(facts.search);
  const choose = page.getByRole('button', { name: `Таңдау: ${facts.organization}` });
  await choose.waitFor();
  await expectNoAxeViolations(page, 'referral form with directory results');
  if (facts.goOffline) await facts.goOffline();
  await choose.click();
  await page.getByText(`Жолдама: ${facts.organization}`).waitFor();
  await page.getByRole('textbox', { name: 'Жолдаудың себебі' }).fill(facts.reason);
  await page.getByRole('checkbox', { name: facts.element, exact: true }).check();
  for (const part of facts.share)
    await page.getByRole('checkbox', { name: new RegExp(`^${part}:`) }).check();
  await expectNoAxeViolations(page, 'referral form filled in');
  await page.getByRole('button', { name: 'Жолдаманы жіберу' }).click();
  await page.getByRole('heading', { level: 1, name: `Жолдама: ${facts.organization}` }).waitFor();
  return new URL(page.url()).pathname.split('/referrals/')[1] ?? '';
}

/** The referral as the server has it (the page's session asks). */
export function referralOnServer(page: Page, id: string) {
  return page.evaluate(async (referralId) => {
    const response = await fetch(`/api/v1/referrals/${referralId}`);
    if (!response.ok) return null;
    return (await response.json()) as {
      status: string;
      reason: string;
      events: { status: string; note: string | null; byRole: string }[];
    };
  }, id);
}

/** The provider switches the interface to Russian (the language is remembered for the account). */
export async function switchToRussian(page: Page) {
  await page.getByRole('button', { name: /Тіл/ }).click();
  await page.getByRole('option', { name: 'Русский' }).click();
  await page.getByRole('link', { name: 'Входящие направления', exact: true }).waitFor();
}

export type ProviderAction =
  'Принять' | 'Назначить приём' | 'Выполнено' | 'Не пришёл' | 'Отклонить';

/** On a referral's page (in Russian), the provider records the next step and sees it saved. */
export async function answerReferralRu(
  page: Page,
  action: ProviderAction,
  options: { appointmentOn?: string; note?: string } = {},
) {
  const form = page.getByRole('region', { name: 'Записать следующий шаг' });
  await form.getByRole('radio', { name: action, exact: true }).check();
  if (options.appointmentOn) await form.getByLabel(/^День приёма/).fill(options.appointmentOn);
  if (options.note)
    await form.getByRole('textbox', { name: /^(Заключение|Примечание|Почему)/ }).fill(options.note);
  await form.getByRole('button', { name: 'Сохранить шаг' }).click();
  await page.getByText(/^Сохранено: /).waitFor();
}

/**
 * The provider's inbox lists the person; the row whose reason starts with `reason` opens the
 * referral (a person may have more than one).
 */
export async function openFromInboxRu(page: Page, person: string, reason: string) {
  await page.getByRole('heading', { level: 1, name: 'Входящие направления' }).waitFor();
  const card = page.getByRole('listitem').filter({ hasText: reason });
  const row = card.getByRole('link', { name: new RegExp(`^${person},`) });
  try {
    await row.waitFor();
  } catch (error) {
    throw new Error(`The inbox shows:\n${await page.getByRole('main').innerText()}`, {
      cause: error,
    });
  }
  await expectNoAxeViolations(page, 'provider inbox');
  await row.click();
  await page.getByRole('heading', { level: 1, name: person }).waitFor();
  await expectNoAxeViolations(page, 'provider referral page');
}

/** The worker's view of the referral (Kazakh) shows the status and the service's note. */
export async function expectReferralOutcomeKk(page: Page, status: string, note: string) {
  await page.getByText(status).first().waitFor();
  expect(await page.getByRole('main').innerText()).toContain(note);
}
