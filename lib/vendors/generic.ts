/**
 * The generic recorder (vendor id `generic`): chat widgets no adapter knows, and detected vendors
 * without an adapter (`adapter: false` in signatures.ts). It looks for a conversation log — an ARIA
 * `role="log"` / `aria-live` region, or repeated message-like siblings inside a fixed-position
 * panel — and only accepts one with chat-like evidence (see `chatScore`): a composer in the same
 * container is required, and a news ticker, a comment feed or a search box never qualify.
 * Roles come from structure: side words in classes/data attributes (agent, operator, visitor, me…),
 * screen-reader prefixes ("You said"), alignment, and in a real browser which side a bubble sits on.
 * The reading helpers are exported for adapters of vendors whose markup is only hashed classes.
 */
import type { Role } from '../model';
import { readText } from '../recorder/text';
import type { RawMessage, VendorAdapter } from './types';

const LIVE = '[role="log"], [aria-live="polite"], [aria-live="assertive"]';
const COMPOSER =
  'textarea, [contenteditable="true"], [contenteditable=""], [role="textbox"], input[type="text"], input:not([type])';
/** Words that say "this is a conversation with support" in ids, classes, labels, placeholders. */
const CHAT_WORDS =
  /chat|messag|conversation|support|assistant|helpdesk|messenger|inbox|live ?agent|type (a|your)|ask (us|a question)/i;
/** Words of live regions and text boxes that are not chats (§ "never record a page that is not a chat"). */
const NOT_CHAT_WORDS =
  /ticker|news|headline|breaking|comment|feed|notification|toast|price|score|stock|weather|announce|cookie|search|live-?blog|review|forum/i;
/** Inputs that are forms, not composers. */
const NOT_COMPOSER =
  /search|e-?mail|name|phone|zip|postcode|coupon|promo|subscribe|newsletter|password|quantity/i;
const ANCESTOR_LEVELS = 8;
/** Minimum evidence for a region to count as a chat (see `chatScore`). */
export const CHAT_SCORE_MIN = 5;

const ROLE_WORDS: readonly [RegExp, Role][] = [
  [/^(bot|chatbot|assistant|automated|ai|virtual)$/, 'bot'],
  [
    /^(customer|visitor|user|me|self|mine|own|outgoing|outbound|sent|client|guest|enduser|chasitor|right)$/,
    'customer',
  ],
  [
    /^(agent|operator|admin|staff|rep|representative|incoming|inbound|received|them|human|employee|advisor|left)$/,
    'agent',
  ],
];
/** Only from the item or its group, never from a receipt inside it ("message-status"). */
const SYSTEM_WORDS = /^(system|event|notice|status|info|meta|activity|center|centered)$/;
/** Screen-reader-only helpers, times, receipts and avatars: never message text. */
export const CHROME = [
  '.sr-only',
  '.visually-hidden',
  '[class*="sr-only"]',
  '[class*="visually-hidden"]',
  '[class*="screen-reader"]',
  '[class*="assistive"]',
  'time',
  '[class*="timestamp"]',
  '[class*="receipt"]',
  '[class*="status"]',
  '[class*="avatar"]',
  '[role="img"]',
].join(', ');
export const AUTHOR =
  '[class*="author"], [class*="sender"], [class*="name"], [class*="nickname"], [data-author], [data-sender-name]';
/** What a message's own text leaves out: names and chrome. */
const AUTHOR_OR_CHROME = `${AUTHOR}, ${CHROME}`;
const SKIP_ITEM = /typing|divider|separator|date-?header|day-?break|composer|spinner|loading|scroll/i;
/** Whole lines that are receipts or time labels, not words someone wrote. */
const CHROME_LINE =
  /^(sent|seen|read|delivered|sending…?|sending\.\.\.|just now|now|\d{1,2}:\d{2}(\s?[ap]\.?m\.?)?|\d+ ?(min|mins|minutes?|h|hours?) ago)$/i;
const WORDY = /[\p{L}\p{N}\p{Extended_Pictographic}]/u;
/** "Priya says:", "You said:", "Agent Priya wrote:" prefixes written for screen readers. */
const SAYS = /^(.*?)\s*\b(says|said|wrote|sent)(\s+at)?\s*:?\s*$/i;

/**
 * The values of those of `names` that `el` carries, joined by spaces. One `getAttributeNames()` and
 * a `getAttribute` per attribute present, not one per name: each call from the content script's
 * world into the DOM costs a few µs when a line is read right after it appeared (docs/performance.md,
 * session 11), and most items carry only a class.
 */
function attrsOf(el: Element, names: ReadonlySet<string>): string {
  let out = '';
  for (const n of el.getAttributeNames()) if (names.has(n)) out += ` ${el.getAttribute(n)}`;
  return out;
}

const LABEL_ATTRS: ReadonlySet<string> = new Set([
  'id',
  'class',
  'aria-label',
  'title',
  'data-testid',
  'placeholder',
  'name',
]);

function labelOf(el: Element): string {
  return attrsOf(el, LABEL_ATTRS);
}

function styleOf(el: Element): CSSStyleDeclaration | null {
  return el.ownerDocument.defaultView?.getComputedStyle?.(el) ?? null;
}

/** A text box a person types chat lines into (not a search, e-mail or name field). */
export function isComposer(el: Element): boolean {
  if (!el.matches(COMPOSER)) return false;
  if (el.closest('[role="search"], form[action*="search"]')) return false;
  return !(el.tagName === 'INPUT' && NOT_COMPOSER.test(labelOf(el)));
}

function composerIn(el: Element): Element | null {
  for (const c of el.querySelectorAll(COMPOSER)) if (isComposer(c)) return c;
  return null;
}

/** Nearest ancestor (≤ 8 levels) holding both the log and a composer: the widget. */
function scopeOf(log: Element): { scope: Element; composer: Element } | null {
  let el: Element | null = log;
  for (let i = 0; el && i < ANCESTOR_LEVELS; i++, el = el.parentElement) {
    const c = composerIn(el);
    if (c) return { scope: el, composer: c };
    if (el === el.ownerDocument.body) break;
  }
  return null;
}

/** A floating panel: an ancestor with position fixed/sticky, or a frame of its own (the widget's frame). */
function isFloating(log: Element): boolean {
  for (let el: Element | null = log; el && el !== el.ownerDocument.body; el = el.parentElement) {
    const p = styleOf(el)?.position;
    if (p === 'fixed' || p === 'sticky') return true;
  }
  const win = log.ownerDocument.defaultView;
  return !!win && win !== win.top;
}

/** Evidence that `log` is a conversation: higher is more chat-like; below CHAT_SCORE_MIN is not a chat. */
export function chatScore(log: Element): number {
  const found = scopeOf(log);
  if (!found) return 0; // no composer near it: a ticker, a status line, a feed
  const { scope, composer } = found;
  const doc = log.ownerDocument;
  let score = 0;
  if (log.getAttribute('role') === 'log') score += 3;
  else if (log.matches('[aria-live]')) score += 1;
  if (log.matches('[role="status"], [role="alert"], [role="timer"], [role="marquee"]')) score -= 3;
  const labels = [labelOf(composer)];
  for (let el: Element | null = log; el; el = el.parentElement) {
    labels.push(labelOf(el));
    if (el === scope) break;
  }
  const text = labels.join(' ');
  if (CHAT_WORDS.test(text)) score += 2;
  if (NOT_CHAT_WORDS.test(text)) score -= 4;
  if (/typing|indicator|loading|spinner/i.test(labelOf(log))) score -= 3;
  // a region and a text box only joined at <body> are two unrelated parts of a page
  if (scope === doc.body || scope === doc.documentElement) score -= 2;
  if (isFloating(log)) score += 2;
  // reading the items can add at most 2: skip it for regions that cannot qualify (busy non-chat pages)
  if (score + 2 < CHAT_SCORE_MIN) return score;
  const items = generic.listItems(log).slice(0, 20);
  if (items.length === 0 && log.getAttribute('role') !== 'log') return 0; // wait for content
  const roles = new Set<Role>();
  let prev: RawMessage | undefined;
  for (const el of items) {
    const m = readItem(el, prev);
    if (m) roles.add(m.role);
    prev = m ?? prev;
  }
  if (roles.has('customer') && (roles.has('agent') || roles.has('bot'))) score += 2;
  return score;
}

/** Attributes that say which side wrote a line (`tokens`). */
const SIDE_ATTRS: ReadonlySet<string> = new Set([
  'class',
  'data-role',
  'data-author-type',
  'data-sender',
  'data-from',
  'data-direction',
  'data-side',
]);

function tokens(el: Element): string[] {
  return attrsOf(el, SIDE_ATTRS)
    .toLowerCase()
    .split(/[\s_-]+|--/)
    .filter(Boolean);
}

function roleFromTokens(toks: string[], system: boolean): Role | null {
  if (system && toks.some((t) => SYSTEM_WORDS.test(t))) return 'system';
  for (const [re, role] of ROLE_WORDS) if (toks.some((t) => re.test(t))) return role;
  return null;
}

/** Side from computed alignment: right-aligned rows are the person's own, centred rows are status lines. */
function roleFromAlignment(el: Element): Role | null {
  for (const n of [el, el.firstElementChild]) {
    if (!n) continue;
    const s = styleOf(n);
    if (!s) continue;
    const jc = s.justifyContent;
    const reverse = s.flexDirection === 'row-reverse';
    if (s.textAlign === 'center' || jc === 'center') return 'system';
    if (s.textAlign === 'right' || jc === 'flex-end' || jc === 'end' || jc === 'right' || reverse)
      return 'customer';
    if (s.alignSelf === 'flex-end' || s.float === 'right' || s.marginLeft === 'auto') return 'customer';
    if (s.textAlign === 'left' || jc === 'flex-start' || jc === 'start' || s.float === 'left') return 'agent';
  }
  return null;
}

/** Side from layout (real browsers only: happy-dom has no boxes). */
function roleFromGeometry(el: Element): Role | null {
  const bubble = el.firstElementChild ?? el;
  const r = bubble.getBoundingClientRect?.();
  const box = el.parentElement?.getBoundingClientRect?.();
  if (!r || !box || box.width <= 0 || r.width <= 0 || r.width > box.width * 0.9) return null;
  const left = r.left - box.left;
  const right = box.right - r.right;
  if (Math.abs(left - right) < box.width * 0.05) return 'system';
  return right < left ? 'customer' : 'agent';
}

const SR_CLASSES =
  '.sr-only, .visually-hidden, [class*="sr-only"], [class*="visually-hidden"], [class*="screen-reader"]';

/**
 * Verdicts of `isVisuallyHidden` by how an element is marked up (see `lookOf`). Reading a computed
 * style right after the widget appended a line makes Blink recalculate styles inside our script:
 * 0.14 ms per line on a 6,000-element page, most of what reading a generic line cost
 * (docs/performance.md). Author labels of one widget share their markup, so one read serves them all.
 */
const hiddenByLook = new Map<string, boolean>();
const HIDDEN_LOOKS_MAX = 500;

/**
 * What decides an element's style in practice: its tag, classes and inline style, and its parents',
 * and the style sheets in force (a widget's CSS that arrives later changes the verdict).
 */
function lookOf(el: Element): string {
  let key = `${el.ownerDocument.styleSheets?.length ?? 0}|`;
  for (let n: Element | null = el, i = 0; n && i < 3; n = n.parentElement, i++)
    key += `${n.localName}.${n.getAttribute('class') ?? ''}#${n.getAttribute('style') ?? ''}|`;
  return key;
}

/** Hidden for the eye, read by screen readers: a known class, or the 1px clipped box (hashed classes). */
function isVisuallyHidden(el: Element): boolean {
  if (el.matches(SR_CLASSES)) return true;
  const look = lookOf(el);
  const known = hiddenByLook.get(look);
  if (known !== undefined) return known;
  const s = styleOf(el);
  if (!s) return false; // no styles to read (a document without a window): never cached
  let hidden = false;
  if (s.position === 'absolute' || s.position === 'fixed') {
    const tiny = Number.parseFloat(s.width) <= 1 || Number.parseFloat(s.height) <= 1;
    const clipped =
      s.overflow === 'hidden' || s.clip?.startsWith('rect') || (!!s.clipPath && s.clipPath !== 'none');
    hidden = tiny && clipped;
  }
  if (hiddenByLook.size >= HIDDEN_LOOKS_MAX) hiddenByLook.clear();
  hiddenByLook.set(look, hidden);
  return hidden;
}

interface Spoken {
  /** Texts of the screen-reader-only parts (to leave out of the message). */
  readonly texts: readonly string[];
  /** "You said" → 'you'; "Priya says" → 'Priya'. */
  readonly who: string | null;
}

const NOTHING_SPOKEN: Spoken = { texts: [], who: null };
/**
 * A word `SAYS` needs, anywhere in an item's text (a superset: no word boundary, since an item's
 * `textContent` runs its parts together, "You said" + "Hi" = "You saidHi").
 */
const SAYS_WORD = /says|said|wrote|sent/i;

/** Screen-reader prefixes such as "Priya says:", "You sent at" (Zendesk §3.3, Twilio §3.21). */
function spokenOf(el: Element): Spoken {
  // most lines have no such prefix: one look at the whole text spares a query and a call per leaf
  if (!SAYS_WORD.test(el.textContent ?? '')) return NOTHING_SPOKEN;
  const texts: string[] = [];
  let who: string | null = null;
  const hs = el.querySelectorAll('span, div, p, label, h2, h3, h4, h5, h6');
  for (let i = 0, len = Math.min(hs.length, 24); i < len; i++) {
    const h = hs[i]!;
    if (texts.length >= 3) break;
    // cheap tests first ("… says:" leaves), computed style only for those: hidden texts of other
    // shapes stay in the text unless a known sr-only class (CHROME) already leaves them out
    const raw = h.textContent ?? '';
    if (h.childElementCount > 0 || raw.length > 80 || !SAYS.test(raw.trim()) || !isVisuallyHidden(h))
      continue;
    const t = readText(h);
    if (!t) continue;
    texts.push(t);
    const m = SAYS.exec(t);
    if (!who && m) who = /^(you|me)$/i.test(m[1]!.trim()) ? 'you' : m[1]!.trim() || null;
  }
  return { texts, who };
}

/** Role of one message element from structure alone, or null when nothing says who wrote it. */
export function roleOf(el: Element, list?: Element, spoken: Spoken = spokenOf(el)): Role | null {
  // the item and the group around it carry the side marker in most widgets (never the log or the
  // panel: "widget-right" on the panel says where the widget sits, not who wrote a line)
  for (let n: Element | null = el, i = 0; n && n !== list && i < 3; n = n.parentElement, i++) {
    if (n !== el && (n.matches(LIVE) || n.querySelector(COMPOSER))) break;
    const r = roleFromTokens(tokens(n), true);
    if (r) return r;
  }
  // then the bubble inside it (skipping receipts, avatars and names: "message-status", "user-avatar")
  const ns = el.querySelectorAll('[class], [data-from], [data-role]');
  for (let i = 0, len = Math.min(ns.length, 8); i < len; i++) {
    const n = ns[i]!;
    if (n.matches(`${CHROME}, ${AUTHOR}`) || n.closest('[class*="avatar"], [class*="icon"]')) continue;
    const r = roleFromTokens(tokens(n), false);
    if (r) return r;
  }
  if (spoken.who === 'you') return 'customer';
  const side = roleFromAlignment(el) ?? roleFromGeometry(el);
  // "Priya says:" names someone other than the person: an agent, whatever the layout says
  return spoken.who && side !== 'system' ? (side === 'customer' ? 'agent' : (side ?? 'agent')) : side;
}

function authorLabel(el: Element): Element | null {
  const a = el.querySelector(AUTHOR);
  return a && !a.closest('[class*="avatar"]') && !isVisuallyHidden(a) ? a : null;
}

/** Author shown in the item or once in the group around it; for a bubble without one, the group's author. */
export function authorOf(
  el: Element,
  role: Role,
  prev: RawMessage | undefined,
  list?: Element,
  spoken: Spoken = spokenOf(el),
): string | null {
  if (role === 'customer' || role === 'system') return null;
  let label = authorLabel(el);
  // the group around a bubble (one or two levels up), never the log itself
  for (let g = el.parentElement, i = 0; !label && g && g !== list && i < 2; g = g.parentElement, i++) {
    if (g.matches(LIVE) || g.querySelector(COMPOSER)) break;
    label = Array.from(g.children).find((c) => !c.contains(el) && c.matches(AUTHOR)) ?? null;
  }
  const shown = label ? readText(label) : '';
  const name = (SAYS.exec(shown)?.[1] ?? shown).trim();
  if (name && !CHROME_LINE.test(name)) return name;
  if (spoken.who && spoken.who !== 'you') return spoken.who;
  return prev && prev.role === role ? prev.author : null;
}

function cleanText(el: Element, spoken: Spoken, author: string | null): string {
  let text = readText(el, AUTHOR_OR_CHROME);
  // screen-reader parts hidden by a hashed class are not in CHROME: take their words out
  for (const t of spoken.texts) {
    const at = text.indexOf(t);
    if (at >= 0) text = `${text.slice(0, at)}${text.slice(at + t.length)}`;
  }
  const lines = text.split('\n').map((l) => l.trim());
  // a visible name above the bubble that no class marks as a name
  if (author && lines.length > 1 && lines[0] === author) lines.shift();
  // receipts, times and separators ("·") left between the parts are not words someone wrote
  const kept = lines.filter((l) => WORDY.test(l) && !CHROME_LINE.test(l));
  return (kept.length ? kept : lines).join('\n').trim();
}

/** One message element read from structure alone (role, author, text without chrome). */
export function readItem(el: Element, prev: RawMessage | undefined, list?: Element): RawMessage | null {
  const spoken = spokenOf(el);
  const role = roleOf(el, list, spoken);
  if (!role) return null;
  const author = authorOf(el, role, prev, list, spoken);
  const text = cleanText(el, spoken, author);
  if (!text) return null;
  const timeEl = el.querySelector('time, [class*="timestamp"], [class*="time"]');
  return {
    id: el.getAttribute('data-message-id') ?? el.getAttribute('data-id'),
    role,
    author,
    text,
    shownAt: timeEl ? readText(timeEl) || null : null,
  };
}

/** The element whose children are the message items (skips single wrappers). */
function listOf(root: Element): Element {
  let el = root;
  // one child: first === last (`children.length` counts every child again after each append: at
  // 10,000 lines it cost more than reading the new line)
  for (let only = el.firstElementChild; only && only === el.lastElementChild && !roleOf(only, el); ) {
    el = only;
    only = el.firstElementChild;
  }
  return el;
}

const INLINE_OR_TEXT = /^(P|SPAN|A|B|I|EM|STRONG|BR|UL|OL|PRE|CODE|BLOCKQUOTE|H\d|TIME|IMG|SVG)$/;

/**
 * An element's child elements, reached by walking siblings: iterating `children` from the content
 * script's world cost 0.05 ms per line in the recorder's profile (docs/performance.md).
 */
function elementChildren(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) out.push(c);
  return out;
}

/** Bubbles of a group shown as one child ("Priya" above three bubbles, or a side's run): one item each. */
function expand(item: Element): Element[] {
  if (item.childElementCount < 2) return [item]; // the common case, checked on every flush: keep it cheap
  // bubbles are the children that are neither a name nor chrome; fewer than two (a line with its
  // author and time: the usual case) means one message, whatever marks the group
  let kids: Element[] = [];
  let header = false;
  for (let c = item.firstElementChild; c; c = c.nextElementSibling) {
    if (!c.matches(AUTHOR_OR_CHROME)) kids.push(c);
    else if (c.matches(AUTHOR)) header = true;
  }
  if (kids.length === 1 && kids[0]!.childElementCount >= 2) kids = elementChildren(kids[0]!);
  if (kids.length < 2) return [item];
  if (!header && !roleFromTokens(tokens(item), true)) return [item];
  const sig = (e: Element) => `${e.tagName}.${e.getAttribute('class') ?? ''}`;
  const first = kids[0];
  // same tag and class, block-level, and (for a group marked only by its side) a class of their own
  const bubbles =
    !!first &&
    kids.length >= 2 &&
    (header || !!first.getAttribute('class')) &&
    kids.every((k) => !INLINE_OR_TEXT.test(k.tagName) && sig(k) === sig(first));
  return bubbles && kids.every((k) => readText(k)) ? kids : [item];
}

/**
 * What each list child stands for (nothing, itself, or its bubbles), remembered while its class and
 * number of children stay the same: the recorder lists the messages on every mutation batch, and a
 * long chat must not cost a selector match per old line each time.
 */
const itemsOf = new WeakMap<Element, { cls: string | null; n: number; out: Element[] }>();
const composerOf = new WeakMap<Element, HTMLTextAreaElement>();

/** What one list child stands for: nothing, itself, or its bubbles. */
function messagesOf(item: Element): Element[] {
  const cls = item.getAttribute('class');
  const n = item.childElementCount;
  let hit = itemsOf.get(item);
  if (!hit || hit.cls !== cls || hit.n !== n) {
    const skip = SKIP_ITEM.test(labelOf(item)) || item.matches('[role="separator"], hr, button');
    hit = { cls, n, out: skip ? [] : expand(item) };
    itemsOf.set(item, hit);
  }
  return hit.out;
}

/** Message-like children of a list: typing indicators, dividers and controls left out. */
export function listMessages(root: Element): Element[] {
  const out: Element[] = [];
  const list = listOf(root);
  listedFrom.set(root, list);
  for (const item of list.children) for (const e of messagesOf(item)) out.push(e);
  return out;
}

/** The list element `listMessages` last listed for a root (a single wrapper can stop being one). */
const listedFrom = new WeakMap<Element, Element>();

/** `listMessages` for children appended to the list; null when an added node is not one of them. */
export function listAddedMessages(root: Element, added: readonly Element[]): Element[] | null {
  const list = listOf(root);
  if (listedFrom.get(root) !== list) return null;
  const out: Element[] = [];
  for (const item of added) {
    if (item.parentElement !== list) return null;
    for (const e of messagesOf(item)) out.push(e);
  }
  return out;
}

function findRegions(root: Document | ShadowRoot, out: Element[]): void {
  out.push(...Array.from(root.querySelectorAll(LIVE)));
  for (const h of root.querySelectorAll('*')) if (h.shadowRoot) findRegions(h.shadowRoot, out);
}

/** Lists of repeated siblings in a floating panel that also holds a composer (widgets without ARIA). */
function findPanels(doc: Document, out: Element[]): void {
  for (const c of Array.from(doc.querySelectorAll(COMPOSER)).slice(0, 5)) {
    if (!isComposer(c)) continue;
    let panel: Element | null = c.parentElement;
    for (let i = 0; panel && i < ANCESTOR_LEVELS && panel !== doc.body; i++, panel = panel.parentElement) {
      const p = styleOf(panel)?.position;
      if (p === 'fixed' || p === 'sticky') break;
    }
    if (!panel || panel === doc.body) continue;
    let best: Element | null = null;
    let most = 2;
    for (const el of panel.querySelectorAll('*')) {
      if (el.contains(c) || el.children.length <= most) continue;
      best = el;
      most = el.children.length;
    }
    if (best && !out.includes(best)) out.push(best);
  }
}

export const generic: VendorAdapter = {
  id: 'generic',
  name: 'Chat widget (generic)',
  endLines: [],
  containerSelectors: [],
  findRoot(doc) {
    const regions: Element[] = [];
    findRegions(doc, regions);
    findPanels(doc, regions);
    let best: Element | null = null;
    let bestScore = CHAT_SCORE_MIN - 1;
    for (const r of regions) {
      const s = chatScore(r);
      if (s > bestScore) {
        best = r;
        bestScore = s;
      }
    }
    return best;
  },
  listItems: listMessages,
  listAdded: listAddedMessages,
  readItem: (el, prev) => readItem(el, prev),
  findComposer(doc) {
    const root = this.findRoot(doc);
    const found = root ? scopeOf(root) : null;
    return found && found.composer instanceof (doc.defaultView?.HTMLElement ?? HTMLElement)
      ? (found.composer as HTMLElement)
      : null;
  },
  readState(_doc, root) {
    // the composer rarely changes: keep the one found for this root while it is still in the page
    let c = root ? composerOf.get(root) : undefined;
    if (root && !c?.isConnected) {
      c = (scopeOf(root)?.composer as HTMLTextAreaElement | undefined) ?? undefined;
      if (c) composerOf.set(root, c);
    }
    return {
      composerEnabled: c ? !(c.disabled || c.readOnly || c.getAttribute('aria-disabled') === 'true') : null,
      endPrompt: false,
      offlineBanner: null,
    };
  },
};
