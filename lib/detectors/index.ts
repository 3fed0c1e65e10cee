import { agentName } from './agent-name';
import { cantHelp } from './cant-help';
import { caseNumber } from './case-number';
import { disconnect } from './disconnect';
import { prematureClose, prematureCloseFindings } from './premature-close';
import { promise } from './promise';
import { applyScorer, isScorerFinding } from './scorer';
import { scriptLoop } from './script-loop';
import { transfer } from './transfer';
import type { Analyser, Finding, Line } from './types';
import { trackOffers, upsell, upsellFindings } from './upsell';

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
 * the labels where grouped cross-validation showed it helps on unseen writers. Offers it adds are
 * open offers like the rules' own: the labels that follow the open offer are then read again with
 * them (`OFFER_STATE_LABELS`).
 * `from`: the caller wants findings of lines from this index on only (the lines before are context,
 * analysed by an earlier pass); earlier lines' scorer findings may then be missing, except offers,
 * which are scored on every line because a later line can answer them.
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
  const all = withScoredOffers(lines, applyScorer(lines, rules, from));
  return all.sort(
    (a, b) =>
      a.i - b.i || cmp(a.label, b.label) || cmp(a.value ?? '', b.value ?? '') || cmp(a.evidence, b.evidence),
  );
}

/** The lines where the learned scorer added a finding with this label. */
function scoredLines(findings: readonly Finding[], label: 'upsell-offer' | 'upsell-assent'): Set<number> {
  return new Set(findings.filter((f) => f.label === label && isScorerFinding(f)).map((f) => f.i));
}

/** Labels that depend on which offer is open: read again once the scorer has added offers or assents. */
const OFFER_STATE_LABELS = new Set<string>(['upsell-assent', 'premature-close']);

/**
 * The findings with the scorer's offers and assents made first-class: an offer it found opens like
 * the rules' own (the customer's answer to it is an assent or a decline, and premature-close sees it
 * open); an assent it found accepts the open offer (nothing later accepts it again). The scorer's
 * features of message i read only the rule findings of messages 0..i (and the offer model reads none,
 * tested), so this second reading keeps message i's findings a function of messages 0..i. Costs
 * nothing when it added none. Exported for its tests; `analyse` is the API.
 */
export function withScoredOffers(lines: readonly Line[], findings: Finding[]): Finding[] {
  const offers = scoredLines(findings, 'upsell-offer');
  const assents = scoredLines(findings, 'upsell-assent');
  if (offers.size === 0 && assents.size === 0) return findings;
  // Round 11: an assent needs an open offer (the contract); the scorer's, read without the track, may
  // fall on a line after the offer was declined: keep it where the track accepted the offer with it.
  // (The track is memoised: upsellFindings reuses it.)
  const steps = trackOffers(lines, offers, assents).steps;
  return [
    // the second reading replaces the rules' findings for the offer-state labels; the scorer's stay
    // (the second reading leaves the lines it found to it)
    ...findings.filter((f) =>
      OFFER_STATE_LABELS.has(f.label)
        ? isScorerFinding(f) && (f.label !== 'upsell-assent' || steps[f.i]?.assent === true)
        : // the scorer's offers stay where the track opened them (round 20: not an answer about the open
          // offer); the rules' own come again from upsellFindings
          f.label !== 'upsell-offer' || steps[f.i]?.scored === true,
    ),
    ...upsellFindings(lines, offers, assents),
    ...prematureCloseFindings(lines, offers, assents),
  ];
}

/**
 * The offer still open after the last line (not accepted, declined or withdrawn), given `analyse`'s
 * findings for these lines (for the offers and assents the learned scorer added), or null. Pure.
 */
export function openOfferText(input: readonly Line[], findings: readonly Finding[]): string | null {
  return trackOffers(
    forAnalysis(input),
    scoredLines(findings, 'upsell-offer'),
    scoredLines(findings, 'upsell-assent'),
  ).openText;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
