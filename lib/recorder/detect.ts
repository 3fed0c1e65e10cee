/**
 * The always-on detector's logic: is there a chat widget in this frame? Cheap by design — nothing
 * while the page loads, then one hostname check and one combined querySelector per check, a
 * body/documentElement childList watch (never the whole subtree), a re-check after clicks ("Chat with
 * us" buttons) and a few cheap late looks.
 * Imported only by entrypoints/detector.ts (and the recorder, for its vendor hint); keep it free of other imports but the signatures.
 */
import { SIGNATURES } from '../vendors/signatures';

export interface Detection {
  vendor: string;
  via: string;
}

const ALL_SELECTORS = SIGNATURES.map((s) => s.selectors.join(',')).join(',');
/** Live regions and a composer near them: worth loading the generic recorder to look closer. */
const LOG = '[role="log"],[aria-live="polite"],[aria-live="assertive"]';
/** A message box, not a search box (shops put a search field and an aria-live cart status side by side). */
const COMPOSER =
  'textarea,[contenteditable="true"],input[type="text"]:not([name*="search" i]):not([placeholder*="search" i]):not([aria-label*="search" i]):not([role="searchbox"])';
/** An aria-live region (not role=log) must sit in something that says it is a chat. */
const CHAT_WORDS = /chat|messag|conversation|support|assistant|helpdesk|messenger/i;
const labelled = (el: Element) =>
  `${el.id} ${el.getAttribute('class') ?? ''} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`;

export function detect(doc: Document, host: string): Detection | null {
  for (const s of SIGNATURES)
    if (s.frameHosts?.some((h) => host === h || host.endsWith(`.${h}`)))
      return { vendor: s.id, via: `host ${host}` };
  const el = doc.querySelector(ALL_SELECTORS);
  if (el) {
    for (const s of SIGNATURES)
      for (const sel of s.selectors) if (el.matches(sel)) return { vendor: s.id, via: sel };
  }
  for (const log of doc.querySelectorAll(LOG)) {
    let words = log.getAttribute('role') === 'log';
    let p: Element | null = log;
    for (let i = 0; p && i < 8; i++, p = p.parentElement) {
      words ||= CHAT_WORDS.test(labelled(p));
      if (words && p.querySelector(COMPOSER)) return { vendor: 'generic', via: 'log' };
    }
  }
  return null;
}

const WATCHED = `${ALL_SELECTORS},${LOG}`;
const mayBeWidget = (n: Node): boolean =>
  n.nodeType === 1 && ((n as Element).matches(WATCHED) || (n as Element).querySelector(WATCHED) !== null);

/** Minimum time between two checks: a page rewriting its body children cannot make us spin. */
const CHECK_GAP_MS = 400;
const CLICK_RECHECKS_MS = [600, 2000, 5000];
/** The first check waits for `load` (the detector starts at document_start), or this long after
 *  DOMContentLoaded when `load` is late (a slow image). Then it runs at the first idle moment, within: */
const LOAD_WAIT_MS = 1000;
const IDLE_WAIT_MS = 100;
/**
 * After the first check, late looks for a widget rendered into an element that was already there
 * (the body watch sees only new body children): a full check if the document was small at the first
 * check, else one only if a new frame or a vendor's script appeared — a query for those costs a
 * fraction of a full check (~0.3 ms on a 5,000-element page).
 */
const LATE_LOOKS_MS = [3000, 15_000, 45_000];
const SMALL_DOC = 1500;
const LATE = 'iframe,script[src]';

export function watchForWidget(
  doc: Document,
  host: string,
  onFound: (d: Detection) => void,
  signal: AbortSignal,
): void {
  let started = false;
  let done = false;
  let small = false;
  let last = 0;
  let lastLook = 0;
  let pending: ReturnType<typeof setTimeout> | undefined;
  let looking: ReturnType<typeof setTimeout> | undefined;
  /** Body children, frames and scripts a check has already covered. */
  const seen = new WeakSet<Element>();
  const stop = () => {
    done = true;
    observer.disconnect();
    clearTimeout(pending);
    clearTimeout(looking);
    removeEventListener('click', onClick, true);
  };
  const check = () => {
    pending = undefined;
    last = Date.now();
    const found = detect(doc, host);
    if (found) {
      stop();
      onFound(found);
      return;
    }
    if (doc.body) for (const c of doc.body.children) seen.add(c);
    for (const el of doc.querySelectorAll(LATE)) seen.add(el);
  };
  const soon = (delay = 0) => {
    if (!started || done || pending !== undefined || signal.aborted) return;
    pending = setTimeout(check, Math.max(delay, last + CHECK_GAP_MS - Date.now()));
  };
  let observed: HTMLElement | null = null;
  let html: Element | null = null;
  // document.open()/write() replaces <html>, widgets rewrite <body> (about:blank frames): follow both
  const connect = () => {
    html = doc.documentElement;
    observed = doc.body;
    observer.observe(doc, { childList: true });
    if (html) observer.observe(html, { childList: true });
    if (observed) observer.observe(observed, { childList: true });
  };
  // Busy pages add and remove body children all the time (toasts, portals, ad slots), and a full
  // check costs ~13 ms on a 5,000-element page (docs/performance.md). So the observer only notes a
  // change and goes quiet; at most every CHECK_GAP_MS a look at the body's new children decides
  // whether a full check is worth it: one that is, or holds, a widget signature or a live region.
  const look = () => {
    looking = undefined;
    lastLook = Date.now();
    if (done || signal.aborted) return;
    let worth = html !== doc.documentElement || observed !== doc.body;
    if (doc.body)
      for (const c of doc.body.children)
        if (!seen.has(c)) {
          seen.add(c);
          if (mayBeWidget(c)) worth = true;
        }
    connect();
    if (worth) soon();
  };
  const lateLook = () => {
    if (done || signal.aborted) return;
    let worth = small;
    for (const el of doc.querySelectorAll(LATE))
      if (!seen.has(el)) {
        seen.add(el);
        if (el.localName === 'iframe' || el.matches(ALL_SELECTORS)) worth = true;
      }
    if (worth) soon();
  };
  const observer = new MutationObserver(() => {
    observer.disconnect();
    looking ??= setTimeout(look, Math.max(0, lastLook + CHECK_GAP_MS - Date.now()));
  });
  // At document_start nothing is parsed yet, and Chromium holds `load` for a page's content scripts:
  // no check and no observer while the page loads; the first check after it covers all it parsed.
  const start = () => {
    if (started || signal.aborted) return;
    started = true;
    small = doc.getElementsByTagName('*').length < SMALL_DOC;
    check();
    if (done) return;
    connect();
    for (const ms of LATE_LOOKS_MS) setTimeout(lateLook, ms);
  };
  const onState = () => {
    const state = doc.readyState;
    if (state === 'interactive') setTimeout(start, LOAD_WAIT_MS);
    else if (state !== 'loading')
      if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: IDLE_WAIT_MS });
      else setTimeout(start);
  };
  doc.addEventListener('readystatechange', onState, { signal });
  onState();
  const onClick = () => {
    for (const ms of CLICK_RECHECKS_MS) setTimeout(() => soon(), ms);
  };
  addEventListener('click', onClick, { capture: true, passive: true, signal });
  signal.addEventListener('abort', stop);
}

/** Frame loads closer together than this are reported once. */
const FRAMES_COALESCE_MS = 250;

/**
 * Reports frames that load in this document (a widget's iframe, often added after the page loaded):
 * the detector is injected by the background, which then offers it to the tab's new frames. `load`
 * does not bubble, so it is caught on its way down (capture); images pay one property read.
 */
export function watchFrames(doc: Document, onFrames: () => void, signal: AbortSignal): void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  const onLoad = (e: Event) => {
    const name = (e.target as Element | null)?.localName;
    if ((name === 'iframe' || name === 'frame') && pending === undefined)
      pending = setTimeout(() => {
        pending = undefined;
        if (!signal.aborted) onFrames();
      }, FRAMES_COALESCE_MS);
  };
  doc.addEventListener('load', onLoad, { capture: true, passive: true, signal });
}

/** A detector message that got no answer is sent again this many times, 250 ms, 500 ms, 1 s… apart. */
export const SEND_RETRIES = 5;

/**
 * The detector's messages to the background. Each one matters once (a widget found, frames loaded),
 * and a worker stopped before it answered drops it: then no recorder is ever injected and the chat
 * goes unrecorded. So a message that fails is sent again (each send wakes the worker), unless this
 * extension run is over (`alive` false: updated or removed), which stops the detector.
 */
export function retryingSender(
  sendMessage: (m: object) => Promise<unknown>,
  alive: () => boolean,
  stop: () => void,
): (m: object) => void {
  const send = (m: object, tries: number): void =>
    void sendMessage(m).catch(() => {
      if (!alive()) stop();
      else if (tries < SEND_RETRIES) setTimeout(() => send(m, tries + 1), 250 << tries);
    });
  return (m) => send(m, 0);
}
