#!/usr/bin/env node
// How much of a streamed read's cost is the read starting cold (docs/performance.md, "Capture cost:
// a read's fixed part"). The generic reader runs in an isolated world (as the recorder does) over
// lines of tests/fixtures/bench/chat.html that the page appended one frame and 30 ms earlier, like
// the recorder's 30–60 ms batch. Two modes take turns, each round:
//   - cold: list the new lines (`listAddedMessages`) and read them (`readItem`), as the recorder does;
//   - warm: the same, but the same task first reads three lines it read before (untimed), so the
//     reader's code and the browser's caches are warm when the new lines are read.
// Prints µs per new line, listing and reading apart (means over the rounds; performance.now() has
// 100 µs steps here, so read the means of many rounds).
//   node bench/reader-cold.mjs [rounds=150] [lines=2]
import { ROOT } from '../tests/e2e/harness.mjs';
import { bundleEntry } from './lib/bundle.mjs';
import { openChatFixture, READER_ENTRY, readerWorld } from './lib/reader-world.mjs';

const rounds = Number(process.argv[2] ?? 150);
const lines = Number(process.argv[3] ?? 2);
const code = await bundleEntry(READER_ENTRY, ROOT, 'reader-cold.ts');
const { page, cdp, close } = await openChatFixture('reader-cold');
try {
  const ctx = await readerWorld(cdp, 'reader-cold', code);
  // the newest `lines` children are new; with `warm`, first re-read three older ones in this task
  const read = (warm) => `(() => {
    const log = document.getElementById('log');
    const r = globalThis.__reader;
    const added = [];
    for (let c = log.lastElementChild, k = 0; c && k < ${lines}; c = c.previousElementSibling, k++) added.unshift(c);
    if (${warm}) {
      let w = added[0].previousElementSibling;
      for (let k = 0; k < 3 && w; k++, w = w.previousElementSibling) r.readItem(w, undefined);
    }
    const t0 = performance.now();
    const items = r.listAddedMessages(log, added) ?? [];
    const t1 = performance.now();
    let prev;
    let n = 0;
    for (const el of items) { const m = r.readItem(el, prev); if (m) { prev = m; n++; } }
    return { list: t1 - t0, read: performance.now() - t1, n };
  })()`;
  const res = { cold: { list: [], read: [] }, warm: { list: [], read: [] } };
  for (let i = 0; i < rounds; i++) {
    for (const mode of i % 2 ? ['warm', 'cold'] : ['cold', 'warm']) {
      await page.evaluate((k) => window.appendLines(k), lines);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30))));
      const { result } = await cdp.send('Runtime.evaluate', {
        expression: read(mode === 'warm'),
        contextId: ctx,
        returnByValue: true,
      });
      const { list, read: rd, n } = result.value;
      if (n !== lines) throw new Error(`${mode}: read ${n} of ${lines} lines`);
      // the first rounds warm each mode's code: not counted
      if (i < 3) continue;
      res[mode].list.push((list / n) * 1000);
      res[mode].read.push((rd / n) * 1000);
    }
  }
  const mean = (v) => v.reduce((a, x) => a + x, 0) / v.length;
  for (const [mode, r] of Object.entries(res))
    console.log(
      `${mode}: listing ${mean(r.list).toFixed(1)} µs per line, reading ${mean(r.read).toFixed(1)}, in all ${(mean(r.list) + mean(r.read)).toFixed(1)} (${r.list.length} rounds of ${lines})`,
    );
} finally {
  await close();
}
