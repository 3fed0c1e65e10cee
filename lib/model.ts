/**
 * THE data model: every record Chatproof stores, as plain JSON.
 * Field names are a contract (exports, tests and the dashboard rely on them).
 * Times are ISO 8601 strings with the local offset (see `isoLocal`) unless noted.
 */

export const ROLES = ['agent', 'customer', 'system', 'bot'] as const;
export type Role = (typeof ROLES)[number];

export const END_REASONS = [
  'agent-ended',
  'agent-left',
  'inactivity-timeout',
  'connection-lost',
  'widget-removed',
  'tab-closed',
  'customer-ended',
] as const;
export type EndReason = (typeof END_REASONS)[number];

/** Outcome the person records when the chat is over. */
export const OUTCOMES = ['solved', 'closed-unsolved', 'partly-solved'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface Session {
  id: string;
  /** Vendor id (`VendorId` or `generic`). */
  vendor: string;
  /** Top-level page URL where the chat ran (the company's site). */
  url: string;
  /** Origin of the top-level page; chats with one origin form a case file. */
  origin: string;
  title: string;
  startedAt: string;
  lastActivityAt: string;
  endedAt: string | null;
  endReason: EndReason | null;
  /** Agent names in the order they first spoke. */
  agents: string[];
  caseNumbers: string[];
  desiredOutcome: string;
  outcome: Outcome | null;
  /** The person's own notes: kept apart from the captured record, never part of the hash chain. */
  notes: string;
  /** Number of stored messages (= next seq). */
  messageCount: number;
  /** Hash of the last stored message (hash-chain head), '' when empty. */
  headHash: string;
  /** Tab the chat was last seen in (runtime only; may be stale after a restart). */
  tabId: number | null;
  /** Conversation id shown or used by the vendor, when the adapter can read one. */
  conversationId: string | null;
  /** Agent who spoke last; a different agent speaking is a transfer. */
  currentAgent: string | null;
  /** True once the per-session message cap was hit (a `truncated` event records when). */
  truncated: boolean;
  /** Start (epoch ms) and count of the current one-minute window of the per-session rate cap. */
  rateWindow?: { start: number; count: number; capped: boolean };
}

export interface Message {
  sessionId: string;
  /** 0-based position in the session, assigned by the store in arrival order. */
  seq: number;
  /** Stable dedup key within the session. */
  key: string;
  role: Role;
  author: string | null;
  text: string;
  /** Time first seen by Chatproof, ISO 8601 with offset. */
  at: string;
  /** Time label the widget displayed next to the message, verbatim, if any. */
  shownAt: string | null;
  /** SHA-256 (hex) over the canonical encoding of this message and `prevHash`. */
  hash: string;
  prevHash: string;
}

export const EVENT_TYPES = [
  'session-start',
  'transfer',
  'agent-joined',
  'disconnect',
  'reconnect',
  'stalled',
  'ended',
  'upsell-offer',
  'upsell-assent',
  'escalation-prompt',
  'case-number',
  'agent-name',
  'cant-help',
  'script-loop',
  'premature-close',
  'promise',
  'message-edited',
  'message-removed',
  'truncated',
  'error',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface ChatEvent {
  /** Auto-incremented by the store. */
  id?: number;
  sessionId: string;
  type: EventType;
  at: string;
  /** Message the event is about, if any. */
  seq: number | null;
  /** Plain JSON evidence: the line that triggered it, the signal, the value found… */
  detail: Record<string, unknown>;
}

/** A message as read from a widget, before the store gives it a seq and hash. */
export interface CapturedMessage {
  key: string;
  role: Role;
  author: string | null;
  text: string;
  at: string;
  shownAt: string | null;
}

export interface Settings {
  /** Hostnames where recording is paused. */
  pausedSites: string[];
  alertsEnabled: boolean;
  /** Hostnames where disconnect alerts are off (recording continues). */
  alertsOffSites: string[];
  upsellAlerts: boolean;
  /** Minutes of agent silence after a customer message before a "stalled" nudge. */
  stallMinutes: number;
  /** Days to keep chats; 0 = forever. */
  retentionDays: number;
}

export const DEFAULT_SETTINGS: Settings = {
  pausedSites: [],
  alertsEnabled: true,
  alertsOffSites: [],
  upsellAlerts: true,
  stallMinutes: 5,
  retentionDays: 0,
};

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

/** ISO 8601 with the local UTC offset, e.g. 2026-11-22T18:04:05.123+01:00. */
export function isoLocal(ms: number): string {
  const d = new Date(ms);
  const off = -d.getTimezoneOffset();
  const sign = off >= 0 ? '+' : '-';
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` +
    `T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}` +
    `${sign}${pad(Math.trunc(off / 60))}:${pad(off % 60)}`
  );
}

export function isRole(v: unknown): v is Role {
  return typeof v === 'string' && (ROLES as readonly string[]).includes(v);
}

export function isEndReason(v: unknown): v is EndReason {
  return typeof v === 'string' && (END_REASONS as readonly string[]).includes(v);
}
