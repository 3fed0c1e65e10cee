/**
 * When the background offers the always-on detector to a tab's frames (lib/background/detector-inject.ts):
 * shortly after the tab loaded, never while it loads (that held `load` and first paint), with a fallback
 * for a tab whose load never ends, again when a frame loads later (coalesced), and never into pages
 * the extension may not script.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  AFTER_LOAD_MS,
  createDetectorInjector,
  FRAMES_GAP_MS,
  LOAD_FALLBACK_MS,
} from '../../lib/background/detector-inject';

let injected: number[];
let inj: ReturnType<typeof createDetectorInjector>;
let errors: unknown[];

beforeEach(() => {
  vi.useFakeTimers();
  injected = [];
  errors = [];
  inj = createDetectorInjector({
    inject: async (tabId) => {
      injected.push(tabId);
      if (tabId === 13) throw new Error('Cannot access a chrome:// URL');
    },
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (t) => clearTimeout(t as ReturnType<typeof setTimeout>),
    now: () => Date.now(),
    onError: (e) => errors.push(e),
  });
});

afterEach(() => vi.useRealTimers());

describe('tab loading', () => {
  test.each([
    ['https page', 'https://shop.example/help', [1]],
    ['http page', 'http://intranet.local/', [1]],
    ['file page', 'file:///home/me/chat.html', [1]],
    ['browser page', 'chrome://settings/', []],
    ['the Web Store', 'chrome-extension://abc/popup.html', []],
    ['about:blank tab', 'about:blank', []],
    ['no access to the URL', undefined, []],
  ])('%s: injected once, AFTER_LOAD_MS after it completes', async (_n, url, want) => {
    inj.tabUpdated(1, 'loading', url);
    await vi.advanceTimersByTimeAsync(LOAD_FALLBACK_MS - 1);
    expect(injected).toEqual([]); // nothing while the page loads
    inj.tabUpdated(1, 'complete', url);
    await vi.advanceTimersByTimeAsync(AFTER_LOAD_MS - 1);
    expect(injected).toEqual([]); // nor while it paints
    await vi.advanceTimersByTimeAsync(LOAD_FALLBACK_MS * 3);
    expect(injected).toEqual(want);
  });

  test('a tab that never completes gets the detector after LOAD_FALLBACK_MS, once', async () => {
    inj.tabUpdated(2, 'loading', 'https://slow.example/');
    await vi.advanceTimersByTimeAsync(LOAD_FALLBACK_MS - 1);
    expect(injected).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(injected).toEqual([2]);
    await vi.advanceTimersByTimeAsync(LOAD_FALLBACK_MS * 3);
    expect(injected).toEqual([2]);
  });

  test('a new navigation restarts the wait; each completed page gets its own detector', async () => {
    inj.tabUpdated(3, 'loading', 'https://a.example/');
    await vi.advanceTimersByTimeAsync(LOAD_FALLBACK_MS - 100);
    inj.tabUpdated(3, 'loading', 'https://b.example/');
    await vi.advanceTimersByTimeAsync(LOAD_FALLBACK_MS - 100);
    expect(injected).toEqual([]);
    inj.tabUpdated(3, 'complete', 'https://b.example/');
    await vi.advanceTimersByTimeAsync(AFTER_LOAD_MS);
    inj.tabUpdated(3, 'loading', 'https://c.example/');
    inj.tabUpdated(3, 'complete', 'https://c.example/');
    await vi.advanceTimersByTimeAsync(AFTER_LOAD_MS);
    expect(injected).toEqual([3, 3]);
  });

  test('a page left before AFTER_LOAD_MS gets no detector; the next one does', async () => {
    inj.tabUpdated(9, 'complete', 'https://a.example/');
    inj.tabUpdated(9, 'loading', 'https://b.example/');
    inj.tabUpdated(9, 'complete', 'https://b.example/');
    await vi.advanceTimersByTimeAsync(AFTER_LOAD_MS * 4);
    expect(injected).toEqual([9]);
  });

  test('a closed tab leaves no timer behind', async () => {
    inj.tabUpdated(4, 'loading', 'https://a.example/');
    inj.tabRemoved(4);
    await vi.advanceTimersByTimeAsync(LOAD_FALLBACK_MS * 2);
    expect(injected).toEqual([]);
  });

  test('a page the browser refuses to script is reported, not thrown', async () => {
    inj.tabUpdated(13, 'complete', 'https://chromewebstore.google.com/');
    await vi.advanceTimersByTimeAsync(AFTER_LOAD_MS);
    expect(injected).toEqual([13]);
    expect(String(errors[0])).toMatch(/Cannot access/);
  });
});

describe('frames that load later', () => {
  test('right after an injection: one more injection, FRAMES_GAP_MS after the last one', async () => {
    inj.tabUpdated(5, 'complete', 'https://shop.example/');
    await vi.advanceTimersByTimeAsync(AFTER_LOAD_MS);
    for (let i = 0; i < 10; i++) inj.framesAdded(5);
    expect(injected).toEqual([5]);
    await vi.advanceTimersByTimeAsync(FRAMES_GAP_MS - 1);
    expect(injected).toEqual([5]);
    await vi.advanceTimersByTimeAsync(1);
    expect(injected).toEqual([5, 5]);
  });

  test('long after the last injection: at once', async () => {
    inj.tabUpdated(6, 'complete', 'https://shop.example/');
    await vi.advanceTimersByTimeAsync(AFTER_LOAD_MS + FRAMES_GAP_MS * 5);
    inj.framesAdded(6);
    expect(injected).toEqual([6, 6]);
  });

  test('while the tab still loads or paints: left to the load injection', async () => {
    inj.tabUpdated(7, 'loading', 'https://shop.example/');
    inj.framesAdded(7);
    await vi.advanceTimersByTimeAsync(FRAMES_GAP_MS * 2);
    expect(injected).toEqual([]);
    inj.tabUpdated(7, 'complete', 'https://shop.example/');
    await vi.advanceTimersByTimeAsync(FRAMES_GAP_MS * 2);
    expect(injected).toEqual([7]);
  });
});

describe('tabs already open when the extension starts', () => {
  test.each([
    ['loaded page: at once', 'complete', 'https://a.example/', 0, [8]],
    ['still loading: after its load or the fallback', 'loading', 'https://a.example/', LOAD_FALLBACK_MS, [8]],
    ['browser page: never', 'complete', 'chrome://newtab/', LOAD_FALLBACK_MS, []],
  ])('%s', async (_n, status, url, wait, want) => {
    inj.existingTab(8, status, url);
    await vi.advanceTimersByTimeAsync(wait);
    expect(injected).toEqual(want);
  });
});

/**
 * A waiting injection is a timer, and a stopped worker loses its timers: each due injection is kept
 * (`remember`, storage.session in the background) and the next worker runs it (`restore`).
 */
describe('a worker stopped while an injection waits', () => {
  /** A worker's injector that keeps its due injections in `kept`, as the background does. */
  const worker = (kept: Map<number, number>, into: number[]) =>
    createDetectorInjector({
      inject: async (tabId) => void into.push(tabId),
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (t) => clearTimeout(t as ReturnType<typeof setTimeout>),
      now: () => Date.now(),
      remember: (tabId, dueAt) => (dueAt === null ? kept.delete(tabId) : kept.set(tabId, dueAt)),
    });

  test.each([
    // [what happened, events before the stop, ms between the stop and the next worker, kept, injected by the next]
    [
      'stopped right after the page loaded',
      [['complete', 'https://chat.example/']],
      0,
      [[20, AFTER_LOAD_MS]],
      [20],
    ],
    [
      'next worker starts after it was due: at once',
      [['complete', 'https://chat.example/']],
      5000,
      [[20, AFTER_LOAD_MS]],
      [20],
    ],
    [
      'stopped while the page loads',
      [['loading', 'https://chat.example/']],
      0,
      [[20, LOAD_FALLBACK_MS]],
      [20],
    ],
    ['a browser page: nothing kept', [['complete', 'chrome://settings/']], 0, [], []],
    [
      'left for a browser page before the stop: its wait is forgotten',
      [
        ['loading', 'https://chat.example/'],
        ['loading', 'chrome://newtab/'],
      ],
      0,
      [],
      [],
    ],
  ] as const)('%s', async (_n, events, gap, wantKept, want) => {
    const t0 = Date.now();
    const kept = new Map<number, number>();
    const first: number[] = [];
    const w1 = worker(kept, first);
    for (const [status, url] of events) w1.tabUpdated(20, status, url);
    expect([...kept].map(([tab, due]) => [tab, due - t0])).toEqual(wantKept);
    // the worker stops: its timers are gone
    vi.clearAllTimers();
    await vi.advanceTimersByTimeAsync(gap);
    const next: number[] = [];
    worker(kept, next).restore(kept);
    await vi.advanceTimersByTimeAsync(LOAD_FALLBACK_MS + 1);
    expect(first).toEqual([]);
    expect(next).toEqual(want);
    expect(kept.size).toBe(0); // run: forgotten
  });

  test('a restored injection runs when it was due, not sooner', async () => {
    const kept = new Map([[21, Date.now() + 300]]);
    const into: number[] = [];
    worker(kept, into).restore(kept);
    await vi.advanceTimersByTimeAsync(299);
    expect(into).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(into).toEqual([21]);
  });

  test('a tab already waiting in this worker is not restored a second time', async () => {
    const kept = new Map<number, number>();
    const into: number[] = [];
    const w = worker(kept, into);
    w.tabUpdated(22, 'complete', 'https://chat.example/');
    w.restore([[22, Date.now()]]);
    await vi.advanceTimersByTimeAsync(AFTER_LOAD_MS * 3);
    expect(into).toEqual([22]);
  });

  test('a closed tab is forgotten', () => {
    const kept = new Map<number, number>();
    const w = worker(kept, []);
    w.tabUpdated(23, 'loading', 'https://chat.example/');
    w.framesAdded(23);
    expect(kept.has(23)).toBe(true);
    w.tabRemoved(23);
    expect(kept.has(23)).toBe(false);
  });
});

describe('nextDue: the soonest waiting injection of any tab (the background sets its wake-up alarm by it)', () => {
  test('the soonest of several tabs, then null once every injection ran', async () => {
    const t0 = Date.now();
    inj.tabUpdated(30, 'loading', 'https://a.example/');
    inj.tabUpdated(31, 'complete', 'https://b.example/');
    expect(inj.nextDue()).toBe(t0 + AFTER_LOAD_MS);
    await vi.advanceTimersByTimeAsync(AFTER_LOAD_MS);
    expect(inj.nextDue()).toBe(t0 + LOAD_FALLBACK_MS);
    inj.tabRemoved(30);
    expect(inj.nextDue()).toBeNull();
    expect(injected).toEqual([31]);
  });
});
