import type { Outcome } from '../lib/model';

const LABELS: Record<Outcome, { text: string; tone: string }> = {
  solved: { text: 'Solved', tone: 'ok' },
  'partly-solved': { text: 'Partly solved', tone: 'warn' },
  'closed-unsolved': { text: 'Not solved', tone: 'danger' },
};

/** The person's verdict on a chat, or "Ended" when they have not given one. */
export function OutcomeBadge({ outcome, ended }: { outcome: Outcome | null; ended: boolean }) {
  if (outcome) return <span class={`badge ${LABELS[outcome].tone}`}>{LABELS[outcome].text}</span>;
  return ended ? <span class="badge">Ended</span> : null;
}
