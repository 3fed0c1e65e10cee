/**
 * Plays a same-origin vendor fixture's widget script (tests/fixtures/vendors/<id>/widget.js, the markup the
 * e2e frame shows) into the test document, and the checks every same-origin adapter shares: the standard
 * chat is read exactly, the draft in the composer is never a message, the composer and widget state are
 * read, the frame document is detected, and a plain page is not.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import type { Role } from '../../lib/model';
import { detect } from '../../lib/recorder/detect';
import { chooseAdapter } from '../../lib/recorder/recorder';
import { readAll } from '../../lib/vendors/define';
import type { RawMessage, VendorAdapter } from '../../lib/vendors/types';

const FIXTURES = path.resolve(__dirname, '../fixtures');

export interface Line {
  role: Role;
  author: string | null;
  text: string;
}
type Step = Line & { do?: string };

interface Fixture {
  mount(doc: Document): { list: Element; composer: HTMLElement | null };
  render(m: Line, prev: Line | null): Node;
}

export function chatScript(): Step[] {
  const sandbox: { CHAT_SCRIPT?: Step[] } = {};
  new Function('window', fs.readFileSync(path.join(FIXTURES, 'lib/script.js'), 'utf8'))(sandbox);
  return sandbox.CHAT_SCRIPT ?? [];
}

/** The standard chat's messages: what reading the whole chat must give. */
export function chatLines(): Line[] {
  return chatScript()
    .filter((s) => !s.do)
    .map(({ role, author, text }) => ({ role, author, text }));
}

/**
 * Writes `skeleton` (what the host page writes into the frame before the widget app runs) into the test
 * document, mounts the fixture's widget and renders `lines` the way the player does; the draft step types
 * into the composer.
 */
export function playWidget(vendor: string, skeleton: string, lines: Line[] = chatLines()) {
  document.head.innerHTML = '';
  document.body.innerHTML = skeleton;
  const src = fs.readFileSync(path.join(FIXTURES, 'vendors', vendor, 'widget.js'), 'utf8');
  const win: { FIXTURE?: Fixture; CHAT_SCRIPT: Step[] } = { CHAT_SCRIPT: chatScript() };
  new Function('window', 'document', src)(win, document);
  const F = win.FIXTURE!;
  const env = F.mount(document);
  const draft = chatScript().find((s) => s.do === 'draft')?.text ?? '';
  if (env.composer) {
    if ('value' in env.composer) (env.composer as HTMLTextAreaElement).value = draft;
    else env.composer.textContent = draft;
  }
  let prev: Line | null = null;
  for (const m of lines) {
    env.list.append(F.render.call(F, m, prev));
    prev = m;
  }
  return { F, env, draft };
}

/** A bare page (no widget): nothing may be detected or found in it. */
export function plainPage(): void {
  document.head.innerHTML = '';
  document.body.innerHTML =
    '<header><h1>Acme Broadband</h1></header><main><p>Plans and prices.</p>' +
    '<div role="status" aria-live="polite">3 items in your cart</div><form><input type="search" name="q"></form></main>';
}

export const strip = (ms: RawMessage[]): Line[] =>
  ms.map(({ role, author, text }) => ({ role, author, text }));

/** The checks every same-origin adapter passes on its own fixture. */
export function sharedSuite(adapter: VendorAdapter, vendor: string, skeleton: string): void {
  test('reads the standard chat exactly: roles, authors of grouped lines, texts, no chrome', () => {
    playWidget(vendor, skeleton);
    const root = adapter.findRoot(document);
    expect(root).not.toBeNull();
    expect(strip(readAll(adapter, root!))).toEqual(chatLines());
  });

  test('the draft in the composer is never a message; the composer is found and enabled', () => {
    const { draft } = playWidget(vendor, skeleton);
    const texts = readAll(adapter, adapter.findRoot(document)!).map((m) => m.text);
    expect(texts.some((t) => t.includes(draft))).toBe(false);
    expect(adapter.findComposer(document)).not.toBeNull();
    expect(adapter.readState(document, adapter.findRoot(document))).toEqual({
      composerEnabled: true,
      endPrompt: false,
      offlineBanner: null,
    });
  });

  test('a disabled composer is read as disabled', () => {
    playWidget(vendor, skeleton);
    const box = adapter.findComposer(document)!;
    if (box instanceof HTMLTextAreaElement) box.disabled = true;
    else box.setAttribute('contenteditable', 'false');
    expect(adapter.readState(document, adapter.findRoot(document)).composerEnabled).toBe(false);
  });

  test('the widget frame is detected as this vendor, before and after the first message', () => {
    playWidget(vendor, skeleton, []);
    expect(detect(document, '')?.vendor).toBe(vendor);
    playWidget(vendor, skeleton);
    expect(detect(document, '')?.vendor).toBe(vendor);
  });

  test('the recorder picks this adapter in the frame (no other adapter claims it), before and after the first message', () => {
    for (const lines of [[], chatLines()]) {
      playWidget(vendor, skeleton, lines);
      expect(chooseAdapter(document, '', detect(document, '')?.vendor ?? 'generic').id).toBe(vendor);
    }
  });

  test('a plain page is not detected and has no conversation root', () => {
    plainPage();
    expect(detect(document, 'shop.example.test')).toBeNull();
    expect(adapter.findRoot(document)).toBeNull();
  });

  test('an empty conversation reads as nothing', () => {
    playWidget(vendor, skeleton, []);
    const root = adapter.findRoot(document);
    expect(root ? readAll(adapter, root) : []).toEqual([]);
  });
}
