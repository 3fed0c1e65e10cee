import type { ChatEvent, Message } from '../model';
import { GENESIS, MESSAGE_ENCODING } from './chain';
import { canonicalJson, utf8ToBytes } from './encoding';
import { fingerprint } from './sign';
import {
  type ExportedEvent,
  type ExportedMessage,
  type ExportInput,
  type Signer,
  TRANSCRIPT_FORMAT,
  TRANSCRIPT_VERSION,
  type TranscriptDoc,
} from './types';

export const ANNOTATIONS_DESCRIPTION =
  'Notes written by the person who recorded the chat. Not captured from the chat and not covered by the signature.';

/** Messages in seq order (a copy); every export lists them this way. */
export function sortBySeq(messages: readonly Message[]): Message[] {
  return [...messages].sort((a, b) => a.seq - b.seq);
}

/** Chain head as stored: the last message's hash. The exporter never repairs a chain; the verifier judges it. */
export function chainHeadOf(sorted: readonly Message[]): string {
  return sorted[sorted.length - 1]?.hash ?? GENESIS;
}

function exportMessage(m: Message): ExportedMessage {
  return {
    seq: m.seq,
    key: m.key,
    role: m.role,
    author: m.author ?? null,
    text: m.text,
    at: m.at,
    shownAt: m.shownAt ?? null,
    hash: m.hash,
    prevHash: m.prevHash,
  };
}

function exportEvent(e: ChatEvent): ExportedEvent {
  // A JSON round trip makes `detail` plain JSON (a stray Date or undefined would otherwise sign
  // differently from how it is written).
  const detail = JSON.parse(JSON.stringify(e.detail ?? {})) as Record<string, unknown>;
  return { type: e.type, at: e.at, seq: e.seq ?? null, detail };
}

/**
 * The exact bytes the signature covers: UTF-8 of the RFC 8785 (JCS) serialisation of the document
 * with the top-level `annotations` member and the `integrity.signature` member removed.
 */
export function signedBytes(doc: Omit<TranscriptDoc, 'integrity'> & { integrity: object }): Uint8Array {
  const { annotations: _notes, ...rest } = doc as TranscriptDoc;
  const { signature: _sig, ...integrity } = rest.integrity;
  return utf8ToBytes(canonicalJson({ ...rest, integrity }));
}

/** The signed transcript document (see docs/export-format.md). */
export async function buildTranscript(input: ExportInput, signer: Signer): Promise<TranscriptDoc> {
  const { session: s } = input;
  const messages = sortBySeq(input.messages);
  const doc: TranscriptDoc = {
    format: TRANSCRIPT_FORMAT,
    version: TRANSCRIPT_VERSION,
    session: {
      id: s.id,
      vendor: s.vendor,
      url: s.url,
      origin: s.origin,
      title: s.title,
      conversationId: s.conversationId ?? null,
      startedAt: s.startedAt,
      lastActivityAt: s.lastActivityAt,
      endedAt: s.endedAt ?? null,
      endReason: s.endReason ?? null,
      agents: [...s.agents],
      caseNumbers: [...s.caseNumbers],
      desiredOutcome: s.desiredOutcome,
      outcome: s.outcome ?? null,
      messageCount: messages.length,
      truncated: s.truncated === true,
    },
    messages: messages.map(exportMessage),
    events: input.events.map(exportEvent),
    capture: {
      tool: { name: input.tool.name, version: input.tool.version },
      browser: input.browser,
      timeZone: input.timeZone,
    },
    exportedAt: input.exportedAt,
    integrity: {
      hashAlgorithm: 'SHA-256',
      chainEncoding: MESSAGE_ENCODING,
      chainHead: chainHeadOf(messages),
      signatureAlgorithm: 'ECDSA-P256-SHA256',
      signedContent: 'jcs-without-signature-and-annotations',
      publicKeyJwk: { ...signer.publicJwk },
      fingerprint: fingerprint(signer.publicJwk),
      signature: '',
    },
  };
  doc.integrity.signature = await signer.sign(signedBytes(doc));
  if (s.notes.trim())
    doc.annotations = { signed: false, description: ANNOTATIONS_DESCRIPTION, notes: s.notes };
  return doc;
}

/** The JSON file's text: the document, 2-space indented (indentation is outside the signature). */
export function serializeTranscript(doc: TranscriptDoc): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Builds, signs and serialises the JSON export. */
export async function buildJsonExport(input: ExportInput, signer: Signer): Promise<string> {
  return serializeTranscript(await buildTranscript(input, signer));
}
