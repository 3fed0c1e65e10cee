// Abrupt disconnects (issue 4) in Chromium, for the three frame kinds (tests/fixtures/disconnect/):
// an end line, the widget removed and a connection banner that never clears each give exactly one
// notification, the badge and the right endReason; minimise/reopen, a banner that clears, the
// person's own end, and a navigation without a chat give none. Each case runs on its own hostname
// (its own site, so its own session); slow cases run side by side in separate tabs.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchChromium, readStore, sleep, startFixtureServer, until, worker } from './harness.mjs';

const PAGES = { page: 'page.html', 'same-origin': 'same-origin.html', 'cross-origin': 'cross-origin.html' };
const GRACE_MS = 20_000; // OFFLINE_GRACE_MS in lib/detectors/end-reason.ts
let srv;
let b;
let ext;

before(async () => {
  srv = await startFixtureServer();
  b = await launchChromium(srv.port);
  ext = await b.ctx.newPage();
  await ext.goto(`chrome-extension://${b.extId}/dashboard.html`);
});
after(async () => {
  await b?.ctx.close();
  await srv?.close();
});

const sw = () => worker(b.ctx);
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

/** Opens a fixture on its own host and waits until its chat (3 lines) is stored. */
async function openChat(host, kind, query = '') {
  const page = await b.ctx.newPage();
  await page.goto(`${origin(host)}/disconnect/${PAGES[kind]}?start=300&step=100${query.replace('?', '&')}`);
  if (!query.includes('noplay'))
    await until(async () => (await store(host)).messages.length >= 3, {
      what: `chat on ${host}`,
      timeout: 20_000,
    });
  return page;
}

/** Where the widget's hooks live: the frame on app.chatwoot.com, else the page. */
async function widget(page, kind) {
  if (kind !== 'cross-origin') return page.mainFrame();
  return until(() => page.frames().find((f) => f.url().includes('app.chatwoot.com')), {
    what: 'widget frame',
  });
}

async function notificationsOf(sessionId) {
  const all = await (await sw()).evaluate(() => chrome.notifications.getAll());
  return Object.keys(all).filter((id) => id.includes(sessionId));
}

async function tabOf(host) {
  return (await sw()).evaluate(
    async (u) => (await chrome.tabs.query({ url: u }))[0]?.id,
    `${origin(host)}/*`,
  );
}

async function badge(host) {
  const tabId = await tabOf(host);
  return (await sw()).evaluate((t) => chrome.action.getBadgeText({ tabId: t }), tabId);
}

/** Waits for the end of the chat on `host` and checks: one notification, the badge, the reason. */
async function expectAlert(host, reason, { changedAt, delay = 0 } = {}) {
  const s = await until(
    async () => {
      const { sessions } = await store(host);
      return sessions.find((x) => x.endedAt) ?? null;
    },
    { what: `end on ${host}`, timeout: 10_000 },
  );
  assert.equal(s.endReason, reason, `${host}: endReason`);
  await until(async () => (await notificationsOf(s.id)).length > 0, { what: `notification for ${host}` });
  await sleep(800); // a second notification for the same end would show up here
  assert.equal((await notificationsOf(s.id)).length, 1, `${host}: exactly one notification`);
  assert.equal(await badge(host), '!', `${host}: badge`);
  const { events } = await store(host);
  const ended = events.filter((e) => e.type === 'ended');
  assert.equal(ended.length, 1, `${host}: one ended event`);
  assert.equal(ended[0].detail.alerted, true);
  assert.ok(
    events.some((e) => e.type === 'disconnect'),
    `${host}: the signal is recorded as evidence`,
  );
  if (changedAt) {
    // within 2 s of the signal (for a banner: of the end of its grace period, not before)
    const ms = Date.parse(ended[0].detail.notifiedAt) - changedAt;
    assert.ok(ms >= delay && ms < delay + 2000, `${host}: alert ${ms} ms after the DOM change`);
  }
  return s;
}

async function expectNoAlert(host, { ended = null } = {}) {
  const { sessions } = await store(host);
  for (const s of sessions) assert.deepEqual(await notificationsOf(s.id), [], `${host}: no notification`);
  if (ended === null)
    assert.ok(
      sessions.every((s) => !s.endedAt),
      `${host}: chat still active`,
    );
  else
    assert.deepEqual(
      sessions.map((s) => s.endReason),
      [ended],
      `${host}: endReason`,
    );
  const tab = await tabOf(host);
  if (tab !== undefined) assert.equal(await badge(host), '', `${host}: no badge`);
}

test('vendor end line: one notification, the badge and the reason, in all three frame kinds', async () => {
  const cases = [
    ['end-page.example.test', 'page', 'Priya has left the conversation', 'agent-left'],
    ['end-same.example.test', 'same-origin', 'This chat was closed due to inactivity', 'inactivity-timeout'],
    // Chatwoot's own end line (its adapter's endLines), not in the shared list
    ['end-cross.example.test', 'cross-origin', 'Conversation was resolved by Priya', 'agent-ended'],
  ];
  await Promise.all(
    cases.map(async ([host, kind, line, reason]) => {
      const page = await openChat(host, kind);
      const w = await widget(page, kind);
      await w.evaluate((t) => window.fx.endLine(t), line);
      const changedAt = await w.evaluate(() => window.fxChangedAt);
      await expectAlert(host, reason, { changedAt });
      // the page reloaded after the end: the history shows again, no second alert
      await page.reload();
      await until(async () => (await store(host)).messages.length >= 4, { what: 'history after reload' });
      await sleep(800);
      const { sessions } = await store(host);
      assert.equal(
        (await notificationsOf(sessions[0].id)).length,
        1,
        `${host}: still one notification after a reload`,
      );
    }),
  );
});

test('widget removed from the page, or its frame sent elsewhere: widget-removed, in all three frame kinds', async () => {
  const cases = [
    ...Object.keys(PAGES).map((kind) => [kind, 'removeWidget']),
    ['cross-origin', 'navigateFrame'],
  ];
  await Promise.all(
    cases.map(async ([kind, hook]) => {
      const host = `gone-${kind}-${hook}.example.test`.toLowerCase();
      const page = await openChat(host, kind);
      await page.evaluate((h) => window.fx[h](), hook);
      const changedAt = await page.evaluate(() => window.fxChangedAt);
      await expectAlert(host, 'widget-removed', { changedAt });
    }),
  );
});

test('banner that never clears → connection-lost; no alert for a banner that clears, minimise/reopen, own end, navigation', async () => {
  const kinds = Object.keys(PAGES);
  const banners = await Promise.all(
    kinds.map(async (kind) => {
      const host = `offline-${kind}.example.test`;
      const page = await openChat(host, kind);
      const w = await widget(page, kind);
      await w.evaluate(() => window.fx.banner('Connection lost. Reconnecting…'));
      return { host, changedAt: await w.evaluate(() => window.fxChangedAt) };
    }),
  );
  // meanwhile, in other tabs, the false alarms
  const clears = await openChat('blip.example.test', 'cross-origin');
  await (await widget(clears, 'cross-origin')).evaluate(() =>
    window.fx.banner('Connection lost. Reconnecting…'),
  );
  const minimised = await Promise.all(
    kinds.map(async (kind) => {
      const host = `mini-${kind}.example.test`;
      const page = await openChat(host, kind);
      await page.evaluate(() => window.fx.minimise());
      await sleep(1500);
      await page.evaluate(() => window.fx.reopen());
      return host;
    }),
  );
  const own = await openChat('own.example.test', 'page');
  await own.evaluate(() => window.fx.customerEnds());
  const idle = await openChat('idle.example.test', 'page', '?noplay');
  await sleep(1500);
  await idle.goto('http://elsewhere.example.test/disconnect/away.html');
  const left = await openChat('left.example.test', 'page');
  await left.goto('http://elsewhere.example.test/disconnect/away.html');
  await sleep(8000);
  await (await widget(clears, 'cross-origin')).evaluate(() => window.fx.clearBanner());

  // the banners stayed: connection-lost once the grace period is over (not before)
  await sleep(Math.max(0, Math.max(...banners.map((x) => x.changedAt)) + GRACE_MS - Date.now()));
  for (const { host, changedAt } of banners)
    await expectAlert(host, 'connection-lost', { changedAt, delay: GRACE_MS });

  await expectNoAlert('blip.example.test');
  for (const host of minimised) {
    await expectNoAlert(host);
    assert.equal((await store(host)).messages.length, 3, `${host}: the reopened history is not stored twice`);
  }
  await expectNoAlert('own.example.test', { ended: 'customer-ended' });
  assert.equal((await store('idle.example.test')).sessions.length, 0, 'no chat, no session');
  await expectNoAlert('left.example.test', { ended: 'tab-closed' });
});

test('a disconnect while the service worker is stopped still alerts, once', async () => {
  const host = 'asleep.example.test';
  const page = await openChat(host, 'cross-origin');
  const cdp = await b.ctx.newCDPSession(ext);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await sleep(300);
  await (await widget(page, 'cross-origin')).evaluate(() => window.fx.endLine("You've been disconnected."));
  await expectAlert(host, 'connection-lost');
});
