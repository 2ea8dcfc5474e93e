import { gzipSync, constants as zlib } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { request } from 'undici';

/** Chromium helpers for the web benchmark: throttling, the JavaScript a page requested, PIN. */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const PHONE = { width: 360, height: 740 };
export const PIN = '582914';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function newContext(browser: Browser, serviceWorkers: 'allow' | 'block') {
  const context = await browser.newContext({ viewport: PHONE, locale: 'kk-KZ', serviceWorkers });
  // tsx compiles the functions passed to page.evaluate with esbuild's keepNames (`__name(…)`).
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  return context;
}

export interface Throttle {
  /** Round-trip time added to each request, ms. */
  latencyMs?: number;
  /** Down and up throughput, kbit/s. */
  kbps?: number;
  /** CPU slowdown factor. */
  cpu?: number;
}

/** Slow 3G as the issue defines it: 400 ms RTT, 400 kbit/s both ways, 4× CPU slowdown. */
export const SLOW_3G: Throttle = { latencyMs: 400, kbps: 400, cpu: 4 };

export async function throttle(page: Page, { latencyMs = 0, kbps, cpu = 1 }: Throttle) {
  const cdp = await page.context().newCDPSession(page);
  if (latencyMs || kbps !== undefined) {
    // Not when only the CPU is slowed: this would also undo context.setOffline.
    await cdp.send('Network.enable');
    const bytesPerSecond = kbps === undefined ? -1 : (kbps * 1000) / 8;
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: latencyMs,
      downloadThroughput: bytesPerSecond,
      uploadThroughput: bytesPerSecond,
    });
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  return cdp;
}

export interface ScriptRecord {
  path: string;
  /** Bytes on the wire as the server sent them (its @fastify/compress gzip, zlib level 6). */
  wireBytes: number;
  /** Uncompressed size. */
  rawBytes: number;
  /** gzip -6 of the file, computed here (independent of what the server negotiated). */
  gzipBytes: number;
}

/** Collects the JavaScript responses of a page (its frames; not the service worker's). */
export function recordScripts(page: Page) {
  const seen = new Map<string, Promise<ScriptRecord>>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    const type = response.headers()['content-type'] ?? '';
    if (!type.includes('javascript') || seen.has(url.pathname)) return;
    seen.set(
      url.pathname,
      (async () => {
        const sizes = await response.request().sizes();
        const body = await fetchBody(response.url());
        return {
          path: url.pathname,
          wireBytes: sizes.responseBodySize,
          rawBytes: body.length,
          gzipBytes: gzipSync(body, { level: zlib.Z_DEFAULT_COMPRESSION }).length,
        };
      })(),
    );
  });
  return {
    paths: () => [...seen.keys()],
    records: () => Promise.all(seen.values()),
  };
}

async function fetchBody(url: string): Promise<Buffer> {
  const res = await request(url);
  return Buffer.from(await res.body.arrayBuffer());
}

export const sum = (records: ScriptRecord[], key: keyof Omit<ScriptRecord, 'path'>) =>
  records.reduce((total, r) => total + r[key], 0);

/** Resolves when the sign-in form is on screen and usable; returns the page's ms since navigation. */
export async function signInUsable(page: Page, timeout = 60_000): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const usable = (el: Element | null) =>
        el instanceof HTMLElement &&
        el.offsetParent !== null &&
        !el.hasAttribute('disabled') &&
        el.getAttribute('aria-disabled') !== 'true';
      const ok =
        usable(document.querySelector('#username')) &&
        usable(document.querySelector('#password')) &&
        usable(document.querySelector('form button[type="submit"]'));
      return ok ? performance.now() : false;
    },
    undefined,
    { polling: 'raf', timeout },
  );
  return (await handle.jsonValue()) as number;
}

/** Resolves when the PIN field of the unlock screen is usable; returns ms since navigation. */
export async function unlockUsable(page: Page, timeout = 30_000): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const el = document.querySelector('#unlock-pin');
      return el instanceof HTMLInputElement && el.offsetParent !== null && !el.disabled
        ? performance.now()
        : false;
    },
    undefined,
    { polling: 'raf', timeout },
  );
  return (await handle.jsonValue()) as number;
}

/** Signs in through the form and sets (or enters) the device PIN; ends on the household list. */
export async function signInAndOpen(page: Page, username: string): Promise<void> {
  await page.locator('#username').fill(username);
  await page.locator('#password').fill('birge-demo');
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'), { timeout: 60_000 });
  const setup = page.locator('#pin-new');
  const unlock = page.locator('#unlock-pin');
  await setup.or(unlock).or(page.locator('main h1')).first().waitFor({ timeout: 60_000 });
  await page.locator('main h1').first().waitFor({ timeout: 60_000 });
  if (await setup.isVisible()) {
    await setup.fill(PIN);
    await page.locator('#pin-again').fill(PIN);
    await page.locator('#pin-again').press('Enter');
    await setup.waitFor({ state: 'detached', timeout: 60_000 });
  } else if (await unlock.isVisible()) {
    await unlock.fill(PIN);
    await unlock.press('Enter');
    await unlock.waitFor({ state: 'detached', timeout: 60_000 });
  }
  await page.waitForURL((url) => url.pathname === '/households', { timeout: 60_000 });
  await page.locator('.card-list li').first().waitFor({ timeout: 120_000 });
}

/** Waits until a service worker controls the page and its precache is complete. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(
    async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      if (!navigator.serviceWorker.controller || registration?.active?.state !== 'activated')
        return false;
      const names = await caches.keys();
      for (const name of names) {
        const keys = await (await caches.open(name)).keys();
        if (keys.some((k) => k.url.endsWith('/index.html') || k.url.includes('index.html')))
          return true;
      }
      return false;
    },
    undefined,
    { polling: 200, timeout: 60_000 },
  );
}

export async function closeAll(...contexts: (BrowserContext | undefined)[]) {
  for (const context of contexts) await context?.close();
}
