/**
 * The generic recorder (vendor id `generic`): chat widgets no adapter knows. It finds a
 * conversation log (ARIA role="log" / aria-live regions) and only accepts one with chat-like
 * evidence — a composer in the same container plus chat words or role="log" — so a news ticker or
 * a comment feed with aria-live is never recorded. Roles come from structure: class/data words,
 * author labels, and, in a real browser, which side the bubble sits on.
 */
import type { Role } from '../model';
import { readText } from '../recorder/text';
import type { VendorAdapter } from './types';

const LOG_SELECTOR = '[role="log"], [aria-live="polite"], [aria-live="assertive"]';
const COMPOSER = 'textarea, [contenteditable="true"], [contenteditable=""], input[type="text"], input:not([type])';
const CHAT_WORDS = /chat|messag|conversation|livechat|support|assistant|helpdesk|messenger|inbox/i;
const NOT_CHAT_WORDS = /ticker|news|comment|feed|notification|toast|price|score|stock|weather|announce|cookie|search/i;
const ANCESTOR_LEVELS = 8;
/** Minimum evidence score for a log to count as a chat (see `chatScore`). */
export const CHAT_SCORE_MIN = 4;

const ROLE_WORDS: readonly [RegExp, Role][] = [
  [/^(system|event|notice|status|info|meta|notification)$/, 'system'],
  [/^(bot|assistant|automated|ai)$/, 'bot'],
  [/^(customer|visitor|user|me|self|mine|own|outgoing|sent|client|guest|end-?user)$/, 'customer'],
  [/^(agent|operator|admin|staff|support|rep|incoming|received|them|human|employee)$/, 'agent'],
];
const CHROME = '.sr-only, .visually-hidden, [class*="sr-only"], time, [class*="timestamp"], [class*="receipt"], [class*="status"], [class*="avatar"]';
const AUTHOR = '[class*="author"], [class*="sender"], [class*="name"], [data-author]';
const SKIP_ITEM = /typing|divider|separator|date-?header|day-?break|composer/i;

function labelOf(el: Element): string {
  return `${el.id} ${el.getAttribute('class') ?? ''} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''} ${el.getAttribute('data-testid') ?? ''}`;
}

/** Evidence that a live region is a conversation: higher is more chat-like. */
export function chatScore(log: Element): number {
  let score = log.getAttribute('role') === 'log' ? 2 : 0;
  let composer = false;
  let words = CHAT_WORDS.test(labelOf(log));
  let notChat = NOT_CHAT_WORDS.test(labelOf(log));
  let el: Element | null = log.parentElement;
  for (let i = 0; el && i < ANCESTOR_LEVELS; i++, el = el.parentElement) {
    const label = labelOf(el);
    if (CHAT_WORDS.test(label)) words = true;
    if (NOT_CHAT_WORDS.test(label)) notChat = true;
    if (!composer && el.querySelector(COMPOSER)) composer = true;
    if (el === el.ownerDocument.body) break;
  }
  if (!composer) return 0;
  score += 2;
  if (words) score += 2;
  if (notChat) score -= 3;
  return score;
}

function tokens(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('data-role') ?? ''} ${el.getAttribute('data-author-type') ?? ''} ${el.getAttribute('data-sender') ?? ''}`;
  return raw.toLowerCase().split(/[\s_-]+/).filter(Boolean);
}

function roleFromWords(el: Element): Role | null {
  // the item and its first descendants carry the side marker in most widgets
  const nodes = [el, ...Array.from(el.querySelectorAll('[class]')).slice(0, 6)];
  for (const n of nodes) {
    const toks = tokens(n);
    for (const [re, role] of ROLE_WORDS) if (toks.some((t) => re.test(t))) return role;
  }
  return null;
}

export function roleOf(el: Element): Role | null {
  const byWords = roleFromWords(el);
  if (byWords) return byWords;
  // geometry (real browsers only): bubbles on the right are the person's own
  const r = el.getBoundingClientRect?.();
  const parent = el.parentElement?.getBoundingClientRect?.();
  if (r && parent && parent.width > 0 && r.width > 0 && r.width < parent.width * 0.9) {
    const left = r.left - parent.left;
    const right = parent.right - r.right;
    return right < left ? 'customer' : 'agent';
  }
  return null;
}

/** The element whose children are the message items (skips single wrappers). */
function listOf(root: Element): Element {
  let el = root;
  // descend through single wrappers, but not into a lone first message (it carries a role marker)
  while (el.children.length === 1 && el.firstElementChild && !roleFromWords(el.firstElementChild)) el = el.firstElementChild;
  return el;
}

function findLogs(root: Document | ShadowRoot, out: Element[]): void {
  out.push(...Array.from(root.querySelectorAll(LOG_SELECTOR)));
  for (const h of root.querySelectorAll('*')) if (h.shadowRoot) findLogs(h.shadowRoot, out);
}

export const generic: VendorAdapter = {
  id: 'generic',
  name: 'Chat widget (generic)',
  endLines: [],
  containerSelectors: [],
  findRoot(doc) {
    const logs: Element[] = [];
    findLogs(doc, logs);
    let best: Element | null = null;
    let bestScore = CHAT_SCORE_MIN - 1;
    for (const log of logs) {
      const s = chatScore(log);
      if (s > bestScore) {
        best = log;
        bestScore = s;
      }
    }
    return best;
  },
  listItems: (root) =>
    Array.from(listOf(root).children).filter(
      (item) => !SKIP_ITEM.test(labelOf(item)) && item.getAttribute('role') !== 'separator',
    ),
  readItem(item) {
    const role = roleOf(item);
    if (!role) return null;
    const text = readText(item, `${CHROME}, ${AUTHOR}`);
    if (!text) return null;
    const authorEl = item.querySelector(AUTHOR);
    const author = authorEl ? readText(authorEl).replace(/\s*(says|said|wrote):?$/i, '') || null : null;
    const timeEl = item.querySelector('time, [class*="timestamp"], [class*="time"]');
    return {
      id: item.getAttribute('data-message-id') ?? item.getAttribute('data-id'),
      role,
      author,
      text,
      shownAt: timeEl ? readText(timeEl) || null : null,
    };
  },
  findComposer(doc) {
    const root = this.findRoot(doc);
    let el: Element | null = root;
    for (let i = 0; el && i < ANCESTOR_LEVELS; i++, el = el.parentElement) {
      const c = el.querySelector<HTMLElement>(COMPOSER);
      if (c) return c;
    }
    return null;
  },
  readState(doc, root) {
    const composer = root ? this.findComposer(doc) : null;
    return {
      composerEnabled: composer ? !(composer as HTMLTextAreaElement).disabled : null,
      endPrompt: false,
      offlineBanner: null,
    };
  },
};
