// Every vendor fixture plays the standard chat (tests/fixtures/lib/script.js) — greeting with a name,
// a customer line, the same line twice, a re-render, a transfer, minimise/reopen, a reload with the
// history shown again, a draft never sent — and the stored transcript must equal the expected one
// exactly: roles, authors, texts, order, nothing twice, nothing missing.
// VENDORS=intercom,drift limits the run.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import {
  expectedTranscript,
  FIXTURES,
  fixtureState,
  launchChromium,
  readStore,
  SHOP,
  sleep,
  startFixtureServer,
  until,
} from './harness.mjs';

const only = process.env.VENDORS?.split(',').filter(Boolean);
const vendors = fs
  .readdirSync(path.join(FIXTURES, 'vendors'))
  .filter((d) => fs.existsSync(path.join(FIXTURES, 'vendors', d, 'fixture.json')))
  .filter((d) => !only || only.includes(d))
  .sort();

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

const base = expectedTranscript();
const beforeReload = 8; // messages in the script before its reload step

for (const id of vendors) {
  const meta = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'vendors', id, 'fixture.json'), 'utf8'));
  test(`${id} (${meta.frame}): stored transcript equals the chat shown`, async () => {
    const vendor = meta.vendor ?? id;
    const expected =
      meta.expected ?? base.map((m) => ({ ...m, ...(meta.authors === false ? { author: null } : {}) }));
    const page = await b.ctx.newPage();
    await page.goto(`http://${SHOP}/vendors/${id}/${meta.page ?? 'index.html'}`);
    const mine = async () => {
      const s = await readStore(ext);
      const sessions = s.sessions.filter((x) => x.vendor === vendor);
      const ids = new Set(sessions.map((x) => x.id));
      return {
        sessions,
        messages: s.messages.filter((m) => ids.has(m.sessionId)).sort((a, b2) => a.seq - b2.seq),
      };
    };
    await fixtureState(page, 'await-reload');
    await until(async () => (await mine()).messages.length >= beforeReload, {
      what: `${beforeReload} lines before reload`,
    });
    await page.reload();
    await fixtureState(page, 'done');
    await until(async () => (await mine()).messages.length >= expected.length, {
      what: `${expected.length} lines`,
    }).catch(() => {});
    await sleep(600); // a late duplicate would show up here
    const { sessions, messages } = await mine();
    assert.equal(sessions.length, 1, 'one session per conversation (the reload continued it)');
    assert.deepEqual(
      messages.map(({ role, author, text }) => ({ role, author, text })),
      expected,
    );
    assert.deepEqual(
      messages.map((m) => m.seq),
      expected.map((_, i) => i),
    );
    await page.close();
  });
}
