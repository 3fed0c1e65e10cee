/**
 * Genesys Cloud Web Messaging / Messenger (../shared/vendors.md §3.16, confidence medium-high for events,
 * low for DOM): cross-origin frames on `apps.mypurecloud.<tld>` — `#genesys-mxg-frame`
 * (`…/messenger/messenger.html`, the launcher that expands into the conversation, class
 * `genesys-mxg-frame`) and `#genesys-mxg-container-frame` (`…/messenger-renderer.html`, runs
 * MessagingService). Inside: `.cx-messenger-container`. The recorder is injected into both (host match);
 * only the frame showing the conversation has a root.
 * Beyond vendors.md, OBSERVED in public sources: each message carries a screen-reader label
 * `div.aria-name.cx-messenger-screen-reader[aria-label="<Name> said"]` ("You said" for the visitor) before
 * its text; system lines are `.mxg-system` (the conversation starter among them); an ended conversation
 * shows `.mxg-disconnect-message` (`role="status"`, "Your conversation has ended") and a "Start new"
 * button; English labels from the published i18n file. The message wrapper and its direction classes are
 * assumed (named after the Guest API's `direction`, §3.16). No stable message id.
 */
import type { Role } from '../model';
import { defineAdapter } from './define';

const SR_LABEL = '.cx-messenger-screen-reader';
/** The starter line is the conversation's header, not a message (README: "Chat started …" is chrome). */
const STARTER = /^this is the beginning of your conversation with us\b/i;

function labelOf(el: Element): string {
  return el.querySelector(SR_LABEL)?.getAttribute('aria-label')?.trim() ?? '';
}

function roleOf(el: Element): Role | null {
  if (el.matches('.mxg-disconnect-message')) return 'system';
  if (el.matches('.mxg-system')) return STARTER.test(el.textContent?.trim() ?? '') ? null : 'system';
  // assumed direction classes (Guest API: Inbound = from the visitor), then the English label
  if (el.matches('.mxg-message-inbound')) return 'customer';
  if (el.matches('.mxg-message-outbound')) return el.matches('.mxg-message-bot') ? 'bot' : 'agent';
  const label = labelOf(el);
  if (!label) return null;
  return /^you said$/i.test(label) ? 'customer' : 'agent';
}

export default defineAdapter({
  id: 'genesys',
  name: 'Genesys Cloud Messenger',
  root: [
    // assumed: the transcript is an ARIA log in the messenger container (§3.16 `.cx-messenger-container`)
    '.cx-messenger-container [role="log"]',
    '.cx-messenger-container .mxg-transcript',
  ],
  item: '.mxg-message, .mxg-system, .mxg-disconnect-message',
  role: roleOf,
  // every message names its sender in the screen-reader label ("Priya said"); "You said" is the visitor
  readAuthor: (el, role) => {
    if (role === 'customer' || role === 'system') return null;
    return labelOf(el).replace(/\s+said$/i, '') || null;
  },
  // the sr-only label, the "Name · time" caption, "Sent"/"Sending" and the ended block's date are chrome
  chrome: [SR_LABEL, '.mxg-caption', '.mxg-message-status', 'time'],
  time: 'time',
  composer: ['.cx-messenger-container textarea', 'textarea[placeholder="Send a message..."]'],
  // read-only ended conversation: the input is replaced by "Start new" (i18n `ariaStartNewConversation`)
  endPrompt: ['button[aria-label="Start new conversation"]', '.mxg-start-new'],
  // "Connection lost" / "Reconnecting..." (i18n `errors.disconnected` / `errors.reconnecting`)
  offline: ['.mxg-connection-error', '.cx-messenger-container [role="alert"]'],
  endLines: [
    'your conversation has ended',
    'session is read-only, no new messages allowed',
    'connection lost',
  ],
  containers: ['iframe#genesys-mxg-frame', 'iframe#genesys-mxg-container-frame'],
});
