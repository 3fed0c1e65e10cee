/**
 * Gorgias chat (../shared/vendors.md §3.19, confidence medium for detection, low for message DOM).
 * Same-origin `iframe#chat-window` inside `#gorgias-chat-container` (sites read its contentWindow.document),
 * so the recorder runs inside that frame. Gorgias styles with emotion under the key "gorgias-chat-key":
 * every class is `gorgias-chat-key-<hash>` (observed), so nothing names a side. This adapter reads
 * structure only (assumed): the log's children are runs; an agent's run opens with the agent's avatar
 * (img alt = name), the visitor's has no avatar; a child without a text bubble is a system line.
 */
import type { Role } from '../model';
import { readText } from '../recorder/text';
import { defineAdapter } from './define';
import type { RawMessage, VendorAdapter } from './types';

/** Any element styled by Gorgias' emotion cache (observed `gorgias-chat-key-1kd5mhg`). */
const GORGIAS = '[class*="gorgias-chat-key-"]';
/** Message text paragraphs inside a bubble (assumed). */
const PARAGRAPH = 'p';
const CHROME = 'time, img, button';

/** The run (direct child of the log) an element belongs to. */
function runOf(el: Element, root: Element): Element {
  let run = el;
  while (run.parentElement && run.parentElement !== root) run = run.parentElement;
  return run;
}

function listItems(root: Element): Element[] {
  const out: Element[] = [];
  for (const child of root.children) {
    const paragraphs = child.querySelectorAll(PARAGRAPH);
    if (paragraphs.length === 0) {
      out.push(child); // a line without a bubble: system
      continue;
    }
    // one bubble per message: the paragraph's parent (several paragraphs = one message)
    for (const p of paragraphs) {
      const bubble = p.parentElement!;
      if (out.at(-1) !== bubble) out.push(bubble);
    }
  }
  return out;
}

function roleOf(el: Element): Role | null {
  const root = el.closest('[role="log"]');
  if (!el.querySelector(PARAGRAPH)) return root && el.parentElement === root ? 'system' : null;
  const run = root ? runOf(el, root) : el;
  // an avatar opens an agent's run; the visitor's own run has none
  return run.querySelector('img[alt]:not([alt=""])') ? 'agent' : 'customer';
}

function readItem(el: Element, prev: RawMessage | undefined): RawMessage | null {
  if (/typing/i.test(el.getAttribute('aria-label') ?? '')) return null;
  const role = roleOf(el);
  if (!role) return null;
  const text = readText(el, CHROME);
  if (!text) return null;
  let author: string | null = null;
  if (role === 'agent') {
    const root = el.closest('[role="log"]');
    const run = root ? runOf(el, root) : el;
    author =
      run.querySelector('img[alt]')?.getAttribute('alt')?.trim() ||
      (prev?.role === 'agent' ? prev.author : null);
  }
  return { id: null, role, author, text, shownAt: el.querySelector('time')?.textContent?.trim() || null };
}

const base = defineAdapter({
  id: 'gorgias',
  name: 'Gorgias',
  // assumed: the conversation list is a role="log" styled by Gorgias
  root: [`${GORGIAS}[role="log"]`],
  item: ':scope > *',
  role: roleOf,
  // assumed composer in the chat window
  composer: [`${GORGIAS} textarea`, `form${GORGIAS} [contenteditable="true"]`],
  // no end event or end text found (§3.19)
  endLines: ['conversation has been closed', 'this conversation has ended'],
  containers: ['#gorgias-chat-container', 'iframe#chat-window', '#gorgias-web-messenger-container'],
});

const gorgias: VendorAdapter = { ...base, listItems, readItem };
export default gorgias;
