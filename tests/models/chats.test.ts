import { describe, expect, it } from 'vitest';
import { ChatsModel } from '../../lib/models/chats';
import { fakeMessages, fakePort, fakeSession, seedDb, until } from './fakes';

async function setup() {
  await seedDb(
    [
      fakeSession({ id: 'old', lastActivityAt: '2026-11-01T10:00:00Z', agents: ['Hannah'] }),
      fakeSession({ id: 'new', lastActivityAt: '2026-11-20T10:00:00Z', agents: ['Marco'] }),
    ],
    [
      ...fakeMessages('old', [['customer', null, 'My router blinks red']]),
      ...fakeMessages('new', [['customer', null, 'Double charge']]),
    ],
  );
  const f = fakePort((m) =>
    m.type === 'deleteSessions' ? { ok: true, deleted: m.ids.length } : { ok: true },
  );
  const model = new ChatsModel(f.port);
  await model.load();
  return { model, ...f };
}

describe('ChatsModel', () => {
  it('lists newest first', async () => {
    const { model } = await setup();
    expect(model.sessions.value.map((s) => s.id)).toEqual(['new', 'old']);
  });

  it('searches metadata at once and message text once read', async () => {
    const { model } = await setup();
    model.setText('hannah');
    expect(model.results.value.map((s) => s.id)).toEqual(['old']);
    model.setText('router');
    await until(() => model.textState.value === 'ready');
    expect(model.results.value.map((s) => s.id)).toEqual(['old']);
    model.clearQuery();
    expect(model.results.value).toHaveLength(2);
  });

  it('selects all shown, then deletes only after confirmation', async () => {
    const { model, sent } = await setup();
    model.toggleAll();
    expect([...model.selected.value].sort()).toEqual(['new', 'old']);
    model.askDelete([...model.selected.value]);
    expect(sent.some((m) => m.type === 'deleteSessions')).toBe(false);
    model.cancelDelete();
    expect(model.pendingDelete.value).toBeNull();
    model.askDelete(['old']);
    expect(await model.confirmDelete()).toBe(true);
    expect(sent.at(-1)).toEqual({ type: 'deleteSessions', ids: ['old'] });
    expect([...model.selected.value]).toEqual(['new']);
    expect(model.notice.value).toBe('Deleted 1 chat.');
  });

  it('keeps everything when the background refuses a delete', async () => {
    await seedDb([fakeSession({ id: 'a' })]);
    const { port } = fakePort(() => ({ ok: false }));
    const model = new ChatsModel(port);
    await model.load();
    model.askDelete(['a']);
    expect(await model.confirmDelete()).toBe(false);
    expect(model.notice.value).toMatch(/Nothing was removed/);
  });
});
