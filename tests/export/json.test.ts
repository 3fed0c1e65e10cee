// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { GENESIS } from '../../lib/export/chain';
import {
  ANNOTATIONS_DESCRIPTION,
  buildJsonExport,
  buildTranscript,
  signedBytes,
} from '../../lib/export/json';
import { fingerprint, verifyBytes } from '../../lib/export/sign';
import type { ExportedMessage, TranscriptDoc } from '../../lib/export/types';
import { verifyExport } from '../../lib/export/verify';
import { fakeInput, fakeMessages, fakeSession, fakeSigner } from './fakes';

const enc = (text: string) => new TextEncoder().encode(text);
const parse = (text: string) => JSON.parse(text) as TranscriptDoc;
const verifyDoc = (doc: TranscriptDoc) => verifyExport(enc(JSON.stringify(doc, null, 2)));

async function exported() {
  const input = fakeInput();
  const text = await buildJsonExport(input, await fakeSigner());
  return { input, text, doc: parse(text) };
}

describe('buildJsonExport', () => {
  it('writes the versioned document with every captured field', async () => {
    const { input, doc } = await exported();
    expect(doc.format).toBe('chatproof-transcript');
    expect(doc.version).toBe(1);
    expect(doc.session).toEqual({
      id: 'sess-1',
      vendor: 'intercom',
      url: input.session.url,
      origin: 'https://support.acme.com',
      title: 'Acme Help Centre',
      conversationId: 'conv-42',
      startedAt: input.session.startedAt,
      lastActivityAt: input.session.lastActivityAt,
      endedAt: input.session.endedAt,
      endReason: 'agent-ended',
      agents: ['Jane'],
      caseNumbers: ['CASE-1001'],
      desiredOutcome: 'Refund of the double charge',
      outcome: 'closed-unsolved',
      messageCount: 6,
      truncated: false,
    });
    expect(doc.messages).toHaveLength(6);
    expect(Object.keys(doc.messages[0] as ExportedMessage)).toEqual([
      'seq',
      'key',
      'role',
      'author',
      'text',
      'at',
      'shownAt',
      'hash',
      'prevHash',
    ]);
    expect(doc.messages[0]?.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$/);
    expect(doc.messages[0]?.prevHash).toBe(GENESIS);
    expect(doc.events[0]).toEqual({
      type: 'case-number',
      at: input.events[0]?.at,
      seq: 2,
      detail: input.events[0]?.detail,
    });
    expect(doc.capture).toEqual({
      tool: { name: 'Chatproof', version: '0.1.0' },
      browser: 'Firefox 146.0',
      timeZone: 'Europe/Paris',
    });
    expect(doc.exportedAt).toBe(input.exportedAt);
    expect(doc.integrity.chainHead).toBe(input.messages.at(-1)?.hash);
    expect(doc.integrity.fingerprint).toBe(fingerprint(doc.integrity.publicKeyJwk));
    expect(doc).not.toHaveProperty('annotations');
    // Runtime and private fields stay out.
    expect(doc.session).not.toHaveProperty('tabId');
    expect(doc.session).not.toHaveProperty('notes');
  });

  it('round-trips through JSON, and the signature covers JCS minus signature and annotations', async () => {
    const { text, doc } = await exported();
    expect(parse(JSON.stringify(doc))).toEqual(doc);
    expect(await verifyBytes(doc.integrity.publicKeyJwk, signedBytes(doc), doc.integrity.signature)).toBe(
      true,
    );
    const result = await verifyExport(enc(text), 'x.json');
    expect(result).toMatchObject({ ok: true, kind: 'json', readable: true, firstBadSeq: null });
    expect(result.checks.map((c) => c.name)).toEqual([
      'structure',
      'message chain',
      'chain head',
      'key fingerprint',
      'signature',
    ]);
    expect(result.summary).toMatch(/^Intact: 6 messages/);
  });

  it('sorts messages by seq and keeps notes outside the signature', async () => {
    const session = fakeSession({ notes: 'Called them on Monday too.' });
    const messages = fakeMessages(session.id, 4).reverse();
    const doc = await buildTranscript(fakeInput({ session, messages }), await fakeSigner());
    expect(doc.messages.map((m) => m.seq)).toEqual([0, 1, 2, 3]);
    expect(doc.annotations).toEqual({
      signed: false,
      description: ANNOTATIONS_DESCRIPTION,
      notes: 'Called them on Monday too.',
    });
    // Editing the notes does not break verification: they are not evidence and say so.
    expect((await verifyDoc({ ...doc, annotations: { ...doc.annotations!, notes: 'changed' } })).ok).toBe(
      true,
    );
    // Anything else added outside annotations does.
    expect((await verifyDoc({ ...doc, extra: 1 } as TranscriptDoc)).ok).toBe(false);
  });

  it('signs an empty chat', async () => {
    const input = fakeInput({ messages: [] });
    const result = await verifyExport(enc(await buildJsonExport(input, await fakeSigner())));
    expect(result.ok).toBe(true);
  });
});

describe('tampering with a JSON export', () => {
  const hashed = ['role', 'author', 'text', 'at', 'shownAt', 'hash', 'prevHash'] as const;

  it('one character changed anywhere in any hashed field of a message is caught and named', async () => {
    const { doc } = await exported();
    const letter = (c: string) => (c === 'x' ? 'y' : 'x');
    let tried = 0;
    for (const target of [0, 3, 5]) {
      for (const field of hashed) {
        const value = doc.messages[target]?.[field];
        if (typeof value !== 'string') continue;
        for (let i = 0; i < value.length; i++) {
          const copy = structuredClone(doc);
          const m = copy.messages[target] as ExportedMessage;
          (m as unknown as Record<string, string>)[field] =
            value.slice(0, i) + letter(value.charAt(i)) + value.slice(i + 1);
          const result = await verifyDoc(copy);
          tried++;
          if (result.ok || result.firstBadSeq !== target) {
            throw new Error(`not caught: message #${target} ${field}[${i}] → ${result.summary}`);
          }
        }
      }
    }
    expect(tried).toBeGreaterThan(500);
  });

  it('a changed seq, key or session id is caught', async () => {
    const { doc } = await exported();
    const seq = structuredClone(doc);
    (seq.messages[2] as ExportedMessage).seq = 9;
    expect(await verifyDoc(seq)).toMatchObject({ ok: false, firstBadSeq: 2 });

    // The key is a dedup handle, not in the hash; the signature still covers it.
    const key = structuredClone(doc);
    (key.messages[2] as ExportedMessage).key = 'k2x';
    const keyResult = await verifyDoc(key);
    expect(keyResult.ok).toBe(false);
    expect(keyResult.checks.find((c) => c.name === 'signature')?.ok).toBe(false);

    const session = structuredClone(doc);
    session.session.id = 'sess-2';
    expect(await verifyDoc(session)).toMatchObject({ ok: false, firstBadSeq: 0 });
  });

  it('a removed message is named', async () => {
    const { doc } = await exported();
    const copy = structuredClone(doc);
    copy.messages.splice(3, 1);
    const result = await verifyDoc(copy);
    expect(result).toMatchObject({ ok: false, firstBadSeq: 3 });
    expect(result.summary).toMatch(/#3 is missing/);
  });

  it('removed last messages are caught by the signed chain head and count', async () => {
    const { doc } = await exported();
    const copy = structuredClone(doc);
    copy.messages.pop();
    const result = await verifyDoc(copy);
    expect(result.ok).toBe(false);
    expect(result.checks.find((c) => c.name === 'chain head')?.ok).toBe(false);
    expect(result.checks.find((c) => c.name === 'signature')?.ok).toBe(false);
  });

  it('a swapped pair is named', async () => {
    const { doc } = await exported();
    const copy = structuredClone(doc);
    [copy.messages[1], copy.messages[4]] = [
      copy.messages[4] as ExportedMessage,
      copy.messages[1] as ExportedMessage,
    ];
    const result = await verifyDoc(copy);
    expect(result).toMatchObject({ ok: false, firstBadSeq: 1 });
    expect(result.summary).toMatch(/out of order/);
  });

  it('a changed event, session fact, export time or key is caught by the signature', async () => {
    const { doc } = await exported();
    const edits: ((d: TranscriptDoc) => void)[] = [
      (d) => {
        d.events[1]!.detail.text = 'I will NOT refund you';
      },
      (d) => {
        d.session.endReason = 'customer-ended';
      },
      (d) => {
        d.session.caseNumbers.push('X');
      },
      (d) => {
        d.exportedAt = '2027-01-01T00:00:00.000+01:00';
      },
      (d) => {
        d.integrity.chainHead = d.integrity.chainHead.replace(/.$/, (c) => (c === '0' ? '1' : '0'));
      },
      (d) => {
        d.integrity.fingerprint = '0'.repeat(64);
      },
    ];
    for (const edit of edits) {
      const copy = structuredClone(doc);
      edit(copy);
      expect((await verifyDoc(copy)).ok).toBe(false);
    }
  });

  it('a document re-signed by another key verifies but shows a different fingerprint', async () => {
    const { input, doc } = await exported();
    const { createSigner, generateSigningKey } = await import('../../lib/export/sign');
    const other = await buildTranscript(input, await createSigner(await generateSigningKey()));
    const result = await verifyDoc(other);
    expect(result.ok).toBe(true);
    expect(other.integrity.fingerprint).not.toBe(doc.integrity.fingerprint);
  });

  it('unreadable input is reported as such', async () => {
    expect(await verifyExport(enc('{not json'))).toMatchObject({ ok: false, readable: false, kind: 'json' });
    expect(await verifyExport(enc('{"format":"other"}'))).toMatchObject({ ok: false, readable: false });
    expect(await verifyExport(new Uint8Array([0xff, 0xfe, 0x00]))).toMatchObject({
      ok: false,
      readable: false,
    });
    const { doc } = await exported();
    const broken = structuredClone(doc) as unknown as { messages: { text: unknown }[] };
    (broken.messages[2] as { text: unknown }).text = 42;
    expect(await verifyDoc(broken as unknown as TranscriptDoc)).toMatchObject({
      ok: false,
      readable: true,
      firstBadSeq: 2,
    });
  });
});
