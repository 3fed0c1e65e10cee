/**
 * LiveChat (../shared/vendors.md §3.5, confidence medium): the chat is a cross-origin frame
 * `iframe#chat-widget` served from `secure.livechatinc.com` (regional `secure-fra.livechatinc.com`,
 * enterprise `secure.livechatenterprise.com`) inside the page's `#chat-widget-container`.
 * vendors.md has no message DOM for it: classes are build-hashed (§1.6), the composer is a bare
 * textarea. The selectors below therefore rely only on what a hashed build keeps — the message list's
 * live-region role and data-* attributes mirroring the event model of the JS API (`new_event`:
 * `author.type` customer | agent; system events) — and are an ASSUMPTION until a live capture
 * (see docs/vendors/livechat.md). Lines carry no stable id: the recorder aligns them by content.
 */
import type { Role } from '../model';
import { textOf } from '../recorder/text';
import { defineAdapter } from './define';
import { SIGNATURES } from './signatures';
import type { VendorAdapter } from './types';

/** Author types of the widget's events (§3.5 `new_event.author.type`: customer | agent; `bot` assumed). */
const ROLES: Readonly<Record<string, Role>> = { agent: 'agent', customer: 'customer', bot: 'bot' };

const HOSTS = SIGNATURES.find((s) => s.id === 'livechat')?.frameHosts ?? [];

const adapter = defineAdapter({
  id: 'livechat',
  name: 'LiveChat',
  // assumed: the message list keeps a test id in production builds (fallback below)
  root: ['[data-testid="message-list"]'],
  // one row per event: messages, and system events (transfer, close) drawn as centred status lines
  item: '[data-testid="message"], [data-testid="system-message"]',
  role: (el) =>
    el.getAttribute('data-testid') === 'system-message'
      ? 'system'
      : (ROLES[el.getAttribute('data-author-type') ?? ''] ?? null),
  // the author's name (and avatar) is drawn once above a run of one author's bubbles
  readAuthor: (el, role, prev) => {
    if (role === 'customer' || role === 'system') return null;
    return textOf(el, '[data-testid="author-name"]') ?? (prev?.role === role ? prev.author : null);
  },
  // time, "Delivered"/"Read" receipts, the name header and the avatar are chrome
  chrome: [
    '[data-testid="author-name"]',
    '[data-testid="message-meta"]',
    '[data-testid="message-status"]',
    'time',
  ],
  time: 'time',
  // the composer is a bare textarea (§3.5)
  composer: ['textarea[data-testid="message-input"]', '#root textarea'],
  // assumed: after the chat is closed the widget offers a new chat and a rating (JS: `rating_submitted`,
  // `form_submitted(postchat)`, §3.5)
  endPrompt: ['[data-testid="start-new-chat"]', '[data-testid="chat-rating"]'],
  offline: ['[data-testid="connection-banner"]', '#root [role="alert"]'],
  // assumed English system lines of a closed chat; vendors.md §5.3 lists LiveChat's end texts as unknown
  endLines: ['closed the chat', 'chat has been closed', 'the chat has ended', 'archived the chat'],
  containers: ['#chat-widget-container'],
});

/** In LiveChat's own frame (§3.5 hosts) the document is the widget: its ARIA log is the message list. */
function isOwnFrame(doc: Document): boolean {
  const host = doc.location?.hostname ?? '';
  return HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}

const livechat: VendorAdapter = {
  ...adapter,
  // the live region is the one structural hook a hashed build cannot lose; only trusted on LiveChat's
  // host, so a random app's `role="log"` elsewhere is never taken for LiveChat
  findRoot: (doc) => adapter.findRoot(doc) ?? (isOwnFrame(doc) ? doc.querySelector('[role="log"]') : null),
};

export default livechat;
