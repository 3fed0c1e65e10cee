import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { importChat } from '../../lib/background/import-chat';
import { toBase64Url, utf8ToBytes } from '../../lib/export/encoding';
import { buildJsonExport } from '../../lib/export/json';
import { getDb, resetDbForTests } from '../../lib/store/db';
import { fakeInput, fakeSigner } from '../export/fakes';

async function exported(overrides = {}) {
  const input = fakeInput(overrides);
  return { input, data: toBase64Url(utf8ToBytes(await buildJsonExport(input, await fakeSigner()))) };
}

describe('importChat', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    resetDbForTests();
  });

  it('stores an intact export once; a second import adds nothing', async () => {
    const db = await getDb();
    const { input, data } = await exported();
    const first = await importChat(db, data, 'chat.json');
    expect(first).toEqual({
      ok: true,
      sessionId: input.session.id,
      added: input.messages.length,
      existed: false,
    });
    const again = await importChat(db, data, 'chat.json');
    expect(again).toEqual({ ok: true, sessionId: input.session.id, added: 0, existed: true });
    expect(await db.count('messages')).toBe(input.messages.length);
    const events = await db.getAllFromIndex('events', 'bySession', input.session.id);
    expect(events).toHaveLength(input.events.length);
  });

  it('refuses a changed file and stores nothing', async () => {
    const db = await getDb();
    const input = fakeInput();
    const doc = JSON.parse(await buildJsonExport(input, await fakeSigner()));
    doc.messages[0].text = 'changed';
    const res = await importChat(db, toBase64Url(utf8ToBytes(JSON.stringify(doc))), 'forged.json');
    expect(res.ok).toBe(false);
    expect(await db.count('sessions')).toBe(0);
  });

  it('refuses a file that disagrees with the stored copy of the same chat', async () => {
    const db = await getDb();
    const { data } = await exported();
    await importChat(db, data, 'a.json');
    const other = fakeInput();
    const clash = await exported({ messages: other.messages.map((m) => ({ ...m, text: `${m.text}!` })) });
    const res = await importChat(db, clash.data, 'b.json');
    expect(res).toMatchObject({ ok: false });
    expect(res.ok ? '' : res.error).toMatch(/differs from the stored copy|conflicts|Not imported/);
  });

  it('says when the data is not a file it can read', async () => {
    const db = await getDb();
    expect(await importChat(db, '!!!', 'x.json')).toMatchObject({ ok: false });
  });
});
