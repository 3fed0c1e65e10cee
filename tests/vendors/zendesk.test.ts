import { describe, expect, test } from 'vitest';
import { readAll } from '../../lib/vendors/define';
import zendesk from '../../lib/vendors/zendesk';
import { playWidget, sharedSuite, strip } from './same-origin-fixture';

// the frame's body is empty until Zendesk's Frame component appends its div and renders into it (§1.1)
const SKELETON = '';

describe('zendesk (classic)', () => {
  sharedSuite(zendesk, 'zendesk', SKELETON);

  test('every message of a run gets the run’s one agent name', () => {
    playWidget('zendesk', SKELETON);
    const marco = readAll(zendesk, zendesk.findRoot(document)!).filter((m) => m.author === 'Marco');
    expect(marco.map((m) => m.text)).toEqual([
      'Hi, this is Marco from billing. I can see the double charge.',
      "I'll refund the duplicate charge within 5-7 business days.",
      'Done. Is there anything else I can help you with?',
    ]);
  });

  test.each([
    ['Chat ended', [{ role: 'system', author: null, text: 'Chat ended' }]],
    [
      'Priya was disconnected and has left the chat',
      [{ role: 'system', author: null, text: 'Priya was disconnected and has left the chat' }],
    ],
  ])('event line "%s" is a system line', (text, expected) => {
    playWidget('zendesk', SKELETON, []);
    const log = zendesk.findRoot(document)!;
    log.insertAdjacentHTML('beforeend', `<div class="sc-jzJRlG kRbyhA">${text}</div>`);
    expect(strip(readAll(zendesk, log))).toEqual(expected);
  });

  test('the typing line sits outside the log and is never read', () => {
    playWidget('zendesk', SKELETON, []);
    const log = zendesk.findRoot(document)!;
    log.insertAdjacentHTML('afterend', '<div aria-live="polite"><div class="c2">Priya is typing</div></div>');
    expect(readAll(zendesk, log)).toEqual([]);
  });

  test('"Reconnecting..." in a status line is the offline banner; the queue position is not', () => {
    playWidget('zendesk', SKELETON);
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div role="status" aria-live="polite">Queue position: 3</div>',
    );
    expect(zendesk.readState(document, null).offlineBanner).toBeNull();
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div role="status" aria-live="polite">Reconnecting...</div>',
    );
    expect(zendesk.readState(document, null).offlineBanner).toBe('Reconnecting...');
  });

  test('another widget’s role="log" is not taken for Zendesk’s', () => {
    document.body.innerHTML = '<div role="log" aria-live="polite"><div>hi</div></div><textarea></textarea>';
    expect(zendesk.findRoot(document)).toBeNull();
  });
});
