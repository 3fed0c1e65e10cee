import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test } from 'vitest';
import { verifyChain } from '../../lib/export/chain';
import { LIMITS } from '../../lib/messaging';
import type { CapturedMessage } from '../../lib/model';
import { type DB, getDb, resetDbForTests } from '../../lib/store/db';
import {
  captureBatch,
  deleteSessions,
  getEvents,
  getMessages,
  listSessions,
  recentKeys,
  SESSION_IDLE_MS,
  updateSession,
} from '../../lib/store/sessions';

let db: DB;
let ids = 0;
const T0 = Date.parse('2026-11-22T10:00:00Z');
const at = (min: number) => new Date(T0 + min * 60_000).toISOString();
const line = (
  key: string,
  role: CapturedMessage['role'],
  text: string,
  author: string | null = null,
  min = 0,
): CapturedMessage => ({
  key,
  role,
  author,
  text,
  at: at(min),
  shownAt: null,
});
const capture = (messages: CapturedMessage[], over: Partial<Parameters<typeof captureBatch>[1]> = {}) =>
  captureBatch(db, {
    tabId: 1,
    tabUrl: 'https://acme.example/help?x=1',
    vendor: 'intercom',
    title: 'Acme',
    conversationId: null,
    messages,
    now: T0,
    newId: () => `s${++ids}`,
    ...over,
  });

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  resetDbForTests();
  db = await getDb();
  ids = 0;
});

describe('captureBatch', () => {
  test('stores lines in order with seq, a hash chain, agents and a session', async () => {
    const r = await capture([
      line('a', 'agent', 'Hi', 'Priya'),
      line('b', 'customer', 'Help'),
      line('c', 'agent', 'Sure', 'Priya'),
    ]);
    expect(r.created).toBe(true);
    const msgs = await getMessages(db, r.session!.id);
    expect(msgs.map((m) => [m.seq, m.text])).toEqual([
      [0, 'Hi'],
      [1, 'Help'],
      [2, 'Sure'],
    ]);
    expect(verifyChain(msgs)).toEqual({ ok: true, head: msgs[2]!.hash });
    expect(r.session).toMatchObject({
      origin: 'https://acme.example',
      agents: ['Priya'],
      messageCount: 3,
      headHash: msgs[2]!.hash,
    });
  });

  test('the same key is stored once, across batches and within one batch', async () => {
    await capture([line('a', 'agent', 'Hi', 'Priya'), line('a', 'agent', 'Hi', 'Priya')]);
    const r = await capture([line('a', 'agent', 'Hi', 'Priya'), line('b', 'customer', 'ok')]);
    expect(r.stored.map((m) => m.key)).toEqual(['b']);
    expect((await getMessages(db, r.session!.id)).length).toBe(2);
    expect(await listSessions(db)).toHaveLength(1);
  });

  test('a change of agent is a transfer event', async () => {
    const r = await capture([line('a', 'agent', 'Hi', 'Priya'), line('b', 'agent', 'Hello', 'Marco')]);
    const evs = await getEvents(db, r.session!.id);
    expect(evs.filter((e) => e.type === 'transfer').map((e) => e.detail)).toEqual([
      { from: 'Priya', to: 'Marco' },
    ]);
    expect(r.session!.agents).toEqual(['Priya', 'Marco']);
  });

  test('history shown again after an ended chat is not stored again; new lines start a new session', async () => {
    const r1 = await capture([line('a', 'agent', 'Hi', 'Priya')]);
    await updateSession(db, r1.session!.id, (s) => ({ ...s, endedAt: at(5), endReason: 'agent-ended' }));
    const again = await capture([line('a', 'agent', 'Hi', 'Priya')]);
    expect(again.stored).toHaveLength(0);
    const r2 = await capture([line('a', 'agent', 'Hi', 'Priya'), line('n', 'customer', 'New chat')]);
    expect(r2.created).toBe(true);
    expect(r2.session!.id).not.toBe(r1.session!.id);
  });

  test('after a lost connection the conversation continues in the same session as a reconnection', async () => {
    const r1 = await capture([line('a', 'agent', 'Hi', 'Priya')]);
    await updateSession(db, r1.session!.id, (s) => ({ ...s, endedAt: at(5), endReason: 'connection-lost' }));
    const r2 = await capture([line('b', 'agent', 'Back again', 'Priya', 6)]);
    expect(r2.session!.id).toBe(r1.session!.id);
    expect(r2.session!.endedAt).toBeNull();
    expect((await getEvents(db, r1.session!.id)).some((e) => e.type === 'reconnect')).toBe(true);
  });

  test('a long idle gap starts a new session', async () => {
    const r1 = await capture([line('a', 'agent', 'Hi', 'Priya')]);
    const r2 = await capture([line('b', 'agent', 'Hello again', 'Priya')], {
      now: T0 + SESSION_IDLE_MS + 60_000,
    });
    expect(r2.session!.id).not.toBe(r1.session!.id);
  });

  test('past the per-session cap, lines are dropped with one truncated event', async () => {
    const r1 = await capture([line('a', 'agent', 'Hi')]);
    await updateSession(db, r1.session!.id, (s) => ({ ...s, messageCount: LIMITS.sessionMessages }));
    await capture([line('b', 'customer', 'x')]);
    await capture([line('c', 'customer', 'y')]);
    const evs = await getEvents(db, r1.session!.id);
    expect(evs.filter((e) => e.type === 'truncated')).toHaveLength(1);
  });

  test('a flood of new lines in one minute is capped with one truncated event; the next minute stores again', async () => {
    const many = Array.from({ length: LIMITS.sessionMessagesPerMinute + 50 }, (_, i) =>
      line(`f${i}`, 'agent', `spam ${i}`),
    );
    const r = await capture(many.slice(0, 400));
    for (let i = 400; i < many.length; i += 400) await capture(many.slice(i, i + 400));
    const sid = r.session!.id;
    expect((await getMessages(db, sid)).length).toBe(LIMITS.sessionMessagesPerMinute);
    expect((await getEvents(db, sid)).filter((e) => e.type === 'truncated')).toHaveLength(1);
    const later = await capture([line('next', 'customer', 'a real line')], { now: T0 + 61_000 });
    expect(later.stored).toHaveLength(1);
  });

  test('history shown when a conversation first appears is kept whole, past the per-minute cap', async () => {
    const many = Array.from({ length: LIMITS.sessionMessagesPerMinute + 50 }, (_, i) =>
      line(`h${i}`, 'agent', `old ${i}`),
    );
    let sid = '';
    for (let i = 0; i < many.length; i += 400)
      sid = (await capture(many.slice(i, i + 400), { history: true })).session!.id;
    expect((await getMessages(db, sid)).length).toBe(many.length);
    expect((await getEvents(db, sid)).filter((e) => e.type === 'truncated')).toHaveLength(0);
  });

  test('a line cut at the per-message cap gets a truncated event next to it', async () => {
    const long = `${'x'.repeat(LIMITS.textChars - 1)}…`;
    const r = await capture([line('a', 'agent', long)]);
    const evs = await getEvents(db, r.session!.id);
    expect(evs.find((e) => e.type === 'truncated')).toMatchObject({ seq: 0 });
  });

  test('recentKeys returns the keys of recent sessions of this site and vendor, oldest first', async () => {
    await capture([line('a', 'agent', 'Hi'), line('b', 'customer', 'x')]);
    await capture([line('z', 'agent', 'other vendor')], { vendor: 'drift' });
    expect(await recentKeys(db, 'https://acme.example/other', 'intercom', T0)).toEqual(['a', 'b']);
  });

  test('deleteSessions removes the session, its messages and its events', async () => {
    const r = await capture([line('a', 'agent', 'Hi', 'Priya'), line('b', 'agent', 'Yo', 'Marco')]);
    expect(await deleteSessions(db, [r.session!.id, 'missing'])).toBe(1);
    expect(await db.count('messages')).toBe(0);
    expect(await db.count('events')).toBe(0);
    expect(await db.count('sessions')).toBe(0);
  });
});
