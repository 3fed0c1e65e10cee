import type { Role } from '../model';

/**
 * What the always-on detector knows about a vendor: cheap signatures only.
 * Kept as plain data (lib/vendors/signatures.ts) so the detector stays tiny and
 * the manifest, docs and tests can be derived from it.
 */
export interface VendorSignature {
  id: string;
  name: string;
  /**
   * Hostname suffixes the vendor serves its chat frame from. A frame whose own
   * location is on one of these hosts is the vendor's chat (cross-origin frame kind).
   */
  frameHosts?: string[];
  /**
   * CSS selectors proving the widget is on the page: loader script srcs, iframe
   * ids/names/titles, container ids, custom elements. Checked with one
   * `querySelector` per frame (cheap), never with a subtree observer.
   */
  selectors: string[];
  /** True when a full adapter exists; false = detected, recorded by the generic recorder. */
  adapter: boolean;
}

/** One message as read from the widget's DOM, before dedup and time-stamping. */
export interface RawMessage {
  /** Vendor-supplied stable id (data attribute, element id), if the widget exposes one. */
  id: string | null;
  role: Role;
  author: string | null;
  text: string;
  /** Time label shown next to the message, verbatim. */
  shownAt: string | null;
}

/** Widget state the disconnect detector reads (issue 4); all optional per adapter. */
export interface WidgetState {
  /** The composer exists and can be typed into. */
  composerEnabled: boolean | null;
  /** A "start a new chat" button or an end-of-chat rating prompt is visible. */
  endPrompt: boolean;
  /** A reconnecting / offline banner is visible (its text). */
  offlineBanner: string | null;
}

export interface VendorAdapter {
  id: string;
  name: string;
  /**
   * The element holding the conversation in `doc` (this frame's document), or null when
   * this frame does not hold it (yet). May return an element inside an open shadow root.
   */
  findRoot(doc: Document): Element | null;
  /** Message elements currently rendered under `root`, in display order (cheap: no text reading). */
  listItems(root: Element): Element[];
  /**
   * Optional fast path for a chat that only grew: the message elements among `added` (nodes the widget
   * appended after its last message, in document order, none inside another) and their descendants —
   * exactly what `listItems` would list after the old ones. Null when it cannot tell (the recorder then
   * lists everything). Lets a long chat cost the same per new line as a short one.
   */
  listAdded?(root: Element, added: readonly Element[]): Element[] | null;
  /**
   * One message element read into a RawMessage, UI chrome removed; null when the element is not a
   * message (typing indicator, divider) or not rendered yet. `prev` is the message before it, for
   * widgets that show an author once above a group of bubbles.
   */
  readItem(el: Element, prev: RawMessage | undefined): RawMessage | null;
  /** The composer (input box) in `doc`, for escalation prompts and assent warnings. */
  findComposer(doc: Document): HTMLElement | null;
  /** Widget state for disconnect detection. */
  readState(doc: Document, root: Element | null): WidgetState;
  /** Vendor-specific end-of-chat / disconnect lines (lowercase substrings or regexps). */
  endLines: readonly (string | RegExp)[];
  /** Page-level container whose removal means the widget is gone (not just minimised). */
  containerSelectors: readonly string[];
}
