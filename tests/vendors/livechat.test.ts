import { beforeEach, describe, expect, test } from 'vitest';
import { detect } from '../../lib/recorder/detect';
import { readAll } from '../../lib/vendors/define';
import livechat from '../../lib/vendors/livechat';
import { chatLines, plainPage, playFixture, setUrl } from './cross-origin-fixture';

const FRAME_URL =
  'http://secure.livechatinc.com/customer/action/open_chat?license_id=12345678&group=0&embedded=1';

beforeEach(() => {
  setUrl(FRAME_URL);
  document.body.innerHTML = '';
});

const root = () => {
  const r = livechat.findRoot(document);
  if (!r) throw new Error('no root');
  return r;
};

describe('livechat adapter (fixture markup, vendors.md §3.5)', () => {
  test('reads the whole standard chat: roles, grouped authors, no chrome', () => {
    playFixture('livechat');
    expect(readAll(livechat, root())).toEqual(
      chatLines().map((l) =>
        expect.objectContaining({ ...l, id: null, shownAt: l.role === 'system' ? null : '10:42' }),
      ),
    );
  });

  test('a re-render of the list reads the same lines', () => {
    const { F, env } = playFixture('livechat');
    const before = readAll(livechat, root());
    let prev: (typeof before)[number] | null = null;
    env.list.replaceChildren(
      ...chatLines().map((m) => {
        const n = F.render(m, prev);
        prev = { ...m, id: null, shownAt: null };
        return n;
      }),
    );
    expect(readAll(livechat, root())).toEqual(before);
  });

  test.each([
    ['receipt', '[data-testid="message-status"]', 'Read'],
    ['time label', 'time', '10:42'],
    ['author header', '[data-testid="author-name"]', 'Priya'],
  ])('the fixture shows a %s, and it is not read as text', (_what, sel, chrome) => {
    playFixture('livechat');
    expect(root().querySelector(sel)?.textContent).toBe(chrome);
    expect(readAll(livechat, root()).map((m) => m.text)).toEqual(chatLines().map((l) => l.text));
  });

  test('the message list is found through its live region on LiveChat hosts only', () => {
    const html =
      '<div id="root"><div role="log" aria-live="polite"><div data-testid="message" data-author-type="agent">' +
      '<span data-testid="author-name">Ana</span><div>Hello</div></div></div><textarea></textarea></div>';
    document.body.innerHTML = html;
    expect(readAll(livechat, root())).toEqual([
      { id: null, role: 'agent', author: 'Ana', text: 'Hello', shownAt: null },
    ]);
    setUrl('http://chat.example.org/app');
    document.body.innerHTML = html;
    expect(livechat.findRoot(document)).toBeNull();
  });

  test('the host page holds no conversation root', () => {
    setUrl('http://shop.example.test/');
    // (the iframe itself is left out: happy-dom does not load frames)
    document.body.innerHTML = '<div id="chat-widget-container"><div class="lc-placeholder"></div></div>';
    expect(livechat.findRoot(document)).toBeNull();
  });
});

describe('livechat readState', () => {
  test('composer enabled while chatting, no end prompt, no banner', () => {
    playFixture('livechat');
    expect(livechat.readState(document, root())).toEqual({
      composerEnabled: true,
      endPrompt: false,
      offlineBanner: null,
    });
    expect(livechat.findComposer(document)?.tagName).toBe('TEXTAREA');
  });

  test.each([
    [
      'closed chat: composer disabled, new-chat prompt',
      (d: Document) => {
        d.querySelector('textarea')?.setAttribute('disabled', '');
        d.querySelector('[role="main"]')?.insertAdjacentHTML(
          'beforeend',
          '<button data-testid="start-new-chat">Start a new chat</button>',
        );
      },
      { composerEnabled: false, endPrompt: true, offlineBanner: null },
    ],
    [
      'reconnecting banner',
      (d: Document) => {
        d.querySelector('[role="main"]')?.insertAdjacentHTML(
          'afterbegin',
          '<div role="alert">Reconnecting…</div>',
        );
      },
      { composerEnabled: true, endPrompt: false, offlineBanner: 'Reconnecting…' },
    ],
    [
      'hidden rating prompt does not count',
      (d: Document) => {
        d.querySelector('[role="main"]')?.insertAdjacentHTML(
          'beforeend',
          '<div data-testid="chat-rating" hidden>Rate this chat</div>',
        );
      },
      { composerEnabled: true, endPrompt: false, offlineBanner: null },
    ],
  ])('%s', (_name, change, state) => {
    playFixture('livechat');
    change(document);
    expect(livechat.readState(document, root())).toEqual(state);
  });

  test('end lines match the assumed closing system lines', () => {
    const hit = (s: string) =>
      livechat.endLines.some((l) => (typeof l === 'string' ? s.toLowerCase().includes(l) : l.test(s)));
    expect(hit('Priya closed the chat.')).toBe(true);
    expect(hit('Priya transferred the chat to Marco')).toBe(false);
  });
});

describe('livechat detection', () => {
  test.each([
    ['the chat frame on its host', FRAME_URL, '', 'livechat'],
    [
      'the regional frame host',
      'http://secure-fra.livechatinc.com/customer/action/open_chat',
      '',
      'livechat',
    ],
    ['the host page', 'http://shop.example.test/', '<div id="chat-widget-container"></div>', 'livechat'],
    ['a plain page', 'http://shop.example.test/', null, null],
  ])('%s', (_name, url, body, vendor) => {
    setUrl(url);
    if (body === null) plainPage();
    else document.body.innerHTML = body;
    expect(detect(document, new URL(url).hostname)?.vendor ?? null).toBe(vendor);
  });
});
