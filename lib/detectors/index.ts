import { agentName } from './agent-name';
import { cantHelp } from './cant-help';
import { caseNumber } from './case-number';
import { disconnect } from './disconnect';
import { prematureClose } from './premature-close';
import { promise } from './promise';
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

/** All findings for a transcript, sorted by message index, then label, then value. Deterministic. */
export function analyse(lines: readonly Line[]): Finding[] {
  const all = ANALYSERS.flatMap((a) => a.analyse(lines));
  return all.sort(
    (a, b) =>
      a.i - b.i || cmp(a.label, b.label) || cmp(a.value ?? '', b.value ?? '') || cmp(a.evidence, b.evidence),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
