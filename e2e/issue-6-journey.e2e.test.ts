import { describe, expect, it } from 'vitest';
import { DESKTOP, expectNoAxeViolations, newContext, newFieldPhone } from './support/browser.js';
import {
  educationOnServer,
  expectEducationStatusSavedKk,
  expectInNoEducationKk,
  expectMemberInEducationKk,
  expectMemberInNoEducationKk,
  fillEducationStatusKk,
  openHouseholdKk,
  openPersonKk,
  sendEducationStatusKk,
} from './support/education-steps.js';
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
const REASON = 'Әлия 6 жаста, ешқандай білім беру ұйымына бармайды: оқу жағдайларын анықтау керек';
const CONCLUSION =
  'Особые образовательные потребности есть. Рекомендовано обучение в инклюзивном классе общеобразовательной школы с сопровождением тьютора и занятиями с логопедом.';
const SCHOOL = 'Қызылқайрат ауылының №2 орта мектебі';

/**
 * Issue 6's journey, end to end. Әлия (6, Down syndrome) attends nothing. Her CBR worker, in
 * Kazakh on a 360 px phone, sees "in no education" and refers her to the Talgar ПМПК. The ПМПК's
 * staff member, in Russian at her desk, accepts the referral and completes it with the
 * conclusion. Back on the phone the worker sees the referral completed with the conclusion,
 * records Әлия's enrolment in an inclusive class from the day of the conclusion, and Әлия no
 * longer counts as in no education — on her page, on the household's member list and in the
 * API. Axe runs on every page visited.
 */
describe('issue 6: from "in no education" through ПМПК to an inclusive class', () => {
  const suite = withBirge();

  it('the worker refers in Kazakh, the ПМПК answers in Russian, the worker records enrolment', async () => {
    const origin = suite.birge.url;
    const pmpk = await givenTalgarPmpk(suite.birge);

    // Given the worker, on her phone, opens the Zhaksylykov household: Әлия is in no education
    const phone = await newFieldPhone(suite.browser);
    const worker = await phone.newPage();
    await signIn(worker, origin, 'worker');
    await expectNoAxeViolations(worker, 'worker home page');
    await openHouseholdKk(worker, ADDRESS);
    await expectMemberInNoEducationKk(worker, CHILD);
    await openPersonKk(worker, CHILD);
    await expectInNoEducationKk(worker);
    const personId = new URL(worker.url()).pathname.split('/persons/')[1] ?? '';
    expect((await educationOnServer(worker, personId))?.summary.inNoEducation).toBe(true);

    // When she refers Әлия to the ПМПК
    const id = await referToServiceKk(worker, {
      search: 'ПМПК',
      organization: pmpk.name,
      reason: REASON,
      element: 'Ерте балалық шақ',
      share: ['Отбасымен байланыс', 'Мүгедектік'],
    });
    await expectNoAxeViolations(worker, 'referral page after sending');
    // Then the ПМПК has it, sent
    await syncNowKk(worker);
    expect((await referralOnServer(worker, id))?.status).toBe('sent');

    // When the ПМПК's staff member signs in at her desk and works in Russian
    const desk = await newContext(suite.browser, DESKTOP);
    const provider = await desk.newPage();
    await signIn(provider, origin, 'provider');
    await switchToRussian(provider);
    await expectNoAxeViolations(provider, 'provider inbox in Russian');
    // And opens the referral from her inbox, accepts it and completes it with the conclusion
    await openFromInboxRu(provider, CHILD, REASON);
    // The conclusion's day: the step's date is today by default.
    const concludedOn = await provider.locator('#step-date').inputValue();
    await answerReferralRu(provider, 'Принять');
    await expectNoAxeViolations(provider, 'referral accepted');
    await answerReferralRu(provider, 'Выполнено', { note: CONCLUSION });
    await provider.getByText('Направление закрыто: дальнейших шагов нет.').waitFor();
    await expectNoAxeViolations(provider, 'referral completed');
    // Then the server has the whole loop, each step by the ПМПК
    const done = await referralOnServer(provider, id);
    expect(done?.status).toBe('completed');
    expect(done?.events.map((e) => e.status)).toEqual(['sent', 'accepted', 'completed']);
    expect(done?.events.at(-1)?.note).toBe(CONCLUSION);

    // When the worker syncs and opens the referral
    await syncNowKk(worker);
    await goto(worker, `${origin}/referrals/${id}`);
    // Then she sees it completed, with the ПМПК's conclusion
    await expectReferralOutcomeKk(worker, 'Орындалды', CONCLUSION);
    await expectNoAxeViolations(worker, 'worker sees the completed referral');

    // When she goes back to Әлия (still in no education) and records the inclusive class
    await goto(worker, origin);
    await openHouseholdKk(worker, ADDRESS);
    await expectMemberInNoEducationKk(worker, CHILD);
    await openPersonKk(worker, CHILD);
    await expectInNoEducationKk(worker);
    const enrolment = {
      status: 'Жалпы мектеп, инклюзивті сынып',
      from: concludedOn,
      institution: SCHOOL,
      grade: '0 «А» даярлық сыныбы',
    };
    await fillEducationStatusKk(worker, enrolment);
    await sendEducationStatusKk(worker);
    // Then her page no longer says "in no education", and nor does the household's member list
    await expectEducationStatusSavedKk(worker, enrolment);
    await expectMemberInEducationKk(worker, ADDRESS, CHILD);

    // And once her phone has synced (the entry went to its outbox), the API agrees: she is in an
    // inclusive class since that day
    await syncNowKk(worker);
    const education = await educationOnServer(worker, personId);
    expect(education?.summary.inNoEducation).toBe(false);
    expect(education?.summary.status).toBe('general_school_inclusive');
    expect(education?.summary.since).toBe(concludedOn);

    await desk.close();
    await phone.close();
    // The whole loop on two devices is the suite's longest test: more than the default 2 minutes.
  }, 240_000);
});
