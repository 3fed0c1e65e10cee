#!/usr/bin/env node
// What one runtime.Port post costs the chat page's main thread, from the content script's isolated
// world, in the built extension (a diagnosis tool for docs/performance.md, "Capture cost: where the
// time goes, by removal"; not a budget). Posts are timed with performance.now() (0.1 ms resolution in
// an isolated world, so means over 200 posts are what to read):
//   - spaced 40 ms apart, as the recorder posts (one batch at a time): a small message, a capture
//     batch of one line, and the same batch as a JSON string; runtime.sendMessage for comparison;
//   - 200 posts back to back in one task.
//   npx wxt build && node bench/port-post-micro.mjs
import { startFixtureServer } from '../tests/e2e/harness.mjs';
import { launchWith, siteUrl, sleep } from './lib/browser.mjs';

const server = await startFixtureServer();
const b = await launchWith(server.port);
try {
  const page = await b.ctx.newPage();
  const cdp = await b.ctx.newCDPSession(page);
  const worlds = [];
  cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
  await cdp.send('Runtime.enable');
  await page.goto(siteUrl('postmicro', '/bench/chat.html?prefill=1'));
  await sleep(3000); // the recorder is injected and has stored the greeting
  const world = worlds.filter((c) => c.name === 'Chatproof').at(-1);
  if (!world) throw new Error("the extension's isolated world never appeared");
  const expression = `(async () => {
    const port = chrome.runtime.connect({ name: 'chatproof-recorder' });
    port.onMessage.addListener(() => {});
    const batch = (i) => ({ id: 1e6 + i, msg: { type: 'captureMessages', vendor: 'generic', title: '',
      conversationId: null, messages: [{ key: 'postmicro' + i + '.0', role: 'agent', author: 'Ann',
      text: 'hello there, this is line ' + i, at: new Date().toISOString(), shownAt: null }] } });
    const pause = () => new Promise((r) => setTimeout(r, 40));
    const timed = (f) => { const t = performance.now(); f(); return performance.now() - t; };
    const r = { small: [], batch: [], string: [], sendMessage: [] };
    for (let i = 0; i < 200; i++) {
      await pause(); r.small.push(timed(() => port.postMessage({ id: 2e6 + i })));
      await pause(); r.batch.push(timed(() => port.postMessage(batch(i))));
      await pause(); r.string.push(timed(() => port.postMessage(JSON.stringify(batch(i + 500)))));
      await pause(); r.sendMessage.push(timed(() => chrome.runtime.sendMessage({ type: 'postmicro' }).catch(() => {})));
    }
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) port.postMessage({ id: 3e6 + i });
    const mean = (a) => a.reduce((x, y) => x + y, 0) / a.length;
    return { ...Object.fromEntries(Object.entries(r).map(([k, v]) => [k, mean(v)])), backToBack: (performance.now() - t0) / 200 };
  })()`;
  const res = await cdp.send('Runtime.evaluate', {
    expression,
    contextId: world.id,
    awaitPromise: true,
    returnByValue: true,
  });
  if (res.exceptionDetails) throw new Error(res.exceptionDetails.text);
  const v = res.result.value;
  const ms = (x) => `${x.toFixed(3)} ms`;
  console.log(
    `one post 40 ms after the last (mean of 200): small message ${ms(v.small)}, a one-line capture batch ${ms(v.batch)}, the batch as a JSON string ${ms(v.string)}; runtime.sendMessage ${ms(v.sendMessage)}`,
  );
  console.log(`200 posts back to back in one task: ${ms(v.backToBack)} each`);
} finally {
  await b.close();
  await server.close();
}
