/**
 * When the always-on detector enters a page. It is not a manifest content script: Chromium creates a
 * content script's world and runs it while the page loads, and that alone held a heavy page's `load`
 * ×1.16–×2.5 and its first paint ×1.03–×1.06 (docs/performance.md, "Load cost"). The background
 * injects it instead shortly after the tab has loaded (tabs.onUpdated `complete`), into every frame; a frame
 * that loads later (a widget's iframe) is reported by the detector of its parent (`framesAdded`), and
 * every frame is offered the detector again. The detector runs once per document (its own guard).
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
}

export interface DetectorInjector {
  /** tabs.onUpdated: `status` and the tab's URL (undefined without access to it). */
  tabUpdated(tabId: number, status: string | undefined, url: string | undefined): void;
  /** A detector saw a frame load in its document. */
  framesAdded(tabId: number): void;
  /** Tabs already open (the extension was installed or enabled while they were). */
  existingTab(tabId: number, status: string | undefined, url: string | undefined): void;
  tabRemoved(tabId: number): void;
}

export function createDetectorInjector(deps: InjectorDeps): DetectorInjector {
  const fallback = new Map<number, unknown>();
  const last = new Map<number, number>();
  const later = new Map<number, unknown>();
  const cancel = (m: Map<number, unknown>, tabId: number) => {
    if (!m.has(tabId)) return;
    deps.clearTimer(m.get(tabId));
    m.delete(tabId);
  };
  const run = (tabId: number) => {
    cancel(fallback, tabId);
    cancel(later, tabId);
    last.set(tabId, deps.now());
    deps.inject(tabId).catch((e) => deps.onError?.(e));
  };
  /** Injects into the tab in `ms`, the timer kept in `m` (load: `fallback`; more frames: `later`). */
  const runIn = (m: Map<number, unknown>, tabId: number, ms: number) => {
    m.set(
      tabId,
      deps.setTimer(() => {
        m.delete(tabId);
        run(tabId);
      }, ms),
    );
  };
  const scriptable = (url: string | undefined) => url !== undefined && SCRIPTABLE.test(url);
  return {
    tabUpdated(tabId, status, url) {
      if (status === 'loading') {
        cancel(fallback, tabId);
        cancel(later, tabId);
        if (scriptable(url)) runIn(fallback, tabId, LOAD_FALLBACK_MS);
      } else if (status === 'complete') {
        cancel(fallback, tabId);
        if (scriptable(url)) runIn(fallback, tabId, AFTER_LOAD_MS);
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
      cancel(fallback, tabId);
      cancel(later, tabId);
      last.delete(tabId);
    },
  };
}
