#!/usr/bin/env node
// Where the recorder's time goes while a chat streams: self time per function of the content script,
// from V8's sampling profiler, on tests/fixtures/bench/chat.html. A diagnosis tool, not a budget.
//   CHATPROOF_NO_MINIFY=1 CHATPROOF_OUT_DIR=.out-perf npx wxt build
//   CHATPROOF_OUT_DIR=.out-perf node bench/profile-capture.mjs [lines=600] [prefill=1]
import { startFixtureServer } from '../tests/e2e/harness.mjs';
import { countMessages, launchWith, siteUrl, sleep, until } from './lib/browser.mjs';

const lines = Number(process.argv[2] ?? 600);
const prefill = Number(process.argv[3] ?? 1);
const server = await startFixtureServer();
const b = await launchWith(server.port);
try {
  const page = await b.ctx.newPage();
  const cdp = await b.ctx.newCDPSession(page);
  await page.goto(siteUrl('prof', `/bench/chat.html?prefill=${prefill}`));
  await until(async () => (await countMessages(b, 'prof')) >= prefill, {
    timeout: 60_000,
    what: 'history stored',
  });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.evaluate((n) => window.streamMessages(n, 20), lines);
  await sleep(500);
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = new Map();
  profile.samples.forEach((id, i) => {
    dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  // A sample is the extension's when any frame on its stack is (the bench's rule): the DOM and
  // native calls it makes (postMessage, setTimeout, getComputedStyle) count too.
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const isExt = (n) => n.callFrame.url.startsWith('chrome-extension://');
  const underExt = new Map();
  const extAncestor = (id) => {
    if (underExt.has(id)) return underExt.get(id);
    const n = byId.get(id);
    const r = isExt(n) ? true : parent.has(id) ? extAncestor(parent.get(id)) : false;
    underExt.set(id, r);
    return r;
  };
  let ext = 0;
  let extIncl = 0;
  for (const [id, ms] of dt) {
    const f = byId.get(id).callFrame;
    const inExt = isExt(byId.get(id));
    const k = inExt
      ? `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`
      : `[${f.functionName || f.url || '(program)'}]${extAncestor(id) ? ' (called by the extension)' : ''}`;
    if (inExt) ext += ms;
    if (extAncestor(id)) extIncl += ms;
    self.set(k, (self.get(k) ?? 0) + ms);
  }
  console.log(
    `${lines} lines after ${prefill}; extension self time ${ext.toFixed(1)} ms = ${(ext / lines).toFixed(3)} ms/line; with the native calls it makes ${extIncl.toFixed(1)} ms = ${(extIncl / lines).toFixed(3)} ms/line (wall-clock samples)`,
  );
  for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`${ms.toFixed(1).padStart(9)} ms  ${k}`);
  // Inclusive time of the extension's functions (a function counted once per sample even when
  // recursive): which entry point the time goes through.
  const incl = new Map();
  for (const [id, ms] of dt) {
    const names = new Set();
    for (let n = id; n !== undefined; n = parent.get(n)) {
      const node = byId.get(n);
      if (isExt(node))
        names.add(
          `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber + 1}`,
        );
    }
    for (const k of names) incl.set(k, (incl.get(k) ?? 0) + ms);
  }
  console.log("\ninclusive (the extension's functions, with what they call):");
  for (const [k, ms] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`${ms.toFixed(1).padStart(9)} ms  ${(ms / lines).toFixed(3)} ms/line  ${k}`);
} finally {
  await b.close();
  await server.close();
}
