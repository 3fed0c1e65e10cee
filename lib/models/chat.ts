/**
 * One chat in the dashboard: the captured record (read-only), its findings, and the person's own
 * notes (saved apart from the record through the background).
 */
import { createModel, signal } from '@preact/signals';
import type { ChatEvent, Message, Session } from '../model';
import { getEvents, getMessages, getSession } from '../store/sessions';
import { analyseChat, type ChatAnalysis } from './analysis';
import type { LoadState } from './chats';
import type { ExportKind } from './export-kinds';
import { buildExportFile } from './exports';
import type { SaveState } from './popup';
import type { UiPort } from './port';

const NOTES_DELAY_MS = 700;

export const ChatModel = createModel((port: UiPort, id: string) => {
  const state = signal<LoadState | 'missing'>('loading');
  const error = signal<string | null>(null);
  const session = signal<Session | null>(null);
  const messages = signal<Message[]>([]);
  const events = signal<ChatEvent[]>([]);
  const notes = signal('');
  const notesSave = signal<SaveState>('idle');
  const busy = signal<string | null>(null);
  const flash = signal<string | null>(null);
  const confirmingDelete = signal(false);
  /** Message to scroll to and focus (a "jump to" from the findings); the token repeats a jump. */
  const focusIndex = signal<{ i: number; token: number } | null>(null);
  let jumps = 0;
  /** The analysers' view of the chat; computed after the transcript's first paint (long chats take a while). */
  const analysis = signal<ChatAnalysis | null>(null);
  let notesDirty = false;
  let notesTimer: ReturnType<typeof setTimeout> | null = null;
  let analysisTimer: ReturnType<typeof setTimeout> | null = null;

  /** Chats longer than this are analysed in a worker (when the page has one). */
  const OFF_THREAD_FROM = 1500;
  let analysisRun = 0;

  function scheduleAnalysis(): void {
    if (analysisTimer) clearTimeout(analysisTimer);
    const run = ++analysisRun;
    const done = (a: ChatAnalysis) => {
      if (run !== analysisRun) return; // a newer load replaced this one
      analysis.value = a;
      performance.mark?.('chatproof:analysed');
    };
    const s = session.peek();
    const ms = messages.peek();
    const evs = events.peek();
    if (!s) return;
    if (port.analyseOffThread && ms.length >= OFF_THREAD_FROM) {
      port
        .analyseOffThread(s, ms, evs, port.now())
        .then(done)
        .catch(() => done(analyseChat(s, ms, evs, port.now())));
      return;
    }
    // a frame or two later, so the transcript paints first
    analysisTimer = setTimeout(() => {
      analysisTimer = null;
      done(analyseChat(s, ms, evs, port.now()));
    }, 32);
  }

  async function load(): Promise<void> {
    try {
      const db = await port.db();
      const s = await getSession(db, id);
      if (!s) {
        state.value = 'missing';
        return;
      }
      const [ms, evs] = await Promise.all([getMessages(db, id), getEvents(db, id)]);
      session.value = s;
      messages.value = ms;
      events.value = evs;
      if (!notesDirty) notes.value = s.notes;
      state.value = 'ready';
      scheduleAnalysis();
    } catch (e) {
      state.value = 'error';
      error.value = e instanceof Error ? e.message : String(e);
    }
  }

  async function saveNotes(): Promise<void> {
    const text = notes.peek();
    notesSave.value = 'saving';
    const res = (await port
      .send({ type: 'updateSession', id, patch: { notes: text } })
      .catch(() => null)) as { ok?: boolean } | null;
    notesSave.value = res?.ok ? 'saved' : 'error';
    if (res?.ok && notes.peek() === text) notesDirty = false;
  }

  return {
    state,
    error,
    session,
    messages,
    events,
    analysis,
    notes,
    notesSave,
    busy,
    flash,
    confirmingDelete,
    focusIndex,
    load,
    listen() {
      return port.onBroadcast((b) => {
        if (b.type === 'sessionChanged' && b.sessionId === id) void load();
      });
    },
    setNotes(text: string) {
      notes.value = text;
      notesDirty = true;
      notesSave.value = 'idle';
      if (notesTimer) clearTimeout(notesTimer);
      notesTimer = setTimeout(() => void saveNotes(), NOTES_DELAY_MS);
    },
    flushNotes() {
      if (!notesTimer || !notesDirty) return;
      clearTimeout(notesTimer);
      notesTimer = null;
      void saveNotes();
    },
    jumpTo(i: number) {
      focusIndex.value = { i, token: ++jumps };
    },
    async exportAs(kind: ExportKind) {
      busy.value = kind;
      try {
        const file = await buildExportFile(port, id, kind);
        port.download(file);
        flash.value = `Saved ${file.name}`;
      } catch (e) {
        flash.value = `Export failed: ${e instanceof Error ? e.message : String(e)}`;
      } finally {
        busy.value = null;
      }
    },
    askDelete() {
      confirmingDelete.value = true;
    },
    cancelDelete() {
      confirmingDelete.value = false;
    },
    async confirmDelete(): Promise<boolean> {
      busy.value = 'delete';
      const res = (await port.send({ type: 'deleteSessions', ids: [id] }).catch(() => null)) as {
        ok?: boolean;
      } | null;
      busy.value = null;
      confirmingDelete.value = false;
      if (!res?.ok) flash.value = 'Could not delete this chat.';
      return !!res?.ok;
    },
  };
});
export type ChatModel = InstanceType<typeof ChatModel>;
