/**
 * Zendesk Messaging, the Web Widget "messenger" (../shared/vendors.md §3.3, confidence high for the DOM,
 * medium for end signals). Same-origin iframe titled "Messaging window" (no src, §1.1): the recorder runs
 * inside it. Production strips `data-testid` and hashes styled-components classes (§1.6), so this reads
 * roles, aria and text: the other side's lines carry a screen-reader prefix "<Name> says: "; the visitor's
 * own lines and system lines carry no marker, so the side the line sits on decides (right = the visitor,
 * centred = system) and, where there is no layout (tests), known system wording does.
 */
import type { Role } from '../model';
import { readText } from '../recorder/text';
import { defineAdapter } from './define';
import type { RawMessage, VendorAdapter } from './types';

// DDG production mock: "DDG Subscriptions Support says: " before every line from the other side
const SAYS = /^(.+?) says:\s*$/;
// visitor-side screen-reader prefix, if a build adds one (not seen in the sources: defensive)
const SELF_SAYS = /^you said:?\s*$/i;
// Garden buttons and links-as-buttons (quick replies, "View article"), avatars, live announcements
const CHROME = '[data-garden-id^="buttons."], img, span[aria-live], button';
// receipts under a bubble: "Sending", "Sent", "Just now" (2022 layouts) and time labels
const RECEIPT =
  /^(sending|sent|delivered|read|seen|just now|tap to retry|failed to send|\d{1,2}:\d{2}( ?[ap]m)?|\d+ ?(m|min|mins|minutes?|h|hours?) ago)$/i;
// system wording when layout is unavailable (joined / left / transferred / ended)
const SYSTEM_WORDS =
  /\b(joined|left|transferred|ended|closed|assigned|disconnected|reconnected|is now offline|you.re now online)\b/i;

function saysSpan(el: Element): Element | null {
  for (const span of el.querySelectorAll('span')) {
    const t = span.textContent ?? '';
    if (SAYS.test(t) || SELF_SAYS.test(t)) return span;
  }
  return null;
}

/** Which side of the log a line's bubble sits on; null without layout. */
function sideOf(el: Element): 'left' | 'right' | 'center' | null {
  const log = el.closest('[role="log"]') ?? el.parentElement;
  const box = log?.getBoundingClientRect?.();
  if (!box || box.width === 0) return null;
  for (const n of [el, ...el.querySelectorAll('*')]) {
    const r = n.getBoundingClientRect();
    if (r.width === 0 || r.width > box.width * 0.9 || !(n.textContent ?? '').trim()) continue;
    const left = r.left - box.left;
    const right = box.right - r.right;
    if (Math.abs(left - right) < 12) return 'center';
    return right < left ? 'right' : 'left';
  }
  return null;
}

function dropReceipt(text: string): string {
  const lines = text.split('\n');
  while (lines.length > 1 && RECEIPT.test(lines.at(-1)!.trim())) lines.pop();
  return lines.join('\n');
}

function roleOf(el: Element): Role | null {
  // typing indicator: aria-label "{{name}} is typing..." (§3.3)
  if (/is typing/i.test(el.getAttribute('aria-label') ?? '')) return null;
  const says = saysSpan(el);
  if (says) return SELF_SAYS.test(says.textContent ?? '') ? 'customer' : 'agent';
  // carousels of articles come from the other side (`data-slide-message`, §3.3)
  if (el.matches('[data-slide-message]') || el.querySelector('[data-slide-message]')) return 'agent';
  switch (sideOf(el)) {
    case 'right':
      return 'customer';
    case 'center':
      return 'system';
    case 'left':
      return 'agent';
    default:
      return SYSTEM_WORDS.test(el.textContent ?? '') ? 'system' : 'customer';
  }
}

function readItem(el: Element, prev: RawMessage | undefined): RawMessage | null {
  const role = roleOf(el);
  if (!role) return null;
  const says = saysSpan(el);
  let text: string;
  let author: string | null = null;
  if (says) {
    const prefix = readText(says);
    text = readText(says.parentElement ?? el, CHROME);
    if (text.startsWith(prefix)) text = text.slice(prefix.length).trim();
    const name = SAYS.exec(says.textContent ?? '')?.[1]?.trim();
    if (role === 'agent') author = name ?? null;
  } else {
    text = dropReceipt(readText(el, CHROME));
    if (role === 'agent') author = prev?.role === 'agent' ? prev.author : null;
  }
  if (!text) return null;
  return { id: null, role, author, text, shownAt: null };
}

const base = defineAdapter({
  id: 'zendesk-messaging',
  name: 'Zendesk Messaging',
  // §3.3: div[role="dialog"][aria-label="Messaging window"] > div[role="log"] (English default label)
  root: ['[role="dialog"][aria-label="Messaging window"] [role="log"]'],
  // every child line of the log but carousel announcements (span aria-live="assertive")
  item: ':scope > :not(span[aria-live])',
  role: roleOf,
  composer: ['textarea#composer-input'],
  endPrompt: [
    // after an end the widget offers a new conversation (`newConversationButtonClicked` event, §3.3;
    // the button's markup is assumed: a Garden button outside the log)
    '[role="dialog"] [data-garden-id="buttons.button"][aria-label*="new conversation" i]',
  ],
  // §3.3: no conversation-ended or agent-left wording is known for the messaging era (the offline
  // banners are read by readState, not as lines)
  endLines: [],
  containers: ['iframe[title="Messaging window"]', 'iframe[title="Button to launch messaging window"]'],
});

/** Offline banner: "Offline. You won’t receive messages." / "Couldn’t load messages" (§3.3), any element. */
function offlineBanner(doc: Document): string | null {
  for (const el of doc.querySelectorAll('[role="status"], [role="alert"], [aria-live]')) {
    const t = el.textContent?.trim() ?? '';
    if (/^offline\b|couldn.t load messages|tap to retry/i.test(t)) return t;
  }
  return null;
}

const zendeskMessaging: VendorAdapter = {
  ...base,
  // the dialog's label is localised: with another language, the log beside #composer-input
  findRoot: (doc) =>
    base.findRoot(doc) ??
    (doc.querySelector('textarea#composer-input') ? doc.querySelector('[role="log"]') : null),
  readItem,
  readState: (doc, root) => ({ ...base.readState(doc, root), offlineBanner: offlineBanner(doc) }),
};
export default zendeskMessaging;
