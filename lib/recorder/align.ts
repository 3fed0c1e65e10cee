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
  let lastMatched = -1; // last matched index in visible
  const unmatchedBefore: number[] = [];
  let i = 0;
  while (i < visible.length) {
    const cands = positions.get(visible[i]!);
    let best = -1;
    let bestRun = 0;
    if (cands) {
      // latest candidates first: on ties the tail of the history wins (windows near the end are the norm)
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
        if (run > bestRun) {
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
    k = best + bestRun - 1;
    lastMatched = i + bestRun - 1;
    i += bestRun;
  }
  if (lastMatched < 0) {
    // Nothing matched: a new conversation, unless every line is already known (an old window).
    const all = visible.every((s) => positions.has(s));
    return all ? { fresh: [], unmatched: [] } : { fresh: visible.map((_, j) => j), unmatched: [] };
  }
  const fresh: number[] = [];
  const unmatched: number[] = [];
  for (const j of unmatchedBefore) (j > lastMatched ? fresh : unmatched).push(j);
  return { fresh, unmatched };
}
