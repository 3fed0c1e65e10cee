/**
 * Help Scout Beacon (../shared/vendors.md §3.18, confidence medium for detection, low-medium for messages).
 * Same-origin about:blank iframe inside `#beacon-container`: the recorder runs inside it. Messages are read
 * as Help Scout's design system renders them (helpscout/hsds-react `Message` in its "embed" theme): one
 * `c-Message is-from|is-to` per run with the sender's name once (`c-Message__fromText`), a `c-MessageChat`
 * per message and `c-MessageAction` for action lines. That Beacon uses these components is assumed.
 */
import type { Role } from '../model';
import { defineAdapter } from './define';
import type { RawMessage, VendorAdapter } from './types';

const RUN = '.c-Message';
const CHAT = '.c-MessageChat';
const ACTION = '.c-MessageAction';

function roleOf(el: Element): Role | null {
  if (el.matches(ACTION)) return 'system';
  // typing bubble: `c-MessageBubble is-typing` (hsds Bubble `typing` prop)
  if (el.querySelector('.c-MessageBubble.is-typing')) return null;
  // hsds: `from` = the other party (left), `to` = the person using the widget (right)
  if (el.matches('.is-to') || el.closest(`${RUN}.is-to`)) return 'customer';
  if (el.matches('.is-from') || el.closest(`${RUN}.is-from`)) return 'agent';
  return null;
}

function readAuthor(el: Element, role: Role, prev: RawMessage | undefined): string | null {
  if (role !== 'agent') return null;
  // the run's one name label (embed theme `c-Message__fromText`), else the avatar's alt
  const run = el.closest(RUN);
  const name =
    run?.querySelector('.c-Message__fromText')?.textContent?.trim() ||
    run?.querySelector('.c-Message__avatar-block img[alt]')?.getAttribute('alt')?.trim();
  return name || (prev?.role === 'agent' ? prev.author : null);
}

const base = defineAdapter({
  id: 'helpscout',
  name: 'Help Scout Beacon',
  // assumed transcript container; the list that holds the runs is found from them otherwise
  root: ['[data-cy="BeaconChatTranscript"]'],
  item: `${CHAT}, ${ACTION}`,
  role: roleOf,
  readAuthor,
  // a Chat's bubble body; action lines are read whole
  chrome: [
    '.c-MessageChat__caption',
    '.c-MessageChat__metaState',
    '.c-MessageChat__error',
    '.c-Message__from',
  ],
  // assumed composer
  composer: ['textarea[data-cy="BeaconChatComposer"]', '[data-cy^="Beacon"] textarea'],
  endPrompt: [
    // assumed: Beacon's chat-ended view offers a new chat / transcript
    '[data-cy="BeaconChatEnded"]',
  ],
  // `Beacon('on','chat-ended')` exists (§3.18); the visible wording is assumed
  endLines: ['chat ended', 'this chat has ended', / left the chat$/i],
  containers: ['#beacon-container', '.BeaconFabButtonFrame'],
});

const helpscout: VendorAdapter = {
  ...base,
  // without the assumed container: the element that holds the runs
  findRoot: (doc) => base.findRoot(doc) ?? doc.querySelector(`${RUN}.is-theme-embed`)?.parentElement ?? null,
};
export default helpscout;
