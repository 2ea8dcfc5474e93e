import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, newContext, PHONE } from './support/browser.js';
import { signIn } from './support/steps.js';
import { withBirge } from './support/suite.js';

/** Names of this origin's device stores (one IndexedDB database per user). */
const deviceStores = (names: (string | undefined)[]) =>
  names.filter((n): n is string => Boolean(n?.startsWith('birge-device-')));

/**
 * A worker leaves the programme while her phone still holds her caseload. The administrator
 * disables the account; at the phone's next contact the records are wiped from it.
 */
describe('a disabled account’s phone', () => {
  const suite = withBirge();

  it('wipes the caseload from the phone at its next contact with the server', async () => {
    const phoneContext = await newContext(suite.browser, PHONE);
    const phone = await phoneContext.newPage();
    await signIn(phone, suite.birge.url, 'worker2');
    await phone.getByText(/Синхрондалды|Синхронизировано/).waitFor();
    const before = deviceStores(
      (await phone.evaluate(() => indexedDB.databases())).map((d) => d.name),
    );
    expect(before).toHaveLength(1);

    const adminContext = await newContext(suite.browser, PHONE);
    const admin = await adminContext.newPage();
    await signIn(admin, suite.birge.url, 'admin');
    const users = (await (await admin.request.get(`${suite.birge.url}/api/v1/users`)).json()) as {
      items: { id: string; username: string }[];
    };
    const worker2 = users.items.find((u) => u.username === 'worker2');
    if (!worker2) throw new Error('demo account worker2 missing');
    const disabled = await admin.request.patch(`${suite.birge.url}/api/v1/users/${worker2.id}`, {
      data: { disabled: true },
    });
    expect(disabled.status()).toBe(204);
    await adminContext.close();

    // The phone's next contact: opening the app.
    await phone.goto(`${suite.birge.url}/sync`);
    await expect
      .poll(
        async () =>
          deviceStores((await phone.evaluate(() => indexedDB.databases())).map((d) => d.name)),
        { timeout: 30_000 },
      )
      .toEqual([]);
    await phone.locator('#username').waitFor();
    await expectNoAxeViolations(phone, 'sign-in after the wipe');
    await phoneContext.close();
  });
});
