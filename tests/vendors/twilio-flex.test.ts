import { describe, expect, test } from 'vitest';
import { detect } from '../../lib/recorder/detect';
import { readAll } from '../../lib/vendors/define';
import twilio from '../../lib/vendors/twilio-flex';
import { playFixture, standardLines } from './page-fixture';

const lines = (root: Element) =>
  readAll(twilio, root).map(({ role, author, text }) => ({ role, author, text }));

describe('twilio-flex (Webchat 3.x in the page)', () => {
  test('reads the exact transcript: no "You sent at", times, "Read"; author `system` = status line', () => {
    playFixture('twilio-flex');
    const root = twilio.findRoot(document);
    expect(root?.getAttribute('aria-label')).toBe('Chat messages');
    expect(lines(root!)).toEqual(standardLines());
    expect(readAll(twilio, root!)[0]?.shownAt).toBe('10:42');
  });

  test('Flex WebChat 2.x classes', () => {
    document.body.innerHTML =
      '<div class="Twilio-MainContainer"><div class="Twilio-MessageList">' +
      '<div class="Twilio-MessageListItem" role="listitem"><div class="Twilio-ChatItem-Avatar"></div><div class="Twilio-MessageBubble"><span class="Twilio-MessageBubble-UserName">Priya</span><span class="Twilio-MessageBubble-Time">10:42</span><div class="Twilio-MessageBubble-Body">Hello</div></div></div>' +
      '<div class="Twilio-MessageListItem" role="listitem"><div class="Twilio-MessageBubble"><span class="Twilio-MessageBubble-UserName">Alex</span><div class="Twilio-MessageBubble-Body">Hi</div></div><div class="Twilio-MessageListItem-ReadStatus">Read</div></div>' +
      '</div><div class="Twilio-MessageInputArea-TextArea"><textarea></textarea></div></div>';
    const root = twilio.findRoot(document)!;
    expect(lines(root)).toEqual([
      { role: 'agent', author: 'Priya', text: 'Hello' },
      { role: 'customer', author: null, text: 'Hi' },
    ]);
  });

  test('readState: composer, "Start new chat", reconnect notification (other alerts are not offline)', () => {
    playFixture('twilio-flex', []);
    const root = twilio.findRoot(document);
    expect(twilio.readState(document, root)).toEqual({
      composerEnabled: true,
      endPrompt: false,
      offlineBanner: null,
    });
    const bar = document.querySelector('[data-test="notification-bar"]')!;
    bar.innerHTML =
      '<div role="status" aria-live="polite" data-test="alert-message"><span data-test="alert-message-text">File too large.</span></div>';
    expect(twilio.readState(document, root).offlineBanner).toBeNull();
    bar.innerHTML =
      '<div role="status" aria-live="polite" data-test="alert-message"><span data-test="alert-message-text">Connection lost. Attempting to reconnect.</span></div>';
    expect(twilio.readState(document, root).offlineBanner).toBe('Connection lost. Attempting to reconnect.');
    document.querySelector('form')!.outerHTML =
      '<div><h3>Thanks for chatting with us!</h3><button data-test="start-new-chat-button">Start new chat</button></div>';
    expect(twilio.readState(document, root)).toMatchObject({ composerEnabled: null, endPrompt: true });
  });

  test.each([
    ['the widget root', '<div id="twilio-webchat-widget-root"></div>', 'twilio-flex'],
    ['2.x container', '<div class="Twilio-MainContainer"></div>', 'twilio-flex'],
    ['a plain page', '<p>Hi</p>', null],
  ])('detect: %s', (_w, html, vendor) => {
    document.body.innerHTML = html;
    expect(detect(document, 'shop.example.test')?.vendor ?? null).toBe(vendor);
  });
});
