/**
 * Case files: every chat with one company, grouped, and a short factual "catch the next rep up"
 * paragraph the person can paste into a new chat. Pure functions of stored records; time and the
 * person's locale/zone come in as data.
 */
import { siteDomain, siteName } from './export/filename';
import { type Clock, dateOf } from './format';
import type { EndReason, Outcome, Session } from './model';

/** The session fields a case file reads. */
export type CaseSession = Pick<
  Session,
  | 'id'
  | 'vendor'
  | 'origin'
  | 'url'
  | 'title'
  | 'startedAt'
  | 'lastActivityAt'
  | 'endedAt'
  | 'endReason'
  | 'agents'
  | 'caseNumbers'
  | 'desiredOutcome'
  | 'outcome'
  | 'messageCount'
>;

export type CaseFactKind =
  | 'promise'
  | 'upsell-offer'
  | 'upsell-assent'
  | 'transfer'
  | 'disconnect'
  | 'cant-help'
  | 'premature-close';

/** One thing that happened in a chat, as found by the analysers or recorded as an event. */
export interface CaseFact {
  kind: CaseFactKind;
  at: string;
  /** The line that shows it (quoted in summaries, shortened). */
  text: string;
  /** Who said it (agent name), when known. */
  by: string | null;
  /** For promises: when it was due (ISO), when the notes could tell. */
  due?: string | null;
}

export interface CaseContact {
  session: CaseSession;
  facts: CaseFact[];
  /** The person's first substantive line: how they described the problem. */
  opening: string | null;
}

export interface CasePromise extends CaseFact {
  sessionId: string;
  /** Not followed by a chat marked solved. */
  open: boolean;
  /** Due date already passed (at `now`). */
  overdue: boolean;
}

export interface CaseFile {
  key: string;
  /** `Acme` */
  company: string;
  /** `acme.com` */
  domain: string;
  origins: string[];
  vendors: string[];
  /** Oldest first. */
  contacts: CaseContact[];
  agents: string[];
  caseNumbers: string[];
  promises: CasePromise[];
  firstAt: string;
  lastAt: string;
  /** The latest chat is not marked solved. */
  unresolved: boolean;
  catchUp: string;
}

export interface CaseGroup {
  key: string;
  company: string;
  domain: string;
  /** Newest activity first. */
  sessions: Session[];
  lastAt: string;
}

const ms = (iso: string) => Date.parse(iso);

/** Chats on one registrable domain are one company (support.acme.com and www.acme.com). */
export function caseKey(s: Pick<Session, 'origin' | 'url'>): string {
  return siteDomain(s) || s.origin || s.url || 'unknown';
}

/** `help.northwind-energy.com` → `Northwind Energy`: the company as people say it. */
export function companyName(s: Pick<Session, 'origin' | 'url'>): string {
  const name = siteName(s);
  if (!name) return 'Unknown site';
  if (/^[\d.]+$/.test(name)) return name;
  return name
    .split(/[-_]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** Groups sessions into case files, most recently active first. */
export function groupCases(sessions: readonly Session[]): CaseGroup[] {
  const groups = new Map<string, CaseGroup>();
  for (const s of sessions) {
    const key = caseKey(s);
    let g = groups.get(key);
    if (!g) {
      g = {
        key,
        company: companyName(s),
        domain: siteDomain(s) || key,
        sessions: [],
        lastAt: s.lastActivityAt,
      };
      groups.set(key, g);
    }
    g.sessions.push(s);
    if (ms(s.lastActivityAt) > ms(g.lastAt)) g.lastAt = s.lastActivityAt;
  }
  for (const g of groups.values()) g.sessions.sort((a, b) => ms(b.lastActivityAt) - ms(a.lastActivityAt));
  return [...groups.values()].sort((a, b) => ms(b.lastAt) - ms(a.lastAt));
}

const uniq = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];

export const OUTCOME_TEXT: Record<Outcome, string> = {
  solved: 'solved',
  'partly-solved': 'partly solved',
  'closed-unsolved': 'closed without a solution',
};

export const END_TEXT: Record<EndReason, string> = {
  'agent-ended': 'the agent ended it',
  'agent-left': 'the agent left',
  'inactivity-timeout': 'it timed out',
  'connection-lost': 'the connection was lost',
  'widget-removed': 'the chat window disappeared',
  'tab-closed': 'I closed the tab',
  'customer-ended': 'I ended it',
};

/** What became of one chat, in words: the person's answer first, else how it ended. */
export function contactResult(s: CaseSession): string {
  if (s.outcome) return OUTCOME_TEXT[s.outcome];
  if (s.endReason) return `ended (${END_TEXT[s.endReason]})`;
  return s.endedAt ? 'ended' : 'still open';
}

export function shorten(text: string, max = 160): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

const ORDINAL = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];
const ordinal = (n: number) => ORDINAL[n - 1] ?? `${n}th`;

function joinAnd(xs: readonly string[]): string {
  if (xs.length <= 1) return xs[0] ?? '';
  return `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`;
}

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

/** Builds one company's case file from its chats (any order) and what was found in each. */
export function buildCaseFile(input: readonly CaseContact[], now: number, clock: Clock): CaseFile | null {
  if (input.length === 0) return null;
  const contacts = [...input].sort((a, b) => ms(a.session.startedAt) - ms(b.session.startedAt));
  const first = contacts[0]!;
  const last = contacts.at(-1)!;
  const agents = uniq(contacts.flatMap((c) => c.session.agents));
  const caseNumbers = uniq(contacts.flatMap((c) => c.session.caseNumbers));

  const promises: CasePromise[] = [];
  contacts.forEach((c, idx) => {
    const solvedLater = contacts.slice(idx).some((x) => x.session.outcome === 'solved');
    for (const f of c.facts) {
      if (f.kind !== 'promise') continue;
      const overdue = !!f.due && ms(f.due) < now;
      promises.push({ ...f, sessionId: c.session.id, open: !solvedLater, overdue });
    }
  });

  const file: CaseFile = {
    key: caseKey(first.session),
    company: companyName(first.session),
    domain: siteDomain(first.session) || caseKey(first.session),
    origins: uniq(contacts.map((c) => c.session.origin)),
    vendors: uniq(contacts.map((c) => c.session.vendor)),
    contacts,
    agents,
    caseNumbers,
    promises,
    firstAt: first.session.startedAt,
    lastAt: contacts.reduce(
      (m, c) => (ms(c.session.lastActivityAt) > ms(m) ? c.session.lastActivityAt : m),
      first.session.lastActivityAt,
    ),
    unresolved: last.session.outcome !== 'solved',
    catchUp: '',
  };
  file.catchUp = catchUpSummary(file, clock);
  return file;
}

/**
 * The paragraph to paste into a new chat, in the person's voice: how many contacts and when, the
 * case numbers, the problem as first described, what they want, what was promised and not done,
 * and what was already tried. Only facts from the records; nothing invented.
 */
export function catchUpSummary(file: CaseFile, clock: Clock): string {
  const { contacts } = file;
  const n = contacts.length;
  const day = (iso: string) => dateOf(iso, clock);
  const parts: string[] = [];

  const visits = contacts.map((c) => {
    const who = c.session.agents.length ? ` with ${joinAnd(c.session.agents)}` : '';
    return `${day(c.session.startedAt)}${who}`;
  });
  parts.push(
    n === 1
      ? `I contacted ${file.company} support about this on ${visits[0]}.`
      : `This is my ${ordinal(n + 1)} contact with ${file.company} support about the same problem. Earlier chats: ${joinAnd(visits)}.`,
  );
  if (file.caseNumbers.length) {
    parts.push(
      `${file.caseNumbers.length === 1 ? 'My case number is' : 'My case numbers are'} ${joinAnd(file.caseNumbers)}.`,
    );
  }
  const opening = contacts.find((c) => c.opening)?.opening;
  if (opening) parts.push(`The problem, as I first described it: “${shorten(opening)}”`);
  const wanted = [...contacts].reverse().find((c) => c.session.desiredOutcome.trim())?.session.desiredOutcome;
  if (wanted) parts.push(`What I need: ${shorten(wanted, 200).replace(/[.!]?$/, '.')}`);

  const open = file.promises.filter((p) => p.open);
  if (open.length) {
    const said = open.map((p) => {
      const by = p.by ? `${p.by} said` : 'I was told';
      const due = p.due ? ` (due ${day(p.due)}${p.overdue ? ', now passed' : ''})` : '';
      return `${by} on ${day(p.at)}: “${shorten(p.text, 140)}”${due}`;
    });
    parts.push(`Promised and not done yet: ${said.join('; ')}.`);
  }

  const tried: string[] = [];
  const transfers = contacts.reduce((t, c) => t + c.facts.filter((f) => f.kind === 'transfer').length, 0);
  if (transfers) tried.push(`I have been transferred ${times(transfers)}`);
  const cut = contacts.filter(
    (c) => c.facts.some((f) => f.kind === 'disconnect') || c.session.endReason === 'connection-lost',
  );
  if (cut.length)
    tried.push(
      `${cut.length === 1 ? 'one chat was' : `${cut.length} chats were`} cut off (${joinAnd(cut.map((c) => day(c.session.startedAt)))})`,
    );
  const cantHelp = contacts.filter((c) => c.facts.some((f) => f.kind === 'cant-help'));
  if (cantHelp.length)
    tried.push(
      `I was told the agent could not help on ${joinAnd(cantHelp.map((c) => day(c.session.startedAt)))}`,
    );
  // the person's own verdict on the latest chat they gave one for (a cut-off is said above)
  const lastResult = contacts.filter((c) => c.session.outcome).at(-1);
  if (lastResult)
    tried.push(`the chat on ${day(lastResult.session.startedAt)} was ${contactResult(lastResult.session)}`);
  if (tried.length) parts.push(`${capitalise(joinAnd(tried))}.`);

  const ref = file.caseNumbers.at(-1);
  parts.push(
    ref
      ? `Please look up case ${ref} and continue from there, so I don’t have to start over.`
      : 'Please continue from these notes, so I don’t have to start over.',
  );
  return parts.join(' ');
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
