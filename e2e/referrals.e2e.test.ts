import { describe, expect, it } from 'vitest';
import { DESKTOP, expectNoAxeViolations, newContext, newFieldPhone } from './support/browser.js';
import { syncNowKk } from './support/plan-steps.js';
import {
  answerReferralRu,
  expectReferralOutcomeKk,
  givenTalgarPmpk,
  openFromInboxRu,
  referralOnServer,
  referToServiceKk,
  switchToRussian,
} from './support/referral-steps.js';
import { goto, signIn } from './support/steps.js';
import { withBirge } from './support/suite.js';

const ADDRESS = 'Бейбітшілік көшесі, 12';
const CHILD = 'Әлия Жақсылықова';
const REASON = 'Бала ешқандай білім беру ұйымына бармайды; оқу жағдайларын анықтау керек';
const CONCLUSION = 'Рекомендовано обучение в инклюзивном классе с сопровождением тьютора.';

/**
 * A CBR worker in Kazakh refers Aliya (6, attends nothing) to the Talgar ПМПК from her phone:
 * the directory answers while online, the connection drops before she sends, the referral waits
 * on the phone and syncs when the connection is back. The ПМПК's staff member, in Russian, finds
 * it in the inbox, accepts it, sets an appointment and completes it with the conclusion; the
 * worker then sees it completed with the conclusion. Axe runs on every page.
 */
describe('a referral to a service, sent offline and answered by the service', () => {
  const suite = withBirge();

  it('the worker refers offline, the provider answers in Russian, the worker sees the outcome', async () => {
    const origin = suite.birge.url;
    const pmpk = await givenTalgarPmpk(suite.birge);

    // Given the worker signs in on her phone
    const phone = await newFieldPhone(suite.browser);
    const worker = await phone.newPage();
    await signIn(worker, origin, 'worker');
    await worker.getByText(ADDRESS).waitFor();
    await expect
      .poll(() => worker.evaluate(() => navigator.serviceWorker.controller !== null), {
        timeout: 30_000,
      })
      .toBe(true);

    // When she opens Aliya's page
    await worker.getByRole('link', { name: ADDRESS }).click();
    // Exactly her name: the overdue referral's task links to the referral, with her name in it.
    await worker.getByRole('link', { name: CHILD, exact: true }).click();
    await worker.getByRole('heading', { level: 1, name: CHILD }).waitFor();
    await worker.getByRole('heading', { level: 2, name: 'Қызметтерге жолдамалар' }).waitFor();
    // The demo's unanswered referral of three weeks ago shows as overdue, not by colour alone.
    await worker
      .getByText(/Мерзімі өтті: келесі қадам/)
      .first()
      .waitFor();
    await expectNoAxeViolations(worker, 'person page with referrals');

    // And refers her to the ПМПК, the connection dropping before she sends
    const id = await referToServiceKk(worker, {
      search: 'ПМПК',
      organization: pmpk.name,
      reason: REASON,
      element: 'Ерте балалық шақ',
      share: ['Отбасымен байланыс', 'Мүгедектік'],
      goOffline: () => phone.setOffline(true),
    });

    // Then the referral waits on the phone
    await worker.getByText('Жіберуді күтуде').first().waitFor();
    expect(await worker.getByRole('main').innerText()).toContain('Жіберілді, жауап күтуде');
    await expectNoAxeViolations(worker, 'referral waiting to send');

    // When the connection is back and she syncs
    await phone.setOffline(false);
    await syncNowKk(worker);

    // Then the server has it, sent
    expect((await referralOnServer(worker, id))?.status).toBe('sent');

    // When the ПМПК's staff member signs in and works in Russian
    const desk = await newContext(suite.browser, DESKTOP);
    const provider = await desk.newPage();
    await signIn(provider, origin, 'provider');
    await switchToRussian(provider);

    // Then the inbox lists Aliya and the referral shows only what it shares
    await openFromInboxRu(provider, CHILD, REASON);
    const shown = await provider.getByRole('main').innerText();
    expect(shown).toContain('Отправлено, ждёт ответа');
    expect(shown).toContain('Как связаться с семьёй');
    expect(shown).not.toContain('Результаты оценок');

    // When she accepts, sets an appointment and completes it with the conclusion
    // The step's date is today by default; the appointment is set for that day too.
    const today = await provider.locator('#step-date').inputValue();
    await answerReferralRu(provider, 'Принять');
    await expectNoAxeViolations(provider, 'referral accepted');
    await answerReferralRu(provider, 'Назначить приём', { appointmentOn: today });
    await answerReferralRu(provider, 'Выполнено', { note: CONCLUSION });
    await provider.getByText('Направление закрыто: дальнейших шагов нет.').waitFor();
    await expectNoAxeViolations(provider, 'referral completed');
    const done = await referralOnServer(provider, id);
    expect(done?.status).toBe('completed');
    expect(done?.events.map((e) => e.status)).toEqual([
      'sent',
      'accepted',
      'scheduled',
      'completed',
    ]);

    // Then the worker, after syncing, sees it completed with the conclusion
    await syncNowKk(worker);
    await goto(worker, `${origin}/referrals/${id}`);
    await expectReferralOutcomeKk(worker, 'Орындалды', CONCLUSION);
    await expectNoAxeViolations(worker, 'worker sees the completed referral');

    await desk.close();
    await phone.close();
  }, 240_000);
});
