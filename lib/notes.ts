/**
 * The automatic notes timeline for one chat, built from the transcript and the analysers'
 * findings: start, agents, transfers, case numbers, promises (with due dates), offers and how the
 * customer answered, how the chat ended, and reminders for promises whose due date has passed.
 * Pure: time comes in as data (`now`, each line's `at`).
 */

import { forAnalysis } from './detectors';
import { matchDisconnect } from './detectors/phrases/disconnect';
import { promiseIn } from './detectors/promise';
import { sentences } from './detectors/text';
import type { Finding, Line } from './detectors/types';
import { trackOffers } from './detectors/upsell';

export type NoteKind =
  | 'start'
  | 'agent'
  | 'transfer'
  | 'case-number'
  | 'promise'
  | 'offer'
  | 'assent'
  | 'declined'
  | 'end'
  | 'reminder';

export interface NoteItem {
  at: string;
  kind: NoteKind;
  /** The whole note as one sentence ("Promised: “…” (due Fri 14 Mar 2025)"). */
  text: string;
  /** Short heading for a timeline row ("Promise", "Case number"). */
  title: string;
  /** The specifics under the heading (the name, the quote), or null. */
  detail: string | null;
  due?: string | null;
  /** Message the note is about. */
  i?: number;
}

export interface NotesInput {
  startedAt: string;
  lines: readonly (Line & { at: string })[];
  findings: readonly Finding[];
  endedAt: string | null;
  endReason: string | null;
  /** The present moment, ISO 8601 or epoch ms: reminders appear for promises due before it. */
  now: string | number;
}

const END_TEXT: Record<string, string> = {
  'agent-ended': 'the agent ended the chat',
  'agent-left': 'the agent left the chat',
  'inactivity-timeout': 'the chat closed for inactivity',
  'connection-lost': 'the connection was lost',
  'widget-removed': 'the chat window disappeared',
  'tab-closed': 'the tab was closed',
  'customer-ended': 'you ended the chat',
};

const TITLES: Record<NoteKind, string> = {
  start: 'Chat started',
  agent: 'Agent',
  transfer: 'Transfer',
  'case-number': 'Case number',
  promise: 'Promise',
  offer: 'Offer',
  assent: 'You accepted',
  declined: 'You declined',
  end: 'Chat ended',
  reminder: 'Promise overdue',
};

function note(
  at: string,
  kind: NoteKind,
  text: string,
  detail: string | null,
  extra: { due?: string | null; i?: number } = {},
): NoteItem {
  return { at, kind, text, title: TITLES[kind], detail, ...extra };
}

const firstName = (s: string) =>
  s
    .trim()
    .replace(/^(?:mr|mrs|ms|miss|dr)\.?\s+/i, '')
    .split(/\s+/)[0]!
    .toLowerCase();
const quote = (s: string, max = 160) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return `“${t.length > max ? `${t.slice(0, max - 1)}…` : t}”`;
};

/**
 * Transfers as episodes: "I'll transfer you", "Transferring…" and "Dana joined" are one transfer.
 * An episode ends once someone new on the company side has spoken; the next transfer finding
 * opens another. Returns each episode's first message and the agent it reached, if known.
 */
export function transferEpisodes(
  lines: readonly Line[],
  findings: readonly Finding[],
): { i: number; to: string | null }[] {
  const at = new Set(findings.filter((f) => f.label === 'transfer').map((f) => f.i));
  const episodes: { i: number; to: string | null; from: string | null }[] = [];
  let speaker: string | null = null;
  let open: (typeof episodes)[number] | null = null;
  lines.forEach((line, i) => {
    if (at.has(i) && !open) {
      open = { i, to: null, from: speaker };
      episodes.push(open);
    }
    if ((line.role === 'agent' || line.role === 'bot') && line.author) {
      // Someone new on the company side spoke: the transfer reached them (possibly this very line).
      if (open && (open.from === null || firstName(line.author) !== firstName(open.from))) {
        open.to = line.author;
        open = null;
      }
      speaker = line.author;
    }
  });
  return episodes.map(({ i, to }) => ({ i, to }));
}

export function buildNotes(input: NotesInput): NoteItem[] {
  const { lines, findings } = input;
  const notes: NoteItem[] = [note(input.startedAt, 'start', 'Chat started', null)];
  const atOf = (i: number) => lines[i]?.at ?? input.startedAt;

  // Agents: named in a finding or as the author of an agent/bot line, first mention only.
  const seen = new Set<string>();
  const names = new Map<number, string[]>();
  for (const f of findings)
    if (f.label === 'agent-name' && f.value) names.set(f.i, [...(names.get(f.i) ?? []), f.value]);
  lines.forEach((line, i) => {
    const here = [...(names.get(i) ?? [])];
    if ((line.role === 'agent' || line.role === 'bot') && line.author) here.push(line.author);
    for (const n of here) {
      const key = firstName(n);
      if (seen.has(key)) continue;
      seen.add(key);
      notes.push(note(line.at, 'agent', `${line.role === 'bot' ? 'Bot' : 'Agent'}: ${n}`, n, { i }));
    }
  });

  for (const e of transferEpisodes(lines, findings)) {
    notes.push(
      note(atOf(e.i), 'transfer', e.to ? `Transferred to ${e.to}` : 'Transfer started', e.to, { i: e.i }),
    );
  }

  const cases = new Set<string>();
  for (const f of findings) {
    if (f.label !== 'case-number' || !f.value || cases.has(f.value.toLowerCase())) continue;
    cases.add(f.value.toLowerCase());
    notes.push(note(atOf(f.i), 'case-number', `Case number ${f.value}`, f.value, { i: f.i }));
  }

  const nowMs = typeof input.now === 'number' ? input.now : Date.parse(input.now);
  for (const f of findings) {
    if (f.label !== 'promise') continue;
    const line = lines[f.i];
    if (!line) continue;
    // Quote only the committing sentences; their time phrases set the due date.
    const said = sentences(line.text).filter((x) => promiseIn(x) !== null);
    const promised = said.length > 0 ? said.join(' ') : line.text;
    const due = dueDate(promised, line.at);
    const what = quote(promised);
    const when = due ? ` (due ${formatDay(due)})` : '';
    notes.push(note(line.at, 'promise', `Promised: ${what}${when}`, what, { due, i: f.i }));
    if (due && Date.parse(due) < nowMs) {
      const text = `You were told ${what} — due ${formatDay(due)}, and that date has passed.`;
      notes.push(note(due, 'reminder', text, what, { due, i: f.i }));
    }
  }

  // Offers and answers: the same track the upsell analyser reads, so declines are seen too. Every
  // offer finding opens an offer and every assent finding accepts it, the learned scorer's too.
  const offers = new Set(findings.filter((f) => f.label === 'upsell-offer').map((f) => f.i));
  const assents = new Set(findings.filter((f) => f.label === 'upsell-assent').map((f) => f.i));
  const { steps } = trackOffers(forAnalysis(lines), offers, assents);
  let pending = false;
  lines.forEach((line, i) => {
    const step = steps[i]!;
    if (offers.has(i)) {
      const what = quote(line.text, 120);
      notes.push(note(line.at, 'offer', `Offer: ${what}`, what, { i }));
      pending = true;
    } else if (assents.has(i) || (pending && step.assent)) {
      const what = quote(line.text, 80);
      notes.push(note(line.at, 'assent', `You accepted the offer: ${what}`, what, { i }));
      pending = false;
    } else if (pending && step.declined) {
      const what = quote(line.text, 80);
      notes.push(note(line.at, 'declined', `You declined the offer: ${what}`, what, { i }));
      pending = false;
    }
  });

  const end = endNote(input);
  if (end) notes.push(end);

  // Stable sort by time: items at the same moment keep the order they were added in.
  return notes
    .map((n, k) => ({ n, k, t: Date.parse(n.at) }))
    .sort((a, b) => (a.t === b.t || Number.isNaN(a.t - b.t) ? a.k - b.k : a.t - b.t))
    .map((x) => x.n);
}

function endNote(input: NotesInput): NoteItem | null {
  if (input.endedAt) {
    const why = input.endReason ? (END_TEXT[input.endReason] ?? input.endReason) : null;
    return note(input.endedAt, 'end', why ? `Chat ended: ${why}` : 'Chat ended', why);
  }
  // Still open as far as the recorder knows: report the last end line seen in the transcript,
  // unless it was only a dropped connection (those usually come back).
  const last = [...input.findings].reverse().find((f) => f.label === 'disconnect');
  const line = last ? input.lines[last.i] : undefined;
  const m = line ? matchDisconnect(line.text) : null;
  if (!last || !line || !m || m.reason === 'connection-lost') return null;
  const why = END_TEXT[m.reason] ?? m.reason;
  return note(line.at, 'end', `Chat ended: ${why}`, why, { i: last.i });
}

interface Wall {
  /** Wall-clock time encoded as UTC milliseconds (the offset is kept apart). */
  ms: number;
  offset: string;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const DAY = 86_400_000;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  few: 3,
  couple: 2,
};

function parseWall(iso: string): Wall | null {
  const m = ISO.exec(iso);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, ms, off] = m;
  const wall = Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +(s ?? 0), +(ms ?? '0').padEnd(3, '0'));
  const offset = !off || off === 'Z' ? 'Z' : off.length === 5 ? `${off.slice(0, 3)}:${off.slice(3)}` : off;
  return { ms: wall, offset };
}

function formatWall(w: Wall): string {
  const d = new Date(w.ms);
  const p = (n: number, l = 2) => String(n).padStart(l, '0');
  return (
    `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}` +
    `T${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}${w.offset === 'Z' ? 'Z' : w.offset}`
  );
}

const startOfDay = (ms: number) => ms - (((ms % DAY) + DAY) % DAY);
const endOfDay = (ms: number) => startOfDay(ms) + DAY - 1;
const weekday = (ms: number) => new Date(ms).getUTCDay();

function addBusinessDays(ms: number, n: number): number {
  let t = ms;
  for (let left = n; left > 0; ) {
    t += DAY;
    if (weekday(t) !== 0 && weekday(t) !== 6) left--;
  }
  return t;
}

function num(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS[word] ?? null;
}

/** Candidate due moments (wall ms) for every time phrase in `text`. */
function candidates(text: string, at: number): number[] {
  const t = text.toLowerCase().replace(/[\u2013\u2014]/g, '-');
  const out: number[] = [];
  // Durations: "within 5-7 business days", "in 48 hours", "4 to 6 weeks", "within the hour".
  const dur =
    /\b(?:(\d+|a|an|one|two|three|four|five|few|couple)(?: of)?\s?(?:-|to|or)\s?)?(\d+|a|an|one|two|three|four|five|few|couple)(?: of)? (business |working )?(minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b/g;
  for (const m of t.matchAll(dur)) {
    const n = num(m[2]!);
    if (n === null) continue;
    const unit = m[4]!;
    if (m[3]) out.push(endOfDay(addBusinessDays(at, n)));
    else if (unit.startsWith('min')) out.push(at + n * 60_000);
    else if (unit.startsWith('h')) out.push(at + n * 3_600_000);
    else if (unit.startsWith('day')) out.push(endOfDay(at + n * DAY));
    else if (unit.startsWith('week')) out.push(endOfDay(at + n * 7 * DAY));
    else out.push(endOfDay(addMonths(at, n)));
  }
  if (/\bwithin (?:the|an) hour\b/.test(t)) out.push(at + 3_600_000);
  const clock = /\b(?:by|at|before|until) (\d{1,2})(?::(\d{2}))?\s?(am|pm)\b/.exec(t);
  const hourOf = (base: number) => {
    if (!clock) return endOfDay(base);
    const h = (+clock[1]! % 12) + (clock[3] === 'pm' ? 12 : 0);
    return startOfDay(base) + h * 3_600_000 + +(clock[2] ?? 0) * 60_000;
  };
  if (/\b(?:today|tonight|end of (?:the )?day|eod)\b/.test(t)) out.push(hourOf(at));
  else if (clock && !/\btomorrow\b/.test(t) && !WEEKDAYS.some((d) => t.includes(d))) out.push(hourOf(at));
  if (/\btomorrow\b/.test(t)) out.push(hourOf(at + DAY));
  if (/\bend of next week\b/.test(t)) out.push(endOfDay(nextWeekday(at, 5) + 7 * DAY));
  else if (/\bnext week\b/.test(t)) out.push(endOfDay(at + 7 * DAY));
  for (const [k, name] of WEEKDAYS.entries()) {
    if (new RegExp(`\\b${name}\\b`).test(t)) out.push(hourOf(nextWeekday(at, k)));
  }
  // Calendar dates: "May 28", "on Aug 15", "the 15th".
  const md = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (\d{1,2})(?:st|nd|rd|th)?\b/g;
  for (const m of t.matchAll(md)) out.push(endOfDay(nextDate(at, MONTHS.indexOf(m[1]!), +m[2]!)));
  const nth = /\b(?:on|by|until) the (\d{1,2})(?:st|nd|rd|th)\b/g;
  for (const m of t.matchAll(nth)) {
    const d = new Date(at);
    const sameMonth = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), +m[1]!);
    out.push(
      endOfDay(
        sameMonth >= startOfDay(at) ? sameMonth : Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, +m[1]!),
      ),
    );
  }
  return out.filter((x) => Number.isFinite(x) && x > at);
}

function addMonths(ms: number, n: number): number {
  const d = new Date(ms);
  return Date.UTC(
    d.getUTCFullYear(),
    d.getUTCMonth() + n,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
  );
}

/** The next day with weekday `k` strictly after `ms` ("on Monday" said on a Monday means next week). */
function nextWeekday(ms: number, k: number): number {
  const ahead = (k - weekday(ms) + 7) % 7 || 7;
  return ms + ahead * DAY;
}

function nextDate(ms: number, month: number, day: number): number {
  const y = new Date(ms).getUTCFullYear();
  const thisYear = Date.UTC(y, month, day);
  return thisYear >= startOfDay(ms) ? thisYear : Date.UTC(y + 1, month, day);
}

/**
 * The due moment of a promise made at `at` (ISO with offset), as ISO with the same offset, or null
 * when the text names no time. With several phrases ("ships today, arrives in 3–5 business days")
 * the latest wins: that is when the customer can say the promise was broken. A bare day count
 * ("within 7 days") and a range's upper bound are due at the end of that day.
 */

/**
 * The due moment of a promise made at `at` (ISO with offset), as ISO with the same offset, or null
 * when the text names no time. With several phrases ("ships today, arrives in 3–5 business days")
 * the latest wins: that is when the customer can say the promise was broken. Day-based phrases
 * ("within 7 days", a range's upper bound, "by Friday") are due at the end of that day.
 */
export function dueDate(text: string, at: string): string | null {
  const w = parseWall(at);
  if (!w) return null;
  const all = candidates(text, w.ms);
  if (all.length === 0) return null;
  return formatWall({ ms: Math.max(...all), offset: w.offset });
}

/** "Fri 14 Mar 2025" in the due date's own offset (for note texts; English, deterministic). */
export function formatDay(iso: string): string {
  const w = parseWall(iso);
  if (!w) return iso;
  const d = new Date(w.ms);
  const wd = WEEKDAYS[d.getUTCDay()]!.slice(0, 3);
  const mo = MONTHS[d.getUTCMonth()]!;
  return `${wd[0]!.toUpperCase()}${wd.slice(1)} ${d.getUTCDate()} ${mo[0]!.toUpperCase()}${mo.slice(1)} ${d.getUTCFullYear()}`;
}
