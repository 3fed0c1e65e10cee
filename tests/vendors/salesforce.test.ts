import { describe, expect, test } from 'vitest';
import { detect } from '../../lib/recorder/detect';
import { readAll } from '../../lib/vendors/define';
import salesforce from '../../lib/vendors/salesforce';
import { playFixture, standardLines } from './page-fixture';

describe('salesforce (legacy Embedded Chat, page DOM)', () => {
  test('finds the message list and reads the exact transcript (no avatar text, names, times)', () => {
    playFixture('salesforce');
    const root = salesforce.findRoot(document);
    expect(root?.matches('ul.messageWrapper')).toBe(true);
    expect(readAll(salesforce, root!).map(({ role, author, text }) => ({ role, author, text }))).toEqual(
      standardLines(),
    );
  });

  test('a later bubble of a group (empty .agentName) keeps the group author; rich menus are not lines', () => {
    playFixture('salesforce', []);
    const ul = salesforce.findRoot(document)!;
    ul.innerHTML =
      '<li class="wrapper chatMessage agent"><div class="chatContent">Hello</div><div class="nameAndTimeContent"><div class="agentName">Ajuda</div><div class="timeContent">10:57</div></div></li>' +
      '<li class="wrapper chatMessage agent embeddedServiceLiveAgentStateChatMenuMessage"><div class="chatContent"><div class="rich-menu"><div class="assistiveText">Choose an option</div>' +
      '<ul class="rich-menu-items"><li><button class="rich-menu-item">Orders</button></li></ul></div></div><div class="nameAndTimeContent"></div></li>' +
      '<li class="wrapper chatMessage agent"><div class="chatContent">Pick one above.</div><div class="nameAndTimeContent"><div class="timeContent">10:58</div></div></li>';
    expect(readAll(salesforce, ul)).toEqual([
      { id: null, role: 'agent', author: 'Ajuda', text: 'Hello', shownAt: '10:57' },
      { id: null, role: 'agent', author: 'Ajuda', text: 'Pick one above.', shownAt: '10:58' },
    ]);
  });

  test('readState: composer, post-chat prompt', () => {
    playFixture('salesforce', []);
    const root = salesforce.findRoot(document);
    expect(salesforce.readState(document, root)).toEqual({
      composerEnabled: true,
      endPrompt: false,
      offlineBanner: null,
    });
    (document.querySelector('textarea.chasitorText') as HTMLTextAreaElement).disabled = true;
    document
      .querySelector('.sidebarBody')!
      .insertAdjacentHTML(
        'beforeend',
        '<div class="endChatContainer"><button class="endChatButton postChatButton">Give feedback</button></div>',
      );
    expect(salesforce.readState(document, root)).toMatchObject({ composerEnabled: false, endPrompt: true });
    expect(salesforce.findComposer(document)?.matches('textarea.chasitorText')).toBe(true);
  });

  test.each([
    ['the docked sidebar', '<div class="embeddedServiceSidebar layout-docked"></div>', 'salesforce'],
    [
      'the help button',
      '<div class="embeddedServiceHelpButton"><div class="helpButton"></div></div>',
      'salesforce',
    ],
    [
      'the loader script',
      '<script type="text/x-inert" src="https://service.force.com/embeddedservice/5.0/esw.min.js"></script>',
      'salesforce',
    ],
    ['a plain page', '<main><h1>Acme</h1><p>Hello</p></main>', null],
  ])('detect: %s', (_what, html, vendor) => {
    document.head.innerHTML = '';
    document.body.innerHTML = html;
    expect(detect(document, 'shop.example.test')?.vendor ?? null).toBe(vendor);
  });
});
