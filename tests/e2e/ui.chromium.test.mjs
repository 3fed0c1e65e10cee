// The popup, the dashboard and case files as a person uses them: a real recorded chat (the
// Chatwoot fixture) plus chats seeded straight into IndexedDB, driven by clicks, typing and the
// keyboard. Runs axe-core on every view, saves screenshots to .ci-out/screenshots/, and measures
// popup open time (500 chats) and dashboard timings (2,000 chats + one 10,000-message chat).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import {
  fixtureState,
  launchChromium,
  ROOT,
  readStore,
  SHOP,
  startFixtureServer,
  until,
} from './harness.mjs';

// Times must show in the person's zone, named: pin one so the assertions are exact.
process.env.TZ = 'Europe/Paris';
process.env.LANG = 'en_GB.UTF-8';
process.env.LC_ALL = 'en_GB.UTF-8';
const SHOTS = path.join(ROOT, '.ci-out/screenshots');
fs.mkdirSync(SHOTS, { recursive: true });
const AXE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

let srv;
let b;
let base;
before(async () => {
  srv = await startFixtureServer();
  b = await launchChromium(srv.port, { extraArgs: ['--lang=en-GB'] });
  base = `chrome-extension://${b.extId}`;
});
after(async () => {
  await b?.ctx.close();
  await srv?.close();
});

const figures = {};
/** Saves what the person sees (from the top, toasts gone) and, for long pages, the whole page. */
async function shot(page, name, { fullPage = false } = {}) {
  await page.evaluate(() => {
    document.querySelector('[data-testid=toast]')?.remove();
    document.activeElement?.blur?.();
    for (const el of [document.scrollingElement, ...document.querySelectorAll('.content')])
      if (el) el.scrollTop = 0;
  });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  if (!fullPage) return;
  // the dashboard scrolls inside .content: grow the viewport to the content for the whole-page picture
  const vp = page.viewportSize();
  const h = await page.evaluate(() =>
    Math.max(document.scrollingElement.scrollHeight, document.querySelector('.content')?.scrollHeight ?? 0),
  );
  await page.setViewportSize({ width: vp.width, height: Math.min(4000, Math.max(vp.height, h)) });
  await page.screenshot({ path: path.join(SHOTS, `${name}-full.png`), fullPage: true });
  await page.setViewportSize(vp);
}

async function axe(page, what) {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (violations.length)
    console.log(`axe ${what}: ${violations.map((v) => `${v.id}(${v.impact})`).join(', ')}`);
  assert.deepEqual(bad, [], `${what}: serious/critical axe violations`);
}

async function tabIdOf(urlPattern) {
  const sw = b.ctx.serviceWorkers().at(-1);
  return sw.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, urlPattern);
}

/** Writes chats straight into the extension's database from an extension page (schema: lib/store/schema.ts). */
async function seed(page, spec) {
  return page.evaluate(async (spec) => {
    const db = await new Promise((res, rej) => {
      const r = indexedDB.open('chatproof');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const tx = db.transaction(['sessions', 'messages', 'events'], 'readwrite');
    const S = tx.objectStore('sessions');
    const M = tx.objectStore('messages');
    const E = tx.objectStore('events');
    if (spec.clear) for (const s of [S, M, E]) s.clear();
    const iso = (ms) => new Date(ms).toISOString();
    const day = 86_400_000;
    const put = (c) => {
      const start = c.start;
      const msgs = c.lines.map(([role, author, text], seq) => ({
        sessionId: c.id,
        seq,
        key: `k${seq}`,
        role,
        author,
        text,
        at: iso(start + seq * 45_000),
        shownAt: null,
        hash: `h${seq}`,
        prevHash: seq ? `h${seq - 1}` : '',
      }));
      const last = msgs.at(-1)?.at ?? iso(start);
      S.put({
        id: c.id,
        vendor: c.vendor ?? 'intercom',
        url: `${c.origin}/help`,
        origin: c.origin,
        title: c.title ?? 'Help centre',
        startedAt: iso(start),
        lastActivityAt: last,
        endedAt: c.open ? null : last,
        endReason: c.open ? null : (c.endReason ?? 'agent-ended'),
        agents: [...new Set(msgs.filter((m) => m.role === 'agent' && m.author).map((m) => m.author))],
        caseNumbers: c.caseNumbers ?? [],
        desiredOutcome: c.desiredOutcome ?? '',
        outcome: c.outcome ?? null,
        notes: '',
        messageCount: msgs.length,
        headHash: msgs.at(-1)?.hash ?? '',
        tabId: null,
        conversationId: null,
        currentAgent: null,
        truncated: false,
      });
      for (const m of msgs) M.put(m);
      for (const e of c.events ?? [])
        E.add({
          sessionId: c.id,
          type: e.type,
          at: iso(start + e.seq * 45_000),
          seq: e.seq,
          detail: e.detail ?? {},
        });
    };
    for (const c of spec.chats ?? []) put({ ...c, start: spec.now - c.daysAgo * day });
    const words = ['router', 'invoice', 'refund', 'delivery', 'password', 'upgrade', 'contract', 'signal'];
    const names = ['Sam', 'Alex', 'Jordan', 'Riley', 'Casey', 'Morgan', 'Jamie', 'Taylor'];
    for (let i = 0; i < (spec.bulk ?? 0); i++) {
      const w = words[i % words.length];
      const agent = names[i % names.length];
      put({
        id: `bulk-${i}`,
        origin: `https://support.company${i % (spec.origins ?? 40)}.example`,
        start: spec.now - (i + 1) * 3_600_000,
        caseNumbers: i % 3 ? [] : [`CS-${10000 + i}`],
        lines: [
          ['agent', agent, `Hi, I'm ${agent}. How can I help?`],
          ['customer', null, `My ${w} is not working since last week (ref ${i}).`],
          ['agent', agent, 'Let me look into that for you.'],
          ['customer', null, 'Thank you.'],
          ['agent', agent, 'It should be fixed now.'],
          ['customer', null, 'Great, bye.'],
        ],
      });
    }
    if (spec.big) {
      const lines = [];
      for (let i = 0; i < spec.big; i++) {
        lines.push(
          i % 2
            ? ['customer', null, `Line ${i}: still waiting for the engineer visit we agreed on.`]
            : [
                'agent',
                i % 4 ? 'Marco' : 'Priya',
                `Line ${i}: thanks for your patience, I am checking with the team${i % 10 ? '' : ' and will call you back tomorrow'}.`,
              ],
        );
      }
      put({
        id: 'big-chat',
        origin: 'https://care.bigtelco.example',
        start: spec.now - 2 * 3_600_000,
        lines,
        caseNumbers: ['BT-777'],
      });
    }
    await new Promise((res, rej) => {
      tx.oncomplete = res;
      tx.onerror = () => rej(tx.error);
    });
    db.close();
    return true;
  }, spec);
}

/** Three earlier chats with one company: the case-file story. */
const NORTHWIND = [
  {
    id: 'nw-1',
    daysAgo: 12,
    origin: 'https://help.northwind-energy.com',
    title: 'Northwind Energy — Help',
    caseNumbers: ['NW-20417'],
    desiredOutcome: 'Refund of the £86 overcharge on my October bill',
    outcome: 'closed-unsolved',
    lines: [
      ['agent', 'Hannah', 'Hello, you’re chatting with Hannah at Northwind Energy. How can I help?'],
      ['customer', null, 'My October bill charged me £86 for a meter reading that was clearly wrong.'],
      ['agent', 'Hannah', 'I’m sorry about that. I’ve opened case number NW-20417 for the disputed reading.'],
      ['agent', 'Hannah', 'I will refund the difference within 5 working days once billing confirms.'],
      ['customer', null, 'Thank you, please email me when it is done.'],
      ['agent', 'Hannah', 'Is there anything else I can help with today?'],
    ],
    events: [{ type: 'promise', seq: 3 }],
  },
  {
    id: 'nw-2',
    daysAgo: 5,
    origin: 'https://help.northwind-energy.com',
    title: 'Northwind Energy — Help',
    caseNumbers: ['NW-20417'],
    endReason: 'connection-lost',
    lines: [
      ['agent', 'Oliver', 'Hi, this is Oliver. How can I help?'],
      ['customer', null, 'I was promised a refund for case NW-20417 a week ago and nothing has arrived.'],
      ['agent', 'Oliver', 'Let me transfer you to our billing team.'],
      ['system', null, 'Oliver transferred the chat to Billing'],
      [
        'agent',
        'Priti',
        'Hello, Priti from billing. While I look: would you like to upgrade to our Fixed Plus tariff for £4 a month?',
      ],
      ['customer', null, 'No thanks, I just want the refund.'],
    ],
    events: [
      { type: 'transfer', seq: 4, detail: { from: 'Oliver', to: 'Priti' } },
      { type: 'disconnect', seq: 5, detail: { evidence: 'The chat window disappeared' } },
    ],
  },
];

test('popup: a live recording, alerts, prompts, outcome, export; dashboard: list, transcript, case file, settings, verify, import', async () => {
  const ext = await b.ctx.newPage();
  await ext.goto(`${base}/dashboard.html`);
  // --- record the Chatwoot fixture chat, with its reload
  const page = await b.ctx.newPage();
  await page.goto(`http://${SHOP}/vendors/chatwoot/index.html`);
  await fixtureState(page, 'await-reload');
  await page.reload();
  await fixtureState(page, 'done');
  await until(async () => (await readStore(ext)).messages.length >= 10, { what: '10 stored lines' });
  const tabId = await tabIdOf('http://shop.example.test/*');

  // --- popup: recording
  const popup = await b.ctx.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`${base}/popup.html?tab=${tabId}`);
  await popup.bringToFront();
  await popup.waitForSelector('html[data-ready]');
  assert.equal((await popup.textContent('[data-testid=status]')).trim(), 'Recording');
  await until(async () => (await popup.textContent('[data-testid=count]')) === '10', {
    what: 'popup count 10',
  });
  assert.equal(await popup.textContent('[data-testid=agents]'), 'Priya, Marco');
  const card = await popup.textContent('[data-testid=state-recording]');
  assert.match(card, /shop\.example\.test/);
  assert.match(card, /Chatwoot · since \d{1,2}:\d\d(\s?[AP]M)? \(Europe\/Paris\)/);
  const lines = await popup.$$eval('[data-testid=lines] li', (l) =>
    l.map((x) => [x.querySelector('.p-who').textContent, x.querySelector('.p-text').textContent]),
  );
  assert.deepEqual(lines.at(-1), ['Marco', 'Done. Is there anything else I can help you with?']);
  assert.deepEqual(lines.at(-2), ['You', 'Thanks. Please confirm the refund by email.']);

  // desired outcome: typed, saved (debounced) through the background
  await popup.fill('[data-testid=desired]', 'Refund of the double charge, confirmed by email');
  await until(async () => (await popup.textContent('[data-testid=desired-state]')) === 'Saved.', {
    what: 'desired saved',
  });
  assert.equal(
    (await readStore(ext)).sessions[0].desiredOutcome,
    'Refund of the double charge, confirmed by email',
  );
  await shot(popup, 'popup-recording', { fullPage: true });
  await axe(popup, 'popup (recording)');

  // the agent goes quiet: a "stalled" alert arrives live, with prompts to copy or insert
  const sw = b.ctx.serviceWorkers().at(-1);
  const sid = (await readStore(ext)).sessions[0].id;
  const raise = (kind, message) =>
    sw.evaluate(
      async ({ tabId, sid, kind, message }) => {
        const k = `tab:${tabId}`;
        const cur = (await chrome.storage.session.get(k))[k];
        const alert = { kind, sessionId: sid, at: new Date().toISOString(), title: kind, message };
        await chrome.storage.session.set({ [k]: { ...cur, alerts: [alert] } });
        await chrome.runtime.sendMessage({ type: 'tabStateChanged', tabId }).catch(() => {});
      },
      { tabId, sid, kind, message },
    );
  await raise('stalled', 'No reply from Marco for 6 minutes.');
  await popup.waitForSelector('[data-testid=alert][data-kind=stalled]');
  await popup.waitForSelector('[data-testid=prompts] li');
  // Insert into chat puts the text in the widget's box (never sends it)
  const prompt = await popup.$('[data-testid=prompts] li');
  const text = await prompt.$eval('.prompt-text', (x) => x.textContent);
  await (await prompt.$('button:has-text("Insert into chat")')).click();
  const widget = page.frames().find((f) => f.url().includes('app.chatwoot.com'));
  await until(async () => (await widget.evaluate(() => document.querySelector('textarea').value)) === text, {
    what: 'prompt inserted',
  });
  await until(
    async () =>
      /press Send yourself/.test((await popup.textContent('[data-testid=toast]').catch(() => '')) ?? ''),
    { what: 'insert toast' },
  );
  assert.equal((await readStore(ext)).messages.length, 10, 'inserting never sends');
  await shot(popup, 'popup-prompt', { fullPage: true });
  await axe(popup, 'popup (prompt)');

  // the chat is cut off: the alert says what to do next
  await raise('disconnect', 'The agent left the chat before your problem was solved.');
  await popup.waitForSelector('[data-testid=alert][data-kind=disconnect]');
  assert.match(
    await popup.textContent('[data-testid=alert]'),
    /The chat was cut off.*What to do now.*Export it now/s,
  );
  await shot(popup, 'popup-alert', { fullPage: true });
  await axe(popup, 'popup (alert)');
  await popup.click('[data-testid=alert] button:has-text("Dismiss")');
  await popup.waitForSelector('[data-testid=alert]', { state: 'detached' });

  // keyboard only: Tab reaches the pause button and Enter pauses; the state shows it; resume
  await popup.focus('[data-testid=desired]');
  await popup.keyboard.press('Shift+Tab');
  let focused = await popup.evaluate(() => document.activeElement?.textContent?.trim());
  for (let i = 0; i < 12 && !/Pause on this site/.test(focused ?? ''); i++) {
    await popup.keyboard.press('Shift+Tab');
    focused = await popup.evaluate(() => document.activeElement?.textContent?.trim());
  }
  assert.match(focused, /Pause on this site/);
  const ring = await popup.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.equal(ring, 'solid', 'visible focus ring');
  await popup.keyboard.press('Enter');
  await popup.waitForSelector('[data-testid=state-paused]');
  assert.equal((await popup.textContent('[data-testid=status]')).trim(), 'Paused');
  await popup.click('button:has-text("Resume recording")');
  await popup.waitForSelector('[data-testid=state-recording]');

  // --- the chat ends: the outcome question appears and records the answer
  await sw.evaluate(async (sid) => {
    const db = await new Promise((res) => {
      const r = indexedDB.open('chatproof');
      r.onsuccess = () => res(r.result);
    });
    const tx = db.transaction('sessions', 'readwrite');
    const st = tx.objectStore('sessions');
    await new Promise((res) => {
      const g = st.get(sid);
      g.onsuccess = () => {
        st.put({ ...g.result, endedAt: g.result.lastActivityAt, endReason: 'agent-ended' });
        res();
      };
    });
    await new Promise((res) => (tx.oncomplete = res));
    db.close();
    await chrome.runtime.sendMessage({ type: 'sessionChanged', sessionId: sid, tabId: null }).catch(() => {});
  }, sid);
  await popup.waitForSelector('[data-testid=outcome]');
  await popup.click('[data-testid=outcome] label:has-text("Only closed")');
  await until(async () => (await readStore(ext)).sessions[0].outcome === 'closed-unsolved', {
    what: 'outcome saved',
  });
  await shot(popup, 'popup-ended', { fullPage: true });

  // --- export: JSON download, named by company and time
  const [download] = await Promise.all([
    popup.waitForEvent('download'),
    popup.click('button:has-text("Export JSON")'),
  ]);
  assert.match(download.suggestedFilename(), /^chatproof-example-\d{4}-\d\d-\d\dT\d{4}\.json$/);
  const jsonPath = path.join(SHOTS, '..', download.suggestedFilename());
  await download.saveAs(jsonPath);
  const doc = JSON.parse(fs.readFileSync(jsonPath, 'utf8'));
  assert.equal(doc.messages.length, 10);
  for (const label of ['Export HTML', 'Export Markdown', 'Export evidence bundle']) {
    const [d] = await Promise.all([
      popup.waitForEvent('download'),
      popup.click(`button:has-text("${label}")`),
    ]);
    assert.match(d.suggestedFilename(), /\.(html|md|zip)$/);
  }

  // --- dashboard: seed two earlier chats with another company, then the list
  await seed(ext, { now: Date.now(), chats: NORTHWIND });
  await ext.bringToFront();
  await ext.goto(`${base}/dashboard.html#/`);
  await ext.reload();
  await ext.waitForSelector('[data-testid=chat-row]');
  const rows = await ext.$$eval('[data-testid=chat-row] .chat-company', (l) => l.map((x) => x.textContent));
  assert.deepEqual(rows, ['Example', 'Northwind Energy', 'Northwind Energy']);
  await axe(ext, 'dashboard list');
  await ext.setViewportSize({ width: 1280, height: 800 });
  await shot(ext, 'dashboard-list');
  // search over message text, case number and agent
  await ext.fill('[data-testid=search]', 'Fixed Plus');
  await until(async () => (await ext.$$('[data-testid=chat-row]')).length === 1, { what: 'text search' });
  await ext.fill('[data-testid=search]', 'NW-20417');
  await until(async () => (await ext.$$('[data-testid=chat-row]')).length === 2, { what: 'case search' });
  await ext.fill('[data-testid=search]', 'marco');
  await until(async () => (await ext.$$('[data-testid=chat-row]')).length === 1, { what: 'agent search' });
  await ext.fill('[data-testid=search]', '');
  // keyboard: arrows move between rows, Enter opens the chat
  await ext.focus('[data-testid=chat-row] .chat-link');
  await ext.keyboard.press('ArrowDown');
  assert.equal(await ext.evaluate(() => document.activeElement.closest('[data-index]').dataset.index), '1');
  await ext.keyboard.press('ArrowUp');
  await ext.keyboard.press('Enter');
  await ext.waitForSelector('[data-testid=transcript] .msg');

  // --- transcript: roles, authors, zone-named times, findings
  assert.match(await ext.textContent('.transcript-note'), /times in Europe\/Paris/);
  const first = await ext.$eval('[data-testid=transcript] .msg', (x) => ({
    who: x.querySelector('.msg-who').textContent,
    text: x.querySelector('.msg-body').textContent,
    title: x.querySelector('time').title,
  }));
  assert.equal(first.who, 'Priya');
  assert.match(first.text, /^Hi, I'm Priya from Acme support/);
  assert.match(first.title, /\d{1,2}:\d\d(\s?[AP]M)? \(Europe\/Paris\)$/);
  assert.ok(await ext.$('[data-testid=transcript] .msg.customer'), 'customer lines');
  assert.equal(await ext.textContent('[data-testid=chat-agents]'), 'Priya, Marco');
  // the person's notes, saved apart from the record
  await ext.fill('[data-testid=notes]', 'Phoned afterwards: they said the refund is on its way.');
  await until(async () => (await ext.textContent('[data-testid=notes-state]')) === 'Saved.', {
    what: 'notes saved',
  });
  const stored = await readStore(ext);
  assert.equal(
    stored.sessions.find((s) => s.id === sid).notes,
    'Phoned afterwards: they said the refund is on its way.',
  );
  assert.equal(stored.messages.filter((m) => m.sessionId === sid).length, 10, 'notes never touch the record');
  await shot(ext, 'dashboard-transcript');
  await axe(ext, 'dashboard transcript');

  // --- case file: the catch-up summary
  await ext.goto(`${base}/dashboard.html#/case/northwind-energy.com`);
  await ext.waitForSelector('[data-testid=catch-up]');
  const summary = await ext.textContent('[data-testid=catch-up]');
  assert.match(summary, /NW-20417/);
  assert.match(summary, /Hannah/);
  assert.match(summary, /Oliver/);
  assert.match(summary, /October bill/);
  assert.equal((await ext.$$('[data-testid=contacts] > li')).length, 2);
  await shot(ext, 'dashboard-case', { fullPage: true });
  await axe(ext, 'case file');

  // --- settings
  await ext.goto(`${base}/dashboard.html#/settings`);
  await ext.waitForSelector('[data-testid=storage]');
  await ext.fill('#add-pausedSites', 'https://www.Bank.example.com/help');
  await ext.keyboard.press('Enter');
  await ext.waitForSelector('[data-testid=pausedSites] li');
  assert.equal(await ext.textContent('[data-testid=pausedSites] li .mono'), 'bank.example.com');
  await ext.click('#upsellAlerts');
  await until(async () => (await ext.textContent('[data-testid=settings-state]')) === 'Saved', {
    what: 'settings saved',
  });
  await shot(ext, 'dashboard-settings', { fullPage: true });
  await axe(ext, 'settings');

  // --- verify: the exported file is intact; a changed copy names the first bad message
  await ext.goto(`${base}/dashboard.html#/tools`);
  await ext.setInputFiles('[data-testid=verify-input]', jsonPath);
  await ext.waitForSelector('[data-testid=verify-result] .notice');
  assert.match(await ext.textContent('[data-testid=verify-result]'), /Intact/);
  const forged = structuredClone(doc);
  forged.messages[3].text = 'I was never given a case number.';
  await ext.setInputFiles('[data-testid=verify-input]', {
    name: 'forged.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(forged)),
  });
  await until(
    async () =>
      /Changed: message #3 does not match the record/.test(
        await ext.textContent('[data-testid=verify-result]'),
      ),
    {
      what: 'tamper named',
    },
  );
  await shot(ext, 'dashboard-verify');
  await axe(ext, 'tools');

  // --- delete with confirmation (keyboard: Escape cancels), then import brings it back once
  await ext.goto(`${base}/dashboard.html#/chat/${encodeURIComponent(sid)}`);
  await ext.click('[data-testid=delete-chat]');
  await ext.waitForSelector('dialog[open]');
  assert.equal(
    await ext.evaluate(() => document.activeElement.textContent),
    'Cancel',
    'focus starts on the safe choice',
  );
  await ext.keyboard.press('Escape');
  await ext.waitForSelector('dialog[open]', { state: 'detached' });
  await ext.click('[data-testid=delete-chat]');
  await ext.click('dialog[open] button:has-text("Delete chat")');
  await ext.waitForURL(/#\/$/);
  await until(async () => !(await readStore(ext)).sessions.some((s) => s.id === sid), { what: 'deleted' });
  await ext.goto(`${base}/dashboard.html#/tools`);
  await ext.setInputFiles('[data-testid=import-input]', jsonPath);
  await until(async () => /Imported 10 messages/.test(await ext.textContent('[data-testid=import-result]')), {
    what: 'imported',
  });
  await ext.setInputFiles('[data-testid=import-input]', jsonPath);
  await until(
    async () => /already have this chat/.test(await ext.textContent('[data-testid=import-result]')),
    { what: 'no duplicate' },
  );
  assert.equal((await readStore(ext)).messages.filter((m) => m.sessionId === sid).length, 10);

  // --- dark theme follows the system
  await ext.emulateMedia({ colorScheme: 'dark' });
  await ext.goto(`${base}/dashboard.html#/chat/nw-2`);
  await ext.waitForSelector('[data-testid=transcript] .msg');
  await shot(ext, 'dashboard-transcript-dark');
  await axe(ext, 'transcript (dark)');
  await popup.emulateMedia({ colorScheme: 'dark' });
  await popup.bringToFront();
  await popup.reload();
  await popup.waitForSelector('html[data-ready]');
  await shot(popup, 'popup-dark', { fullPage: true });
  await axe(popup, 'popup (dark)');
  await Promise.all([page.close(), popup.close(), ext.close()]);
});

test('performance: popup with 500 chats; dashboard with 2,000 chats and a 10,000-message chat', async () => {
  const ext = await b.ctx.newPage();
  await ext.goto(`${base}/dashboard.html`);
  await seed(ext, { now: Date.now(), clear: true, bulk: 500, origins: 40 });
  const site = await b.ctx.newPage();
  await site.goto(`http://${SHOP}/sites/basic-chat.html`);
  await fixtureState(site, 'done');
  const tabId = await tabIdOf('http://shop.example.test/sites/basic-chat.html');
  await until(async () => (await readStore(ext)).sessions.length >= 501, { what: 'recorded chat' });
  const popup = await b.ctx.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.bringToFront();
  // ready = first paint with the chat's data, from navigation start (includes the browser loading the
  // page) and from our script's first line (what the popup's own code costs); median of 7 warm opens
  // Each open waits for the notes (the analysers load after the first paint) before the next one:
  // no person reopens a popup while it still draws, and the last page's work would land in the next.
  const opens = [];
  const work = [];
  const notes = [];
  for (let i = 0; i < 8; i++) {
    await popup.goto(`${base}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('html[data-ready]');
    opens.push(Number(await popup.getAttribute('html', 'data-ready')));
    work.push(Number(await popup.getAttribute('html', 'data-work')));
    await popup.waitForSelector('#h-notes');
    notes.push(await popup.evaluate(() => Math.round(performance.now())));
  }
  figures.popupPhases = await popup.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const mark = (n) => Math.round(performance.getEntriesByName(n)[0]?.startTime ?? -1);
    return {
      domContentLoaded: Math.round(nav.domContentLoadedEventEnd),
      tab: mark('chatproof:tab'),
      data: mark('chatproof:data'),
    };
  });
  await shot(popup, 'perf-popup', { fullPage: true });
  const median = (xs) => xs.slice(1).sort((x, y) => x - y)[Math.floor((xs.length - 1) / 2)]; // the first open also compiles
  figures.popupOpenMs = median(opens);
  figures.popupScriptToDataMs = median(work);
  assert.equal(await popup.textContent('[data-testid=count]'), '3');
  figures.popupNotesMs = median(notes);
  console.log(`popup open (ms): ${JSON.stringify({ opens, work, notes, ...figures.popupPhases })}`);
  // The budget is for the popup's own work; the total also carries the browser's page load, which on a
  // shared 2-core CI machine varies with whatever else runs (it is printed, not asserted).
  assert.ok(
    figures.popupScriptToDataMs < 150,
    `popup showed its data ${figures.popupScriptToDataMs} ms after its script started (500 chats)`,
  );

  await seed(ext, { now: Date.now(), clear: true, bulk: 2000, origins: 150, big: 10_000 });
  await ext.goto('about:blank');
  await ext.bringToFront(); // hidden tabs get throttled timers and no animation frames
  const t0 = Date.now();
  await ext.goto(`${base}/dashboard.html#/`);
  await ext.waitForSelector('[data-testid=chat-row]');
  figures.listMs = Number(await ext.evaluate(() => Math.round(performance.now())));
  figures.listWallMs = Date.now() - t0;
  // 2,001 seeded, plus the open basic-chat tab's chat when its recorder re-sends after the clear
  const stored = (await readStore(ext)).sessions.length;
  assert.ok(stored >= 2001);
  assert.equal(
    (await ext.textContent('[data-testid=result-count]')).trim(),
    `${stored.toLocaleString('en-GB')} chats`,
  );
  const rendered = (await ext.$$('[data-testid=chat-row]')).length;
  assert.ok(rendered < 80, `list is windowed (${rendered} rows in the DOM)`);
  // search: first query reads the message-text index, then filters
  figures.searchMs = await ext.evaluate(async () => {
    const input = document.querySelector('[data-testid=search]');
    const t = performance.now();
    input.value = 'engineer visit';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    for (;;) {
      await new Promise((r) => requestAnimationFrame(r));
      const txt = document.querySelector('[data-testid=result-count]')?.textContent ?? '';
      if (/^1 chat match$/.test(txt.trim())) return Math.round(performance.now() - t);
      if (performance.now() - t > 20_000) return -1;
    }
  });
  assert.ok(figures.searchMs > 0, 'text search found the long chat');
  // the 10,000-message transcript: first paint, then the findings (analysed after the first paint)
  Object.assign(
    figures,
    await ext.evaluate(async () => {
      const t = performance.now();
      location.hash = '#/chat/big-chat';
      const waitFor = async (sel) => {
        for (;;) {
          await new Promise((r) => requestAnimationFrame(r));
          if (document.querySelector(sel)) return Math.round(performance.now() - t);
          if (performance.now() - t > 30_000) return -1;
        }
      };
      const transcriptMs = await waitFor('[data-testid=transcript] .msg');
      return { transcriptMs, findingsMs: await waitFor('[data-testid=moment-kinds]') };
    }),
  );
  assert.ok(figures.transcriptMs > 0 && figures.findingsMs > 0, 'transcript opened and analysed');
  assert.ok((await ext.$$('[data-testid=transcript] .msg')).length < 120, 'transcript is windowed');
  // scroll through it: frame times stay short
  Object.assign(
    figures,
    await ext.evaluate(async () => {
      const box = document.querySelector('[data-testid=transcript]');
      await new Promise((r) => setTimeout(r, 300)); // let the analysis's garbage settle
      const frames = [];
      let last = performance.now();
      for (let i = 0; i < 60; i++) {
        box.scrollTop += 1500;
        await new Promise((r) => requestAnimationFrame(r));
        const now = performance.now();
        frames.push(now - last);
        last = now;
      }
      const t = performance.now();
      box.scrollTop = box.scrollHeight;
      await new Promise((r) => requestAnimationFrame(r));
      await new Promise((r) => requestAnimationFrame(r));
      frames.sort((a, b) => a - b);
      return {
        scrollFrameP95Ms: Math.round(frames[Math.floor(frames.length * 0.95)]),
        scrollFrameMaxMs: Math.round(frames.at(-1)),
        jumpToEndMs: Math.round(performance.now() - t),
      };
    }),
  );
  await until(async () => /Line 9999:/.test((await ext.textContent('[data-testid=transcript]')) ?? ''), {
    what: 'last line shown',
  });
  console.log(`UI figures: ${JSON.stringify(figures)}`);
  fs.writeFileSync(path.join(SHOTS, '..', 'ui-figures.json'), `${JSON.stringify(figures, null, 2)}\n`);
  assert.ok(
    figures.scrollFrameMaxMs < 500,
    `no frame freezes while scrolling (longest ${figures.scrollFrameMaxMs} ms)`,
  );
  await Promise.all([ext.close(), site.close(), popup.close()]);
});
