/**
 * `defineAdapter` turns a vendor's selectors (fallible data, one comment per variant) into a
 * VendorAdapter. Most vendors only need selectors and a role rule; odd ones override functions.
 */
import type { Role } from '../model';
import { firstMatch, readText, textOf } from '../recorder/text';
import type { RawMessage, VendorAdapter, WidgetState } from './types';

export interface AdapterSpec {
  id: string;
  name: string;
  /** Conversation root candidates, earliest variant first. */
  root: readonly string[];
  /** Search open shadow roots for the root too. */
  shadow?: boolean;
  /** Message elements under the root (one selector; use :is() for variants). */
  item: string;
  /** Role of one item, or null to skip it (typing indicators, date dividers…). */
  role: (el: Element) => Role | null;
  /** Author label inside an item. */
  author?: string;
  /** Read the author some other way (group headers, sr-only prefixes). */
  readAuthor?: (el: Element, role: Role, prev: RawMessage | undefined) => string | null;
  /** Text container inside an item; defaults to the item itself. */
  text?: string;
  /** UI chrome inside an item to leave out of the text (receipts, times, names, sr-only prefixes). */
  chrome?: readonly string[];
  /** Time label inside an item. */
  time?: string;
  /** Vendor message id, when the DOM carries one. */
  messageId?: (el: Element) => string | null;
  composer: readonly string[];
  /** "Start a new chat" buttons, rating prompts: visible when the chat is over. */
  endPrompt?: readonly string[];
  /** Reconnecting / offline banners. */
  offline?: readonly string[];
  endLines?: readonly (string | RegExp)[];
  containers?: readonly string[];
}

function isVisible(el: Element): boolean {
  const h = el as HTMLElement;
  if (h.hidden || el.closest('[hidden],[aria-hidden="true"]')) return false;
  const style = el.ownerDocument.defaultView?.getComputedStyle?.(el);
  return !style || (style.display !== 'none' && style.visibility !== 'hidden');
}

export function defineAdapter(spec: AdapterSpec): VendorAdapter {
  const chrome = [
    ...(spec.chrome ?? []),
    ...(spec.author ? [spec.author] : []),
    ...(spec.time ? [spec.time] : []),
  ];
  const skip = chrome.length ? chrome.join(',') : undefined;
  return {
    id: spec.id,
    name: spec.name,
    endLines: spec.endLines ?? [],
    containerSelectors: spec.containers ?? [],
    findRoot: (doc) => firstMatch(doc, spec.root, spec.shadow),
    listItems: (root) => Array.from(root.querySelectorAll(spec.item)),
    // `:scope` in an item selector means the root, which `matches()` on another element cannot express
    listAdded: spec.item.includes(':scope')
      ? undefined
      : (_root, added) => {
          const out: Element[] = [];
          for (const n of added) {
            if (n.matches(spec.item)) out.push(n);
            for (const e of n.querySelectorAll(spec.item)) out.push(e);
          }
          return out;
        },
    readItem(el, prev) {
      const role = spec.role(el);
      if (!role) return null;
      const body = spec.text ? el.querySelector(spec.text) : el;
      if (!body) return null; // item still rendering (no body yet): read it on the next mutation
      const text = readText(body, skip);
      if (!text) return null;
      const author = spec.readAuthor
        ? spec.readAuthor(el, role, prev)
        : spec.author
          ? textOf(el, spec.author)
          : null;
      return {
        id: spec.messageId ? spec.messageId(el) : null,
        role,
        author,
        text,
        shownAt: spec.time ? textOf(el, spec.time) : null,
      };
    },
    findComposer(doc) {
      const el = firstMatch(doc, spec.composer, spec.shadow);
      return el instanceof (doc.defaultView?.HTMLElement ?? HTMLElement) ? (el as HTMLElement) : null;
    },
    readState(doc, _root): WidgetState {
      const composer = firstMatch(doc, spec.composer, spec.shadow) as HTMLTextAreaElement | null;
      const prompt = spec.endPrompt ? firstMatch(doc, spec.endPrompt, spec.shadow) : null;
      const banner = spec.offline ? firstMatch(doc, spec.offline, spec.shadow) : null;
      return {
        composerEnabled: composer
          ? !(
              composer.disabled ||
              composer.readOnly ||
              composer.getAttribute('aria-disabled') === 'true' ||
              composer.getAttribute('contenteditable') === 'false'
            )
          : null,
        endPrompt: !!prompt && isVisible(prompt),
        offlineBanner: banner && isVisible(banner) ? readText(banner) || null : null,
      };
    },
  };
}

/** Reads every message under `root` (tests and one-off reads; the recorder caches per element). */
export function readAll(adapter: VendorAdapter, root: Element): RawMessage[] {
  const out: RawMessage[] = [];
  for (const el of adapter.listItems(root)) {
    const m = adapter.readItem(el, out.at(-1));
    if (m) out.push(m);
  }
  return out;
}

/** Role from words in class names / data attributes, for widgets that mark sides that way. */
export function roleFromClass(el: Element, map: Readonly<Record<string, Role>>): Role | null {
  const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('data-role') ?? ''}`;
  for (const [needle, role] of Object.entries(map)) if (cls.includes(needle)) return role;
  return null;
}
