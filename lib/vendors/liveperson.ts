/**
 * LivePerson (../shared/vendors.md §3.15, confidence high): the unified window renders into the
 * page under `#lpChat`. Lines live in `[data-lp-point="lines_area"]` as `.lp_chat_line_wrapper`
 * (`lpc_message-area_agent|visitor|system`, older `lp_agent|lp_visitor|lp_system`) holding the
 * bubble `.lpc_message` and its text `.lpc_message__text` (older `.lp_title_text`). The sender's name
 * sits in `.lp_time` (`title` = name, `.lp_sender` inside), repeated top and bottom, one of them
 * hidden with `lpHide` (rendered markup in public code containing "lpc_message__text").
 * `lp_line_<n>` ids are positions in the transcript, not message ids: lines are keyed by content.
 * The end of a conversation is a JS state (`lpUnifiedWindow` `state` = `ended`), not a known string.
 */

import { defineAdapter, roleFromClass } from './define';
import type { RawMessage } from './types';

function readAuthor(el: Element, role: string, prev: RawMessage | undefined): string | null {
  if (role !== 'agent') return null;
  const time = el.querySelector('.lp_time[title], [data-lp-cust-id="transcript_time"][title]');
  const name = time?.getAttribute('title')?.trim() || el.querySelector('.lp_sender')?.textContent?.trim();
  if (name) return name;
  return prev?.role === 'agent' ? prev.author : null;
}

export default defineAdapter({
  id: 'liveperson',
  name: 'LivePerson',
  root: [
    // unified window (2020+)
    '#lpChat [data-lp-point="lines_area"]',
    '[data-lp-point="lines_area"]',
    // older embedded window
    '.lp_transcript_widget',
  ],
  item: '.lp_chat_line_wrapper',
  role: (el) =>
    roleFromClass(el, {
      'lpc_message-area_system': 'system',
      'lpc_message-area_visitor': 'customer',
      'lpc_message-area_agent': 'agent',
      lp_system: 'system',
      lp_visitor: 'customer',
      lp_agent: 'agent',
    }) ??
    (el.querySelector('.lpc_message_system')
      ? 'system'
      : el.querySelector('.lpc_message_visitor')
        ? 'customer'
        : el.querySelector('.lpc_message_agent')
          ? 'agent'
          : null),
  readAuthor,
  text: '.lpc_message__text, .lp_title_text',
  // rich cards keep their text; their buttons are controls (never text anyway)
  chrome: ['.lp_time', '.lpc_message-area__timestamp', '.lpc_card__button', '.lpHide', '.lpc_message-tail'],
  time: '.lp_time_side',
  composer: ['.lpview_form_textarea', '#lpChat textarea'],
  containers: ['#lpChat'],
});
