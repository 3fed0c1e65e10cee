import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ContentMessage } from '../../lib/messaging';
import type { CapturedMessage } from '../../lib/model';
import { detect } from '../../lib/recorder/detect';
import { startRecorder } from '../../lib/recorder/recorder';
import { readAll } from '../../lib/vendors/define';
import miaw from '../../lib/vendors/salesforce-miaw';
import { chatLines, type Line, plainPage, playFixture, setUrl } from './cross-origin-fixture';

const FRAME_URL =
  'http://acme.my.site.com/ESWAcmeMessaging1700000000000/assets/htdocs/index.html?lwc.mode=prod';

beforeEach(() => {
  setUrl(FRAME_URL);
  document.body.innerHTML = '';
});

const root = () => {
  const r = miaw.findRoot(document);
  if (!r) throw new Error('no root');
  return r;
};

describe('salesforce-miaw adapter (fixture markup, vendors.md §3.8: nested open shadow roots)', () => {
  test('the root is found inside cwc-layout inside the broker (two open shadow roots deep)', () => {
    playFixture('salesforce-miaw');
    const r = root();
    const layoutRoot = r.getRootNode() as ShadowRoot;
    expect(layoutRoot.host.tagName.toLowerCase()).toBe('cwc-layout');
    expect((layoutRoot.host.getRootNode() as ShadowRoot).host.tagName.toLowerCase()).toBe(
      'runtime_copilot-cwc-broker',
    );
    expect(document.querySelector('.cwc-conversation-body')).toBeNull(); // not reachable without the shadow search
  });

  test('reads the whole standard chat: roles, grouped authors, no chrome', () => {
    playFixture('salesforce-miaw');
    // the "Just now" time sits in the sender line, shown on the first entry of a run
    const lines = chatLines();
    const first = (i: number) =>
      lines[i - 1]?.role !== lines[i]!.role || lines[i - 1]?.author !== lines[i]!.author;
    expect(readAll(miaw, root())).toEqual(
      lines.map((l, i) => ({ ...l, id: null, shownAt: l.role === 'agent' && first(i) ? 'Just now' : null })),
    );
  });

  test('a re-render of the list reads the same lines', () => {
    const { F, env } = playFixture('salesforce-miaw');
    const before = readAll(miaw, root());
    const lines = chatLines();
    env.list.replaceChildren(...lines.map((m, i) => F.render(m, lines[i - 1] ?? null)));
    expect(readAll(miaw, root())).toEqual(before);
  });

  test.each([
    ['sender line', '.cwc-message-sender-line', 'Priya • Just now'],
    ['"Sent" receipt', '.cwc-message-status', 'Sent'],
  ])('the fixture shows a %s, and it is not read as text', (_what, sel, chrome) => {
    playFixture('salesforce-miaw');
    expect(root().querySelector(sel)?.textContent).toBe(chrome);
    expect(readAll(miaw, root()).map((m) => m.text)).toEqual(chatLines().map((l) => l.text));
  });

  test('chatbot entries are bot lines; "left the conversation" is a system line and an end line', () => {
    playFixture('salesforce-miaw', 'widget.html', [
      { role: 'bot', author: 'Acme Assistant', text: 'Hi! I can help with billing.' },
      { role: 'system', author: null, text: 'Priya left the conversation' },
    ]);
    const got = readAll(miaw, root());
    expect(got.map((m) => [m.role, m.author, m.text])).toEqual([
      ['bot', 'Acme Assistant', 'Hi! I can help with billing.'],
      ['system', null, 'Priya left the conversation'],
    ]);
    expect(miaw.endLines.some((l) => typeof l === 'string' && got[1]!.text.toLowerCase().includes(l))).toBe(
      true,
    );
  });

  test('minimised (FAB only) there is no root; the host page has none either', () => {
    const { F, env } = playFixture('salesforce-miaw');
    F.unmount?.(env);
    expect(miaw.findRoot(document)).toBeNull();
    setUrl('http://shop.example.test/');
    document.body.innerHTML = '<div class="embedded-messaging"></div>';
    expect(miaw.findRoot(document)).toBeNull();
  });
});

describe('salesforce-miaw readState (inside the shadow roots)', () => {
  const layout = () => root().getRootNode() as ShadowRoot;
  test.each([
    ['chatting', (_s: ShadowRoot) => {}, { composerEnabled: true, endPrompt: false, offlineBanner: null }],
    [
      'closed: composer disabled, new-conversation button',
      (s: ShadowRoot) => {
        s.querySelector('textarea')?.setAttribute('disabled', '');
        s.querySelector('.cwc-footer')?.insertAdjacentHTML(
          'beforeend',
          '<button title="Start new conversation">New chat</button>',
        );
      },
      { composerEnabled: false, endPrompt: true, offlineBanner: null },
    ],
    [
      'network alert',
      (s: ShadowRoot) => {
        const alert = document.createElement('div');
        alert.setAttribute('role', 'alert');
        alert.textContent = 'Reconnecting…';
        s.prepend(alert); // (happy-dom hangs on insertAdjacentHTML next to a shadow root's child)
      },
      { composerEnabled: true, endPrompt: false, offlineBanner: 'Reconnecting…' },
    ],
  ])('%s', (_name, change, state) => {
    playFixture('salesforce-miaw');
    change(layout());
    expect(miaw.readState(document, root())).toEqual(state);
    expect(miaw.findComposer(document)?.getAttribute('placeholder')).toBe('Type your message...');
  });
});

describe('salesforce-miaw detection', () => {
  test.each([
    ['the chat frame on the org ESW site', FRAME_URL, '', 'salesforce-miaw'],
    [
      'an ESW site on my.salesforce-sites.com',
      'http://acme.my.salesforce-sites.com/ESW/x',
      '',
      'salesforce-miaw',
    ],
    [
      'the host page',
      'http://shop.example.test/',
      '<div class="embedded-messaging"></div>',
      'salesforce-miaw',
    ],
    ['a plain page', 'http://shop.example.test/', null, null],
  ])('%s', (_name, url, body, vendor) => {
    setUrl(url);
    if (body === null) plainPage();
    else document.body.innerHTML = body;
    expect(detect(document, new URL(url).hostname)?.vendor ?? null).toBe(vendor);
  });
});

// The recorder must see lines that appear inside shadow roots (mutations there never reach the document's
// observer): the root's own shadow root, the outer ones a re-render replaces, and a conversation that only
// renders into shadow DOM after the recorder started (MIAW opens from its FAB).
describe('recorder in the MIAW frame (open shadow roots)', () => {
  let ac: AbortController;
  let stored: CapturedMessage[];
  const tick = () => new Promise((r) => setTimeout(r, 40));
  const start = () => {
    stored = [];
    ac = new AbortController();
    const rec = startRecorder({
      doc: document,
      host: 'acme.my.site.com',
      vendorHint: 'salesforce-miaw',
      send: async (m: ContentMessage) => {
        if (m.type === 'captureMessages') stored.push(...m.messages);
        return m.type === 'resumeCapture' ? { keys: [], paused: false } : { ok: true };
      },
      now: () => 0,
      signal: ac.signal,
      batchMs: 5,
    });
    return rec;
  };
  const texts = () => stored.map((m) => m.text);
  afterEach(() => ac.abort());

  test('lines appended inside the root’s shadow root are captured', async () => {
    const lines = chatLines();
    const { F, env } = playFixture('salesforce-miaw', 'widget.html', lines.slice(0, 2));
    await start().ready;
    await tick();
    expect(texts()).toEqual(lines.slice(0, 2).map((l) => l.text));
    env.list.append(F.render(lines[2]!, lines[1]!));
    await tick();
    expect(texts()).toEqual(lines.slice(0, 3).map((l) => l.text));
  });

  test('after minimise/reopen (cwc-layout rebuilt in the broker’s shadow root) new lines are captured', async () => {
    const lines = chatLines();
    const { F, env } = playFixture('salesforce-miaw', 'widget.html', lines.slice(0, 2));
    await start().ready;
    await tick();
    F.unmount?.(env); // FAB replaces cwc-layout inside the broker's shadow root
    await tick();
    const reopened = F.mount(document); // a new cwc-layout, with the history shown again
    let prev: Line | null = null;
    for (const m of lines.slice(0, 3)) {
      reopened.list.append(F.render(m, prev));
      prev = m;
    }
    await tick();
    expect(texts()).toEqual(lines.slice(0, 3).map((l) => l.text));
  });

  test('a conversation rendered into shadow DOM after the recorder started is captured', async () => {
    const lines = chatLines();
    const { F, env } = playFixture('salesforce-miaw', 'widget.html', []);
    F.unmount?.(env); // the frame starts minimised: only the FAB in the broker's shadow root
    await start().ready;
    await tick();
    const opened = F.mount(document); // the visitor opens the chat: all of it inside shadow roots
    opened.list.append(F.render(lines[0]!, null));
    await tick();
    expect(texts()).toEqual([lines[0]!.text]);
  });
});
