/**
 * HubSpot chat (../shared/vendors.md §3.9, confidence high for detection/events, none for message DOM):
 * the chat is the cross-origin frame `iframe#hubspot-conversations-iframe` on `app.hubspot.com`
 * (`/conversations-visitor/<portalId>/threads/utk/<utk>`), inside `#hubspot-messages-iframe-container`
 * (inline embed: `#hubspot-conversations-inline-parent`). Only the composer is known:
 * contenteditable `[data-test-id="widget-textarea"]`. HubSpot keeps `data-test-id` attributes in
 * production (`chat-widget-iframe`, `widget-textarea`, and `initial-message-close-button` observed), so
 * the message selectors below use the same convention; their names are an ASSUMPTION until a live
 * capture (see docs/vendors/hubspot.md). No stable message id is known.
 */
import type { Role } from '../model';
import { textOf } from '../recorder/text';
import { defineAdapter } from './define';

/** Row kinds by test id (assumed names). */
const KINDS: Readonly<Record<string, Role>> = {
  'agent-message': 'agent',
  'bot-message': 'bot',
  'visitor-message': 'customer',
  'thread-event': 'system',
};

export default defineAdapter({
  id: 'hubspot',
  name: 'HubSpot chat',
  root: [
    // assumed: the thread's message history, an ARIA log
    '[data-test-id="thread-history"]',
    '.hubspot [role="log"]',
  ],
  item: Object.keys(KINDS)
    .map((k) => `[data-test-id="${k}"]`)
    .join(', '),
  role: (el) => KINDS[el.getAttribute('data-test-id') ?? ''] ?? null,
  // name and avatar once above a run of one sender's bubbles
  readAuthor: (el, role, prev) => {
    if (role === 'customer' || role === 'system') return null;
    return textOf(el, '[data-test-id="message-sender-name"]') ?? (prev?.role === role ? prev.author : null);
  },
  chrome: [
    '[data-test-id="message-sender-name"]',
    '[data-test-id="message-timestamp"]',
    '[data-test-id="message-status"]',
  ],
  time: '[data-test-id="message-timestamp"]',
  // §3.9: the composer is a contenteditable with this test id
  composer: ['[data-test-id="widget-textarea"]', '.hubspot [contenteditable="true"]'],
  // assumed: a closed thread (JS `conversationClosed`, §3.9) shows a feedback survey and a new-chat button
  endPrompt: ['[data-test-id="start-new-conversation-button"]', '[data-test-id="feedback-survey"]'],
  offline: ['[data-test-id="connection-status-banner"]', '.hubspot [role="alert"]'],
  // assumed English thread-event texts of a closed conversation (vendors.md lists none)
  endLines: ['conversation has been closed', 'conversation was closed', 'closed this conversation'],
  containers: ['#hubspot-messages-iframe-container', '#hubspot-conversations-inline-parent'],
});
