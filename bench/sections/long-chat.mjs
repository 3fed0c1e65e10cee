// A long chat: a page that opens with `lines` lines already shown (tests/fixtures/bench/chat.html).
// Measured: the first capture of all of them, the IndexedDB growth, the content script's heap and
// main-thread time when such a page is opened again (with vs without, alternating), the capture cost
// per new line at that length, the export builders over the stored chat, and the dashboard opening it.

import { EXT, worker } from '../../tests/e2e/harness.mjs';
import {
  alternate,
  closeQuietly,
  countMessages,
  heapAfterGc,
  mainThreadDelta,
  meteredPage,
  sessionsOf,
  settle,
  siteUrl,
  sleep,
  storePage,
  until,
} from '../lib/browser.mjs';
import { bundleExporters, timeExports } from '../lib/exports-in-page.mjs';
import { extensionCpuMs, mergeTop, startProfile, stopProfile, withSource } from '../lib/profile.mjs';
import { summary } from '../lib/stats.mjs';

/** Waits until the page's main thread has done (almost) nothing for `quietMs`. */
async function waitQuiet(metrics, { quietMs = 1000, maxMs = 60_000 } = {}) {
  const end = Date.now() + maxMs;
  let last = await metrics();
  let since = Date.now();
  while (Date.now() < end) {
    await sleep(250);
    const now = await metrics();
    if (mainThreadDelta(last, now).task > 5) since = Date.now();
    last = now;
    if (Date.now() - since >= quietMs) return;
  }
}

/** Storage used by the extension's origin, from its service worker. */
async function storageUsage(browser) {
  const sw = await worker(browser.ctx);
  return sw.evaluate(async () => {
    const e = await navigator.storage.estimate();
    return { usage: e.usage, indexedDB: e.usageDetails?.indexedDB ?? null };
  });
}

/**
 * Opens the long chat in a fresh page: main-thread time until quiet, the content script's longest
 * uninterrupted stretch (profile; the page's own 10,000-line render is a long task on both sides),
 * heap after GC.
 */
async function openRun(browser, url) {
  const mp = await meteredPage(browser);
  try {
    const m0 = await mp.metrics();
    await startProfile(mp.cdp);
    await mp.page.goto(url);
    // the recorder waits for the worker's answer (the stored keys) before reading: give it time
    await settle(browser.name === 'with' ? 1500 : 300);
    await waitQuiet(mp.metrics);
    const d = mainThreadDelta(m0, await mp.metrics());
    const prof = await stopProfile(mp.cdp);
    return { script: d.script, task: d.task, longestMs: prof.longestMs, heap: await heapAfterGc(mp.cdp) };
  } finally {
    await closeQuietly(mp.page);
  }
}

/** Opens dashboard.html#/chat/<id>; ms from navigation start until a line of the chat is on screen. */
async function openDashboard(browser, sessionId, markers, timeoutMs) {
  const page = await browser.ctx.newPage();
  try {
    // one look per frame: the first frame whose DOM holds a line of the chat is the one that shows it
    // (a MutationObserver reading every added subtree slowed the dashboard down several times over)
    await page.addInitScript((needles) => {
      window.__benchShown = null;
      const frame = () => {
        const text = document.body?.textContent ?? '';
        if (needles.some((n) => text.includes(n))) window.__benchShown = { painted: performance.now() };
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    }, markers);
    await page.goto(
      `chrome-extension://${browser.extId}/dashboard.html#/chat/${encodeURIComponent(sessionId)}`,
    );
    const shown = await until(() => page.evaluate(() => window.__benchShown), {
      timeout: timeoutMs,
      every: 50,
      what: 'the transcript in the dashboard',
    }).catch(() => null);
    if (shown) return { transcript: true, ms: shown.painted };
    // no transcript (dashboard not built, or a different route): time until the app showed anything
    const app = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        loadMs: nav?.loadEventEnd ?? null,
        text: (document.body?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 120),
      };
    });
    return { transcript: false, ms: app.loadMs, text: app.text };
  } finally {
    await closeQuietly(page);
  }
}

export async function runLongChat({ pair, lines, runs, segmentLines, rate, exportRuns, dashboardRuns }) {
  const url = siteUrl('long', `/bench/chat.html?prefill=${lines}`);
  // 1. first capture of a page that opens with `lines` lines (history: exempt from the flood cap)
  const before = await storageUsage(pair.with);
  const t0 = Date.now();
  const first = await pair.with.ctx.newPage();
  await first.goto(url);
  await until(async () => (await countMessages(pair.with, 'long')) >= lines, {
    timeout: 300_000,
    every: 250,
    what: `${lines} stored lines`,
  });
  const firstCaptureMs = Date.now() - t0;
  await closeQuietly(first);
  await settle(1000);
  const after = await storageUsage(pair.with);
  const [session] = await sessionsOf(pair.with, 'long');

  // 2. opening the long chat again: heap and main-thread time, with vs without
  const opens = [];
  for (let i = 0; i < runs; i++) {
    const r = {};
    for (const b of alternate(pair, i)) r[b.name] = await openRun(b, url);
    opens.push(r);
  }
  const diff = (k) => opens.map((o) => o.with[k] - o.without[k]);

  // 3. capture cost per new line at this length: both pages stream in turns
  const pages = {};
  for (const b of [pair.with, pair.without]) {
    pages[b.name] = await meteredPage(b);
    await pages[b.name].page.goto(url);
    await settle(b.name === 'with' ? 1500 : 300);
    await waitQuiet(pages[b.name].metrics);
  }
  const perLine = [];
  for (let i = 0; i < runs; i++) {
    const d = {};
    for (const b of alternate(pair, i)) {
      const { page, cdp, metrics } = pages[b.name];
      const m0 = await metrics();
      await startProfile(cdp);
      await page.evaluate(([n, r]) => window.streamMessages(n, r), [segmentLines, rate]);
      await settle(400);
      d[b.name] = { script: mainThreadDelta(m0, await metrics()).script, prof: await stopProfile(cdp) };
    }
    perLine.push({
      direct: (d.with.script - d.without.script) / segmentLines,
      profile: extensionCpuMs(d.with.prof, d.with.script) / segmentLines,
      top: d.with.prof.top,
    });
  }
  for (const p of Object.values(pages)) await closeQuietly(p.page);

  // 4. exports over the stored chat, in an extension page
  const store = await storePage(pair.with);
  const ex = await timeExports(store, await bundleExporters(), session.id, exportRuns);
  await closeQuietly(store);

  // 5. the dashboard opening the chat
  const markers = ['[#0]', `[#${lines - 1}]`];
  const dash = [];
  for (let i = 0; i < dashboardRuns; i++)
    dash.push(await openDashboard(pair.with, session.id, markers, 5000));

  return {
    lines,
    storedLines: session.messageCount,
    firstCaptureMs,
    indexedDbBytes:
      after.indexedDB != null && before.indexedDB != null ? after.indexedDB - before.indexedDB : null,
    storageBytes: after.usage - before.usage,
    heapBytes: {
      with: summary(opens.map((o) => o.with.heap)),
      without: summary(opens.map((o) => o.without.heap)),
    },
    contentScriptHeapBytes: summary(diff('heap')),
    openScriptMs: {
      with: summary(opens.map((o) => o.with.script)),
      without: summary(opens.map((o) => o.without.script)),
    },
    openAddedScriptMs: summary(diff('script')),
    openLongestStretchMs: summary(opens.map((o) => o.with.longestMs)),
    captureMsPerLineAtLength: summary(perLine.map((p) => p.direct)),
    captureProfileMsPerLineAtLength: summary(perLine.map((p) => p.profile)),
    captureWhereAtLength: withSource(mergeTop(perLine.map((p) => p.top)), EXT),
    exports: {
      readMs: ex.readMs,
      rowBytes: ex.rowBytes,
      messages: ex.messages,
      jsonMs: summary(ex.json),
      htmlMs: summary(ex.html),
      jsonBytes: ex.jsonBytes,
      htmlBytes: ex.htmlBytes,
    },
    dashboard: {
      transcriptShown: dash.every((d) => d.transcript),
      ms: summary(dash.map((d) => d.ms)),
      note: dash.find((d) => !d.transcript)?.text ?? null,
    },
  };
}
