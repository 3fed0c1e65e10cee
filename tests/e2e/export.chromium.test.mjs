// Evidence export end to end (issue 7) and hostile content (issue 9): a recorded chat full of markup,
// script and invisible characters exports through the dashboard's four buttons; the JSON validates
// against the schema; `npm run verify` accepts it and rejects a changed character, a removed message
// and a swapped pair; the HTML export runs nothing when opened; the pages show the payloads as text.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fixtureState, launchChromium, ROOT, readStore, startFixtureServer, until } from './harness.mjs';

const HOST = 'evil.example.test';
let srv;
let b;
let ext;
let session;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chatproof-export-'));
const files = {};

before(async () => {
  srv = await startFixtureServer();
  b = await launchChromium(srv.port);
  const page = await b.ctx.newPage();
  await page.goto(`http://${HOST}/sites/hostile-chat.html`);
  await fixtureState(page, 'done');
  ext = await b.ctx.newPage();
  await ext.goto(`chrome-extension://${b.extId}/dashboard.html`);
  const s = await until(
    async () => {
      const st = await readStore(ext);
      return st.messages.length >= 8 && st;
    },
    { what: '8 hostile lines stored' },
  );
  session = s.sessions[0];
});
after(async () => {
  await b?.ctx.close();
  await srv?.close();
});

test('hostile lines are stored as text, the long one cut at the cap with a truncated event', async () => {
  const st = await readStore(ext);
  const texts = st.messages.sort((a, c) => a.seq - c.seq).map((m) => m.text);
  assert.equal(texts[1], '<img src=x onerror="window.__pwned=1;alert(1)">');
  assert.ok(texts[5].includes('\u202E'), 'bidi override kept verbatim in the record');
  assert.equal(texts[7].length, 100_000);
  assert.ok(st.events.some((e) => e.type === 'truncated' && e.seq === 7));
});

test('the dashboard shows hostile text as text and runs none of it', async () => {
  const dialogs = [];
  ext.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await ext.goto(`chrome-extension://${b.extId}/dashboard.html#/chat/${encodeURIComponent(session.id)}`);
  await ext.getByText('<img src=x onerror="window.__pwned=1;alert(1)">').first().waitFor();
  assert.equal(
    await ext.evaluate(
      () => document.querySelectorAll('img[src="x"], svg[onload], a[href^="javascript:"]').length,
    ),
    0,
  );
  assert.equal(await ext.evaluate(() => window.__pwned ?? null), null);
  assert.ok((await ext.textContent('body')).includes('<img src=x onerror='));
  assert.deepEqual(dialogs, []);
});

for (const [kind, label] of [
  ['json', 'Export JSON'],
  ['html', 'Export HTML'],
  ['md', 'Export Markdown'],
  ['zip', 'Export evidence bundle'],
]) {
  test(`"${label}" downloads a file named after the company and time`, async () => {
    await ext.goto(`chrome-extension://${b.extId}/dashboard.html#/chat/${encodeURIComponent(session.id)}`);
    const btn = ext.getByRole('button', { name: label }).first();
    await btn.waitFor();
    const [dl] = await Promise.all([ext.waitForEvent('download', { timeout: 20_000 }), btn.click()]);
    const name = dl.suggestedFilename();
    assert.match(name, new RegExp(`^chatproof-[a-z0-9-]+-\\d{4}-\\d{2}-\\d{2}T\\d{4}\\.${kind}$`));
    files[kind] = path.join(dir, name);
    await dl.saveAs(files[kind]);
    assert.ok(fs.statSync(files[kind]).size > 1000);
  });
}

const tsx = (args) =>
  spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), args, { cwd: ROOT, encoding: 'utf8' });
const verify = (file) => tsx(['scripts/verify.ts', file]);

test('the JSON export validates against docs/export.schema.json', () => {
  const r = tsx(['tests/e2e/check-schema.ts', files.json]);
  assert.equal(r.status, 0, r.stderr + r.stdout);
});

test('npm run verify accepts the JSON and the bundle, and rejects tampered copies', () => {
  assert.equal(verify(files.json).status, 0, verify(files.json).stdout);
  assert.equal(verify(files.zip).status, 0, verify(files.zip).stdout);
  const doc = JSON.parse(fs.readFileSync(files.json, 'utf8'));
  const write = (name, d) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, typeof d === 'string' ? d : JSON.stringify(d, null, 2));
    return p;
  };
  // one changed character in a message's text
  const raw = fs.readFileSync(files.json, 'utf8');
  const changed = raw.replace('Your case number is CS-66613', 'Your case number is CS-66618');
  assert.notEqual(changed, raw);
  const r1 = verify(write('changed.json', changed));
  assert.equal(r1.status, 1, r1.stdout);
  // a removed message
  const removed = structuredClone(doc);
  removed.messages.splice(2, 1);
  assert.equal(verify(write('removed.json', removed)).status, 1);
  // a swapped pair
  const swapped = structuredClone(doc);
  [swapped.messages[1], swapped.messages[2]] = [swapped.messages[2], swapped.messages[1]];
  assert.equal(verify(write('swapped.json', swapped)).status, 1);
});

test('the HTML export opened in Chromium runs no script and shows the right summary', async () => {
  const page = await b.ctx.newPage();
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`file://${files.html}`);
  await page.waitForLoadState('load');
  assert.equal(await page.evaluate(() => window.__pwned ?? null), null);
  assert.equal(await page.evaluate(() => document.scripts.length), 0);
  assert.equal(
    await page.evaluate(
      () =>
        document.querySelectorAll('img[src="x"], svg, a[href^="javascript:"], [onerror], [onload], [onclick]')
          .length,
    ),
    0,
  );
  assert.deepEqual(dialogs, []);
  const text = await page.textContent('body');
  for (const fact of ['Mallory', 'CS-66613', HOST]) assert.ok(text.includes(fact), `summary shows ${fact}`);
  // the injected overlay and style did not take over the page
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).display), 'block');
  await page.close();
});
