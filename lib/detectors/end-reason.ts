/**
 * Why a chat ended (issue 4): the pure core of disconnect detection. From the signals a recorder
 * saw (an end line, the widget's own state, the widget vanishing, the tab going away) and the last
 * lines of the conversation, decide whether the chat is over and why. The recorder asks it before
 * sending a signal (so minimising, a customer's own words or a banner that clears are never sent)
 * and the background asks it again with what only it knows (is a chat active, the stored lines).
 * Time comes in as data (`now`, `at` in epoch ms).
 */
import type { EndFlag, WidgetSignal } from '../messaging';
import type { EndReason, Role } from '../model';
import { caseNumbersIn } from './case-number';
import { matchDisconnect } from './phrases/disconnect';
import { norm } from './text';

/** A reconnecting/offline banner (or a "reconnecting…" line) must stay this long to be a lost connection. */
export const OFFLINE_GRACE_MS = 20_000;

/** Ends the person did not choose: these alert (shared/README "Alerts are for ends the person did not choose"). */
export const ALERT_REASONS: ReadonlySet<EndReason> = new Set<EndReason>([
  'agent-ended',
  'agent-left',
  'inactivity-timeout',
  'connection-lost',
  'widget-removed',
]);

/** Signal kinds: the recorder's (messaging.ts) plus the background's own observations of the tab. */
export type SignalKind = WidgetSignal['kind'] | 'tab-removed' | 'page-left';

export interface ObservedSignal {
  kind: SignalKind;
  /** What was seen: the line, the banner text, the element that went away. */
  evidence: string;
  /** When the widget showed it (epoch ms). */
  at: number;
  /**
   * widget-removed: is any part of the widget (its page-level container, launcher or frame) still on
   * the page? 'present' = minimised or collapsed; 'unknown' = the adapter knows no container.
   */
  container?: 'present' | 'gone' | 'unknown';
  /** widget-removed: the widget's frame was pointed at another site (an end even with the container). */
  navigated?: boolean;
}

export interface EndLine {
  role: Role;
  text: string;
  /** When the line was first seen (epoch ms), when known. */
  at?: number;
  /**
   * What the end-line lists say of this line, when already known (the background's `ends` flag or
   * the vendor's own match): used as it is, so the recorder in the page never runs the shared list.
   */
  match?: EndLineMatch | null;
}

export interface EndInput {
  /** Signals of this session, oldest first. */
  signals: readonly ObservedSignal[];
  /** The last lines of the conversation, oldest first (may be empty when unknown). */
  lines: readonly EndLine[];
  /** A chat was going on: lines were recorded and it has not ended. */
  active: boolean;
  now: number;
  /** The vendor adapter's own end-of-chat lines (lowercase substrings or regexps). */
  vendorEndLines?: readonly (string | RegExp)[];
}

export interface EndVerdict {
  reason: EndReason;
  /** When the end first showed (epoch ms). */
  at: number;
  /** The signal that decided the reason, and its evidence. */
  signal: SignalKind;
  evidence: string;
  /** The end phrase that named the reason, if a line did. */
  phrase: string | null;
  /** Alert the person (an end they did not choose). */
  alert: boolean;
}

export interface EndLineMatch {
  reason: EndReason;
  phrase: string;
  /** "Reconnecting…": a lost connection only if nothing follows within OFFLINE_GRACE_MS. */
  transient: boolean;
}

/**
 * Lines that announce an attempt to come back, not a final loss (en, es, fr, de, it, pt, nl), and
 * (round 23) an agent saying in the same line that they are back ("die Verbindung war kurz weg,
 * hier nochmals Nicole", "caiu a conexão aqui, sou o Rafael novamente"; round 26: "we got disconnected for
 * a moment there").
 */
const TRANSIENT =
  /\b(?:i'm|i am) back\b|\bhere again\b|\bfor a (?:moment|second|sec|bit) there\b|\bnovamente\b|\bde volta\b|\bwieder da\b|\bnochmals\b|\b(?:weer|opnieuw) (?:terug|hier)\b|\bik ben er weer\b|\bde vuelta\b|\bde retour\b|\bdi nuovo qui\b|\bre-?connecting\b|\b(?:attempting|trying) to (?:re)?connect\b|reconectando|reconexi[oó]n|reconnexion|erneut verbinden|wird (?:wieder )?verbunden|riconnessione|opnieuw verbinden|a tentar (?:restabelecer|reconectar|voltar a ligar)/;

/** An end-of-chat or disconnect line by the shared multilingual list (`phrases/disconnect.ts`). */
export function matchSharedEndLine(text: string): EndLineMatch | null {
  const shared = matchDisconnect(text);
  if (!shared) return null;
  return {
    reason: shared.reason,
    phrase: shared.phrase,
    transient: shared.reason === 'connection-lost' && TRANSIENT.test(norm(text)),
  };
}

/** An end-of-chat line by the vendor adapter's own list (lowercase substrings or regexps). */
export function matchVendorEndLine(
  text: string,
  vendorEndLines: readonly (string | RegExp)[],
): EndLineMatch | null {
  if (vendorEndLines.length === 0) return null;
  const t = norm(text);
  for (const v of vendorEndLines) {
    if (typeof v === 'string') {
      if (v && t.includes(v.toLowerCase())) return { reason: 'agent-ended', phrase: v, transient: false };
    } else {
      v.lastIndex = 0;
      const m = v.exec(text);
      if (m) return { reason: 'agent-ended', phrase: m[0], transient: false };
    }
  }
  return null;
}

/** A line's end match: the one it carries when already known (`EndLine.match`), else `matchEndLine`. */
function endMatchOf(l: EndLine, vendorEndLines: readonly (string | RegExp)[] = []): EndLineMatch | null {
  return l.match !== undefined ? l.match : matchEndLine(l.text, vendorEndLines);
}

/** An end-of-chat or disconnect line: the shared multilingual list first, then the vendor's own lines. */
export function matchEndLine(
  text: string,
  vendorEndLines: readonly (string | RegExp)[] = [],
): EndLineMatch | null {
  return matchSharedEndLine(text) ?? matchVendorEndLine(text, vendorEndLines);
}

/**
 * The lines of a capture batch that are end lines by the shared list, by index: the background
 * answers each batch with them, so the recorder in the page never runs the shared list. On the page's
 * main thread that match cost more than reading the line (docs/performance.md, session 11): its
 * union of every phrase is a large regexp that V8 compiles again after the page's garbage
 * collections. Customer lines are never end lines.
 */
export function sharedEndLines(lines: readonly { role: Role; text: string }[]): EndFlag[] {
  const out: EndFlag[] = [];
  lines.forEach((l, i) => {
    if (l.role === 'customer') return;
    const m = matchSharedEndLine(l.text);
    if (m) out.push({ i, ...m });
  });
  return out;
}

/** Controls a widget offers to end the chat yourself ("End chat", "Chat beenden"…); not "close"/"minimise". */
const END_CONTROL =
  /^end$|\b(?:end|leave|finish|quit|terminate)\b(?: (?:the|this|my))? (?:chat|conversation|session)\b|\b(?:finalizar|terminar|abandonar|encerrar|sair d[oa]) (?:el |la |o |a )?(?:chat|conversaci[oó]n|conversa|atendimento)\b|\b(?:terminer|quitter|mettre fin [àa]) (?:la |le )?(?:discussion|conversation|chat)\b|\b(?:chat|unterhaltung|gespr[äa]ch) (?:beenden|verlassen)\b|\b(?:termina|abbandona) (?:la )?(?:chat|conversazione)\b|\b(?:chat|gesprek) (?:be[eë]indigen|verlaten)\b/;

export function isEndChatControl(label: string): boolean {
  const t = norm(label);
  return t.length > 0 && t.length <= 60 && END_CONTROL.test(t);
}

interface TailEnd extends EndLineMatch {
  text: string;
  at: number | undefined;
}

/**
 * The end line closing the conversation, if any: walking back from the last line, customer lines
 * are skipped (a person typing "hello?" after the agent left does not undo it, and what a customer
 * writes is never an end line), and any other line that is not an end line means the chat went on.
 */
function tailEnd(
  lines: readonly EndLine[],
  vendorEndLines: readonly (string | RegExp)[],
  now: number,
): TailEnd | null {
  for (let i = lines.length - 1, seen = 0; i >= 0 && seen < 10; i--, seen++) {
    const l = lines[i]!;
    if (l.role === 'customer') continue;
    const m = endMatchOf(l, vendorEndLines);
    if (!m) return null;
    if (m.transient && (l.at === undefined || now - l.at < OFFLINE_GRACE_MS)) return null;
    return { ...m, text: l.text, at: l.at };
  }
  return null;
}

/** Specific reasons win over generic ones when several signals name one (inactivity beats "chat ended"). */
const RANK: Readonly<Record<EndReason, number>> = {
  'customer-ended': 7,
  'inactivity-timeout': 6,
  'agent-left': 5,
  'connection-lost': 4,
  'agent-ended': 3,
  'widget-removed': 2,
  'tab-closed': 1,
};

interface Candidate {
  reason: EndReason;
  phrase: string | null;
  evidence: string;
}

function candidateOf(
  s: ObservedSignal,
  input: EndInput,
  tail: TailEnd | null,
  reconnectedAt: number,
): Candidate | null {
  const fromTail = (fallback: EndReason): Candidate =>
    tail
      ? { reason: tail.reason, phrase: tail.phrase, evidence: `${s.evidence}; last line: "${tail.text}"` }
      : { reason: fallback, phrase: null, evidence: s.evidence };
  switch (s.kind) {
    case 'customer-ended':
      return { reason: 'customer-ended', phrase: null, evidence: s.evidence };
    case 'end-line': {
      // the line as stored: a customer's words are never an end; a line the chat went on after is stale
      const idx = input.lines.findLastIndex((l) => l.text === s.evidence);
      if (idx >= 0) {
        if (input.lines[idx]!.role === 'customer') return null;
        if (
          input.lines
            .slice(idx + 1)
            .some((l) => l.role !== 'customer' && !endMatchOf(l, input.vendorEndLines))
        )
          return null;
      }
      const m = endMatchOf(
        idx >= 0 ? input.lines[idx]! : { role: 'system', text: s.evidence },
        input.vendorEndLines,
      );
      if (!m) return null;
      if (m.transient && (input.now - s.at < OFFLINE_GRACE_MS || reconnectedAt > s.at)) return null;
      return { reason: m.reason, phrase: m.phrase, evidence: s.evidence };
    }
    case 'composer-disabled':
    case 'end-prompt':
      return fromTail('agent-ended');
    case 'offline-banner':
      // a banner that cleared (reconnected) or has not yet outlasted the grace period is no end
      if (input.now - s.at < OFFLINE_GRACE_MS || reconnectedAt > s.at) return null;
      return { reason: 'connection-lost', phrase: null, evidence: s.evidence };
    case 'widget-removed':
      // minimised: the frame or the conversation went away but the widget's container is still there
      if (!s.navigated && s.container !== 'gone') return null;
      return fromTail('widget-removed');
    case 'tab-removed':
    case 'page-left':
      return { reason: 'tab-closed', phrase: null, evidence: s.evidence };
    default:
      // page-hidden (a reload continues the chat), reconnected, stalled: not an end
      return null;
  }
}

/**
 * The end of the chat, or null when it is still going on (or never started). Needs a signal: the
 * last lines alone only sharpen the reason a signal gives (an end prompt after "closed due to
 * inactivity" is an inactivity timeout).
 */
export function classifyEnd(input: EndInput): EndVerdict | null {
  if (!input.active) return null;
  const tail = tailEnd(input.lines, input.vendorEndLines ?? [], input.now);
  let reconnectedAt = -Infinity;
  for (const s of input.signals) if (s.kind === 'reconnected') reconnectedAt = Math.max(reconnectedAt, s.at);
  let best: (Candidate & { signal: SignalKind }) | null = null;
  let first = Infinity;
  for (const s of input.signals) {
    const c = candidateOf(s, input, tail, reconnectedAt);
    if (!c) continue;
    let at = s.at;
    if (c.reason === 'tab-closed') {
      // the page went away when it was hidden, not when the browser got round to removing the tab
      for (const h of input.signals) if (h.kind === 'page-hidden' && h.at <= s.at) at = Math.min(at, h.at);
    }
    first = Math.min(first, at);
    if (!best || RANK[c.reason] > RANK[best.reason]) best = { ...c, signal: s.kind };
  }
  if (!best) return null;
  return {
    reason: best.reason,
    at: first,
    signal: best.signal,
    evidence: best.evidence,
    phrase: best.phrase,
    alert: ALERT_REASONS.has(best.reason),
  };
}

/** The case number to quote: the last one the store knows, else the last one written in the lines. */
export function caseNumberOf(known: readonly string[], lines: readonly EndLine[]): string | null {
  if (known.length) return known.at(-1)!;
  for (let i = lines.length - 1; i >= 0; i--) {
    const found = caseNumbersIn(lines[i]!.text);
    if (found.length) return found.at(-1)!;
  }
  return null;
}
