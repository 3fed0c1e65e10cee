import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { retryingSender, watchForWidget, watchFrames } from '../lib/recorder/detect';

const FLAG = '__chatproofDetector';

// The always-on detector, in every page and frame: one cheap check, a childList watch on <body>, a
// look at frames that load, nothing else. The recorder is injected by the background only into a
// frame where a widget was found.
// Not a manifest content script: the background injects it once the tab has loaded, and again into
// every frame when one more frame loads (lib/background/detector-inject.ts). A content script that
// Chromium runs while the page loads held the page's `load` and first paint (docs/performance.md,
// "Load cost"). An unlisted script, not a WXT content script: WXT's context would stop the running
// detector each time the script is offered again, and it is 1.5 KB of the 4 KB budget.
export default defineUnlistedScript(() => {
  const g = globalThis as unknown as Record<string, AbortController | undefined>;
  // offered again whenever a frame loads: one detector per document, unless the one here belongs to
  // an earlier run of the extension (updated, reloaded: its messages fail and it stopped itself)
  if (g[FLAG] && !g[FLAG].signal.aborted) return;
  const life = new AbortController();
  g[FLAG] = life;
  const send = retryingSender(
    (m) => browser.runtime.sendMessage(m),
    () => !!browser.runtime?.id,
    () => life.abort(),
  );
  watchForWidget(
    document,
    location.hostname,
    (found) => send({ type: 'detectWidget', ...found }),
    life.signal,
  );
  watchFrames(document, () => send({ type: 'framesAdded' }), life.signal);
});
