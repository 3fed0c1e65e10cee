/**
 * Drift (Salesloft) (../shared/vendors.md §3.6, confidence medium for detection, low for DOM): the
 * chat is the cross-origin frame `iframe#drift-frame-chat` (`title="Drift Widget Chat Window"`) on
 * `js.driftt.com/core/chat`; a second frame on the same host, `#drift-frame-controller`, is only the
 * launcher (no conversation root: the recorder there stays idle).
 * vendors.md has no message DOM. The BEM names below were OBSERVED in public test code and a public
 * copy of the widget bundle (`main.drift-widget-chat-layout`, `.drift-widget-message-history`,
 * `[role="grid"][aria-label="Messages from the conversation"]`, `.drift-widget-message--box`,
 * `.drift-widget-message-bubble--from-bot`, `textarea#drift-widget-composer-input`); the end-user and
 * agent modifiers and the system row are assumed (see docs/vendors/drift.md). No stable message id.
 */
import type { Role } from '../model';
import { textOf } from '../recorder/text';
import { defineAdapter } from './define';

/** Bubble side modifiers: `--from-bot` observed; `--from-end-user` assumed (bundle `endUser*` state). */
const SIDES: readonly [string, Role][] = [
  ['drift-widget-message-bubble--from-bot', 'bot'],
  ['drift-widget-message-bubble--from-end-user', 'customer'],
  ['drift-widget-message-bubble--from-agent', 'agent'],
];

export default defineAdapter({
  id: 'drift',
  name: 'Drift',
  root: [
    // observed: the message grid's accessible name
    '[role="grid"][aria-label="Messages from the conversation"]',
    // observed: the scroller of the conversation view (bundle `drift-widget-message-history`)
    '.drift-widget-message-history',
  ],
  // one bubble per message; system rows (joins, transfers) are assumed centred status rows
  item: '[class*="drift-widget-message-bubble--from-"], .drift-widget-system-message',
  role: (el) => {
    if (el.classList.contains('drift-widget-system-message')) return 'system';
    for (const [cls, role] of SIDES) if (el.classList.contains(cls)) return role;
    return null;
  },
  // the name sits once at the head of a run of one author's bubbles (observed `ul > li > span` header)
  readAuthor: (el, role, prev) => {
    if (role === 'customer' || role === 'system') return null;
    const head = el.closest('ul')?.querySelector('.drift-widget-message-author');
    return (head && textOf(head, 'span')) ?? (prev?.role === role ? prev.author : null);
  },
  // observed: the text sits in `.drift-widget-message--box`
  text: '.drift-widget-message--box, p',
  chrome: ['.drift-widget-message-status', 'time'],
  composer: ['textarea#drift-widget-composer-input', 'textarea.drift-widget-input'],
  // observed in the bundle: a closed ("permaclosed") conversation drops the composer from the history
  endPrompt: ['.drift-widget-message-history--no-composer', '.drift-widget-start-new-conversation'],
  offline: ['.drift-widget-chat-layout [role="alert"]'],
  // §3.6: no end/close text is known for Drift; only the layout signal above
  endLines: [],
  containers: ['#drift-widget-container'],
});
