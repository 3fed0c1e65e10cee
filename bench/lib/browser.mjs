// Browser plumbing for the benchmark: a pair of Chromium sessions (the built extension enabled in one,
// disabled in the other, same launcher and flags), page-level CDP metrics, and read-only views of the
// extension's store. Launching and serving go through tests/e2e/harness.mjs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium, sleep, until, worker } from '../../tests/e2e/harness.mjs';

export { sleep, until };

/** One persistent context with the extension enabled; `close()` also removes its profile. */
export async function launchWith(port) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chatproof-bench-'));
  const b = await launchChromium(port, { userDataDir: dir }).catch((e) => {
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  });
  b.name = 'with';
  b.close = async () => {
    await b.ctx.close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return b;
}

/**
 * Two persistent contexts from the same launcher. In `without`, the extension is switched off from
 * chrome://extensions after launch, so both browsers differ only by the extension running.
 */
export async function launchPair(port, { aa = false } = {}) {
  const withExt = await launchWith(port);
  const without = await launchWith(port).catch(async (e) => {
    await withExt.close();
    throw e;
  });
  without.name = 'without';
  // --aa (calibration): the extension is off on both sides, so any difference is the method's noise
  for (const b of aa ? [withExt, without] : [without]) await disableExtension(b);
  return {
    with: withExt,
    without,
    async close() {
      await withExt.close();
      await without.close();
    },
  };
}

async function disableExtension(b) {
  const page = await b.ctx.newPage();
  await page.goto('chrome://extensions');
  await page.evaluate((id) => chrome.management.setEnabled(id, false), b.extId);
  await page.close();
}

/** Yields [first, second] of the pair for run i, swapping the order every other run (ABBA…). */
export function alternate(pair, i) {
  return i % 2 === 0 ? [pair.with, pair.without] : [pair.without, pair.with];
}

/**
 * A page with CDP Performance metrics in thread time ("threadTicks": CPU time of the page's main
 * thread, so another process taking the core does not count as our work).
 */
export async function meteredPage(browser) {
  const page = await browser.ctx.newPage();
  const cdp = await browser.ctx.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const metrics = async () => {
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    return Object.fromEntries(list.map((m) => [m.name, m.value]));
  };
  return { page, cdp, metrics };
}

/** Main-thread time between two metric snapshots, in ms. */
export function mainThreadDelta(m0, m1) {
  const d = (k) => ((m1[k] ?? 0) - (m0[k] ?? 0)) * 1000;
  return {
    script: d('ScriptDuration'),
    task: d('TaskDuration'),
    layout: d('LayoutDuration'),
    style: d('RecalcStyleDuration'),
  };
}

/** Starts collecting long tasks in the page's main world; `read()` returns their durations (ms). */
export async function watchLongTasks(page) {
  await page.evaluate(() => {
    window.__benchLongTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__benchLongTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  return { read: () => page.evaluate(() => window.__benchLongTasks) };
}

/** An extension page with no UI code of its own: reads the store without a dashboard reacting to it. */
export async function storePage(browser) {
  const page = await browser.ctx.newPage();
  await page.goto(`chrome-extension://${browser.extId}/manifest.json`);
  return page;
}

/**
 * Messages stored for a site's chats (sum of its sessions' messageCount, which the store updates in
 * the same transaction as the rows), read in the extension's service worker: no extra tab competing
 * with the measured page. 0 before the extension created its database.
 */
export async function countMessages(browser, site) {
  return (await sessionsOf(browser, site)).reduce((n, s) => n + s.messageCount, 0);
}

/** The sessions stored for a site, as { id, messageCount }; none before the database exists. */
export async function sessionsOf(browser, site) {
  const sw = await worker(browser.ctx);
  return sw.evaluate(
    async (origin) => {
      if (!(await indexedDB.databases()).some((d) => d.name === 'chatproof')) return [];
      const db = await new Promise((res, rej) => {
        const r = indexedDB.open('chatproof');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      const all = await new Promise((res, rej) => {
        const q = db.transaction('sessions').objectStore('sessions').getAll();
        q.onsuccess = () => res(q.result);
        q.onerror = () => rej(q.error);
      });
      db.close();
      return all.filter((s) => s.origin === origin).map((s) => ({ id: s.id, messageCount: s.messageCount }));
    },
    siteUrl(site, ''),
  );
}

/**
 * Records, inside the service worker, when each message row's write transaction commits: a wrapper
 * on IDBObjectStore.add notes (sessionId, seq) of rows added to `messages` and stamps them on the
 * transaction's `complete` event. An array push per row: the store's own work is unchanged.
 */
export async function hookCommits(browser) {
  const sw = await worker(browser.ctx);
  await sw.evaluate(() => {
    if (globalThis.__benchCommits) return;
    const commits = [];
    globalThis.__benchCommits = commits;
    const rowsOf = new WeakMap();
    const add = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function (value, key) {
      const req = add.call(this, value, key);
      if (this.name === 'messages' && value && typeof value.seq === 'number') {
        const tx = this.transaction;
        let rows = rowsOf.get(tx);
        if (!rows) {
          rows = [];
          rowsOf.set(tx, rows);
          tx.addEventListener('complete', () => {
            const t = performance.timeOrigin + performance.now();
            for (const r of rows) commits.push([r[0], r[1], t]);
          });
        }
        rows.push([value.sessionId, value.seq]);
      }
      return req;
    };
  });
  return {
    /** Map "sessionId/seq" → commit time (ms, wall clock); throws if the worker was restarted. */
    async read() {
      const live = await worker(browser.ctx);
      const list = await live.evaluate(() => globalThis.__benchCommits ?? null);
      if (!list) throw new Error('the service worker restarted during the run: commit times were lost');
      return new Map(list.map(([sid, seq, t]) => [`${sid}/${seq}`, t]));
    },
  };
}

/** Heap used by the page's V8 isolate (main world and content-script worlds together) after a full GC. */
export async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.send('HeapProfiler.disable');
  return usedSize;
}

/** Closes a page, ignoring an already-closed one. */
export async function closeQuietly(page) {
  await page.close().catch(() => {});
}

/**
 * Opens the benchmark chat (tests/fixtures/bench/chat.html, one greeting) as `site` in a metered page
 * of each browser in `sides`, and waits until `pair.with` stored the greeting: the detector found the
 * chat and the recorder runs. Adds each browser's metered page to `pages` as it opens it, so the
 * caller can close what opened even when a later step fails.
 */
export async function openBenchChats(pair, sides, site, pages) {
  for (const b of sides) {
    const mp = await meteredPage(b);
    pages.set(b, mp);
    await mp.page.goto(siteUrl(site, '/bench/chat.html?prefill=1'));
  }
  await until(async () => (await countMessages(pair.with, site)) >= 1, {
    timeout: 20_000,
    what: 'the greeting stored',
  });
}

export const settle = (ms = 300) => sleep(ms);
/**
 * A fixture URL on its own hostname (every name resolves to the fixture server): each section gets
 * a site of its own, so chats stored by one section are never history re-shown to another.
 */
export const siteUrl = (site, pathAndQuery) => `http://${site}.example.test${pathAndQuery}`;
