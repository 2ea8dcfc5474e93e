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
  recordScripts,
  signInAndOpen,
  signInUsable,
  SLOW_3G,
  sum,
  throttle,
  unlockUsable,
  waitForServiceWorker,
  type ScriptRecord,
} from './lib/web-browser.js';
import { scrollList } from './lib/web-scroll.js';
import { checkBuilt, createCaseload, startServer } from './lib/web-server.js';

/**
 * The web app on a cheap phone (issue 3): first-screen JavaScript, first load on slow 3G, repeat
 * load offline, and scrolling a caseload of 1,000 households. Runs the built server and web app
 * (`npm run build` first) in Debian's Chromium. Usage:
 *
 *   node --import tsx --conditions birge-source bench/web-load.ts [--runs 3] [--households 1000]
 */

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    households: { type: 'string', default: '1000' },
    /** With `--js-only`, just the first-screen JavaScript (for quick iterations on the bundle). */
    'js-only': { type: 'boolean', default: false },
  },
});
const RUNS = Number(args.runs);
const HOUSEHOLDS = Number(args.households);
/** KiB (1,024 bytes) of gzip -6, as the "~267 KB today" was measured. */
const JS_TARGET_KB = 170;
const SLOW_3G_TARGET_S = 8;
const OFFLINE_TARGET_S = 1.5;
const FRAME_TARGET_MS = 33.4;
const LONG_TASK_TARGET_MS = 100;

await checkBuilt();
const machine = machineFacts();
const median = (values: number[]) => latencyStats(values).p50;
const kb = (bytes: number) => round(bytes / 1024, 1);

log(`starting the server (demo, BIRGE_SYNC_MAX_HOUSEHOLDS=${HOUSEHOLDS})`);
const server = await startServer({ BIRGE_SYNC_MAX_HOUSEHOLDS: String(HOUSEHOLDS) });
const browser = await launch();
const origin = server.url;

try {
  // 1. JavaScript of the first screen: the sign-in page, then sign-in through to the list.
  log('1. first-screen JavaScript');
  const jsContext = await newContext(browser, 'block');
  const jsPage = await jsContext.newPage();
  const scripts = recordScripts(jsPage);
  await jsPage.goto(`${origin}/sign-in`);
  await signInUsable(jsPage);
  await jsPage.waitForLoadState('networkidle');
  const signInScripts = await scripts.records();
  const signInPaths = new Set(scripts.paths());
  await signInAndOpen(jsPage, 'worker');
  await jsPage.waitForLoadState('networkidle');
  const throughList = await scripts.records();
  // A returning worker: a fresh page load of / with the session, PIN, the household list.
  const returningPage = await jsContext.newPage();
  const returningScripts = recordScripts(returningPage);
  await returningPage.goto(`${origin}/`);
  await unlockUsable(returningPage);
  await returningPage.locator('#unlock-pin').fill(PIN);
  await returningPage.locator('#unlock-pin').press('Enter');
  await returningPage.locator('.card-list li').first().waitFor({ timeout: 60_000 });
  await returningPage.waitForLoadState('networkidle');
  const returning = await returningScripts.records();
  await closeAll(jsContext);
  const later = throughList.filter((r) => !signInPaths.has(r.path));
  const describe = (records: ScriptRecord[]) => ({
    files: records.length,
    gzipKiB: kb(sum(records, 'gzipBytes')),
    wireKiB: kb(sum(records, 'wireBytes')),
    rawKiB: kb(sum(records, 'rawBytes')),
    scripts: records
      .map((r) => ({ path: r.path, gzip: r.gzipBytes, raw: r.rawBytes, wire: r.wireBytes }))
      .sort((a, b) => b.gzip - a.gzip),
  });
  const js = {
    signIn: describe(signInScripts),
    signInToList: describe(throughList),
    afterSignIn: describe(later),
    returningToList: describe(returning),
  };
  if (args['js-only']) {
    console.log(
      JSON.stringify({ ...js, afterSignIn: undefined, signInToList: undefined }, null, 1),
    );
    process.exit(0);
  }

  // 2. First load on slow 3G with a 4× slower CPU, cold cache, until the form is usable.
  log(`2. first load on slow 3G (${RUNS} runs)`);
  const slow: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await newContext(browser, 'block');
    const page = await context.newPage();
    await throttle(page, SLOW_3G);
    await page.goto(`${origin}/sign-in`, { waitUntil: 'commit', timeout: 120_000 });
    slow.push(await signInUsable(page, 120_000));
    await closeAll(context);
  }

  // 3. Repeat load offline: the service worker serves the app shell; time to the unlock screen.
  log(`3. repeat load offline (${RUNS} runs at 4× CPU, ${RUNS} at 1×)`);
  const swContext = await newContext(browser, 'allow');
  const swPage = await swContext.newPage();
  await swPage.goto(`${origin}/sign-in`);
  await signInUsable(swPage);
  await signInAndOpen(swPage, 'worker');
  await waitForServiceWorker(swPage);
  await swContext.setOffline(true);
  const offline: Record<'cpu4' | 'cpu1', number[]> = { cpu4: [], cpu1: [] };
  for (const cpu of [4, 1] as const) {
    const cdp = await throttle(swPage, { cpu });
    for (let run = 0; run < RUNS; run++) {
      // A reload of the list, as a worker reopening the app (the page is /households).
      await swPage.reload({ waitUntil: 'commit' });
      offline[cpu === 4 ? 'cpu4' : 'cpu1'].push(await unlockUsable(swPage));
    }
    await cdp.detach();
  }
  await closeAll(swContext);

  // 4. Scrolling a caseload of 1,000 households at 4× CPU slowdown.
  log(`4. creating ${HOUSEHOLDS} households for worker through sync push`);
  await createCaseload(origin, 'worker', HOUSEHOLDS);
  const listContext = await newContext(browser, 'block');
  const listPage = await listContext.newPage();
  await listPage.goto(`${origin}/sign-in`);
  await signInUsable(listPage);
  await signInAndOpen(listPage, 'worker');
  await listPage
    .getByText(/Синхрондалды/)
    .first()
    .waitFor({ timeout: 300_000 });
  await listPage.reload();
  await listPage.locator('#unlock-pin').fill(PIN);
  await listPage.locator('#unlock-pin').press('Enter');
  await listPage.locator('.card-list li').first().waitFor({ timeout: 120_000 });
  const held = await listPage.evaluate(() => document.querySelectorAll('.card-list > li').length);
  log(`   the list shows ${held} households on its first page; scrolling at 4× CPU`);
  await throttle(listPage, { cpu: 4 });
  const scroll = await scrollList(listPage, HOUSEHOLDS);
  await closeAll(listContext);
  const frames = latencyStats(scroll.frames);
  const longest = Math.max(0, ...scroll.longTasks);

  const results = {
    js,
    slow3g: { definition: 'sign-in form visible, fields and button enabled', ms: slow },
    offline: { definition: 'unlock screen PIN field visible and enabled', ms: offline },
    scroll: {
      items: scroll.items,
      presses: scroll.presses,
      seconds: round(scroll.seconds, 1),
      frames,
      longTasks: {
        count: scroll.longTasks.length,
        totalMs: round(scroll.longTasks.reduce((a, b) => a + b, 0)),
        maxMs: round(longest),
        p95Ms: latencyStats(scroll.longTasks).p95,
      },
      pageLoads: latencyStats(scroll.pageLoads),
    },
  };

  const s = (ms: number) => round(ms / 1000, 2).toString();
  const rows = [
    ['Measurement', 'figure', 'target', 'result'],
    [
      'JS for /sign-in, gzip -6 (files)',
      `${js.signIn.gzipKiB} KiB (${js.signIn.files})`,
      `≤ ${JS_TARGET_KB} KiB`,
      verdict(js.signIn.gzipKiB, JS_TARGET_KB),
    ],
    [
      'JS reload of / signed in → PIN → household list (files)',
      `${js.returningToList.gzipKiB} KiB (${js.returningToList.files})`,
      `≤ ${JS_TARGET_KB} KiB`,
      verdict(js.returningToList.gzipKiB, JS_TARGET_KB),
    ],
    [
      '  all JS of one visit: sign-in → PIN set-up → list (files)',
      `${js.signInToList.gzipKiB} KiB (${js.signInToList.files})`,
      '',
      '(info)',
    ],
    [
      `slow 3G first load until the form is usable, median of ${RUNS}`,
      `${s(median(slow))} s`,
      `≤ ${SLOW_3G_TARGET_S} s`,
      verdict(median(slow) / 1000, SLOW_3G_TARGET_S),
    ],
    [
      `offline repeat load to the unlock screen, 4× CPU, median of ${RUNS}`,
      `${s(median(offline.cpu4))} s`,
      `≤ ${OFFLINE_TARGET_S} s`,
      verdict(median(offline.cpu4) / 1000, OFFLINE_TARGET_S),
    ],
    [
      `offline repeat load, 1× CPU, median of ${RUNS}`,
      `${s(median(offline.cpu1))} s`,
      `≤ ${OFFLINE_TARGET_S} s`,
      `(${verdict(median(offline.cpu1) / 1000, OFFLINE_TARGET_S)})`,
    ],
    [
      `scroll ${scroll.items} households, 4× CPU: p95 frame`,
      `${frames.p95} ms`,
      `≤ ${FRAME_TARGET_MS} ms`,
      verdict(frames.p95, FRAME_TARGET_MS),
    ],
    [
      `  longest task (${scroll.longTasks.length} long tasks, ${results.scroll.longTasks.totalMs} ms)`,
      `${round(longest)} ms`,
      `≤ ${LONG_TASK_TARGET_MS} ms`,
      verdict(longest, LONG_TASK_TARGET_MS),
    ],
  ];
  console.log();
  printTable(rows);
  console.log(
    `\nwire (server gzip) sign-in ${js.signIn.wireKiB} KiB, raw ${js.signIn.rawKiB} KiB; ` +
      `"Show more" ×${scroll.presses}: p50 ${results.scroll.pageLoads.p50} ms, max ${results.scroll.pageLoads.max} ms; ` +
      `frames p50 ${frames.p50} / p99 ${frames.p99} / max ${frames.max} ms`,
  );
  const file = await writeResult('web', 'load', {
    machine,
    options: { runs: RUNS, households: HOUSEHOLDS, slow3g: SLOW_3G },
    targets: {
      jsKB: JS_TARGET_KB,
      slow3gS: SLOW_3G_TARGET_S,
      offlineS: OFFLINE_TARGET_S,
      frameP95Ms: FRAME_TARGET_MS,
      longTaskMs: LONG_TASK_TARGET_MS,
    },
    results,
  });
  log(`wrote ${file}`);
} finally {
  await browser.close();
  await server.stop();
}
