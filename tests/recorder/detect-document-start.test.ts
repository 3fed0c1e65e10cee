/**
 * The detector may start while the page is still parsed: the background injects it once the tab has
 * loaded, or after LOAD_FALLBACK_MS into a tab whose `load` never comes (lib/background/
 * detector-inject.ts), possibly with no <body> yet. It must not check or observe while the page loads,
 * check once soon after `load`, and then catch widgets added later, rendered into an element
 * that was already there, written into a frame with document.open()/write(), or opened by a click.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { watchForWidget } from '../../lib/recorder/detect';

const WIDGET =
  '<div id="app-container"><div id="app-conversation-editor" contenteditable="true"></div></div>';

let state: DocumentReadyState = 'complete';
const setState = (s: DocumentReadyState) => {
  state = s;
  document.dispatchEvent(new Event('readystatechange'));
};

/** Full checks: each one starts with one document.querySelector over every vendor's selectors. */
let fullChecks: ReturnType<typeof vi.spyOn>;
let ac: AbortController;

beforeEach(() => {
  vi.useFakeTimers();
  document.documentElement.innerHTML = '<head></head><body></body>';
  Object.defineProperty(document, 'readyState', { configurable: true, get: () => state });
  fullChecks = vi.spyOn(document, 'querySelector');
  ac = new AbortController();
});

afterEach(() => {
  ac.abort();
  fullChecks.mockRestore();
  Reflect.deleteProperty(document, 'readyState');
  state = 'complete';
  vi.useRealTimers();
});

function start() {
  const found = vi.fn();
  watchForWidget(document, '', found, ac.signal);
  return found;
}

/** What the parser does at document_start: <html> has no <body> yet; the body comes later. */
function parsing() {
  state = 'loading';
  document.body.remove();
  return start();
}

function bigPage(container = '') {
  const cards = '<article><h2>Product</h2><p>text <em>now</em></p><span>9 €</span></article>'.repeat(400);
  document.body.innerHTML = `<main>${cards}</main>${container}`;
}

test('nothing runs while the page is parsed; a widget in the initial HTML is found right after load', async () => {
  const found = parsing();
  expect(document.body).toBeNull();
  await vi.advanceTimersByTimeAsync(3000);
  const body = document.createElement('body');
  document.documentElement.append(body);
  body.innerHTML = `<main>shop</main>${WIDGET}`;
  await vi.advanceTimersByTimeAsync(3000);
  setState('interactive'); // DOMContentLoaded: still no check, `load` is near
  await vi.advanceTimersByTimeAsync(500);
  expect(fullChecks).not.toHaveBeenCalled();
  expect(found).not.toHaveBeenCalled();
  setState('complete');
  await vi.advanceTimersByTimeAsync(100);
  expect(found).toHaveBeenCalledWith({ vendor: 'freshchat', via: expect.any(String) });
  expect(fullChecks).toHaveBeenCalledTimes(1);
});

test('clicks while the page loads do not check; a `load` that never comes does not stop the check', async () => {
  const found = parsing();
  document.documentElement.append(document.createElement('body'));
  document.body.innerHTML = WIDGET;
  document.body.click();
  await vi.advanceTimersByTimeAsync(700);
  expect(fullChecks).not.toHaveBeenCalled();
  setState('interactive'); // a slow image holds `load`
  await vi.advanceTimersByTimeAsync(999);
  expect(found).not.toHaveBeenCalled();
  await vi.advanceTimersByTimeAsync(1);
  expect(found).toHaveBeenCalledTimes(1);
});

test('a page without a widget: one check after load, the body watch after it, found when added', async () => {
  const found = parsing();
  document.documentElement.append(document.createElement('body'));
  bigPage();
  setState('interactive');
  setState('complete');
  await vi.advanceTimersByTimeAsync(5000);
  expect(fullChecks).toHaveBeenCalledTimes(1);
  expect(found).not.toHaveBeenCalled();
  // body children that are not widgets do not cost a full check
  for (let i = 0; i < 20; i++) {
    document.body.append(Object.assign(document.createElement('div'), { className: 'toast' }));
    await vi.advanceTimersByTimeAsync(100);
  }
  expect(fullChecks).toHaveBeenCalledTimes(1);
  document.body.insertAdjacentHTML('beforeend', WIDGET);
  await vi.advanceTimersByTimeAsync(900);
  expect(found).toHaveBeenCalledTimes(1);
  expect(found).toHaveBeenCalledWith(expect.objectContaining({ vendor: 'freshchat' }));
});

test('a frame that is complete at the start (about:blank) is checked at once', async () => {
  document.body.innerHTML = WIDGET;
  const found = start();
  expect(found).not.toHaveBeenCalled();
  await vi.advanceTimersByTimeAsync(0);
  expect(found).toHaveBeenCalledTimes(1);
});

test('a frame written with document.open()/write() after the start is checked', async () => {
  const found = start();
  await vi.advanceTimersByTimeAsync(1000);
  expect(found).not.toHaveBeenCalled();
  document.open();
  document.write(`<!doctype html><html><head></head><body>${WIDGET}</body></html>`);
  document.close();
  await vi.advanceTimersByTimeAsync(1000);
  expect(found).toHaveBeenCalledWith(expect.objectContaining({ vendor: 'freshchat' }));
});

test('a widget rendered later into a container that was there at load: a late look finds it', async () => {
  document.body.innerHTML = '<main>small page</main><div id="root"></div>';
  const found = start();
  await vi.advanceTimersByTimeAsync(1000);
  document.getElementById('root')?.insertAdjacentHTML('beforeend', WIDGET); // no body-child change
  await vi.advanceTimersByTimeAsync(1500);
  expect(found).not.toHaveBeenCalled();
  await vi.advanceTimersByTimeAsync(1000); // 3 s after the first check
  expect(found).toHaveBeenCalledTimes(1);
});

test('on a big page a late look is a full check only when a frame or a vendor script appeared', async () => {
  bigPage('<div id="root"></div>');
  const found = start();
  await vi.advanceTimersByTimeAsync(0);
  expect(fullChecks).toHaveBeenCalledTimes(1);
  const root = document.getElementById('root') as HTMLElement;
  root.innerHTML = '<div class="banner">Sale</div>';
  await vi.advanceTimersByTimeAsync(3500);
  expect(fullChecks).toHaveBeenCalledTimes(1); // nothing new worth a check
  root.innerHTML = '<div id="launcher-box"><iframe id="webWidget"></iframe></div>';
  await vi.advanceTimersByTimeAsync(12_000); // the 15 s look
  expect(fullChecks).toHaveBeenCalledTimes(2);
  expect(found).toHaveBeenCalledWith({ vendor: 'zendesk', via: 'iframe#webWidget' });
});

test('a click re-checks after load (a "chat with us" button filling an existing element)', async () => {
  bigPage('<div id="chat"></div>');
  const found = start();
  await vi.advanceTimersByTimeAsync(0);
  document.body.click();
  document.getElementById('chat')?.insertAdjacentHTML('beforeend', WIDGET);
  await vi.advanceTimersByTimeAsync(500);
  expect(found).not.toHaveBeenCalled();
  await vi.advanceTimersByTimeAsync(200);
  expect(found).toHaveBeenCalledTimes(1);
  await vi.advanceTimersByTimeAsync(10_000);
  expect(found).toHaveBeenCalledTimes(1); // the later click re-checks do not report it again
});
