import { describe, expect, test } from 'vitest';
import type { ContentMessage } from '../../lib/messaging';
import type { CapturedMessage } from '../../lib/model';
import { startRecorder } from '../../lib/recorder/recorder';

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
