import { afterEach, describe, expect, test, vi } from 'vitest';
import { PORT_NAME } from '../../lib/messaging';
import { createPortSender, type PortLike } from '../../lib/recorder/port';

/** A fake runtime Port: records posts; the test answers, disconnects or makes posting throw. */
function fakePort() {
  const posted: { id: number; msg: unknown }[] = [];
  const onMsg: ((m: unknown) => void)[] = [];
  const onGone: (() => void)[] = [];
  let broken = false;
  const port: PortLike = {
    postMessage(m) {
      if (broken) throw new Error('Attempting to use a disconnected port object');
      posted.push(m as { id: number; msg: unknown });
    },
    disconnect: vi.fn(),
    onMessage: { addListener: (f) => onMsg.push(f) },
    onDisconnect: { addListener: (f) => onGone.push(f) },
  };
  return {
    port,
    posted,
    reply: (m: unknown) => {
      for (const f of onMsg) f(m);
    },
    drop: () => {
      for (const f of onGone) f();
    },
    break: () => {
      broken = true;
    },
  };
}

/** A sender on a fake port whose timeout runs on vitest's fake clock. */
function withFakeClock(timeoutMs: number) {
  vi.useFakeTimers();
  const p = fakePort();
  const s = createPortSender(
    () => p.port,
    timeoutMs,
    () => Date.now(),
  );
  return { p, s };
}

describe('the recorder port', () => {
  afterEach(() => vi.useRealTimers());

  test('one port for many requests; answers find their request by id, in any order', async () => {
    const p = fakePort();
    const connect = vi.fn((_name: string) => p.port);
    const s = createPortSender(connect);
    const a = s.send({ type: 'x', n: 1 });
    const b = s.send({ type: 'x', n: 2 });
    expect(connect).toHaveBeenCalledTimes(1);
    expect(connect).toHaveBeenCalledWith(PORT_NAME);
    expect(p.posted.map((m) => m.msg)).toEqual([
      { type: 'x', n: 1 },
      { type: 'x', n: 2 },
    ]);
    p.reply({ re: p.posted[1]!.id, res: 'second' });
    p.reply({ re: p.posted[0]!.id, res: 'first' });
    await expect(a).resolves.toBe('first');
    await expect(b).resolves.toBe('second');
  });

  test.each([
    ['not an object', 'hello'],
    ['no id', { res: 1 }],
    ['an unknown id', { re: 999, res: 1 }],
    ['a negative id', { re: -1, res: 1 }],
  ])('a reply that is %s is ignored', async (_what, junk) => {
    vi.useFakeTimers();
    const p = fakePort();
    const s = createPortSender(() => p.port, 1000);
    const req = s.send({ type: 'x' });
    p.reply(junk);
    p.reply({ re: p.posted[0]!.id, res: 'ok' });
    await expect(req).resolves.toBe('ok');
  });

  test('a failure the background reports rejects the request at once', async () => {
    const p = fakePort();
    const s = createPortSender(() => p.port);
    const req = s.send({ type: 'x' });
    p.reply({ re: p.posted[0]!.id, error: 'UnknownError: disk full' });
    await expect(req).rejects.toThrow('disk full');
  });

  test('the worker stops: waiting requests fail, the next request connects again', async () => {
    const first = fakePort();
    const second = fakePort();
    const ports = [first, second];
    const connect = vi.fn(() => ports.shift()!.port);
    const s = createPortSender(connect);
    const lost = s.send({ type: 'x' });
    first.drop();
    await expect(lost).rejects.toThrow('port closed');
    const again = s.send({ type: 'y' });
    expect(connect).toHaveBeenCalledTimes(2);
    second.reply({ re: second.posted[0]!.id, res: 'stored' });
    await expect(again).resolves.toBe('stored');
  });

  test('posting on a dead port rejects and reconnects next time', async () => {
    const first = fakePort();
    const second = fakePort();
    const ports = [first, second];
    const s = createPortSender(() => ports.shift()!.port);
    const warm = s.send({ type: 'warm' }); // opens `first`
    first.reply({ re: first.posted[0]!.id, res: 'warm' });
    await warm;
    first.break();
    await expect(s.send({ type: 'x' })).rejects.toThrow('disconnected port');
    const next = s.send({ type: 'y' });
    second.reply({ re: second.posted[0]!.id, res: 1 });
    await expect(next).resolves.toBe(1);
  });

  test('no answer in time: the request fails so the recorder retries', async () => {
    const { p, s } = withFakeClock(5000);
    const req = s.send({ type: 'x' });
    vi.advanceTimersByTime(5001);
    await expect(req).rejects.toThrow('no answer');
    // a late answer is ignored
    p.reply({ re: p.posted[0]!.id, res: 'late' });
  });

  test('one watchdog: a request answered in time is never timed out, a later one times out on its own clock', async () => {
    const { p, s } = withFakeClock(5000);
    const fast = s.send({ type: 'a' });
    p.reply({ re: p.posted[0]!.id, res: 'a' });
    await expect(fast).resolves.toBe('a');
    vi.advanceTimersByTime(3000);
    const slow = s.send({ type: 'b' });
    let failed = false;
    slow.catch(() => {
      failed = true;
    });
    vi.advanceTimersByTime(2500); // 5.5 s after the first request, 2.5 s after this one
    await Promise.resolve();
    expect(failed).toBe(false);
    vi.advanceTimersByTime(2600);
    await expect(slow).rejects.toThrow('no answer');
  });

  test('close() disconnects and fails what is waiting', async () => {
    const p = fakePort();
    const s = createPortSender(() => p.port);
    const req = s.send({ type: 'x' });
    s.close();
    expect(p.port.disconnect).toHaveBeenCalled();
    await expect(req).rejects.toThrow('closed');
  });
});
