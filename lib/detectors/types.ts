import type { Role } from '../model';

/** The labels the analysers emit; definitions are in docs/analysers.md (the contract). */
export const LABELS = [
  'upsell-offer',
  'upsell-assent',
  'disconnect',
  'transfer',
  'agent-name',
  'case-number',
  'cant-help',
  'script-loop',
  'premature-close',
  'promise',
] as const;
export type Label = (typeof LABELS)[number];

/** Labels whose findings carry a value (compared case-insensitively, without a leading '#'). */
export const VALUED_LABELS: readonly Label[] = ['agent-name', 'case-number'];

/** One transcript line as the analysers see it. */
export interface Line {
  role: Role;
  author: string | null;
  text: string;
  at?: string | null;
}

export interface Finding {
  /** Index of the message in the transcript. */
  i: number;
  label: Label;
  value?: string;
  /** Short human-readable reason (the phrase or signal that fired). */
  evidence: string;
}

/**
 * A pure, deterministic analyser. Findings for message i depend only on lines 0..i, so
 * running it on a prefix yields exactly the findings of the full run with i in the prefix.
 */
export interface Analyser {
  id: string;
  labels: readonly Label[];
  analyse(lines: readonly Line[]): Finding[];
}

export function isLabel(v: unknown): v is Label {
  return typeof v === 'string' && (LABELS as readonly string[]).includes(v);
}
