import { TRANSCRIPT_FORMAT, TRANSCRIPT_VERSION } from './types';

/**
 * Structural check of a parsed JSON export: types only (string, number, null…), not enums, so a
 * tampered role or event type is reported by the hash chain or signature with its message named.
 */
export interface ShapeProblem {
  path: string;
  /** Index in `messages` when the problem is inside a message. */
  messageIndex: number | null;
}

type Check = (v: unknown) => boolean;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str: Check = (v) => typeof v === 'string';
const strOrNull: Check = (v) => v === null || typeof v === 'string';
const int: Check = (v) => Number.isSafeInteger(v) && (v as number) >= 0;
const intOrNull: Check = (v) => v === null || int(v);
const strings: Check = (v) => Array.isArray(v) && v.every(str);

function fields(obj: unknown, spec: Record<string, Check>, path: string): string | null {
  if (!isObject(obj)) return path;
  for (const [key, ok] of Object.entries(spec)) if (!ok(obj[key])) return `${path}.${key}`;
  return null;
}

const SESSION: Record<string, Check> = {
  id: str,
  vendor: str,
  url: str,
  origin: str,
  title: str,
  conversationId: strOrNull,
  startedAt: str,
  lastActivityAt: str,
  endedAt: strOrNull,
  endReason: strOrNull,
  agents: strings,
  caseNumbers: strings,
  desiredOutcome: str,
  outcome: strOrNull,
  messageCount: int,
  truncated: (v) => typeof v === 'boolean',
};
const MESSAGE: Record<string, Check> = {
  seq: int,
  key: str,
  role: str,
  author: strOrNull,
  text: str,
  at: str,
  shownAt: strOrNull,
  hash: str,
  prevHash: str,
};
const EVENT: Record<string, Check> = { type: str, at: str, seq: intOrNull, detail: isObject };
const JWK: Record<string, Check> = { kty: (v) => v === 'EC', crv: (v) => v === 'P-256', x: str, y: str };
const INTEGRITY: Record<string, Check> = {
  hashAlgorithm: (v) => v === 'SHA-256',
  chainEncoding: (v) => v === 'chatproof-message/1',
  chainHead: str,
  signatureAlgorithm: (v) => v === 'ECDSA-P256-SHA256',
  signedContent: (v) => v === 'jcs-without-signature-and-annotations',
  fingerprint: str,
  signature: str,
};

/** True when `v` claims to be a transcript this version reads (format and version), whatever its state. */
export function isTranscriptFormat(v: unknown): boolean {
  return isObject(v) && v.format === TRANSCRIPT_FORMAT && v.version === TRANSCRIPT_VERSION;
}

/** First structural problem of a parsed export, or null when it has the shape of a `TranscriptDoc`. */
export function findShapeProblem(v: unknown): ShapeProblem | null {
  const at = (path: string | null, messageIndex: number | null = null) =>
    path ? { path, messageIndex } : null;
  if (!isObject(v)) return at('document');
  const top =
    fields(v, { exportedAt: str }, 'document') ??
    fields(v.session, SESSION, 'session') ??
    fields(v.capture, { browser: str, timeZone: str }, 'capture') ??
    fields(isObject(v.capture) ? v.capture.tool : null, { name: str, version: str }, 'capture.tool') ??
    fields(v.integrity, INTEGRITY, 'integrity') ??
    fields(isObject(v.integrity) ? v.integrity.publicKeyJwk : null, JWK, 'integrity.publicKeyJwk');
  if (top) return at(top);
  if (v.annotations !== undefined) {
    const bad = fields(
      v.annotations,
      { signed: (s) => s === false, description: str, notes: str },
      'annotations',
    );
    if (bad) return at(bad);
  }
  if (!Array.isArray(v.messages)) return at('messages');
  for (let i = 0; i < v.messages.length; i++) {
    const bad = fields(v.messages[i], MESSAGE, `messages[${i}]`);
    if (bad) return at(bad, i);
  }
  if (!Array.isArray(v.events)) return at('events');
  for (let i = 0; i < v.events.length; i++) {
    const bad = fields(v.events[i], EVENT, `events[${i}]`);
    if (bad) return at(bad);
  }
  return null;
}
