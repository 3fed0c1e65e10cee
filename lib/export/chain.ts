import type { Message } from '../model';
import { sha256Hex } from './encoding';

export type ChainFields = Pick<Message, 'sessionId' | 'seq' | 'role' | 'author' | 'text' | 'at' | 'shownAt'>;
export type ChainResult = { ok: true; head: string } | { ok: false; seq: number; reason: string };

/** prevHash of the message with seq 0. */
export const GENESIS = '';
/** Tag that opens every canonical message: names the encoding so a later version cannot collide. */
export const MESSAGE_ENCODING = 'chatproof-message/1';

/**
 * The bytes a message hash covers, as a string (hash its UTF-8):
 * `JSON.stringify(["chatproof-message/1", sessionId, seq, role, author, text, at, shownAt, prevHash])`.
 * A JSON array, not an object, so there is no key order to agree on; JSON string escaping makes every
 * field boundary unambiguous. `author` and `shownAt` are `null` when absent. `key` is not covered:
 * it is a dedup handle, not evidence.
 */
export function canonicalMessage(m: ChainFields, prevHash: string): string {
  if (!Number.isSafeInteger(m.seq) || m.seq < 0) throw new TypeError(`canonicalMessage: bad seq ${m.seq}`);
  return JSON.stringify([
    MESSAGE_ENCODING,
    m.sessionId,
    m.seq,
    m.role,
    m.author,
    m.text,
    m.at,
    m.shownAt,
    prevHash,
  ]);
}

/** Lowercase hex SHA-256 of `canonicalMessage(m, prevHash)`. Synchronous: the store calls it inside an IDB transaction. */
export function hashMessage(m: ChainFields, prevHash: string): string {
  return sha256Hex(canonicalMessage(m, prevHash));
}

/**
 * Walks one session's chain in the given order (it must be seq order: 0, 1, 2…) and names the first
 * message that breaks it: a seq gap (removed message), a seq out of place (reordered), a prevHash
 * that is not the previous hash, or fields that no longer match the message's own hash (edited).
 */
export function verifyChain(messages: Message[]): ChainResult {
  let prev = GENESIS;
  const sessionId = messages[0]?.sessionId;
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i] as Message;
    if (m.seq !== i) return { ok: false, seq: i, reason: misplaced(messages, i) };
    if (m.sessionId !== sessionId) {
      return { ok: false, seq: i, reason: `message #${i} belongs to another session (${m.sessionId})` };
    }
    if (m.prevHash !== prev) {
      return {
        ok: false,
        seq: i,
        reason:
          i === 0
            ? 'message #0 does not start the chain (its prevHash is not empty)'
            : `message #${i} does not follow message #${i - 1} (its prevHash is not #${i - 1}'s hash)`,
      };
    }
    if (hashMessage(m, m.prevHash) !== m.hash) {
      return {
        ok: false,
        seq: i,
        reason: `message #${i} was changed after capture: its fields do not match its hash`,
      };
    }
    prev = m.hash;
  }
  return { ok: true, head: prev };
}

function misplaced(messages: Message[], i: number): string {
  const found = messages[i]?.seq ?? -1;
  if (found < i) return `message #${found} appears again after #${i - 1} (duplicated or moved back)`;
  const at = messages.findIndex((m, j) => j > i && m.seq === i);
  if (at > i) return `messages are out of order: #${found} stands where #${i} belongs`;
  const from = i === 0 ? 'the start' : `#${i - 1}`;
  return `message #${i} is missing: the chain jumps from ${from} to #${found}`;
}
