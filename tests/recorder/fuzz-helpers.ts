/**
 * Shared by the recorder fuzzers (fuzz.test.ts, fuzz-vendors.test.ts): a seeded generator, a recorder
 * on `document` talking to a fake background, and the transcript invariants every sequence must keep.
 */
import { expect } from 'vitest';
import type { ContentMessage } from '../../lib/messaging';
import type { CapturedMessage } from '../../lib/model';
import { startRecorder } from '../../lib/recorder/recorder';

/** Seeded PRNG (mulberry32): the same seed gives the same sequence on every machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seeds to run: 1..n, or only FUZZ_SEED when it is set (to reproduce one case). */
export function fuzzSeeds(n: number): number[] {
  return process.env.FUZZ_SEED ? [Number(process.env.FUZZ_SEED)] : Array.from({ length: n }, (_, i) => i + 1);
}

/**
 * A recorder on `doc` whose background stores every batch. It never flushes on its own (`batchMs` is
 * huge): `tick()` lets the mutation observer run, reads the widget (mostly the way the observer's
 * batches do, sometimes in full), and lets the send settle.
 */
export async function fuzzRecorder(vendorHint: string, host = 'x.example', doc: Document = document) {
  const stored: CapturedMessage[] = [];
  const send = async (m: ContentMessage) => {
    if (m.type === 'resumeCapture') return { keys: [], paused: false };
    if (m.type === 'captureMessages') stored.push(...m.messages);
    return { ok: true };
  };
  const ac = new AbortController();
  const rec = startRecorder({
    doc,
    host,
    vendorHint,
    send,
    now: () => 0,
    signal: ac.signal,
    batchMs: 1e9,
  });
  await rec.ready;
  const microtasks = async () => {
    for (let i = 0; i < 4; i++) await Promise.resolve();
  };
  let ticks = 0;
  return {
    rec,
    stored,
    async tick() {
      await microtasks(); // the observer forgets cached reads of changed items first, as in a browser
      // two reads in three take the observer's quick path (only appended nodes when nothing else changed)
      rec.flush(ticks++ % 3 !== 2);
      await microtasks();
    },
    stop: () => ac.abort(),
  };
}

export interface TranscriptCheck {
  /** Case name for messages: say the seed so the case reproduces. */
  ctx: string;
  /** What was stored, as comparable strings (text, or role|author|text). */
  got: string[];
  /** What was really sent, in order, same form. */
  sent: string[];
  /** Stored lines the check leaves out of the order and count (edited versions of a line). */
  ignore?: (line: string) => boolean;
  /**
   * How many copies of a line may be missing: a line edited or deleted while an identical line arrived
   * is indistinguishable by content from a line that moved (default none).
   */
  mayLose?: (line: string) => number;
}

/**
 * The fuzz invariants: what was stored is a subsequence of what was sent (never reordered), no line is
 * stored more often than it was sent (no duplicates), and every line sent is stored, less `mayLose`.
 * Returns whether the stored lines are exactly the lines sent.
 */
export function checkTranscript({ ctx, got: all, sent, ignore, mayLose }: TranscriptCheck): boolean {
  const got = ignore ? all.filter((t) => !ignore(t)) : all;
  let j = 0;
  for (const t of got) {
    while (j < sent.length && sent[j] !== t) j++;
    expect(j < sent.length, `${ctx}: "${t}" stored out of order or never sent`).toBe(true);
    j++;
  }
  const counts = (xs: string[]) => {
    const m = new Map<string, number>();
    for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
    return m;
  };
  const have = counts(got);
  for (const [t, n] of counts(sent)) {
    const h = have.get(t) ?? 0;
    expect(h, `${ctx}: "${t}" stored more often than sent`).toBeLessThanOrEqual(n);
    expect(h, `${ctx}: "${t}" lost`).toBeGreaterThanOrEqual(n - (mayLose?.(t) ?? 0));
  }
  return got.length === sent.length && got.every((t, i) => t === sent[i]);
}

/** Every key at most once. */
export function checkKeys(ctx: string, stored: readonly CapturedMessage[]): void {
  const keys = stored.map((m) => m.key);
  expect(new Set(keys).size, `${ctx}: a key stored twice`).toBe(keys.length);
}
