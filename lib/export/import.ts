import {
  type ChatEvent,
  END_REASONS,
  type EndReason,
  EVENT_TYPES,
  isRole,
  type Message,
  OUTCOMES,
  type Outcome,
  type Session,
} from '../model';
import { canonicalJson } from './encoding';
import type { VerifyResult } from './types';
import { checkExport } from './verify';

export type ImportResult =
  | { ok: true; session: Session; messages: Message[]; events: ChatEvent[]; verification: VerifyResult }
  | { ok: false; error: string; verification: VerifyResult };

const oneOf = <T extends string>(list: readonly T[], v: string | null): v is T =>
  v !== null && list.includes(v as T);

/**
 * Reads an exported JSON file or bundle back into store records. Only an intact export (chain,
 * signature and, for a bundle, every file) is accepted: importing must never launder a tampered
 * record into a "captured" one. Notes come back from the unsigned `annotations`.
 */
export async function parseImport(bytes: Uint8Array, fileName?: string): Promise<ImportResult> {
  const { result, doc } = await checkExport(bytes, fileName);
  if (!result.ok || !doc) return { ok: false, error: result.summary, verification: result };
  const fail = (error: string): ImportResult => ({ ok: false, error, verification: result });

  const { messageCount: _count, ...rest } = doc.session;
  if (rest.endReason !== null && !oneOf(END_REASONS, rest.endReason))
    return fail(`unknown end reason "${rest.endReason}"`);
  if (rest.outcome !== null && !oneOf(OUTCOMES, rest.outcome))
    return fail(`unknown outcome "${rest.outcome}"`);
  const sessionId = rest.id;
  const keys = new Set<string>();
  const messages: Message[] = [];
  for (const m of doc.messages) {
    if (!isRole(m.role)) return fail(`message #${m.seq} has an unknown role "${m.role}"`);
    // The store keys messages by (session id, key); two with one key would silently lose one.
    if (keys.has(m.key)) return fail(`message #${m.seq} repeats the key of an earlier message`);
    keys.add(m.key);
    messages.push({ sessionId, ...m });
  }
  const events: ChatEvent[] = [];
  for (const e of doc.events) {
    if (!oneOf(EVENT_TYPES, e.type)) return fail(`unknown event type "${e.type}"`);
    events.push({ sessionId, type: e.type, at: e.at, seq: e.seq, detail: e.detail });
  }
  const session: Session = {
    ...rest,
    endReason: rest.endReason as EndReason | null,
    outcome: rest.outcome as Outcome | null,
    notes: doc.annotations?.notes ?? '',
    messageCount: messages.length,
    headHash: doc.integrity.chainHead,
    tabId: null,
    // Runtime state of a live chat; the last agent who spoke is the best reconstruction.
    currentAgent: messages.findLast((m) => m.role === 'agent')?.author ?? null,
  };
  return { ok: true, session, messages, events, verification: result };
}

/** The imported messages the store does not hold yet, by (session id, key). */
export function newMessages(
  imported: readonly Message[],
  stored: Iterable<Pick<Message, 'sessionId' | 'key'>>,
): Message[] {
  const have = new Set<string>();
  for (const m of stored) have.add(`${m.sessionId}\u0000${m.key}`);
  return imported.filter((m) => !have.has(`${m.sessionId}\u0000${m.key}`));
}

/** Events have no natural key; two events are the same when session, type, time, seq and detail are. */
export function eventIdentity(e: Pick<ChatEvent, 'sessionId' | 'type' | 'at' | 'seq' | 'detail'>): string {
  return canonicalJson([e.sessionId, e.type, e.at, e.seq, e.detail]);
}

/** The imported events the store does not hold yet (see `eventIdentity`). */
export function newEvents(imported: readonly ChatEvent[], stored: Iterable<ChatEvent>): ChatEvent[] {
  const have = new Set<string>();
  for (const e of stored) have.add(eventIdentity(e));
  return imported.filter((e) => !have.has(eventIdentity(e)));
}
