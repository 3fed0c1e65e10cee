import type { ChatEvent, EndReason, EventType, Message, Outcome } from '../model';
import { type ChainResult, verifyChain } from './chain';
import { siteDomain } from './filename';
import { chainHeadOf, sortBySeq } from './json';
import { fingerprint } from './sign';
import type { ExportInput, PublicJwk } from './types';

/** The facts the one-page summary shows; shared by the HTML and Markdown writers. */
export interface ExportSummary {
  domain: string;
  host: string;
  messages: Message[];
  caseNumbers: string[];
  promises: EventLine[];
  /** Upsell offers and the customer's assents, in the order recorded. */
  offers: EventLine[];
  endLabel: string;
  /** 'disconnect' and 'ended' events. */
  endEvents: EventLine[];
  duration: string | null;
  outcomeLabel: string;
  chain: ChainResult;
  chainHead: string;
  /** Hex fingerprint of the signing key, null when rendered without one. */
  fingerprint: string | null;
}

export interface EventLine {
  type: EventType;
  at: string;
  seq: number | null;
  text: string;
  value: string | null;
}

/** What the integrity checks prove and do not prove, as the summaries say it. */
export const PROOF =
  'The hash chain shows no message was edited, removed or reordered since capture; the signature shows nothing changed since export. Neither shows who recorded the chat, nor that the company really sent the text.';

export const END_REASON_LABELS: Record<EndReason, string> = {
  'agent-ended': 'The agent ended the chat',
  'agent-left': 'The agent left the chat',
  'inactivity-timeout': 'The chat was closed for inactivity',
  'connection-lost': 'The connection was lost',
  'widget-removed': 'The chat window disappeared from the page',
  'tab-closed': 'The tab was closed',
  'customer-ended': 'The customer ended the chat',
};

export const OUTCOME_LABELS: Record<Outcome, string> = {
  solved: 'Solved',
  'closed-unsolved': 'Closed without a solution',
  'partly-solved': 'Partly solved',
};

export const EVENT_LABELS: Record<EventType, string> = {
  'session-start': 'Chat started',
  transfer: 'Transferred',
  'agent-joined': 'Agent joined',
  disconnect: 'Disconnected',
  reconnect: 'Reconnected',
  stalled: 'No answer for a while',
  ended: 'Chat ended',
  'upsell-offer': 'Offer made',
  'upsell-assent': 'Customer agreed to an offer',
  'escalation-prompt': 'Escalation suggested',
  'case-number': 'Case number given',
  'agent-name': 'Agent named',
  'cant-help': '"Can\'t help" answer',
  'script-loop': 'Repeated scripted answer',
  'premature-close': 'Closed before the problem was solved',
  promise: 'Promise made',
  'message-edited': 'Message edited in the widget',
  'message-removed': 'Message removed from the widget',
  truncated: 'Transcript truncated',
  error: 'Recording error',
};

/** Label for any event type, including ones a newer version might add. */
export function eventLabel(type: string): string {
  return (EVENT_LABELS as Record<string, string>)[type] ?? type;
}

function scalar(v: unknown): string | null {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : null;
}

export function eventLine(e: Pick<ChatEvent, 'type' | 'at' | 'seq' | 'detail'>): EventLine {
  const detail = e.detail ?? {};
  return {
    type: e.type,
    at: e.at,
    seq: e.seq ?? null,
    text: scalar(detail.text) ?? '',
    value: scalar(detail.value),
  };
}

const ISO = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;

/** `2026-11-22 18:04:05 UTC+01:00` — the wall-clock time as recorded, with its offset named. */
export function formatWhen(iso: string): string {
  const m = ISO.exec(iso);
  if (!m) return iso;
  return `${m[1]} ${m[2]}${m[3] ?? ''}${offsetLabel(m[4])}`;
}

/** `18:04:05` as recorded. */
export function formatClock(iso: string): string {
  const m = ISO.exec(iso);
  return m ? `${m[2]}${m[3] ?? ''}` : iso;
}

/** `2026-11-22 · UTC+01:00`: what changes between day headings in a transcript. */
export function dayHeading(iso: string): string {
  const m = ISO.exec(iso);
  return m ? `${m[1]} ·${offsetLabel(m[4])}` : '';
}

function offsetLabel(off: string | undefined): string {
  if (!off) return '';
  if (off === 'Z') return ' UTC';
  return ` UTC${off.length === 5 ? `${off.slice(0, 3)}:${off.slice(3)}` : off}`;
}

export function formatDuration(from: string, to: string | null): string | null {
  if (!to) return null;
  const ms = Date.parse(to) - Date.parse(from);
  if (!Number.isFinite(ms) || ms < 0) return null;
  const s = Math.round(ms / 1000);
  const h = Math.floor(s / 3600);
  const min = Math.floor((s % 3600) / 60);
  if (h > 0) return `${h} h ${min} min`;
  return min > 0 ? `${min} min ${s % 60} s` : `${s} s`;
}

export function summarize(input: ExportInput, publicJwk?: PublicJwk): ExportSummary {
  const { session } = input;
  const messages = sortBySeq(input.messages);
  const lines = input.events.map(eventLine);
  const caseNumbers = [...session.caseNumbers];
  for (const l of lines) {
    const found = l.type === 'case-number' ? (l.value ?? l.text) : '';
    if (found && !caseNumbers.includes(found)) caseNumbers.push(found);
  }
  let host = '';
  try {
    host = new URL(session.origin || session.url).hostname;
  } catch {
    // Unparseable origin: the summary shows the raw URL instead.
  }
  const reason = session.endReason ? END_REASON_LABELS[session.endReason] : null;
  return {
    domain: siteDomain(session) || session.url,
    host,
    messages,
    caseNumbers,
    promises: lines.filter((l) => l.type === 'promise'),
    offers: lines.filter((l) => l.type === 'upsell-offer' || l.type === 'upsell-assent'),
    endLabel:
      reason ?? (session.endedAt ? 'Ended (reason not recorded)' : 'No end was recorded before this export'),
    endEvents: lines.filter((l) => l.type === 'disconnect' || l.type === 'ended'),
    duration: formatDuration(session.startedAt, session.endedAt),
    outcomeLabel: session.outcome ? OUTCOME_LABELS[session.outcome] : 'Not recorded',
    chain: verifyChain(messages),
    chainHead: chainHeadOf(messages),
    fingerprint: publicJwk ? fingerprint(publicJwk) : null,
  };
}

/** Events placed in a transcript: after the message they are about, or by time when they name none. */
export function placeEvents(
  messages: readonly Message[],
  events: readonly ChatEvent[],
): { after: Map<number, ChatEvent[]>; before: Map<number, ChatEvent[]>; trailing: ChatEvent[] } {
  const seqs = new Set(messages.map((m) => m.seq));
  const after = new Map<number, ChatEvent[]>();
  const loose: { e: ChatEvent; t: number }[] = [];
  for (const e of events) {
    if (e.seq !== null && seqs.has(e.seq)) {
      const list = after.get(e.seq) ?? [];
      list.push(e);
      after.set(e.seq, list);
    } else {
      const t = Date.parse(e.at);
      loose.push({ e, t: Number.isFinite(t) ? t : Number.POSITIVE_INFINITY });
    }
  }
  loose.sort((a, b) => a.t - b.t);
  const before = new Map<number, ChatEvent[]>();
  let i = 0;
  for (const m of messages) {
    const t = Date.parse(m.at);
    while (i < loose.length && (loose[i]?.t ?? 0) <= t) {
      const list = before.get(m.seq) ?? [];
      list.push((loose[i] as { e: ChatEvent }).e);
      before.set(m.seq, list);
      i++;
    }
  }
  return { after, before, trailing: loose.slice(i).map((l) => l.e) };
}
