// Disconnect alert latency (issue 4): time from the DOM change in the page (the fixture hook's
// Date.now(), window.fxChangedAt) to the notification (Date.now() in the background right after
// notifications.create resolved, stored as `notifiedAt` in the session's `ended` event). Both clocks
// are the same machine's. One run = a fresh site (own session) with a three-line chat, then one
// abrupt end: a vendor end line or the widget removed, in the page-DOM, same-origin and cross-origin
// widgets (tests/fixtures/disconnect/), round robin, one run at a time.
//
//   CHATPROOF_OUT_DIR=.out-x npx wxt build && CHATPROOF_OUT_DIR=.out-x node bench/disconnect-latency.mjs
//   RUNS=30 BROWSER=firefox … (Firefox needs `wxt build -b firefox --mv3`; only page and cross-origin)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchFirefox, openExtensionPage } from '../tests/e2e/firefox.mjs';
import { launchChromium, ROOT, readStore, sleep, startFixtureServer, until } from '../tests/e2e/harness.mjs';

const RUNS = Number(process.env.RUNS ?? 24);
const FIREFOX = process.env.BROWSER === 'firefox';
const KINDS = FIREFOX ? ['page', 'cross-origin'] : ['page', 'same-origin', 'cross-origin'];
const ENDS = ['endLine', 'removeWidget'];

const srv = await startFixtureServer();
let close;
let ext;
let newPage;
if (FIREFOX) {
  const browser = await launchFirefox(srv.port);
  ext = await browser.newPage();
  await openExtensionPage(ext, 'dashboard.html');
  newPage = () => browser.newPage();
  close = () => browser.close();
} else {
  const b = await launchChromium(srv.port);
  ext = await b.ctx.newPage();
  await ext.goto(`chrome-extension://${b.extId}/dashboard.html`);
  newPage = () => b.ctx.newPage();
  close = () => b.ctx.close();
}

const runs = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const kind = KINDS[i % KINDS.length];
    const end = ENDS[Math.floor(i / KINDS.length) % ENDS.length];
    const host = `bench-${i}.example.test`;
    const origin = `http://${host}`;
    const page = await newPage();
    await page.goto(`${origin}/disconnect/${kind}.html?start=300&step=100`);
    await until(
      async () => (await readStore(ext)).sessions.find((s) => s.origin === origin && s.messageCount >= 3),
      { what: `chat on ${host}`, timeout: 20_000 },
    );
    const frame =
      end === 'endLine' && kind === 'cross-origin'
        ? await until(() => page.frames().find((f) => f.url().includes('app.chatwoot.com')), {
            what: 'frame',
          })
        : page.mainFrame();
    await frame.evaluate(
      (e) =>
        e === 'endLine' ? window.fx.endLine('Priya has left the conversation') : window.fx.removeWidget(),
      end,
    );
    const changedAt = await frame.evaluate(() => window.fxChangedAt);
    const ended = await until(
      async () => {
        const s = await readStore(ext);
        const session = s.sessions.find((x) => x.origin === origin);
        return s.events.find((e) => e.sessionId === session?.id && e.type === 'ended' && e.detail.notifiedAt);
      },
      { what: `alert on ${host}`, timeout: 15_000 },
    );
    const ms = Date.parse(ended.detail.notifiedAt) - changedAt;
    runs.push({ kind, end, ms, reason: ended.detail.reason });
    console.log(`${String(i + 1).padStart(2)} ${kind.padEnd(12)} ${end.padEnd(12)} ${ms} ms`);
    await page.close();
    await sleep(100);
  }
} finally {
  await close();
  await srv.close();
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)];
};
const stats = (xs) => ({ n: xs.length, p50: pct(xs, 50), p95: pct(xs, 95), max: Math.max(...xs) });
const all = runs.map((r) => r.ms);
const result = {
  browser: FIREFOX ? 'firefox' : 'chromium',
  at: new Date().toISOString(),
  load: os.loadavg().map((x) => Math.round(x * 10) / 10),
  cores: os.cpus().length,
  overall: stats(all),
  byEnd: Object.fromEntries(ENDS.map((e) => [e, stats(runs.filter((r) => r.end === e).map((r) => r.ms))])),
  byKind: Object.fromEntries(KINDS.map((k) => [k, stats(runs.filter((r) => r.kind === k).map((r) => r.ms))])),
  runs,
};
const out = path.join(ROOT, 'bench/results');
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(
  path.join(out, `disconnect-latency-${result.browser}.json`),
  `${JSON.stringify(result, null, 2)}\n`,
);
console.log(
  JSON.stringify({ overall: result.overall, byEnd: result.byEnd, byKind: result.byKind, load: result.load }),
);
const ok = result.overall.p95 < 2000;
console.log(`disconnect alert latency p95 ${result.overall.p95} ms over ${all.length} runs (budget 2000 ms)`);
console.log(`${ok ? 1 : 0} passed, ${ok ? 0 : 1} failed`);
process.exitCode = ok ? 0 : 1;
