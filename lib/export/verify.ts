import { unzipSync } from 'fflate';
import type { Message } from '../model';
import { BUNDLE_FILES, type BundleManifest, MANIFEST_FILE, MANIFEST_SIG_FILE } from './bundle';
import { verifyChain } from './chain';
import { sha256Hex } from './encoding';
import { chainHeadOf, signedBytes } from './json';
import { fingerprint, groupFingerprint, verifyBytes } from './sign';
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  type TranscriptDoc,
  type VerifyCheck,
  type VerifyResult,
} from './types';
import { findShapeProblem, isTranscriptFormat } from './validate';

/** A verification result plus the document it is about (null when unreadable), for the importer. */
export interface CheckedExport {
  result: VerifyResult;
  doc: TranscriptDoc | null;
}

const short = (hex: string) => (hex ? `${hex.slice(0, 16)}…` : '(empty)');

function decodeJson(bytes: Uint8Array): unknown {
  // fatal: a file that is not UTF-8 is not ours; BOM stripped in case an editor added one.
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  return JSON.parse(text);
}

function unreadable(kind: VerifyResult['kind'], detail: string): CheckedExport {
  return {
    result: {
      ok: false,
      kind,
      readable: false,
      checks: [{ name: 'read', ok: false, detail }],
      firstBadSeq: null,
      summary: `Unreadable: ${detail}`,
    },
    doc: null,
  };
}

/** Checks of one parsed transcript: shape, hash chain, chain head, key fingerprint, signature. */
export async function checkTranscript(
  value: unknown,
): Promise<{ checks: VerifyCheck[]; firstBadSeq: number | null }> {
  const problem = findShapeProblem(value);
  if (problem) {
    const seq = problem.messageIndex;
    return {
      checks: [{ name: 'structure', ok: false, detail: `${problem.path} is missing or has the wrong type` }],
      firstBadSeq: seq,
    };
  }
  const doc = value as TranscriptDoc;
  const { integrity } = doc;
  const messages: Message[] = doc.messages.map((m) => ({ ...m, sessionId: doc.session.id }));
  const checks: VerifyCheck[] = [{ name: 'structure', ok: true, detail: 'chatproof-transcript version 1' }];

  const chain = verifyChain(messages);
  checks.push(
    chain.ok
      ? {
          name: 'message chain',
          ok: true,
          detail: `${messages.length} messages, each linked to the one before`,
        }
      : { name: 'message chain', ok: false, detail: chain.reason },
  );
  const head = chain.ok ? chain.head : chainHeadOf(messages);
  const headOk = head === integrity.chainHead && messages.length === doc.session.messageCount;
  checks.push({
    name: 'chain head',
    ok: headOk,
    detail: headOk
      ? `last message hash ${short(head)} and count ${messages.length} match the recorded head`
      : `recorded head ${short(integrity.chainHead)} / ${doc.session.messageCount} messages, file has ${short(head)} / ${messages.length} (messages removed or added at the end?)`,
  });
  const fp = fingerprint(integrity.publicKeyJwk);
  checks.push({
    name: 'key fingerprint',
    ok: fp === integrity.fingerprint,
    detail:
      fp === integrity.fingerprint
        ? groupFingerprint(fp)
        : `the stated fingerprint is not the key's (${groupFingerprint(fp)})`,
  });
  const sigOk = await verifyBytes(integrity.publicKeyJwk, signedBytes(doc), integrity.signature);
  checks.push({
    name: 'signature',
    ok: sigOk,
    detail: sigOk
      ? 'valid: the document is unchanged since export'
      : 'INVALID: the document was changed after it was signed',
  });
  return { checks, firstBadSeq: chain.ok ? null : chain.seq };
}

function summarise(ok: boolean, checks: VerifyCheck[], doc: TranscriptDoc | null): string {
  if (ok && doc) {
    return `Intact: ${doc.messages.length} messages, chain head ${short(doc.integrity.chainHead)}, signed by key ${groupFingerprint(doc.integrity.fingerprint)}.`;
  }
  const failed = checks.filter((c) => !c.ok);
  return `NOT INTACT: ${failed.map((c) => `${c.name}: ${c.detail}`).join('; ')}`;
}

async function checkJson(bytes: Uint8Array): Promise<CheckedExport> {
  let value: unknown;
  try {
    value = decodeJson(bytes);
  } catch {
    return unreadable('json', 'not a JSON file (or not UTF-8)');
  }
  if (!isTranscriptFormat(value))
    return unreadable('json', 'not a Chatproof transcript (format/version 1 not found)');
  const { checks, firstBadSeq } = await checkTranscript(value);
  const ok = checks.every((c) => c.ok);
  const doc = checks[0]?.ok ? (value as TranscriptDoc) : null;
  return {
    result: { ok, kind: 'json', readable: true, checks, firstBadSeq, summary: summarise(ok, checks, doc) },
    doc,
  };
}

function isManifest(v: unknown): v is BundleManifest {
  const m = v as BundleManifest;
  return (
    typeof m === 'object' &&
    m !== null &&
    m.format === BUNDLE_FORMAT &&
    m.version === BUNDLE_VERSION &&
    Array.isArray(m.files) &&
    m.files.every(
      (f) => typeof f?.path === 'string' && typeof f.sha256 === 'string' && typeof f.size === 'number',
    ) &&
    typeof m.publicKeyJwk === 'object' &&
    m.publicKeyJwk !== null &&
    typeof m.fingerprint === 'string'
  );
}

async function checkBundle(bytes: Uint8Array): Promise<CheckedExport> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    return unreadable('bundle', 'not a readable ZIP file');
  }
  if (!files[MANIFEST_FILE] && !files[BUNDLE_FILES.json])
    return unreadable('bundle', 'not a Chatproof bundle (no manifest.json)');
  const checks: VerifyCheck[] = [];
  const fail = (name: string, detail: string) => checks.push({ name, ok: false, detail });

  let manifest: BundleManifest | null = null;
  const manifestBytes = files[MANIFEST_FILE];
  try {
    const parsed: unknown = manifestBytes ? decodeJson(manifestBytes) : null;
    if (isManifest(parsed)) manifest = parsed;
  } catch {
    // reported just below
  }
  if (!manifestBytes || !manifest)
    fail('manifest', manifestBytes ? 'manifest.json is damaged' : 'manifest.json is missing');
  else {
    checks.push({ name: 'manifest', ok: true, detail: `${manifest.files.length} files listed` });
    const sigFile = files[MANIFEST_SIG_FILE];
    const sig = sigFile ? new TextDecoder().decode(sigFile).trim() : '';
    const sigOk = sig !== '' && (await verifyBytes(manifest.publicKeyJwk, manifestBytes, sig));
    checks.push({
      name: 'manifest signature',
      ok: sigOk,
      detail: sigOk
        ? 'valid: manifest.json is unchanged since export'
        : sig
          ? 'INVALID: manifest.json was changed'
          : 'manifest.sig is missing',
    });
    const fp = fingerprint(manifest.publicKeyJwk);
    checks.push({
      name: 'manifest key fingerprint',
      ok: fp === manifest.fingerprint,
      detail: groupFingerprint(fp),
    });
    for (const entry of manifest.files) {
      const file = files[entry.path];
      const hash = file ? sha256Hex(file) : '';
      const ok = !!file && file.length === entry.size && hash === entry.sha256;
      const detail = !file
        ? 'missing from the bundle'
        : ok
          ? `SHA-256 and size (${file.length} bytes) match the manifest`
          : `CHANGED: SHA-256 ${short(hash)} / ${file.length} bytes, manifest says ${short(entry.sha256)} / ${entry.size}`;
      checks.push({ name: `file ${entry.path}`, ok, detail });
    }
    const listed = new Set([MANIFEST_FILE, MANIFEST_SIG_FILE, ...manifest.files.map((f) => f.path)]);
    const extra = Object.keys(files).filter((p) => !listed.has(p));
    if (extra.length) fail('unlisted files', `not in the manifest: ${extra.join(', ')}`);
  }

  let doc: TranscriptDoc | null = null;
  let firstBadSeq: number | null = null;
  const jsonBytes = files[BUNDLE_FILES.json];
  if (!jsonBytes) fail(BUNDLE_FILES.json, 'missing from the bundle');
  else {
    let value: unknown = null;
    try {
      value = decodeJson(jsonBytes);
    } catch {
      fail(BUNDLE_FILES.json, 'not valid JSON');
    }
    if (value !== null) {
      const inner = await checkTranscript(value);
      firstBadSeq = inner.firstBadSeq;
      for (const c of inner.checks) checks.push({ ...c, name: `${BUNDLE_FILES.json}: ${c.name}` });
      if (inner.checks[0]?.ok) doc = value as TranscriptDoc;
    }
  }
  if (doc && manifest) {
    const same =
      doc.integrity.fingerprint === manifest.fingerprint &&
      doc.session.id === manifest.sessionId &&
      doc.integrity.chainHead === manifest.chainHead;
    checks.push({
      name: 'bundle matches transcript',
      ok: same,
      detail: same
        ? 'same key, chat and chain head'
        : 'the manifest and transcript.json name different keys, chats or chain heads',
    });
  }
  const ok = checks.every((c) => c.ok);
  return {
    result: { ok, kind: 'bundle', readable: true, checks, firstBadSeq, summary: summarise(ok, checks, doc) },
    doc,
  };
}

const isZip = (b: Uint8Array) =>
  b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5) && (b[3] === 4 || b[3] === 6);

/** `verifyExport` plus the parsed transcript, so the importer does not parse twice. */
export async function checkExport(fileBytes: Uint8Array, fileName?: string): Promise<CheckedExport> {
  if (isZip(fileBytes)) return checkBundle(fileBytes);
  if (fileName?.toLowerCase().endsWith('.zip')) return unreadable('bundle', 'not a ZIP file');
  return checkJson(fileBytes);
}

/**
 * Verifies an exported JSON file or evidence bundle (runs in Node and browsers): the hash chain
 * (naming the first failing message), the signature and, for a bundle, every file hash and the
 * manifest signature.
 */
export async function verifyExport(fileBytes: Uint8Array, fileName?: string): Promise<VerifyResult> {
  return (await checkExport(fileBytes, fileName)).result;
}
