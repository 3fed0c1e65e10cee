/**
 * A widget that writes its frame's document with document.open()/write()/close() after the detector
 * started in the frame's initial about:blank document (Freshchat / Zoho SalesIQ style frames): the old
 * <html> leaves the Document and the parser appends a new one. The detector must still check the new one.
 */
import { afterEach, expect, test, vi } from 'vitest';
import { watchForWidget } from '../../lib/recorder/detect';

afterEach(() => {
  vi.useRealTimers();
});

test('a frame document rewritten after the detector started is still checked', async () => {
  vi.useFakeTimers();
  document.body.innerHTML = '';
  const found = vi.fn();
  const ac = new AbortController();
  watchForWidget(document, '', found, ac.signal);
  await vi.advanceTimersByTimeAsync(1000);
  expect(found).not.toHaveBeenCalled();
  // what document.open() + write() do to the tree: a new root element replaces the old one
  const html = document.createElement('html');
  html.innerHTML =
    '<head></head><body><div id="app-container"><div id="app-conversation-editor" contenteditable="true"></div></div></body>';
  document.documentElement.remove();
  document.append(html);
  await vi.advanceTimersByTimeAsync(1000);
  expect(found).toHaveBeenCalledWith(expect.objectContaining({ vendor: 'freshchat' }));
  ac.abort();
});
