// Coaching end to end (issue 5): an upsell offer and an assent show in the popup (and the inline
// warning appears beside the chat's input while "yes" is typed, before it is sent); a can't-help line
// offers an escalation prompt whose "Insert into chat" puts its text in the widget's input; the notes
// show the case number, the agents and the promise.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchChromium, readStore, sleep, startFixtureServer, until, worker } from './harness.mjs';

const HOST = 'mobile.example.test';
let srv;
let b;
let page;
let popup;
let tabId;
before(async () => {
  srv = await startFixtureServer();
  b = await launchChromium(srv.port);
  page = await b.ctx.newPage();
  await page.goto(`http://${HOST}/sites/upsell-chat.html`);
  await page.waitForFunction(() => document.documentElement.dataset.fixture === 'ready');
  tabId = await (await worker(b.ctx)).evaluate(
    async (h) => (await chrome.tabs.query({ url: `http://${h}/*` }))[0].id,
    HOST,
  );
});
after(async () => {
  await b?.ctx.close();
  await srv?.close();
});

const say = (role, author, text) => page.evaluate(([r, a, t]) => window.say(r, a, t), [role, author, text]);
const stored = async (n) => {
  const ext = popup ?? (await b.ctx.newPage());
  return until(async () => (await readStore(ext)).messages.length >= n, { what: `${n} lines stored` });
};

test('an offer, then typing "yes": the inline warning shows before sending; the assent alerts', async () => {
  await say('agent', 'Priya', "Hi, I'm Priya. I've opened case CS-48213 for your billing problem.");
  await say('customer', null, 'I was charged twice this month.');
  await say(
    'agent',
    'Priya',
    'While I have you, would you like to upgrade to our Unlimited Plus plan for $15 more a month?',
  );
  popup = await b.ctx.newPage();
  await popup.goto(`chrome-extension://${b.extId}/popup.html?tab=${tabId}`);
  await stored(3);
  // the popup shows the offer
  await popup.waitForSelector('[data-testid=alert][data-kind="upsell-offer"]', { timeout: 15_000 });
  // typing "yes" in the chat's box shows the inline warning beside it, before anything is sent
  await page.click('#box');
  await page.keyboard.type('yes');
  await page.waitForSelector('chatproof-assent-warning', { state: 'attached', timeout: 10_000 });
  assert.equal((await readStore(popup)).messages.length, 3, 'the draft was not recorded');
  // a box that says something else hides it
  await page.fill('#box', 'no thanks, just fix the bill');
  await page.dispatchEvent('#box', 'input');
  await page.waitForSelector('chatproof-assent-warning', { state: 'detached', timeout: 5_000 });
  // the person sends "yes please": the popup warns what they may have agreed to
  await page.fill('#box', 'yes please');
  await page.evaluate(() => window.send());
  await popup.waitForSelector('[data-testid=alert][data-kind="upsell-assent"]', { timeout: 15_000 });
  const alerts = await popup.textContent('[data-testid=alert][data-kind="upsell-assent"]');
  assert.match(alerts, /Unlimited Plus/);
  const notes = await (await worker(b.ctx)).evaluate(async () =>
    Object.keys(await chrome.notifications.getAll()),
  );
  assert.ok(
    notes.some((id) => id.startsWith('assent:')),
    `an assent notification (${notes})`,
  );
});

test("a can't-help line offers an escalation prompt that inserts into the chat's input", async () => {
  await say('agent', 'Priya', "I'm sorry, I can't help with refunds, that's outside my scope.");
  await stored(5);
  const insert = popup.getByRole('button', { name: /Insert into chat/ }).first();
  await insert.waitFor({ timeout: 15_000 });
  const promptText = await popup.locator('[data-testid=prompts] blockquote').first().textContent();
  await page.fill('#box', '');
  await insert.click();
  await until(async () => (await page.inputValue('#box')) === promptText, {
    what: 'the prompt in the chat input',
  });
  // never sent: it is only in the box
  await sleep(500);
  assert.ok(!(await readStore(popup)).messages.some((m) => m.text === promptText));
});

test('the notes show the case number, the agents and the promise', async () => {
  await say('system', null, 'Priya transferred the chat to Marco');
  await say(
    'agent',
    'Marco',
    "Hi, I'm Marco from billing. I'll refund the duplicate charge within 5-7 business days.",
  );
  await stored(7);
  await until(async () => /Marco/.test((await popup.textContent('[data-testid=timeline]')) ?? ''), {
    what: 'Marco in the notes',
  });
  const timeline = await popup.textContent('[data-testid=timeline]');
  for (const fact of ['CS-48213', 'Priya', 'Marco', 'refund the duplicate charge'])
    assert.ok(timeline.includes(fact), `notes show ${fact}`);
  assert.match(timeline, /Due/);
  await popup.screenshot({ path: '.ci-out/screenshots/popup-coach.png', fullPage: true }).catch(() => {});
});
