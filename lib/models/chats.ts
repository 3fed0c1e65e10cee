/**
 * All recorded chats for the dashboard: newest first, searchable (metadata at once, message text
 * once its index is read), selectable, deletable after confirmation.
 */
import { computed, createModel, signal } from '@preact/signals';
import type { Message, Session } from '../model';
import { listSessions } from '../store/sessions';
import type { UiPort } from './port';
import {
  type ChatQuery,
  EMPTY_QUERY,
  filterSessions,
  fold,
  isEmptyQuery,
  queryWords,
  sessionHaystack,
} from './search';

export type LoadState = 'loading' | 'ready' | 'error';
const TEXT_BATCH = 5000;

export const ChatsModel = createModel((port: UiPort) => {
  const sessions = signal<Session[]>([]);
  const state = signal<LoadState>('loading');
  const error = signal<string | null>(null);
  const query = signal<ChatQuery>({ ...EMPTY_QUERY });
  const selected = signal<ReadonlySet<string>>(new Set());
  const pendingDelete = signal<string[] | null>(null);
  const deleting = signal(false);
  const notice = signal<string | null>(null);
  /** Bumped whenever the message-text index gains entries, so results recompute. */
  const textVersion = signal(0);
  const textState = signal<'idle' | 'loading' | 'ready'>('idle');

  const haystacks = new WeakMap<Session, string>();
  const haystackOf = (s: Session) => {
    let h = haystacks.get(s);
    if (h === undefined) {
      h = sessionHaystack(s);
      haystacks.set(s, h);
    }
    return h;
  };
  const texts = new Map<string, string>();

  const results = computed(() => {
    void textVersion.value;
    return filterSessions(sessions.value, query.value, port.clock, haystackOf, (id) => texts.get(id));
  });
  const vendors = computed(() => [...new Set(sessions.value.map((s) => s.vendor))].sort());
  const filtering = computed(() => !isEmptyQuery(query.value));

  /** Reads the text of every chat not indexed yet, in large batches. */
  async function indexText(): Promise<void> {
    if (textState.peek() === 'loading') return;
    textState.value = 'loading';
    try {
      const db = await port.db();
      const acc = new Map<string, string[]>();
      let after: IDBValidKey | null = null;
      for (;;) {
        const range: IDBKeyRange | undefined = after ? IDBKeyRange.lowerBound(after, true) : undefined;
        const rows: Message[] = await db.getAll('messages', range, TEXT_BATCH);
        for (const m of rows) {
          if (texts.has(m.sessionId)) continue;
          const parts = acc.get(m.sessionId) ?? [];
          if (parts.length === 0) acc.set(m.sessionId, parts);
          parts.push(m.text, m.author ?? '');
        }
        if (rows.length < TEXT_BATCH) break;
        const last: Message = rows.at(-1)!;
        after = [last.sessionId, last.seq];
      }
      for (const [id, parts] of acc) texts.set(id, fold(parts.join(' \u0001 ')));
      textVersion.value++;
      textState.value = 'ready';
    } catch {
      textState.value = 'idle';
    }
  }

  async function load(): Promise<void> {
    try {
      const db = await port.db();
      const all = await listSessions(db);
      sessions.value = all;
      state.value = 'ready';
      error.value = null;
      const keep = new Set(all.map((s) => s.id));
      const next = new Set([...selected.peek()].filter((id) => keep.has(id)));
      if (next.size !== selected.peek().size) selected.value = next;
    } catch (e) {
      state.value = 'error';
      error.value = e instanceof Error ? e.message : String(e);
    }
  }

  let reloadTimer: ReturnType<typeof setTimeout> | null = null;
  const setQuery = (patch: Partial<ChatQuery>) => {
    query.value = { ...query.peek(), ...patch };
    if (queryWords(query.peek().text).length && textState.peek() !== 'ready') void indexText();
  };

  return {
    sessions,
    state,
    error,
    query,
    results,
    vendors,
    filtering,
    selected,
    pendingDelete,
    deleting,
    notice,
    textState,
    load,
    listen() {
      return port.onBroadcast((b) => {
        if (b.type !== 'sessionChanged') return;
        if (texts.delete(b.sessionId)) textState.value = 'idle';
        if (reloadTimer) clearTimeout(reloadTimer);
        reloadTimer = setTimeout(() => {
          void load();
          if (queryWords(query.peek().text).length) void indexText();
        }, 250);
      });
    },
    setText: (text: string) => setQuery({ text }),
    setVendor: (vendor: string) => setQuery({ vendor }),
    setFrom: (from: string) => setQuery({ from }),
    setTo: (to: string) => setQuery({ to }),
    clearQuery: () => setQuery({ ...EMPTY_QUERY }),
    toggle(id: string) {
      const next = new Set(selected.peek());
      if (next.has(id)) next.delete(id);
      else next.add(id);
      selected.value = next;
    },
    /** Selects every chat shown, or clears when all of them already are. */
    toggleAll() {
      const shown = results.peek();
      const sel = selected.peek();
      const all = shown.length > 0 && shown.every((s) => sel.has(s.id));
      selected.value = all ? new Set() : new Set(shown.map((s) => s.id));
    },
    clearSelection() {
      selected.value = new Set();
    },
    askDelete(ids: string[]) {
      if (ids.length) pendingDelete.value = ids;
    },
    cancelDelete() {
      pendingDelete.value = null;
    },
    async confirmDelete(): Promise<boolean> {
      const ids = pendingDelete.peek();
      if (!ids) return false;
      deleting.value = true;
      const res = (await port.send({ type: 'deleteSessions', ids }).catch(() => null)) as {
        ok?: boolean;
        deleted?: number;
      } | null;
      deleting.value = false;
      pendingDelete.value = null;
      if (!res?.ok) {
        notice.value = 'Could not delete. Nothing was removed.';
        return false;
      }
      for (const id of ids) texts.delete(id);
      const sel = new Set(selected.peek());
      for (const id of ids) sel.delete(id);
      selected.value = sel;
      notice.value = `Deleted ${res.deleted ?? ids.length} ${res.deleted === 1 ? 'chat' : 'chats'}.`;
      await load();
      return true;
    },
    dismissNotice() {
      notice.value = null;
    },
  };
});
export type ChatsModel = InstanceType<typeof ChatsModel>;
