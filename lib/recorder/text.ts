/** DOM reading helpers shared by the adapters. Pure over the DOM they are given. */

/** Elements that never carry message text: controls, media, hidden helpers. */
const NEVER_TEXT = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'BUTTON',
  'SVG',
  'IMG',
  'INPUT',
  'TEXTAREA',
  'SELECT',
  'VIDEO',
  'AUDIO',
  'CANVAS',
]);
const BLOCK = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'PRE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TABLE',
  'TR',
  'SECTION',
  'ARTICLE',
]);

/** Hidden parts: never text. */
const HIDDEN = '[aria-hidden="true"], [hidden]';

/**
 * Visible text of `el` with UI chrome removed: subtrees matching `skip` (receipts, time labels,
 * author labels, screen-reader prefixes…), controls and aria-hidden parts are left out.
 * Whitespace is collapsed; paragraph breaks are kept as single newlines.
 */
export function readText(el: Element, skip?: string): string {
  const parts: string[] = [];
  // one `matches` per element for "hidden, or chrome to skip", not three calls: each call into the
  // DOM costs a few µs when a line is read right after it appeared (docs/performance.md)
  const leaveOut = skip ? `${HIDDEN}, ${skip}` : HIDDEN;
  const walk = (node: Node): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        parts.push((c as Text).data);
      } else if (c.nodeType === 1) {
        const e = c as Element;
        const tag = e.tagName.toUpperCase();
        if (NEVER_TEXT.has(tag)) continue;
        if (e.matches(leaveOut)) continue;
        if (tag === 'BR') {
          parts.push('\n');
          continue;
        }
        const block = BLOCK.has(tag);
        if (block) parts.push('\n');
        walk(e);
        if (block) parts.push('\n');
      }
    }
  };
  walk(el);
  return normalise(parts.join(''));
}

export function normalise(s: string): string {
  return s
    .replace(/[ \t\f\v\r\u00a0]+/g, ' ')
    .replace(/ *\n[\n ]*/g, '\n')
    .trim();
}

/** Text of the first element matching `sel` under `el` (or null), normalised. */
export function textOf(el: Element, sel: string): string | null {
  const t = el.querySelector(sel);
  if (!t) return null;
  const s = readText(t);
  return s || null;
}

/** querySelector that also looks inside open shadow roots (Salesforce MIAW, custom widgets). */
export function deepQuery(root: Document | Element | ShadowRoot, sel: string): Element | null {
  const direct = root.querySelector(sel);
  if (direct) return direct;
  const hosts = root.querySelectorAll('*');
  for (const h of hosts) {
    const sr = (h as Element).shadowRoot;
    if (sr) {
      const found = deepQuery(sr, sel);
      if (found) return found;
    }
  }
  return null;
}

/** First match of any selector in the list, in list order (earlier variants win). */
export function firstMatch(
  root: Document | Element | ShadowRoot,
  sels: readonly string[],
  deep = false,
): Element | null {
  for (const s of sels) {
    const el = deep ? deepQuery(root, s) : root.querySelector(s);
    if (el) return el;
  }
  return null;
}

/** Cheap 53-bit string hash (cyrb53) as base36: a content signature, not a security hash. */
export function sigHash(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
