/**
 * tawk.to (../shared/vendors.md §3.11 and §1.2, confidence medium; message classes medium/low).
 * v4 renders the chat panel in a same-origin `about:srcdoc` iframe with a random id and no title, so the
 * frame is found by its content (`.tawk-chat-panel`, live probe) and the recorder runs inside it.
 * Row classes `tawk-message-agent` / `tawk-message-visitor` / `tawk-message-body` come from site theming CSS
 * (medium/low); the agent's name label and system rows are assumed.
 */
import type { Role } from '../model';
import { firstMatch } from '../recorder/text';
import { defineAdapter, roleFromClass } from './define';
import { roleOf as genericRole } from './generic';
import type { RawMessage, VendorAdapter } from './types';

const SIDES: Readonly<Record<string, Role>> = {
  'tawk-message-visitor': 'customer',
  'tawk-message-agent': 'agent',
  'tawk-message-bot': 'bot',
  'tawk-message-system': 'system',
};
const NAME = '.tawk-message-name';

function roleOf(el: Element): Role | null {
  if (/typing/i.test(el.getAttribute('class') ?? '')) return null;
  return roleFromClass(el, SIDES) ?? genericRole(el);
}

function readAuthor(el: Element, role: Role, prev: RawMessage | undefined): string | null {
  if (role !== 'agent' && role !== 'bot') return null;
  const name = el.querySelector(NAME)?.textContent?.trim();
  return name || (prev?.role === role ? prev.author : null);
}

const COMPOSER = ['textarea.tawk-chatinput-editor'];

const base = defineAdapter({
  id: 'tawk',
  name: 'Tawk.to',
  // theming CSS: .tawk-messages inside the panel root .tawk-chat-panel
  root: ['.tawk-chat-panel .tawk-messages', '.tawk-messages'],
  item: '.tawk-message',
  role: roleOf,
  readAuthor,
  // theming CSS: the bubble text
  text: '.tawk-message-body',
  time: '.tawk-message-time',
  chrome: ['.tawk-message-status'],
  composer: COMPOSER,
  endPrompt: [
    // home screen after an end: "New Conversation" entry and the rating card (assumed markup)
    '.tawk-chat-panel .tawk-card .tawk-button[aria-label*="new conversation" i]',
  ],
  // JS callbacks onChatEnded / onAgentLeaveChat exist (§3.11); the visible wording is assumed
  endLines: ['chat ended', 'has left the chat', 'this chat has been ended'],
  containers: ['#tawkchat-container', '.tawk-min-container', '#tawk-bubble-container'],
});

/** The visible composer: tawk renders two `textarea.tawk-chatinput-editor`, the first hidden (live probe). */
function findComposer(doc: Document): HTMLElement | null {
  const boxes = Array.from(doc.querySelectorAll<HTMLTextAreaElement>(COMPOSER[0]!));
  const shown = boxes.find(
    (b) => b.style.display !== 'none' && !b.hidden && b.getClientRects?.().length !== 0,
  );
  return (
    shown ??
    boxes.find((b) => b.style.display !== 'none') ??
    (firstMatch(doc, COMPOSER) as HTMLElement | null)
  );
}

const tawk: VendorAdapter = {
  ...base,
  findComposer,
  readState(doc, root) {
    const s = base.readState(doc, root);
    const box = findComposer(doc) as HTMLTextAreaElement | null;
    return { ...s, composerEnabled: box ? !(box.disabled || box.readOnly) : null };
  },
};
export default tawk;
