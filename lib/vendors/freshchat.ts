/**
 * Freshchat / Freshdesk Messaging (../shared/vendors.md §3.10, confidence medium; message DOM thin).
 * Same-origin `div#fc_frame > iframe#fc_widget` with no src (page code reads its contentDocument), so the
 * recorder runs inside that frame. Known inside it: the composer `#app-conversation-editor`
 * (contenteditable), `.channel-name`, `.d_hotline.minimize`, and `div.h-message-text` (page objects).
 * The side of a line is read from class words (`h-agent` / `h-user`, assumed) and, failing those, from
 * the generic reading (class words, then which side the bubble sits on).
 */
import type { Role } from '../model';
import { defineAdapter, roleFromClass } from './define';
import { roleOf as genericRole } from './generic';
import type { RawMessage, VendorAdapter } from './types';

// assumed row classes in the widget's h- style; generic words cover renamed builds
const SIDES: Readonly<Record<string, Role>> = {
  'h-user': 'customer',
  'h-agent': 'agent',
  'h-bot': 'bot',
  'h-system': 'system',
};
const NAME = '.h-agent-name';

function roleOf(el: Element): Role | null {
  if (/typing/i.test(el.getAttribute('class') ?? '')) return null;
  return roleFromClass(el, SIDES) ?? genericRole(el);
}

function readAuthor(el: Element, role: Role, prev: RawMessage | undefined): string | null {
  if (role !== 'agent' && role !== 'bot') return null;
  // the agent's name is shown once above a run of their messages (assumed): the run shares it
  const name = el.querySelector(NAME)?.textContent?.trim();
  if (name) return name;
  return prev?.role === role ? prev.author : null;
}

const base = defineAdapter({
  id: 'freshchat',
  name: 'Freshchat',
  // assumed conversation scroller above #app-conversation-editor
  root: ['.h-conv-chat'],
  // assumed rows; each holds the observed text class
  item: '.h-chat-message',
  role: roleOf,
  readAuthor,
  // observed: div.h-message-text (page object)
  text: '.h-message-text',
  time: '.h-message-time',
  chrome: ['.h-message-status', '.h-agent-avatar'],
  // observed: #app-conversation-editor, a contenteditable div (older builds: a textarea with that id)
  composer: ['#app-conversation-editor'],
  endPrompt: [
    // CSAT after `conversation:resolved` (§3.10; markup assumed)
    '.h-csat',
    '[class*="csat"]',
  ],
  // no visible end strings known (§5.3): Freshchat exposes `conversation:resolved` only as a JS event
  endLines: ['conversation has been resolved', 'conversation was resolved'],
  containers: ['#fc_frame', 'iframe#fc_widget', '#freshworks-container'],
});

const freshchat: VendorAdapter = {
  ...base,
  // only in Freshchat's own document (its observed composer or message text class)
  findRoot: (doc) =>
    doc.querySelector('#app-conversation-editor, .h-message-text') ? base.findRoot(doc) : null,
};
export default freshchat;
