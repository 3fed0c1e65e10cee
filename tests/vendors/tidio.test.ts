import { describe, expect, test } from 'vitest';
import { readAll } from '../../lib/vendors/define';
import tidio from '../../lib/vendors/tidio';
import { playWidget, sharedSuite, strip } from './same-origin-fixture';

// the document Tidio writes into iframe#tidio-chat-iframe (assumed), before its app mounts
const SKELETON = '<div id="body" class="tidio-1ktc0bh"></div>';

describe('tidio', () => {
  sharedSuite(tidio, 'tidio', SKELETON);

  test.each([
    [
      'a "Seen" receipt is chrome',
      '<div class="message message-visitor tidio-1x"><span class="message-content">hi</span><span class="message-status">Seen</span></div>',
      [{ role: 'customer', author: null, text: 'hi' }],
    ],
    [
      'a typing row is skipped',
      '<div class="message message-operator message-typing tidio-2y"><span class="message-content">…</span></div>',
      [],
    ],
    [
      'a bot row',
      '<div class="message message-bot tidio-3z"><span class="message-content">Choose an option</span></div>',
      [{ role: 'bot', author: null, text: 'Choose an option' }],
    ],
  ])('%s', (_name, html, expected) => {
    playWidget('tidio', SKELETON, []);
    const root = tidio.findRoot(document)!;
    root.innerHTML = html;
    expect(strip(readAll(tidio, root))).toEqual(expected);
  });

  test('the same list markup without Tidio’s hashed classes is not Tidio’s', () => {
    document.body.innerHTML =
      '<div class="conversation-group"><div class="messages"><div class="message message-operator"><span class="message-content">x</span></div></div></div>';
    expect(tidio.findRoot(document)).toBeNull();
  });
});
