/** One company's case file: its chats loaded, analysed and summarised (lib/case-file.ts). */
import { computed, createModel, signal } from '@preact/signals';
import { buildCaseFile, type CaseContact, type CaseFact, type CaseFactKind, caseKey } from '../case-file';
import type { ChatEvent, Message, Session } from '../model';
import type { NoteKind } from '../notes';
import { getEvents, getMessages, listSessions } from '../store/sessions';
import { analyseChat } from './analysis';
import type { LoadState } from './chats';
import type { UiPort } from './port';

/** Notes that become case facts (the notes already group a transfer's lines into one episode). */
const FROM_NOTES: Partial<Record<NoteKind, CaseFactKind>> = {
  transfer: 'transfer',
  promise: 'promise',
  offer: 'upsell-offer',
  assent: 'upsell-assent',
};
/** Moments (findings and recorded events) that become case facts. */
const FROM_MOMENTS = new Set<string>(['disconnect', 'cant-help', 'premature-close']);

/** The facts a case file keeps from one chat, once each, in transcript order. */
export function contactOf(
  session: Session,
  messages: readonly Message[],
  events: readonly ChatEvent[],
  now: number,
): CaseContact {
  const a = analyseChat(session, messages, events, now);
  const facts: (CaseFact & { i: number })[] = [];
  for (const n of a.notes) {
    const kind = FROM_NOTES[n.kind];
    if (!kind) continue;
    const m = n.i === undefined ? undefined : messages[n.i];
    facts.push({
      kind,
      i: n.i ?? -1,
      at: n.at,
      // a transfer is described ("Transferred to Priti"); the others quote the line that shows them
      text: kind === 'transfer' ? n.text : (m?.text ?? n.detail ?? n.text),
      by: kind !== 'transfer' && m?.role === 'agent' ? m.author : null,
      ...(kind === 'promise' ? { due: n.due ?? null } : {}),
    });
  }
  const seen = new Set<string>();
  for (const h of a.moments) {
    if (!FROM_MOMENTS.has(h.kind)) continue;
    // one disconnect per chat is the fact; the finding and the recorded event describe the same one
    const key = h.kind === 'disconnect' ? 'disconnect' : `${h.kind}:${h.i}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const m = messages[h.i];
    const fromEvent = h.kind === 'disconnect';
    facts.push({
      kind: h.kind as CaseFactKind,
      i: h.i,
      at: m?.at ?? session.lastActivityAt,
      text: fromEvent ? h.evidence || 'The chat was cut off' : (m?.text ?? h.evidence),
      by: !fromEvent && m?.role === 'agent' ? m.author : null,
    });
  }
  facts.sort((x, y) => x.i - y.i);
  const opening =
    messages.find((m) => m.role === 'customer' && m.text.trim().split(/\s+/).length >= 4)?.text ?? null;
  return { session, facts: facts.map(({ i: _i, ...f }) => f), opening };
}

export const CaseModel = createModel((port: UiPort, key: string) => {
  const state = signal<LoadState | 'missing'>('loading');
  const error = signal<string | null>(null);
  const contacts = signal<CaseContact[]>([]);
  const flash = signal<string | null>(null);
  const file = computed(() => buildCaseFile(contacts.value, port.now(), port.clock));

  async function load(): Promise<void> {
    try {
      const db = await port.db();
      const mine = (await listSessions(db)).filter((s) => caseKey(s) === key || s.origin === key);
      if (mine.length === 0) {
        state.value = 'missing';
        return;
      }
      const now = port.now();
      const out: CaseContact[] = [];
      for (const s of mine) {
        const [ms, evs] = await Promise.all([getMessages(db, s.id), getEvents(db, s.id)]);
        out.push(contactOf(s, ms, evs, now));
      }
      contacts.value = out;
      state.value = 'ready';
    } catch (e) {
      state.value = 'error';
      error.value = e instanceof Error ? e.message : String(e);
    }
  }

  return {
    state,
    error,
    file,
    flash,
    load,
    listen() {
      return port.onBroadcast((b) => {
        if (b.type === 'sessionChanged') void load();
      });
    },
    async copySummary() {
      const text = file.peek()?.catchUp;
      if (!text) return;
      try {
        await port.copy(text);
        flash.value = 'Copied. Paste it as your first message in the new chat.';
      } catch {
        flash.value = 'Could not copy. Select the text and copy it yourself.';
      }
    },
  };
});
export type CaseModel = InstanceType<typeof CaseModel>;
