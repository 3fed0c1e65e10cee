#!/usr/bin/env node
/**
 * node scripts/blind-pool.mjs [commit:corpus.jsonl …]
 *
 * The analysers on writers they were not tuned on, pooled: every blind corpus file scored with the
 * code of the commit at which it was scored blind the first time (the round's pre-registration, before
 * any of that round's rules), and the per-label counts summed over all files. One file holds 15–30
 * positives per label, so one error moves its precision or recall by .03–.07; the pooled figure is
 * the estimate with a sample large enough to compare against the bar (p ≥ .9, r ≥ .85).
 *
 * Each commit is checked out in a temporary worktree (node_modules linked from this checkout); the
 * corpus files are read from this checkout. With no arguments it pools the blind files of rounds
 * 23–28 (docs/analysers.md, "Pooled blind figures").
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const DEFAULT = [
  'e5ead17:tests/corpus/holdout34.jsonl',
  'e5ead17:tests/corpus/holdout35.jsonl',
  '5cda275:tests/corpus/holdout36.jsonl',
  '5cda275:tests/corpus/holdout37.jsonl',
  'dbda3c6:tests/corpus/holdout38.jsonl',
  'dbda3c6:tests/corpus/holdout39.jsonl',
  'f0dce81:tests/corpus/holdout40.jsonl',
  'f0dce81:tests/corpus/holdout41.jsonl',
  'b59da5e:tests/corpus/holdout42.jsonl',
  'b59da5e:tests/corpus/holdout43.jsonl',
  '4481b93:tests/corpus/holdout44.jsonl',
  '4481b93:tests/corpus/holdout45.jsonl',
];
const P_BAR = 0.9;
const R_BAR = 0.85;

const pairs = (process.argv.length > 2 ? process.argv.slice(2) : DEFAULT).map((a) => {
  const at = a.indexOf(':');
  if (at < 1) throw new Error(`expected commit:file, got ${a}`);
  return { commit: a.slice(0, at), file: resolve(ROOT, a.slice(at + 1)) };
});

const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });
const total = new Map();
const byCommit = new Map();
for (const p of pairs) byCommit.set(p.commit, [...(byCommit.get(p.commit) ?? []), p]);
for (const [commit, files] of byCommit) {
  const dir = mkdtempSync(join(tmpdir(), `chatproof-pool-${commit}-`));
  rmSync(dir, { recursive: true });
  git('worktree', 'add', '--detach', '--quiet', dir, commit);
  try {
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    for (const { file } of files) {
      if (!existsSync(file)) throw new Error(`no such corpus file: ${file}`);
      const out = execFileSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/eval.ts', file], {
        cwd: dir,
        encoding: 'utf8',
      });
      const labels = JSON.parse(out.trim().split('\n').at(-1)).labels;
      console.log(`${commit} ${file.slice(ROOT.length + 1)}`);
      for (const [label, v] of Object.entries(labels)) {
        const t = total.get(label) ?? { tp: 0, fp: 0, fn: 0 };
        t.tp += v.tp;
        t.fp += v.fp;
        t.fn += v.fn;
        total.set(label, t);
      }
    }
  } finally {
    git('worktree', 'remove', '--force', dir);
  }
}

console.log(`\npooled over ${pairs.length} files`);
console.log('label               tp    fp    fn  precision  recall');
let below = 0;
for (const [label, { tp, fp, fn }] of total) {
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = tp + fn === 0 ? 1 : tp / (tp + fn);
  const ok = p >= P_BAR && r >= R_BAR;
  if (!ok) below++;
  console.log(
    `${label.padEnd(16)} ${String(tp).padStart(5)} ${String(fp).padStart(5)} ${String(fn).padStart(5)}      ${p.toFixed(3)}   ${r.toFixed(3)}${ok ? '' : '  below the bar'}`,
  );
}
console.log(`${below} of ${total.size} labels below p ≥ ${P_BAR}, r ≥ ${R_BAR}`);
