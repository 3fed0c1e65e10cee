import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, test } from 'vitest';
import type { Session } from '../../lib/model';
import { getDb, resetDbForTests } from '../../lib/store/db';
import { type ChatproofDB, DB_NAME, DB_VERSION, MIGRATIONS, upgrade } from '../../lib/store/schema';
import { getMessages, listSessions } from '../../lib/store/sessions';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetDbForTests();
});

/** A session as release 1 (schema v1) wrote it: no currentAgent / truncated fields. */
const v1Session = {
  id: 's1',
  vendor: 'intercom',
  url: 'https://acme.example/help',
  origin: 'https://acme.example',
  title: 'Acme help',
  startedAt: '2026-11-01T10:00:00.000+01:00',
  lastActivityAt: '2026-11-01T10:05:00.000+01:00',
  endedAt: null,
  endReason: null,
  agents: ['Priya', 'Marco'],
  caseNumbers: ['CS-1'],
  desiredOutcome: 'refund',
  outcome: null,
  notes: 'my note',
  messageCount: 2,
  headHash: 'h2',
  tabId: 3,
  conversationId: null,
};

async function openAt(version: number) {
  return openDB<ChatproofDB>(DB_NAME, version, {
    upgrade: (db, old, next, tx) => upgrade(db, old, next ?? version, tx),
  });
}

describe('schema', () => {
  test('the version is the number of migrations', () => {
    expect(DB_VERSION).toBe(MIGRATIONS.length);
    expect(DB_VERSION).toBeGreaterThanOrEqual(2);
  });

  test('a fresh database has every store and index', async () => {
    const db = await getDb();
    expect([...db.objectStoreNames].sort()).toEqual([
      'events',
      'keys',
      'messages',
      'meta',
      'sessions',
      'settings',
    ]);
    const tx = db.transaction('messages');
    expect(tx.store.index('byKey').unique).toBe(true);
  });

  test('v1 → v2 keeps every session, message and event and fills the new fields', async () => {
    const v1 = await openAt(1);
    await v1.put('sessions', v1Session as unknown as Session);
    for (const seq of [0, 1])
      await v1.put('messages', {
        sessionId: 's1',
        seq,
        key: `k${seq}`,
        role: seq ? 'customer' : 'agent',
        author: seq ? null : 'Priya',
        text: `line ${seq}`,
        at: '2026-11-01T10:00:00.000+01:00',
        shownAt: null,
        hash: `h${seq + 1}`,
        prevHash: seq ? 'h1' : '',
      });
    await v1.add('events', {
      sessionId: 's1',
      type: 'transfer',
      at: '2026-11-01T10:01:00.000+01:00',
      seq: 1,
      detail: {},
    });
    v1.close();

    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    const [s] = await listSessions(db);
    expect(s).toMatchObject({ ...v1Session, currentAgent: 'Marco', truncated: false });
    expect((await getMessages(db, 's1')).map((m) => m.text)).toEqual(['line 0', 'line 1']);
    expect(await db.count('events')).toBe(1);
    // the dedup index survived the upgrade
    await expect(db.add('messages', { ...(await getMessages(db, 's1'))[0]!, seq: 9 })).rejects.toThrow();
  });
});
