/**
 * What the pages show about a chat beyond its lines: the analysers' findings, the notes timeline
 * and the escalation prompts (lib/detectors, lib/notes, lib/prompts), plus the recorded events,
 * merged into per-message highlights. Pure: a function of the stored record and `now`.
 */
import { analyse } from '../detectors';
import type { Finding, Label } from '../detectors/types';
import type { ChatEvent, EventType, Message, Session } from '../model';
import { buildNotes, type NoteItem, type NoteKind } from '../notes';
import { buildPrompts, type Prompt } from '../prompts';

export type Tone = 'danger' | 'warn' | 'info' | 'good' | 'neutral';

export interface Highlight {
  /** Message index (seq). */
  i: number;
  kind: Label | EventType;
  title: string;
  tone: Tone;
  value: string | null;
  evidence: string;
}

/** One line of the notes timeline as the pages show it. */
export interface TimelineEntry {
  key: string;
  /** Message index it refers to, if any. */
  i: number | null;
  at: string | null;
  kind: string;
  title: string;
  detail: string | null;
  due: string | null;
  tone: Tone;
}

export interface ChatAnalysis {
  findings: Finding[];
  /** Case numbers the session holds plus any the analysers found in the text, first seen first. */
  caseNumbers: string[];
  notes: NoteItem[];
  timeline: TimelineEntry[];
  prompts: Prompt[];
  /** Per message index, in transcript order. */
  highlights: Map<number, Highlight[]>;
  /** Every highlight, in transcript order (for "jump to"). */
  moments: Highlight[];
}

export const FINDING_TITLES: Record<Label, { title: string; tone: Tone }> = {
  'upsell-offer': { title: 'Offer made', tone: 'warn' },
  'upsell-assent': { title: 'You agreed', tone: 'danger' },
  disconnect: { title: 'Cut off', tone: 'danger' },
  transfer: { title: 'Transferred', tone: 'info' },
  'agent-name': { title: 'Agent name', tone: 'neutral' },
  'case-number': { title: 'Case number', tone: 'good' },
  'cant-help': { title: 'Said they can’t help', tone: 'warn' },
  'script-loop': { title: 'Repeated script', tone: 'warn' },
  'premature-close': { title: 'Closing before solved', tone: 'warn' },
  promise: { title: 'Promise', tone: 'info' },
};

/** Recorded events worth marking in a transcript (others are bookkeeping). */
const EVENT_TITLES: Partial<Record<EventType, { title: string; tone: Tone }>> = {
  disconnect: { title: 'Disconnected', tone: 'danger' },
  reconnect: { title: 'Reconnected', tone: 'info' },
  transfer: { title: 'Transferred', tone: 'info' },
  stalled: { title: 'No answer for a while', tone: 'warn' },
  ended: { title: 'Chat ended', tone: 'neutral' },
  'escalation-prompt': { title: 'Escalation moment', tone: 'warn' },
  truncated: { title: 'Recording limit reached', tone: 'warn' },
};

/** Findings the event log already shows for the same line are not shown twice. */
const SAME_AS_EVENT: Partial<Record<Label, EventType>> = { disconnect: 'disconnect', transfer: 'transfer' };

export function analyseChat(
  session: Session,
  messages: readonly Message[],
  events: readonly ChatEvent[],
  now: number,
  opts: { stalled?: boolean } = {},
): ChatAnalysis {
  const lines = messages.map((m) => ({ role: m.role, author: m.author, text: m.text, at: m.at }));
  const findings = lines.length ? analyse(lines) : [];
  const notes = buildNotes({
    startedAt: session.startedAt,
    lines,
    findings,
    endedAt: session.endedAt,
    endReason: session.endReason,
    now,
  });
  const caseNumbers = [
    ...new Set([
      ...session.caseNumbers,
      ...findings.filter((f) => f.label === 'case-number' && f.value).map((f) => f.value!),
    ]),
  ];
  const prompts = buildPrompts({
    findings,
    lines,
    desiredOutcome: session.desiredOutcome,
    caseNumbers,
    agents: session.agents,
    stalled: !!opts.stalled,
  });
  const moments: Highlight[] = [];
  const seen = new Set<string>();
  for (const e of events) {
    const t = EVENT_TITLES[e.type];
    if (!t || e.seq === null) continue;
    seen.add(`${e.type}:${e.seq}`);
    const evidence =
      typeof e.detail.evidence === 'string'
        ? e.detail.evidence
        : typeof e.detail.text === 'string'
          ? e.detail.text
          : '';
    const value =
      e.type === 'transfer' && typeof e.detail.to === 'string'
        ? `${typeof e.detail.from === 'string' ? `${e.detail.from} → ` : ''}${e.detail.to}`
        : null;
    moments.push({ i: e.seq, kind: e.type, title: t.title, tone: t.tone, value, evidence });
  }
  const eventTypes = new Set(events.map((e) => e.type));
  for (const f of findings) {
    const twin = SAME_AS_EVENT[f.label];
    // the recorded events are the record of transfers and disconnects; findings only fill in when there are none
    if (twin && (seen.has(`${twin}:${f.i}`) || eventTypes.has(twin))) continue;
    const t = FINDING_TITLES[f.label];
    moments.push({
      i: f.i,
      kind: f.label,
      title: t.title,
      tone: t.tone,
      value: f.value ?? null,
      evidence: f.evidence,
    });
  }
  moments.sort((a, b) => a.i - b.i);
  const highlights = new Map<number, Highlight[]>();
  for (const h of moments) {
    const list = highlights.get(h.i);
    if (list) list.push(h);
    else highlights.set(h.i, [h]);
  }
  return { findings, caseNumbers, notes, timeline: notes.map(timelineEntry), prompts, highlights, moments };
}

const NOTE_TONES: Record<NoteKind, Tone> = {
  start: 'neutral',
  agent: 'neutral',
  transfer: 'info',
  'case-number': 'good',
  promise: 'info',
  offer: 'warn',
  assent: 'danger',
  declined: 'good',
  end: 'neutral',
  reminder: 'danger',
};

export function timelineEntry(n: NoteItem, k: number): TimelineEntry {
  return {
    key: `${k}-${n.kind}`,
    i: n.i ?? null,
    at: n.at,
    kind: n.kind,
    title: n.title,
    detail: n.detail,
    due: n.due ?? null,
    tone: NOTE_TONES[n.kind] ?? 'neutral',
  };
}
