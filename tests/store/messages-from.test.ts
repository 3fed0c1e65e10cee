import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, expect, test } from 'vitest';
import type { Message } from '../../lib/model';
import { type DB, getDb, resetDbForTests } from '../../lib/store/db';
import { getMessages, getMessagesFrom } from '../../lib/store/sessions';

let db: DB;
const row = (sessionId: string, seq: number): Message => ({
  sessionId,
  seq,
  key: `k${seq}`,
  role: seq % 2 ? 'customer' : 'agent',
  author: seq % 2 ? null : 'Priya',
  text: `line ${seq}`,
  at: new Date(Date.parse('2026-11-22T10:00:00Z') + seq * 1000).toISOString(),
  shownAt: null,
  hash: `h${seq}`,
  prevHash: seq ? `h${seq - 1}` : '',
});

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  resetDbForTests();
  db = await getDb();
  const tx = db.transaction('messages', 'readwrite');
  // written out of order, beside a neighbouring session whose ids sort before and after 'b'
  for (const seq of [5, 0, 249, 100, ...Array.from({ length: 250 }, (_, i) => i)])
    await tx.store.put(row('b', seq));
  for (let seq = 0; seq < 20; seq++) {
    await tx.store.put(row('a', seq));
    await tx.store.put(row('c', seq));
  }
  await tx.done;
});

const seqs = (ms: Message[]) => ms.map((m) => m.seq);

test('reads the first rows of one session in seq order, no more than asked', async () => {
  const head = await getMessagesFrom(db, 'b', 0, 100);
  expect(seqs(head)).toEqual(Array.from({ length: 100 }, (_, i) => i));
  expect(head.every((m) => m.sessionId === 'b')).toBe(true);
});

test('reads on from a seq; chunks put together give the whole transcript once', async () => {
  const out: Message[] = [];
  for (;;) {
    const from = out.length ? out[out.length - 1]!.seq + 1 : 0;
    const chunk = await getMessagesFrom(db, 'b', from, 64);
    out.push(...chunk);
    if (chunk.length < 64) break;
  }
  expect(seqs(out)).toEqual(Array.from({ length: 250 }, (_, i) => i));
  expect(out).toEqual(await getMessages(db, 'b'));
});

test('without a count, everything from the seq on; past the end or for another id, nothing', async () => {
  expect(seqs(await getMessagesFrom(db, 'b', 240))).toEqual([
    240, 241, 242, 243, 244, 245, 246, 247, 248, 249,
  ]);
  expect(await getMessagesFrom(db, 'b', 250, 100)).toEqual([]);
  expect(await getMessagesFrom(db, 'nope', 0, 100)).toEqual([]);
  expect(seqs(await getMessagesFrom(db, 'c', 15, 100))).toEqual([15, 16, 17, 18, 19]);
});
