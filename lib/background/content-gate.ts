/**
 * Content requests (capture batches, widget signals) in flight in the background, so an analysis
 * pass can wait for them. A request is a chain of storage steps; each `await` in it used to let one
 * analyser step run first. On Firefox, where the background is one thread, a first (cold) pass held
 * an end line's alert up to 2 s that way (docs/performance.md). An analysis pass now waits before each
 * analyser until no content request is in flight, at most `GATE_MAX_WAIT_MS`, so a steady stream of
 * captures (or a request that never settles) cannot starve it.
 */
export const GATE_MAX_WAIT_MS = 1000;

export interface ContentGate {
  /** Counts `p` as in flight until it settles; returns it unchanged. */
  track<T>(p: Promise<T>): Promise<T>;
  /** Resolves at a later task once no content request is in flight (or after GATE_MAX_WAIT_MS). */
  idle(): Promise<void>;
}

export function createContentGate(): ContentGate {
  let inFlight = 0;
  let waiting: (() => void)[] = [];
  const release = () => {
    const w = waiting;
    waiting = [];
    for (const go of w) go();
  };
  return {
    track(p) {
      inFlight++;
      const done = () => {
        inFlight--;
        if (inFlight === 0) release();
      };
      p.then(done, done);
      return p;
    },
    idle() {
      return new Promise<void>((resolve) => {
        const next = () => void setTimeout(resolve, 0);
        if (inFlight === 0) return next();
        let settled = false;
        const go = () => {
          if (settled) return;
          settled = true;
          clearTimeout(cap);
          next();
        };
        // at the cap, leave the queue too: a request that never settles must not make it grow
        const cap = setTimeout(() => {
          waiting = waiting.filter((w) => w !== go);
          go();
        }, GATE_MAX_WAIT_MS);
        waiting.push(go);
      });
    },
  };
}
