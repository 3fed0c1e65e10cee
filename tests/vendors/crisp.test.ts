import { describe, expect, test } from 'vitest';
import { detect } from '../../lib/recorder/detect';
import crisp from '../../lib/vendors/crisp';
import { readAll } from '../../lib/vendors/define';
import { playFixture, standardLines } from './page-fixture';

const lines = (root: Element) =>
  readAll(crisp, root).map(({ role, author, text }) => ({ role, author, text }));

describe('crisp (page DOM, hashed classes, data-from rows)', () => {
  test('reads the exact transcript: nickname once per group, no dates or "Seen"', () => {
    playFixture('crisp');
    const root = crisp.findRoot(document);
    expect(root?.id).toBe('crisp-chatbox-chat');
    expect(lines(root!)).toEqual(standardLines());
  });

  test.each([
    ['an operator row', 'operator', 'text', { role: 'agent', text: 'Hello there' }],
    ['a visitor row', 'visitor', 'text', { role: 'customer', text: 'Hello there' }],
    ['an event row', 'operator', 'event', { role: 'system', text: 'Hello there' }],
  ])('%s', (_what, from, type, want) => {
    playFixture('crisp', []);
    const root = crisp.findRoot(document)!;
    root.querySelector('.cc-1ohj')!.innerHTML =
      `<div class="cc-zz" data-from="${from}" data-type="${type}"><div class="cc-yy"><span>Hello there</span></div><span data-id="message-date">09:12</span></div>`;
    expect(lines(root)).toEqual([{ author: null, ...want }]);
  });

  test('private notes never become lines', () => {
    playFixture('crisp', []);
    const root = crisp.findRoot(document)!;
    root.querySelector('.cc-1ohj')!.innerHTML =
      '<div data-from="operator" data-type="note"><span>internal</span></div>';
    expect(readAll(crisp, root)).toEqual([]);
  });

  test('readState: composer enabled, then disabled; no end prompt known', () => {
    playFixture('crisp', []);
    const root = crisp.findRoot(document);
    expect(crisp.readState(document, root)).toEqual({
      composerEnabled: true,
      endPrompt: false,
      offlineBanner: null,
    });
    (crisp.findComposer(document) as HTMLTextAreaElement).disabled = true;
    expect(crisp.readState(document, root).composerEnabled).toBe(false);
  });

  test('minimised (chat window gone) → no root, container still there', () => {
    const { F, env } = playFixture('crisp');
    F.unmount?.(env);
    expect(crisp.findRoot(document)).toBeNull();
    expect(document.querySelector(crisp.containerSelectors.join(','))).not.toBeNull();
  });

  test.each([
    ['the chatbox', '<div class="crisp-client"><div id="crisp-chatbox"></div></div>', 'crisp'],
    ['a plain page', '<main><p>Hi</p></main>', null],
  ])('detect: %s', (_w, html, vendor) => {
    document.body.innerHTML = html;
    expect(detect(document, 'shop.example.test')?.vendor ?? null).toBe(vendor);
  });
});
