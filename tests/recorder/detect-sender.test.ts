/**
 * The detector's messages survive a worker stopped before it answered (lib/recorder/detect.ts,
 * retryingSender): a lost `detectWidget` meant no recorder and an unrecorded chat.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { retryingSender, SEND_RETRIES } from '../../lib/recorder/detect';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('retryingSender', () => {
  test.each([
    ['answered at once', 0, true, 1, false],
    ['worker stopped once, then answers', 1, true, 2, false],
    ['worker gone for three tries', 3, true, 4, false],
    ['never answers: gives up after SEND_RETRIES more', 99, true, SEND_RETRIES + 1, false],
    ['extension run over: stops the detector, no retry', 99, false, 1, true],
  ])('%s', async (_name, failures, alive, wantCalls, wantStopped) => {
    let calls = 0;
    let stopped = false;
    const send = retryingSender(
      async () => {
        calls++;
        if (calls <= failures)
          throw new Error('Could not establish connection. Receiving end does not exist.');
        return { inject: true };
      },
      () => alive,
      () => (stopped = true),
    );
    send({ type: 'detectWidget', vendor: 'intercom', via: 'test' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toBe(wantCalls);
    expect(stopped).toBe(wantStopped);
  });

  test('retries back off: 250 ms, then 500 ms', async () => {
    const at: number[] = [];
    const send = retryingSender(
      async () => {
        at.push(Date.now());
        throw new Error('The message port closed before a response was received.');
      },
      () => true,
      () => {},
    );
    const t0 = Date.now();
    send({ type: 'framesAdded' });
    await vi.advanceTimersByTimeAsync(800);
    expect(at.map((t) => t - t0)).toEqual([0, 250, 750]);
  });
});
