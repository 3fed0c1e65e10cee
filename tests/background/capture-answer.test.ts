import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type BgDeps, handleContent } from '../../lib/background/handlers';
import { getTabState } from '../../lib/background/tab-state';
import { type CapturedMessage, isoLocal } from '../../lib/model';
import { type DB, getDb, resetDbForTests } from '../../lib/store/db';
import { getMeta, setMeta } from '../../lib/store/settings';

// What a capture batch writes besides its lines, before its answer: the answer holds the recorder's
// next batch and an end line's alert, so the bookkeeping writes only when something changed.
const T0 = Date.parse('2026-11-22T14:30:00.000Z');
const ctx = { tabId: 7, frameId: 0, tabUrl: 'https://shop.example.test/help', tabTitle: 'Help' };
let failing = false;
let db: DB;
/** `meta` records written through the handler's store, by id. */
let metaPuts: string[] = [];
// the store itself, except that a write transaction fails while `failing` (a full disk)
const flaky = () =>
  new Proxy(db, {
    get(t, p) {
      if (p === 'transaction' && failing)
        return () => {
          throw new DOMException('full', 'QuotaExceededError');
        };
      if (p === 'put')
        return (store: 'meta', v: { id: string; value: unknown }) => {
          if (store === 'meta') metaPuts.push(v.id);
          return t.put(store, v);
        };
      const v = Reflect.get(t, p, t);
      return typeof v === 'function' ? v.bind(t) : v;
    },
  });
let proxy: DB;
const deps: BgDeps = {
  db: async () => proxy,
  inject: async () => {},
  broadcast: () => {},
  toTab: async () => null,
  now: () => T0,
  newId: () => 'session-1',
};
let n = 0;
const batch = (): CapturedMessage[] => [
  { key: `k${++n}`, role: 'agent', author: 'Priya', text: `line ${n}`, at: isoLocal(T0), shownAt: null },
];
const capture = () =>
  handleContent(
    { type: 'captureMessages', vendor: 'generic', title: '', conversationId: null, messages: batch() },
    ctx,
    deps,
  ) as Promise<{ ok: boolean }>;

beforeEach(async () => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  resetDbForTests();
  db = await getDb();
  proxy = flaky();
  failing = false;
  metaPuts = [];
});

test('a stored batch clears an earlier write error, and a later failure is recorded again', async () => {
  await setMeta(db, 'lastError', { at: 'earlier', message: 'QuotaExceededError: full' });
  expect((await capture()).ok).toBe(true);
  expect(await getMeta(db, 'lastError', 'unset')).toBeNull();

  failing = true;
  expect((await capture()).ok).toBe(false);
  failing = false;
  expect(await getMeta(db, 'lastError', null)).toMatchObject({ message: 'QuotaExceededError: full' });
  expect((await getTabState(ctx.tabId))?.error).toMatchObject({ message: 'QuotaExceededError: full' });

  expect((await capture()).ok).toBe(true);
  expect(await getMeta(db, 'lastError', 'unset')).toBeNull();
  expect((await getTabState(ctx.tabId))?.error ?? null).toBeNull();
});

test('batches of the same chat write the tab state and the cleared error once, not per batch', async () => {
  const set = vi.spyOn(fakeBrowser.storage.session, 'set');
  for (let i = 0; i < 4; i++) expect((await capture()).ok).toBe(true);
  expect(set).toHaveBeenCalledTimes(1);
  expect(metaPuts.filter((id) => id === 'lastError')).toHaveLength(1);
  expect((await getTabState(ctx.tabId))?.sessionId).toBe('session-1');
});
