import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, newContext, newFieldPhone, PHONE } from './support/browser.js';
import { goto, openDevice, signIn } from './support/steps.js';
import { withBirge } from './support/suite.js';

/**
 * Two phones, one person: the worker edits a record offline while her coordinator changes the same
 * record online. When the phone syncs, neither version is lost: the worker is told, and the
 * coordinator chooses field by field.
 */
describe('a conflict between two devices', () => {
  const suite = withBirge();

  it('keeps the offline edit as a conflict, tells the worker, and the coordinator merges it', async () => {
    const phoneContext = await newFieldPhone(suite.browser);
    const phone = await phoneContext.newPage();
    await signIn(phone, suite.birge.url, 'worker');
    await phone.getByText(/Синхрондалды/).waitFor();
    const found = await phone.request.get(`${suite.birge.url}/api/v1/households?q=Петренко`);
    const households = (await found.json()) as {
      items: { members: { id: string; givenName: string }[] }[];
    };
    const olga = households.items[0]?.members.find((m) => m.givenName === 'Ольга');
    if (!olga) throw new Error('demo person Ольга Петренко missing');
    await phone.goto(`${suite.birge.url}/persons/${olga.id}`);
    await openDevice(phone);
    await phone.getByRole('heading', { level: 1, name: /Ольга/ }).waitFor();
    const personUrl = phone.url();
    await expect
      .poll(() => phone.evaluate(() => navigator.serviceWorker.controller !== null), {
        timeout: 30_000,
      })
      .toBe(true);

    // Given the phone goes offline and the worker notes something on Ольга's record
    await phoneContext.setOffline(true);
    await phone.getByText('Желіден тыс').waitFor();
    await phone.getByRole('link', { name: 'Өзгерту' }).click();
    await phone.getByRole('textbox', { name: 'Ескертпелер' }).fill('Үйде пандус жоқ');
    await phone.getByRole('button', { name: 'Сақтау' }).click();
    await phone.getByRole('heading', { level: 1, name: /Ольга/ }).waitFor();
    await phone.getByText('Жіберуді күтіп тұрған өзгеріс: 1').waitFor();

    // And meanwhile the coordinator changes the same record online
    const desk = await newContext(suite.browser, PHONE);
    const coordinator = await desk.newPage();
    await signIn(coordinator, suite.birge.url, 'supervisor');
    await goto(coordinator, personUrl);
    await coordinator.getByRole('link', { name: 'Өзгерту' }).click();
    await coordinator.getByRole('textbox', { name: 'Телефон' }).fill('+7 701 555 44 33');
    await coordinator.getByRole('textbox', { name: 'Ескертпелер' }).fill('Қоңырау шалу керек');
    await coordinator.getByRole('button', { name: 'Сақтау' }).click();
    await coordinator.getByRole('heading', { level: 1, name: /Ольга/ }).waitFor();

    // When the phone is back online and syncs
    await phoneContext.setOffline(false);
    await phone.getByRole('link', { name: 'Синхрондау', exact: true }).click();
    await phone.getByRole('button', { name: 'Қазір синхрондау' }).click();

    // Then the worker is told that someone else changed it, and that her version is kept
    await expect
      .poll(() => phone.getByRole('main').innerText(), { timeout: 30_000 })
      .toContain('Бір мезгілде басқа біреу өзгертті');
    expect(await phone.getByRole('main').innerText()).toContain('Сіздің нұсқаңыз сақталды');
    await expectNoAxeViolations(phone, 'sync page with a conflict');

    // When the coordinator keeps her phone number and takes the worker's note
    await goto(coordinator, `${suite.birge.url}/sync/conflicts`);
    await coordinator.getByRole('link', { name: /Ольга/ }).click();
    await coordinator.getByRole('heading', { level: 1, name: /Қайшылық: .*Ольга/ }).waitFor();
    await expectNoAxeViolations(coordinator, 'conflict between two devices');
    const notes = coordinator.getByRole('radiogroup', { name: 'Ескертпелер' });
    await notes.getByRole('radio', { name: /Телефондағы нұсқа/ }).check();
    await coordinator.getByRole('button', { name: 'Таңдалған өрістерді біріктіру' }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Синхрондау қайшылықтары' }).waitFor();

    // Then the record holds both, and the phone receives it at its next sync
    await goto(coordinator, personUrl);
    const merged = await coordinator.getByRole('main').innerText();
    expect(merged).toContain('+7 701 555 44 33');
    expect(merged).toContain('Үйде пандус жоқ');
    await phone.getByRole('button', { name: 'Қазір синхрондау' }).click();
    await phone.goto(personUrl);
    await expect
      .poll(
        async () => {
          if (await phone.locator('#unlock-pin').isVisible()) {
            await phone.locator('#unlock-pin').fill('582914');
            await phone.locator('#unlock-pin').press('Enter');
          }
          return phone.getByRole('main').innerText();
        },
        { timeout: 30_000 },
      )
      .toContain('+7 701 555 44 33');
    expect(await phone.getByRole('main').innerText()).toContain('Үйде пандус жоқ');

    // And the worker changes her phone's PIN; the next reload opens with the new one
    await phone.getByRole('link', { name: 'Синхрондау', exact: true }).click();
    await phone.getByRole('link', { name: 'PIN-кодты ауыстыру' }).click();
    await phone.getByRole('heading', { level: 1, name: 'PIN-кодты ауыстыру' }).waitFor();
    await phone.locator('#pin-new').fill('730196');
    await phone.locator('#pin-again').fill('730196');
    await phone.getByRole('button', { name: 'PIN-кодты сақтау' }).click();
    await phone.getByRole('status').filter({ hasText: 'PIN-код ауыстырылды.' }).waitFor();
    await expectNoAxeViolations(phone, 'PIN changed');
    await phone.reload();
    await phone.locator('#unlock-pin').fill('582914');
    await phone.locator('#unlock-pin').press('Enter');
    await phone.getByText('Қалған әрекет саны: 4').first().waitFor();
    await openDevice(phone, '730196');
    await phone.getByRole('heading', { level: 1, name: 'PIN-кодты ауыстыру' }).waitFor();
    await desk.close();
    await phoneContext.close();
  });
});
