import { IDBFactory } from 'fake-indexeddb';
import type { Broadcast, UiMessage } from '../../lib/messaging';
import type { ChatEvent, Message, Session } from '../../lib/model';
import type { DownloadFile, UiPort } from '../../lib/models/port';
import { getDb, resetDbForTests } from '../../lib/store/db';

export const NOW = Date.parse('2026-11-22T17:30:00Z');

export function fakeSession(o: Partial<Session> = {}): Session {
  return {
    id: 's1',
    vendor: 'chatwoot',
    url: 'https://support.acme.com/help',
    origin: 'https://support.acme.com',
    title: 'Acme Help',
    startedAt: '2026-11-22T18:04:00.000+01:00',
    lastActivityAt: '2026-11-22T18:10:00.000+01:00',
    endedAt: null,
    endReason: null,
    agents: ['Priya'],
    caseNumbers: [],
    desiredOutcome: '',
    outcome: null,
    notes: '',
    messageCount: 0,
    headHash: '',
    tabId: 7,
    conversationId: null,
    currentAgent: 'Priya',
    truncated: false,
    ...o,
  };
}

export function fakeMessages(
  sessionId: string,
  lines: [Message['role'], string | null, string][],
): Message[] {
  return lines.map(([role, author, text], seq) => ({
    sessionId,
    seq,
    key: `k${seq}`,
    role,
    author,
    text,
    at: new Date(Date.parse('2026-11-22T17:04:00Z') + seq * 60_000).toISOString(),
    shownAt: null,
    hash: `h${seq}`,
    prevHash: seq ? `h${seq - 1}` : '',
  }));
}

/** A fresh fake IndexedDB holding these records, opened through the real schema. */
export async function seedDb(sessions: Session[], messages: Message[] = [], events: ChatEvent[] = []) {
  globalThis.indexedDB = new IDBFactory();
  resetDbForTests();
  const db = await getDb();
  const tx = db.transaction(['sessions', 'messages', 'events'], 'readwrite');
  for (const s of sessions)
    await tx
      .objectStore('sessions')
      .put({ ...s, messageCount: messages.filter((m) => m.sessionId === s.id).length });
  for (const m of messages) await tx.objectStore('messages').put(m);
  for (const e of events) await tx.objectStore('events').add(e);
  await tx.done;
  return db;
}

/** A UiPort over the fake database; `answer` plays the background. */
export function fakePort(answer: (m: UiMessage) => unknown = () => ({ ok: true })) {
  const sent: UiMessage[] = [];
  const listeners = new Set<(b: Broadcast) => void>();
  const downloads: DownloadFile[] = [];
  const copied: string[] = [];
  const port: UiPort = {
    send: async (m) => {
      sent.push(m);
      return answer(m);
    },
    onBroadcast(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    db: getDb,
    now: () => NOW,
    clock: { locale: 'en-GB', timeZone: 'Europe/Paris' },
    pageUrl: (p) => `chrome-extension://x${p}`,
    currentTab: async () => ({ id: 7, url: 'https://support.acme.com/help' }),
    copy: async (t) => {
      copied.push(t);
    },
    download: (f) => {
      downloads.push(f);
    },
    storage: async () => ({ usage: 1_400_000, quota: 100_000_000, persisted: false }),
    persist: async () => true,
    browserName: 'Chromium 140',
    version: '0.1.0',
  };
  return {
    port,
    sent,
    downloads,
    copied,
    broadcast: (b: Broadcast) => {
      for (const l of listeners) l(b);
    },
  };
}

/** Resolves once `check` holds (models update asynchronously). */
export async function until(check: () => boolean, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 5));
  }
}
