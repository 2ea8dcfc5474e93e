import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.js';
import { startBirge, type E2eServer } from './server.js';

/**
 * Starts Birge (fresh embedded database, demo data) and Chromium once for the surrounding
 * `describe`, and stops both after it. Read `suite.birge` and `suite.browser` inside tests.
 */
export function withBirge(): { readonly birge: E2eServer; readonly browser: Browser } {
  let birge: E2eServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    birge = await startBirge();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await birge?.close();
  });
  return {
    get birge() {
      if (!birge) throw new Error('Birge has not started');
      return birge;
    },
    get browser() {
      if (!browser) throw new Error('Chromium has not started');
      return browser;
    },
  };
}
