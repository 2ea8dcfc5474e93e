import { parseArgs } from 'node:util';
import {
  latencyStats,
  log,
  machineFacts,
  printTable,
  round,
  verdict,
  writeResult,
} from './lib/report.js';
import {
  closeAll,
  launch,
  newContext,
  PIN,
  signInAndOpen,
  signInUsable,
  SLOW_3G,
  throttle,
  unlockUsable,
  waitForServiceWorker,
} from './lib/web-browser.js';
import { checkBuilt, createCaseload, startServer } from './lib/web-server.js';

/**
 * The household screening flow on a cheap phone with the app already installed (issue 4): slow
 * 3G and a 4× slower CPU, the service worker holding the app. Measures the time to the first
 * question two ways — opening the screening page afresh (reload, PIN, the members' plan, Start)
 * and from the household page inside the running app — leaving out the seconds a person takes to
 * type the PIN. Runs the built server and web app (`npm run build` first). Usage:
 *
 *   node --import tsx --conditions birge-source bench/screening-load.ts [--runs 5]
 */

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const RUNS = Number(args.runs);
/** A worker at the door should see the first question within a few seconds, signal or not. */
const TARGET_S = 3;
const QUESTION = '.question .answer-group';
const START = '.screening-plan ~ .form-actions button';

await checkBuilt();
const machine = machineFacts();
const server = await startServer();
const browser = await launch();
const origin = server.url;
const median = (values: number[]) => latencyStats(values).p50;
const s = (msValue: number) => (msValue / 1000).toFixed(2);

try {
  log('creating a household with a member to screen, signing in, installing the app');
  await createCaseload(origin, 'worker', 1);
  const context = await newContext(browser, 'allow');
  const page = await context.newPage();
  await page.goto(`${origin}/sign-in`);
  await signInUsable(page);
  await signInAndOpen(page, 'worker');
  await waitForServiceWorker(page);
  // The household the bench created (the list also shows tasks above it).
  await page.locator('a[href^="/households/"]', { hasText: 'Бенч көшесі, 1' }).first().click();
  await page.waitForURL(/\/households\/[0-9a-f-]{36}$/);
  const householdUrl = page.url();
  const screeningUrl = `${householdUrl}/screening`;
  await throttle(page, SLOW_3G);

  const cold = { unlock: [] as number[], plan: [] as number[], question: [] as number[] };
  const warm: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    log(`run ${run + 1} of ${RUNS}`);
    // Afresh: the phone opens the screening page; the app comes from the service worker.
    await page.goto(screeningUrl, { waitUntil: 'commit', timeout: 120_000 });
    cold.unlock.push(await unlockUsable(page, 120_000));
    await page.locator('#unlock-pin').fill(PIN);
    const unlocked = await page.evaluate(() => performance.now());
    await page.locator('#unlock-pin').press('Enter');
    await page.locator(START).waitFor({ timeout: 120_000 });
    cold.plan.push((await page.evaluate(() => performance.now())) - unlocked);
    const started = await page.evaluate(() => performance.now());
    await page.locator(START).click();
    await page.locator(QUESTION).first().waitFor({ timeout: 120_000 });
    cold.question.push((await page.evaluate(() => performance.now())) - started);

    // Inside the app: from the household page's "Screen household" to the first question.
    await page.locator('.breadcrumb a').first().click();
    await page.waitForURL(householdUrl);
    const link = page.locator(`a[href$="/screening"]`).first();
    await link.waitFor({ timeout: 120_000 });
    // A screening begun in this tab resumes where it was; start each run from the plan.
    await page.evaluate(() => sessionStorage.clear());
    const clicked = await page.evaluate(() => performance.now());
    await link.click();
    await page.locator(START).click({ timeout: 120_000 });
    await page.locator(QUESTION).first().waitFor({ timeout: 120_000 });
    warm.push((await page.evaluate(() => performance.now())) - clicked);
    await page.evaluate(() => sessionStorage.clear());
  }
  await closeAll(context);

  const coldTotal = cold.plan.map(
    (plan, i) => (cold.unlock[i] ?? 0) + plan + (cold.question[i] ?? 0),
  );
  const rows = [
    ['slow 3G, 4× CPU, app installed', `median of ${RUNS}`, 'target', ''],
    [
      'open the screening page: until the PIN field is usable',
      `${s(median(cold.unlock))} s`,
      '',
      '',
    ],
    ['PIN entered: until the members and Start are shown', `${s(median(cold.plan))} s`, '', ''],
    ['Start: until the first question', `${s(median(cold.question))} s`, '', ''],
    [
      'open afresh to first question (without typing the PIN)',
      `${s(median(coldTotal))} s`,
      `≤ ${TARGET_S} s`,
      verdict(median(coldTotal) / 1000, TARGET_S),
    ],
    [
      'in the app: "Screen household" and Start to first question',
      `${s(median(warm))} s`,
      `≤ ${TARGET_S} s`,
      verdict(median(warm) / 1000, TARGET_S),
    ],
  ];
  printTable(rows);
  const file = await writeResult('screening-load', 'web', {
    machine,
    options: { runs: RUNS, slow3g: SLOW_3G },
    targets: { firstQuestionS: TARGET_S },
    ms: {
      unlock: cold.unlock.map((v) => round(v)),
      planAfterPin: cold.plan.map((v) => round(v)),
      questionAfterStart: cold.question.map((v) => round(v)),
      coldTotal: coldTotal.map((v) => round(v)),
      inApp: warm.map((v) => round(v)),
    },
  });
  console.log(`\nwrote ${file}`);
} finally {
  await browser.close();
  await server.stop();
}
