/**
 * Crisp (../shared/vendors.md §3.12, confidence medium): rendered into the page, no iframe:
 * `.crisp-client > #crisp-chatbox > #crisp-chatbox-chat`. Class names are hashed (`cc-xxxx`) and
 * change between builds, so nothing here relies on them. Messages carry `data-from="operator|visitor"`
 * and `data-type` (observed in public site scripts: `div[data-from="operator"]`,
 * `[data-type="text"][data-from="visitor"]`); the operator's nickname label carries
 * `data-id="operator-name"` (observed in public site CSS that hides it). Crisp has no visible
 * end-of-chat string nor conversation-end event (§3.12: `chat:closed` only means the window closed).
 */

import { defineAdapter } from './define';
import type { RawMessage } from './types';

/** The nickname is shown once above an operator's group of messages. */
function readAuthor(el: Element, role: string, prev: RawMessage | undefined): string | null {
  if (role !== 'agent' && role !== 'bot') return null;
  const name = el.querySelector('[data-id="operator-name"]')?.textContent?.trim();
  if (name) return name;
  return prev && prev.role === role ? prev.author : null;
}

export default defineAdapter({
  id: 'crisp',
  name: 'Crisp',
  // the open chat window (§3.12); the scroller inside it has only hashed classes
  root: ['#crisp-chatbox-chat', '#crisp-chatbox [data-id="chat_opened"]'],
  item: '[data-from][data-type]',
  role: (el) => {
    const type = el.getAttribute('data-type');
    // `event` lines (state changes) are Crisp's API message type for status lines; assumed rendering
    if (type === 'event') return 'system';
    // private operator notes never reach the visitor's chatbox; skip them if one ever does
    if (type === 'note') return null;
    const from = el.getAttribute('data-from');
    return from === 'visitor' ? 'customer' : from === 'operator' ? 'agent' : null;
  },
  readAuthor,
  // labels inside a message (nickname, date, delivery state) carry data-id; the text does not
  chrome: ['[data-id]', '[aria-hidden="true"]'],
  // composer placeholder "Compose your message..." (§3.12)
  composer: ['#crisp-chatbox-chat textarea', 'textarea[placeholder^="Compose your message"]'],
  containers: ['.crisp-client', '#crisp-chatbox'],
});
