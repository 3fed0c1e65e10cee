import { describe, expect, test } from 'vitest';
import { detect } from '../../lib/recorder/detect';
import { readAll } from '../../lib/vendors/define';
import olark from '../../lib/vendors/olark';
import { playFixture, standardLines } from './page-fixture';

const lines = (root: Element) =>
  readAll(olark, root).map(({ role, author, text }) => ({ role, author, text }));

describe('olark (page DOM)', () => {
  test('modern widget: exact transcript, operator name above a group applies to every bubble', () => {
    playFixture('olark');
    const root = olark.findRoot(document);
    expect(root?.matches('#olark-container [role="log"]')).toBe(true);
    expect(lines(root!)).toEqual(standardLines());
  });

  test('classic habla widget: names inside each line, notifications are system lines', () => {
    document.body.innerHTML =
      '<div id="habla_window_div"><div id="habla_conversation_div">' +
      '<p class="habla_conversation_p_item habla_conversation_person2"><span class="hbl_pal_remote_fg">Priya: </span><span class="habla_conversation_text_span">Hi, how can I help?</span></p>' +
      '<p class="habla_conversation_p_item habla_conversation_person1"><span class="hbl_pal_local_fg">you: </span><span class="habla_conversation_text_span">My bill is wrong.</span></p>' +
      '<p class="habla_conversation_notification">Priya has left the chat</p>' +
      '</div><textarea id="habla_wcsend_input"></textarea></div>';
    const root = olark.findRoot(document)!;
    expect(root.id).toBe('habla_conversation_div');
    expect(lines(root)).toEqual([
      { role: 'agent', author: 'Priya', text: 'Hi, how can I help?' },
      { role: 'customer', author: null, text: 'My bill is wrong.' },
      { role: 'system', author: null, text: 'Priya has left the chat' },
    ]);
    expect(olark.findComposer(document)?.id).toBe('habla_wcsend_input');
  });

  test('readState: restart button = end prompt', () => {
    playFixture('olark', []);
    const root = olark.findRoot(document);
    expect(olark.readState(document, root)).toEqual({
      composerEnabled: true,
      endPrompt: false,
      offlineBanner: null,
    });
    document
      .getElementById('olark-container')!
      .insertAdjacentHTML('beforeend', '<button class="olark-restart-button">Start a new chat</button>');
    expect(olark.readState(document, root).endPrompt).toBe(true);
  });

  test('minimised → no root, #olark-wrapper stays', () => {
    const { F, env } = playFixture('olark');
    F.unmount?.(env);
    expect(olark.findRoot(document)).toBeNull();
    expect(document.querySelector('#olark-wrapper')).not.toBeNull();
  });

  test.each([
    ['modern wrapper', '<div data-olark="true"><div id="olark-wrapper"></div></div>', 'olark'],
    ['classic window', '<div id="habla_window_div"></div>', 'olark'],
    ['a plain page', '<p>Hi</p>', null],
  ])('detect: %s', (_w, html, vendor) => {
    document.body.innerHTML = html;
    expect(detect(document, 'shop.example.test')?.vendor ?? null).toBe(vendor);
  });
});
