import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { OFFLINE_GRACE_MS, sharedEndLines } from '../../lib/detectors/end-reason';
import type { ContentMessage, WidgetSignal } from '../../lib/messaging';
import { type CapturedMessage, isoLocal } from '../../lib/model';
import { createSignalWatcher, REMOVAL_SETTLE_MS, STATE_SETTLE_MS } from '../../lib/recorder/signals';
import chatwoot from '../../lib/vendors/chatwoot';

let ac: AbortController;
let sent: WidgetSignal[];
let send: ReturnType<typeof vi.fn>;

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-11-22T14:30:00Z') });
  ac = new AbortController();
  sent = [];
  send = vi.fn(async (m: ContentMessage) => {
    if (m.type === 'reportSignal') sent.push(m.signal);
    return { ok: true };
  });
  document.body.innerHTML = '';
});
afterEach(() => {
  ac.abort();
  vi.useRealTimers();
});

function watcher(isTop: boolean) {
  return createSignalWatcher({
    doc: document,
    adapter: chatwoot,
    vendor: 'chatwoot',
    isTop,
    send: send as never,
    now: () => Date.now(),
    signal: ac.signal,
    schedule: () => {},
  });
}

/** Lines stored, with the end lines the background finds among them (its answer's `ends`). */
const store = (w: ReturnType<typeof watcher>, ...lines: CapturedMessage[]) =>
  w.stored(lines, sharedEndLines(lines));

const msg = (role: CapturedMessage['role'], text: string): CapturedMessage => ({
  key: `k-${text}`,
  role,
  author: role === 'agent' ? 'Priya' : null,
  text,
  at: isoLocal(Date.now()),
  shownAt: null,
});

/** The Chatwoot widget as a page embeds it: holder > frame (cross-origin) or holder > conversation (page DOM). */
function mountPage(kind: 'frame' | 'page') {
  document.body.innerHTML =
    kind === 'frame'
      ? // srcdoc keeps happy-dom from trying (and logging its failure) to load the src
        '<div class="woot-widget-holder"><iframe id="chatwoot_live_chat_widget" srcdoc="" src="http://app.chatwoot.com/widget"></iframe></div>'
      : '<div class="woot-widget-holder"><div class="woot-widget-wrap"><div class="conversation-wrap"></div>' +
        '<div class="chat-message--input"><textarea class="user-message-input"></textarea></div></div></div>';
  return document.querySelector('.conversation-wrap');
}

describe('end lines', () => {
  test('a live end line is sent after it is stored; customer words and history are not', async () => {
    const w = watcher(false);
    w.history(['k-Priya has left the conversation (old chat)']);
    store(w, msg('system', 'Priya has left the conversation (old chat)'));
    store(w, msg('customer', 'it disconnected me yesterday, the chat has ended on me'));
    store(w, msg('agent', 'Let me check.'));
    await vi.advanceTimersByTimeAsync(10);
    expect(sent).toEqual([]);
    store(w, msg('system', 'Priya has left the conversation'));
    await vi.advanceTimersByTimeAsync(10);
    expect(sent).toMatchObject([{ kind: 'end-line', evidence: 'Priya has left the conversation' }]);
  });

  test('"Reconnecting…" waits for the grace period; an agent line in time cancels it', async () => {
    const w = watcher(false);
    store(w, msg('system', 'Reconnecting…'));
    await vi.advanceTimersByTimeAsync(OFFLINE_GRACE_MS / 2);
    store(w, msg('agent', 'We are back.'));
    await vi.advanceTimersByTimeAsync(OFFLINE_GRACE_MS);
    expect(sent).toEqual([]);
    store(w, msg('system', 'Reconnecting… (again)'));
    await vi.advanceTimersByTimeAsync(OFFLINE_GRACE_MS + 10);
    expect(sent).toMatchObject([{ kind: 'offline-banner', evidence: 'Reconnecting… (again)' }]);
  });

  test("the shared phrase list is the background's answer; the vendor's own end lines are matched here", async () => {
    const w = watcher(false);
    // no `ends` in the answer: the page does not run the shared list itself
    w.stored([msg('system', 'Priya has left the conversation')], []);
    await vi.advanceTimersByTimeAsync(10);
    expect(sent).toEqual([]);
    // Chatwoot's own "conversation was resolved"
    w.stored([msg('system', 'Your conversation was resolved')], []);
    await vi.advanceTimersByTimeAsync(10);
    expect(sent).toMatchObject([{ kind: 'end-line', evidence: 'Your conversation was resolved' }]);
  });

  test("the background's flag names the reason: the page reports it without matching the line itself", async () => {
    const w = watcher(false);
    // a line no list knows, flagged by the background: the page takes the flag as it is
    w.stored(
      [msg('agent', 'Let me check.'), msg('system', 'xq-7 status 3')],
      [{ i: 1, reason: 'agent-left', phrase: 'xq-7', transient: false }],
    );
    await vi.advanceTimersByTimeAsync(10);
    expect(sent).toMatchObject([{ kind: 'end-line', evidence: 'xq-7 status 3' }]);
  });

  test('an end flag points at its line of a batch by index', async () => {
    const w = watcher(false);
    store(w, msg('agent', 'Let me check.'), msg('system', 'The chat has ended.'), msg('customer', 'hello?'));
    await vi.advanceTimersByTimeAsync(10);
    expect(sent).toMatchObject([{ kind: 'end-line', evidence: 'The chat has ended.' }]);
    expect(sent).toHaveLength(1);
  });

  test('a signal is re-sent until the background confirms it', async () => {
    let fail = 2;
    send.mockImplementation(async (m: ContentMessage) => {
      if (fail-- > 0) throw new Error('Could not establish connection. Receiving end does not exist.');
      if (m.type === 'reportSignal') sent.push(m.signal);
      return { ok: true };
    });
    const w = watcher(false);
    store(w, msg('system', 'The chat has ended.'));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(sent).toHaveLength(1);
    expect(send).toHaveBeenCalledTimes(3);
    expect(w.pending()).toBe(0);
  });
});

describe('removal vs minimise (top frame)', () => {
  test.each(['frame', 'page'] as const)(
    '%s widget: minimised (container stays) is silent; removed is sent',
    async (kind) => {
      const root = mountPage(kind);
      const w = watcher(true);
      w.check(root);
      // minimise: the frame / the conversation unmounts, the holder (launcher) stays
      (kind === 'frame'
        ? document.querySelector('iframe')
        : document.querySelector('.woot-widget-wrap'))!.remove();
      w.check(null);
      await vi.advanceTimersByTimeAsync(REMOVAL_SETTLE_MS * 2);
      expect(sent).toEqual([]);
      // reopen, then the whole widget goes
      const root2 = mountPage(kind);
      w.check(root2);
      document.querySelector('.woot-widget-holder')!.remove();
      w.check(null);
      await vi.advanceTimersByTimeAsync(REMOVAL_SETTLE_MS + 10);
      expect(sent).toMatchObject([
        { kind: 'widget-removed', evidence: expect.stringContaining('removed from the page') },
      ]);
    },
  );

  test('a widget removed before the first check (the recorder still waits for the background) is sent', async () => {
    mountPage('frame');
    const w = watcher(true);
    document.querySelector('.woot-widget-holder')!.remove();
    w.check(null);
    await vi.advanceTimersByTimeAsync(REMOVAL_SETTLE_MS + 10);
    expect(sent).toMatchObject([
      { kind: 'widget-removed', evidence: expect.stringContaining('removed from the page') },
    ]);
  });

  test('a re-mount within the settle time is not a removal', async () => {
    mountPage('frame');
    const w = watcher(true);
    w.check(null);
    document.querySelector('.woot-widget-holder')!.remove();
    w.check(null);
    mountPage('frame');
    w.check(null);
    await vi.advanceTimersByTimeAsync(REMOVAL_SETTLE_MS * 2);
    expect(sent).toEqual([]);
  });

  test('in a hidden tab (timers clamped to ~1 s) a removal is sent at once, without the settle time', async () => {
    mountPage('frame');
    const w = watcher(true);
    w.check(null);
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.querySelector('.woot-widget-holder')!.remove();
    w.check(null);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toMatchObject([{ kind: 'widget-removed' }]);
  });

  test('the widget frame pointed at another site is a removal even with the holder', async () => {
    mountPage('frame');
    const w = watcher(true);
    w.check(null);
    document.querySelector('iframe')!.setAttribute('src', 'http://elsewhere.example/');
    w.check(null);
    await vi.advanceTimersByTimeAsync(REMOVAL_SETTLE_MS + 10);
    expect(sent).toMatchObject([
      { kind: 'widget-removed', evidence: expect.stringContaining('navigated from app.chatwoot.com') },
    ]);
  });

  test('a sub-frame never reports removal (the top frame knows the container)', async () => {
    const root = mountPage('page');
    const w = watcher(false);
    w.check(root);
    document.querySelector('.woot-widget-holder')!.remove();
    w.check(null);
    await vi.advanceTimersByTimeAsync(REMOVAL_SETTLE_MS * 2);
    expect(sent).toEqual([]);
  });
});

describe('widget state', () => {
  const banner = (text: string) => {
    const b = document.createElement('div');
    b.className = 'network-banner';
    b.setAttribute('role', 'alert');
    b.textContent = text;
    document.querySelector('.woot-widget-wrap')!.append(b);
    return b;
  };

  test('an offline banner that clears within the grace period is silent; one that stays is sent, then reconnected', async () => {
    const root = mountPage('page');
    const w = watcher(true);
    w.check(root);
    let b = banner('Connection lost. Reconnecting…');
    w.check(root);
    await vi.advanceTimersByTimeAsync(OFFLINE_GRACE_MS - 1000);
    b.remove();
    w.check(root);
    await vi.advanceTimersByTimeAsync(OFFLINE_GRACE_MS);
    expect(sent).toEqual([]);
    b = banner('Connection lost. Reconnecting…');
    w.check(root);
    await vi.advanceTimersByTimeAsync(OFFLINE_GRACE_MS + 10);
    expect(sent).toMatchObject([{ kind: 'offline-banner', evidence: 'Connection lost. Reconnecting…' }]);
    b.remove();
    w.check(root);
    await vi.advanceTimersByTimeAsync(10);
    expect(sent.map((s) => s.kind)).toEqual(['offline-banner', 'reconnected']);
  });

  test('"You\'re back online" is not an offline banner', async () => {
    const root = mountPage('page');
    const w = watcher(true);
    banner("You're back online.");
    w.check(root);
    await vi.advanceTimersByTimeAsync(OFFLINE_GRACE_MS + 10);
    expect(sent).toEqual([]);
  });

  test('composer disabled after being enabled: sent after the settle time; a blink is not', async () => {
    const root = mountPage('page');
    const box = document.querySelector('textarea')!;
    const w = watcher(true);
    w.check(root);
    box.disabled = true;
    w.check(root);
    box.disabled = false;
    w.check(root);
    await vi.advanceTimersByTimeAsync(STATE_SETTLE_MS + 10);
    expect(sent).toEqual([]);
    box.disabled = true;
    w.check(root);
    await vi.advanceTimersByTimeAsync(STATE_SETTLE_MS + 10);
    expect(sent).toMatchObject([{ kind: 'composer-disabled' }]);
  });

  test('an end prompt already shown when the conversation appears (a reload of an ended chat) is history', async () => {
    const root = mountPage('page');
    const csat = document.createElement('div');
    csat.className = 'csat--wrap';
    csat.textContent = 'Rate your conversation';
    document.querySelector('.woot-widget-wrap')!.append(csat);
    const w = watcher(true);
    w.check(root);
    await vi.advanceTimersByTimeAsync(STATE_SETTLE_MS + 10);
    expect(sent).toEqual([]);
  });

  test('an end prompt right after the person clicked "End chat" is customer-ended', async () => {
    const root = mountPage('page');
    const w = watcher(true);
    w.check(root);
    const end = document.createElement('button');
    end.textContent = 'End chat';
    document.querySelector('.woot-widget-wrap')!.append(end);
    end.click();
    const csat = document.createElement('div');
    csat.className = 'csat--wrap';
    csat.textContent = 'Rate your conversation';
    document.querySelector('.woot-widget-wrap')!.append(csat);
    w.check(root);
    await vi.advanceTimersByTimeAsync(STATE_SETTLE_MS + 10);
    expect(sent).toMatchObject([
      { kind: 'customer-ended', evidence: expect.stringContaining('clicked "End chat"') },
    ]);
  });
});

describe('stall', () => {
  test('the customer wrote last: stalled after stallMinutes, once; an agent reply resets it', async () => {
    const w = watcher(false);
    w.configure({ stallMinutes: 2 });
    store(w, msg('customer', 'hello?'));
    await vi.advanceTimersByTimeAsync(60_000);
    store(w, msg('agent', 'Here, sorry.'));
    await vi.advanceTimersByTimeAsync(120_000);
    expect(sent).toEqual([]);
    store(w, msg('customer', 'So, the refund?'));
    store(w, msg('customer', 'Anyone?'));
    await vi.advanceTimersByTimeAsync(120_000 + 10);
    expect(sent).toMatchObject([{ kind: 'stalled', evidence: expect.stringContaining('So, the refund?') }]);
    await vi.advanceTimersByTimeAsync(600_000);
    expect(sent).toHaveLength(1);
  });
});
