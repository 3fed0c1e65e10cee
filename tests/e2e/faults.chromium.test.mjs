// Fault tests (issue 9): the service worker stopped mid-chat, the tab closed, the page reloaded, the
// browser closed and reopened, a schema upgrade from release 1's database, and a full disk. Each
// asserts the exact transcript afterwards: every line the page showed is stored once, in order.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launchChromium, readStore, sleep, startFixtureServer, until, worker } from './harness.mjs';

const HOST = 'stream.example.test';
let srv;
before(async () => {
  srv = await startFixtureServer();
});
after(async () => {
  await srv?.close();
});

/** Opens the stream chat page (fresh history unless `keep`) and waits until the widget is shown. */
async function openChat(ctx, { keep = false } = {}) {
  const page = await ctx.newPage();
  await page.goto(`http://${HOST}/sites/stream-chat.html${keep ? '' : '?reset'}`);
  await page.waitForFunction(() => document.documentElement.dataset.fixture === 'ready');
  return page;
}
const say = (page, i) =>
  page.evaluate((n) => window.addLine(n % 3 ? 'customer' : 'agent', n % 3 ? null : 'Alex', `line ${n}`), i);
const texts = (store) =>
  store.messages
    .filter((m) => store.sessions.find((s) => s.id === m.sessionId)?.origin === `http://${HOST}`)
    .sort((a, b) => (a.sessionId === b.sessionId ? a.seq - b.seq : a.at < b.at ? -1 : 1))
    .map((m) => m.text);
const expectLines = (n) => Array.from({ length: n }, (_, i) => `line ${i}`);
async function extPage(b) {
  const p = await b.ctx.newPage();
  await p.goto(`chrome-extension://${b.extId}/dashboard.html`);
  return p;
}
async function waitLines(ext, n) {
  return until(
    async () => {
      const s = await readStore(ext);
      if (texts(s).length >= n) return s;
      // the timeout message says what was stored
      throw new Error(`stored ${JSON.stringify(texts(s))}`);
    },
    { what: `${n} lines`, timeout: 20_000 },
  );
}

test('service worker stopped five times mid-chat: nothing lost, nothing twice', async () => {
  const b = await launchChromium(srv.port);
  try {
    const page = await openChat(b.ctx);
    const ext = await extPage(b);
    const cdp = await b.ctx.newCDPSession(ext);
    await cdp.send('ServiceWorker.enable');
    let n = 0;
    for (let round = 0; round < 5; round++) {
      await say(page, n++);
      await say(page, n++);
      await sleep(150);
      await cdp.send('ServiceWorker.stopAllWorkers');
      // lines shown while the worker is stopped wake it up
      await say(page, n++);
      await sleep(200);
    }
    const store = await waitLines(ext, n);
    await sleep(500);
    assert.deepEqual(texts(await readStore(ext)), expectLines(n));
    assert.equal(store.sessions.filter((s) => s.origin === `http://${HOST}`).length, 1);
  } finally {
    await b.ctx.close();
  }
});

// The detector goes into a page AFTER_LOAD_MS after it loaded, on a timer in the worker; a worker
// stopped before then lost it, and the chat went unrecorded (nothing stored with the worker stopped 0,
// 100 or 200 ms after the load). Nothing on the page wakes the worker: the background keeps the due
// injection in storage.session and sets an alarm.
for (const gap of [0, 150])
  test(`service worker stopped ${gap} ms after the chat page loaded: the chat is recorded`, async () => {
    const b = await launchChromium(srv.port);
    try {
      const ext = await extPage(b);
      const cdp = await b.ctx.newCDPSession(ext);
      await cdp.send('ServiceWorker.enable');
      const page = await openChat(b.ctx);
      await sleep(gap);
      await cdp.send('ServiceWorker.stopAllWorkers');
      await say(page, 0);
      await say(page, 1);
      await waitLines(ext, 2);
      await sleep(300);
      assert.deepEqual(texts(await readStore(ext)), expectLines(2));
    } finally {
      await b.ctx.close();
    }
  });

// With a gap of 20–50 ms the tab closes while the batch holding lines 0–1 still waits for its
// answer; before the recorder posted its whole queue on pagehide, line 2 died with the page there
// (3 failures in 3 runs at 20 ms).
for (const gap of [20, 50, 200])
  test(`tab closed right after a line (${gap} ms after the one before): the line is stored`, async () => {
    const b = await launchChromium(srv.port);
    try {
      const page = await openChat(b.ctx);
      const ext = await extPage(b);
      await say(page, 0);
      await say(page, 1);
      await sleep(gap);
      await say(page, 2);
      await page.close({ runBeforeUnload: true });
      await waitLines(ext, 3);
      await sleep(300);
      assert.deepEqual(texts(await readStore(ext)), expectLines(3));
    } finally {
      await b.ctx.close();
    }
  });

test('page reloaded mid-chat: history shown again is not stored twice, the chat continues', async () => {
  const b = await launchChromium(srv.port);
  try {
    const page = await openChat(b.ctx);
    const ext = await extPage(b);
    for (let i = 0; i < 4; i++) await say(page, i);
    await waitLines(ext, 4);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.fixture === 'ready');
    await say(page, 4);
    await page.evaluate(() => window.rerender());
    await say(page, 5);
    await waitLines(ext, 6);
    await sleep(500);
    const s = await readStore(ext);
    assert.deepEqual(texts(s), expectLines(6));
    assert.equal(s.sessions.length, 1);
  } finally {
    await b.ctx.close();
  }
});

test('browser closed and reopened with the same profile: the chat continues in the same session', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chatproof-restart-'));
  let b = await launchChromium(srv.port, { userDataDir: dir });
  const page = await openChat(b.ctx);
  let ext = await extPage(b);
  for (let i = 0; i < 3; i++) await say(page, i);
  await waitLines(ext, 3);
  await b.ctx.close();
  b = await launchChromium(srv.port, { userDataDir: dir });
  try {
    const again = await openChat(b.ctx, { keep: true });
    ext = await extPage(b);
    await sleep(800); // the history is shown again and aligned
    await say(again, 3);
    await say(again, 4);
    await waitLines(ext, 5);
    await sleep(400);
    const s = await readStore(ext);
    assert.deepEqual(texts(s), expectLines(5));
    assert.equal(s.sessions.length, 1);
  } finally {
    await b.ctx.close();
  }
});

test("schema upgrade: release 1's database with data is upgraded, nothing lost", async () => {
  const b = await launchChromium(srv.port);
  try {
    // Release 1's schema (migration 1) with one chat in it, written before the extension opens its db.
    const sw = await worker(b.ctx);
    await sw.evaluate(async () => {
      const db = await new Promise((res, rej) => {
        const r = indexedDB.open('chatproof', 1);
        r.onupgradeneeded = () => {
          const d = r.result;
          const s = d.createObjectStore('sessions', { keyPath: 'id' });
          s.createIndex('byActivity', 'lastActivityAt');
          s.createIndex('byOriginVendor', ['origin', 'vendor', 'lastActivityAt']);
          const m = d.createObjectStore('messages', { keyPath: ['sessionId', 'seq'] });
          m.createIndex('byKey', ['sessionId', 'key'], { unique: true });
          const e = d.createObjectStore('events', { keyPath: 'id', autoIncrement: true });
          e.createIndex('bySession', 'sessionId');
        };
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      const tx = db.transaction(['sessions', 'messages'], 'readwrite');
      tx.objectStore('sessions').put({
        id: 'old-1',
        vendor: 'intercom',
        url: 'https://old.example/',
        origin: 'https://old.example',
        title: 'Old chat',
        startedAt: '2026-10-01T09:00:00.000+00:00',
        lastActivityAt: '2026-10-01T09:10:00.000+00:00',
        endedAt: null,
        endReason: null,
        agents: ['Sam'],
        caseNumbers: [],
        desiredOutcome: '',
        outcome: null,
        notes: 'kept',
        messageCount: 1,
        headHash: 'x',
        tabId: null,
        conversationId: null,
      });
      tx.objectStore('messages').put({
        sessionId: 'old-1',
        seq: 0,
        key: 'k',
        role: 'agent',
        author: 'Sam',
        text: 'from release 1',
        at: '2026-10-01T09:00:00.000+00:00',
        shownAt: null,
        hash: 'x',
        prevHash: '',
      });
      await new Promise((res) => {
        tx.oncomplete = res;
      });
      db.close();
    });
    const page = await openChat(b.ctx);
    const ext = await extPage(b);
    await say(page, 0);
    const s = await waitLines(ext, 1);
    const version = await ext.evaluate(
      async () => (await indexedDB.databases()).find((d) => d.name === 'chatproof').version,
    );
    assert.equal(version, 2);
    const old = s.sessions.find((x) => x.id === 'old-1');
    assert.equal(old.notes, 'kept');
    assert.equal(old.currentAgent, 'Sam');
    assert.deepEqual(
      s.messages.filter((m) => m.sessionId === 'old-1').map((m) => m.text),
      ['from release 1'],
    );
    assert.deepEqual(texts(s), ['line 0']);
  } finally {
    await b.ctx.close();
  }
});

test('disk full: writing fails visibly, earlier lines stay intact, recording resumes when space is freed', async (t) => {
  const mnt = fs.mkdtempSync(path.join(os.tmpdir(), 'chatproof-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=96m', 'tmpfs', mnt]);
  } catch (e) {
    // CI runs as root where tmpfs mounts work; elsewhere say so loudly rather than pass silently.
    t.diagnostic(
      `cannot mount a tmpfs here (${e.message}); the disk-full fault is covered by tests/store/quota.test.ts`,
    );
    throw new Error('disk-full e2e needs root to mount a small tmpfs');
  }
  const dir = path.join(mnt, 'profile');
  const filler = path.join(mnt, 'filler');
  const b = await launchChromium(srv.port, { userDataDir: dir });
  try {
    const page = await openChat(b.ctx);
    const ext = await extPage(b);
    await say(page, 0);
    await say(page, 1);
    await waitLines(ext, 2);
    // fill the disk
    const fd = fs.openSync(filler, 'w');
    const chunk = Buffer.alloc(1 << 20);
    try {
      for (;;) fs.writeSync(fd, chunk); // until the disk is full
    } catch (e) {
      if (e.code !== 'ENOSPC') throw e;
    }
    const small = Buffer.alloc(4096);
    try {
      for (;;) fs.writeSync(fd, small);
    } catch {}
    fs.closeSync(fd);
    const big = 'x'.repeat(400_000);
    await page.evaluate((t) => window.addLine('customer', null, t), `line 2 ${big}`);
    // a visible error: the tab's state (what the popup shows) and a '!' badge on the toolbar icon
    const tabId = await (await worker(b.ctx)).evaluate(
      async () => (await chrome.tabs.query({ url: 'http://stream.example.test/*' }))[0].id,
    );
    const err = await until(
      async () => {
        const st = await ext.evaluate(
          (id) => chrome.runtime.sendMessage({ type: 'getTabState', tabId: id }),
          tabId,
        );
        return st?.error?.message ?? null;
      },
      { what: 'a visible write error', timeout: 20_000 },
    );
    t.diagnostic(`write error shown: ${err}`);
    assert.match(err, /\w+Error/);
    const badge = await (await worker(b.ctx)).evaluate(
      (id) => chrome.action.getBadgeText({ tabId: id }),
      tabId,
    );
    assert.equal(badge, '!');
    // earlier data intact
    assert.deepEqual(texts(await readStore(ext)).slice(0, 2), ['line 0', 'line 1']);
    // free space: the queued line and new ones are stored, in order
    fs.rmSync(filler);
    await say(page, 3);
    const s = await waitLines(ext, 4);
    await sleep(500);
    const after = await ext.evaluate(
      (id) => chrome.runtime.sendMessage({ type: 'getTabState', tabId: id }),
      tabId,
    );
    assert.equal(after.error, null, 'the error clears once a write succeeds');
    const got = texts(await readStore(ext));
    assert.deepEqual(
      got.map((x) => x.slice(0, 6)),
      ['line 0', 'line 1', 'line 2', 'line 3'],
    );
    assert.equal(s.sessions.length, 1);
  } finally {
    await b.ctx.close().catch(() => {});
    try {
      execFileSync('umount', ['-l', mnt]);
    } catch {}
  }
});
