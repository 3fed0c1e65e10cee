/**
 * Chat search: every word of the query must appear somewhere in the chat (company/site, vendor,
 * title, agents, case numbers, the person's notes and outcome, or the message text), accents and
 * case ignored; plus an optional vendor and a date range on the day the chat started.
 */
import { caseKey, companyName } from '../case-file';
import { type Clock, dayKey, vendorName } from '../format';
import type { Session } from '../model';

export interface ChatQuery {
  text: string;
  vendor: string;
  /** `YYYY-MM-DD` inclusive, '' for open. */
  from: string;
  to: string;
}

export const EMPTY_QUERY: ChatQuery = { text: '', vendor: '', from: '', to: '' };

/** Lower case, accents folded, whitespace collapsed: what search compares. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

export function queryWords(text: string): string[] {
  return fold(text).split(' ').filter(Boolean);
}

/** The searchable metadata of a chat, folded once. */
export function sessionHaystack(s: Session): string {
  return fold(
    [
      companyName(s),
      caseKey(s),
      s.origin,
      s.url,
      s.title,
      s.vendor,
      vendorName(s.vendor),
      s.agents.join(' '),
      s.caseNumbers.join(' '),
      s.desiredOutcome,
      s.notes,
    ].join(' \u0001 '),
  );
}

export function isEmptyQuery(q: ChatQuery): boolean {
  return !q.text.trim() && !q.vendor && !q.from && !q.to;
}

/**
 * The chats matching `q`, order kept. `textOf(id)` gives a chat's folded message text when it is
 * loaded; until then only metadata is searched.
 */
export function filterSessions(
  sessions: readonly Session[],
  q: ChatQuery,
  clock: Clock,
  haystackOf: (s: Session) => string,
  textOf: (id: string) => string | undefined = () => undefined,
): Session[] {
  if (isEmptyQuery(q)) return sessions as Session[];
  const words = queryWords(q.text);
  return sessions.filter((s) => {
    if (q.vendor && s.vendor !== q.vendor) return false;
    if (q.from || q.to) {
      const day = dayKey(s.startedAt, clock);
      if (q.from && day < q.from) return false;
      if (q.to && day > q.to) return false;
    }
    if (words.length === 0) return true;
    const meta = haystackOf(s);
    const text = textOf(s.id);
    return words.every((w) => meta.includes(w) || text?.includes(w));
  });
}

/**
 * Find in one chat: the positions of the lines holding every word of `query` (folded, as in
 * `fold`), in order. `folded[i]` is line i's folded text; the caller folds a transcript once.
 */
export function findInChat(folded: readonly string[], query: string): number[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const hits: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    const line = folded[i]!;
    if (words.every((w) => line.includes(w))) hits.push(i);
  }
  return hits;
}
