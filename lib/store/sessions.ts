/** Typed writes and reads of the captured record. Only the background calls the writers. */
import { hashMessage } from '../export/chain';
import { LIMITS } from '../messaging';
import { type CapturedMessage, type ChatEvent, isoLocal, type Message, type Session } from '../model';
import type { DB } from './db';

/** A conversation continues in the same session when its widget shows new lines within this window. */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;

export interface CaptureInput {
  tabId: number;
  tabUrl: string;
  vendor: string;
  title: string;
  conversationId: string | null;
  messages: CapturedMessage[];
  now: number;
  newId: () => string;
  /** History shown when the conversation first appeared: exempt from the per-minute cap. */
  history?: boolean;
}

export interface CaptureResult {
  session: Session | null;
  stored: Message[];
  events: ChatEvent[];
  created: boolean;
}

export function originOf(url: string): string {
  try {
    const u = new URL(url);
    return u.origin === 'null' ? url : u.origin;
  } catch {
    return '';
  }
}

function newSession(input: CaptureInput, first: CapturedMessage): Session {
  return {
    id: input.newId(),
    vendor: input.vendor,
    url: input.tabUrl,
    origin: originOf(input.tabUrl),
    title: input.title,
    startedAt: first.at,
    lastActivityAt: first.at,
    endedAt: null,
    endReason: null,
    agents: [],
    caseNumbers: [],
    desiredOutcome: '',
    outcome: null,
    notes: '',
    messageCount: 0,
    headHash: '',
    tabId: input.tabId,
    conversationId: input.conversationId,
    currentAgent: null,
    truncated: false,
  };
}

/** Latest session of this site + vendor, newest activity first. */
async function latestSession(
  tx: {
    objectStore(n: 'sessions'): {
      index(n: 'byOriginVendor'): {
        openCursor(r: IDBKeyRange, d: 'prev'): Promise<{ value: Session } | null>;
      };
    };
  },
  origin: string,
  vendor: string,
): Promise<Session | null> {
  const range = IDBKeyRange.bound([origin, vendor, ''], [origin, vendor, '\uffff']);
  const cursor = await tx.objectStore('sessions').index('byOriginVendor').openCursor(range, 'prev');
  return cursor?.value ?? null;
}

/**
 * Stores a batch of captured lines in one transaction: finds or starts the session, drops lines
 * already stored (same session + key), assigns seq, extends the hash chain, records agents and
 * transfers. Lines already stored in the latest ended session (history shown again after a reload)
 * are not stored again; new lines after an ended chat start a new session, except after a lost
 * connection, where the same conversation continues (a reconnection).
 */
export async function captureBatch(db: DB, input: CaptureInput): Promise<CaptureResult> {
  const tx = db.transaction(['sessions', 'messages', 'events'], 'readwrite');
  const sessions = tx.objectStore('sessions');
  const messages = tx.objectStore('messages');
  const events = tx.objectStore('events');
  const byKey = messages.index('byKey');
  const origin = originOf(input.tabUrl);
  const nowIso = isoLocal(input.now);

  let session = await latestSession(tx as never, origin, input.vendor);
  // Lines the latest session already holds are history re-shown, whatever its state.
  const fresh: CapturedMessage[] = [];
  const seen = new Set<string>();
  for (const m of input.messages) {
    if (seen.has(m.key)) continue;
    seen.add(m.key);
    if (session && (await byKey.getKey([session.id, m.key])) !== undefined) continue;
    fresh.push(m);
  }
  const result: CaptureResult = { session, stored: [], events: [], created: false };
  if (fresh.length === 0) {
    await tx.done;
    return result;
  }
  const first = fresh[0]!;
  const stale = session && input.now - Date.parse(session.lastActivityAt) > SESSION_IDLE_MS;
  const ended = session?.endedAt && session.endReason !== 'connection-lost';
  if (!session || stale || ended) {
    session = newSession(input, first);
    result.created = true;
    const ev: ChatEvent = { sessionId: session.id, type: 'session-start', at: first.at, seq: 0, detail: {} };
    ev.id = await events.add(ev);
    result.events.push(ev);
  } else if (session.endedAt) {
    // connection-lost, then the conversation went on: a reconnection, same session.
    const ev: ChatEvent = {
      sessionId: session.id,
      type: 'reconnect',
      at: first.at,
      seq: session.messageCount,
      detail: { after: session.endReason },
    };
    ev.id = await events.add(ev);
    result.events.push(ev);
    session = { ...session, endedAt: null, endReason: null };
  }
  session.tabId = input.tabId;
  if (input.title && !session.title) session.title = input.title;
  if (input.conversationId && !session.conversationId) session.conversationId = input.conversationId;

  const win =
    session.rateWindow && input.now - session.rateWindow.start < 60_000
      ? session.rateWindow
      : { start: input.now, count: 0, capped: false };
  for (const m of fresh) {
    if (!input.history && win.count >= LIMITS.sessionMessagesPerMinute) {
      if (!win.capped) {
        win.capped = true;
        const ev: ChatEvent = {
          sessionId: session.id,
          type: 'truncated',
          at: nowIso,
          seq: null,
          detail: {
            limit: LIMITS.sessionMessagesPerMinute,
            reason:
              'more new lines in one minute than any real chat shows: the rest of this minute was not stored',
          },
        };
        ev.id = await events.add(ev);
        result.events.push(ev);
      }
      break;
    }
    if (session.messageCount >= LIMITS.sessionMessages) {
      if (!session.truncated) {
        session.truncated = true;
        const ev: ChatEvent = {
          sessionId: session.id,
          type: 'truncated',
          at: nowIso,
          seq: null,
          detail: { limit: LIMITS.sessionMessages, reason: 'per-session message cap reached' },
        };
        ev.id = await events.add(ev);
        result.events.push(ev);
      }
      break;
    }
    const base = {
      sessionId: session.id,
      seq: session.messageCount,
      role: m.role,
      author: m.author,
      text: m.text,
      at: m.at,
      shownAt: m.shownAt,
    };
    const hash = hashMessage(base, session.headHash);
    const row: Message = { ...base, key: m.key, hash, prevHash: session.headHash };
    await messages.add(row);
    result.stored.push(row);
    if (!input.history) win.count += 1;
    if (m.text.length >= LIMITS.textChars && m.text.endsWith('…')) {
      // the recorder cut an over-long line (LIMITS.textChars): say so next to it
      const ev: ChatEvent = {
        sessionId: session.id,
        type: 'truncated',
        at: m.at,
        seq: row.seq,
        detail: {
          limit: LIMITS.textChars,
          reason: 'message longer than the per-message cap: its end was cut',
        },
      };
      ev.id = await events.add(ev);
      result.events.push(ev);
    }
    session.messageCount += 1;
    session.headHash = hash;
    if (m.at > session.lastActivityAt) session.lastActivityAt = m.at;
    if (m.role === 'agent' && m.author) {
      if (!session.agents.includes(m.author)) session.agents = [...session.agents, m.author];
      if (session.currentAgent && session.currentAgent !== m.author) {
        const ev: ChatEvent = {
          sessionId: session.id,
          type: 'transfer',
          at: m.at,
          seq: row.seq,
          detail: { from: session.currentAgent, to: m.author },
        };
        ev.id = await events.add(ev);
        result.events.push(ev);
      }
      session.currentAgent = m.author;
    }
  }
  session.rateWindow = win;
  await sessions.put(session);
  await tx.done;
  result.session = session;
  return result;
}

/** Keys of the recent sessions of this site + vendor, oldest first: what the recorder aligns to. */
export async function recentKeys(
  db: DB,
  tabUrl: string,
  vendor: string,
  now: number,
  max = 20_000,
): Promise<string[]> {
  const origin = originOf(tabUrl);
  const since = isoLocal(now - SESSION_IDLE_MS);
  const range = IDBKeyRange.bound([origin, vendor, ''], [origin, vendor, '\uffff']);
  const tx = db.transaction(['sessions', 'messages'], 'readonly');
  const keys: string[][] = [];
  let total = 0;
  let cursor = await tx.objectStore('sessions').index('byOriginVendor').openCursor(range, 'prev');
  while (cursor && total < max) {
    const s = cursor.value;
    if (s.lastActivityAt < since && keys.length > 0) break;
    const rows = await tx
      .objectStore('messages')
      .getAll(IDBKeyRange.bound([s.id, 0], [s.id, Number.MAX_SAFE_INTEGER]));
    keys.unshift(rows.map((r) => r.key));
    total += rows.length;
    cursor = await cursor.continue();
  }
  await tx.done;
  return keys.flat().slice(-max);
}

export async function getSession(db: DB, id: string): Promise<Session | undefined> {
  return db.get('sessions', id);
}

export async function listSessions(db: DB): Promise<Session[]> {
  const all = await db.getAllFromIndex('sessions', 'byActivity');
  return all.reverse();
}

export async function getMessages(db: DB, sessionId: string): Promise<Message[]> {
  return db.getAll('messages', IDBKeyRange.bound([sessionId, 0], [sessionId, Number.MAX_SAFE_INTEGER]));
}

/**
 * Up to `count` (default: all) messages of a session from `fromSeq` on, in seq order: one key range on the primary
 * key `[sessionId, seq]`. The dashboard reads a long chat's first screenful with it, then the rest in
 * chunks (a 10,000-row `getAll` alone took 0.25–0.4 s in an extension page; issue 8).
 */
export async function getMessagesFrom(
  db: DB,
  sessionId: string,
  fromSeq: number,
  count?: number,
): Promise<Message[]> {
  const range = IDBKeyRange.bound([sessionId, fromSeq], [sessionId, Number.MAX_SAFE_INTEGER]);
  return db.getAll('messages', range, count);
}

export async function getEvents(db: DB, sessionId: string): Promise<ChatEvent[]> {
  return db.getAllFromIndex('events', 'bySession', sessionId);
}

export async function addEvents(db: DB, evs: ChatEvent[]): Promise<ChatEvent[]> {
  if (evs.length === 0) return [];
  const tx = db.transaction('events', 'readwrite');
  const out: ChatEvent[] = [];
  for (const e of evs) out.push({ ...e, id: await tx.store.add(e) });
  await tx.done;
  return out;
}

/** Applies a change to one session in its own transaction; returns the updated session. */
export async function updateSession(
  db: DB,
  id: string,
  change: (s: Session) => Session,
): Promise<Session | undefined> {
  const tx = db.transaction('sessions', 'readwrite');
  const s = await tx.store.get(id);
  if (!s) {
    await tx.done;
    return undefined;
  }
  const next = change(s);
  await tx.store.put(next);
  await tx.done;
  return next;
}

/** Deletes sessions with their messages and events. */
export async function deleteSessions(db: DB, ids: readonly string[]): Promise<number> {
  const tx = db.transaction(['sessions', 'messages', 'events'], 'readwrite');
  let n = 0;
  for (const id of ids) {
    if (!(await tx.objectStore('sessions').getKey(id))) continue;
    await tx.objectStore('sessions').delete(id);
    await tx.objectStore('messages').delete(IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]));
    let c = await tx.objectStore('events').index('bySession').openKeyCursor(IDBKeyRange.only(id));
    while (c) {
      await tx.objectStore('events').delete(c.primaryKey);
      c = await c.continue();
    }
    n++;
  }
  await tx.done;
  return n;
}

/** The active (not ended) session a tab was last recording, if any. */
export async function sessionForTab(db: DB, tabId: number, tabUrl: string): Promise<Session | null> {
  const origin = originOf(tabUrl);
  const range = IDBKeyRange.bound([origin, '', ''], [origin, '\uffff', '\uffff']);
  const all = await db.getAllFromIndex('sessions', 'byOriginVendor', range);
  const mine = all
    .filter((s) => s.tabId === tabId)
    .sort((a, b) => (a.lastActivityAt < b.lastActivityAt ? 1 : -1));
  return mine[0] ?? null;
}
