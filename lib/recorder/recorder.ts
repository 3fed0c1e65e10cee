/**
 * The recorder: the only impure content-side code. observe → read → align → send.
 * Loaded into a frame only after the detector found a widget there. One batched observer; every
 * listener and timer stops with `signal`. It never touches IndexedDB: lines go to the background,
 * and stay queued here until the background confirms they are stored.
 */
import { type ContentMessage, LIMITS, parseCaptureAnswer } from '../messaging';
import { type CapturedMessage, isoLocal } from '../model';
import { ADAPTERS, adapterById, generic } from '../vendors';
import { SIGNATURES } from '../vendors/signatures';
import type { RawMessage, VendorAdapter } from '../vendors/types';
import { align } from './align';
import { createSignalWatcher } from './signals';
import { sigHash } from './text';

export interface RecorderDeps {
  doc: Document;
  host: string;
  /** Vendor the detector saw in this frame. */
  vendorHint: string;
  send: (msg: ContentMessage) => Promise<unknown>;
  now: () => number;
  signal: AbortSignal;
  /**
   * Batch delay after a mutation (ms), doubled while lines stream in (`STREAM_GAP_MS`). Capture
   * latency budget is 100 ms p95.
   */
  batchMs?: number;
  /** This frame is the tab's top frame (default: computed from `doc`). */
  isTop?: boolean;
}

/** Picks the adapter for this frame: the vendor whose frame host this is, then the hint, then any adapter whose root is here. */
export function chooseAdapter(doc: Document, host: string, hint: string): VendorAdapter {
  const byHost = SIGNATURES.find((s) => s.frameHosts?.some((h) => host === h || host.endsWith(`.${h}`)));
  const hinted = adapterById(byHost?.id ?? hint);
  if (hinted && (byHost || hinted.findRoot(doc))) return hinted;
  for (const a of ADAPTERS) if (a.findRoot(doc)) return a;
  return hinted ?? generic;
}

/** Batch delay after a mutation when no line arrived lately: a lone line (an end line) is read fast. */
export const BATCH_MS = 30;
/**
 * A mutation within this long of the last batch that held new lines is part of a stream: the batch
 * waits twice as long, so at 20 lines a second two lines share a read and a post (docs/performance.md,
 * "Capture cost: streamed lines share a batch": +0.49–0.59 → +0.34–0.37 ms a line, p95 latency
 * 51–55 → 71–75 ms, side by side).
 */
export const STREAM_GAP_MS = 150;

const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };

const EMPTY = { raw: [] as RawMessage[], els: [] as Element[], unread: false };

function signature(m: RawMessage): string {
  return sigHash(`${m.role}\u0001${m.author ?? ''}\u0001${m.text}`);
}

/** Sigs are the part of a key before the first '.'; id keys carry the vendor id after it. */
const sigOfKey = (key: string) => key.slice(0, key.indexOf('.') >>> 0);

export interface Recorder {
  adapter: VendorAdapter;
  /** Resolves once the background answered the resume request. */
  ready: Promise<void>;
  /**
   * Reads the widget now (tests; the observer calls it batched). `quick`, as the observer's batches
   * do: read only what was appended when nothing else changed.
   */
  flush(quick?: boolean): void;
  /** Lines waiting for the background to confirm. */
  pending(): number;
}

export function startRecorder(deps: RecorderDeps): Recorder {
  const { doc, signal } = deps;
  const batchMs = deps.batchMs ?? BATCH_MS;
  /** When the last batch that held new lines was read (performance.now()). */
  let linesAt = Number.NEGATIVE_INFINITY;
  const adapter = chooseAdapter(doc, deps.host, deps.vendorHint);
  const vendor = adapter === generic && deps.vendorHint !== 'generic' ? deps.vendorHint : adapter.id;

  /** Signatures of the lines without a vendor id, in capture order (what `align` matches against). */
  const known: string[] = [];
  const occurrences = new Map<string, number>();
  const idKeys = new Set<string>();
  const cache = new WeakMap<Element, RawMessage | null>();
  const queue: CapturedMessage[] = [];
  let root: Element | null = null;
  let resumed = false;
  let paused = false;
  /** How many lines at the queue's head the request awaiting its answer holds (0: none waiting). */
  let inFlight = 0;
  let retryMs = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const remember = (sig: string, key: string) => {
    if (key.includes('.id:')) {
      idKeys.add(key);
      return;
    }
    known.push(sig);
    occurrences.set(sig, (occurrences.get(sig) ?? 0) + 1);
  };

  // Disconnect signals (issue 4): end lines, widget state, removal, pagehide, stall.
  const watch = createSignalWatcher({
    doc,
    adapter,
    vendor,
    isTop: deps.isTop ?? doc.defaultView === doc.defaultView?.top,
    send: deps.send,
    now: deps.now,
    signal,
    schedule: () => schedule(),
  });
  let sawRoot = false;

  const ready = deps
    .send({ type: 'resumeCapture', vendor })
    .then((res) => {
      const r = res as { keys?: unknown; paused?: unknown; stallMinutes?: unknown } | undefined;
      if (Array.isArray(r?.keys)) for (const k of r.keys) if (typeof k === 'string') remember(sigOfKey(k), k);
      paused = r?.paused === true;
      watch.configure({ stallMinutes: r?.stallMinutes });
    })
    .catch(() => {})
    .finally(() => {
      resumed = true;
      if (!paused) flush();
    });

  const SR = doc.defaultView?.ShadowRoot ?? ShadowRoot;
  const ownFrame = SIGNATURES.some((s) =>
    s.frameHosts?.some((h) => deps.host === h || deps.host.endsWith(`.${h}`)),
  );
  const observeShadows = (n: Document | ShadowRoot): void => {
    for (const el of n.querySelectorAll('*')) {
      if (!el.shadowRoot) continue;
      observer.observe(el.shadowRoot, OBSERVE);
      observeShadows(el.shadowRoot);
    }
  };

  // The generic rules look for a conversation with a document-wide query that scores every live
  // region: while there is none, they look at most every `findGap` ms, backing off to 2 s.
  let lastFind = 0;
  let findGap = 0;
  function readVisible(): { raw: RawMessage[]; els: Element[]; unread: boolean } {
    if (!root?.isConnected) {
      const t = performance.now();
      if (t - lastFind < findGap) {
        if (timer === undefined && !signal.aborted) timer = setTimeout(flush, findGap - (t - lastFind));
        return EMPTY;
      }
      lastFind = t;
      root = adapter.findRoot(doc);
      // vendor adapters look with a few id/class queries (cheap): only the generic rules back off
      findGap = root || adapter !== generic ? 0 : Math.min(Math.max(findGap * 2, 250), 2000);
      // mutations inside open shadow roots do not reach the document observer: watch every shadow root on the
      // way to the root (an outer re-render replaces it) or, while there is no root in a vendor's own frame,
      // all of them (a conversation that opens inside shadow DOM: Salesforce MIAW from its FAB)
      if (root)
        for (let rn = root.getRootNode(); rn instanceof SR; rn = rn.host.getRootNode())
          observer.observe(rn, OBSERVE);
      else if (ownFrame) observeShadows(doc);
      if (!root) return EMPTY;
    }
    const items = adapter.listItems(root);
    const read = readItems(items, undefined);
    lastListed = items.at(-1) ?? null;
    lastRead = read.raw.at(-1);
    return read;
  }

  /** Reads listed elements (cached per element); `prev` is the message before the first. */
  function readItems(items: readonly Element[], prev: RawMessage | undefined) {
    const raw: RawMessage[] = [];
    const els: Element[] = [];
    let unread = false;
    for (const el of items) {
      let m = cache.get(el);
      if (m === undefined) {
        m = adapter.readItem(el, raw.at(-1) ?? prev);
        // an element that is not a message yet (still rendering) is read again next time
        if (m) cache.set(el, m);
        else unread = true;
      }
      if (m) {
        raw.push(m);
        els.push(el);
      }
    }
    return { raw, els, unread };
  }

  /**
   * The fast path: since the last read, the widget only appended nodes after its last listed element
   * (`appendedNodes`), so the new messages are among them and nothing before them changed. Reads those
   * alone: a 10,000-line chat costs what a 10-line one does. Null when the adapter cannot list them.
   */
  function readAppended(): { raw: RawMessage[]; els: Element[]; unread: boolean } | null {
    if (!adapter.listAdded || !root?.isConnected || !lastListed?.isConnected || !appendedNodes) return null;
    const added = appendedNodes.filter((n) => n.isConnected);
    // only the outermost nodes: a node added inside another added node is listed with it
    const outer = added.filter((n) => !added.some((o) => o !== n && o.contains(n)));
    const items = adapter.listAdded(root, outer);
    if (!items) return null;
    const read = readItems(items, lastRead);
    if (items.length) lastListed = items.at(-1)!;
    if (read.raw.length) lastRead = read.raw.at(-1);
    return read;
  }

  /** Content signature of a read message, computed once per read (reads are cached per element). */
  const sigs = new WeakMap<RawMessage, string>();
  const sigOf = (m: RawMessage): string => {
    let sig = sigs.get(m);
    if (sig === undefined) {
      sig = signature(m);
      sigs.set(m, sig);
    }
    return sig;
  };
  /** The last element listed and the last message read, at the end of the last read. */
  let lastListed: Element | null = null;
  let lastRead: RawMessage | undefined;
  /**
   * Element nodes appended after `lastListed` since the last read, or null once anything else changed
   * in the conversation (a removal, an edit, an insertion before it): then everything is listed again.
   */
  let appendedNodes: Element[] | null = null;
  const FOLLOWS = 4; // Node.DOCUMENT_POSITION_FOLLOWING
  const INSIDE = 16; // Node.DOCUMENT_POSITION_CONTAINED_BY
  /**
   * `b` comes after `a` in the document and is not inside it. The usual case, a node appended right
   * after the last line, is a few sibling steps; `compareDocumentPosition` between siblings walks the
   * parent's children from the first, which at 10,000 lines cost more than reading the line.
   */
  const follows = (a: Node, b: Node): boolean => {
    let s = a.nextSibling;
    for (let i = 0; s && i < 32; i++, s = s.nextSibling) if (s === b) return true;
    const pos = a.compareDocumentPosition(b);
    return (pos & FOLLOWS) !== 0 && (pos & INSIDE) === 0;
  };
  /** Notes what one mutation record means for the fast path (observer callback: no reading here). */
  function noteRecord(r: MutationRecord): void {
    if (!appendedNodes) return;
    if (!root || !lastListed) {
      appendedNodes = null; // no conversation or no message yet: the next read lists everything
      return;
    }
    if (!root.contains(r.target)) return; // outside the conversation (a removed root is caught on read)
    if (r.type !== 'childList' || r.removedNodes.length) {
      appendedNodes = null;
      return;
    }
    const list = r.addedNodes;
    for (let i = 0, len = list.length; i < len; i++) {
      const n = list[i]!;
      if (n.nodeType === 3 && !n.nodeValue?.trim()) continue; // whitespace between elements
      if (n.nodeType !== 1 || !follows(lastListed, n)) {
        appendedNodes = null;
        return;
      }
      appendedNodes.push(n as Element);
    }
  }

  /** Keys of the lines shown when the conversation first appeared (sent flagged as history). */
  const historyKeys = new Set<string>();
  /** Elements and signatures of the lines without ids at the last flush, when all of them were captured. */
  let lastEls: Element[] = [];
  let lastSigs: string[] = [];

  /**
   * The common case, a widget appending lines: every element shown last time is still there, first,
   * in the same order and with the same text, so the lines after them are new. O(lines) pointer and
   * string comparisons, no alignment. Null when anything else happened (re-render, scroll, edit).
   */
  function appended(els: Element[], sigList: string[]): number[] | null {
    if (lastEls.length === 0 || els.length < lastEls.length) return null;
    for (let i = 0; i < lastEls.length; i++)
      if (els[i] !== lastEls[i] || sigList[i] !== lastSigs[i]) return null;
    const out: number[] = [];
    for (let i = lastEls.length; i < els.length; i++) out.push(i);
    return out;
  }

  /**
   * Reads the widget and queues what is new. `quick` (the observer's batches): use the fast path when
   * the widget only appended, and skip reading when nothing changed in the conversation.
   */
  function flush(quick = false): void {
    timer = undefined;
    if (!resumed || paused || signal.aborted) return;
    for (const r of observer.takeRecords()) noteRecord(r);
    const tail =
      quick && appendedNodes?.length === 0 && root?.isConnected ? EMPTY : quick ? readAppended() : null;
    const { raw, els, unread } = tail ?? readVisible();
    // a message still rendering is read again: list everything next time
    appendedNodes = unread || !root ? null : [];
    watch.check(root);
    // the lines shown when the conversation first appears are history, not live ends or stalls
    const first = !sawRoot && root !== null;
    if (root) sawRoot = true;
    if (raw.length === 0) return;
    const at = isoLocal(deps.now());
    const withId = raw.filter((m) => m.id);
    const plain: RawMessage[] = [];
    const plainEls: Element[] = [];
    raw.forEach((m, i) => {
      if (m.id) return;
      plain.push(m);
      plainEls.push(els[i]!);
    });
    const fresh: CapturedMessage[] = [];
    const toCaptured = (m: RawMessage, key: string): CapturedMessage => ({
      key,
      role: m.role,
      author: m.author ? m.author.slice(0, LIMITS.authorChars) : null,
      text: m.text.length > LIMITS.textChars ? `${m.text.slice(0, LIMITS.textChars - 1)}…` : m.text,
      at,
      shownAt: m.shownAt ? m.shownAt.slice(0, LIMITS.shownAtChars) : null,
    });
    // Lines with a vendor id: the id is the identity.
    for (const m of withId) {
      const sig = sigOf(m);
      const key = `${sig}.id:${m.id!.slice(0, 200)}`;
      if (idKeys.has(key)) continue;
      remember(sig, key);
      fresh.push(toCaptured(m, key));
    }
    // Lines without: align what is shown with what was captured.
    if (plain.length) {
      const sigList = plain.map(sigOf);
      let idx: number[];
      if (tail) {
        // the fast path read appended lines only: all of them are new
        idx = sigList.map((_, i) => i);
        lastEls.push(...plainEls);
        lastSigs.push(...sigList);
      } else {
        idx = appended(plainEls, sigList) ?? align(known, sigList).fresh;
        lastEls = plainEls;
        lastSigs = sigList;
      }
      for (const i of idx) {
        const sig = sigList[i]!;
        const key = `${sig}.${occurrences.get(sig) ?? 0}`;
        remember(sig, key);
        fresh.push(toCaptured(plain[i]!, key));
      }
    }
    if (fresh.length) {
      linesAt = performance.now();
      if (first) {
        watch.history(fresh.map((m) => m.key));
        for (const m of fresh) historyKeys.add(m.key);
      }
      queue.push(...fresh);
      void pump();
    }
  }

  const post = (batch: CapturedMessage[]) =>
    deps.send({
      type: 'captureMessages',
      vendor,
      title: '',
      conversationId: null,
      messages: batch,
      ...(batch.every((m) => historyKeys.has(m.key)) && { history: true }),
    });

  async function pump(): Promise<void> {
    if (inFlight || queue.length === 0 || signal.aborted) return;
    const batch = queue.slice(0, LIMITS.batch);
    inFlight = batch.length;
    try {
      const res = parseCaptureAnswer(await post(batch), batch.length);
      if (!res.ok) throw new Error('not stored');
      queue.splice(0, batch.length);
      watch.stored(batch, res.ends);
      retryMs = 0;
    } catch {
      // Worker asleep, restarting, or storage full: keep the lines and try again.
      retryMs = Math.min(retryMs ? retryMs * 2 : 500, 15_000);
      clearTimeout(retryTimer);
      retryTimer = setTimeout(() => void pump(), retryMs);
    } finally {
      inFlight = 0;
    }
    if (queue.length && retryMs === 0) void pump();
  }

  const schedule = () => {
    if (timer !== undefined || signal.aborted) return;
    const streaming = performance.now() - linesAt < STREAM_GAP_MS;
    timer = setTimeout(flush, streaming ? batchMs * 2 : batchMs, true);
    // Hidden tabs clamp timers to about a second (Firefox: every background tab), which would delay a
    // disconnect alert by as much; nobody types into a hidden page, so batch to the end of this task.
    if (doc.visibilityState === 'hidden')
      queueMicrotask(() => {
        if (timer === undefined) return;
        clearTimeout(timer);
        flush(true);
      });
  };
  const observer = new MutationObserver((records) => {
    // Observer callbacks only queue: forget cached reads of items that changed, then batch.
    for (const r of records) {
      noteRecord(r);
      for (let n: Node | null = r.target; n && n !== root; n = n.parentNode) {
        if (n.nodeType === 1 && cache.has(n as Element)) {
          cache.delete(n as Element);
          break;
        }
      }
    }
    schedule();
  });
  observer.observe(doc.documentElement, OBSERVE);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    clearTimeout(retryTimer);
  });
  // The tab is closing or navigating: read what is shown now, don't wait for the batch timer, and post
  // every queued line the request in flight does not hold. pump() sends one batch at a time; a line
  // queued behind a batch still waiting for its answer would die with the page (e2e "tab closed right
  // after a line"). The lines stay queued: a page restored from the back/forward cache sends them
  // again, and the background stores a key once.
  doc.defaultView?.addEventListener(
    'pagehide',
    () => {
      flush();
      if (signal.aborted) return;
      for (let i = inFlight; i < queue.length; i += LIMITS.batch)
        post(queue.slice(i, i + LIMITS.batch)).catch(() => {});
    },
    { signal },
  );

  return { adapter, ready, flush, pending: () => queue.length };
}
