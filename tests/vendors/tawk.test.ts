import { describe, expect, test } from 'vitest';
import { readAll } from '../../lib/vendors/define';
import tawk from '../../lib/vendors/tawk';
import { playWidget, sharedSuite, strip } from './same-origin-fixture';

// the srcdoc document the embed script writes (the app root id is the fixture's)
const SKELETON = '<div id="tawk-app"></div>';

describe('tawk', () => {
  sharedSuite(tawk, 'tawk', SKELETON);

  test('of the two textarea.tawk-chatinput-editor the visible one is the composer (live probe, §3.11)', () => {
    playWidget('tawk', SKELETON);
    const boxes = document.querySelectorAll('textarea.tawk-chatinput-editor');
    expect(boxes).toHaveLength(2);
    expect(tawk.findComposer(document)).toBe(boxes[1]);
  });

  test.each([
    [
      'a system row',
      '<div class="tawk-message tawk-message-system"><div class="tawk-message-body">Marco joined the chat</div></div>',
      [{ role: 'system', author: null, text: 'Marco joined the chat' }],
    ],
    [
      'a typing row',
      '<div class="tawk-message tawk-message-agent tawk-typing"><div class="tawk-message-body">…</div></div>',
      [],
    ],
  ])('%s', (_name, html, expected) => {
    playWidget('tawk', SKELETON, []);
    const root = tawk.findRoot(document)!;
    root.innerHTML = html;
    expect(strip(readAll(tawk, root))).toEqual(expected);
  });
});
