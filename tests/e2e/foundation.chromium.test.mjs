// Foundation: a line shown by a chat widget goes content script → background → IndexedDB → popup.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fixtureState, launchChromium, readStore, SHOP, startFixtureServer, until } from './harness.mjs';

let srv;
let b;
before(async () => {
  srv = await startFixtureServer();
  b = await launchChromium(srv.port);
});
after(async () => {
  await b?.ctx.close();
  await srv?.close();
});

test('chromium: a captured line reaches IndexedDB and the popup', async () => {
  const page = await b.ctx.newPage();
  await page.goto(`http://${SHOP}/sites/basic-chat.html`);
  await fixtureState(page, 'done');
  const ext = await b.ctx.newPage();
  await ext.goto(`chrome-extension://${b.extId}/dashboard.html`);
  const store = await until(
    async () => {
      const s = await readStore(ext);
      return s.messages.length >= 3 && s;
    },
    { what: '3 stored lines' },
  );
  assert.equal(store.sessions.length, 1);
  assert.deepEqual(
    store.messages.map((m) => [m.role, m.author, m.text]),
    [
      ['agent', 'Dana', 'Hello, this is Dana. How can I help?'],
      ['customer', null, 'My order never arrived.'],
      ['agent', 'Dana', 'Let me check that for you.'],
    ],
  );
  // the popup for that tab shows the same lines
  const tabId = await page
    .evaluate(() => 0)
    .then(async () => {
      const sw = b.ctx.serviceWorkers()[0];
      return sw.evaluate(async () => (await chrome.tabs.query({ url: 'http://shop.example.test/*' }))[0].id);
    });
  const popup = await b.ctx.newPage();
  await popup.goto(`chrome-extension://${b.extId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('[data-testid=count]');
  await until(async () => (await popup.textContent('[data-testid=count]')) === '3', {
    what: 'popup count 3',
  });
  // each line: its role, who said it (the person is "You") and exactly what was said
  const lines = await popup.$$eval('[data-testid=lines] li', (l) =>
    l.map(
      (x) =>
        `${x.dataset.role}|${x.querySelector('.p-who').textContent}: ${x.querySelector('.p-text').textContent}`,
    ),
  );
  assert.deepEqual(lines, [
    'agent|Dana: Hello, this is Dana. How can I help?',
    'customer|You: My order never arrived.',
    'agent|Dana: Let me check that for you.',
  ]);
  // live update: a new line appears in the open popup without reloading it
  await page.evaluate(() => window.addLine('agent', 'Dana', 'Found it: it ships tomorrow.'));
  await until(async () => (await popup.textContent('[data-testid=count]')) === '4', {
    what: 'popup live update',
  });
});
