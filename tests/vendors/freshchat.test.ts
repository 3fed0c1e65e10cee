import { describe, expect, test } from 'vitest';
import { readAll } from '../../lib/vendors/define';
import freshchat from '../../lib/vendors/freshchat';
import { playWidget, sharedSuite, strip } from './same-origin-fixture';

// the widget writes an empty document with its scripts into iframe#fc_widget (assumed), then renders its window
const SKELETON = '';

describe('freshchat', () => {
  sharedSuite(freshchat, 'freshchat', SKELETON);

  test('the composer is the contenteditable #app-conversation-editor (page objects, §3.10)', () => {
    playWidget('freshchat', SKELETON);
    expect(freshchat.findComposer(document)?.id).toBe('app-conversation-editor');
  });

  test('time labels are kept apart from the text; delivery receipts are dropped', () => {
    playWidget('freshchat', SKELETON);
    const lines = readAll(freshchat, freshchat.findRoot(document)!);
    expect(lines[0]?.shownAt).toBe('10:42 AM');
    expect(lines.some((m) => /Delivered|10:42/.test(m.text))).toBe(false);
  });

  test.each([
    ['a typing row', '<div class="h-chat-message h-typing"><div class="h-message-text">…</div></div>', []],
    [
      'a bot row',
      '<div class="h-chat-message h-bot"><div class="h-message-text">Pick a topic</div></div>',
      [{ role: 'bot', author: null, text: 'Pick a topic' }],
    ],
  ])('%s', (_name, html, expected) => {
    playWidget('freshchat', SKELETON, []);
    const root = freshchat.findRoot(document)!;
    root.innerHTML = html;
    expect(strip(readAll(freshchat, root))).toEqual(expected);
  });
});
