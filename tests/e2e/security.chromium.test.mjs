// Privacy and hostile pages (issue 9): no extension context makes a network request during a full
// chat, export and dashboard session; a page cannot message, read, list or delete Chatproof's
// records, cannot forge captures with postMessage or custom events, and cannot flood the store.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  fixtureState,
  launchChromium,
  readStore,
  SHOP,
  sleep,
  startFixtureServer,
  until,
  worker,
} from './harness.mjs';

let srv;
let b;
const extRequests = [];
/** Chromium itself (not the extension) still calls these even with the background-networking flags off. */
const CHROMIUM_OWN = /(^|\.)(google\.com|googleapis\.com|gstatic\.com|gvt1\.com)$/;
before(async () => {
  srv = await startFixtureServer();
  b = await launchChromium(srv.port);
  // every request made by an extension page or the service worker (anything but its own files)
  b.ctx.on('request', (r) => {
    const fromExtension = r.serviceWorker() || r.frame()?.url().startsWith('chrome-extension://');
    if (fromExtension && !/^(chrome-extension|data|blob):/.test(r.url())) extRequests.push(r.url());
  });
});
after(async () => {
  await b?.ctx.close();
  await srv?.close();
});

test('a full chat, export and dashboard session makes no network request from the extension', async () => {
  const page = await b.ctx.newPage();
  await page.goto(`http://${SHOP}/vendors/chatwoot/index.html?step=80`);
  await fixtureState(page, 'await-reload');
  await page.reload();
  await fixtureState(page, 'done');
  const ext = await b.ctx.newPage();
  await ext.goto(`chrome-extension://${b.extId}/dashboard.html`);
  const st = await until(
    async () => {
      const s = await readStore(ext);
      return s.messages.length >= 10 && s;
    },
    { what: 'the chat stored' },
  );
  await ext.goto(
    `chrome-extension://${b.extId}/dashboard.html#/chat/${encodeURIComponent(st.sessions[0].id)}`,
  );
  for (const label of ['Export JSON', 'Export HTML', 'Export Markdown', 'Export evidence bundle']) {
    const [dl] = await Promise.all([
      ext.waitForEvent('download'),
      ext.getByRole('button', { name: label }).first().click(),
    ]);
    await dl.path();
  }
  await ext.goto(`chrome-extension://${b.extId}/dashboard.html#/settings`);
  await ext.goto(`chrome-extension://${b.extId}/dashboard.html#/`);
  const popup = await b.ctx.newPage();
  await popup.goto(`chrome-extension://${b.extId}/popup.html`);
  await sleep(1000);
  assert.deepEqual(extRequests, []);
  // nothing reached the (catch-all) network from an extension origin either
  const fromExt = srv.requests.filter((r) => `${r.origin}${r.referer}`.includes('chrome-extension://'));
  assert.deepEqual(fromExt, []);
  // and the content scripts asked for nothing the page did not ask for itself
  const unexpected = srv.requests.filter(
    (r) => r.status === 404 && r.path !== '/favicon.ico' && !CHROMIUM_OWN.test(r.host),
  );
  assert.deepEqual(unexpected, []);
  await Promise.all([popup.close(), ext.close(), page.close()]);
});

test('a web page cannot reach, read, list or delete the records', async () => {
  const page = await b.ctx.newPage();
  await page.goto(`http://${SHOP}/sites/basic-chat.html`);
  const ext = await b.ctx.newPage();
  await ext.goto(`chrome-extension://${b.extId}/dashboard.html`);
  const before = await until(
    async () => {
      const s = await readStore(ext);
      return s.sessions.length >= 2 && s;
    },
    { what: 'two chats stored' },
  );
  const tries = await page.evaluate(async (id) => {
    const out = {};
    // no externally_connectable: pages have no channel to the extension
    out.runtime = typeof globalThis.chrome?.runtime?.sendMessage;
    for (const file of ['dashboard.html', 'manifest.json', 'popup.html', 'background.js']) {
      try {
        const r = await fetch(`chrome-extension://${id}/${file}`);
        out[file] = `status ${r.status}`;
      } catch {
        out[file] = 'blocked';
      }
    }
    // forged captures and deletions through the page's own channels
    window.postMessage(
      {
        type: 'captureMessages',
        vendor: 'generic',
        title: '',
        conversationId: null,
        messages: [
          {
            key: 'x.0',
            role: 'agent',
            author: 'Forger',
            text: 'forged',
            at: new Date().toISOString(),
            shownAt: null,
          },
        ],
      },
      '*',
    );
    window.postMessage({ type: 'deleteSessions', ids: ['*'] }, '*');
    document.dispatchEvent(new CustomEvent('chatproof:capture', { detail: { text: 'forged' } }));
    window.dispatchEvent(
      new CustomEvent('chatwoot:on-message', { detail: { content: 'forged vendor event' } }),
    );
    return out;
  }, b.extId);
  assert.equal(tries.runtime, 'undefined');
  for (const f of ['dashboard.html', 'manifest.json', 'popup.html', 'background.js'])
    assert.equal(tries[f], 'blocked', f);
  const manifest = await (await worker(b.ctx)).evaluate(() => chrome.runtime.getManifest());
  assert.equal(manifest.web_accessible_resources, undefined);
  assert.equal(manifest.externally_connectable, undefined);
  await sleep(800);
  const after = await readStore(ext);
  assert.equal(after.sessions.length, before.sessions.length);
  assert.ok(!after.messages.some((m) => /forged/.test(m.text)));
  await Promise.all([page.close(), ext.close()]);
});

test('a page faking widget markup to flood the store is capped, with a truncated event, and nothing crashes', async () => {
  const page = await b.ctx.newPage();
  await page.goto('http://flood.example.test/sites/flood.html');
  await page.waitForFunction(() => document.documentElement.dataset.fixture === 'ready');
  const ext = await b.ctx.newPage();
  await ext.goto(`chrome-extension://${b.extId}/dashboard.html`);
  const mine = async () => {
    const s = await readStore(ext);
    const sess = s.sessions.find((x) => x.origin === 'http://flood.example.test');
    return {
      sess,
      msgs: s.messages.filter((m) => m.sessionId === sess?.id),
      evs: s.events.filter((e) => e.sessionId === sess?.id),
    };
  };
  await until(async () => (await mine()).msgs.length >= 1, { what: 'the first line' });
  await page.evaluate(() => window.flood(3000));
  const r = await until(
    async () => {
      const m = await mine();
      return m.evs.some((e) => e.type === 'truncated') && m;
    },
    { what: 'a truncated event', timeout: 60_000 },
  );
  await sleep(1000);
  const final = await mine();
  // the line on screen when the chat was first read is its history (exempt from the per-minute cap,
  // docs/security.md); of the 3,000 flooded at once, exactly the cap of 2,000 is stored
  const texts = final.msgs.sort((x, y) => x.seq - y.seq).map((m) => m.text);
  assert.equal(texts[0], 'spam line 0', 'the history line');
  assert.equal(texts.length - 1, 2000, 'flooded lines stored up to the per-minute cap');
  assert.equal(texts.at(-1), 'spam line 2000', 'the first 2,000 flooded lines, in order');
  assert.equal(final.evs.filter((e) => e.type === 'truncated').length, 1);
  assert.ok(r.sess);
  // the extension still works: a normal chat elsewhere is recorded
  const other = await b.ctx.newPage();
  await other.goto(`http://calm.example.test/sites/basic-chat.html`);
  await until(
    async () =>
      (await readStore(ext)).sessions.some(
        (s) => s.origin === 'http://calm.example.test' && s.messageCount >= 3,
      ),
    {
      what: 'a normal chat after the flood',
    },
  );
});
