// Shared end-to-end harness: a fixture server that answers for every hostname, and a Chromium
// launcher that loads the built extension and maps the vendors' real hostnames to that server.
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const OUT = path.resolve(ROOT, process.env.CHATPROOF_OUT_DIR ?? '.output');
export const EXT = path.join(OUT, 'chrome-mv3');
export const FIXTURES = path.join(ROOT, 'tests/fixtures');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SHOP = 'shop.example.test';
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
};

/** Serves tests/fixtures for any Host header; records every request (host + path). */
export async function startFixtureServer() {
  const requests = [];
  const handler = (req, res) => {
    const url = new URL(req.url, `http://${req.headers.host}`);
    requests.push({
      host: url.hostname,
      path: url.pathname,
      method: req.method,
      origin: req.headers.origin ?? null,
      referer: req.headers.referer ?? null,
      status: 0,
    });
    const rec = requests.at(-1);
    const file = path.join(
      FIXTURES,
      path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, ''),
    );
    if (!file.startsWith(FIXTURES) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      rec.status = 404;
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    rec.status = 200;
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    fs.createReadStream(file).pipe(res);
  };
  // Plain HTTP and TLS on one port (--host-resolver-rules sends every host and port here). Some vendor
  // hosts are HSTS-preloaded (app.hubspot.com, *.my.site.com), so their frames must be https.
  const plain = http.createServer(handler);
  const tls = https.createServer(
    {
      key: fs.readFileSync(path.join(FIXTURES, 'tls/key.pem')),
      cert: fs.readFileSync(path.join(FIXTURES, 'tls/cert.pem')),
    },
    handler,
  );
  const server = net.createServer((sock) => {
    sock.once('data', (buf) => {
      sock.pause();
      sock.unshift(buf);
      (buf[0] === 0x16 ? tls : plain).emit('connection', sock); // 0x16: a TLS ClientHello
      process.nextTick(() => sock.resume());
    });
    sock.on('error', () => {});
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;
  return { port, requests, close: () => new Promise((r) => server.close(r)) };
}

/** Launches Debian's Chromium with the built extension; every hostname resolves to the fixture server. */
export async function launchChromium(port, { userDataDir, extraArgs = [] } = {}) {
  if (!fs.existsSync(path.join(EXT, 'manifest.json'))) throw new Error('run `npm run build` first');
  const dir = userDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'chatproof-e2e-'));
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    ignoreHTTPSErrors: true,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--ignore-certificate-errors', // the fixture server's self-signed certificate (tests/fixtures/tls)
      // every hostname (the shop and the vendors' real hosts) goes to the local fixture server
      `--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE 127.0.0.1, EXCLUDE localhost`,
      `--disable-extensions-except=${EXT}`,
      `--load-extension=${EXT}`,
      ...extraArgs,
    ],
  });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const extId = new URL(sw.url()).host;
  return { ctx, sw, extId, dir };
}

/** The current service worker (it may have been restarted since launch). */
export async function worker(ctx) {
  const live = ctx.serviceWorkers();
  return live.at(-1) ?? (await ctx.waitForEvent('serviceworker'));
}

/** Reads the extension's database through an extension page (never creates it from a test). */
export async function readStore(page) {
  return page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'chatproof'))
      return { sessions: [], messages: [], events: [] };
    const db = await new Promise((res, rej) => {
      const r = indexedDB.open('chatproof');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const all = (store) =>
      new Promise((res, rej) => {
        const q = db.transaction(store).objectStore(store).getAll();
        q.onsuccess = () => res(q.result);
        q.onerror = () => rej(q.error);
      });
    const out = {
      sessions: await all('sessions'),
      messages: await all('messages'),
      events: await all('events'),
    };
    db.close();
    return out;
  });
}

/** Polls `fn` until it returns a truthy value. */
export async function until(fn, { timeout = 15_000, every = 100, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end)
      throw new Error(
        `timed out waiting for ${what}; last=${last instanceof Error ? last.message : JSON.stringify(last)?.slice(0, 500)}`,
      );
    await sleep(every);
  }
}

/** Waits until any frame of `page` has <html data-fixture=state>. */
export async function fixtureState(page, state, timeout = 20_000) {
  return until(
    async () => {
      for (const f of page.frames()) {
        const s = await f.evaluate(() => document.documentElement.dataset.fixture).catch(() => null);
        if (s === state) return f;
      }
      return null;
    },
    { timeout, what: `fixture ${state}` },
  );
}

/** The standard fixture chat's expected transcript (tests/fixtures/lib/script.js), as stored. */
export function expectedTranscript() {
  const src = fs.readFileSync(path.join(FIXTURES, 'lib/script.js'), 'utf8');
  const sandbox = {};
  new Function('window', src)(sandbox);
  return sandbox.CHAT_SCRIPT.filter((s) => !s.do).map(({ role, author, text }) => ({ role, author, text }));
}
