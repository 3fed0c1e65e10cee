#!/usr/bin/env node
// The generic reader alone, as the recorder runs it, working tree against a git revision: reading
// freshly appended lines of tests/fixtures/bench/chat.html from an isolated world (what a content
// script is), so each line's first touch from that world is paid, as in the recorder. No observer,
// no timer, no port: this isolates the reader's share of the capture cost (docs/performance.md).
//   node bench/reader-micro.mjs [rev=HEAD] [rounds=12] [lines=300]
// Each round the page (main world) appends `lines` lines, untimed; then one build reads them in its
// own world: `listAddedMessages` over the appended nodes and `readItem` on each, timed with
// performance.now() inside that world. Builds take turns (ABBA); prints µs per line, mean, median
// and IQR. `lines=1` is the stream's case (a read of one or two lines after the page rendered);
// performance.now() has 100 µs steps here, so read the mean over many rounds (e.g. `HEAD 200 1`).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../tests/e2e/harness.mjs';
import { bundleEntry } from './lib/bundle.mjs';
import { openChatFixture, READER_ENTRY, readerWorld } from './lib/reader-world.mjs';
import { summary } from './lib/stats.mjs';

const rev = process.argv[2] ?? 'HEAD';
const rounds = Number(process.argv[3] ?? 12);
const lines = Number(process.argv[4] ?? 300);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'chatproof-reader-'));
execFileSync('bash', ['-c', `git -C "${ROOT}" archive "${rev}" lib | tar -x -C "${tmp}"`]);
const builds = [
  { name: 'working tree', code: await bundleEntry(READER_ENTRY, ROOT, 'reader-micro.ts') },
  { name: rev, code: await bundleEntry(READER_ENTRY, tmp, 'reader-micro.ts') },
];
fs.rmSync(tmp, { recursive: true, force: true });

const { page, cdp, close } = await openChatFixture('reader-micro');
try {
  for (const b of builds) {
    b.ctx = await readerWorld(cdp, `reader-${b.name}`, b.code);
    b.us = [];
  }
  // the fixture's own line markup, appended from the main world (no wrapper of the isolated worlds)
  const append = (n) => page.evaluate((k) => window.appendLines(k), n);
  const read = (first) => `(() => {
    const log = document.getElementById('log');
    const r = globalThis.__reader;
    const t0 = performance.now();
    const added = [];
    for (let c = log.children[${first}]; c; c = c.nextElementSibling) added.push(c);
    const items = r.listAddedMessages(log, added) ?? [];
    let prev;
    let n = 0;
    for (const el of items) { const m = r.readItem(el, prev); if (m) { prev = m; n++; } }
    const dt = performance.now() - t0;
    return { dt, n };
  })()`;
  for (let i = 0; i < rounds; i++) {
    const order = i % 2 === 0 ? builds : [...builds].reverse();
    for (const b of order) {
      const first = await append(lines);
      // let a frame render the lines first, as in the stream (the recorder reads ≥ 30 ms later)
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30))));
      const { result } = await cdp.send('Runtime.evaluate', {
        expression: read(first),
        contextId: b.ctx,
        returnByValue: true,
      });
      const { dt, n } = result.value;
      if (n !== lines) throw new Error(`${b.name} read ${n} of ${lines} lines`);
      // the first round warms each build's code: not counted
      if (i > 0) b.us.push((dt / n) * 1000);
    }
  }
  for (const b of builds) {
    const s = summary(b.us);
    const mean = b.us.reduce((a, v) => a + v, 0) / b.us.length;
    console.log(
      `${b.name.padEnd(14)} mean ${mean.toFixed(1)} µs per line, median ${s.median.toFixed(1)} (IQR ${s.q1.toFixed(1)}–${s.q3.toFixed(1)}), ${b.us.length} rounds of ${lines}`,
    );
  }
} finally {
  await close();
}
