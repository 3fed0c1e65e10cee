import { describe, expect, test } from 'vitest';
import { detect } from '../../lib/recorder/detect';
import { readAll } from '../../lib/vendors/define';
import liveperson from '../../lib/vendors/liveperson';
import { playFixture, standardLines } from './page-fixture';

const lines = (root: Element) =>
  readAll(liveperson, root).map(({ role, author, text }) => ({ role, author, text }));

describe('liveperson (page DOM, lpc_* classes)', () => {
  test('reads the exact transcript: sender from .lp_time[title], no "Now", no hidden copies', () => {
    playFixture('liveperson');
    const root = liveperson.findRoot(document);
    expect(root?.getAttribute('data-lp-point')).toBe('lines_area');
    expect(lines(root!)).toEqual(standardLines());
  });

  test('rich card: its text is the line, its buttons are not', () => {
    playFixture('liveperson', []);
    const root = liveperson.findRoot(document)!;
    root.innerHTML =
      '<div class="lp_chat_line_wrapper lp_agent lpc_message-area lpc_message-area_agent"><div class="lp_time" title="Concierge Bot"><div class="lp_sender">Concierge Bot</div></div>' +
      '<div class="lpc_message lpc_message_agent lpc_message_card"><div class="lp_title_text lpc_message__text lpc_message__text_agent"><div class="lpc_card__text"><span>How can I help you today?</span></div>' +
      '<div class="lpc_card__button"><button>Billing</button></div></div></div></div>';
    expect(lines(root)).toEqual([
      { role: 'agent', author: 'Concierge Bot', text: 'How can I help you today?' },
    ]);
  });

  test('older lp_* wrappers without lpc_ modifiers', () => {
    playFixture('liveperson', []);
    const root = liveperson.findRoot(document)!;
    root.innerHTML =
      '<div class="lp_chat_line_wrapper lp_visitor"><div class="lp_title_text">Hi</div></div>' +
      '<div class="lp_chat_line_wrapper lp_system"><div class="lp_title_text">You are now chatting with Priya</div></div>';
    expect(lines(root)).toEqual([
      { role: 'customer', author: null, text: 'Hi' },
      { role: 'system', author: null, text: 'You are now chatting with Priya' },
    ]);
  });

  test('readState: composer', () => {
    playFixture('liveperson', []);
    const root = liveperson.findRoot(document);
    expect(liveperson.readState(document, root)).toEqual({
      composerEnabled: true,
      endPrompt: false,
      offlineBanner: null,
    });
    (liveperson.findComposer(document) as HTMLTextAreaElement).disabled = true;
    expect(liveperson.readState(document, root).composerEnabled).toBe(false);
  });

  test.each([
    ['#lpChat', '<div id="lpChat"></div>', 'liveperson'],
    ['a lines area', '<div data-lp-point="lines_area"></div>', 'liveperson'],
    ['a plain page', '<p>Hi</p>', null],
  ])('detect: %s', (_w, html, vendor) => {
    document.body.innerHTML = html;
    expect(detect(document, 'shop.example.test')?.vendor ?? null).toBe(vendor);
  });
});
