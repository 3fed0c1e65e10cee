import { describe, expect, test } from 'vitest';
import { detect } from '../../lib/recorder/detect';
import amazon from '../../lib/vendors/amazon-connect';
import { readAll } from '../../lib/vendors/define';
import { loadMarkup, playFixture, standardLines } from './page-fixture';

const lines = (root: Element) =>
  readAll(amazon, root).map(({ role, author, text }) => ({ role, author, text }));

describe('amazon-connect (same-origin about:blank frame, read from inside)', () => {
  test('reads the exact transcript: side from alignment, events centred, no times or "Delivered"', () => {
    playFixture('amazon-connect', standardLines(), 'widget.html');
    const root = amazon.findRoot(document);
    expect(root?.closest('[data-testid="amazon-connect-chat-wrapper"]')).not.toBeNull();
    expect(lines(root!)).toEqual(standardLines());
    expect(readAll(amazon, root!)[0]?.shownAt).toBe('10:42 AM');
  });

  test.each([
    ['BOT sender (Lex)', 'BOT', 'left', { role: 'bot', author: 'BOT' }],
    ['SYSTEM_MESSAGE sender', 'SYSTEM_MESSAGE', 'left', { role: 'system', author: null }],
    ['a right-aligned row', 'Alex', 'right', { role: 'customer', author: null }],
  ])('%s', (_w, sender, align, want) => {
    playFixture('amazon-connect', [], 'widget.html');
    const body = document.querySelector('.sc-jTzLTM')!;
    body.innerHTML =
      `<div style="text-align:${align}"><div data-testid="main-message"><div data-testid="message-header"><div>${sender}</div><div>9:00 AM</div></div>` +
      '<div data-testid="message-body">Thanks for waiting</div></div></div>';
    expect(lines(amazon.findRoot(document)!)).toEqual([{ ...want, text: 'Thanks for waiting' }]);
  });

  test('a typing row (empty body) is not a line; nothing before the first message', () => {
    playFixture('amazon-connect', [], 'widget.html');
    expect(amazon.findRoot(document)).toBeNull();
    const body = document.querySelector('.sc-jTzLTM')!;
    body.innerHTML =
      '<div class="sc-fMiknA kPzFlA"><div data-testid="main-message"><div data-testid="message-header"><div>Priya</div></div><div data-testid="message-body">Hi</div></div></div>' +
      '<div class="sc-fMiknA kPzFlA"><div class="sc-dVhcbM"><svg></svg></div></div>';
    expect(lines(amazon.findRoot(document)!)).toEqual([{ role: 'agent', author: 'Priya', text: 'Hi' }]);
  });

  test('readState: composer; "Close chat" once the chat ended', () => {
    playFixture('amazon-connect', standardLines(), 'widget.html');
    const root = amazon.findRoot(document);
    expect(amazon.readState(document, root)).toEqual({
      composerEnabled: true,
      endPrompt: false,
      offlineBanner: null,
    });
    document.querySelector('[data-testid="end-chat-button"]')!.textContent = 'Close chat';
    (amazon.findComposer(document) as HTMLTextAreaElement).disabled = true;
    expect(amazon.readState(document, root)).toMatchObject({ composerEnabled: false, endPrompt: true });
    expect(amazon.endLines.some((l) => typeof l === 'string' && 'chat has ended!'.includes(l))).toBe(true);
  });

  test('detect: the host page (container) and the frame document (chat wrapper); a plain page is not', () => {
    loadMarkup('vendors/amazon-connect/index.html');
    expect(detect(document, 'shop.example.test')).toBeNull(); // the snippet has not run yet
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div id="amazon-connect-chat-widget"><div id="amazon-connect-widget-frame"></div></div>',
    );
    expect(detect(document, 'shop.example.test')?.vendor).toBe('amazon-connect');
    playFixture('amazon-connect', [], 'widget.html');
    expect(detect(document, '')?.vendor).toBe('amazon-connect');
    document.body.innerHTML = '<p>Hi</p>';
    expect(detect(document, '')).toBeNull();
  });

  test('findRoot needs the chat-interface wrapper: a bare "main-message" test id elsewhere is not Connect', () => {
    document.body.innerHTML = '<div><div><div data-testid="main-message">Hi</div></div></div>';
    expect(amazon.findRoot(document)).toBeNull();
  });
});
