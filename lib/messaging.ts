/**
 * THE protocol: every message between content scripts, the background and extension pages.
 * Payloads are plain JSON. Every message is validated on receipt (shape, sizes, sender) by
 * `parseMessage`; anything else is ignored and counted. Names are verbNoun.
 */
import {
  type CapturedMessage,
  type EndReason,
  isEndReason,
  isRole,
  OUTCOMES,
  type Outcome,
  type Settings,
} from './model';

/** Caps that keep a hostile page from flooding the store (issue 9). */
export const LIMITS = {
  /** Characters of one message's text; longer texts are cut by the recorder and marked. */
  textChars: 100_000,
  authorChars: 200,
  keyChars: 300,
  shownAtChars: 100,
  /** Messages in one capture batch. */
  batch: 500,
  /** Messages stored per session; past it a `truncated` event is recorded once. */
  sessionMessages: 50_000,
  /**
   * New messages stored per session per minute. A person's chat never comes near it (a busy chat is
   * a few lines a minute; a long history shown for the first time is a few hundred); a page faking
   * widget markup to flood the store hits it and gets a `truncated` event instead of a full disk.
   */
  sessionMessagesPerMinute: 2_000,
  vendorChars: 40,
  titleChars: 500,
  noteChars: 20_000,
  idChars: 100,
  promptChars: 2_000,
  /** Bytes of a file imported from the dashboard (sent base64url-encoded). */
  importBytes: 32_000_000,
} as const;

/** A disconnect/widget signal observed by the recorder (issue 4). */
export interface WidgetSignal {
  kind:
    | 'end-line'
    | 'composer-disabled'
    | 'end-prompt'
    | 'offline-banner'
    | 'widget-removed'
    | 'page-hidden'
    | 'reconnected'
    /** The widget ended right after the person used its own "End chat" control (no alert). */
    | 'customer-ended'
    /** The customer wrote last and no reply came for Settings.stallMinutes (a nudge, not an end). */
    | 'stalled';
  /** The text or selector that was seen (evidence). */
  evidence: string;
  at: string;
}
const SIGNAL_KINDS = new Set<WidgetSignal['kind']>([
  'end-line',
  'composer-disabled',
  'end-prompt',
  'offline-banner',
  'widget-removed',
  'page-hidden',
  'reconnected',
  'customer-ended',
  'stalled',
]);

/** Messages a content script (detector or recorder) may send. */
export type ContentMessage =
  | { type: 'detectWidget'; vendor: string; via: string }
  /** A detector saw a frame load in its document: offer the detector to the tab's frames again. */
  | { type: 'framesAdded' }
  | { type: 'resumeCapture'; vendor: string }
  | {
      type: 'captureMessages';
      vendor: string;
      title: string;
      conversationId: string | null;
      messages: CapturedMessage[];
      /**
       * The lines were already on screen when the conversation first appeared (its history): they
       * count against the per-session cap but not the per-minute one, so a long history is kept whole.
       */
      history?: boolean;
    }
  | { type: 'reportSignal'; vendor: string; signal: WidgetSignal };

export interface SessionPatch {
  desiredOutcome?: string;
  outcome?: Outcome | null;
  notes?: string;
}

/** Messages an extension page (popup, dashboard) may send. */
export type UiMessage =
  | { type: 'getTabState'; tabId: number }
  | { type: 'updateSession'; id: string; patch: SessionPatch }
  | { type: 'deleteSessions'; ids: string[] }
  | { type: 'saveSettings'; settings: Partial<Settings> }
  | { type: 'setSitePaused'; host: string; paused: boolean }
  | { type: 'insertText'; tabId: number; text: string }
  | { type: 'clearAlert'; tabId: number }
  /** An exported JSON file or evidence bundle, base64url; the background verifies it before storing. */
  | { type: 'importChat'; fileName: string; data: string };

/** Messages the background sends to content scripts. */
export type ToContentMessage =
  | { type: 'insertText'; text: string }
  /** The upsell offer still open in this frame's chat (null: none), for the inline assent warning. */
  | { type: 'openOffer'; offer: string | null };

/** Broadcasts from the background to open extension pages. */
export type Broadcast =
  | { type: 'sessionChanged'; sessionId: string; tabId: number | null }
  | { type: 'tabStateChanged'; tabId: number };

export type AnyMessage = ContentMessage | UiMessage;

/** What we need of `runtime.MessageSender` (kept structural so tests can pass plain objects). */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export interface SelfInfo {
  /** This extension's id. */
  id: string;
  /** This extension's base URL, e.g. chrome-extension://abc/ */
  baseUrl: string;
}

export type ParseResult<T> = { ok: true; msg: T } | { ok: false; reason: string };

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const strOrNull = (v: unknown, max: number): v is string | null => v === null || str(v, max);
const int = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const ISO_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;
const iso = (v: unknown): v is string => typeof v === 'string' && ISO_RE.test(v);
const HOST_RE = /^[a-z0-9.-]{1,253}(:\d{1,5})?$/i;

function isCaptured(v: unknown): v is CapturedMessage {
  return (
    isObj(v) &&
    str(v.key, LIMITS.keyChars) &&
    v.key.length > 0 &&
    isRole(v.role) &&
    strOrNull(v.author, LIMITS.authorChars) &&
    str(v.text, LIMITS.textChars) &&
    iso(v.at) &&
    strOrNull(v.shownAt, LIMITS.shownAtChars)
  );
}

function parseContent(m: Record<string, unknown>): ContentMessage | string {
  if (m.type === 'framesAdded') return { type: 'framesAdded' };
  if (!str(m.vendor, LIMITS.vendorChars) || !/^[a-z0-9-]+$/.test(m.vendor)) return 'bad vendor';
  switch (m.type) {
    case 'detectWidget':
      return str(m.via, 200) ? { type: 'detectWidget', vendor: m.vendor, via: m.via } : 'bad via';
    case 'resumeCapture':
      return { type: 'resumeCapture', vendor: m.vendor };
    case 'captureMessages': {
      if (!str(m.title, LIMITS.titleChars)) return 'bad title';
      if (!strOrNull(m.conversationId, LIMITS.idChars)) return 'bad conversationId';
      if (!Array.isArray(m.messages) || m.messages.length === 0 || m.messages.length > LIMITS.batch)
        return 'bad batch size';
      if (!m.messages.every(isCaptured)) return 'bad message';
      return {
        type: 'captureMessages',
        vendor: m.vendor,
        title: m.title,
        conversationId: m.conversationId,
        history: m.history === true,
        messages: m.messages.map((x) => ({
          key: x.key,
          role: x.role,
          author: x.author,
          text: x.text,
          at: x.at,
          shownAt: x.shownAt,
        })),
      };
    }
    case 'reportSignal': {
      const s = m.signal;
      if (
        !isObj(s) ||
        !SIGNAL_KINDS.has(s.kind as WidgetSignal['kind']) ||
        !str(s.evidence, 1000) ||
        !iso(s.at)
      )
        return 'bad signal';
      return {
        type: 'reportSignal',
        vendor: m.vendor,
        signal: { kind: s.kind as WidgetSignal['kind'], evidence: s.evidence, at: s.at },
      };
    }
    default:
      return 'unknown type';
  }
}

function parsePatch(p: unknown): SessionPatch | null {
  if (!isObj(p)) return null;
  const out: SessionPatch = {};
  for (const k of Object.keys(p)) {
    if (k === 'desiredOutcome' || k === 'notes') {
      if (!str(p[k], LIMITS.noteChars)) return null;
      out[k] = p[k] as string;
    } else if (k === 'outcome') {
      if (p.outcome !== null && !(OUTCOMES as readonly unknown[]).includes(p.outcome)) return null;
      out.outcome = p.outcome as Outcome | null;
    } else return null;
  }
  return out;
}

function parseSettings(s: unknown): Partial<Settings> | null {
  if (!isObj(s)) return null;
  const out: Partial<Settings> = {};
  const hosts = (v: unknown) =>
    Array.isArray(v) && v.length <= 1000 && v.every((h) => str(h, 260) && HOST_RE.test(h));
  for (const k of Object.keys(s)) {
    const v = s[k];
    switch (k) {
      case 'pausedSites':
      case 'alertsOffSites':
        if (!hosts(v)) return null;
        out[k] = v as string[];
        break;
      case 'alertsEnabled':
      case 'upsellAlerts':
        if (typeof v !== 'boolean') return null;
        out[k] = v;
        break;
      case 'stallMinutes':
        if (!int(v) || v < 1 || v > 240) return null;
        out.stallMinutes = v;
        break;
      case 'retentionDays':
        if (!int(v) || v > 36500) return null;
        out.retentionDays = v;
        break;
      default:
        return null;
    }
  }
  return out;
}

function parseUi(m: Record<string, unknown>): UiMessage | string {
  switch (m.type) {
    case 'getTabState':
      return int(m.tabId) ? { type: 'getTabState', tabId: m.tabId } : 'bad tabId';
    case 'clearAlert':
      return int(m.tabId) ? { type: 'clearAlert', tabId: m.tabId } : 'bad tabId';
    case 'updateSession': {
      const patch = parsePatch(m.patch);
      return str(m.id, LIMITS.idChars) && patch ? { type: 'updateSession', id: m.id, patch } : 'bad patch';
    }
    case 'deleteSessions':
      return Array.isArray(m.ids) && m.ids.length <= 100_000 && m.ids.every((x) => str(x, LIMITS.idChars))
        ? { type: 'deleteSessions', ids: m.ids as string[] }
        : 'bad ids';
    case 'saveSettings': {
      const settings = parseSettings(m.settings);
      return settings ? { type: 'saveSettings', settings } : 'bad settings';
    }
    case 'setSitePaused':
      return str(m.host, 260) && HOST_RE.test(m.host) && typeof m.paused === 'boolean'
        ? { type: 'setSitePaused', host: m.host, paused: m.paused }
        : 'bad host';
    case 'insertText':
      return int(m.tabId) && str(m.text, LIMITS.promptChars)
        ? { type: 'insertText', tabId: m.tabId, text: m.text }
        : 'bad insert';
    case 'importChat':
      return str(m.fileName, 200) &&
        str(m.data, Math.ceil((LIMITS.importBytes * 4) / 3) + 4) &&
        /^[A-Za-z0-9_-]*$/.test(m.data)
        ? { type: 'importChat', fileName: m.fileName, data: m.data }
        : 'bad import';
    default:
      return 'unknown type';
  }
}

const CONTENT_TYPES = new Set([
  'detectWidget',
  'framesAdded',
  'resumeCapture',
  'captureMessages',
  'reportSignal',
]);

export type Parsed =
  | { ok: true; from: 'content'; msg: ContentMessage; tabId: number; frameId: number; tabUrl: string }
  | { ok: true; from: 'ui'; msg: UiMessage }
  | { ok: false; reason: string };

/**
 * Validates a runtime message and its sender. Content messages must come from this extension's
 * content scripts in a tab (never from an extension page); UI messages only from this extension's
 * own pages. Everything else is rejected with a reason (the caller counts it).
 */
export function parseMessage(raw: unknown, sender: SenderLike, self: SelfInfo): Parsed {
  if (sender.id !== self.id) return { ok: false, reason: 'foreign sender' };
  if (!isObj(raw) || typeof raw.type !== 'string') return { ok: false, reason: 'not a message' };
  const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(self.baseUrl);
  if (CONTENT_TYPES.has(raw.type)) {
    if (fromExtensionPage) return { ok: false, reason: 'content message from extension page' };
    const tabId = sender.tab?.id;
    if (!int(tabId) || !int(sender.frameId)) return { ok: false, reason: 'no tab' };
    const parsed = parseContent(raw);
    if (typeof parsed === 'string') return { ok: false, reason: parsed };
    return {
      ok: true,
      from: 'content',
      msg: parsed,
      tabId,
      frameId: sender.frameId,
      tabUrl: sender.tab?.url ?? '',
    };
  }
  if (!fromExtensionPage) return { ok: false, reason: 'ui message from web content' };
  const parsed = parseUi(raw);
  if (typeof parsed === 'string') return { ok: false, reason: parsed };
  return { ok: true, from: 'ui', msg: parsed };
}

/** Name of the recorder's long-lived port to the background (lib/recorder/port.ts). */
export const PORT_NAME = 'chatproof-recorder';

/** A request on the recorder's port: an id the answer carries back, and a content message. */
export interface PortRequest {
  id: number;
  msg: unknown;
}
/** The answer to request `re`: its result, or `error` when the background failed to handle it. */
export interface PortReply {
  re: number;
  res: unknown;
  error?: string;
}

/** The envelope of a port request; the message inside still goes through `parseMessage`. */
export function parsePortRequest(raw: unknown): PortRequest | null {
  return isObj(raw) && int(raw.id) && 'msg' in raw ? { id: raw.id, msg: raw.msg } : null;
}

export function parsePortReply(raw: unknown): PortReply | null {
  if (!isObj(raw) || !int(raw.re)) return null;
  return typeof raw.error === 'string'
    ? { re: raw.re, res: undefined, error: raw.error }
    : { re: raw.re, res: raw.res };
}

/**
 * A line of a capture batch (its index) that is an end line by the shared list, with what the list
 * says of it: the reason, the phrase, and `transient` ("Reconnecting…"). The recorder uses them as
 * they are, so the page never runs the shared list (not even to name the reason of an end it reports).
 */
export interface EndFlag {
  i: number;
  reason: EndReason;
  phrase: string;
  transient: boolean;
}

/** The background's answer to `captureMessages`, as the recorder reads it. */
export interface CaptureAnswer {
  /** The lines are stored (or the site is paused and nothing is kept): do not send them again. */
  ok: boolean;
  /** End lines among the batch by the shared phrase list (`sharedEndLines`), in batch order. */
  ends: EndFlag[];
}

/** Validates the answer to a batch of `size` lines; anything malformed is "not stored" (retried). */
export function parseCaptureAnswer(raw: unknown, size: number): CaptureAnswer {
  if (!isObj(raw) || raw.ok !== true) return { ok: false, ends: [] };
  const ends: EndFlag[] = [];
  if (Array.isArray(raw.ends))
    for (const e of raw.ends)
      if (
        isObj(e) &&
        int(e.i) &&
        e.i < size &&
        typeof e.transient === 'boolean' &&
        isEndReason(e.reason) &&
        str(e.phrase, LIMITS.textChars)
      )
        ends.push({ i: e.i, reason: e.reason, phrase: e.phrase, transient: e.transient });
  return { ok: true, ends };
}

/** Validates a message the background sent to a content script (the recorder checks it too). */
export function parseToContent(raw: unknown, sender: SenderLike, selfId: string): ToContentMessage | null {
  if (sender.id !== selfId || sender.tab || !isObj(raw)) return null;
  if (raw.type === 'insertText' && str(raw.text, LIMITS.promptChars))
    return { type: 'insertText', text: raw.text };
  if (raw.type === 'openOffer' && strOrNull(raw.offer, LIMITS.textChars))
    return { type: 'openOffer', offer: raw.offer };
  return null;
}

export function parseBroadcast(raw: unknown): Broadcast | null {
  if (!isObj(raw)) return null;
  if (raw.type === 'sessionChanged' && str(raw.sessionId, LIMITS.idChars))
    return { type: 'sessionChanged', sessionId: raw.sessionId, tabId: int(raw.tabId) ? raw.tabId : null };
  if (raw.type === 'tabStateChanged' && int(raw.tabId)) return { type: 'tabStateChanged', tabId: raw.tabId };
  return null;
}
