/**
 * Olark (../shared/vendors.md §3.13, confidence low-medium): rendered into the page.
 * Modern widget: `#olark-wrapper #olark-container`; bubbles `.olark-operator-message` /
 * `.olark-visitor-message` (observed in Olark's own theme CSS saved with public pages and in public
 * test scripts), composer `textarea[name="olark-message-textarea"]` (observed), end/restart controls
 * `.olark-end-chat-button`, `.olark-restart-button`, `.olark-feedback-form-button` (theme CSS).
 * Where the operator's name and status lines sit in the modern widget is not known: a name element
 * before a group of bubbles and `.olark-notification-message` status lines are assumed.
 * Classic ("habla") widget: `#habla_conversation_div .habla_conversation_p_item` with
 * `.hbl_pal_local_fg` (visitor name) / `.hbl_pal_remote_fg` (operator name),
 * `.habla_conversation_notification`, `.habla_conversation_text_span` (§3.13, Calypso styles).
 */

import { readText } from '../recorder/text';
import { defineAdapter } from './define';
import type { RawMessage } from './types';

const BUBBLE = '.olark-operator-message, .olark-visitor-message, .olark-notification-message';

/** Modern: the name element before a group of bubbles; classic: the remote name inside the line. */
function readAuthor(el: Element, role: string, prev: RawMessage | undefined): string | null {
  if (role !== 'agent') return null;
  const classic = el.querySelector('.hbl_pal_remote_fg');
  if (classic) return readText(classic).replace(/:\s*$/, '') || null;
  for (let s = el.previousElementSibling; s; s = s.previousElementSibling) {
    if (s.matches(BUBBLE)) break;
    const name = s.matches('[class*="operator-name"], [class*="author"]') ? readText(s) : '';
    if (name) return name;
  }
  return prev?.role === 'agent' ? prev.author : null;
}

export default defineAdapter({
  id: 'olark',
  name: 'Olark',
  root: [
    // modern widget: the scroller holding the bubbles (its own class is assumed, the container is not)
    '#olark-container [role="log"]',
    '#olark-container .olark-messages-container',
    // classic habla widget
    '#habla_conversation_div',
  ],
  item: `${BUBBLE}, .habla_conversation_p_item, .habla_conversation_notification`,
  role: (el) =>
    el.matches('.olark-notification-message, .habla_conversation_notification')
      ? 'system'
      : el.matches('.olark-visitor-message') || el.querySelector('.hbl_pal_local_fg')
        ? 'customer'
        : el.matches('.olark-operator-message') || el.querySelector('.hbl_pal_remote_fg')
          ? 'agent'
          : null,
  readAuthor,
  chrome: [
    '.hbl_pal_local_fg',
    '.hbl_pal_remote_fg',
    '.olrk_avatar',
    '[class*="olark-message-time"]',
    '[class*="olark-message-status"]',
    '.olark-message-img-wrapper img',
  ],
  composer: ['textarea[name="olark-message-textarea"]', '#olark-container textarea', '#habla_wcsend_input'],
  // restart button and feedback form: styled by Olark's theme CSS (§3.13); shown after a chat ends (assumed)
  endPrompt: ['.olark-restart-button', '.olark-feedback-form-button'],
  containers: ['#olark-wrapper', '#habla_window_div'],
});
