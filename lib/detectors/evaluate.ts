import { isRole, type Role } from '../model';
import { isLabel, LABELS, type Label, type Line, VALUED_LABELS } from './types';

/** One line of a corpus file (tests/corpus/*.jsonl). */
export interface CorpusConversation {
  id: string;
  messages: { role: Role; author: string | null; text: string }[];
  labels: { i: number; label: Label; value?: string }[];
}

export interface LabelScore {
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f1: number;
}

export interface Mismatch {
  kind: 'fp' | 'fn';
  id: string;
  i: number;
  label: Label;
  value?: string;
  text: string;
}

export interface Evaluation {
  conversations: number;
  messages: number;
  labels: Record<Label, LabelScore>;
  mismatches: Mismatch[];
}

type Analyse = (lines: readonly Line[]) => readonly { i: number; label: Label; value?: string }[];

/** Parse JSONL; throws an Error naming the line for anything that is not a valid conversation. */
export function parseCorpus(text: string): CorpusConversation[] {
  const out: CorpusConversation[] = [];
  text.split('\n').forEach((raw, n) => {
    if (raw.trim() === '') return;
    const where = `line ${n + 1}`;
    let v: unknown;
    try {
      v = JSON.parse(raw);
    } catch (e) {
      throw new Error(`${where}: not JSON (${(e as Error).message})`);
    }
    out.push(checkConversation(v, where));
  });
  return out;
}

function checkConversation(v: unknown, where: string): CorpusConversation {
  const o = v as Partial<CorpusConversation> | null;
  if (!o || typeof o.id !== 'string' || !Array.isArray(o.messages) || !Array.isArray(o.labels)) {
    throw new Error(`${where}: expected {id, messages[], labels[]}`);
  }
  for (const m of o.messages) {
    // `author` may be left out (the issue's format gives it for agents only): it is then null
    if (m && m.author === undefined) m.author = null;
    if (
      !m ||
      !isRole(m.role) ||
      typeof m.text !== 'string' ||
      !(m.author === null || typeof m.author === 'string')
    ) {
      throw new Error(`${where}: bad message in ${o.id}`);
    }
  }
  for (const l of o.labels) {
    if (!l || !isLabel(l.label) || !Number.isInteger(l.i) || l.i < 0 || l.i >= o.messages.length) {
      throw new Error(`${where}: bad label in ${o.id}: ${JSON.stringify(l)}`);
    }
  }
  return o as CorpusConversation;
}

/** Values compare case-insensitively and without a leading '#'; labels without values ignore them. */
export function matchKey(id: string, i: number, label: Label, value: string | undefined): string {
  const v = VALUED_LABELS.includes(label) ? (value ?? '').trim().replace(/^#\s*/, '').toLowerCase() : '';
  return `${id}\u0000${i}\u0000${label}\u0000${v}`;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

/** Precision, recall and F1 from counts, unrounded (an empty denominator counts as 1). */
export function scoreOf(tp: number, fp: number, fn: number): LabelScore {
  const p = ratio(tp, tp + fp);
  const r = ratio(tp, tp + fn);
  return { tp, fp, fn, p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/**
 * The corpus and the analyser with case numbers on customer lines left out, on both sides: for files
 * whose writers were told to label agent, bot and system lines only (holdout13–15,
 * docs/analysers.md "Round 13"), where a case number the customer types is otherwise a false alarm.
 */
export function withoutCustomerCases(
  convs: readonly CorpusConversation[],
  analyse: Analyse,
): { convs: CorpusConversation[]; analyse: Analyse } {
  const onCustomer = (messages: readonly Line[], label: Label, i: number) =>
    label === 'case-number' && messages[i]?.role === 'customer';
  return {
    convs: convs.map((c) => ({
      ...c,
      labels: c.labels.filter((l) => !onCustomer(c.messages, l.label, l.i)),
    })),
    analyse: (messages) => analyse(messages).filter((f) => !onCustomer(messages, f.label, f.i)),
  };
}

/** Score `analyse` against the gold labels; both sides are sets, so duplicate findings count once. */
export function evaluate(convs: readonly CorpusConversation[], analyse: Analyse): Evaluation {
  const counts = Object.fromEntries(LABELS.map((l) => [l, { tp: 0, fp: 0, fn: 0 }])) as Record<
    Label,
    { tp: number; fp: number; fn: number }
  >;
  const mismatches: Mismatch[] = [];
  let messages = 0;
  for (const c of convs) {
    messages += c.messages.length;
    const gold = new Map(c.labels.map((l) => [matchKey(c.id, l.i, l.label, l.value), l]));
    const found = new Map(analyse(c.messages).map((f) => [matchKey(c.id, f.i, f.label, f.value), f]));
    for (const [k, f] of found) {
      const row = counts[f.label];
      if (gold.has(k)) row.tp++;
      else {
        row.fp++;
        mismatches.push({
          kind: 'fp',
          id: c.id,
          i: f.i,
          label: f.label,
          value: f.value,
          text: c.messages[f.i]?.text ?? '',
        });
      }
    }
    for (const [k, l] of gold) {
      if (found.has(k)) continue;
      counts[l.label].fn++;
      mismatches.push({
        kind: 'fn',
        id: c.id,
        i: l.i,
        label: l.label,
        value: l.value,
        text: c.messages[l.i]?.text ?? '',
      });
    }
  }
  const labels = {} as Record<Label, LabelScore>;
  for (const l of LABELS) {
    const { tp, fp, fn } = counts[l];
    const s = scoreOf(tp, fp, fn);
    labels[l] = { ...s, p: round3(s.p), r: round3(s.r), f1: round3(s.f1) };
  }
  return { conversations: convs.length, messages, labels, mismatches };
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The per-label table the CLI prints. */
export function formatTable(e: Evaluation): string {
  const head = ['label', 'tp', 'fp', 'fn', 'precision', 'recall', 'f1'];
  const rows = LABELS.map((l) => {
    const s = e.labels[l];
    return [l, s.tp, s.fp, s.fn, s.p.toFixed(3), s.r.toFixed(3), s.f1.toFixed(3)].map(String);
  });
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]?.length ?? 0)));
  const fmt = (r: string[]) =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [fmt(head), ...rows.map(fmt)].join('\n');
}

/** The machine-readable summary: the CLI's last line. */
export function summaryJson(e: Evaluation): string {
  return JSON.stringify({ labels: e.labels });
}
