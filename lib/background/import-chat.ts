/**
 * Stores a chat imported from an export file. The file is verified again here (the page's word is
 * not enough): only an intact, signed export is stored, and nothing is stored twice. A chat already
 * held gains only the messages and events it lacks; a file that disagrees with the stored record
 * (same chat id, different message at the same position) is refused, never merged.
 */
import { fromBase64Url } from '../export/encoding';
import { newEvents, parseImport } from '../export/import';
import type { Session } from '../model';
import type { DB } from '../store/db';

export type ImportOutcome =
  | { ok: true; sessionId: string; added: number; existed: boolean }
  | { ok: false; error: string };

export async function importChat(db: DB, data: string, fileName: string): Promise<ImportOutcome> {
  const bytes = fromBase64Url(data);
  if (!bytes) return { ok: false, error: 'The file could not be read.' };
  const parsed = await parseImport(bytes, fileName);
  if (!parsed.ok) return { ok: false, error: `Not imported: ${parsed.error}` };
  const { session, messages, events } = parsed;
  const tx = db.transaction(['sessions', 'messages', 'events'], 'readwrite');
  const store = tx.objectStore('messages');
  try {
    const existing = await tx.objectStore('sessions').get(session.id);
    let added = 0;
    for (const m of messages) {
      const stored = await store.get([m.sessionId, m.seq]);
      if (stored) {
        if (stored.hash !== m.hash)
          throw new Conflict(`message #${m.seq} differs from the stored copy of this chat`);
        continue;
      }
      await store.add(m);
      added++;
    }
    const storedEvents = await tx.objectStore('events').index('bySession').getAll(session.id);
    for (const e of newEvents(events, storedEvents)) await tx.objectStore('events').add(e);
    const next: Session = existing ? merge(existing, session) : session;
    await tx.objectStore('sessions').put(next);
    await tx.done;
    return { ok: true, sessionId: session.id, added, existed: !!existing };
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted by the failed request
    }
    await tx.done.catch(() => {});
    if (e instanceof Conflict) return { ok: false, error: `Not imported: ${e.message}.` };
    const msg = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      error: /constraint/i.test(msg)
        ? 'Not imported: it conflicts with a stored chat.'
        : `Not imported: ${msg}`,
    };
  }
}

class Conflict extends Error {}

/** A longer imported copy extends the stored one; the person's own fields are kept when set. */
function merge(stored: Session, imported: Session): Session {
  const longer = imported.messageCount > stored.messageCount ? imported : stored;
  return {
    ...stored,
    messageCount: Math.max(stored.messageCount, imported.messageCount),
    headHash: longer.headHash,
    lastActivityAt: latest(stored.lastActivityAt, imported.lastActivityAt),
    endedAt: stored.endedAt ?? imported.endedAt,
    endReason: stored.endReason ?? imported.endReason,
    agents: [...new Set([...stored.agents, ...imported.agents])],
    caseNumbers: [...new Set([...stored.caseNumbers, ...imported.caseNumbers])],
    desiredOutcome: stored.desiredOutcome || imported.desiredOutcome,
    outcome: stored.outcome ?? imported.outcome,
    notes: stored.notes || imported.notes,
  };
}

/** The later of two ISO times (compared as instants, not as text: offsets differ). */
function latest(a: string, b: string): string {
  return Date.parse(a) >= Date.parse(b) ? a : b;
}
