// How the always-on detector enters pages (lib/background/detector-inject.ts): no extension script
// may run in a page before its `load` event (a manifest content script held `load` ×1.2–×2.5 and
// first paint, docs/performance.md), and a chat widget whose frame is added long after the page
// loaded must still be found and recorded: a vendor's cross-origin frame, and a same-origin
// about:blank frame written by script, each inside a frame that itself arrived late.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchChromium, readStore, SHOP, sleep, startFixtureServer, until } from './harness.mjs';

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

test('no extension script runs in a page before its load event; the detector comes after it', async () => {
  const page = await b.ctx.newPage();
  const cdp = await b.ctx.newCDPSession(page);
  const seen = []; // CDP events arrive in the order the page produced them
  cdp.on('Page.loadEventFired', () => seen.push('load'));
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    // Chromium names an extension's isolated world after the extension (Playwright adds its own)
    if (context.auxData?.type === 'isolated' && !context.name.startsWith('__playwright'))
      seen.push(`world:${context.name}`);
  });
  await cdp.send('Page.enable');
  await cdp.send('Runtime.enable');
  await page.goto(`http://${SHOP}/bench/heavy.html`);
  await until(() => seen.includes('world:Chatproof'), {
    what: "the extension's world in the page",
    timeout: 10_000,
  });
  const firstWorld = seen.findIndex((s) => s.startsWith('world:'));
  assert.ok(seen.indexOf('load') >= 0 && seen.indexOf('load') < firstWorld, `order: ${seen.join(', ')}`);
  await page.close();
});

/** Lines stored for sessions of `vendor`. */
async function linesOf(vendor) {
  const s = await readStore(ext);
  const ids = new Set(s.sessions.filter((x) => x.vendor === vendor).map((x) => x.id));
  return s.messages.filter((m) => ids.has(m.sessionId));
}

for (const [vendor, kind] of [
  ['livechat', 'a cross-origin vendor frame'],
  ['intercom', 'a same-origin about:blank frame written by script'],
]) {
  test(`a widget in ${kind}, added 4 s after the page loaded, inside a late frame, is recorded`, async () => {
    const page = await b.ctx.newPage();
    await page.goto(`http://${SHOP}/sites/news-ticker.html`);
    await sleep(4000);
    assert.equal((await linesOf(vendor)).length, 0);
    await page.evaluate((src) => {
      const f = document.createElement('iframe');
      f.src = src;
      f.style.cssText = 'width:420px;height:640px;border:0';
      document.body.append(f);
    }, `http://${SHOP}/vendors/${vendor}/index.html`);
    const lines = await until(
      async () => {
        const l = await linesOf(vendor);
        return l.length >= 3 && l;
      },
      { what: `3 ${vendor} lines`, timeout: 30_000 },
    );
    assert.ok(
      lines.some((m) => m.role === 'agent'),
      'an agent line',
    );
    await page.close();
  });
}

// Someone installs (or re-enables) Chatproof while a support chat is already open: the background
// offers the detector to the tabs open when it starts, so that chat is recorded without a reload.
// Last in this file: it switches the extension off and on again.
test('a chat already open when the extension starts is recorded without a reload', async () => {
  const admin = await b.ctx.newPage();
  await admin.goto('chrome://extensions');
  await admin.evaluate((id) => chrome.management.setEnabled(id, false), b.extId);
  const page = await b.ctx.newPage();
  await page.goto(`http://${SHOP}/vendors/drift/index.html`);
  await sleep(2000); // the chat is on screen, with no extension running
  await admin.evaluate((id) => chrome.management.setEnabled(id, true), b.extId);
  ext = await b.ctx.newPage(); // the old extension page closed with the extension
  await ext.goto(`chrome-extension://${b.extId}/dashboard.html`);
  const lines = await until(
    async () => {
      const l = await linesOf('drift');
      return l.length >= 2 && l;
    },
    { what: 'lines of the chat that was open before the extension started', timeout: 30_000 },
  );
  assert.ok(lines.some((m) => m.role === 'customer') && lines.some((m) => m.role !== 'customer'));
  assert.equal(new Set(lines.map((m) => m.key)).size, lines.length, 'no line stored twice');
  await page.close();
  await admin.close();
});
