/**
 * Per-tab runtime state (what was detected where, the session it records, a live alert), kept in
 * `storage.session` so a stopped service worker rebuilds it on wake. Never exposed to content scripts
 * (storage.session's default access level is trusted contexts only).
 */
import { browser } from 'wxt/browser';

export interface TabAlert {
  kind: 'disconnect' | 'upsell-offer' | 'upsell-assent' | 'stalled';
  sessionId: string;
  at: string;
  title: string;
  message: string;
}

export interface TabState {
  tabId: number;
  vendor: string | null;
  via: string | null;
  url: string;
  detectedAt: string | null;
  frames: number[];
  sessionId: string | null;
  alerts: TabAlert[];
  /**
   * The last storage write error for this tab (disk full, quota): kept here, in memory, because the
   * database itself may be unwritable. Cleared by the next successful write.
   */
  error?: { at: string; message: string } | null;
}

const keyOf = (tabId: number) => `tab:${tabId}`;

export async function getTabState(tabId: number): Promise<TabState | null> {
  const k = keyOf(tabId);
  const rec = await browser.storage.session.get(k);
  return (rec[k] as TabState | undefined) ?? null;
}

/**
 * Read-modify-write of one tab's state. Calls are serialised: a capture, a disconnect signal and an
 * analysis can patch the same tab at once, and interleaved reads would lose one of the changes.
 */
let queue: Promise<unknown> = Promise.resolve();
export function patchTabState(tabId: number, change: (s: TabState) => TabState, url = ''): Promise<TabState> {
  const run = queue.then(() => patchNow(tabId, change, url));
  queue = run.catch(() => {});
  return run;
}

async function patchNow(tabId: number, change: (s: TabState) => TabState, url: string): Promise<TabState> {
  const cur = (await getTabState(tabId)) ?? {
    tabId,
    vendor: null,
    via: null,
    url,
    detectedAt: null,
    frames: [],
    sessionId: null,
    alerts: [],
  };
  const next = change(cur);
  // a change that changes nothing (the same object back) writes nothing: every capture batch asks
  if (next !== cur) await browser.storage.session.set({ [keyOf(tabId)]: next });
  return next;
}

export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}
