/**
 * Aligns what a widget shows now with what was already captured, so re-renders, virtualised
 * scrolling, minimise/reopen and history shown again after a reload never store a line twice,
 * while the same line sent twice is still two messages. Pure.
 *
 * `known` and `visible` are content signatures in display order. Runs of `visible` are matched to
 * `known` greedily, left to right, never going backwards in `known`; lines after the last matched
 * line are new. Visible lines before it that match nothing are not new (a widget edited or
 * re-labelled an old line): they are returned as `unmatched` so the caller can record an edit.
 */
export interface Alignment {
  fresh: number[];
  unmatched: number[];
}

/** Candidates examined per anchor: bounds the work when one short line ("ok") repeats a lot. */
const MAX_CANDIDATES = 64;

export function align(known: readonly string[], visible: readonly string[]): Alignment {
  if (visible.length === 0) return { fresh: [], unmatched: [] };
  if (known.length === 0) return { fresh: visible.map((_, i) => i), unmatched: [] };
  const positions = new Map<string, number[]>();
  known.forEach((s, i) => {
    const list = positions.get(s);
    if (list) list.push(i);
    else positions.set(s, [i]);
  });
  let k = -1; // last matched index in known
  let firstK = -1; // first matched index in known: where the visible window starts
  let lastMatched = -1; // last matched index in visible
  const unmatchedBefore: number[] = [];
  let i = 0;
  while (i < visible.length) {
    const cands = positions.get(visible[i]!);
    let best = -1;
    let bestRun = 0;
    if (cands) {
      // Where this line would be if the widget shows a contiguous window ending at the newest line
      // (or, after a first match, right after it). Ties between equally long runs go to the candidate
      // nearest that place: a swapped pair or a repeated short line must not re-anchor the window.
      const expected = k >= 0 ? k + 1 : known.length - visible.length + i;
      let seen = 0;
      for (let c = cands.length - 1; c >= 0 && seen < MAX_CANDIDATES; c--) {
        const start = cands[c]!;
        if (start <= k) break;
        seen++;
        let run = 0;
        while (
          i + run < visible.length &&
          start + run < known.length &&
          visible[i + run] === known[start + run]
        )
          run++;
        if (run > bestRun || (run === bestRun && Math.abs(start - expected) < Math.abs(best - expected))) {
          bestRun = run;
          best = start;
        }
      }
    }
    if (best < 0) {
      unmatchedBefore.push(i);
      i++;
      continue;
    }
    if (firstK < 0) firstK = best;
    k = best + bestRun - 1;
    lastMatched = i + bestRun - 1;
    i += bestRun;
  }
  if (lastMatched < 0) {
    // Nothing matched: a new conversation, unless every line is already known (an old window).
    const all = visible.every((s) => positions.has(s));
    return all ? { fresh: [], unmatched: [] } : { fresh: visible.map((_, j) => j), unmatched: [] };
  }
  const candidates: number[] = [];
  const unmatched: number[] = [];
  for (const j of unmatchedBefore) (j > lastMatched ? candidates : unmatched).push(j);
  return { fresh: notMoreThanShown(known, visible, firstK, candidates), unmatched };
}

/**
 * A line is new only as often as the widget shows it more times than were captured in the part of
 * the history it shows: a reordered or moved line is not new, a line really sent again is. Keeps
 * the last candidates of each signature (the ones after the known copies).
 */
function notMoreThanShown(
  known: readonly string[],
  visible: readonly string[],
  firstK: number,
  cands: number[],
): number[] {
  if (cands.length === 0) return cands;
  const inWindow = new Map<string, number>();
  for (let i = Math.max(firstK, 0); i < known.length; i++)
    inWindow.set(known[i]!, (inWindow.get(known[i]!) ?? 0) + 1);
  const shown = new Map<string, number>();
  for (const v of visible) shown.set(v, (shown.get(v) ?? 0) + 1);
  const allowed = new Map<string, number>();
  for (const [sig, n] of shown) allowed.set(sig, Math.max(0, n - (inWindow.get(sig) ?? 0)));
  const keep = new Set<number>();
  for (let c = cands.length - 1; c >= 0; c--) {
    const sig = visible[cands[c]!]!;
    const left = allowed.get(sig) ?? 0;
    if (left > 0) {
      keep.add(cands[c]!);
      allowed.set(sig, left - 1);
    }
  }
  return cands.filter((c) => keep.has(c));
}
