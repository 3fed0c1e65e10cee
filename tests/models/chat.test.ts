import { effect } from '@preact/signals';
import { describe, expect, it, vi } from 'vitest';
import type { Message } from '../../lib/model';
import { CHUNK, ChatModel, FIRST_PAGE } from '../../lib/models/chat';
import { fakeMessages, fakePort, fakeSession, seedDb, until } from './fakes';

/** A chat of `n` lines; a case number and a word found nowhere else sit near the end. */
function longChat(n: number): Message[] {
  const lines: Parameters<typeof fakeMessages>[1] = [];
  for (let i = 0; i < n; i++)
    lines.push(
      i === n - 3
        ? ['agent', 'Priya', "I've opened case number CS-48213 for you."]
        : i === n - 2
          ? ['customer', null, 'Please note the word zanzibar.']
          : i % 2
            ? ['customer', null, `Line ${i}: still waiting.`]
            : ['agent', 'Priya', `Line ${i}: checking.`],
    );
  return fakeMessages('s1', lines);
}

/** A port whose "after paint" waits for the test to let it go. */
function heldPort() {
  const fake = fakePort();
  let release = () => {};
  const painted = new Promise<void>((r) => {
    release = r;
  });
  fake.port.afterPaint = () => painted;
  return { ...fake, release };
}

describe('ChatModel', () => {
  it('loads the record, then its findings; notes are saved apart from it', async () => {
    await seedDb(
      [fakeSession({ notes: 'old note' })],
      fakeMessages('s1', [['agent', 'Priya', "I've opened case number CS-48213 for you."]]),
    );
    const { port, sent } = fakePort();
    const model = new ChatModel(port, 's1');
    await model.load();
    expect(model.state.value).toBe('ready');
    expect(model.notes.value).toBe('old note');
    await until(() => model.analysis.value !== null);
    expect(model.analysis.value!.highlights.get(0)?.map((h) => h.kind)).toContain('case-number');
    vi.useFakeTimers();
    model.setNotes('Phoned afterwards');
    await vi.advanceTimersByTimeAsync(800);
    vi.useRealTimers();
    expect(sent).toEqual([{ type: 'updateSession', id: 's1', patch: { notes: 'Phoned afterwards' } }]);
  });

  it('shows the first lines before the events are read; the findings wait for the events', async () => {
    const msgs = fakeMessages('s1', [
      ['customer', null, 'My parcel never came.'],
      ['agent', 'Priya', "I've opened case number CS-48213 for you."],
    ]);
    await seedDb([fakeSession()], msgs, [
      { sessionId: 's1', type: 'transfer', at: msgs[1]!.at, seq: 1, detail: { from: 'Bot', to: 'Priya' } },
    ]);
    const { port } = fakePort();
    // the store's events read is held until the test lets it go
    let release = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    const open = port.db;
    port.db = async () => {
      const db = await open();
      return new Proxy(db, {
        get(target, key) {
          if (key === 'getAllFromIndex')
            return (...args: Parameters<typeof db.getAllFromIndex>) =>
              held.then(() => target.getAllFromIndex(...args));
          const v = Reflect.get(target, key, target);
          return typeof v === 'function' ? v.bind(target) : v;
        },
      });
    };
    const model = new ChatModel(port, 's1');
    const loading = model.load();
    await until(() => model.state.value === 'ready');
    expect(model.messages.value).toHaveLength(2);
    expect(model.events.value).toEqual([]);
    expect(model.complete.value).toBe(false);
    await new Promise((r) => setTimeout(r, 50));
    expect(model.analysis.value).toBeNull();
    release();
    await loading;
    expect(model.events.value.map((e) => e.type)).toEqual(['transfer']);
    expect(model.complete.value).toBe(true);
    await until(() => model.analysis.value !== null);
  });

  it('says when the chat is not stored', async () => {
    await seedDb([]);
    const model = new ChatModel(fakePort().port, 'gone');
    await model.load();
    expect(model.state.value).toBe('missing');
  });

  it('jumps repeat: the same row twice gives two requests', async () => {
    await seedDb([fakeSession()]);
    const model = new ChatModel(fakePort().port, 's1');
    model.jumpTo(3);
    const first = model.focusIndex.value;
    model.jumpTo(3);
    expect(model.focusIndex.value?.i).toBe(3);
    expect(model.focusIndex.value?.token).not.toBe(first?.token);
  });

  it('shows the first screenful, then reads the rest in chunks; findings and find wait for all of it', async () => {
    const n = FIRST_PAGE + 2 * CHUNK + 221;
    await seedDb([fakeSession()], longChat(n));
    const { port, release } = heldPort();
    const model = new ChatModel(port, 's1');
    const lengths: number[] = [];
    const stop = effect(() => {
      lengths.push(model.messages.value.length);
    });
    const loading = model.load();
    await until(() => model.state.value === 'ready');
    expect(model.messages.value.map((m) => m.seq)).toEqual([...Array(FIRST_PAGE).keys()]);
    expect(model.complete.value).toBe(false);
    expect(model.total.value).toBe(n);
    model.setFind('zanzibar');
    expect(model.findHits.value).toBeNull(); // not a search of the first 100 lines only
    await new Promise((r) => setTimeout(r, 50));
    expect(model.analysis.value).toBeNull();
    expect(model.messages.value).toHaveLength(FIRST_PAGE); // nothing more read before the paint

    release();
    await loading;
    stop();
    expect(lengths).toEqual([0, FIRST_PAGE, FIRST_PAGE + CHUNK, FIRST_PAGE + 2 * CHUNK, n]);
    expect(model.complete.value).toBe(true);
    expect(model.messages.value.map((m) => m.seq)).toEqual([...Array(n).keys()]);
    expect(model.total.value).toBe(n);
    // the find typed while reading now covers every line, and shows its hit
    expect(model.findHits.value).toEqual([n - 2]);
    expect(model.findAt.value).toBe(0);
    expect(model.focusIndex.value?.i).toBe(n - 2);
    await until(() => model.analysis.value !== null, 5000);
    expect(model.analysis.value!.highlights.get(n - 3)?.map((h) => h.kind)).toContain('case-number');
  });

  it('find: every word on one line, accents and case ignored; steps wrap around', async () => {
    await seedDb(
      [fakeSession()],
      fakeMessages('s1', [
        ['agent', 'Priya', 'Your refund is on its way.'],
        ['customer', null, 'Thanks'],
        ['agent', 'Marco', 'The REFUND was approved, café manager says.'],
        ['customer', null, 'Refund? great'],
      ]),
    );
    const model = new ChatModel(fakePort().port, 's1');
    await model.load();
    model.setFind('refund');
    expect(model.findHits.value).toEqual([0, 2, 3]);
    expect(model.focusIndex.value?.i).toBe(0);
    model.findStep(1);
    expect(model.focusIndex.value?.i).toBe(2);
    model.findStep(1);
    model.findStep(1);
    expect(model.findAt.value).toBe(0);
    model.findStep(-1);
    expect(model.focusIndex.value?.i).toBe(3);
    model.setFind('cafe refund');
    expect(model.findHits.value).toEqual([2]);
    model.setFind('marco approved'); // the author counts
    expect(model.findHits.value).toEqual([2]);
    model.setFind('nowhere');
    expect(model.findHits.value).toEqual([]);
    expect(model.findAt.value).toBe(-1);
  });

  it('exports read the whole record from the store, even before the transcript is all read', async () => {
    const n = FIRST_PAGE + 50;
    await seedDb([fakeSession()], longChat(n));
    const { port, downloads, release } = heldPort();
    const model = new ChatModel(port, 's1');
    const loading = model.load();
    await until(() => model.state.value === 'ready');
    expect(model.complete.value).toBe(false);
    await model.exportAs('json');
    const doc = JSON.parse(String(downloads[0]!.data)) as { messages: unknown[] };
    expect(doc.messages).toHaveLength(n);
    release();
    await loading;
  });

  it('a change after the whole chat is read adds only the new lines', async () => {
    const n = FIRST_PAGE + 30;
    const db = await seedDb([fakeSession()], longChat(n));
    const { port, broadcast } = fakePort();
    const model = new ChatModel(port, 's1');
    await model.load();
    expect(model.complete.value).toBe(true);
    const before = model.messages.value;
    const [extra] = fakeMessages('s1', [['agent', 'Priya', 'One more thing.']]);
    await db.put('messages', { ...extra!, seq: n, key: `k${n}` });
    await db.put('sessions', { ...fakeSession(), messageCount: n + 1 });
    const stop = model.listen();
    broadcast({ type: 'sessionChanged', sessionId: 's1', tabId: null });
    await until(() => model.messages.value.length === n + 1);
    stop();
    expect(model.messages.value.at(-1)!.text).toBe('One more thing.');
    expect(model.messages.value[0]).toBe(before[0]); // kept, not read again
    expect(model.total.value).toBe(n + 1);
  });
});
