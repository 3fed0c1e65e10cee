#!/usr/bin/env node
// The analysers' cost where they run: inside the built extension's service worker in Debian's
// Chromium, and in Node (where the unit tests and `npm run eval` run them) for comparison.
//
//   npm run bench:analysers            (needs a build: `npm run build`)
//   options: --rounds=N (default 5)  --lines=N (default 10000)
//
// The chat is the training corpus's lines repeated to the length asked, as in the invariant test
// (tests/detectors/invariants.test.ts). Measured per round, in a fresh worker each round:
//  - a whole pass over the chat, cold (the first in that worker) and again;
//  - the background's incremental pass (lib/background/analysis.ts): the ANALYSIS_CONTEXT_LINES lines
//    before two new lines, findings from the new lines on, at 20 windows spread over the chat.
// Prints a table and writes bench/results/analysers.json. No budget: issue 8 sets none for the
// analysers; docs/performance.md and docs/analysers.md ("Speed") record the figures.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium, ROOT, worker } from '../tests/e2e/harness.mjs';
import { bundleEntry } from './lib/bundle.mjs';
import { describeMachine } from './lib/machine.mjs';
import { summary } from './lib/stats.mjs';

const arg = (name, fallback) => {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`));
  return a ? Number(a.slice(name.length + 3)) : fallback;
};
const ROUNDS = arg('rounds', 5);
const LINES = arg('lines', 10_000);
const WINDOWS = 20;
const NEW_LINES = 2;

// The background's context (read from its source: its module imports the store, which needs an
// extension to load).
const CONTEXT = Number(
  /export const ANALYSIS_CONTEXT_LINES = (\d+);/.exec(
    fs.readFileSync(path.join(ROOT, 'lib/background/analysis.ts'), 'utf8'),
  )?.[1],
);
if (!Number.isInteger(CONTEXT))
  throw new Error('ANALYSIS_CONTEXT_LINES not found in lib/background/analysis.ts');
const ENTRY = `import { analyse } from './lib/detectors';
globalThis.__chatproofBench = { analyse, context: ${CONTEXT} };`;

/** The measuring code, run where the analysers run (a worker, or Node): CPU-bound, so wall time. */
function measure(lines, windows, fresh, add) {
  const { analyse, context } = globalThis.__chatproofBench;
  const time = (fn) => {
    const t = performance.now();
    const n = fn();
    return { ms: performance.now() - t, n };
  };
  const out = {};
  if (fresh) {
    out.cold = time(() => analyse(lines).length);
    out.again = time(() => analyse(lines).length);
  }
  out.passes = windows.map((end) => {
    const start = Math.max(0, end - context - add);
    const slice = lines.slice(start, end);
    return time(() => analyse(slice, { from: slice.length - add }).length).ms;
  });
  return out;
}

function corpusLines(n) {
  const text = fs.readFileSync(path.join(ROOT, 'tests/corpus/train.jsonl'), 'utf8');
  const pool = text
    .split('\n')
    .filter(Boolean)
    .flatMap((l) =>
      JSON.parse(l).messages.map((m) => ({ role: m.role, author: m.author ?? null, text: m.text })),
    );
  return Array.from({ length: n }, (_, k) => pool[k % pool.length]);
}

const fmt = (s) => `${s.median.toFixed(0)} ms (${s.q1.toFixed(0)}–${s.q3.toFixed(0)})`;
const fmt1 = (s) => `${s.median.toFixed(1)} ms (${s.q1.toFixed(1)}–${s.q3.toFixed(1)})`;

async function inWorker(code, lines, windows) {
  const rounds = [];
  for (let r = 0; r < ROUNDS; r++) {
    // a new browser each round: a cold worker, as after Chromium stopped an idle one
    const b = await launchChromium(9);
    try {
      const sw = await worker(b.ctx);
      await sw.evaluate(code);
      rounds.push(
        await sw.evaluate(
          `(${measure})(${JSON.stringify(lines)}, ${JSON.stringify(windows)}, true, ${NEW_LINES})`,
        ),
      );
    } finally {
      await b.ctx.close();
      fs.rmSync(b.dir, { recursive: true, force: true });
    }
  }
  return rounds;
}

async function inNode(lines, windows) {
  const esbuild = await import('esbuild');
  const file = path.join(os.tmpdir(), `chatproof-analysers-${process.pid}.mjs`);
  await esbuild.build({
    stdin: { contents: ENTRY, resolveDir: ROOT, sourcefile: 'bench-analysers.ts', loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: file,
    logLevel: 'silent',
  });
  const rounds = [];
  try {
    for (let r = 0; r < ROUNDS; r++) {
      // a fresh process each round, as a cold worker
      const script = `await import(${JSON.stringify(pathToFileURL(file).href)});
        const measure = ${measure};
        process.stdout.write(JSON.stringify(measure(${JSON.stringify(lines)}, ${JSON.stringify(windows)}, true, ${NEW_LINES})));`;
      const out = execFileSync(process.execPath, ['--input-type=module', '-'], {
        input: script,
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      });
      rounds.push(JSON.parse(out));
    }
  } finally {
    fs.rmSync(file, { force: true });
  }
  return rounds;
}

async function main() {
  const lines = corpusLines(LINES);
  const windows = Array.from({ length: WINDOWS }, (_, k) =>
    Math.min(LINES, Math.round(((k + 1) * LINES) / WINDOWS)),
  );
  const code = await bundleEntry(ENTRY, ROOT, 'bench-analysers.ts');
  const started = Date.now();
  const results = {
    when: new Date().toISOString(),
    machine: describeMachine(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'),
    loadavg: os.loadavg(),
    lines: LINES,
    rounds: ROUNDS,
    chromium: await inWorker(code, lines, windows),
    node: await inNode(lines, windows),
  };
  const rows = [];
  for (const where of ['chromium', 'node']) {
    const rs = results[where];
    const label = where === 'chromium' ? 'extension service worker, Chromium' : `Node ${process.version}`;
    rows.push(
      `| ${label} | ${fmt(summary(rs.map((r) => r.cold.ms)))} | ${fmt(summary(rs.map((r) => r.again.ms)))} | ${fmt1(
        summary(rs.flatMap((r) => r.passes)),
      )} | ${rs[0].cold.n} |`,
    );
  }
  const table = [
    `${results.when} — ${LINES.toLocaleString('en')} lines (tests/corpus/train.jsonl repeated), ${ROUNDS} rounds, a fresh worker or process each; ${results.machine.chromium}; load average ${results.loadavg[0].toFixed(2)} at the start; took ${((Date.now() - started) / 1000).toFixed(0)} s.`,
    '',
    `| Where | Whole chat, first pass (median, IQR) | Whole chat, again | Incremental pass (${WINDOWS} windows × ${ROUNDS}: ${CONTEXT} lines of context + ${NEW_LINES} new) | Findings |`,
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
  console.log(table);
  fs.mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  fs.writeFileSync(
    path.join(ROOT, 'bench/results/analysers.json'),
    `${JSON.stringify({ ...results, table }, null, 2)}\n`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
