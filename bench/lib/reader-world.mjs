// The generic reader in an isolated world of the benchmark's chat fixture, without the extension:
// what bench/reader-micro.mjs and bench/reader-cold.mjs time (docs/performance.md).
import { chromium } from 'playwright-core';
import { CHROMIUM, startFixtureServer } from '../../tests/e2e/harness.mjs';
import { siteUrl } from './browser.mjs';

/** The entry bundled into each world: the reader's functions on `globalThis.__reader`. */
export const READER_ENTRY = `
import { listAddedMessages, listMessages, readItem } from './lib/vendors/generic';
globalThis.__reader = { listAddedMessages, listMessages, readItem };
`;

/** Debian's Chromium on tests/fixtures/bench/chat.html (one line shown); `close()` ends both. */
export async function openChatFixture(name) {
  const server = await startFixtureServer();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', `--host-resolver-rules=MAP * 127.0.0.1:${server.port}, EXCLUDE 127.0.0.1`],
  });
  const page = await browser.newPage();
  await page.goto(siteUrl(name, '/bench/chat.html?prefill=1'));
  const cdp = await page.context().newCDPSession(page);
  const close = async () => {
    await browser.close();
    await server.close();
  };
  return { page, cdp, close };
}

/**
 * A new isolated world (as a content script has) holding the bundled reader `code`, after listing
 * the conversation once, as the recorder does before a stream. Returns its execution context id.
 */
export async function readerWorld(cdp, worldName, code) {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName,
  });
  await cdp.send('Runtime.evaluate', { expression: code, contextId: executionContextId });
  await cdp.send('Runtime.evaluate', {
    expression: `globalThis.__reader.listMessages(document.getElementById('log'))`,
    contextId: executionContextId,
  });
  return executionContextId;
}
