import { beforeEach, describe, expect, it, vi } from 'vitest';
import { POPUP_TIMELINE_MAX, PopupModel } from '../../lib/models/popup';
import { fakeMessages, fakePort, fakeSession, seedDb, until } from './fakes';

const LINES: Parameters<typeof fakeMessages>[1] = [
  ['agent', 'Priya', "Hi, I'm Priya. How can I help?"],
  ['customer', null, 'My internet is down and I was charged twice.'],
  ['agent', 'Priya', "I've opened case number CS-48213 for you."],
];

describe('PopupModel', () => {
  beforeEach(() => {
    vi.useRealTimers();
  });

  it.each([
    ['recording', { endedAt: null }, null, 'recording'],
    ['ended', { endedAt: '2026-11-22T18:20:00.000+01:00', endReason: 'agent-ended' as const }, null, 'ended'],
    ['paused', { endedAt: null }, ['support.acme.com'], 'paused'],
  ])('status: %s', async (_n, s, paused, status) => {
    const db = await seedDb([fakeSession(s)], fakeMessages('s1', LINES));
    if (paused)
      await db.put('settings', {
        id: 'settings',
        pausedSites: paused,
        alertsEnabled: true,
        alertsOffSites: [],
        upsellAlerts: true,
        stallMinutes: 5,
        retentionDays: 0,
      });
    const { port } = fakePort((m) =>
      m.type === 'getTabState'
        ? {
            tabId: 7,
            vendor: 'chatwoot',
            sessionId: 's1',
            alerts: [],
            url: '',
            via: null,
            detectedAt: null,
            frames: [],
          }
        : { ok: true },
    );
    const model = new PopupModel(port);
    await model.load();
    expect(model.status.value).toBe(status);
    expect(model.messages.value.map((m) => m.text)).toEqual(LINES.map((l) => l[2]));
  });

  it.each([
    ['no chat on a web page', 'https://shop.example.com/', 'none'],
    ['a browser page', 'chrome://extensions/', 'unsupported'],
  ])('status without a session: %s', async (_n, url, status) => {
    await seedDb([]);
    const { port } = fakePort(() => null);
    port.currentTab = async () => ({ id: 9, url });
    const model = new PopupModel(port);
    await model.load();
    expect(model.status.value).toBe(status);
    expect(model.session.value).toBeNull();
  });

  it('finds case numbers and builds the timeline once the analysers load', async () => {
    await seedDb([fakeSession()], fakeMessages('s1', LINES));
    const { port } = fakePort(() => null);
    const model = new PopupModel(port);
    await model.load();
    await until(() => model.analysis.value !== null);
    expect(model.analysis.value!.caseNumbers).toContain('CS-48213');
    expect(model.analysis.value!.timeline.map((t) => t.kind)).toContain('case-number');
  });

  it('loads the analysers only after the data is painted: their chunk does not delay the first paint', async () => {
    await seedDb([fakeSession()], fakeMessages('s1', LINES));
    const { port } = fakePort(() => null);
    let painted: () => void = () => {};
    port.afterPaint = () =>
      new Promise<void>((resolve) => {
        painted = resolve;
      });
    const model = new PopupModel(port);
    await model.load();
    expect(model.messages.value).toHaveLength(3);
    // given time to load, the analysers still wait for the paint
    await new Promise((r) => setTimeout(r, 300));
    expect(model.analysis.value).toBeNull();
    painted();
    await until(() => model.analysis.value !== null);
    expect(model.analysis.value!.caseNumbers).toContain('CS-48213');
  });

  it('saves the desired outcome once, after typing stops', async () => {
    await seedDb([fakeSession()], fakeMessages('s1', LINES));
    const { port, sent } = fakePort();
    const model = new PopupModel(port);
    await model.load();
    vi.useFakeTimers();
    model.setDesired('Ref');
    model.setDesired('Refund');
    model.setDesired('Refund of the double charge');
    expect(sent.filter((m) => m.type === 'updateSession')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(700);
    vi.useRealTimers();
    const updates = sent.filter((m) => m.type === 'updateSession');
    expect(updates).toEqual([
      { type: 'updateSession', id: 's1', patch: { desiredOutcome: 'Refund of the double charge' } },
    ]);
    await until(() => model.desiredSave.value === 'saved');
  });

  it('records the outcome, and rolls back when the background refuses', async () => {
    await seedDb([fakeSession({ endedAt: '2026-11-22T18:20:00.000+01:00' })], fakeMessages('s1', LINES));
    let ok = true;
    const { port } = fakePort(() => ({ ok }));
    const model = new PopupModel(port);
    await model.load();
    await model.setOutcome('closed-unsolved');
    expect(model.session.value!.outcome).toBe('closed-unsolved');
    ok = false;
    await model.setOutcome('solved');
    expect(model.session.value!.outcome).toBe('closed-unsolved');
    expect(model.flash.value?.tone).toBe('error');
  });

  it('pauses the site by its hostname', async () => {
    await seedDb([fakeSession()], fakeMessages('s1', LINES));
    const { port, sent } = fakePort((m) =>
      m.type === 'setSitePaused'
        ? {
            ok: true,
            settings: {
              pausedSites: ['support.acme.com'],
              alertsEnabled: true,
              alertsOffSites: [],
              upsellAlerts: true,
              stallMinutes: 5,
              retentionDays: 0,
            },
          }
        : null,
    );
    const model = new PopupModel(port);
    await model.load();
    await model.setPaused(true);
    expect(sent.at(-1)).toEqual({ type: 'setSitePaused', host: 'support.acme.com', paused: true });
    expect(model.status.value).toBe('paused');
  });

  it('inserts a prompt through the background and says it was not sent', async () => {
    await seedDb([fakeSession()], fakeMessages('s1', LINES));
    const { port, sent } = fakePort((m) => (m.type === 'insertText' ? { ok: true } : null));
    const model = new PopupModel(port);
    await model.load();
    await model.insertText('Are you still there?');
    expect(sent.at(-1)).toEqual({ type: 'insertText', tabId: 7, text: 'Are you still there?' });
    expect(model.flash.value?.text).toMatch(/press Send yourself/);
  });

  it('updates live on a broadcast for its tab, reading only the new lines', async () => {
    await seedDb([fakeSession()], fakeMessages('s1', LINES));
    const { port, broadcast } = fakePort(() => null);
    const model = new PopupModel(port);
    await model.load();
    const stop = model.listen();
    const db = await port.db();
    await db.put('messages', {
      ...fakeMessages('s1', [...LINES, ['agent', 'Marco', 'Hi, Marco here.']])[3]!,
    });
    broadcast({ type: 'sessionChanged', sessionId: 's1', tabId: 7 });
    await until(() => model.messages.value.length === 4);
    expect(model.messages.value.at(-1)!.author).toBe('Marco');
    stop();
  });

  it('exports: a named file is handed to the download', async () => {
    await seedDb([fakeSession()], fakeMessages('s1', LINES));
    const { port, downloads } = fakePort(() => null);
    const model = new PopupModel(port);
    await model.load();
    await model.exportAs('md');
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toMatch(/^chatproof-acme-2026-11-22T\d{4}\.md$/);
    expect(String(downloads[0]!.data)).toContain('My internet is down');
  });

  it('"What happened" keeps the start and the latest entries when a chat has thousands', async () => {
    const lines: Parameters<typeof fakeMessages>[1] = [];
    // every line hands the chat on: a transfer each (since round 20, Priya and Marco taking turns are
    // no new agents each time, so the names alone no longer make one)
    for (let i = 0; i < 400; i++)
      lines.push(['agent', i % 2 ? 'Marco' : 'Priya', `Line ${i}: transferring you to the team.`]);
    await seedDb([fakeSession()], fakeMessages('s1', lines));
    const model = new PopupModel(fakePort(() => null).port);
    await model.load();
    await until(() => model.analysis.value !== null);
    const all = model.analysis.value!.timeline;
    expect(all.length).toBeGreaterThan(POPUP_TIMELINE_MAX);
    const { shown, hidden } = model.timeline.value;
    expect(shown).toHaveLength(POPUP_TIMELINE_MAX);
    expect(hidden).toBe(all.length - POPUP_TIMELINE_MAX);
    expect(shown[0]).toBe(all[0]);
    expect(shown.at(-1)).toBe(all.at(-1));
  });
});
