/**
 * Gladly (../shared/vendors.md §3.25, confidence medium for detection, none for message DOM): the
 * chat renders into the page in `#gladlyChat_container` with styled-components classes
 * (`GladlyChat-<hash> <hash>`, observed in public test code) and `#gladlyStartChatButton`. Nothing
 * about its message markup is published, so this adapter reads it the way the generic recorder reads
 * any widget — by structure: the conversation list (`role="log"`, assumed) and each row's side
 * (alignment), author labels and screen-reader prefixes — scoped to Gladly's container. The end of a
 * conversation is a JS event (`conversation:ended`), not a known visible string.
 */
import { readText } from '../recorder/text';
import { listAddedMessages, listMessages, readItem } from './generic';
import type { VendorAdapter } from './types';

const CONTAINER = '#gladlyChat_container';
const COMPOSER = [`${CONTAINER} textarea`, `${CONTAINER} [contenteditable="true"]`];

function composer(doc: Document): HTMLTextAreaElement | null {
  for (const sel of COMPOSER) {
    const el = doc.querySelector(sel);
    if (el) return el as HTMLTextAreaElement;
  }
  return null;
}

const adapter: VendorAdapter = {
  id: 'gladly',
  name: 'Gladly',
  endLines: [],
  containerSelectors: [CONTAINER],
  findRoot: (doc) =>
    doc.querySelector(`${CONTAINER} [role="log"]`) ?? doc.querySelector(`${CONTAINER} [aria-live]`),
  listItems: listMessages,
  listAdded: listAddedMessages,
  readItem: (el, prev) => readItem(el, prev),
  findComposer: (doc) => composer(doc),
  readState(doc) {
    const c = composer(doc);
    // the start-chat button is shown again once a conversation is over (observed id, §3.25)
    const start = doc.querySelector<HTMLElement>('#gladlyStartChatButton');
    return {
      composerEnabled: c ? !(c.disabled || c.readOnly) : null,
      endPrompt: !!start && !start.hidden && readText(start) !== '',
      offlineBanner: null,
    };
  },
};

export default adapter;
