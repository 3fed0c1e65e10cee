/**
 * One chat in the dashboard: the captured record (read-only), its findings, and the person's own
 * notes (saved apart from the record through the background).
 */
import { batch, computed, createModel, signal } from '@preact/signals';
import type { ChatEvent, Message, Session } from '../model';
import type { DB } from '../store/db';
import { getEvents, getMessagesFrom, getSession } from '../store/sessions';
import { analyseChat, type ChatAnalysis } from './analysis';
import type { LoadState } from './chats';
import type { ExportKind } from './export-kinds';
import { buildExportFile } from './exports';
import type { SaveState } from './popup';
import type { UiPort } from './port';
import { findInChat, fold, queryWords } from './search';

const NOTES_DELAY_MS = 700;
/**
 * Rows read before the first paint: more than the tallest screen shows. Reading all 10,000 rows of a
 * long chat first took 0.25–0.4 s and kept the transcript off screen past its 500 ms budget (issue 8).
 */
export const FIRST_PAGE = 100;
/** Rows per read after the first paint: each read is short, so scrolling stays smooth meanwhile. */
export const CHUNK = 2000;

export const ChatModel = createModel((port: UiPort, id: string) => {
  const state = signal<LoadState | 'missing'>('loading');
  const error = signal<string | null>(null);
  const session = signal<Session | null>(null);
  /** The transcript in seq order: the first screenful first, then the rest as it is read. */
  const messages = signal<Message[]>([]);
  /**
   * True once `messages` holds every stored row. Findings, find-in-chat and the counts wait for it;
   * exports read the store themselves (lib/models/exports.ts), never this list.
   */
  const complete = signal(false);
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

  /** How many messages the chat has: the stored count until every row is read. */
  const total = computed(() =>
    complete.value
      ? messages.value.length
      : Math.max(session.value?.messageCount ?? 0, messages.value.length),
  );

  // Find in this chat: over every row, so it waits until the whole transcript is read.
  const find = signal('');
  /** Position in `findHits` of the line shown, -1 for none. */
  const findAt = signal(-1);
  const folded = computed(() =>
    complete.value ? messages.value.map((m) => fold(`${m.author ?? ''} ${m.text}`)) : null,
  );
  /** Lines matching the find query, in order; null while the transcript is still being read. */
  const findHits = computed<number[] | null>(() => {
    const q = find.value;
    if (queryWords(q).length === 0) return [];
    const f = folded.value;
    return f ? findInChat(f, q) : null;
  });

  function jumpTo(i: number): void {
    focusIndex.value = { i, token: ++jumps };
  }
  function showHit(k: number): void {
    const hits = findHits.peek();
    if (!hits?.length) {
      findAt.value = -1;
      return;
    }
    const at = ((k % hits.length) + hits.length) % hits.length;
    findAt.value = at;
    jumpTo(hits[at]!);
  }

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

  /** Every load gets a number; a read that finds a newer load started stops. */
  let loadRun = 0;
  /** The rest of the transcript is being read; a change meanwhile is picked up when it ends. */
  let readingRest = false;
  let changedWhileReading = false;

  /** The whole transcript is in: findings, and a find typed while it was read. */
  function completed(all: Message[]): void {
    batch(() => {
      messages.value = all;
      complete.value = true;
    });
    scheduleAnalysis();
    if (find.peek()) showHit(Math.max(0, findAt.peek()));
  }

  /** Reads the rows after `head` in chunks, publishing each, after the first screenful painted. */
  async function readRest(db: DB, run: number, head: Message[]): Promise<void> {
    readingRest = true;
    try {
      await (port.afterPaint?.() ?? Promise.resolve());
      const all = head.slice();
      for (;;) {
        if (run !== loadRun) return;
        const from = all.length ? all[all.length - 1]!.seq + 1 : 0;
        const chunk = await getMessagesFrom(db, id, from, CHUNK);
        if (run !== loadRun) return;
        for (const m of chunk) all.push(m);
        if (chunk.length < CHUNK) break;
        messages.value = all.slice(); // scrolling reaches further while the rest is read
      }
      completed(all);
    } catch (e) {
      if (run === loadRun)
        flash.value = `Could not read the whole chat: ${e instanceof Error ? e.message : String(e)}`;
    } finally {
      readingRest = false;
    }
    if (changedWhileReading && run === loadRun) {
      changedWhileReading = false;
      await load();
    }
  }

  /**
   * Reads the session, its events and the first screenful of lines, shows them, then reads the rest
   * in the background. Once the whole transcript is in, a later load (a `sessionChanged` broadcast)
   * reads only the lines added since: messages are append-only.
   */
  async function load(): Promise<void> {
    const run = ++loadRun;
    try {
      const db = await port.db();
      const have = complete.peek() ? messages.peek() : [];
      const from = have.length ? have[have.length - 1]!.seq + 1 : 0;
      // The events (the analysers' findings among them: thousands in a long chat) are read after
      // the first screenful is shown, not with it: at 10,000 lines, 5,832 of them took 300–400 ms;
      // started alongside, the store answered them first (docs/performance.md, session 14).
      const [s, head] = await Promise.all([
        getSession(db, id),
        getMessagesFrom(db, id, from, have.length ? undefined : FIRST_PAGE),
      ]);
      if (run !== loadRun) return;
      if (!s) {
        state.value = 'missing';
        return;
      }
      if (have.length && have.length + head.length !== s.messageCount) {
        // not a plain append (an import filled a gap): read the whole chat again
        complete.value = false;
        return load();
      }
      const whole = have.length > 0 || head.length < FIRST_PAGE;
      const shown = have.length ? [...have, ...head] : head;
      batch(() => {
        session.value = s;
        if (!notesDirty) notes.value = s.notes;
        state.value = 'ready';
        messages.value = shown;
      });
      performance.mark?.('chatproof:first-lines');
      const evs = await getEvents(db, id);
      if (run !== loadRun) return;
      events.value = evs;
      // the findings and counts need the events: the whole transcript is complete only after them
      if (whole) completed(shown);
      else await readRest(db, run, shown);
    } catch (e) {
      if (run !== loadRun) return;
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
    complete,
    total,
    events,
    analysis,
    find,
    findAt,
    findHits,
    notes,
    notesSave,
    busy,
    flash,
    confirmingDelete,
    focusIndex,
    load,
    listen() {
      return port.onBroadcast((b) => {
        if (b.type !== 'sessionChanged' || b.sessionId !== id) return;
        if (readingRest) changedWhileReading = true;
        else void load();
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
    jumpTo,
    /** Sets the find query and shows its first hit. */
    setFind(text: string) {
      find.value = text;
      showHit(0);
    },
    /** Shows the next (1) or previous (-1) hit, wrapping around. */
    findStep(dir: 1 | -1) {
      showHit(findAt.peek() + dir);
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
