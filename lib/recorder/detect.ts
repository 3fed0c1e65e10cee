/**
 * The always-on detector's logic: is there a chat widget in this frame? Cheap by design — one
 * hostname check and one combined querySelector per check, a body/documentElement childList
 * watch (never the whole subtree) and a re-check after clicks ("Chat with us" buttons).
 * Imported only by entrypoints/detector.content.ts; keep it free of other imports but the signatures.
 */
import { SIGNATURES } from '../vendors/signatures';

export interface Detection {
  vendor: string;
  via: string;
}

const ALL_SELECTORS = SIGNATURES.map((s) => s.selectors.join(',')).join(',');
/** Live regions and a composer near them: worth loading the generic recorder to look closer. */
const LOG = '[role="log"],[aria-live="polite"],[aria-live="assertive"]';
const COMPOSER = 'textarea,[contenteditable="true"],input[type="text"]';

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
    let p: Element | null = log;
    for (let i = 0; p && i < 8; i++, p = p.parentElement)
      if (p.querySelector(COMPOSER)) return { vendor: 'generic', via: 'log' };
  }
  return null;
}

/** Minimum time between two checks: a page rewriting its body children cannot make us spin. */
const CHECK_GAP_MS = 400;
const CLICK_RECHECKS_MS = [600, 2000, 5000];

export function watchForWidget(
  doc: Document,
  host: string,
  onFound: (d: Detection) => void,
  signal: AbortSignal,
): void {
  let last = 0;
  let pending: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    observer.disconnect();
    clearTimeout(pending);
    removeEventListener('click', onClick, true);
  };
  const check = () => {
    pending = undefined;
    last = Date.now();
    const found = detect(doc, host);
    if (found) {
      stop();
      onFound(found);
    }
  };
  const soon = (delay = 0) => {
    if (pending !== undefined || signal.aborted) return;
    pending = setTimeout(check, Math.max(delay, last + CHECK_GAP_MS - Date.now()));
  };
  const observer = new MutationObserver(() => {
    // body may be replaced (widgets that rewrite their frame document): follow it
    if (doc.body && observed !== doc.body) {
      observed = doc.body;
      observer.observe(doc.body, { childList: true });
    }
    soon();
  });
  let observed: HTMLElement | null = doc.body;
  observer.observe(doc.documentElement, { childList: true });
  if (doc.body) observer.observe(doc.body, { childList: true });
  const onClick = () => {
    for (const ms of CLICK_RECHECKS_MS) setTimeout(() => soon(), ms);
  };
  addEventListener('click', onClick, { capture: true, passive: true, signal });
  signal.addEventListener('abort', stop);
  check();
}
