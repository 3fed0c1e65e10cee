import { afterEach, describe, expect, test, vi } from 'vitest';
import { detect } from '../../lib/recorder/detect';
import { readAll } from '../../lib/vendors/define';
import { CHAT_SCORE_MIN, chatScore, generic } from '../../lib/vendors/generic';
import { playFixture, runSite, standardLines } from './page-fixture';

const lines = (root: Element) =>
  readAll(generic, root).map(({ role, author, text }) => ({ role, author, text }));

function page(html: string, css = ''): void {
  document.head.innerHTML = `<style>.panel{position:fixed;right:0;bottom:0;width:320px}${css}</style>`;
  document.body.innerHTML = `<h1>Shop</h1><p>Welcome.</p>${html}`;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('generic: records', () => {
  test('the unknown vendor fixture (standard chat) exactly', () => {
    playFixture('generic');
    const root = generic.findRoot(document);
    expect(root?.getAttribute('role')).toBe('log');
    expect(lines(root!)).toEqual(standardLines());
  });

  test.each([
    {
      what: 'side words in classes, a date divider, a typing row, times and receipts',
      html:
        '<div class="panel chat-widget"><ul role="log" class="messages">' +
        '<li class="divider">Today</li>' +
        '<li class="msg msg--operator"><span class="msg-author">Dana</span><p>Hello, how can I help?</p><time>10:01</time></li>' +
        '<li class="msg msg--visitor"><p>My order is late.</p><span class="msg-receipt">Seen</span></li>' +
        '<li class="msg typing">Dana is typing…</li>' +
        '</ul><textarea placeholder="Type a message"></textarea></div>',
      want: [
        { role: 'agent', author: 'Dana', text: 'Hello, how can I help?' },
        { role: 'customer', author: null, text: 'My order is late.' },
      ],
    },
    {
      what: 'hashed classes: side from alignment, "says:" prefixes hidden by a 1px clipped class',
      css:
        '.r1{display:flex;justify-content:flex-start}.r2{display:flex;justify-content:flex-end}' +
        '.r3{display:flex;justify-content:center}.h9{position:absolute;width:1px;height:1px;overflow:hidden}',
      html:
        '<div class="panel x7f"><div role="log" aria-label="Conversation">' +
        '<div class="k2 r1"><div class="b4"><span class="h9">Sam says:</span><span>Hi there.</span></div></div>' +
        '<div class="k2 r2"><div class="b4"><span class="h9">You said:</span><span>Hello!</span></div></div>' +
        '<div class="k2 r3"><span>Sam left the chat</span></div>' +
        '</div><textarea aria-label="Message"></textarea></div>',
      want: [
        { role: 'agent', author: 'Sam', text: 'Hi there.' },
        { role: 'customer', author: null, text: 'Hello!' },
        { role: 'system', author: null, text: 'Sam left the chat' },
      ],
    },
    {
      what: 'hidden "said"/"wrote" prefixes run together with the text, no colon or space between',
      css:
        '.r1{display:flex;justify-content:flex-start}.r2{display:flex;justify-content:flex-end}' +
        '.h9{position:absolute;width:1px;height:1px;overflow:hidden}',
      html:
        '<div class="panel x7f"><div role="log" aria-label="Conversation">' +
        '<div class="k2 r1"><div class="b4"><span class="h9">Lea wrote</span><span>Noted.</span></div></div>' +
        '<div class="k2 r2"><div class="b4"><span class="h9">You said</span><span>Hi</span></div></div>' +
        '</div><textarea aria-label="Message"></textarea></div>',
      want: [
        { role: 'agent', author: 'Lea', text: 'Noted.' },
        { role: 'customer', author: null, text: 'Hi' },
      ],
    },
    {
      what: 'sr-only "Name says:" spans (Zendesk-style) and a bot',
      html:
        '<div class="panel" aria-label="Messaging window"><div role="log">' +
        '<div class="row"><span class="sr-only">Answer Bot says:</span><div class="bubble bot">Try restarting the router.</div></div>' +
        '<div class="row"><span class="sr-only">You said:</span><div class="bubble">Did that.</div></div>' +
        '</div><div contenteditable="true" role="textbox" aria-label="Type a message"></div></div>',
      want: [
        { role: 'bot', author: 'Answer Bot', text: 'Try restarting the router.' },
        { role: 'customer', author: null, text: 'Did that.' },
      ],
    },
    {
      what: 'an author shown once above a group of bubbles, and the same line sent twice',
      html:
        '<div class="panel chat"><div role="log">' +
        '<div class="group agent"><div class="sender-name">Priya</div><div class="bubble">First.</div><div class="bubble">Second.</div></div>' +
        '<div class="group me"><div class="bubble">ok</div><div class="bubble">ok</div></div>' +
        '<div class="msg agent"><div class="bubble">A new group, no name shown.</div></div>' +
        '</div><textarea placeholder="Write a message…"></textarea></div>',
      want: [
        { role: 'agent', author: 'Priya', text: 'First.' },
        { role: 'agent', author: 'Priya', text: 'Second.' },
        { role: 'customer', author: null, text: 'ok' },
        { role: 'customer', author: null, text: 'ok' },
        // a new group without a name: nobody is guessed
        { role: 'agent', author: null, text: 'A new group, no name shown.' },
      ],
    },
    {
      what: 'no ARIA at all: repeated rows in a fixed panel with a composer',
      html:
        '<div class="panel support-box"><div class="hdr">Support</div><div class="scroller">' +
        '<div class="line" data-from="agent"><b class="name">Ana</b> We are open until 6pm.</div>' +
        '<div class="line" data-from="agent">Anything else?</div>' +
        '<div class="line" data-from="user">Great, thanks</div>' +
        '</div><input type="text" placeholder="Type your message"></div>',
      want: [
        { role: 'agent', author: 'Ana', text: 'We are open until 6pm.' },
        { role: 'agent', author: 'Ana', text: 'Anything else?' },
        { role: 'customer', author: null, text: 'Great, thanks' },
      ],
    },
  ])('$what', ({ html, css, want }) => {
    page(html, css);
    const root = generic.findRoot(document);
    expect(root).not.toBeNull();
    expect(chatScore(root!)).toBeGreaterThanOrEqual(CHAT_SCORE_MIN);
    expect(lines(root!)).toEqual(want);
  });

  test('a long chat reads each look of author label once, not a computed style per line', () => {
    const rows = Array.from(
      { length: 60 },
      (_, i) => `<div class="msg agent"><span class="sender">Dana</span><p>Line ${i}</p></div>`,
    ).join('');
    page(`<div class="panel chat"><div role="log">${rows}</div><textarea></textarea></div>`);
    const gcs = vi.spyOn(window, 'getComputedStyle');
    const got = lines(generic.findRoot(document)!);
    expect(got).toHaveLength(60);
    expect(got.every((m) => m.author === 'Dana')).toBe(true);
    const labelReads = gcs.mock.calls.filter(([el]) => (el as Element).className === 'sender');
    expect(labelReads.length).toBeLessThanOrEqual(1);
  });

  test("a style sheet that arrives later (the widget's own CSS) is taken into account", () => {
    page(
      '<div class="panel chat"><div role="log"><div class="msg agent"><span class="name-x7">Dana</span>' +
        '<p>Hello.</p></div></div><textarea></textarea></div>',
    );
    const root = generic.findRoot(document)!;
    expect(lines(root)).toEqual([{ role: 'agent', author: 'Dana', text: 'Hello.' }]);
    // its CSS makes the label screen-reader-only (1px, clipped): no longer a name shown to the eye
    const css = document.createElement('style');
    css.textContent = '.name-x7{position:absolute;width:1px;height:1px;overflow:hidden}';
    document.head.append(css);
    expect(lines(root)).toEqual([{ role: 'agent', author: null, text: 'Hello.' }]);
  });

  test('a widget inside an open shadow root', () => {
    page('<chat-widget class="panel"></chat-widget>');
    const host = document.querySelector('chat-widget')!;
    const sr = host.attachShadow({ mode: 'open' });
    sr.innerHTML =
      '<section aria-label="Live chat"><div role="log"><div class="message operator"><p>Hi!</p></div>' +
      '<div class="message user"><p>Hello</p></div></div><textarea></textarea></section>';
    const root = generic.findRoot(document);
    expect(root?.getRootNode()).toBe(sr);
    expect(lines(root!)).toEqual([
      { role: 'agent', author: null, text: 'Hi!' },
      { role: 'customer', author: null, text: 'Hello' },
    ]);
  });

  test('composer and state come from the same widget', () => {
    playFixture('generic', []);
    const root = generic.findRoot(document);
    expect(generic.findComposer(document)?.matches('.pw-input')).toBe(true);
    expect(generic.readState(document, root)).toEqual({
      composerEnabled: true,
      endPrompt: false,
      offlineBanner: null,
    });
    (document.querySelector('.pw-input') as HTMLTextAreaElement).disabled = true;
    expect(generic.readState(document, root).composerEnabled).toBe(false);
  });
});

describe('generic: does not record', () => {
  test.each([
    [
      'news-ticker.html: a fixed aria-live ticker, a search box and a newsletter field',
      'sites/news-ticker.html',
    ],
    ['comments.html: a live comment feed with a comment textarea', 'sites/comments.html'],
  ])('%s (after several updates)', (_what, rel) => {
    vi.useFakeTimers();
    runSite(rel);
    vi.advanceTimersByTime(3000);
    expect(Number(document.documentElement.dataset.updates)).toBeGreaterThanOrEqual(5);
    // the always-on detector wants chat evidence (role="log" or chat words) beside a message box …
    expect(detect(document, 'news.example.test')).toBeNull();
    // … and the recorder finds no conversation here either
    expect(generic.findRoot(document)).toBeNull();
  });

  test.each([
    {
      what: 'search results count next to a search box',
      html: '<form role="search"><input type="text" name="q" placeholder="Search"></form><div aria-live="polite" class="results-count"><span>12 results</span><span>for “router”</span></div>',
    },
    {
      what: 'a cart status line next to a quantity box',
      html: '<div class="product"><input type="text" name="quantity" value="1"><button>Add to cart</button><div aria-live="polite" class="cart-status"><p>Added to cart</p><p>2 items</p></div></div>',
    },
    {
      what: 'a contact form with its own status line',
      html: '<form class="contact"><textarea name="message" placeholder="Your message"></textarea><button>Send</button><div role="status" aria-live="polite">Thanks, we will reply by e-mail.</div></form>',
    },
    {
      what: 'fixed toasts, with a feedback box elsewhere on the page',
      html: '<div class="toast-container panel" aria-live="assertive"><div class="toast">Saved</div><div class="toast">Copied</div></div><main><section><textarea name="feedback"></textarea></section></main>',
    },
    {
      what: 'a build log (role=log) with a filter box',
      html: '<div class="ci"><input type="text" placeholder="Filter lines"><pre role="log" class="build-output"><div>npm ci</div><div>added 312 packages</div><div>npm test</div></pre></div>',
    },
    {
      what: 'a read-only transcript archive (role=log, no composer)',
      html: '<article><div role="log" class="transcript"><div class="msg agent">Hi</div><div class="msg user">Hello</div></div></article>',
    },
    {
      what: 'a typing indicator region only',
      html: '<div class="panel chat"><div aria-live="polite" class="typing-indicator"><span>Dana is typing…</span><span>…</span></div><textarea></textarea></div>',
    },
    {
      what: 'live sports scores with a comment box under them',
      html: '<section class="live-score"><ol aria-live="polite" class="score-feed"><li class="event">Goal! 1-0</li><li class="event">Yellow card</li></ol><textarea name="comment" placeholder="Add a comment"></textarea></section>',
    },
  ])('$what', ({ html }) => {
    page(html);
    expect(generic.findRoot(document)).toBeNull();
  });
});
