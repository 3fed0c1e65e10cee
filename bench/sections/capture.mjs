// Capture latency and capture cost on one streaming chat (tests/fixtures/bench/chat.html).
// The chat streams in segments; the page with the extension and the page without it take turns
// (ABBA), so each segment is one with/without pair measured in the same minute. The with-page's
// lines are then followed from the DOM to the store: latency = commit time of the row's write
// transaction (service worker) − time the line entered the DOM (page).
import { EXT, readStore } from '../../tests/e2e/harness.mjs';
import {
  alternate,
  closeQuietly,
  countMessages,
  hookCommits,
  mainThreadDelta,
  openBenchChats,
  sessionsOf,
  settle,
  storePage,
  until,
} from '../lib/browser.mjs';
import { extensionCpuMs, mergeTop, startProfile, stopProfile, withSource } from '../lib/profile.mjs';
import { quantile, summary } from '../lib/stats.mjs';

const lineIndex = (text) => Number(/\[#(\d+)\]$/.exec(text)?.[1] ?? -1);

/**
 * @param {{ pair, messages: number, rate: number, segment: number, cost: boolean }} o
 * `cost: false` streams only the with-page (latency alone, half the time).
 */
export async function runCapture({ pair, messages, rate, segment, cost }) {
  const pages = new Map();
  try {
    await openBenchChats(pair, cost ? [pair.with, pair.without] : [pair.with], 'capture', pages);
    const commits = await hookCommits(pair.with);

    const segments = [];
    for (let i = 0; i < Math.ceil(messages / segment); i++) {
      const n = Math.min(segment, messages - i * segment);
      const seg = { n };
      for (const b of cost ? alternate(pair, i) : [pair.with]) {
        const { page, cdp, metrics } = pages.get(b);
        const m0 = await metrics();
        if (cost) await startProfile(cdp);
        await page.evaluate(([count, perSecond]) => window.streamMessages(count, perSecond), [n, rate]);
        await settle(400); // the recorder's batch, send and answer
        seg[b.name] = { ...mainThreadDelta(m0, await metrics()), prof: cost ? await stopProfile(cdp) : null };
      }
      segments.push(seg);
    }

    const expected = 1 + messages;
    await until(async () => (await countMessages(pair.with, 'capture')) >= expected, {
      timeout: 60_000,
      what: `${expected} stored lines`,
    });
    const commitAt = await commits.read();
    const shownAt = await pages.get(pair.with).page.evaluate(() => window.__shownAt);
    const store = await storePage(pair.with);
    const ids = new Set((await sessionsOf(pair.with, 'capture')).map((x) => x.id));
    const rows = (await readStore(store)).messages.filter((m) => ids.has(m.sessionId));
    await closeQuietly(store);

    const latency = [];
    const pickup = [];
    const seen = new Set();
    for (const r of rows) {
      const i = lineIndex(r.text);
      if (i < 1) continue; // the greeting was stored before the commit hook
      seen.add(i);
      const committed = commitAt.get(`${r.sessionId}/${r.seq}`);
      if (committed !== undefined) latency.push(committed - shownAt[i]);
      pickup.push(Date.parse(r.at) - shownAt[i]);
    }
    const result = {
      messages,
      rate,
      stored: seen.size,
      duplicates: rows.length - 1 - seen.size,
      latencyMs: {
        p50: quantile(latency, 0.5),
        p95: quantile(latency, 0.95),
        p99: quantile(latency, 0.99),
        max: Math.max(...latency),
        n: latency.length,
      },
      // DOM → the recorder's read (`at`, the content script's clock): the batching part of the latency
      pickupMs: { p50: quantile(pickup, 0.5), p95: quantile(pickup, 0.95) },
    };
    if (cost) {
      // page main-thread time the extension adds, per captured line, segment by segment
      const perLine = (k) => segments.map((s) => (s.with[k] - s.without[k]) / s.n);
      const attributed = segments.map((s) => extensionCpuMs(s.with.prof, s.with.script) / s.n);
      result.cost = {
        scriptMsPerLine: summary(perLine('script')),
        taskMsPerLine: summary(perLine('task')),
        // content-script time per line from the profile of the page with the extension
        profileMsPerLine: summary(attributed),
        firstSegmentMsPerLine: attributed[0],
        lastSegmentMsPerLine: attributed.at(-1),
        longestMs: Math.max(...segments.map((s) => s.with.prof.longestMs)),
        where: withSource(mergeTop(segments.map((s) => s.with.prof.top)), EXT),
        bySegment: segments.map((s) => ({
          n: s.n,
          withScript: s.with.script,
          withoutScript: s.without.script,
          withTask: s.with.task,
          withoutTask: s.without.task,
          extensionCpuMs: extensionCpuMs(s.with.prof, s.with.script),
        })),
      };
    }
    return result;
  } finally {
    for (const { page } of pages.values()) await closeQuietly(page);
  }
}
