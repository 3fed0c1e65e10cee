import { describe, expect, test } from 'vitest';
import { detect } from '../../lib/recorder/detect';
import { readAll } from '../../lib/vendors/define';
import gladly from '../../lib/vendors/gladly';
import { playFixture, standardLines } from './page-fixture';

const lines = (root: Element) =>
  readAll(gladly, root).map(({ role, author, text }) => ({ role, author, text }));

describe('gladly (page DOM, hashed classes only: read by structure)', () => {
  test('reads the exact transcript from alignment and visually-hidden "says:" prefixes', () => {
    playFixture('gladly');
    const root = gladly.findRoot(document);
    expect(root?.getAttribute('role')).toBe('log');
    expect(lines(root!)).toEqual(standardLines());
  });

  test('readState: composer; the start-chat button is shown again after the end', () => {
    playFixture('gladly', []);
    const root = gladly.findRoot(document);
    expect(gladly.readState(document, root)).toEqual({
      composerEnabled: true,
      endPrompt: false,
      offlineBanner: null,
    });
    document
      .getElementById('gladlyChat_container')!
      .insertAdjacentHTML('beforeend', '<button id="gladlyStartChatButton">Start chat</button>');
    expect(gladly.readState(document, root).endPrompt).toBe(true);
  });

  test('minimised → no root; the container stays', () => {
    const { F, env } = playFixture('gladly');
    F.unmount?.(env);
    expect(gladly.findRoot(document)).toBeNull();
    expect(document.querySelector(gladly.containerSelectors[0]!)).not.toBeNull();
  });

  test.each([
    ['the container', '<div id="gladlyChat_container"></div>', 'gladly'],
    ['a plain page', '<p>Hi</p>', null],
  ])('detect: %s', (_w, html, vendor) => {
    document.body.innerHTML = html;
    expect(detect(document, 'shop.example.test')?.vendor ?? null).toBe(vendor);
  });
});
