import { agentName } from './agent-name';
import { cantHelp } from './cant-help';
import { caseNumber } from './case-number';
import { disconnect } from './disconnect';
import { prematureClose } from './premature-close';
import { promise } from './promise';
import { applyScorer } from './scorer';
import { scriptLoop } from './script-loop';
import { transfer } from './transfer';
import type { Analyser, Finding, Line } from './types';
import { upsell } from './upsell';

export type { Analyser, Finding, Label, Line } from './types';

/** Every analyser, in the order their findings are reported for the same message. */
export const ANALYSERS: readonly Analyser[] = [
  upsell,
  disconnect,
  transfer,
  agentName,
  caseNumber,
  cantHelp,
  scriptLoop,
  prematureClose,
  promise,
];

/**
 * Characters of a line the analysers read. Support lines are short; a page can send one of up to
 * 100,000 characters (LIMITS.textChars), and some phrase searches grow faster than linearly with
 * length (a 50,000-character line took over 10 s). What follows is stored and exported, not analysed.
 */
export const MAX_ANALYSED_CHARS = 4000;

/** The lines as the analysers see them: each text cut at MAX_ANALYSED_CHARS. */
export function forAnalysis<T extends Line>(lines: readonly T[]): readonly T[] {
  return lines.some((l) => l.text.length > MAX_ANALYSED_CHARS)
    ? lines.map((l) =>
        l.text.length > MAX_ANALYSED_CHARS ? { ...l, text: l.text.slice(0, MAX_ANALYSED_CHARS) } : l,
      )
    : lines;
}

/**
 * All findings for a transcript, sorted by message index, then label, then value. Deterministic.
 * The rule analysers run first; the learned scorer (`scorer.ts`) then adds or drops findings for
 * the labels where grouped cross-validation showed it helps on unseen writers.
 * `from`: the caller wants findings of lines from this index on only (the lines before are context,
 * analysed by an earlier pass); earlier lines' scorer findings may then be missing.
 */
export function analyse(input: readonly Line[], opts: { from?: number } = {}): Finding[] {
  const steps = analyseStepwise(input, opts);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * `analyse`, one analyser at a time: it yields after each one, so a caller on a busy thread (the
 * background, where a capture waits for the same thread) can let other work run in between.
 * Returns exactly what `analyse` returns.
 */
export function* analyseStepwise(
  input: readonly Line[],
  { from = 0 }: { from?: number } = {},
): Generator<void, Finding[], void> {
  const lines = forAnalysis(input);
  const rules: Finding[] = [];
  for (const a of ANALYSERS) {
    rules.push(...a.analyse(lines));
    yield;
  }
  const all = applyScorer(lines, rules, from);
  return all.sort(
    (a, b) =>
      a.i - b.i || cmp(a.label, b.label) || cmp(a.value ?? '', b.value ?? '') || cmp(a.evidence, b.evidence),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
