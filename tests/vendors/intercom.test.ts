import { describe, expect, test } from 'vitest';
import { readAll } from '../../lib/vendors/define';
import intercom from '../../lib/vendors/intercom';
import { chatLines, playWidget, sharedSuite, strip } from './same-origin-fixture';

// what Intercom's shim writes into the messenger frame (vendors.md §1.1)
const SKELETON = '<div id="intercom-container" class="intercom-namespace" role="main"></div>';

describe('intercom', () => {
  sharedSuite(intercom, 'intercom', SKELETON);

  test('2021 markup without side classes: avatar = admin, save state = the visitor, no block = event', () => {
    playWidget('intercom', SKELETON);
    for (const part of document.querySelectorAll('.intercom-conversation-part')) {
      part.classList.remove(
        'intercom-conversation-part-admin',
        'intercom-conversation-part-user',
        'intercom-conversation-part-grouped',
      );
      part.querySelector('.intercom-comment-container')?.removeAttribute('class');
    }
    // grouped admin parts have no avatar: in this variant they are told apart by the missing seen state
    expect(strip(readAll(intercom, intercom.findRoot(document)!))).toEqual(chatLines());
  });

  test.each([
    [
      'a typing-admin part',
      '<div class="intercom-conversation-part intercom-conversation-part-typing"><span>Typing</span></div>',
      [],
    ],
    [
      'a bot part ("Bot · 1m." metadata)',
      '<div class="intercom-conversation-part intercom-conversation-part-admin"><div class="intercom-comment"><div class="intercom-block intercom-block-paragraph">Here is an article</div></div>' +
        '<div class="intercom-conversation-part-metadata"><span class="intercom-conversation-part-metadata-save-state">Bot · 1m.</span></div></div>',
      [{ role: 'bot', author: null, text: 'Here is an article' }],
    ],
    [
      'a failed part (metadata is chrome)',
      '<div class="intercom-conversation-part intercom-conversation-part-user intercom-conversation-part-failed"><div class="intercom-comment"><div class="intercom-block-paragraph">hello?</div></div>' +
        '<div class="intercom-conversation-part-metadata">Failed to send. Click to retry.</div></div>',
      [{ role: 'customer', author: null, text: 'hello?' }],
    ],
  ])('%s', (_name, html, expected) => {
    playWidget('intercom', SKELETON, []);
    intercom.findRoot(document)!.innerHTML = html;
    expect(strip(readAll(intercom, intercom.findRoot(document)!))).toEqual(expected);
  });

  test('the rating prompt is an end prompt; the rating remark box counts', () => {
    playWidget('intercom', SKELETON);
    document.body.insertAdjacentHTML(
      'beforeend',
      '<textarea name="intercom-conversation-rating-remark"></textarea>',
    );
    expect(intercom.readState(document, intercom.findRoot(document)).endPrompt).toBe(true);
  });

  test('end lines are the 2021 locale strings', () => {
    expect(intercom.endLines).toContain('your conversation has ended');
  });
});
