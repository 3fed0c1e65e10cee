import { beforeEach, describe, expect, test } from 'vitest';
import { detect } from '../../lib/recorder/detect';
import { readAll } from '../../lib/vendors/define';
import hubspot from '../../lib/vendors/hubspot';
import { chatLines, plainPage, playFixture, setUrl } from './cross-origin-fixture';

const FRAME_URL =
  'http://app.hubspot.com/conversations-visitor/4471290/threads/utk/fx0d2f9c?uuid=x&inline=false';

beforeEach(() => {
  setUrl(FRAME_URL);
  document.body.innerHTML = '';
});

const root = () => {
  const r = hubspot.findRoot(document);
  if (!r) throw new Error('no root');
  return r;
};

describe('hubspot adapter (fixture markup, vendors.md §3.9; message test ids assumed)', () => {
  test('reads the whole standard chat: roles, grouped authors, no chrome', () => {
    playFixture('hubspot');
    expect(readAll(hubspot, root())).toEqual(
      chatLines().map((l) => ({ ...l, id: null, shownAt: l.role === 'system' ? null : '10:42 AM' })),
    );
  });

  test('a re-render of the list reads the same lines', () => {
    const { F, env } = playFixture('hubspot');
    const before = readAll(hubspot, root());
    const lines = chatLines();
    env.list.replaceChildren(...lines.map((m, i) => F.render(m, lines[i - 1] ?? null)));
    expect(readAll(hubspot, root())).toEqual(before);
  });

  test.each([
    ['"Seen" status', '[data-test-id="message-status"]', 'Seen'],
    ['timestamp', '[data-test-id="message-timestamp"]', '10:42 AM'],
    ['sender name', '[data-test-id="message-sender-name"]', 'Priya'],
    ['typing indicator', '[data-test-id="typing-indicator"]', 'Priya is typing'],
  ])('the fixture shows a %s, and it is not read as text', (_what, sel, chrome) => {
    playFixture('hubspot');
    expect(root().querySelector(sel)?.textContent).toBe(chrome);
    expect(readAll(hubspot, root()).map((m) => m.text)).toEqual(chatLines().map((l) => l.text));
  });

  test('a visible typing indicator is still no message', () => {
    playFixture('hubspot');
    root().querySelector('[data-test-id="typing-indicator"]')?.removeAttribute('hidden');
    expect(readAll(hubspot, root())).toHaveLength(chatLines().length);
  });

  test('bot rows are bot lines with the bot name', () => {
    playFixture('hubspot', 'widget.html', [
      { role: 'bot', author: 'Acme Bot', text: 'What can I help you with?' },
      { role: 'customer', author: null, text: 'Billing' },
    ]);
    expect(readAll(hubspot, root()).map((m) => [m.role, m.author, m.text])).toEqual([
      ['bot', 'Acme Bot', 'What can I help you with?'],
      ['customer', null, 'Billing'],
    ]);
  });

  test('the host page holds no conversation root', () => {
    setUrl('http://shop.example.test/');
    document.body.innerHTML = '<div id="hubspot-messages-iframe-container" class="widget-align-right"></div>';
    expect(hubspot.findRoot(document)).toBeNull();
  });
});

describe('hubspot readState', () => {
  test.each([
    ['chatting', (_d: Document) => {}, { composerEnabled: true, endPrompt: false, offlineBanner: null }],
    [
      'closed thread: read-only composer and a new-conversation button',
      (d: Document) => {
        d.querySelector('[data-test-id="widget-textarea"]')?.setAttribute('contenteditable', 'false');
        d.querySelector('.widget')?.insertAdjacentHTML(
          'beforeend',
          '<button data-test-id="start-new-conversation-button">New conversation</button>',
        );
      },
      { composerEnabled: false, endPrompt: true, offlineBanner: null },
    ],
    [
      'connection banner',
      (d: Document) => {
        d.querySelector('.widget')?.insertAdjacentHTML(
          'afterbegin',
          '<div role="alert">Trying to reconnect…</div>',
        );
      },
      { composerEnabled: true, endPrompt: false, offlineBanner: 'Trying to reconnect…' },
    ],
  ])('%s', (_name, change, state) => {
    playFixture('hubspot');
    change(document);
    expect(hubspot.readState(document, root())).toEqual(state);
  });

  test('the composer is the documented contenteditable (§3.9)', () => {
    playFixture('hubspot');
    expect(hubspot.findComposer(document)?.getAttribute('data-test-id')).toBe('widget-textarea');
  });
});

describe('hubspot detection', () => {
  test.each([
    ['the chat frame on its host', FRAME_URL, '', 'hubspot'],
    ['the EU frame host', 'http://app-eu1.hubspot.com/conversations-visitor/1/threads/utk/x', '', 'hubspot'],
    [
      'the host page',
      'http://shop.example.test/',
      '<div id="hubspot-messages-iframe-container"></div>',
      'hubspot',
    ],
    [
      'an inline embed',
      'http://shop.example.test/',
      '<div id="hubspot-conversations-inline-parent"></div>',
      'hubspot',
    ],
    ['a plain page', 'http://shop.example.test/', null, null],
  ])('%s', (_name, url, body, vendor) => {
    setUrl(url);
    if (body === null) plainPage();
    else document.body.innerHTML = body;
    expect(detect(document, new URL(url).hostname)?.vendor ?? null).toBe(vendor);
  });
});
