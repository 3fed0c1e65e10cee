#!/usr/bin/env node
// Quick A/B of capture cost for one build: page scripting time per streamed line, with the
// extension − without (ABBA pairs), on tests/fixtures/bench/chat.html, with no profiler attached
// and no store checks. For comparing builds while looking for where the time goes (docs/performance.md,
// "Capture cost: where the time goes"): build each variant into its own directory, then
//   CHATPROOF_OUT_DIR=.out-x npx wxt build
//   CHATPROOF_OUT_DIR=.out-x node bench/capture-ab.mjs [segments=8] [lines=100]
// Run on a quiet machine, variants in turn, twice each; it reads higher than `npm run bench`'s
// capture-cost row (different runs, no profiler), so compare builds with it, not with the budget.
import { startFixtureServer } from '../tests/e2e/harness.mjs';
import {
  alternate,
  countMessages,
  launchPair,
  mainThreadDelta,
  openBenchChats,
  settle,
} from './lib/browser.mjs';
import { summary } from './lib/stats.mjs';

const segments = Number(process.argv[2] ?? 8);
const lines = Number(process.argv[3] ?? 100);
const server = await startFixtureServer();
const pair = await launchPair(server.port);
try {
  const pages = new Map();
  await openBenchChats(pair, [pair.with, pair.without], 'capture-ab', pages);
  const perLine = [];
  for (let i = 0; i < segments; i++) {
    const seg = {};
    for (const b of alternate(pair, i)) {
      const { page, metrics } = pages.get(b);
      const m0 = await metrics();
      await page.evaluate(([n, rate]) => window.streamMessages(n, rate), [lines, 20]);
      await settle(400);
      seg[b.name] = mainThreadDelta(m0, await metrics());
    }
    perLine.push({
      added: (seg.with.script - seg.without.script) / lines,
      with: seg.with.script / lines,
      without: seg.without.script / lines,
    });
  }
  const show = (k) => {
    const s = summary(perLine.map((x) => x[k]));
    return `${s.median.toFixed(3)} (${s.q1.toFixed(3)}–${s.q3.toFixed(3)})`;
  };
  console.log(
    `page scripting per line: +${show('added')} ms (with ${show('with')}, without ${show('without')}); ` +
      `${await countMessages(pair.with, 'capture-ab')} lines stored`,
  );
} finally {
  await pair.close();
  await server.close();
}
