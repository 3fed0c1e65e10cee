import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchForWidget } from '../lib/recorder/detect';

// Runs on every page and frame: one cheap check, a childList watch on <body>, nothing else.
// The recorder is injected by the background only into a frame where a widget was found.
// document_start, not document_idle: Chromium holds a page's `load` event until its document_idle
// scripts ran (×3 on a heavy page, docs/performance.md). The watch does nothing until `load`.
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_start',
  noScriptStartedPostMessage: true,
  main(ctx) {
    watchForWidget(
      document,
      location.hostname,
      (found) => void browser.runtime.sendMessage({ type: 'detectWidget', ...found }).catch(() => {}),
      ctx.signal,
    );
  },
});
