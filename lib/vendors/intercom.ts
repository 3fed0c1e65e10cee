/**
 * Intercom (../shared/vendors.md §3.1, confidence medium-high for structure, medium for message classes).
 * The messenger is a same-origin `iframe[name="intercom-messenger-frame"]` whose document Intercom's
 * shim writes with `documentElement.innerHTML` (§1.1): no URL of its own, so the detector and the
 * recorder run inside that frame (matchAboutBlank) and read its document directly.
 * Styling classes are emotion hashes (`intercom-14q4cbw`, §1.6); only the `intercom-conversation-*` /
 * `intercom-block-*` names and the metadata row are relied on.
 */
import type { Role } from '../model';
import { defineAdapter } from './define';
import type { RawMessage } from './types';

// the metadata row under a part: time, "Seen"/"Not seen yet", "Bot · 2m" (§3.1, 2021 locale strings)
const METADATA = '.intercom-conversation-part-metadata';
// text blocks (§3.1: paragraph, image, code, attachment list, button); the bubble itself in 2019 markup
const BLOCKS = '.intercom-block, [class*="intercom-block-"], .intercom-comment';
// an admin's avatar sits beside the first part of an admin group (assumed: the 2021 bundle draws the
// side from `isAdmin` props, §3.1, so the avatar is the only structural mark left)
const AVATAR = '.intercom-comment-container-admin-avatar, .intercom-avatar';
const SELF_STATES = /^(just now|\d+[smhdw]( ago)?)?\.?\s*(seen|not seen yet|sending\.*|failed to send)$/i;

function metadataText(el: Element): string {
  return el.querySelector(METADATA)?.textContent?.trim() ?? '';
}

/** The admin avatar image of a part (not an image block inside the message). */
function avatarOf(el: Element): HTMLImageElement | null {
  for (const img of el.querySelectorAll<HTMLImageElement>('img[alt]'))
    if (img.closest(AVATAR) || !img.closest(BLOCKS)) return img;
  return null;
}

function roleOf(el: Element): Role | null {
  // typing indicator: a typing-admin part with the word "Typing" (§3.1)
  if (/typing/i.test(el.getAttribute('class') ?? '') || el.querySelector('[class*="typing"]')) return null;
  // the metadata row renders "Bot · <time>." for bot authors (2021 `botStateText`, §3.1)
  const bot = /^bot\s*·/i.test(metadataText(el));
  // 2019 markup: side classes on the part (Intercom's own stylesheet in a saved page; public clones)
  if (el.matches('.intercom-conversation-part-user, .intercom-conversation-part-other-user'))
    return 'customer';
  if (el.matches('.intercom-conversation-part-admin')) return bot ? 'bot' : 'agent';
  // 2021 markup (emotion classes, no side class): event lines have no text block
  if (!el.querySelector(BLOCKS)) return 'system';
  if (bot) return 'bot';
  if (el.querySelector(AVATAR) || avatarOf(el)) return 'agent';
  // only the visitor's own parts carry a save/seen state (§3.1 `message_seen`, `message_unseen`)
  if (SELF_STATES.test(metadataText(el))) return 'customer';
  return 'agent';
}

function readAuthor(el: Element, role: Role, prev: RawMessage | undefined): string | null {
  if (role !== 'agent' && role !== 'bot') return null;
  const name = avatarOf(el)?.getAttribute('alt')?.trim();
  if (name) return name;
  // grouped parts (`intercom-conversation-part-grouped`) drop the avatar: same author as the part above
  return prev && prev.role === role ? prev.author : null;
}

export default defineAdapter({
  id: 'intercom',
  name: 'Intercom',
  root: [
    // 2019/2021: the list inside the conversation scroller
    '.intercom-conversation-parts',
    // 2021: the scroller (`role="alert"`, `aria-live="assertive"`) when the inner list is not rendered
    '.intercom-conversation-body-parts',
  ],
  // parts carry the transition class prefix (`-enter`, `-enter-active`), so the bare class can be
  // missing on parts present at mount (§3.1): every part-like child of the list
  item: ':scope > [class*="intercom-conversation-part"]:not(.intercom-conversation-part-metadata)',
  role: roleOf,
  readAuthor,
  chrome: [
    METADATA,
    AVATAR,
    // the "Reply from <name>" summary in the conversation header, if a build renders it in the list
    '.test-author-summary-name',
  ],
  composer: [
    // 2021: placeholder is the `reply_to_conversation` string "Write a reply…" (§3.1)
    'textarea[placeholder^="Write a reply"]',
    '.intercom-composer textarea',
    'textarea[name="message"]',
  ],
  endPrompt: [
    // rating remark box and the "Rate your conversation" prompt (§3.1)
    'textarea[name="intercom-conversation-rating-remark"]',
    '[aria-label="Rate your conversation"]',
  ],
  // §3.1: 2021 locale strings; Intercom has no chat-ended JS callback
  endLines: ['your conversation has ended', 'rate your conversation'],
  // page-level: the shim's container and the lightweight launcher (§3.1)
  containers: ['#intercom-container', '.intercom-lightweight-app', 'iframe#intercom-frame'],
});
