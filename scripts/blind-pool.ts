/**
 * npm run eval:pool [-- commit:corpus.jsonl …]
 *
 * The analysers on writers they were not tuned on, pooled: every blind corpus file scored with the
 * code of the commit at which it was scored blind the first time (the round's pre-registration, before
 * any of that round's rules), and the per-label counts summed over all files. One file holds 15–30
 * positives per label, so one error moves its precision or recall by .03–.07; the pooled figure is
 * the estimate with a sample large enough to compare against the bar (p ≥ .9, r ≥ .85).
 *
 * Each commit is checked out in a temporary worktree (node_modules linked from this checkout) and runs
 * its own `scripts/eval.ts`; the corpus files are read from this checkout. With no arguments it pools
 * the blind files of rounds 23–39 (docs/analysers.md, "Pooled blind figures").
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Evaluation, formatTable, scoreOf } from '../lib/detectors/evaluate';
import { LABELS, type Label } from '../lib/detectors/types';

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
  '76036e9:tests/corpus/holdout46.jsonl',
  '76036e9:tests/corpus/holdout47.jsonl',
  '9b70756:tests/corpus/holdout48.jsonl',
  '9b70756:tests/corpus/holdout49.jsonl',
  '4807e56:tests/corpus/holdout50.jsonl',
  '4807e56:tests/corpus/holdout51.jsonl',
  '2e1e7a4:tests/corpus/holdout52.jsonl',
  '2e1e7a4:tests/corpus/holdout53.jsonl',
  '4ba2455:tests/corpus/holdout54.jsonl',
  '4ba2455:tests/corpus/holdout55.jsonl',
  '7f65a05:tests/corpus/holdout56.jsonl',
  '7f65a05:tests/corpus/holdout57.jsonl',
  '6c0330a:tests/corpus/holdout58.jsonl',
  '6c0330a:tests/corpus/holdout59.jsonl',
  '1294862:tests/corpus/holdout60.jsonl',
  '1294862:tests/corpus/holdout61.jsonl',
  '7993475:tests/corpus/holdout62.jsonl',
  '7993475:tests/corpus/holdout63.jsonl',
  'fe2ddc1:tests/corpus/holdout64.jsonl',
  'fe2ddc1:tests/corpus/holdout65.jsonl',
  'd42e8a4:tests/corpus/holdout66.jsonl',
  'd42e8a4:tests/corpus/holdout67.jsonl',
];
const P_BAR = 0.9;
const R_BAR = 0.85;

const pairs = (process.argv.length > 2 ? process.argv.slice(2) : DEFAULT).map((a) => {
  const at = a.indexOf(':');
  if (at < 1) throw new Error(`expected commit:file, got ${a}`);
  return { commit: a.slice(0, at), file: resolve(ROOT, a.slice(at + 1)) };
});

const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });
const counts = new Map<Label, { tp: number; fp: number; fn: number }>(
  LABELS.map((l) => [l, { tp: 0, fp: 0, fn: 0 }]),
);
const byCommit = new Map<string, string[]>();
for (const { commit, file } of pairs) byCommit.set(commit, [...(byCommit.get(commit) ?? []), file]);
for (const [commit, files] of byCommit) {
  const dir = mkdtempSync(join(tmpdir(), `chatproof-pool-${commit}-`));
  rmSync(dir, { recursive: true });
  git('worktree', 'add', '--detach', '--quiet', dir, commit);
  try {
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    for (const file of files) {
      if (!existsSync(file)) throw new Error(`no such corpus file: ${file}`);
      const out = execFileSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/eval.ts', file], {
        cwd: dir,
        encoding: 'utf8',
      });
      // The eval's last line: {"labels":{label:{tp,fp,fn,…}}} (summaryJson).
      const labels = JSON.parse(out.trim().split('\n').at(-1)!).labels as Record<
        Label,
        { tp: number; fp: number; fn: number }
      >;
      console.log(`${commit} ${file.slice(ROOT.length + 1)}`);
      for (const l of LABELS) {
        const t = counts.get(l)!;
        t.tp += labels[l].tp;
        t.fp += labels[l].fp;
        t.fn += labels[l].fn;
      }
    }
  } finally {
    git('worktree', 'remove', '--force', dir);
  }
}

const pooled: Evaluation = {
  conversations: 0,
  messages: 0,
  labels: Object.fromEntries(
    LABELS.map((l) => {
      const { tp, fp, fn } = counts.get(l)!;
      return [l, scoreOf(tp, fp, fn)];
    }),
  ) as Evaluation['labels'],
  mismatches: [],
};
const below = LABELS.filter((l) => pooled.labels[l].p < P_BAR || pooled.labels[l].r < R_BAR);
console.log(`\npooled over ${pairs.length} files\n${formatTable(pooled)}`);
console.log(
  `${below.length} of ${LABELS.length} labels below p ≥ ${P_BAR}, r ≥ ${R_BAR}${below.length ? `: ${below.join(', ')}` : ''}`,
);
