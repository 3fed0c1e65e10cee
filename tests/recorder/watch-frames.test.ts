/**
 * The detector reports frames that load in its document (a widget's iframe added after the page
 * loaded): the background then offers the detector to the tab's frames. Loads of anything else
 * (images, scripts) cost one property read and send nothing; bursts are reported once.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { watchFrames } from '../../lib/recorder/detect';

let ac: AbortController;
let reported: number;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '';
  ac = new AbortController();
  reported = 0;
  watchFrames(document, () => reported++, ac.signal);
});

afterEach(() => {
  ac.abort();
  vi.useRealTimers();
});

/**
 * A load event on an element, as the browser dispatches it (it does not bubble). happy-dom cannot
 * load frames (it logs an error for each), so a frame is a <div> named like one: what the detector
 * reads is the element's localName.
 */
function loaded(tag: string) {
  const el = document.createElement(tag === 'iframe' || tag === 'frame' ? 'div' : tag);
  if (el.localName !== tag) Object.defineProperty(el, 'localName', { value: tag });
  document.body.append(el);
  el.dispatchEvent(new Event('load', { bubbles: false }));
}

test.each([
  ['an iframe', ['iframe'], 1],
  ['a frame', ['frame'], 1],
  ['an image', ['img'], 0],
  ['a script and a stylesheet', ['script', 'link'], 0],
  ['five iframes at once', ['iframe', 'iframe', 'iframe', 'iframe', 'iframe'], 1],
  ['images then an iframe', ['img', 'img', 'iframe'], 1],
])('%s loads: %d report(s)', async (_n, tags, want) => {
  for (const t of tags) loaded(t);
  await vi.advanceTimersByTimeAsync(1000);
  expect(reported).toBe(want);
});

test('iframes that load apart are reported apart', async () => {
  loaded('iframe');
  await vi.advanceTimersByTimeAsync(1000);
  loaded('iframe');
  await vi.advanceTimersByTimeAsync(1000);
  expect(reported).toBe(2);
});

test('nothing once stopped (the extension was updated or removed)', async () => {
  loaded('iframe');
  ac.abort();
  loaded('iframe');
  await vi.advanceTimersByTimeAsync(1000);
  expect(reported).toBe(0);
});
