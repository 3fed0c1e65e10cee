// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../lib/export/bundle';
import { newEvents, newMessages, parseImport } from '../../lib/export/import';
import { buildJsonExport } from '../../lib/export/json';
import type { TranscriptDoc } from '../../lib/export/types';
import type { ChatEvent, Message } from '../../lib/model';
import { fakeInput, fakeSession, fakeSigner } from './fakes';

const enc = (s: string) => new TextEncoder().encode(s);

/** The store's write path in miniature: messages keyed by (session id, key), events by identity. */
function fakeStore() {
  const messages = new Map<string, Message>();
  const events: ChatEvent[] = [];
  return {
    messages,
    events,
    write(imported: { messages: Message[]; events: ChatEvent[] }) {
      for (const m of newMessages(imported.messages, messages.values()))
        messages.set(`${m.sessionId}\u0000${m.key}`, m);
      events.push(...newEvents(imported.events, events));
    },
  };
}

describe('parseImport', () => {
  const input = fakeInput({ session: fakeSession({ notes: 'my notes' }) });

  it('reads a JSON export back into store records', async () => {
    const result = await parseImport(enc(await buildJsonExport(input, await fakeSigner())));
    if (!result.ok) throw new Error(result.error);
    const { tabId: _tab, ...session } = input.session;
    expect(result.session).toEqual({ ...session, tabId: null });
    expect(result.messages).toEqual(input.messages);
    expect(result.events).toEqual(input.events.map(({ id: _id, ...e }) => e));
    expect(result.verification.ok).toBe(true);
  });

  it('reads a bundle the same way', async () => {
    const result = await parseImport(await buildBundle(input, await fakeSigner()), 'x.zip');
    expect(result.ok && result.messages).toEqual(input.messages);
  });

  it('refuses a tampered export and says why', async () => {
    const doc = JSON.parse(await buildJsonExport(input, await fakeSigner())) as TranscriptDoc;
    (doc.messages[2] as { text: string }).text = 'I never said that';
    const result = await parseImport(enc(JSON.stringify(doc)));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/message #2 was changed/);
    expect(result.verification?.firstBadSeq).toBe(2);
    expect((await parseImport(enc('nope'))).ok).toBe(false);
  });

  it('refuses values this version does not know, even when signed', async () => {
    const signer = await fakeSigner();
    const odd = fakeInput({ session: fakeSession({ outcome: 'bribed' as never }) });
    const result = await parseImport(enc(await buildJsonExport(odd, signer)));
    expect(!result.ok && result.error).toMatch(/unknown outcome/);
  });

  it('imports without duplicates, however often the same file comes in', async () => {
    const bytes = enc(await buildJsonExport(input, await fakeSigner()));
    const store = fakeStore();
    for (let i = 0; i < 3; i++) {
      const result = await parseImport(bytes);
      if (!result.ok) throw new Error(result.error);
      store.write(result);
    }
    expect(store.messages.size).toBe(input.messages.length);
    expect(store.events).toHaveLength(input.events.length);
  });

  it('adds only the missing messages of a longer export of the same chat', async () => {
    const signer = await fakeSigner();
    const store = fakeStore();
    const short = fakeInput({ messages: input.messages.slice(0, 3), events: [] });
    const first = await parseImport(enc(await buildJsonExport(short, signer)));
    if (!first.ok) throw new Error(first.error);
    store.write(first);
    const full = await parseImport(enc(await buildJsonExport(input, signer)));
    if (!full.ok) throw new Error(full.error);
    expect(newMessages(full.messages, store.messages.values()).map((m) => m.seq)).toEqual([3, 4, 5]);
    store.write(full);
    expect([...store.messages.values()].map((m) => m.seq).sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
