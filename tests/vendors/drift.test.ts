import { beforeEach, describe, expect, test } from 'vitest';
import { detect } from '../../lib/recorder/detect';
import { readAll } from '../../lib/vendors/define';
import drift from '../../lib/vendors/drift';
import { chatLines, plainPage, playFixture, setUrl } from './cross-origin-fixture';

const CHAT_URL = 'http://js.driftt.com/core/chat?region=US&driftEnableLog=false';

beforeEach(() => {
  setUrl(CHAT_URL);
  document.body.innerHTML = '';
});

const root = () => {
  const r = drift.findRoot(document);
  if (!r) throw new Error('no root');
  return r;
};

describe('drift adapter (fixture markup, vendors.md §3.6 + observed class names)', () => {
  test('reads the whole standard chat: roles, grouped authors, no chrome', () => {
    playFixture('drift');
    expect(readAll(drift, root())).toEqual(chatLines().map((l) => ({ ...l, id: null, shownAt: null })));
  });

  test('a re-render of the list reads the same lines', () => {
    const { F, env } = playFixture('drift');
    const before = readAll(drift, root());
    const lines = chatLines();
    env.list.replaceChildren(...lines.map((m, i) => F.render(m, lines[i - 1] ?? null)));
    expect(readAll(drift, root())).toEqual(before);
  });

  test.each([
    ['day/time label', '.drift-widget-message-timestamp', 'Today 10:42 AM'],
    ['read status', '.drift-widget-message-status', 'Read'],
    ['author header', '.drift-widget-message-author', 'Priya'],
  ])('the fixture shows a %s, and it is not read as text', (_what, sel, chrome) => {
    playFixture('drift');
    expect(root().querySelector(sel)?.textContent).toBe(chrome);
    expect(readAll(drift, root()).map((m) => m.text)).toEqual(chatLines().map((l) => l.text));
  });

  test('bot bubbles (observed --from-bot) are bot lines with the bot name', () => {
    playFixture('drift', 'widget.html', [
      { role: 'bot', author: 'Acme Bot', text: 'Hey there! What brings you here today?' },
      { role: 'bot', author: 'Acme Bot', text: 'Pick one of the options below.' },
      { role: 'customer', author: null, text: 'Billing' },
    ]);
    expect(readAll(drift, root()).map(({ role, author, text }) => ({ role, author, text }))).toEqual([
      { role: 'bot', author: 'Acme Bot', text: 'Hey there! What brings you here today?' },
      { role: 'bot', author: 'Acme Bot', text: 'Pick one of the options below.' },
      { role: 'customer', author: null, text: 'Billing' },
    ]);
  });

  test('the launcher frame and the host page hold no conversation root', () => {
    setUrl('http://js.driftt.com/core?d=1&embedId=fx8k2m4n7p1q');
    document.body.innerHTML =
      '<div id="root"><main class="drift-widget-controller-layout"><button class="drift-widget-controller">Chat</button></main></div>';
    expect(drift.findRoot(document)).toBeNull();
    setUrl('http://shop.example.test/');
    document.body.innerHTML = '<div id="drift-widget-container"></div>';
    expect(drift.findRoot(document)).toBeNull();
  });
});

describe('drift readState', () => {
  test.each([
    ['chatting', (_d: Document) => {}, { composerEnabled: true, endPrompt: false, offlineBanner: null }],
    [
      'closed conversation: the history loses its composer (observed --no-composer)',
      (d: Document) => {
        d.querySelector('.drift-widget-message-history')?.classList.add(
          'drift-widget-message-history--no-composer',
        );
        d.querySelector('.drift-widget-chat-bottom')?.remove();
      },
      { composerEnabled: null, endPrompt: true, offlineBanner: null },
    ],
    [
      'connection alert',
      (d: Document) => {
        d.querySelector('main')?.insertAdjacentHTML('afterbegin', '<div role="alert">Reconnecting...</div>');
      },
      { composerEnabled: true, endPrompt: false, offlineBanner: 'Reconnecting...' },
    ],
  ])('%s', (_name, change, state) => {
    playFixture('drift');
    change(document);
    expect(drift.readState(document, root())).toEqual(state);
  });

  test('the composer is the observed textarea', () => {
    playFixture('drift');
    expect(drift.findComposer(document)?.id).toBe('drift-widget-composer-input');
  });
});

describe('drift detection', () => {
  test.each([
    ['the chat frame on its host', CHAT_URL, '', 'drift'],
    ['the launcher frame on its host', 'http://js.driftt.com/core?d=1&embedId=x', '', 'drift'],
    ['the host page', 'http://shop.example.test/', '<div id="drift-widget-container"></div>', 'drift'],
    ['a plain page', 'http://shop.example.test/', null, null],
  ])('%s', (_name, url, body, vendor) => {
    setUrl(url);
    if (body === null) plainPage();
    else document.body.innerHTML = body;
    expect(detect(document, new URL(url).hostname)?.vendor ?? null).toBe(vendor);
  });
});
