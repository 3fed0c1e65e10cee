import { describe, expect, test } from 'vitest';
import { readAll } from '../../lib/vendors/define';
import helpscout from '../../lib/vendors/helpscout';
import { playWidget, sharedSuite, strip } from './same-origin-fixture';

const SKELETON = '';

describe('helpscout', () => {
  sharedSuite(helpscout, 'helpscout', SKELETON);

  test('without the assumed transcript container, the list holding the runs is the root', () => {
    playWidget('helpscout', SKELETON);
    document.querySelector('[data-cy="BeaconChatTranscript"]')!.removeAttribute('data-cy');
    const root = helpscout.findRoot(document);
    expect(root?.querySelector('.c-Message')).not.toBeNull();
    expect(readAll(helpscout, root!)).toHaveLength(10);
  });

  test.each([
    [
      'a typing bubble is skipped',
      '<div class="c-Message is-from is-theme-embed"><div class="c-Message__block"><div class="c-MessageChat is-from"><div class="c-MessageBubble is-from is-typing"></div></div></div></div>',
      [],
    ],
    [
      'the run’s avatar alt names the agent when there is no from label',
      '<div class="c-Message is-from is-theme-embed"><div class="c-Message__avatar-block"><img alt="Priya"></div><div class="c-Message__block"><div class="c-MessageChat is-from"><div class="c-MessageBubble"><span class="c-MessageBubble__body">Hello</span></div></div></div></div>',
      [{ role: 'agent', author: 'Priya', text: 'Hello' }],
    ],
  ])('%s', (_name, html, expected) => {
    playWidget('helpscout', SKELETON, []);
    const root = document.querySelector('[data-cy="BeaconChatTranscript"]')!;
    root.innerHTML = html;
    expect(strip(readAll(helpscout, root))).toEqual(expected);
  });
});
