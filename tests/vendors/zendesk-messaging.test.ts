import { describe, expect, test } from 'vitest';
import { readAll } from '../../lib/vendors/define';
import zendeskMessaging from '../../lib/vendors/zendesk-messaging';
import { playWidget, sharedSuite, strip } from './same-origin-fixture';

const SKELETON = '';
const read = () => strip(readAll(zendeskMessaging, zendeskMessaging.findRoot(document)!));

describe('zendesk-messaging', () => {
  // no layout in happy-dom: the visitor/system split falls back to wording (in Chromium: the side)
  sharedSuite(zendeskMessaging, 'zendesk-messaging', SKELETON);

  test.each([
    [
      'a bot line with the DDG mock’s exact markup, quick-reply link and avatar',
      '<div><div><span>DDG Subscriptions Support says: </span><span>Share your details here.</span><div><div>' +
        '<a type="button" href="#" data-garden-id="buttons.button" data-garden-version="8.76.7"><span>Support form</span></a></div></div></div></div>',
      [{ role: 'agent', author: 'DDG Subscriptions Support', text: 'Share your details here.' }],
    ],
    [
      'a carousel announcement span is skipped, the carousel is the other side’s',
      '<span aria-live="assertive">Subscribing Outside the United States</span><div data-slide-message="true"><div data-slides="true"><div><h3>Subscribing Outside the United States</h3>' +
        '<a aria-label="View article: \'x\'" data-garden-id="buttons.button"><span>View article</span></a></div></div></div>',
      [{ role: 'agent', author: null, text: 'Subscribing Outside the United States' }],
    ],
    [
      'receipts under the visitor’s bubble',
      '<div><div><div><span>hello</span></div></div><div>Sending</div></div>',
      [{ role: 'customer', author: null, text: 'hello' }],
    ],
    ['a typing indicator', '<div aria-label="Priya is typing..."><span>…</span></div>', []],
  ])('%s', (_name, html, expected) => {
    playWidget('zendesk-messaging', SKELETON, []);
    zendeskMessaging.findRoot(document)!.innerHTML = html;
    expect(read()).toEqual(expected);
  });

  test('the quick replies outside the log are never read', () => {
    playWidget('zendesk-messaging', SKELETON);
    document.body.insertAdjacentHTML(
      'beforeend',
      '<ul><li><button data-garden-id="buttons.button">Talk to a human</button></li></ul>',
    );
    expect(read().some((m) => m.text.includes('Talk to a human'))).toBe(false);
  });

  test('the offline banner is read; the empty status area is not a banner', () => {
    playWidget('zendesk-messaging', SKELETON);
    expect(zendeskMessaging.readState(document, null).offlineBanner).toBeNull();
    document.querySelector('[role="status"]')!.textContent = 'Offline. You won’t receive messages.';
    expect(zendeskMessaging.readState(document, null).offlineBanner).toBe(
      'Offline. You won’t receive messages.',
    );
  });

  test('a localised dialog label still finds the log beside #composer-input', () => {
    playWidget('zendesk-messaging', SKELETON);
    document.querySelector('[role="dialog"]')!.setAttribute('aria-label', 'Fenêtre de messagerie');
    expect(zendeskMessaging.findRoot(document)).not.toBeNull();
  });
});
