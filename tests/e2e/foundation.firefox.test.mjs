// Foundation in real Firefox: a line shown by a chat widget goes content script → background
// (event page) → IndexedDB → popup, and the vendor frame on its real host is recorded too.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchFirefox, openExtensionPage, poll } from './firefox.mjs';
import { SHOP, startFixtureServer } from './harness.mjs';

let srv;
let browser;
let ext;
before(async () => {
  srv = await startFixtureServer();
  browser = await launchFirefox(srv.port);
  ext = await browser.newPage();
  await openExtensionPage(ext, 'dashboard.html');
});
after(async () => {
  await browser?.close();
  await srv?.close();
});

test('firefox: a captured line reaches IndexedDB and the popup', async () => {
  const page = await browser.newPage();
  await page.goto(`http://${SHOP}/sites/basic-chat.html`);
  const store = await poll(ext, async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'chatproof')) return null;
    const db = await new Promise((res, rej) => {
      const r = indexedDB.open('chatproof');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const rows = await new Promise((res) => {
      const q = db.transaction('messages').objectStore('messages').getAll();
      q.onsuccess = () => res(q.result);
    });
    db.close();
    return rows.length >= 3 && rows;
  });
  assert.deepEqual(
    store.map((m) => [m.role, m.author, m.text]),
    [
      ['agent', 'Dana', 'Hello, this is Dana. How can I help?'],
      ['customer', null, 'My order never arrived.'],
      ['agent', 'Dana', 'Let me check that for you.'],
    ],
  );
  const tabId = await ext.evaluate(
    async () => (await browser.tabs.query({ url: 'http://shop.example.test/*' }))[0].id,
  );
  const popup = await browser.newPage();
  await openExtensionPage(popup, `popup.html?tab=${tabId}`);
  await poll(popup, () => document.querySelector('[data-testid=count]')?.textContent === '3');
  await page.evaluate(() => window.addLine('agent', 'Dana', 'Found it: it ships tomorrow.'));
  await poll(popup, () => document.querySelector('[data-testid=count]')?.textContent === '4');
  await page.close();
});

test('firefox: a cross-origin vendor frame on its real host is recorded', async () => {
  const page = await browser.newPage();
  await page.goto(`http://${SHOP}/vendors/chatwoot/index.html?step=80`);
  const s = await poll(
    ext,
    async () => {
      const db = await new Promise((res) => {
        const r = indexedDB.open('chatproof');
        r.onsuccess = () => res(r.result);
      });
      const sessions = await new Promise((res) => {
        const q = db.transaction('sessions').objectStore('sessions').getAll();
        q.onsuccess = () => res(q.result);
      });
      db.close();
      const cw = sessions.find((x) => x.vendor === 'chatwoot');
      return cw && cw.messageCount >= 3 && cw;
    },
    { timeout: 20_000 },
  );
  assert.equal(s.origin, `http://${SHOP}`);
  assert.deepEqual(s.agents, ['Priya']);
  await page.close();
});
