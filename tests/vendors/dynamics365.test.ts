import { beforeEach, describe, expect, test } from 'vitest';
import { detect } from '../../lib/recorder/detect';
import { readAll } from '../../lib/vendors/define';
import dynamics365 from '../../lib/vendors/dynamics365';
import { chatLines, plainPage, playFixture, setUrl } from './cross-origin-fixture';

const FRAME_URL = 'http://oc-cdn-ocprod.azureedge.net/livechatwidget/v2scripts/webchat.html?appId=x';

beforeEach(() => {
  setUrl(FRAME_URL);
  document.body.innerHTML = '';
});

const root = () => {
  const r = dynamics365.findRoot(document);
  if (!r) throw new Error('no root');
  return r;
};

describe('dynamics365 adapter (fixture markup, vendors.md §3.23 + observed automation selectors)', () => {
  test('reads the whole standard chat: roles, grouped authors, no chrome', () => {
    playFixture('dynamics365');
    expect(readAll(dynamics365, root())).toEqual(chatLines().map((l) => ({ ...l, id: null, shownAt: null })));
  });

  test('a re-render of the list reads the same lines', () => {
    const { F, env } = playFixture('dynamics365');
    const before = readAll(dynamics365, root());
    const lines = chatLines();
    env.list.replaceChildren(...lines.map((m, i) => F.render(m, lines[i - 1] ?? null)));
    expect(readAll(dynamics365, root())).toEqual(before);
  });

  test.each([
    [
      'screen-reader summary',
      '.webchat__screen-reader-only',
      "Priya said: Hi, I'm Priya from Acme support. How can I help you today?, 10:42 AM",
    ],
    ['avatar initials', '.webchat__initialsAvatar', 'PR'],
    ['sender name in the status row', '.oclcw-web-chat-activityStatus-name', 'Priya'],
    [
      '"Sent" status',
      '.ms_lcw_webchat_sent_message .oclcw-web-chat-activityStatus-timestampContent span',
      'Sent',
    ],
  ])('the fixture shows a %s, and it is not read as text', (_what, sel, chrome) => {
    playFixture('dynamics365');
    expect(root().querySelector(sel)?.textContent).toBe(chrome);
    expect(readAll(dynamics365, root()).map((m) => m.text)).toEqual(chatLines().map((l) => l.text));
  });

  test('the disconnect system line (§3.23 string) is a system line and an end line', () => {
    const text =
      'Your conversation has been disconnected. For additional assistance, please start a new chat.';
    playFixture('dynamics365', 'widget.html', [{ role: 'system', author: null, text }]);
    const [m] = readAll(dynamics365, root());
    expect(m).toEqual({ id: null, role: 'system', author: null, text, shownAt: null });
    expect(dynamics365.endLines.some((l) => typeof l === 'string' && text.toLowerCase().includes(l))).toBe(
      true,
    );
  });

  test('an activity without a bubble yet (typing, upload in progress) is skipped', () => {
    playFixture('dynamics365', 'widget.html', []);
    root()
      .querySelector('ul')
      ?.insertAdjacentHTML(
        'beforeend',
        '<li class="webchat__basic-transcript__activity"><div class="webchat__typingIndicator"></div></li>',
      );
    expect(readAll(dynamics365, root())).toEqual([]);
  });

  test('the host page holds no conversation root', () => {
    setUrl('http://shop.example.test/');
    document.body.innerHTML = '<script id="Microsoft_Omnichannel_LCWidget" type="text/plain"></script>';
    expect(dynamics365.findRoot(document)).toBeNull();
  });
});

describe('dynamics365 readState', () => {
  test.each([
    ['chatting', (_d: Document) => {}, { composerEnabled: true, endPrompt: false, offlineBanner: null }],
    [
      'ended: disabled send box and "Start new conversation"',
      (d: Document) => {
        d.querySelector('textarea')?.setAttribute('disabled', '');
        d.querySelector('#oc-lcw-container')?.insertAdjacentHTML(
          'beforeend',
          '<button aria-label="Start new conversation">Start new</button>',
        );
      },
      { composerEnabled: false, endPrompt: true, offlineBanner: null },
    ],
    [
      'WebChat toast',
      (d: Document) => {
        d.querySelector('#web-chat-root-div')?.insertAdjacentHTML(
          'afterbegin',
          '<div class="webchat__toaster"><div class="webchat__toast">Unable to connect—please check your internet connection.</div></div>',
        );
      },
      {
        composerEnabled: true,
        endPrompt: false,
        offlineBanner: 'Unable to connect—please check your internet connection.',
      },
    ],
  ])('%s', (_name, change, state) => {
    playFixture('dynamics365');
    change(document);
    expect(dynamics365.readState(document, root())).toEqual(state);
  });

  test('the composer is the documented send box (§3.23)', () => {
    playFixture('dynamics365');
    expect(dynamics365.findComposer(document)?.getAttribute('data-id')).toBe('webchat-sendbox-input');
  });
});

describe('dynamics365 detection', () => {
  test.each([
    ['the chat frame on the assumed CDN host', FRAME_URL, '', 'dynamics365'],
    [
      'the chat frame on another host, by its container',
      'http://chat.contoso.example/',
      '<div id="MSLiveChatWidget"></div>',
      'dynamics365',
    ],
    [
      'the host page',
      'http://shop.example.test/',
      '<script id="Microsoft_Omnichannel_LCWidget" type="text/plain"></script>',
      'dynamics365',
    ],
    ['a plain page', 'http://shop.example.test/', null, null],
  ])('%s', (_name, url, body, vendor) => {
    setUrl(url);
    if (body === null) plainPage();
    else document.body.innerHTML = body;
    expect(detect(document, new URL(url).hostname)?.vendor ?? null).toBe(vendor);
  });
});
