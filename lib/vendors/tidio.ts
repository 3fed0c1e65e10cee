/**
 * Tidio (../shared/vendors.md §3.14, confidence medium for detection, low for message DOM).
 * Same-origin `div#tidio-chat > iframe#tidio-chat-iframe` whose document the widget writes (page code
 * reads its contentDocument), so the recorder runs inside it. Every element there carries a hashed
 * `tidio-xxxxxx` class (§3.14): that prefix tells the frame apart, never the hash.
 * Row names (`message-operator` / `message-visitor`) are assumed; the generic reading (class words, then
 * the side the bubble sits on) takes over when they are missing.
 */
import type { Role } from '../model';
import { defineAdapter, roleFromClass } from './define';
import { roleOf as genericRole } from './generic';
import type { RawMessage, VendorAdapter } from './types';

/** Any element with Tidio's hashed class prefix (§3.14, e.g. `.tidio-5hhiig`). */
const TIDIO = '[class*="tidio-"]';
const SIDES: Readonly<Record<string, Role>> = {
  'message-visitor': 'customer',
  'message-operator': 'agent',
  'message-bot': 'bot',
  'message-system': 'system',
};
const AUTHOR = '.message-author';

function roleOf(el: Element): Role | null {
  if (/typing/i.test(el.getAttribute('class') ?? '')) return null;
  return roleFromClass(el, SIDES) ?? genericRole(el);
}

function readAuthor(el: Element, role: Role, prev: RawMessage | undefined): string | null {
  if (role !== 'agent' && role !== 'bot') return null;
  // the operator's name is shown once above a run (assumed): the run shares it
  const name = el.querySelector(AUTHOR)?.textContent?.trim();
  if (name) return name;
  return prev?.role === role ? prev.author : null;
}

const base = defineAdapter({
  id: 'tidio',
  name: 'Tidio',
  // assumed message list (aria-live) in the chat window
  root: ['.conversation-group .messages', `${TIDIO}[aria-live="polite"]`],
  item: ':scope .message',
  role: roleOf,
  readAuthor,
  text: '.message-content',
  chrome: ['.message-status', AUTHOR],
  // assumed composer (placeholder "Enter your message...")
  composer: [`${TIDIO} textarea`, 'textarea[aria-label="New message"]'],
  endPrompt: [
    // assumed: the rating card Tidio shows when an operator closes the conversation
    `${TIDIO}[class*="rating"]`,
  ],
  // no end event or end text documented (§3.14, §5.3)
  endLines: ['conversation has been closed', 'the conversation was closed'],
  containers: ['#tidio-chat', 'iframe#tidio-chat-iframe'],
});

const tidio: VendorAdapter = {
  ...base,
  // only in a document Tidio wrote (its hashed classes): the list selectors alone are too common
  findRoot: (doc) => (doc.querySelector(TIDIO) ? base.findRoot(doc) : null),
};
export default tidio;
