/**
 * Everything the page models need from the browser, behind one interface: tests pass a fake, the
 * pages pass `createBrowserPort()`. Reads go to IndexedDB directly (same extension origin); writes
 * are messages to the background.
 */
import { browser } from 'wxt/browser';
import { browserClock, type Clock } from '../format';
import { type Broadcast, parseBroadcast, type UiMessage } from '../messaging';
import type { ChatEvent, Message, Session } from '../model';
import { type DB, getDb } from '../store/db';
import type { ChatAnalysis } from './analysis';

export interface DownloadFile {
  name: string;
  mime: string;
  data: string | Uint8Array;
}

export interface StorageFigures {
  usage: number | null;
  quota: number | null;
  persisted: boolean | null;
}

export interface UiPort {
  send(msg: UiMessage): Promise<unknown>;
  /** Subscribes to background broadcasts; returns the unsubscribe. */
  onBroadcast(cb: (b: Broadcast) => void): () => void;
  db(): Promise<DB>;
  now(): number;
  clock: Clock;
  /** `chrome-extension://…/dashboard.html#/chat/x` */
  pageUrl(path: string): string;
  /** The tab the popup is for: `?tab=<id>` or the active tab. */
  currentTab(): Promise<{ id: number | null; url: string }>;
  copy(text: string): Promise<void>;
  download(file: DownloadFile): void;
  storage(): Promise<StorageFigures>;
  persist(): Promise<boolean>;
  /** `Chromium 140.0`, for export metadata. */
  browserName: string;
  version: string;
  /**
   * Resolves once the page painted what was just rendered (the next frame, then a task). A page
   * in a background tab gets no frames: it resolves after 100 ms there. Absent: at once.
   */
  afterPaint?(): Promise<void>;
  /** Runs the analysers in a worker (long chats); absent where workers are not available. */
  analyseOffThread?(
    session: Session,
    messages: Message[],
    events: ChatEvent[],
    now: number,
  ): Promise<ChatAnalysis>;
}

function browserLabel(): string {
  const brands = (
    navigator as Navigator & { userAgentData?: { brands?: { brand: string; version: string }[] } }
  ).userAgentData?.brands;
  const real =
    brands?.find((b) => !/not.?a.?brand/i.test(b.brand) && b.brand !== 'Chromium') ??
    brands?.find((b) => !/not.?a.?brand/i.test(b.brand));
  if (real) return `${real.brand} ${real.version}`;
  const m = /(Firefox|Chrome|Chromium|Edg)\/([\d.]+)/.exec(navigator.userAgent);
  return m ? `${m[1]} ${m[2]}` : navigator.userAgent.slice(0, 80);
}

function createAnalysisWorker(): UiPort['analyseOffThread'] {
  let worker: Worker | null = null;
  let seq = 0;
  const waiting = new Map<number, { resolve: (a: ChatAnalysis) => void; reject: (e: unknown) => void }>();
  return (session, messages, events, now) => {
    if (!worker) {
      worker = new Worker(new URL('./analysis-worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (e: MessageEvent<{ id: number; analysis: ChatAnalysis }>) => {
        waiting.get(e.data.id)?.resolve(e.data.analysis);
        waiting.delete(e.data.id);
      };
      worker.onerror = (e) => {
        for (const w of waiting.values()) w.reject(e);
        waiting.clear();
        worker?.terminate();
        worker = null;
      };
    }
    const id = ++seq;
    const w = worker;
    return new Promise<ChatAnalysis>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      w.postMessage({ id, session, messages, events, now });
    });
  };
}

export function createBrowserPort(): UiPort {
  return {
    analyseOffThread: typeof Worker === 'undefined' ? undefined : createAnalysisWorker(),
    afterPaint: () =>
      new Promise<void>((resolve) => {
        const late = setTimeout(resolve, 100);
        requestAnimationFrame(() => {
          clearTimeout(late);
          setTimeout(resolve, 0);
        });
      }),
    send: (msg) => browser.runtime.sendMessage(msg),
    onBroadcast(cb) {
      const listener = (raw: unknown) => {
        const b = parseBroadcast(raw);
        if (b) cb(b);
        return undefined;
      };
      browser.runtime.onMessage.addListener(listener);
      return () => browser.runtime.onMessage.removeListener(listener);
    },
    db: getDb,
    now: () => Date.now(),
    clock: browserClock(),
    pageUrl: (path) => browser.runtime.getURL(path as '/dashboard.html'),
    async currentTab() {
      const q = new URLSearchParams(location.search).get('tab');
      if (q && /^\d+$/.test(q)) {
        const t = await browser.tabs.get(Number(q)).catch(() => null);
        return { id: Number(q), url: t?.url ?? '' };
      }
      const [t] = await browser.tabs.query({ active: true, currentWindow: true });
      return { id: t?.id ?? null, url: t?.url ?? '' };
    },
    copy: (text) => navigator.clipboard.writeText(text),
    download(file) {
      const blob = new Blob([file.data as BlobPart], { type: file.mime });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = file.name;
      a.rel = 'noopener';
      document.body.append(a);
      a.click();
      a.remove();
      // the download has its own copy once started; give slow machines a moment
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
    async storage() {
      const est = await navigator.storage?.estimate?.().catch(() => null);
      const persisted = await navigator.storage?.persisted?.().catch(() => null);
      return { usage: est?.usage ?? null, quota: est?.quota ?? null, persisted: persisted ?? null };
    },
    persist: async () => (await navigator.storage?.persist?.().catch(() => false)) ?? false,
    browserName: browserLabel(),
    version: browser.runtime.getManifest().version,
  };
}
