/**
 * Zoho SalesIQ (../shared/vendors.md §3.17, confidence medium for detection, low for message DOM).
 * The chat window is `iframe#siqiframe`, same-origin (page code edits `#attname` / `#visname` through its
 * contentWindow.document), so the recorder runs inside it; the frame is recognised by its ribbon
 * (`#window-ribbon`, `.win_close.sqico-larrow`). Message rows (`siq-agent-msg` / `siq-visitor-msg` /
 * `siq-info-msg`, sender once per run) are assumed; the generic reading takes over without them.
 */
import type { Role } from '../model';
import { defineAdapter, roleFromClass } from './define';
import { roleOf as genericRole } from './generic';
import type { RawMessage, VendorAdapter } from './types';

/** The chat window's own markers (§3.17, observed). */
const SALESIQ = '#window-ribbon, #attname, .win_close.sqico-larrow, .chat_btn.sqico-chat';
const SIDES: Readonly<Record<string, Role>> = {
  'siq-visitor-msg': 'customer',
  'siq-agent-msg': 'agent',
  'siq-bot-msg': 'bot',
  'siq-info-msg': 'system',
};
const SENDER = '.siq-msg-sender';

function roleOf(el: Element): Role | null {
  if (/typing/i.test(el.getAttribute('class') ?? '')) return null;
  return roleFromClass(el, SIDES) ?? genericRole(el);
}

function readAuthor(el: Element, role: Role, prev: RawMessage | undefined): string | null {
  if (role !== 'agent' && role !== 'bot') return null;
  // the sender is named once above a run (assumed). `#attname` names the *current* attender only, so
  // it is never used for earlier lines (a transfer would rename them).
  const name = el.querySelector(SENDER)?.textContent?.trim();
  return name || (prev?.role === role ? prev.author : null);
}

const base = defineAdapter({
  id: 'zoho-salesiq',
  name: 'Zoho SalesIQ',
  // assumed message list below the ribbon
  root: ['.siq-chatarea .siq-msglist', '.siq-chatarea'],
  item: '.siq-msg',
  role: roleOf,
  readAuthor,
  text: '.siq-msg-text',
  time: '.siq-msg-time',
  chrome: [SENDER],
  // assumed composer in the window footer
  composer: ['textarea#msgarea', '.siq-footer textarea'],
  endPrompt: [
    // assumed: the rating / "chat again" view after `$zoho.salesiq.chat.complete` (§3.17)
    '.siq-rating',
    '[class*="siq-chatagain"]',
  ],
  // no visible end wording documented (§3.17 has only the JS callback `chat.complete`)
  endLines: ['chat has ended', 'has left the chat', 'chat ended'],
  containers: ['#zsiq_float', '#zsiqwidget', '[data-id="zsalesiq"]', 'iframe#siqiframe'],
});

const zohoSalesiq: VendorAdapter = {
  ...base,
  // only in SalesIQ's own window (its ribbon markers)
  findRoot: (doc) => (doc.querySelector(SALESIQ) ? base.findRoot(doc) : null),
};
export default zohoSalesiq;
