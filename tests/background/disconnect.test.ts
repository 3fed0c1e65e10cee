import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  describeEnd,
  handleSignal,
  notificationId,
  onNotificationClicked,
  onResume,
  onTabNavigated,
  onTabRemoved,
  sessionIdOfNotification,
} from '../../lib/background/disconnect';
import { type BgDeps, handleContent } from '../../lib/background/handlers';
import { getTabState, patchTabState } from '../../lib/background/tab-state';
import type { WidgetSignal } from '../../lib/messaging';
import { type CapturedMessage, DEFAULT_SETTINGS, isoLocal } from '../../lib/model';
import { getDb, resetDbForTests } from '../../lib/store/db';
import { captureBatch, getEvents, getSession, updateSession } from '../../lib/store/sessions';
import { saveSettings } from '../../lib/store/settings';

const T0 = Date.parse('2026-11-22T14:30:00.000Z');
const TAB = 7;
const URL = 'https://shop.example.test/help';
const ctx = { tabId: TAB, frameId: 0, tabUrl: URL };
let now = T0;
let ids = 0;
const deps: BgDeps = {
  db: getDb,
  inject: async () => {},
  broadcast: () => {},
  toTab: async () => null,
  now: () => now,
  newId: () => `session-${++ids}`,
};

const create = vi.fn(async (id: string, _o: unknown) => id);
const clear = vi.fn(async (_id: string) => true);

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  resetDbForTests();
  now = T0;
  create.mockClear();
  clear.mockClear();
  // fake-browser does not implement notifications: stub the two calls the module makes
  Object.assign(fakeBrowser.notifications, { create, clear });
});

const line = (
  role: CapturedMessage['role'],
  author: string | null,
  text: string,
  at = now,
): CapturedMessage => ({
  key: `k${Math.random()}`,
  role,
  author,
  text,
  at: isoLocal(at),
  shownAt: null,
});

async function say(...msgs: CapturedMessage[]) {
  const res = await captureBatch(await getDb(), {
    tabId: TAB,
    tabUrl: URL,
    vendor: 'chatwoot',
    title: 'Acme',
    conversationId: null,
    messages: msgs,
    now,
    newId: deps.newId,
  });
  await patchTabState(TAB, (s) => ({ ...s, sessionId: res.session!.id, url: URL }));
  return res.session!.id;
}

async function startChat() {
  return say(
    line('agent', 'Priya', "Hi, I'm Priya from Acme support."),
    line('customer', null, 'My internet is down.'),
    line('agent', 'Priya', "I've opened case number CS-48213 for you."),
  );
}

const sig = (kind: WidgetSignal['kind'], evidence: string, at = now): WidgetSignal => ({
  kind,
  evidence,
  at: isoLocal(at),
});
const signal = (s: WidgetSignal, c = ctx) => handleSignal({ vendor: 'chatwoot', signal: s }, c, deps);
const session = async (id: string) => (await getSession(await getDb(), id))!;
const events = async (id: string, type?: string) =>
  (await getEvents(await getDb(), id)).filter((e) => !type || e.type === type);

describe('an abrupt end alerts once', () => {
  test('vendor end line: session ended, one basic notification, badge, popup alert, evidence', async () => {
    const id = await startChat();
    now += 1000;
    await say(line('system', null, 'Priya has left the conversation'));
    const res = await signal(sig('end-line', 'Priya has left the conversation'));
    expect(res).toEqual({ ok: true, ended: 'agent-left' });
    const s = await session(id);
    expect(s.endReason).toBe('agent-left');
    expect(s.endedAt).toBe(isoLocal(now));
    expect(create).toHaveBeenCalledTimes(1);
    const [nid, opts] = create.mock.calls[0]! as [string, Record<string, string>];
    expect(nid).toBe(notificationId(id, s.endedAt!));
    expect(opts).toMatchObject({ type: 'basic', title: 'The agent left your chat' });
    expect(Object.keys(opts).sort()).toEqual(['iconUrl', 'message', 'title', 'type']); // Firefox's basic subset
    expect(opts.iconUrl).toMatch(/\/icon\/128\.png$/);
    expect(opts.message).toContain('Priya');
    expect(opts.message).toContain('CS-48213');
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('!');
    const tab = await getTabState(TAB);
    expect(tab?.alerts).toMatchObject([
      { kind: 'disconnect', sessionId: id, title: 'The agent left your chat' },
    ]);
    expect(tab?.alerts[0]?.message).toMatch(/quote case CS-48213/);
    const ended = await events(id, 'ended');
    expect(ended).toHaveLength(1);
    expect(ended[0]!.detail).toMatchObject({
      reason: 'agent-left',
      signal: 'end-line',
      alerted: true,
      caseNumber: 'CS-48213',
      agent: 'Priya',
    });
    expect(await events(id, 'disconnect')).toHaveLength(1);
  });

  test('repeated and further signals of the same end: still one notification, one ended event', async () => {
    const id = await startChat();
    await say(line('system', null, 'Priya has left the conversation'));
    const s1 = sig('end-line', 'Priya has left the conversation');
    await Promise.all([signal(s1), signal(s1), signal(sig('end-prompt', 'end-of-chat prompt shown'))]);
    await signal(sig('widget-removed', '.woot-widget-holder removed from the page'));
    await signal(s1);
    expect(create).toHaveBeenCalledTimes(1);
    expect(await events(id, 'ended')).toHaveLength(1);
    // each distinct signal is evidence, once
    expect((await events(id, 'disconnect')).map((e) => e.detail.signal).sort()).toEqual([
      'end-line',
      'end-prompt',
      'widget-removed',
    ]);
  });

  test('worker stopped after ending the session but before alerting: the re-sent signal alerts, once', async () => {
    const id = await startChat();
    await updateSession(await getDb(), id, (s) => ({
      ...s,
      endedAt: isoLocal(now),
      endReason: 'connection-lost',
    }));
    await signal(sig('offline-banner', 'Connection lost', now - 20_000));
    await signal(sig('offline-banner', 'Connection lost', now - 20_000));
    expect(create).toHaveBeenCalledTimes(1);
    expect((await events(id, 'ended'))[0]!.detail).toMatchObject({
      reason: 'connection-lost',
      alerted: true,
    });
  });

  test('worker stopped after alerting: a re-sent signal does not alert again', async () => {
    const id = await startChat();
    await say(line('system', null, 'The chat has ended.'));
    await signal(sig('end-line', 'The chat has ended.'));
    resetDbForTests(); // a new worker: fresh connection, fresh module state where it matters
    await signal(sig('end-line', 'The chat has ended.'));
    expect(create).toHaveBeenCalledTimes(1);
    expect((await session(id)).endReason).toBe('agent-ended');
  });

  test('offline banner → connection-lost; reconnected reopens the same session; a later end alerts again', async () => {
    const id = await startChat();
    now += 25_000;
    await signal(sig('offline-banner', 'Connection lost. Reconnecting…', now - 20_500));
    expect((await session(id)).endReason).toBe('connection-lost');
    await signal(sig('reconnected', 'banner cleared'));
    const back = await session(id);
    expect(back.endedAt).toBeNull();
    expect(await events(id, 'reconnect')).toHaveLength(1);
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('');
    expect((await getTabState(TAB))?.alerts).toEqual([]);
    now += 60_000;
    await say(line('agent', 'Priya', 'Sorry about that, we are back.'));
    await say(line('system', null, 'This chat was closed due to inactivity'));
    await signal(sig('end-line', 'This chat was closed due to inactivity'));
    expect((await session(id)).endReason).toBe('inactivity-timeout');
    expect(create).toHaveBeenCalledTimes(2);
    expect(new Set(create.mock.calls.map((c) => c[0])).size).toBe(2);
  });

  test('signals wake the handler through the protocol (handleContent reportSignal)', async () => {
    const id = await startChat();
    const res = await handleContent(
      {
        type: 'reportSignal',
        vendor: 'chatwoot',
        signal: sig('widget-removed', '.woot-widget-holder removed'),
      },
      { ...ctx, tabTitle: '' },
      deps,
    );
    expect(res).toEqual({ ok: true, ended: 'widget-removed' });
    expect((await session(id)).endReason).toBe('widget-removed');
    expect(create).toHaveBeenCalledTimes(1);
  });
});

describe("the answer to a capture batch names its end lines (the recorder's end-line alert)", () => {
  test('shared-list end lines by index, customer lines never, "Reconnecting…" as transient', async () => {
    const messages = [
      line('agent', 'Priya', 'Let me check that for you.'),
      line('customer', null, 'The chat has ended on me twice already today'),
      line('system', null, 'Reconnecting…'),
      line('system', null, 'Priya has left the conversation'),
      line('bot', null, 'Die Verbindung wurde unterbrochen'),
    ];
    const res = await handleContent(
      { type: 'captureMessages', vendor: 'chatwoot', title: '', conversationId: null, messages },
      { ...ctx, tabTitle: 'Acme' },
      deps,
    );
    expect(res).toMatchObject({
      ok: true,
      stored: 5,
      ends: [
        { i: 2, transient: true },
        { i: 3, transient: false },
        { i: 4, transient: false },
      ],
    });
    // sent again (the answer was lost): nothing stored twice, the end lines named again
    const again = await handleContent(
      { type: 'captureMessages', vendor: 'chatwoot', title: '', conversationId: null, messages },
      { ...ctx, tabTitle: 'Acme' },
      deps,
    );
    expect(again).toMatchObject({ ok: true, stored: 0, ends: [{ i: 2 }, { i: 3 }, { i: 4 }] });
  });
});

describe('no alert', () => {
  test('no chat in the tab: nothing ends, nothing recorded', async () => {
    const res = await signal(sig('widget-removed', '.woot-widget-holder removed'));
    expect(res).toEqual({ ok: true });
    expect(create).not.toHaveBeenCalled();
  });

  test('a customer line mentioning "disconnected"', async () => {
    const id = await startChat();
    await say(line('customer', null, 'I got disconnected yesterday and the chat has ended on me'));
    await signal(sig('end-line', 'I got disconnected yesterday and the chat has ended on me'));
    expect((await session(id)).endedAt).toBeNull();
    expect(create).not.toHaveBeenCalled();
  });

  test.each([
    ['alerts off', { alertsEnabled: false }, 'alerts off'],
    ['alerts off for the site', { alertsOffSites: ['example.test'] }, 'alerts off for this site'],
  ])('%s: the end is recorded, no notification or badge', async (_n, settings, suppressed) => {
    await saveSettings(await getDb(), { ...DEFAULT_SETTINGS, ...settings });
    const id = await startChat();
    await signal(sig('widget-removed', '.woot-widget-holder removed'));
    expect((await session(id)).endReason).toBe('widget-removed');
    expect(create).not.toHaveBeenCalled();
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('');
    expect((await events(id, 'ended'))[0]!.detail).toMatchObject({ alerted: false, suppressed });
  });

  test('the person ended the chat with the widget: customer-ended, no alert', async () => {
    const id = await startChat();
    await signal(sig('customer-ended', 'clicked "End chat", then end-prompt: end-of-chat prompt shown'));
    expect((await session(id)).endReason).toBe('customer-ended');
    expect(create).not.toHaveBeenCalled();
    expect((await getTabState(TAB))?.alerts).toEqual([]);
  });

  test('tab closed during a chat: tab-closed at the time the page went away, no alert', async () => {
    const id = await startChat();
    const hiddenAt = now + 5_000;
    await signal(sig('page-hidden', 'pagehide', hiddenAt));
    now += 60_000;
    await onTabRemoved(TAB, deps);
    const s = await session(id);
    expect(s.endReason).toBe('tab-closed');
    expect(s.endedAt).toBe(isoLocal(hiddenAt));
    expect(create).not.toHaveBeenCalled();
  });

  test('reload: page hidden, then the recorder resumes; the chat goes on', async () => {
    const id = await startChat();
    await signal(sig('page-hidden', 'pagehide'));
    await onResume({ tabId: TAB, frameId: 0 }, DEFAULT_SETTINGS);
    expect((await session(id)).endedAt).toBeNull();
    now += 60_000;
    await onTabRemoved(TAB, deps);
    expect((await session(id)).endedAt).toBe(isoLocal(now)); // not the reload's pagehide
  });

  test('navigation: to another page of the site continues, to another site ends (tab-closed)', async () => {
    const id = await startChat();
    await onTabNavigated(TAB, 'https://shop.example.test/checkout', deps);
    expect((await session(id)).endedAt).toBeNull();
    await onTabNavigated(TAB, 'https://news.example.org/', deps);
    expect((await session(id)).endReason).toBe('tab-closed');
    expect(create).not.toHaveBeenCalled();
  });

  test('navigation or tab close with no active chat: nothing', async () => {
    await onTabNavigated(TAB, 'https://news.example.org/', deps);
    await onTabRemoved(TAB, deps);
    expect(create).not.toHaveBeenCalled();
  });
});

describe('stall, click, text', () => {
  test('stalled: a stalled event and a popup nudge, no notification; once per silence', async () => {
    const id = await startChat();
    const s = sig('stalled', 'no reply for 5 min after: "hello?"', now - 300_000);
    await signal(s);
    await signal(s);
    expect(await events(id, 'stalled')).toHaveLength(1);
    expect((await getTabState(TAB))?.alerts).toMatchObject([{ kind: 'stalled', sessionId: id }]);
    expect(create).not.toHaveBeenCalled();
    expect((await session(id)).endedAt).toBeNull();
  });

  test('resume answers with the stall setting', async () => {
    expect(await onResume({ tabId: TAB, frameId: 3 }, { ...DEFAULT_SETTINGS, stallMinutes: 9 })).toEqual({
      stallMinutes: 9,
    });
  });

  test('clicking the notification opens that transcript', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const nid = notificationId('session-42', isoLocal(T0));
    expect(sessionIdOfNotification(nid)).toBe('session-42');
    await onNotificationClicked(nid);
    expect(create).toHaveBeenCalledWith({
      url: expect.stringMatching(/\/dashboard\.html#\/chat\/session-42$/),
    });
    expect(clear).toHaveBeenCalledWith(nid);
    await onNotificationClicked('someone-else:1');
    expect(create).toHaveBeenCalledTimes(1);
  });

  test('describeEnd says what, when, with whom and the case number', () => {
    const d = describeEnd({
      reason: 'inactivity-timeout',
      at: T0,
      agent: 'Marco',
      caseNumber: 'CS-1',
      host: 'shop.example.test',
    });
    expect(d.title).toBe('Your chat timed out');
    expect(d.message).toMatch(/^With Marco on shop\.example\.test, .*\d\d.* Case number CS-1\./);
    expect(
      describeEnd({ reason: 'widget-removed', at: T0, agent: null, caseNumber: null, host: '' }).nextSteps,
    ).toMatch(/quote your case number/);
  });
});
