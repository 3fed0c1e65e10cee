/**
 * Plays a vendor fixture's widget document (tests/fixtures/vendors/<id>/<file>) into the test document, so the
 * unit tests read exactly the markup the e2e fixture shows: the body skeleton, then the page's
 * `window.FIXTURE` (mount + render) driven through the standard chat (tests/fixtures/lib/script.js).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Role } from '../../lib/model';

const FIXTURES = path.resolve(__dirname, '../fixtures');

export interface Line {
  role: Role;
  author: string | null;
  text: string;
}

interface Fixture {
  mount(doc: Document): { list: Element; composer: HTMLElement | null };
  render(m: Line, prev: Line | null): Node;
  unmount?(env: unknown): void;
}

/** The standard chat's steps (messages and actions), as the player sees them. */
export function chatScript(): (Line & { do?: string })[] {
  const sandbox: { CHAT_SCRIPT?: (Line & { do?: string })[] } = {};
  new Function('window', fs.readFileSync(path.join(FIXTURES, 'lib/script.js'), 'utf8'))(sandbox);
  return sandbox.CHAT_SCRIPT ?? [];
}

/** The standard chat's messages: what a transcript of the whole chat must equal. */
export function chatLines(): Line[] {
  return chatScript()
    .filter((s) => !s.do)
    .map(({ role, author, text }) => ({ role, author, text }));
}

/** Sets the document's URL (the frame's own host matters to some adapters). */
export function setUrl(url: string): void {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
}

/**
 * Loads the fixture's widget document into `document` and returns its FIXTURE with the mounted view.
 * `lines` are rendered into the list the way the player appends them (each with the previous line).
 */
export function playFixture(vendor: string, file = 'widget.html', lines: Line[] = chatLines()) {
  const html = fs.readFileSync(path.join(FIXTURES, 'vendors', vendor, file), 'utf8');
  const body = /<body[^>]*>([\s\S]*?)<\/body>/i.exec(html)?.[1] ?? '';
  document.body.innerHTML = body.replace(/<script[\s\S]*?<\/script>/gi, '');
  const src = Array.from(html.matchAll(/<script>([\s\S]*?)<\/script>/gi), (m) => m[1] ?? '').find((s) =>
    s.includes('window.FIXTURE'),
  );
  if (!src) throw new Error(`${vendor}/${file}: no window.FIXTURE script`);
  const win: { FIXTURE?: Fixture; CHAT_SCRIPT: unknown } = { CHAT_SCRIPT: chatScript() };
  new Function('window', 'document', src)(win, document);
  const F = win.FIXTURE!;
  const env = F.mount(document);
  let prev: Line | null = null;
  for (const m of lines) {
    env.list.append(F.render(m, prev));
    prev = m;
  }
  return { F, env };
}

/** A bare page (no widget): nothing may be detected or found in it. */
export function plainPage(): void {
  document.body.innerHTML =
    '<header><h1>Acme Broadband</h1></header><main><p>Plans and prices.</p>' +
    '<div role="status" aria-live="polite">3 items in your cart</div><form><input type="search" name="q"></form></main>';
}
