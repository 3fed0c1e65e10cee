/**
 * The recorder's disconnect watcher (issue 4): turns what this frame shows into signals for the
 * background — end lines among the lines the background just stored, the widget's own state
 * (composer, end prompt, offline banner) read once per recorder batch, the widget or its frame
 * vanishing (top frame), the page going away, and a customer line left unanswered (stall).
 * Whether something is an end is decided by the pure classifier (lib/detectors/end-reason.ts).
 * The grace and stall timers live here, in the page, because the service worker may be stopped at
 * any time; signals are queued and re-sent until the background confirms them, like lines.
 */
import {
  classifyEnd,
  type EndLine,
  isEndChatControl,
  matchVendorEndLine,
  type ObservedSignal,
  OFFLINE_GRACE_MS,
} from '../detectors/end-reason';
import { matchDisconnect } from '../detectors/phrases/disconnect';
import type { ContentMessage, EndFlag, WidgetSignal } from '../messaging';
import { type CapturedMessage, isoLocal } from '../model';
import { SIGNATURES } from '../vendors/signatures';
import type { VendorAdapter } from '../vendors/types';
import { readText } from './text';

/** A widget element gone must stay gone this long (frameworks re-mount containers). */
export const REMOVAL_SETTLE_MS = 500;
/** A disabled composer or an end prompt must stay this long (composers blink off while sending). */
export const STATE_SETTLE_MS = 800;
/** An end seen this soon after the person clicked the widget's own "End chat" control is theirs. */
export const CUSTOMER_END_WINDOW_MS = 20_000;
export const DEFAULT_STALL_MINUTES = 5;
const RETRY_MAX_MS = 15_000;
/** Where widgets without an `offline` selector show their connection banners; the text must say so. */
const BANNER =
  '[role="alert"], [role="status"], [aria-live="assertive"], [class*="offline" i], [class*="reconnect" i], [class*="connection" i], [class*="network" i], [class*="banner" i]';
/** Attributes that turn a composer off or a frame elsewhere (class/style are left to childList batches). */
const STATE_ATTRS = [
  'disabled',
  'readonly',
  'aria-disabled',
  'contenteditable',
  'hidden',
  'aria-hidden',
  'src',
];

export interface WatcherDeps {
  doc: Document;
  adapter: VendorAdapter;
  /** Vendor id the recorder reports under. */
  vendor: string;
  /** Only the top frame watches for the widget's removal and the page going away. */
  isTop: boolean;
  send: (msg: ContentMessage) => Promise<unknown>;
  now: () => number;
  signal: AbortSignal;
  /** Asks the recorder for a batch (attribute changes its own observer does not see). */
  schedule: () => void;
}

export interface SignalWatcher {
  /** Reads the widget's state; the recorder calls it once per mutation batch. */
  check(root: Element | null): void;
  /** Keys of lines shown when the recorder started: history, never a live end or a stall. */
  history(keys: readonly string[]): void;
  /**
   * Lines the background confirmed stored, in order, and which of them it found to be end lines by
   * the shared phrase list (its answer's `ends`); the vendor's own end lines are matched here.
   */
  stored(lines: readonly CapturedMessage[], ends: readonly EndFlag[]): void;
  configure(o: { stallMinutes?: unknown }): void;
  /** Signals waiting for the background to confirm. */
  pending(): number;
}

const clip = (s: string, n = 300) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function describe(el: Element): string {
  const id = el.id ? `#${el.id}` : '';
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/)[0];
  return `${el.tagName.toLowerCase()}${id}${!id && cls ? `.${cls}` : ''}`;
}

function hostOf(src: string | null, base: string): string {
  if (!src) return '';
  try {
    return new URL(src, base).host;
  } catch {
    return '';
  }
}

export function createSignalWatcher(deps: WatcherDeps): SignalWatcher {
  const { doc, adapter, signal } = deps;
  const sig = SIGNATURES.find((s) => s.id === adapter.id || s.id === deps.vendor);
  // The widget on the page: its container (adapter), its launcher/container/frame signatures (never
  // loader scripts, which stay behind). Any of them left means minimised, not removed.
  const partSels = [
    ...adapter.containerSelectors,
    ...(sig?.selectors.filter((s) => !s.startsWith('script')) ?? []),
  ].join(', ');
  const containerKnown = partSels.length > 0;

  const queue: WidgetSignal[] = [];
  const sent = new Set<string>();
  const historyKeys = new Set<string>();
  let sending = false;
  let retryMs = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  // widget presence (top frame)
  let parts = new Set<Element>();
  const frameHost = new WeakMap<Element, string>();
  let removalTimer: ReturnType<typeof setTimeout> | undefined;
  // widget state
  let composerSeenEnabled = false;
  let composerOff = false;
  let promptShown = false;
  /** The state shown when the conversation first appeared is history (a reload of an ended chat). */
  let baselined = false;
  let stateTimer: ReturnType<typeof setTimeout> | undefined;
  let banner: { text: string; since: number; reported: boolean } | null = null;
  let bannerTimer: ReturnType<typeof setTimeout> | undefined;
  let reconnecting: { text: string; since: number } | null = null;
  let reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  let endClick: { at: number; label: string } | null = null;
  let lastRoot: Element | null = null;
  // stall
  let stallMs = DEFAULT_STALL_MINUTES * 60_000;
  let unanswered: { since: number; text: string; reported: boolean } | null = null;
  let stallTimer: ReturnType<typeof setTimeout> | undefined;
  let ended = false;

  /**
   * Runs `fn` after a settle time. In a hidden tab browsers clamp timers to about a second (Firefox
   * for any background tab), and the batch that got us here already waited that long; the flicker a
   * settle guards against (sending, re-renders) comes from the person, who is not looking: no wait.
   */
  function settle(fn: () => void, ms: number): ReturnType<typeof setTimeout> | undefined {
    if (doc.visibilityState === 'hidden') {
      fn();
      return undefined;
    }
    return setTimeout(fn, ms);
  }

  function enqueue(s: WidgetSignal): void {
    const k = `${s.kind}\u0001${s.evidence}\u0001${s.at}`;
    if (sent.has(k) || signal.aborted) return;
    sent.add(k);
    queue.push(s);
    void pump();
  }

  async function pump(): Promise<void> {
    if (sending || queue.length === 0 || signal.aborted) return;
    sending = true;
    try {
      const res = (await deps.send({ type: 'reportSignal', vendor: deps.vendor, signal: queue[0]! })) as
        | { ok?: boolean }
        | undefined;
      if (!res?.ok) throw new Error('not confirmed');
      queue.shift();
      retryMs = 0;
    } catch {
      // worker asleep or restarting: the next try wakes it
      retryMs = Math.min(retryMs ? retryMs * 2 : 250, RETRY_MAX_MS);
      clearTimeout(retryTimer);
      retryTimer = setTimeout(() => void pump(), retryMs);
    } finally {
      sending = false;
    }
    if (queue.length && retryMs === 0) void pump();
  }

  /** Sends `obs` if the classifier says it ends a chat (as far as this frame can tell). */
  function report(obs: ObservedSignal, lines: readonly EndLine[] = []): void {
    let o = obs;
    if (endClick && o.at - endClick.at <= CUSTOMER_END_WINDOW_MS && o.at >= endClick.at) {
      o = {
        kind: 'customer-ended',
        evidence: `clicked "${endClick.label}", then ${o.kind}: ${o.evidence}`,
        at: o.at,
      };
    }
    const verdict = classifyEnd({
      signals: [o],
      lines,
      active: true,
      now: deps.now(),
      vendorEndLines: adapter.endLines,
    });
    if (!verdict) return;
    ended = true;
    clearTimeout(stallTimer);
    enqueue({ kind: o.kind as WidgetSignal['kind'], evidence: clip(o.evidence, 1000), at: isoLocal(o.at) });
  }

  // ——— the widget or its frame removed (top frame only) ———
  function widgetParts(root: Element | null): Set<Element> {
    const found = new Set<Element>(partSels ? Array.from(doc.querySelectorAll(partSels)) : []);
    if (root?.isConnected) found.add(root);
    return found;
  }

  /** The widget's parts now, those gone since the last look, and a frame sent to another site. */
  function lookAtParts(root: Element | null) {
    const now = widgetParts(root);
    const gone = [...parts].filter((el) => !el.isConnected);
    let navigated: string | null = null;
    for (const el of now) {
      if (el.tagName !== 'IFRAME') continue;
      const h = hostOf(el.getAttribute('src'), doc.baseURI);
      const before = frameHost.get(el);
      if (before !== undefined && h !== before && before !== '')
        navigated = `${describe(el)} navigated from ${before} to ${h || 'nothing'}`;
      frameHost.set(el, h);
    }
    parts = now;
    return { now, gone, navigated };
  }

  function checkRemoval(root: Element | null): void {
    const { now, gone, navigated } = lookAtParts(root);
    if (!gone.length && !navigated) return;
    const obs: ObservedSignal = {
      kind: 'widget-removed',
      evidence: navigated ?? `${gone.map(describe).join(', ')} removed from the page`,
      at: deps.now(),
      container: !containerKnown ? 'unknown' : now.size ? 'present' : 'gone',
      navigated: !!navigated,
    };
    if (!classifyEnd({ signals: [obs], lines: [], active: true, now: obs.at })) return; // minimised
    clearTimeout(removalTimer);
    removalTimer = settle(() => {
      // still gone (a re-mount would have put a part back)?
      if (!obs.navigated && widgetParts(lastRoot?.isConnected ? lastRoot : null).size > 0) return;
      report(obs);
    }, REMOVAL_SETTLE_MS);
  }

  // ——— the widget's own state ———
  function fallbackBanner(root: Element | null): string | null {
    // in the top frame only inside the widget's container: a site's own "you are offline" is not the chat's
    const scope = deps.isTop ? (partSels ? doc.querySelector(partSels) : null) : doc.body;
    if (!scope) return null;
    for (const el of scope.querySelectorAll(BANNER)) {
      if (root && (root.contains(el) || el.contains(root))) continue;
      const text = readText(el);
      if (!text || text.length > 200) continue;
      if (matchDisconnect(text)?.reason === 'connection-lost') return text;
    }
    return null;
  }

  function readState(root: Element | null) {
    const st = adapter.readState(doc, root);
    return { ...st, offlineBanner: st.offlineBanner ?? fallbackBanner(root) };
  }

  function checkState(root: Element | null): void {
    const st = readState(root);
    if (st.composerEnabled === true) composerSeenEnabled = true;
    // off: disabled, or gone while an end prompt ("start a new chat") took its place
    const off =
      composerSeenEnabled &&
      !!root &&
      (st.composerEnabled === false || (st.composerEnabled === null && st.endPrompt));
    if (root && !baselined) {
      baselined = true;
      promptShown = st.endPrompt;
    }
    const newlyOff = off && !composerOff;
    const newPrompt = baselined && st.endPrompt && !promptShown;
    composerOff = off;
    promptShown = st.endPrompt;
    if ((newlyOff || newPrompt) && stateTimer === undefined) {
      const at = deps.now();
      stateTimer = settle(() => {
        stateTimer = undefined;
        const again = readState(lastRoot);
        // while a connection banner shows, a disabled composer is the banner's business (grace period)
        if (again.offlineBanner) return;
        if (again.endPrompt)
          report({
            kind: 'end-prompt',
            evidence: 'end-of-chat prompt shown (rating / start a new chat)',
            at,
          });
        else if (again.composerEnabled === false)
          report({ kind: 'composer-disabled', evidence: 'composer disabled', at });
      }, STATE_SETTLE_MS);
    }
    const text = st.offlineBanner;
    if (text && !banner) {
      const b = { text, since: deps.now(), reported: false };
      banner = b;
      bannerTimer = setTimeout(() => {
        if (banner !== b) return;
        b.reported = true;
        report({ kind: 'offline-banner', evidence: b.text, at: b.since });
      }, OFFLINE_GRACE_MS);
    } else if (!text && banner) {
      clearTimeout(bannerTimer);
      if (banner.reported) {
        enqueue({
          kind: 'reconnected',
          evidence: `banner cleared: ${clip(banner.text)}`,
          at: isoLocal(deps.now()),
        });
        ended = false;
      }
      banner = null;
    }
  }

  // ——— stall: the customer wrote last and nobody answered ———
  function armStall(): void {
    clearTimeout(stallTimer);
    if (!unanswered || unanswered.reported || ended) return;
    const u = unanswered;
    stallTimer = setTimeout(
      () => {
        if (unanswered !== u || ended) return;
        u.reported = true;
        const min = Math.round(stallMs / 60_000);
        enqueue({
          kind: 'stalled',
          evidence: `no reply for ${min} min after: "${clip(u.text, 200)}"`,
          at: isoLocal(u.since),
        });
      },
      Math.max(0, u.since + stallMs - deps.now()),
    );
  }

  function stored(lines: readonly CapturedMessage[], ends: readonly EndFlag[]): void {
    lines.forEach((m, i) => {
      if (historyKeys.delete(m.key)) return;
      const at = Date.parse(m.at);
      if (m.role === 'customer') {
        if (!unanswered) {
          unanswered = { since: at, text: m.text, reported: false };
          armStall();
        }
        return;
      }
      // the shared phrase list was matched by the background (`ends`); the vendor's own lines here
      const hit = ends.find((e) => e.i === i) ?? matchVendorEndLine(m.text, adapter.endLines);
      if (hit?.transient) {
        // "Reconnecting…": a lost connection only if the chat does not come back within the grace period
        if (!reconnecting) {
          const r = { text: m.text, since: at };
          reconnecting = r;
          clearTimeout(reconnectTimer);
          reconnectTimer = setTimeout(() => {
            if (reconnecting === r) report({ kind: 'offline-banner', evidence: r.text, at: r.since });
          }, OFFLINE_GRACE_MS);
        }
        return;
      }
      reconnecting = null;
      clearTimeout(reconnectTimer);
      if (hit) {
        report({ kind: 'end-line', evidence: m.text, at }, [{ role: m.role, text: m.text, at, match: hit }]);
        return;
      }
      if (m.role === 'agent' || m.role === 'bot') {
        // an answer: the chat is live (again)
        unanswered = null;
        ended = false;
        clearTimeout(stallTimer);
      }
    });
  }

  function check(root: Element | null): void {
    if (signal.aborted) return;
    lastRoot = root;
    if (deps.isTop) checkRemoval(root);
    if (root || !deps.isTop || partSels) checkState(root);
  }

  // The person's own "End chat" click: what follows is their choice, not an abrupt end.
  const onClick = (e: Event) => {
    const t = e.composedPath()[0] as Element | undefined;
    if (t?.nodeType !== 1) return;
    const el = t.closest(
      'button, [role="button"], [role="menuitem"], a, input[type="button"], input[type="submit"]',
    );
    if (!el) return;
    const label =
      el.getAttribute('aria-label') ||
      el.getAttribute('title') ||
      (el as HTMLInputElement).value ||
      el.textContent ||
      '';
    if (isEndChatControl(label)) endClick = { at: deps.now(), label: clip(label.trim(), 60) };
  };
  doc.addEventListener('click', onClick, { capture: true, passive: true, signal });

  if (deps.isTop) {
    const win = doc.defaultView;
    // The page is going away (closed, reloaded or left): sent at once, outside the queue, because the
    // page may not live long enough for a retry. The background decides which one it was.
    win?.addEventListener(
      'pagehide',
      (e) => {
        void deps
          .send({
            type: 'reportSignal',
            vendor: deps.vendor,
            signal: {
              kind: 'page-hidden',
              evidence: e.persisted ? 'pagehide (kept in back/forward cache)' : 'pagehide',
              at: isoLocal(deps.now()),
            },
          })
          .catch(() => {});
      },
      { signal },
    );
    // Back from the back/forward cache: the page is live again (clears the background's page-hidden mark).
    win?.addEventListener(
      'pageshow',
      (e) => {
        if (e.persisted) void deps.send({ type: 'resumeCapture', vendor: deps.vendor }).catch(() => {});
      },
      { signal },
    );
  }

  // The widget as it is now, before the recorder's first check: that check waits for the background's
  // answer to resumeCapture, and on a busy browser the widget's own frame may already have stored
  // lines (and the widget been removed) by then; a widget removed in between is still seen as removed.
  if (deps.isTop) lookAtParts(null);

  const attrs = new MutationObserver(() => deps.schedule());
  attrs.observe(doc.documentElement, { attributes: true, subtree: true, attributeFilter: STATE_ATTRS });
  signal.addEventListener('abort', () => {
    attrs.disconnect();
    for (const t of [retryTimer, removalTimer, stateTimer, bannerTimer, reconnectTimer, stallTimer])
      clearTimeout(t);
  });

  return {
    check,
    history(keys) {
      for (const k of keys) historyKeys.add(k);
    },
    stored,
    configure(o) {
      const m = o.stallMinutes;
      if (typeof m === 'number' && Number.isFinite(m) && m >= 1 && m <= 240) {
        stallMs = m * 60_000;
        if (unanswered && !unanswered.reported) armStall();
      }
    },
    pending: () => queue.length,
  };
}
