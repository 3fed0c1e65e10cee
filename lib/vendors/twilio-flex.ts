/**
 * Twilio Flex Webchat (../shared/vendors.md §3.21, confidence high for 3.x): rendered into the page
 * in `#twilio-webchat-widget-root`, Twilio Paste (emotion classes) with stable test hooks.
 * 3.x (twilio/twilio-webchat-react-app MessageList/MessageBubble): list `role="log"`
 * `aria-label="Chat messages"`; each bubble `[data-testid="message-bubble"]` shows the author's
 * friendly name (`title`), a screen-reader "You sent at" / "<name> sent at", `HH:MM`, the body and,
 * on the last own bubble, "Read". Bubbles of others have `[data-testid="avatar-container"]`; own
 * bubbles do not. Messages posted through the Conversations REST API without an author are authored
 * `system` (Twilio's default), which the bubble shows as its name: those are status lines.
 * 2.x (`Twilio-*` classes, observed in tests against live deployments) is read as a second variant.
 */

import { readText } from '../recorder/text';
import { defineAdapter } from './define';
import type { RawMessage, VendorAdapter } from './types';

const SYSTEM_AUTHOR = /^system$/i;

function authorTitle(el: Element): string | null {
  const t =
    el.querySelector('p[title]')?.getAttribute('title') ??
    el.querySelector('.Twilio-MessageBubble-UserName')?.textContent;
  return t?.trim() || null;
}

const base = defineAdapter({
  id: 'twilio-flex',
  name: 'Twilio Flex Webchat',
  root: [
    // Webchat 3.x
    '#twilio-webchat-widget-root [role="log"]',
    // Flex WebChat 2.x
    '.Twilio-MessageList',
  ],
  item: '[data-testid="message-bubble"], .Twilio-MessageListItem',
  role: (el) => {
    if (SYSTEM_AUTHOR.test(authorTitle(el) ?? '')) return 'system';
    if (el.matches('.Twilio-MessageListItem'))
      return el.querySelector('.Twilio-ChatItem-Avatar') || el.matches('[class*="Incoming"]')
        ? 'agent'
        : 'customer';
    return el.querySelector('[data-testid="avatar-container"]') ? 'agent' : 'customer';
  },
  readAuthor: (el: Element, role: string, _prev: RawMessage | undefined) =>
    role === 'agent' ? authorTitle(el) : null,
  chrome: [
    // 3.x: name (aria-hidden anyway), "… sent at" and HH:MM (the p's after the name), read receipt row
    'p[title]',
    'p[title] ~ p',
    '[data-message-bubble] > div + div',
    '[data-testid="avatar-container"]',
    // 2.x
    '.Twilio-MessageBubble-UserName',
    '.Twilio-MessageBubble-Time',
    '.Twilio-MessageListItem-ReadStatus',
    '.Twilio-ChatItem-Avatar',
  ],
  time: 'p[title] ~ p:last-child, .Twilio-MessageBubble-Time',
  composer: ['[data-test="message-input-textarea"]', '.Twilio-MessageInputArea-TextArea textarea'],
  // ConversationEnded view (§3.21)
  endPrompt: ['[data-test="start-new-chat-button"]'],
  endLines: ['thanks for chatting with us'],
  containers: ['#twilio-webchat-widget-root', '.Twilio-MainContainer'],
});

/** Notifications share one bar (`data-test="alert-message"`); only the reconnect one is "offline". */
const OFFLINE = /connection lost|attempting to reconnect/i;

const adapter: VendorAdapter = {
  ...base,
  readState(doc, root) {
    const state = base.readState(doc, root);
    const alert = Array.from(doc.querySelectorAll('[data-test="alert-message"]')).find((a) =>
      OFFLINE.test(readText(a)),
    );
    return { ...state, offlineBanner: alert ? readText(alert) : null };
  },
};

export default adapter;
