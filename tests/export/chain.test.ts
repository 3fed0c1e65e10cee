// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalMessage, GENESIS, hashMessage, verifyChain } from '../../lib/export/chain';
import type { Message } from '../../lib/model';
import { fakeMessages } from './fakes';

const chain = () => fakeMessages('sess-1', 8);

describe('canonicalMessage / hashMessage', () => {
  it('is the documented JSON array', () => {
    const m = chain()[1] as Message;
    expect(canonicalMessage(m, 'abc')).toBe(
      JSON.stringify(['chatproof-message/1', 'sess-1', 1, m.role, m.author, m.text, m.at, m.shownAt, 'abc']),
    );
  });

  it('is the hex SHA-256 of the UTF-8 canonical form (checkable with any SHA-256 tool)', () => {
    const m = { ...(chain()[0] as Message), text: 'Ünïcödé 👩‍💻 "quoted" \\ \n line' };
    const expected = createHash('sha256').update(canonicalMessage(m, GENESIS), 'utf8').digest('hex');
    expect(hashMessage(m, GENESIS)).toBe(expected);
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps field boundaries unambiguous and null distinct from text', () => {
    const base = chain()[0] as Message;
    const a = hashMessage({ ...base, author: 'ab', text: 'c' }, GENESIS);
    const b = hashMessage({ ...base, author: 'a', text: 'bc' }, GENESIS);
    const c = hashMessage({ ...base, shownAt: null }, GENESIS);
    const d = hashMessage({ ...base, shownAt: 'null' }, GENESIS);
    expect(a).not.toBe(b);
    expect(c).not.toBe(d);
  });

  it('rejects a seq that is not a non-negative integer', () => {
    const base = chain()[0] as Message;
    expect(() => hashMessage({ ...base, seq: 1.5 }, GENESIS)).toThrow(TypeError);
    expect(() => hashMessage({ ...base, seq: -1 }, GENESIS)).toThrow(TypeError);
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain and returns its head', () => {
    const messages = chain();
    expect(verifyChain(messages)).toEqual({ ok: true, head: messages.at(-1)?.hash });
    expect(verifyChain([])).toEqual({ ok: true, head: GENESIS });
  });

  const edits: [string, (m: Message) => Message][] = [
    ['sessionId', (m) => ({ ...m, sessionId: 'sess-2' })],
    ['role', (m) => ({ ...m, role: m.role === 'agent' ? 'customer' : 'agent' })],
    ['author', (m) => ({ ...m, author: 'Someone else' })],
    ['author → null', (m) => ({ ...m, author: null })],
    ['text', (m) => ({ ...m, text: `${m.text}.` })],
    ['at', (m) => ({ ...m, at: m.at.replace(':', ';') })],
    ['shownAt', (m) => ({ ...m, shownAt: '6:59 PM' })],
    ['shownAt → null', (m) => ({ ...m, shownAt: null })],
    ['hash', (m) => ({ ...m, hash: m.hash.replace(/^./, (c) => (c === '0' ? '1' : '0')) })],
    [
      'prevHash',
      (m) => ({
        ...m,
        prevHash: m.prevHash ? m.prevHash.replace(/^./, (c) => (c === '0' ? '1' : '0')) : '0'.repeat(64),
      }),
    ],
    ['seq', (m) => ({ ...m, seq: m.seq + 10 })],
  ];

  for (const target of [0, 3, 7]) {
    it.each(edits)(`detects an edited %s at message #${target}`, (_field, edit) => {
      const messages = chain();
      messages[target] = edit(messages[target] as Message);
      const result = verifyChain(messages);
      expect(result).toMatchObject({ ok: false, seq: target });
    });
  }

  it('detects an edit even when the hash is recomputed, at the next message', () => {
    const messages = chain();
    const m = { ...(messages[3] as Message), text: 'I promise nothing' };
    messages[3] = { ...m, hash: hashMessage(m, m.prevHash) };
    expect(verifyChain(messages)).toMatchObject({ ok: false, seq: 4 });
  });

  it.each([0, 1, 4, 7])('detects removed message #%i', (removed) => {
    const messages = chain();
    messages.splice(removed, 1);
    const result = verifyChain(messages);
    if (removed === 7) {
      // Cutting the tail leaves a valid shorter chain: the signed chain head and count catch it (json.test).
      expect(result.ok).toBe(true);
      return;
    }
    expect(result).toMatchObject({ ok: false, seq: removed });
    expect(result.ok || result.reason).toMatch(new RegExp(`#${removed} is missing`));
  });

  it.each([
    [0, 1],
    [2, 5],
    [6, 7],
  ])('detects swapped messages #%i and #%i', (a, b) => {
    const messages = chain();
    [messages[a], messages[b]] = [messages[b] as Message, messages[a] as Message];
    const result = verifyChain(messages);
    expect(result).toMatchObject({ ok: false, seq: a });
    expect(result.ok || result.reason).toMatch(/out of order/);
  });

  it('detects a swap whose seq numbers were rewritten (hashes no longer match)', () => {
    const messages = chain();
    const a = messages[2] as Message;
    const b = messages[3] as Message;
    messages[2] = { ...b, seq: 2 };
    messages[3] = { ...a, seq: 3 };
    expect(verifyChain(messages)).toMatchObject({ ok: false, seq: 2 });
  });

  it('detects a duplicated message', () => {
    const messages = chain();
    messages.splice(3, 0, messages[2] as Message);
    expect(verifyChain(messages)).toMatchObject({
      ok: false,
      seq: 3,
      reason: expect.stringMatching(/again/),
    });
  });

  it('detects a message inserted from another chain', () => {
    const messages = chain();
    const other = fakeMessages('sess-1', [{ text: 'forged' }, { text: 'forged too' }]);
    messages[1] = other[1] as Message;
    expect(verifyChain(messages)).toMatchObject({ ok: false, seq: 1 });
  });
});
