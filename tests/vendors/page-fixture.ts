/**
 * Loads a page-kind (or same-origin frame) vendor fixture into the test document — its <style>s, its
 * body markup and its `window.FIXTURE` — and plays lines through FIXTURE.render the way
 * tests/fixtures/lib/player.js does, so unit tests read exactly the markup the e2e fixture shows.
 * Styles matter: some adapters read alignment and visually-hidden prefixes from computed style.
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

type Step = Line & { do?: string };

/** The standard chat (tests/fixtures/lib/script.js). */
export function standardScript(): Step[] {
  const sandbox: { CHAT_SCRIPT?: Step[] } = {};
  new Function('window', fs.readFileSync(path.join(FIXTURES, 'lib/script.js'), 'utf8'))(sandbox);
  return sandbox.CHAT_SCRIPT ?? [];
}

/** The standard chat's messages: what the whole transcript must equal. */
export function standardLines(): Line[] {
  return standardScript()
    .filter((s) => !s.do)
    .map(({ role, author, text }) => ({ role, author, text }));
}

/** The inline scripts of a fixture page, in order. */
export function scripts(html: string): string[] {
  return Array.from(html.matchAll(/<script>([\s\S]*?)<\/script>/gi), (m) => m[1] ?? '');
}

/** Puts a fixture file's styles and body (without scripts) into `doc`. */
export function loadMarkup(rel: string, doc: Document = document): string {
  const html = fs.readFileSync(path.join(FIXTURES, rel), 'utf8');
  const styles = Array.from(html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi), (m) => m[1] ?? '').join('\n');
  doc.head.innerHTML = `<style>${styles}</style>`;
  const body = /<body[^>]*>([\s\S]*?)<\/body>/i.exec(html)?.[1] ?? '';
  // scripts run below (or not at all); frames would only make happy-dom try to load them
  doc.body.innerHTML = body
    .replace(/<script[\s\S]*?<\/script>/gi, '')
    .replace(/<iframe[^>]*><\/iframe>/gi, '');
  return html;
}

/** Loads `vendors/<vendor>/<file>`, mounts its widget and renders `lines` (each with the previous one). */
export function playFixture(vendor: string, lines: Line[] = standardLines(), file = 'index.html') {
  const html = loadMarkup(path.join('vendors', vendor, file));
  const src = scripts(html).find((s) => s.includes('window.FIXTURE'));
  if (!src) throw new Error(`${vendor}/${file}: no window.FIXTURE script`);
  const win: { FIXTURE?: Fixture; CHAT_SCRIPT: Step[] } = { CHAT_SCRIPT: standardScript() };
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

/** Runs a site page's inline scripts (their timers are the caller's fake timers). */
export function runSite(rel: string): void {
  const html = loadMarkup(rel);
  for (const src of scripts(html)) new Function('window', 'document', src)(window, document);
}
