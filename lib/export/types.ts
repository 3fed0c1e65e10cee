import type { ChatEvent, EndReason, EventType, Message, Outcome, Role, Session } from '../model';

/** Everything an export is a pure function of. Time comes in as data (`exportedAt`), never from a clock. */
export interface ExportInput {
  session: Session;
  /** All stored messages of the session (any order; exports sort them by `seq`). */
  messages: Message[];
  events: ChatEvent[];
  tool: { name: string; version: string };
  /** Browser name and version, e.g. `Firefox 146.0`. */
  browser: string;
  /** IANA time zone of the capturing computer, e.g. `Europe/Paris`. */
  timeZone: string;
  /** ISO 8601 with offset (`isoLocal(Date.now())`). */
  exportedAt: string;
}

/** The public half of the install's ECDSA P-256 key, reduced to the RFC 7638 thumbprint members. */
export interface PublicJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
}

/** Signs with the install's key; the private key never leaves WebCrypto (see `createSigner`). */
export interface Signer {
  publicJwk: PublicJwk;
  /** Returns the base64url IEEE P1363 (r‖s) ECDSA P-256 / SHA-256 signature of `bytes`. */
  sign(bytes: Uint8Array): Promise<string>;
}

export const TRANSCRIPT_FORMAT = 'chatproof-transcript';
export const TRANSCRIPT_VERSION = 1;
export const BUNDLE_FORMAT = 'chatproof-bundle';
export const BUNDLE_VERSION = 1;

export interface ExportedSession {
  id: string;
  vendor: string;
  url: string;
  origin: string;
  title: string;
  conversationId: string | null;
  startedAt: string;
  lastActivityAt: string;
  endedAt: string | null;
  endReason: EndReason | null;
  agents: string[];
  caseNumbers: string[];
  desiredOutcome: string;
  outcome: Outcome | null;
  messageCount: number;
  /** The per-session message cap was hit: later messages were not recorded. */
  truncated: boolean;
}

export interface ExportedMessage {
  seq: number;
  key: string;
  role: Role;
  author: string | null;
  text: string;
  at: string;
  shownAt: string | null;
  hash: string;
  prevHash: string;
}

export interface ExportedEvent {
  type: EventType;
  at: string;
  seq: number | null;
  detail: Record<string, unknown>;
}

export interface TranscriptIntegrity {
  hashAlgorithm: 'SHA-256';
  /** Names the per-message canonical encoding (see `canonicalMessage`). */
  chainEncoding: 'chatproof-message/1';
  /** Hash of the last message, `''` for an empty chat. */
  chainHead: string;
  signatureAlgorithm: 'ECDSA-P256-SHA256';
  /** Names what the signature covers (see `signedBytes`). */
  signedContent: 'jcs-without-signature-and-annotations';
  publicKeyJwk: PublicJwk;
  /** Lowercase hex SHA-256 of the RFC 7638 canonical JWK. */
  fingerprint: string;
  /** base64url r‖s; left out of the signed bytes. */
  signature: string;
}

/** The JSON export (docs/export-format.md, docs/export.schema.json). */
export interface TranscriptDoc {
  format: typeof TRANSCRIPT_FORMAT;
  version: typeof TRANSCRIPT_VERSION;
  session: ExportedSession;
  messages: ExportedMessage[];
  events: ExportedEvent[];
  capture: { tool: { name: string; version: string }; browser: string; timeZone: string };
  exportedAt: string;
  integrity: TranscriptIntegrity;
  /** The person's own notes: outside the signature, never evidence of what was said. */
  annotations?: { signed: false; description: string; notes: string };
}

export interface VerifyCheck {
  name: string;
  ok: boolean;
  detail: string;
}

export interface VerifyResult {
  ok: boolean;
  kind: 'json' | 'bundle';
  /** False when the input is not a Chatproof export at all (CLI exit code 2). */
  readable: boolean;
  checks: VerifyCheck[];
  /** First message that fails the hash chain, if any. */
  firstBadSeq: number | null;
  summary: string;
}
