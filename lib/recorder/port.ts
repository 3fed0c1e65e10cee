/**
 * The recorder's channel to the background: one long-lived runtime Port instead of a
 * `runtime.sendMessage` per batch. A sendMessage opens and closes a channel each time, which cost the
 * chat page's main thread most of the capture budget per line (docs/performance.md); a port message
 * is one post. Requests carry an id and resolve with the background's answer. The port drops when the
 * worker stops: waiting requests fail (the recorder keeps their lines and retries) and the next
 * request connects again, which wakes the worker.
 */
import { PORT_NAME, type PortReply, parsePortReply } from '../messaging';

/** What we use of `runtime.Port` (structural, so tests can pass a fake). */
export interface PortLike {
  postMessage(m: unknown): void;
  disconnect(): void;
  onMessage: { addListener(f: (m: unknown) => void): void };
  onDisconnect: { addListener(f: () => void): void };
}

/** No answer in this long: the worker is wedged or gone without a disconnect; the caller retries. */
export const REQUEST_TIMEOUT_MS = 30_000;

export interface PortSender {
  send(msg: unknown): Promise<unknown>;
  close(): void;
}

export function createPortSender(
  connect: (name: string) => PortLike,
  timeoutMs = REQUEST_TIMEOUT_MS,
  now: () => number = () => performance.now(),
): PortSender {
  let port: PortLike | null = null;
  let nextId = 1;
  const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void; since: number }>();
  // One watchdog for all requests, not a timer per request (a timer each cost the page as much as
  // the reading of a line): it wakes when the oldest request would time out.
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    if (watchdog !== undefined) return;
    const oldest = waiting.values().next().value;
    if (!oldest) return;
    watchdog = setTimeout(
      () => {
        watchdog = undefined;
        const t = now();
        for (const [id, w] of waiting)
          if (t - w.since >= timeoutMs) {
            waiting.delete(id);
            w.reject(new Error('no answer'));
          }
        arm();
      },
      Math.max(0, oldest.since + timeoutMs - now()),
    );
  };
  const failAll = (why: string) => {
    for (const w of waiting.values()) w.reject(new Error(why));
    waiting.clear();
  };
  const open = (): PortLike => {
    if (port) return port;
    const p = connect(PORT_NAME);
    p.onMessage.addListener((raw) => {
      const r: PortReply | null = parsePortReply(raw);
      const w = r && waiting.get(r.re);
      if (!r || !w) return;
      waiting.delete(r.re);
      if (r.error !== undefined) w.reject(new Error(r.error));
      else w.resolve(r.res);
    });
    p.onDisconnect.addListener(() => {
      if (port === p) port = null;
      failAll('port closed');
    });
    port = p;
    return p;
  };
  return {
    send(msg) {
      return new Promise((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { resolve, reject, since: now() });
        try {
          open().postMessage({ id, msg });
          arm();
        } catch (e) {
          // posting on a port whose other end is gone throws: connect afresh next time
          port = null;
          waiting.delete(id);
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      });
    },
    close() {
      port?.disconnect();
      port = null;
      clearTimeout(watchdog);
      watchdog = undefined;
      failAll('closed');
    },
  };
}
