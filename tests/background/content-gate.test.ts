import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createContentGate, GATE_MAX_WAIT_MS } from '../../lib/background/content-gate';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** Settles `p` into a flag, so a test can ask whether it resolved yet. */
const flag = (p: Promise<unknown>) => {
  const f = { done: false };
  void p.then(() => {
    f.done = true;
  });
  return f;
};

test('idle with nothing in flight: the next task', async () => {
  const gate = createContentGate();
  const idle = flag(gate.idle());
  await vi.advanceTimersByTimeAsync(0);
  expect(idle.done).toBe(true);
});

test('idle waits for every request in flight, resolved or failed', async () => {
  const gate = createContentGate();
  let a!: () => void;
  let b!: (e: Error) => void;
  const pa = gate.track(new Promise<void>((r) => (a = r)));
  const pb = gate.track(new Promise<void>((_, r) => (b = r)));
  pb.catch(() => {}); // the caller handles it; the gate only counts it
  const idle = flag(gate.idle());
  await vi.advanceTimersByTimeAsync(100);
  expect(idle.done).toBe(false);
  a();
  await pa;
  await vi.advanceTimersByTimeAsync(100);
  expect(idle.done).toBe(false);
  b(new Error('store full'));
  await vi.advanceTimersByTimeAsync(0);
  expect(idle.done).toBe(true);
});

test('track returns the request unchanged', async () => {
  const gate = createContentGate();
  await expect(gate.track(Promise.resolve({ ok: true }))).resolves.toEqual({ ok: true });
});

test('a request that never settles holds an analysis pass at most GATE_MAX_WAIT_MS', async () => {
  const gate = createContentGate();
  gate.track(new Promise(() => {}));
  const idle = flag(gate.idle());
  await vi.advanceTimersByTimeAsync(GATE_MAX_WAIT_MS - 1);
  expect(idle.done).toBe(false);
  await vi.advanceTimersByTimeAsync(1);
  await vi.advanceTimersByTimeAsync(1); // then the next task (a 0 ms timer runs 1 ms later here)
  expect(idle.done).toBe(true);
});
