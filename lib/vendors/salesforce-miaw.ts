/**
 * Salesforce Messaging for In-App and Web, MIAW / Enhanced Chat (../shared/vendors.md §3.8, confidence
 * medium): page `div.embedded-messaging > iframe#embeddedMessagingFrame`, a cross-origin frame served from
 * the org's ESW site (e.g. `acme.my.site.com`). Inside, the UI lives in nested OPEN shadow roots
 * (`runtime_copilot-cwc-broker` → `cwc-layout` → message nodes whose class matches `cwc-.*message`), so
 * every lookup searches shadow roots (`shadow: true`); the recorder observes the shadow roots on the way to
 * the root once it is found. Known (verified live 2026-06-09): composer placeholder "Type your message...",
 * header buttons "Minimize the chat window" / "Open the chat menu", the FAB `.chat-fab-container` inside the
 * frame, noise lines "joined", "left the conversation", "Just now", "Sent".
 * ASSUMED (see docs/vendors/salesforce-miaw.md): the transcript log class, the sender-role modifiers (named
 * after the conversation entry's sender role EndUser | Agent | Chatbot), the sender/time/status classes.
 * No stable message id is exposed in the DOM.
 */
import type { Role } from '../model';
import { textOf } from '../recorder/text';
import { defineAdapter } from './define';

/** Sender-role modifiers (assumed), most specific first. */
const SIDES: readonly [string, Role][] = [
  ['cwc-chat-message--end-user', 'customer'],
  ['cwc-chat-message--chatbot', 'bot'],
  ['cwc-chat-message--agent', 'agent'],
];

function roleOf(el: Element): Role | null {
  // participant joined / left / transferred lines (§3.8 "joined", "left the conversation")
  if (el.classList.contains('cwc-participant-change-message') || el.classList.contains('cwc-system-message'))
    return 'system';
  for (const [cls, role] of SIDES) if (el.classList.contains(cls)) return role;
  return null; // typing indicator, "Just now" separators
}

export default defineAdapter({
  id: 'salesforce-miaw',
  name: 'Salesforce Messaging for In-App and Web',
  shadow: true,
  root: [
    // assumed: the transcript inside cwc-layout's shadow root is an ARIA log
    '.cwc-conversation-body[role="log"]',
    '.cwc-conversation-body',
  ],
  // §3.8: message nodes carry a `cwc-…message` class; typing indicators are filtered by `role`
  item: '.cwc-chat-message, .cwc-participant-change-message, .cwc-system-message',
  role: roleOf,
  // the sender name ("Priya • Just now") is drawn once above a run of one sender's bubbles
  readAuthor: (el, role, prev) => {
    if (role === 'customer' || role === 'system') return null;
    return textOf(el, '.cwc-message-sender') ?? (prev?.role === role ? prev.author : null);
  },
  // "Just now" times, "Sent" receipts and the sender label are chrome (§3.8 noise lines)
  chrome: [
    '.cwc-message-sender-line',
    '.cwc-message-sender',
    '.cwc-message-timestamp',
    '.cwc-message-status',
  ],
  time: '.cwc-message-timestamp',
  composer: ['textarea[placeholder="Type your message..."]', '.cwc-footer textarea'],
  // assumed: a closed conversation replaces the composer with a new-conversation button
  endPrompt: ['button[title="Start new conversation"]', '.cwc-conversation-closed'],
  // the whole frame is the widget: any alert in its shadow roots is the widget's
  offline: ['.cwc-connection-banner', '[role="alert"]'],
  // §3.8: "left the conversation" as the rep/bot leaves (onEmbeddedMessagingConversationParticipantChanged);
  // the ended line is assumed
  endLines: ['left the conversation', 'the conversation has ended', 'conversation ended'],
  containers: ['div.embedded-messaging', 'iframe#embeddedMessagingFrame'],
});
