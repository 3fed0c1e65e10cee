// The generic recorder end to end: pages that are not chats — a news ticker and a live comment feed,
// both aria-live regions next to text boxes, so the always-on detector does fire and the recorder is
// injected — must never produce a session however long they update; and a chat widget no adapter
// knows (tests/fixtures/vendors/generic) is recorded exactly, through re-render, minimise and reload.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  expectedTranscript,
  fixtureState,
  launchChromium,
  readStore,
  SHOP,
  sleep,
  startFixtureServer,
  until,
} from './harness.mjs';

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

/** Per-tab detection state the background keeps in storage.session (lib/background/tab-state.ts). */
const tabStates = () => ext.evaluate(async () => Object.values(await chrome.storage.session.get(null)));

for (const site of ['news-ticker.html', 'comments.html']) {
  test(`${site}: not taken for a chat, nothing loaded, nothing recorded`, async () => {
    const page = await b.ctx.newPage();
    await page.goto(`http://${SHOP}/sites/${site}`);
    // many updates (one every 400 ms), each one a mutation the recorder looks at
    await until(
      async () => Number(await page.evaluate(() => document.documentElement.dataset.updates)) >= 12,
      {
        what: `${site}: 12 updates`,
      },
    );
    await sleep(1000);
    // a live region beside a search box or a comment box is not chat evidence: the detector does not
    // even load the recorder here (the page pays nothing)
    const states = (await tabStates()).filter((s) => s?.url?.endsWith(`/sites/${site}`));
    assert.ok(
      states.every((s) => !s.vendor),
      `not detected (${JSON.stringify(states)})`,
    );
    const { sessions, messages } = await readStore(ext);
    assert.deepEqual(sessions, [], 'no session at all');
    assert.equal(messages.length, 0);
    await page.close();
  });
}

test('an unknown vendor chat (role=log widget) is recorded exactly', async () => {
  const expected = expectedTranscript();
  const page = await b.ctx.newPage();
  await page.goto(`http://${SHOP}/vendors/generic/index.html`);
  const mine = async () => {
    const s = await readStore(ext);
    const ids = new Set(s.sessions.map((x) => x.id));
    return {
      sessions: s.sessions,
      messages: s.messages.filter((m) => ids.has(m.sessionId)).sort((a, c) => a.seq - c.seq),
    };
  };
  await fixtureState(page, 'await-reload');
  await until(async () => (await mine()).messages.length >= 8, { what: '8 lines before reload' });
  await page.reload();
  await fixtureState(page, 'done');
  await until(async () => (await mine()).messages.length >= expected.length, {
    what: `${expected.length} lines`,
  }).catch(() => {});
  await sleep(600); // a late duplicate would show up here
  const { sessions, messages } = await mine();
  assert.equal(sessions.length, 1, 'one session: the chat (the non-chat pages made none)');
  assert.equal(sessions[0].vendor, 'generic');
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
