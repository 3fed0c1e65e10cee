/**
 * Escalation prompts: short, polite-but-firm messages the person can copy or insert when the chat
 * goes wrong (cant-help, script-loop, a second transfer, a stall, a premature close). Each quotes
 * the facts known so far: case number, agent, desired outcome, what was promised. Pure and
 * deterministic: the same input gives the same prompts in the same order.
 */
import { promiseIn } from './detectors/promise';
import { sentences } from './detectors/text';
import type { Finding, Label, Line } from './detectors/types';
import { transferEpisodes } from './notes';

export type PromptTrigger =
  | Extract<Label, 'cant-help' | 'script-loop' | 'premature-close'>
  | 'second-transfer'
  | 'stalled';

export interface Prompt {
  id: string;
  trigger: Label | 'second-transfer' | 'stalled';
  title: string;
  text: string;
}

export interface PromptsInput {
  findings: readonly Finding[];
  lines: readonly Line[];
  desiredOutcome: string;
  caseNumbers: readonly string[];
  agents: readonly string[];
  stalled: boolean;
}

/** Facts a prompt may quote; each is null when unknown, and the wording adapts. */
interface Facts {
  outcome: string;
  caseNumber: string | null;
  agent: string | null;
  promised: string | null;
  transfers: number;
}

const GENERIC_OUTCOME = 'the problem I described solved';
const MAX_QUOTE = 140;

function facts(input: PromptsInput): Facts {
  const fromFindings = input.findings
    .filter((f) => f.label === 'case-number' && f.value)
    .map((f) => f.value!);
  const cases = [...input.caseNumbers, ...fromFindings];
  const names = input.findings.filter((f) => f.label === 'agent-name' && f.value).map((f) => f.value!);
  const authors = input.lines
    .filter((l) => (l.role === 'agent' || l.role === 'bot') && l.author)
    .map((l) => l.author!);
  const agents = [...input.agents, ...names, ...authors];
  const lastPromise = [...input.findings].reverse().find((f) => f.label === 'promise');
  const line = lastPromise ? input.lines[lastPromise.i] : undefined;
  const said = line
    ? sentences(line.text)
        .filter((s) => promiseIn(s) !== null)
        .join(' ')
    : '';
  const outcome = input.desiredOutcome.trim().replace(/[.!\s]+$/, '');
  return {
    outcome: outcome || GENERIC_OUTCOME,
    caseNumber: cases.at(-1) ?? null,
    agent: agents.at(-1) ?? null,
    promised: said ? clip(said) : null,
    transfers: transferEpisodes(input.lines, input.findings).length,
  };
}

function clip(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > MAX_QUOTE ? `${t.slice(0, MAX_QUOTE - 1)}…` : t;
}

const caseRef = (f: Facts) => (f.caseNumber ? ` My case number is ${f.caseNumber}.` : '');
const askIds = (f: Facts) =>
  f.caseNumber && f.agent
    ? ''
    : f.caseNumber
      ? ' Could you also tell me your name for my records?'
      : f.agent
        ? ' Could you also give me the case or reference number for this chat?'
        : ' Could you also give me the case number and your name for my records?';
const promisedRef = (f: Facts) => (f.promised ? ` I was told: “${f.promised}”` : '');

type Make = (f: Facts) => Omit<Prompt, 'trigger'>;

/** The prompts for each trigger, most useful first. */
const PROMPTS: Record<PromptTrigger, readonly Make[]> = {
  'cant-help': [
    (f) => ({
      id: 'cant-help:supervisor',
      title: 'Ask for a supervisor',
      text: `I understand this is outside what you can do. Please connect me with a supervisor or the team that can help: I need ${f.outcome}.${caseRef(f)}${askIds(f)}`,
    }),
    (f) => ({
      id: 'cant-help:next-step',
      title: 'Ask who can do it',
      text: `Then who can? What I need is ${f.outcome}. Please tell me the next step, who will take it, and when I will hear back.${caseRef(f)}`,
    }),
  ],
  'script-loop': [
    (f) => ({
      id: 'script-loop:already-done',
      title: 'Point to what you already gave',
      text: `I have already given that information and tried those steps earlier in this chat; please scroll up rather than asking again. What I need is ${f.outcome}.${caseRef(f)}`,
    }),
    (f) => ({
      id: 'script-loop:next-tier',
      title: 'Ask for the next tier',
      text: `We seem to be going in circles. Please escalate this to the next tier or a supervisor who can resolve it: I need ${f.outcome}.${askIds(f)}`,
    }),
  ],
  'second-transfer': [
    (f) => ({
      id: 'second-transfer:ids',
      title: 'Get the case number and a name',
      text: `I have now been transferred ${f.transfers} times. Before anything else, please give me the case number and your name, and note my issue on the case so I don't have to repeat it: I need ${f.outcome}.${caseRef(f)}`,
    }),
    (f) => ({
      id: 'second-transfer:own-it',
      title: 'Ask them to own it',
      text: `Please don't transfer me again unless the next person can definitely resolve this. Can you take ownership of it? I need ${f.outcome}.${promisedRef(f)}`,
    }),
  ],
  stalled: [
    (f) => ({
      id: 'stalled:nudge',
      title: 'Ask for an update',
      text: `Are you still there? I'm still waiting on ${f.outcome}. Could you give me an update and an estimate of how long this will take?${caseRef(f)}`,
    }),
    (f) => ({
      id: 'stalled:transcript',
      title: 'Secure the transcript',
      text: `In case we get disconnected, please email me a transcript of this chat${f.caseNumber ? ` and note it on case ${f.caseNumber}` : ' and give me the case number'}.`,
    }),
  ],
  'premature-close': [
    (f) => ({
      id: 'premature-close:decline',
      title: 'Decline the close',
      text: `Please don't close this chat yet: my issue isn't solved. I still need ${f.outcome}.${promisedRef(f)}${caseRef(f)}`,
    }),
    (f) => ({
      id: 'premature-close:transcript',
      title: 'Ask for the transcript and ids',
      text: `Before we finish, please email me a transcript of this chat and confirm ${f.caseNumber ? `case ${f.caseNumber}` : 'the case number'}${f.agent ? ` and that I spoke with ${f.agent}` : ' and your name'}.${promisedRef(f)}`,
    }),
  ],
};

/** Trigger priority when two happened at the same message. */
const ORDER: readonly PromptTrigger[] = [
  'premature-close',
  'cant-help',
  'script-loop',
  'second-transfer',
  'stalled',
];

/**
 * Prompts for every trigger that occurred, the most recent trigger first (a stall counts as the
 * most recent of all: it is happening now). Each prompt id appears once.
 */
export function buildPrompts(input: PromptsInput): Prompt[] {
  const last = new Map<PromptTrigger, number>();
  for (const f of input.findings) {
    if (f.label === 'cant-help' || f.label === 'script-loop' || f.label === 'premature-close') {
      last.set(f.label, Math.max(last.get(f.label) ?? -1, f.i));
    }
  }
  const episodes = transferEpisodes(input.lines, input.findings);
  if (episodes.length >= 2) last.set('second-transfer', episodes.at(-1)!.i);
  if (input.stalled) last.set('stalled', Number.POSITIVE_INFINITY);
  if (last.size === 0) return [];

  const f = facts(input);
  const triggers = [...last.keys()].sort(
    (a, b) => last.get(b)! - last.get(a)! || ORDER.indexOf(a) - ORDER.indexOf(b),
  );
  return triggers.flatMap((trigger) => PROMPTS[trigger].map((make) => ({ trigger, ...make(f) })));
}
