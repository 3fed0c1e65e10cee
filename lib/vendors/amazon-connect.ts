/**
 * Amazon Connect chat (../shared/vendors.md §3.22, confidence high for the UI, medium for the frame):
 * the hosted widget puts `iframe#amazon-connect-chat-widget-iframe` in the page; the docs call into
 * the frame's window from the host, so it is treated as a same-origin frame and read from inside
 * (the detector and recorder run in that frame). The UI is amazon-connect-chat-interface
 * (styled-components): each transcript row is a MessageBox holding either a participant message
 * `[data-testid="main-message"]` (`message-header` = sender name + time, `message-body`) or, for
 * joined/left/ended events, the bare event text, centred. Outgoing (customer) rows are right-aligned;
 * that alignment, not the hashed class, tells the sides apart. Unnamed senders default to
 * "Customer" / "Agent"; Lex bots show "BOT" and Connect's own notices "SYSTEM_MESSAGE".
 */
import type { Role } from '../model';
import { readText } from '../recorder/text';
import { roleOf } from './generic';
import type { RawMessage, VendorAdapter } from './types';

const WRAPPER = '[data-testid="amazon-connect-chat-wrapper"]';
const MESSAGE = '[data-testid="main-message"]';
const COMPOSER = ['[data-testid="customer-chat-text-input"]', 'textarea[aria-label="Type a message"]'];

function senderOf(row: Element): string | null {
  const sender = row.querySelector('[data-testid="message-header"] > :first-child');
  return sender ? readText(sender) || null : null;
}

function roleOfRow(row: Element): Role | null {
  if (!row.querySelector(MESSAGE)) return 'system';
  const name = senderOf(row);
  if (name === 'SYSTEM_MESSAGE') return 'system';
  if (name === 'BOT') return 'bot';
  // right-aligned row = outgoing (customer); the generic reader knows alignment and geometry
  const side = roleOf(row);
  return side === 'customer' ? 'customer' : 'agent';
}

function composer(doc: Document): HTMLTextAreaElement | null {
  for (const sel of COMPOSER) {
    const el = doc.querySelector(sel);
    if (el) return el as HTMLTextAreaElement;
  }
  return null;
}

const adapter: VendorAdapter = {
  id: 'amazon-connect',
  name: 'Amazon Connect chat',
  // "Chat has ended!", "{name} has left the chat", "{name} has been idle too long, disconnecting" (§3.22)
  endLines: ['chat has ended', 'has left the chat', 'idle too long, disconnecting'],
  containerSelectors: ['#amazon-connect-chat-widget', 'iframe#amazon-connect-chat-widget-iframe'],
  findRoot(doc) {
    // the transcript body: the parent of the rows; found through the first participant message
    // (only inside the chat-interface wrapper: "main-message" alone is too common a test id)
    const first = doc.querySelector(`${WRAPPER} ${MESSAGE}`);
    return first?.parentElement?.parentElement ?? null;
  },
  listItems: (root) => Array.from(root.children),
  readItem(row, _prev: RawMessage | undefined) {
    const role = roleOfRow(row);
    if (!role) return null;
    const body = row.querySelector('[data-testid="message-body"]') ?? (role === 'system' ? row : null);
    if (!body) return null;
    // a typing indicator is a row with an empty body (dots are drawn, not written)
    const text = readText(body);
    if (!text) return null;
    const name = senderOf(row);
    const status = row.querySelector('[data-testid="message-header"] > :nth-child(2)');
    return {
      id: null,
      role,
      author: role === 'agent' || role === 'bot' ? name : null,
      text,
      shownAt: status ? readText(status) || null : null,
    };
  },
  findComposer: (doc) => composer(doc),
  readState(doc) {
    const c = composer(doc);
    // once the chat ended the action bar's "End chat" becomes "Close chat" (observed in public host
    // scripts that watch the frame for it)
    const close = Array.from(doc.querySelectorAll(`${WRAPPER} button`)).some((b) =>
      /^close chat$/i.test(readText(b)),
    );
    return {
      composerEnabled: c ? !(c.disabled || c.readOnly) : null,
      endPrompt: close,
      offlineBanner: null,
    };
  },
};

export default adapter;
