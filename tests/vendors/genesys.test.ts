import { beforeEach, describe, expect, test } from 'vitest';
import { detect } from '../../lib/recorder/detect';
import { readAll } from '../../lib/vendors/define';
import genesys from '../../lib/vendors/genesys';
import { chatLines, plainPage, playFixture, setUrl } from './cross-origin-fixture';

const FRAME_URL = 'http://apps.mypurecloud.com/messenger/messenger.html?deploymentId=x&env=prod';

beforeEach(() => {
  setUrl(FRAME_URL);
  document.body.innerHTML = '';
});

const root = () => {
  const r = genesys.findRoot(document);
  if (!r) throw new Error('no root');
  return r;
};

describe('genesys adapter (fixture markup, vendors.md §3.16 + observed labels)', () => {
  test('reads the whole standard chat; the conversation starter is no message', () => {
    playFixture('genesys', 'messenger.html');
    expect(root().querySelector('.mxg-system')?.textContent).toMatch(
      /^This is the beginning of your conversation/,
    );
    expect(readAll(genesys, root())).toEqual(chatLines().map((l) => ({ ...l, id: null, shownAt: null })));
  });

  test('a re-render of the list reads the same lines', () => {
    const { F, env } = playFixture('genesys', 'messenger.html');
    const before = readAll(genesys, root());
    const lines = chatLines();
    env.list.replaceChildren(...lines.map((m, i) => F.render(m, lines[i - 1] ?? null)));
    expect(readAll(genesys, root())).toEqual(before);
  });

  test.each([
    ['screen-reader label', '.cx-messenger-screen-reader', 'Priya said'],
    ['"Name · time" caption', '.mxg-caption', 'Priya · 10:42 AM'],
    ['"Sent" status', '.mxg-message-status', 'Sent'],
    ['date divider', '.mxg-date-divider', 'Today'],
  ])('the fixture shows a %s, and it is not read as text', (_what, sel, chrome) => {
    playFixture('genesys', 'messenger.html');
    expect(root().querySelector(sel)?.textContent).toBe(chrome);
    expect(readAll(genesys, root()).map((m) => m.text)).toEqual(chatLines().map((l) => l.text));
  });

  test.each([
    ['direction class', '<div class="mxg-message mxg-message-inbound"><p>hi</p></div>', 'customer', null],
    [
      'English label only ("You said")',
      '<div class="mxg-message"><div class="aria-name cx-messenger-screen-reader" aria-label="You said">You said</div><p>hi</p></div>',
      'customer',
      null,
    ],
    [
      'English label only ("<Name> said")',
      '<div class="mxg-message"><div class="aria-name cx-messenger-screen-reader" aria-label="Robot Friend said"></div><p>hi</p></div>',
      'agent',
      'Robot Friend',
    ],
    [
      'ended block (role=status), date left out',
      '<div class="mxg-disconnect-message" role="status"><p>Your conversation has ended</p><time>March 4, 2025 10:50 AM</time></div>',
      'system',
      null,
    ],
  ])('%s', (_name, html, role, author) => {
    playFixture('genesys', 'messenger.html', []);
    root().querySelector('.mxg-messages')?.insertAdjacentHTML('beforeend', html);
    const [m] = readAll(genesys, root());
    expect([m?.role, m?.author]).toEqual([role, author]);
    expect(m?.text).toMatch(/^(hi|Your conversation has ended)$/);
  });

  test('the renderer frame and the host page hold no conversation root', () => {
    setUrl('http://apps.mypurecloud.com/messenger/messenger-renderer.html');
    document.body.innerHTML = '<div id="root"></div>';
    expect(genesys.findRoot(document)).toBeNull();
    setUrl('http://shop.example.test/');
    document.body.innerHTML = '<div class="genesys-mxg-frame-placeholder"></div>';
    expect(genesys.findRoot(document)).toBeNull();
  });
});

describe('genesys readState', () => {
  test.each([
    ['chatting', (_d: Document) => {}, { composerEnabled: true, endPrompt: false, offlineBanner: null }],
    [
      'read-only ended conversation: "Start new" replaces the input',
      (d: Document) => {
        d.querySelector('.mxg-input-area')!.innerHTML =
          '<button aria-label="Start new conversation">Start new</button>';
      },
      { composerEnabled: null, endPrompt: true, offlineBanner: null },
    ],
    [
      '"Reconnecting..." alert',
      (d: Document) => {
        d.querySelector('.cx-messenger-container')?.insertAdjacentHTML(
          'afterbegin',
          '<div role="alert">Reconnecting...</div>',
        );
      },
      { composerEnabled: true, endPrompt: false, offlineBanner: 'Reconnecting...' },
    ],
  ])('%s', (_name, change, state) => {
    playFixture('genesys', 'messenger.html');
    change(document);
    expect(genesys.readState(document, root())).toEqual(state);
  });

  test('end lines: the i18n disconnect text, not the starter', () => {
    const hit = (s: string) =>
      genesys.endLines.some((l) => (typeof l === 'string' ? s.toLowerCase().includes(l) : l.test(s)));
    expect(hit('Your conversation has ended')).toBe(true);
    expect(hit('This is the beginning of your conversation with us.')).toBe(false);
  });
});

describe('genesys detection', () => {
  // (srcdoc: happy-dom does not load frames, and logs an error for a src-less one)
  test.each([
    ['the messenger frame on its host', FRAME_URL, '', 'genesys'],
    ['an EU frame host', 'http://apps.mypurecloud.de/messenger/messenger.html', '', 'genesys'],
    [
      'the host page',
      'http://shop.example.test/',
      '<iframe id="genesys-mxg-frame" class="genesys-mxg-frame" srcdoc=""></iframe>',
      'genesys',
    ],
    ['a plain page', 'http://shop.example.test/', null, null],
  ])('%s', (_name, url, body, vendor) => {
    setUrl(url);
    if (body === null) plainPage();
    else document.body.innerHTML = body;
    expect(detect(document, new URL(url).hostname)?.vendor ?? null).toBe(vendor);
  });
});
