// Abrupt disconnects (issue 4) in real Firefox (event-page background, basic notifications with
// alerts.useSystemBackend=false): the page-DOM and cross-origin widgets (tests/fixtures/disconnect/).
// An end line, the widget removed and a banner that never clears each give one notification (shown),
// the badge and the right endReason; minimise/reopen and a navigation without a chat give none.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchFirefox, openExtensionPage, poll } from './firefox.mjs';
import { readStore, sleep, startFixtureServer, until } from './harness.mjs';

const PAGES = { page: 'page.html', 'cross-origin': 'cross-origin.html' };
const GRACE_MS = 20_000; // OFFLINE_GRACE_MS in lib/detectors/end-reason.ts
let srv;
let browser;
let ext;

before(async () => {
  srv = await startFixtureServer();
  browser = await launchFirefox(srv.port);
  ext = await browser.newPage();
  await openExtensionPage(ext, 'dashboard.html');
  // notification events reach every extension page: count what Firefox actually showed
  await ext.evaluate(() => {
    window.__shown = [];
    browser.notifications.onShown.addListener((id) => window.__shown.push(id));
  });
});
after(async () => {
  await browser?.close();
  await srv?.close();
});

const origin = (host) => `http://${host}`;

async function store(host) {
  const s = await readStore(ext);
  const sessions = s.sessions.filter((x) => x.origin === origin(host));
  const ids = new Set(sessions.map((x) => x.id));
  return {
    sessions,
    messages: s.messages.filter((m) => ids.has(m.sessionId)),
    events: s.events.filter((e) => ids.has(e.sessionId)),
  };
}

async function openChat(host, kind, query = '') {
  const page = await browser.newPage();
  await page.goto(`${origin(host)}/disconnect/${PAGES[kind]}?start=300&step=100${query.replace('?', '&')}`);
  if (!query.includes('noplay'))
    await until(async () => (await store(host)).messages.length >= 3, {
      what: `chat on ${host}`,
      timeout: 20_000,
    });
  return page;
}

async function widget(page, kind) {
  if (kind !== 'cross-origin') return page.mainFrame();
  return until(() => page.frames().find((f) => f.url().includes('app.chatwoot.com')), {
    what: 'widget frame',
  });
}

const notificationsOf = async (sessionId) =>
  Object.keys(await ext.evaluate(() => browser.notifications.getAll())).filter((id) =>
    id.includes(sessionId),
  );
const shownOf = async (sessionId) =>
  (await ext.evaluate(() => window.__shown)).filter((id) => id.includes(sessionId));
const badge = (host) =>
  ext.evaluate(
    async (u) => {
      const [tab] = await browser.tabs.query({ url: u });
      return tab ? browser.action.getBadgeText({ tabId: tab.id }) : null;
    },
    `${origin(host)}/*`,
  );

async function expectAlert(host, reason, { changedAt, delay = 0 } = {}) {
  const s = await until(async () => (await store(host)).sessions.find((x) => x.endedAt) ?? null, {
    what: `end on ${host}`,
    // background tabs: Firefox throttles their timers (the 20 s grace timer among them) on a busy machine
    timeout: 25_000,
  });
  assert.equal(s.endReason, reason, `${host}: endReason`);
  await poll(ext, (id) => window.__shown.some((n) => n.includes(id)), { arg: s.id });
  await sleep(800);
  assert.equal((await shownOf(s.id)).length, 1, `${host}: exactly one notification shown`);
  assert.equal((await notificationsOf(s.id)).length, 1, `${host}: exactly one notification`);
  assert.equal(await badge(host), '!', `${host}: badge`);
  const ended = (await store(host)).events.filter((e) => e.type === 'ended');
  assert.equal(ended.length, 1, `${host}: one ended event`);
  if (changedAt) {
    const ms = Date.parse(ended[0].detail.notifiedAt) - changedAt;
    assert.ok(ms >= delay && ms < delay + 2000, `${host}: alert ${ms} ms after the DOM change`);
  }
}

async function expectNoAlert(host) {
  const { sessions } = await store(host);
  for (const s of sessions) assert.deepEqual(await notificationsOf(s.id), [], `${host}: no notification`);
  assert.ok(
    sessions.every((s) => !s.endedAt),
    `${host}: chat still active`,
  );
  const b = await badge(host);
  if (b !== null) assert.equal(b, '', `${host}: no badge`);
}

// The two groups use their own hosts (own sessions) and run side by side: the end-line and removal
// cases fit in the banners' grace period, keeping the file under a minute.
describe('firefox disconnects', { concurrency: true }, () => {
  test('firefox: end line and widget removal alert once (page DOM and cross-origin frame)', async () => {
    const cases = [
      [
        'ff-end-page.example.test',
        'page',
        (w) => w.evaluate(() => window.fx.endLine('Priya has left the conversation')),
        'agent-left',
      ],
      [
        'ff-end-cross.example.test',
        'cross-origin',
        (w) => w.evaluate(() => window.fx.endLine('Conversation was resolved by Priya')),
        'agent-ended',
      ],
      ['ff-gone-page.example.test', 'page', null, 'widget-removed'],
      ['ff-gone-cross.example.test', 'cross-origin', null, 'widget-removed'],
    ];
    await Promise.all(
      cases.map(async ([host, kind, act, reason]) => {
        const page = await openChat(host, kind);
        const w = act ? await widget(page, kind) : page.mainFrame();
        if (act) await act(w);
        else await w.evaluate(() => window.fx.removeWidget());
        await expectAlert(host, reason, { changedAt: await w.evaluate(() => window.fxChangedAt) });
      }),
    );
  });

  test('firefox: banner that never clears → connection-lost; minimise/reopen and navigation without a chat → none', async () => {
    const banners = await Promise.all(
      Object.keys(PAGES).map(async (kind) => {
        const host = `ff-offline-${kind}.example.test`;
        const w = await widget(await openChat(host, kind), kind);
        await w.evaluate(() => window.fx.banner('Connection lost. Reconnecting…'));
        return { host, changedAt: await w.evaluate(() => window.fxChangedAt) };
      }),
    );
    const minimised = await Promise.all(
      Object.keys(PAGES).map(async (kind) => {
        const host = `ff-mini-${kind}.example.test`;
        const page = await openChat(host, kind);
        await page.evaluate(() => window.fx.minimise());
        await sleep(1500);
        await page.evaluate(() => window.fx.reopen());
        return host;
      }),
    );
    const idle = await openChat('ff-idle.example.test', 'page', '?noplay');
    await sleep(1500);
    await idle.goto('http://elsewhere.example.test/disconnect/away.html');

    await sleep(Math.max(0, Math.max(...banners.map((x) => x.changedAt)) + GRACE_MS - Date.now()));
    for (const { host, changedAt } of banners)
      await expectAlert(host, 'connection-lost', { changedAt, delay: GRACE_MS });
    for (const host of minimised) {
      await expectNoAlert(host);
      assert.equal(
        (await store(host)).messages.length,
        3,
        `${host}: the reopened history is not stored twice`,
      );
    }
    assert.equal((await store('ff-idle.example.test')).sessions.length, 0, 'no chat, no session');
  });
});
