// Idle cost and load cost on a heavy page with no chat (tests/fixtures/bench/heavy.html).
// Idle: after the page settled, a deterministic stream of DOM mutations runs for a fixed window;
// the page's main-thread time (CDP Performance metrics, thread CPU time) and its long tasks are
// compared with and without the extension, one fresh page per run, runs alternating ABBA.
// Load: fresh navigations alternating with/without; time to `load` and to first contentful paint.

import { EXT } from '../../tests/e2e/harness.mjs';
import {
  alternate,
  closeQuietly,
  mainThreadDelta,
  meteredPage,
  settle,
  siteUrl,
  watchLongTasks,
} from '../lib/browser.mjs';
import { extensionCpuMs, mergeTop, startProfile, stopProfile, withSource } from '../lib/profile.mjs';
import { median, sum, summary } from '../lib/stats.mjs';

/**
 * The heavy page as such, and as a shop: ?live=1 adds a search box and an aria-live cart status,
 * which most shops have and which a chat detector must not take for a chat (see the fixture).
 */
export const HEAVY_PAGES = { plain: '/bench/heavy.html', shop: '/bench/heavy.html?live=1' };

async function idleRun(browser, { site, page: pagePath, windowMs, perSecond, settleMs }) {
  const { page, cdp, metrics } = await meteredPage(browser);
  try {
    await page.goto(siteUrl(site, pagePath));
    await settle(settleMs); // document_idle injection, the detector's first check, the recorder if any
    const longTasks = await watchLongTasks(page);
    const m0 = await metrics();
    await startProfile(cdp);
    const done = await page.evaluate(([ms, rate]) => window.startMutations(ms, rate), [windowMs, perSecond]);
    await settle(200);
    const d = mainThreadDelta(m0, await metrics());
    const prof = await stopProfile(cdp);
    const lt = await longTasks.read();
    const elements = await page.evaluate(() => window.elementCount());
    return { ...d, mutations: done, longTasks: lt.length, longTaskMs: sum(lt), elements, prof };
  } finally {
    await closeQuietly(page);
  }
}

/** Idle cost on one variant of the heavy page (`plain` or `shop`). */
export async function runIdle({ pair, variant, runs, windowMs, perSecond, settleMs = 1500 }) {
  const pairs = [];
  const opts = { site: `idle-${variant}`, page: HEAVY_PAGES[variant], windowMs, perSecond, settleMs };
  for (let i = 0; i < runs; i++) {
    const r = {};
    for (const b of alternate(pair, i)) r[b.name] = await idleRun(b, opts);
    pairs.push(r);
  }
  const ratio = (k) => pairs.map((p) => p.with[k] / p.without[k]);
  const side = (name, k) => summary(pairs.map((p) => p[name][k]));
  return {
    variant,
    runs,
    windowMs,
    perSecond,
    elements: pairs[0].with.elements,
    mutations: pairs[0].with.mutations,
    scriptMs: { with: side('with', 'script'), without: side('without', 'script') },
    taskMs: { with: side('with', 'task'), without: side('without', 'task') },
    scriptRatio: summary(ratio('script')),
    taskRatio: summary(ratio('task')),
    longTasks: { with: side('with', 'longTasks'), without: side('without', 'longTasks') },
    longTaskMs: { with: side('with', 'longTaskMs'), without: side('without', 'longTaskMs') },
    // the extension's own main-thread time per second of page activity
    addedScriptMsPerSecond: median(pairs.map((p) => p.with.script - p.without.script)) / (windowMs / 1000),
    // from the profile of each run with the extension: (page + extension) / page, within one run
    attributedRatio: summary(
      pairs.map((p) => p.with.prof.scriptMs / (p.with.prof.scriptMs - p.with.prof.extensionMs)),
    ),
    extensionMs: summary(pairs.map((p) => extensionCpuMs(p.with.prof, p.with.script))),
    extensionLongestMs: Math.max(...pairs.map((p) => p.with.prof.longestMs)),
    // sanity: the runs without the extension must show none of its code
    extensionMsWithout: Math.max(...pairs.map((p) => p.without.prof.extensionMs)),
    where: withSource(mergeTop(pairs.map((p) => p.with.prof.top)), EXT),
    pairs: pairs.map((p) => ({
      with: { ...p.with, prof: { ...p.with.prof, top: undefined } },
      without: { ...p.without, prof: { ...p.without.prof, top: undefined } },
    })),
  };
}

async function loadOnce(browser, site = 'load') {
  const page = await browser.ctx.newPage();
  try {
    await page.goto(siteUrl(site, HEAVY_PAGES.plain), { waitUntil: 'load' });
    return await page.evaluate(
      () =>
        new Promise((resolve) => {
          const read = () => {
            const nav = performance.getEntriesByType('navigation')[0];
            const fcp = performance.getEntriesByName('first-contentful-paint')[0];
            if (!fcp || !nav.loadEventEnd) return setTimeout(read, 20);
            resolve({ load: nav.loadEventStart, fcp: fcp.startTime, dcl: nav.domContentLoadedEventEnd });
          };
          read();
        }),
    );
  } finally {
    await closeQuietly(page);
  }
}

export async function runLoad({ pair, runs, loadsPerRun }) {
  // one warm-up load each: the first navigation of a profile pays for caches that later ones reuse
  for (const b of [pair.with, pair.without]) await loadOnce(b);
  const pairs = [];
  for (let i = 0; i < runs; i++) {
    const r = { with: [], without: [] };
    for (let k = 0; k < loadsPerRun; k++)
      for (const b of alternate(pair, i + k)) r[b.name].push(await loadOnce(b));
    const m = (name, key) => median(r[name].map((x) => x[key]));
    pairs.push({
      with: { load: m('with', 'load'), fcp: m('with', 'fcp'), dcl: m('with', 'dcl') },
      without: { load: m('without', 'load'), fcp: m('without', 'fcp'), dcl: m('without', 'dcl') },
    });
  }
  const ratio = (k) => pairs.map((p) => p.with[k] / p.without[k]);
  const side = (name, k) => summary(pairs.map((p) => p[name][k]));
  return {
    runs,
    loadsPerRun,
    loadMs: { with: side('with', 'load'), without: side('without', 'load') },
    fcpMs: { with: side('with', 'fcp'), without: side('without', 'fcp') },
    dclMs: { with: side('with', 'dcl'), without: side('without', 'dcl') },
    loadRatio: summary(ratio('load')),
    fcpRatio: summary(ratio('fcp')),
    pairs,
  };
}
