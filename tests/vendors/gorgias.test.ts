import { describe, expect, test } from 'vitest';
import { readAll } from '../../lib/vendors/define';
import gorgias from '../../lib/vendors/gorgias';
import { playWidget, sharedSuite, strip } from './same-origin-fixture';

const SKELETON = '';

describe('gorgias', () => {
  sharedSuite(gorgias, 'gorgias', SKELETON);

  test('one item per bubble: runs are split into their messages, times kept apart', () => {
    playWidget('gorgias', SKELETON);
    const lines = readAll(gorgias, gorgias.findRoot(document)!);
    expect(lines.filter((m) => m.text === 'ok')).toHaveLength(2);
    expect(lines[0]?.shownAt).toBe('10:42 AM');
  });

  test.each([
    [
      'a bubble of two paragraphs is one message',
      '<div class="gorgias-chat-key-a"><div><img alt="Priya"><span>Priya</span></div><div class="gorgias-chat-key-b"><p>Line one</p><p>Line two</p></div></div>',
      [{ role: 'agent', author: 'Priya', text: 'Line one\nLine two' }],
    ],
    [
      'a line without a bubble is a system line',
      '<div class="gorgias-chat-key-c"><span>Chat ended</span></div>',
      [{ role: 'system', author: null, text: 'Chat ended' }],
    ],
  ])('%s', (_name, html, expected) => {
    playWidget('gorgias', SKELETON, []);
    const root = gorgias.findRoot(document)!;
    root.innerHTML = html;
    expect(strip(readAll(gorgias, root))).toEqual(expected);
  });
});
