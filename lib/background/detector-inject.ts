/**
 * When the always-on detector enters a page. It is not a manifest content script: Chromium creates a
 * content script's world and runs it while the page loads, and that alone held a heavy page's `load`
 * ×1.16–×2.5 and its first paint ×1.03–×1.06 (docs/performance.md, "Load cost"). The background
 * injects it instead shortly after the tab has loaded (tabs.onUpdated `complete`), into every frame; a frame
 * that loads later (a widget's iframe) is reported by the detector of its parent (`framesAdded`), and
 * every frame is offered the detector again. The detector runs once per document (its own guard).
 *
 * A waiting injection is a timer in the service worker, and a stopped worker loses its timers: a worker
 * stopped in the AFTER_LOAD_MS after a chat page loaded left that page without a detector, and the chat
 * unrecorded (e2e "service worker stopped…"). So each due injection is also kept in `storage.session`
 * (`remember`), and the next worker runs the ones its predecessor left (`restore`).
 */

/** A tab still loading this long after it started gets the detector anyway (a page whose `load`
 *  never comes: a stalled image, a long poll); the detector then waits for DOMContentLoaded + 1 s. */
export const LOAD_FALLBACK_MS = 5000;
/**
 * How long after `complete` the detector goes in. On the heavy benchmark page the first paint comes
 * ~180 ms after `load`; injecting at `complete` competed with it (FCP ×1.04–×1.07 in three of five
 * runs). Widgets load later than that anyway.
 */
export const AFTER_LOAD_MS = 500;
/** Frames reported within this long of an injection into a tab are covered by one more injection. */
export const FRAMES_GAP_MS = 1000;

/** Only documents the extension may script; chrome://, the Web Store, extension pages are refused. */
const SCRIPTABLE = /^(https?|file):/i;

export interface InjectorDeps {
  /** Inject the detector into every frame of the tab (rejects when the tab cannot be scripted). */
  inject(tabId: number): Promise<void>;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(t: unknown): void;
  now(): number;
  onError?(e: unknown): void;
  /** Keeps when the tab's next injection is due (epoch ms), or forgets it (null), beyond this worker. */
  remember?(tabId: number, dueAt: number | null): void;
}

export interface DetectorInjector {
  /** tabs.onUpdated: `status` and the tab's URL (undefined without access to it). */
  tabUpdated(tabId: number, status: string | undefined, url: string | undefined): void;
  /** A detector saw a frame load in its document. */
  framesAdded(tabId: number): void;
  /** Tabs already open (the extension was installed or enabled while they were). */
  existingTab(tabId: number, status: string | undefined, url: string | undefined): void;
  tabRemoved(tabId: number): void;
  /** Injections a stopped worker left due (from `remember`): run each when due, unless one is waiting. */
  restore(due: Iterable<[tabId: number, dueAt: number]>): void;
  /** When the soonest waiting injection of any tab is due (epoch ms), or null when none waits. */
  nextDue(): number | null;
}

interface Waiting {
  timer: unknown;
  dueAt: number;
}

export function createDetectorInjector(deps: InjectorDeps): DetectorInjector {
  const fallback = new Map<number, Waiting>();
  const last = new Map<number, number>();
  const later = new Map<number, Waiting>();
  /** Tells `remember` the tab's earliest waiting injection, or that none waits. */
  const note = (tabId: number) => {
    const due = [fallback.get(tabId)?.dueAt, later.get(tabId)?.dueAt].filter((d) => d !== undefined);
    deps.remember?.(tabId, due.length ? Math.min(...due) : null);
  };
  const cancel = (m: Map<number, Waiting>, tabId: number) => {
    const w = m.get(tabId);
    if (!w) return false;
    deps.clearTimer(w.timer);
    m.delete(tabId);
    return true;
  };
  const run = (tabId: number) => {
    cancel(fallback, tabId);
    cancel(later, tabId);
    note(tabId);
    last.set(tabId, deps.now());
    deps.inject(tabId).catch((e) => deps.onError?.(e));
  };
  /** Injects into the tab in `ms`, the timer kept in `m` (load: `fallback`; more frames: `later`). */
  const runIn = (m: Map<number, Waiting>, tabId: number, ms: number) => {
    m.set(tabId, {
      timer: deps.setTimer(() => {
        m.delete(tabId);
        run(tabId);
      }, ms),
      dueAt: deps.now() + ms,
    });
    note(tabId);
  };
  const scriptable = (url: string | undefined) => url !== undefined && SCRIPTABLE.test(url);
  return {
    tabUpdated(tabId, status, url) {
      if (status === 'loading') {
        const had = [cancel(fallback, tabId), cancel(later, tabId)].includes(true);
        if (scriptable(url)) runIn(fallback, tabId, LOAD_FALLBACK_MS);
        else if (had) note(tabId);
      } else if (status === 'complete') {
        const had = cancel(fallback, tabId);
        if (scriptable(url)) runIn(fallback, tabId, AFTER_LOAD_MS);
        else if (had) note(tabId);
      }
    },
    framesAdded(tabId) {
      if (later.has(tabId) || fallback.has(tabId)) return; // an injection is already on its way
      const wait = (last.get(tabId) ?? Number.NEGATIVE_INFINITY) + FRAMES_GAP_MS - deps.now();
      if (wait <= 0) run(tabId);
      else runIn(later, tabId, wait);
    },
    existingTab(tabId, status, url) {
      if (scriptable(url) && status === 'complete') run(tabId);
      else this.tabUpdated(tabId, status, url);
    },
    tabRemoved(tabId) {
      if ([cancel(fallback, tabId), cancel(later, tabId)].includes(true)) note(tabId);
      last.delete(tabId);
    },
    nextDue() {
      let soonest: number | null = null;
      for (const m of [fallback, later])
        for (const w of m.values()) if (soonest === null || w.dueAt < soonest) soonest = w.dueAt;
      return soonest;
    },
    restore(due) {
      for (const [tabId, dueAt] of due)
        if (!fallback.has(tabId) && !later.has(tabId))
          runIn(fallback, tabId, Math.max(0, dueAt - deps.now()));
    },
  };
}
