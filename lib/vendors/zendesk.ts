/**
 * Zendesk Web Widget, classic (../shared/vendors.md §3.2, confidence high as of Feb 2022).
 * Same-origin `iframe#webWidget` with no src: Zendesk's Frame component portals React into a div it
 * appends to the frame's body (§1.1), so the detector and recorder run inside that frame.
 * Class names are CSS modules, `[local]-[hash:base64:5]` in production, and `data-testid` is stripped
 * (§1.6): match on the local name prefix (`messageAgent-`), never on the hash.
 */
import type { Role } from '../model';
import { defineAdapter } from './define';
import type { RawMessage, VendorAdapter } from './types';

/** One run of messages by one sender (`ChatGroup` root, class `container`). */
const GROUP = '[class*="container-"]';
/** Agent name, rendered once above an agent's run (`nameAvatar` / `nameNoAvatar`). */
const NAME = '[class*="nameAvatar-"], [class*="nameNoAvatar-"]';

function roleOf(el: Element): Role | null {
  if (el.querySelector('[class*="messageAgent-"]')) return 'agent';
  if (el.querySelector('[class*="messageUser-"]')) return 'customer';
  // a run's own container, or anything else with message classes, is not an item
  if (el.matches(GROUP) || el.querySelector('[class*="message-"]')) return null;
  // text-only event lines (EventMessage): joined / left / transferred / "Chat ended" (§3.2)
  return 'system';
}

function readAuthor(el: Element, role: Role, prev: RawMessage | undefined): string | null {
  if (role !== 'agent') return null;
  // every message of a run shares the run's one name label (ChatGroup.renderName)
  const name = el.closest(GROUP)?.querySelector(NAME)?.textContent?.trim();
  if (name) return name;
  return prev?.role === 'agent' ? prev.author : null;
}

const base = defineAdapter({
  id: 'zendesk',
  name: 'Zendesk Web Widget (classic)',
  // ChatLog.js: the log has role="log" aria-live="polite"; the message-class check keeps other logs out
  root: ['[role="log"][aria-live="polite"]'],
  // message wrappers inside runs, and the log's own event lines
  item: ':scope > [class*="container-"] > [class*="wrapper-"], :scope > :not([class*="container-"])',
  role: roleOf,
  readAuthor,
  chrome: [
    // the ✓ sent indicator, avatars, a failed-send error line (ChatGroup.js)
    '[class*="sentIndicator-"]',
    '[class*="avatar"]',
    '[class*="messageError"]',
  ],
  composer: [
    // 2022 InputBox: StyledTextarea name="chatBox"
    'textarea[name="chatBox"]',
    // older ChatBox: textarea inside the `input-` field
    '[class*="input-"] textarea',
  ],
  endPrompt: [
    // chat ended: the rating / "Start chat" view replaces the composer (class names assumed)
    '[class*="ratingButton-"]',
  ],
  // web_widget_classic.yml strings (§3.2); a visitor leaving renders "Chat ended"
  endLines: ['chat ended', / left the chat$/i, 'was disconnected and has left the chat'],
  containers: ['iframe#webWidget', 'iframe#launcher', 'iframe[data-product="web_widget"]'],
});

/** The reconnect bubble is a role="status" line reading "Reconnecting..." / "Click to reconnect" (§3.2);
 * the queue position uses role="status" too, so the text decides. */
function offlineBanner(doc: Document): string | null {
  for (const el of doc.querySelectorAll('[role="status"]')) {
    const text = el.textContent?.trim() ?? '';
    if (/reconnect/i.test(text)) return text;
  }
  return null;
}

/** Zendesk's chat screen: its composer or its CSS-module message classes are in this document. */
const ZENDESK_MARK = 'textarea[name="chatBox"], [class*="messageAgent-"], [class*="messageUser-"]';

const zendesk: VendorAdapter = {
  ...base,
  // role="log" alone is too common (other widgets' frames are checked with every adapter)
  findRoot: (doc) => (doc.querySelector(ZENDESK_MARK) ? base.findRoot(doc) : null),
  readState: (doc, root) => ({ ...base.readState(doc, root), offlineBanner: offlineBanner(doc) }),
};
export default zendesk;
