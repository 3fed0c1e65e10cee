import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ContentMessage } from '../../lib/messaging';
import type { CapturedMessage } from '../../lib/model';
import { BATCH_MS, STREAM_GAP_MS, startRecorder } from '../../lib/recorder/recorder';
import { generic } from '../../lib/vendors/generic';

/** A chat page with the generic widget markup; returns helpers to play lines. */
function chatPage() {
  document.body.innerHTML = `<div class="chat-panel" aria-label="Support chat"><div role="log" class="chat-log"></div><textarea></textarea></div>`;
  const log = document.querySelector('.chat-log')!;
  const el = (role: string, text: string) => {
    const d = document.createElement('div');
    d.className = `message msg-${role}`;
    d.innerHTML = '<p></p>';
    d.querySelector('p')!.textContent = text;
    return d;
  };
  return {
    log,
    add: (role: string, text: string) => log.append(el(role, text)),
    rerender: (lines: [string, string][]) => log.replaceChildren(...lines.map(([r, t]) => el(r, t))),
  };
}

function fakeBackground(resumeKeys: string[] = []) {
  const stored: CapturedMessage[] = [];
  let fail = 0;
  const send = async (m: ContentMessage) => {
    if (m.type === 'resumeCapture') return { keys: resumeKeys, paused: false };
    if (m.type === 'captureMessages') {
      if (fail > 0) {
        fail--;
        throw new Error('worker asleep');
      }
      for (const x of m.messages) if (!stored.some((s) => s.key === x.key)) stored.push(x);
      return { ok: true };
    }
    return {};
  };
  return { stored, send, failNext: (n: number) => (fail = n) };
}

const settle = () => new Promise((r) => setTimeout(r, 60));

/** A recorder on this page's generic widget, talking to a fake background. */
const record = (bg: { send: (m: ContentMessage) => Promise<unknown> }, ac: AbortController) =>
  startRecorder({
    doc: document,
    host: 'shop.example',
    vendorHint: 'generic',
    send: bg.send,
    now: () => 0,
    signal: ac.signal,
    batchMs: 5,
  });

describe('recorder', () => {
  test('captures lines once across re-renders, keeps duplicates the person really sent', async () => {
    const page = chatPage();
    const bg = fakeBackground();
    const ac = new AbortController();
    const rec = record(bg, ac);
    await rec.ready;
    page.add('agent', 'Hello');
    page.add('customer', 'ok');
    await settle();
    page.add('customer', 'ok');
    await settle();
    page.rerender([
      ['agent', 'Hello'],
      ['customer', 'ok'],
      ['customer', 'ok'],
    ]);
    await settle();
    expect(bg.stored.map((m) => [m.role, m.text])).toEqual([
      ['agent', 'Hello'],
      ['customer', 'ok'],
      ['customer', 'ok'],
    ]);
    ac.abort();
  });

  test('after a reload it resumes from the stored keys: history is not stored again', async () => {
    const page = chatPage();
    const first = fakeBackground();
    const ac1 = new AbortController();
    const r1 = record(first, ac1);
    await r1.ready;
    page.add('agent', 'Hello');
    page.add('customer', 'Hi');
    await settle();
    ac1.abort();
    // "reload": a new recorder, history rendered again, then one new line
    const second = fakeBackground(first.stored.map((m) => m.key));
    page.rerender([
      ['agent', 'Hello'],
      ['customer', 'Hi'],
    ]);
    const ac2 = new AbortController();
    const r2 = record(second, ac2);
    await r2.ready;
    page.add('agent', 'New line');
    await settle();
    expect(second.stored.map((m) => m.text)).toEqual(['New line']);
    ac2.abort();
  });

  test('lines stay queued while the background is unreachable and are sent later, in order', async () => {
    const page = chatPage();
    const bg = fakeBackground();
    const ac = new AbortController();
    const rec = record(bg, ac);
    await rec.ready;
    bg.failNext(1);
    page.add('agent', 'one');
    await settle();
    expect(rec.pending()).toBe(1);
    page.add('agent', 'two');
    await new Promise((r) => setTimeout(r, 700));
    expect(bg.stored.map((m) => m.text)).toEqual(['one', 'two']);
    expect(rec.pending()).toBe(0);
    ac.abort();
  });

  test('the tab closes while a batch waits for its answer: the lines behind it are posted at once', async () => {
    const page = chatPage();
    const posted: string[][] = [];
    let answer: (v: unknown) => void = () => {};
    // the first batch's answer never comes before the page goes away (the worker is slow to answer)
    const send = (m: ContentMessage) => {
      if (m.type === 'resumeCapture') return Promise.resolve({ keys: [], paused: false });
      if (m.type !== 'captureMessages') return Promise.resolve({});
      posted.push(m.messages.map((x) => x.text));
      return posted.length === 1 ? new Promise((r) => (answer = r)) : Promise.resolve({ ok: true });
    };
    const ac = new AbortController();
    const rec = record({ send }, ac);
    await rec.ready;
    page.add('agent', 'one');
    await settle();
    expect(posted).toEqual([['one']]);
    page.add('customer', 'two');
    page.add('customer', 'three');
    window.dispatchEvent(new Event('pagehide'));
    // posted in the pagehide task itself, not after the pending answer
    expect(posted).toEqual([['one'], ['two', 'three']]);
    answer({ ok: true });
    await settle();
    // the page stayed (back/forward cache): its queue still holds the lines until an answer says they
    // are stored, so they go once more, and the background stores a key once
    expect(posted).toEqual([['one'], ['two', 'three'], ['two', 'three']]);
    expect(rec.pending()).toBe(0);
    ac.abort();
  });

  test('a draft in the composer is never recorded', async () => {
    chatPage();
    const bg = fakeBackground();
    const ac = new AbortController();
    const rec = record(bg, ac);
    await rec.ready;
    const box = document.querySelector('textarea')!;
    box.value = 'draft text';
    box.textContent = 'draft text';
    await settle();
    expect(bg.stored).toEqual([]);
    ac.abort();
  });
});

/**
 * The fast path (docs/performance.md): while a widget only appends, the recorder reads the appended
 * nodes alone instead of listing the whole conversation; anything else falls back to a full listing.
 */
describe('recorder: appended lines are read alone', () => {
  afterEach(() => vi.restoreAllMocks());

  async function started() {
    const page = chatPage();
    page.add('agent', 'Hello, I am Ana.');
    const bg = fakeBackground();
    const ac = new AbortController();
    const list = vi.spyOn(generic, 'listItems');
    const read = vi.spyOn(generic, 'readItem');
    const rec = record(bg, ac);
    await rec.ready;
    await settle();
    list.mockClear();
    read.mockClear();
    return { page, bg, ac, list, read, rec };
  }

  test('a chat that only grows is never listed again, and every line is stored once, in order', async () => {
    const { page, bg, ac, list, read } = await started();
    for (let i = 0; i < 30; i++) {
      page.add(i % 2 ? 'agent' : 'customer', `line ${i}`);
      if (i % 3 === 0) page.add('customer', `line ${i}`); // the same text really sent twice
      await settle();
    }
    expect(list).not.toHaveBeenCalled();
    expect(read).toHaveBeenCalledTimes(40); // each new line read once, nothing old read again
    const texts = bg.stored.map((m) => m.text);
    expect(texts).toHaveLength(41);
    expect(texts.slice(0, 4)).toEqual(['Hello, I am Ana.', 'line 0', 'line 0', 'line 1']);
    expect(new Set(bg.stored.map((m) => m.key)).size).toBe(41);
    ac.abort();
  });

  test('mutations outside the conversation cost no read at all', async () => {
    const { bg, ac, list, read } = await started();
    const ticker = document.createElement('p');
    document.body.append(ticker);
    for (let i = 0; i < 10; i++) {
      ticker.textContent = `price ${i}`;
      await settle();
    }
    expect(list).not.toHaveBeenCalled();
    expect(read).not.toHaveBeenCalled();
    expect(bg.stored).toHaveLength(1);
    ac.abort();
  });

  test.each([
    [
      'a typing indicator added and removed',
      (log: Element) => {
        const t = document.createElement('div');
        t.className = 'typing-indicator';
        t.textContent = '…';
        log.append(t);
        return () => t.remove();
      },
    ],
    [
      'a line inserted before the last one (arrived late)',
      (log: Element) => {
        const d = document.createElement('div');
        d.className = 'message msg-customer';
        d.innerHTML = '<p>sent from my phone</p>';
        log.insertBefore(d, log.lastElementChild);
        return () => {};
      },
    ],
    [
      'the last line edited in place',
      (log: Element) => {
        log.lastElementChild!.querySelector('p')!.textContent = 'Hello, I am Ana (edited).';
        return () => {};
      },
    ],
  ])('%s: the whole list is read again and nothing is lost or doubled', async (_name, change) => {
    const { page, bg, ac, list } = await started();
    page.add('customer', 'first question');
    await settle();
    const undo = change(page.log);
    await settle();
    undo();
    page.add('agent', 'an answer');
    await settle();
    expect(list).toHaveBeenCalled();
    const texts = bg.stored.map((m) => m.text);
    expect(texts.filter((t) => t === 'first question')).toHaveLength(1);
    expect(texts.filter((t) => t === 'an answer')).toHaveLength(1);
    expect(texts.at(-1)).toBe('an answer');
    expect(new Set(bg.stored.map((m) => m.key)).size).toBe(bg.stored.length);
    ac.abort();
  });

  test('a line appended empty and filled in later is stored once, with its text', async () => {
    const { page, bg, ac } = await started();
    const d = document.createElement('div');
    d.className = 'message msg-agent';
    page.log.append(d);
    await settle();
    const p = document.createElement('p');
    p.textContent = 'Your refund is on its way.';
    d.append(p);
    await settle();
    page.add('customer', 'thanks');
    await settle();
    expect(bg.stored.map((m) => m.text)).toEqual([
      'Hello, I am Ana.',
      'Your refund is on its way.',
      'thanks',
    ]);
    ac.abort();
  });
});

describe('recorder: batching', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  test('a lone line is read after the short delay; lines streaming in share a batch', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const page = chatPage();
    const batches: string[][] = [];
    const send = async (m: ContentMessage) => {
      if (m.type === 'resumeCapture') return { keys: [], paused: false };
      if (m.type === 'captureMessages') batches.push(m.messages.map((x) => x.text));
      return { ok: true };
    };
    const ac = new AbortController();
    const rec = startRecorder({
      doc: document,
      host: 'shop.example',
      vendorHint: 'generic',
      send,
      now: () => 0,
      signal: ac.signal,
      batchMs: BATCH_MS,
    });
    await rec.ready;
    await vi.advanceTimersByTimeAsync(1000); // the first read finds the empty log
    // nothing arrived lately: the first line waits BATCH_MS
    page.add('agent', 'one');
    await vi.advanceTimersByTimeAsync(BATCH_MS - 1);
    expect(batches).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(batches).toEqual([['one']]);
    // a line within STREAM_GAP_MS of that batch: the window doubles, and a line 20 ms later joins it
    await vi.advanceTimersByTimeAsync(20);
    page.add('customer', 'two');
    await vi.advanceTimersByTimeAsync(20);
    page.add('agent', 'three');
    await vi.advanceTimersByTimeAsync(2 * BATCH_MS - 20 - 1);
    expect(batches).toEqual([['one']]);
    await vi.advanceTimersByTimeAsync(1);
    expect(batches).toEqual([['one'], ['two', 'three']]);
    // quiet again for longer than STREAM_GAP_MS: back to the short delay
    await vi.advanceTimersByTimeAsync(STREAM_GAP_MS);
    page.add('customer', 'four');
    await vi.advanceTimersByTimeAsync(BATCH_MS);
    expect(batches).toEqual([['one'], ['two', 'three'], ['four']]);
    // a re-render that shows nothing new is no stream: the next line waits BATCH_MS again
    await vi.advanceTimersByTimeAsync(STREAM_GAP_MS);
    page.rerender([
      ['agent', 'one'],
      ['customer', 'two'],
      ['agent', 'three'],
      ['customer', 'four'],
    ]);
    await vi.advanceTimersByTimeAsync(BATCH_MS);
    page.add('agent', 'five');
    await vi.advanceTimersByTimeAsync(BATCH_MS);
    expect(batches).toEqual([['one'], ['two', 'three'], ['four'], ['five']]);
    ac.abort();
  });
});
