/**
 * State of the popup for one tab: read-only signals plus actions. Reads IndexedDB directly (same
 * extension origin); every write is a message to the background. Updates live on broadcasts.
 */
import { batch, computed, createModel, signal } from '@preact/signals';
import type { TabState } from '../background/tab-state';
import { caseKey } from '../case-file';
import type { ChatEvent, Message, Outcome, Session, Settings } from '../model';
import { DEFAULT_SETTINGS } from '../model';
import { getEvents, getSession, sessionForTab } from '../store/sessions';
import { getMeta, getSettings, hostListed } from '../store/settings';
import type { analyseChat } from './analysis';
import type { ExportKind } from './export-kinds';
import type { UiPort } from './port';

export type PopupStatus = 'loading' | 'recording' | 'ended' | 'detected' | 'paused' | 'none' | 'unsupported';
export type SaveState = 'idle' | 'saving' | 'saved' | 'error';
export interface Flash {
  text: string;
  tone: 'ok' | 'error';
}

const SAVE_DELAY_MS = 600;
/**
 * Entries of "What happened" the popup shows: the first (the chat started) and the latest. A chat
 * whose agent name flips on every line has thousands of transfers; rendered whole, the popup grew to
 * ~300,000 px (issue 9, a 20,000-message chat). The dashboard's transcript has them all.
 */
export const POPUP_TIMELINE_MAX = 40;

function hostnameOf(url: string): string {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? u.hostname : '';
  } catch {
    return '';
  }
}

export const PopupModel = createModel((port: UiPort) => {
  const loading = signal(true);
  const tabId = signal<number | null>(null);
  const tabUrl = signal('');
  const tab = signal<TabState | null>(null);
  const settings = signal<Settings>({ ...DEFAULT_SETTINGS });
  const session = signal<Session | null>(null);
  const messages = signal<Message[]>([]);
  const events = signal<ChatEvent[]>([]);
  const error = signal<string | null>(null);
  const desired = signal('');
  const desiredSave = signal<SaveState>('idle');
  const flash = signal<Flash | null>(null);
  const busy = signal<string | null>(null);
  let desiredDirty = false;
  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  let flashTimer: ReturnType<typeof setTimeout> | null = null;

  const host = computed(() => hostnameOf(tabUrl.value || tab.value?.url || ''));
  const paused = computed(() => !!host.value && hostListed(settings.value.pausedSites, host.value));
  const status = computed<PopupStatus>(() => {
    if (loading.value) return 'loading';
    if (!host.value && !session.value) return 'unsupported';
    if (paused.value) return 'paused';
    const s = session.value;
    if (s && !s.endedAt) return 'recording';
    if (s?.endedAt) return 'ended';
    if (tab.value?.vendor) return 'detected';
    return 'none';
  });
  // The analysers load after the data is on screen: status and lines show at once, the timeline
  // and prompts a moment later. Loaded beside the data, the analysis chunk's evaluation ran between
  // the popup's reads: the database open took 15 ms on some opens and 60–100 ms on others, and the
  // median first paint with data was 88–111 ms after the script started (46–77 ms since).
  const analyserReady = signal(false);
  let analyse: typeof analyseChat | null = null;
  function loadAnalysers(): void {
    if (analyse) return;
    void import('./analysis').then((m) => {
      analyse = m.analyseChat;
      analyserReady.value = true;
    });
  }
  const analysis = computed(() => {
    const s = session.value;
    if (!s || !analyserReady.value || !analyse) return null;
    return analyse(s, messages.value, events.value, port.now(), {
      stalled: !!tab.value?.alerts.some((a) => a.kind === 'stalled' && a.sessionId === s.id),
    });
  });
  /** The timeline as the popup shows it, and how many entries it leaves to the dashboard. */
  const timeline = computed(() => {
    const all = analysis.value?.timeline ?? [];
    if (all.length <= POPUP_TIMELINE_MAX) return { shown: all, hidden: 0 };
    return {
      shown: [...all.slice(0, 1), ...all.slice(all.length - POPUP_TIMELINE_MAX + 1)],
      hidden: all.length - POPUP_TIMELINE_MAX,
    };
  });
  const alerts = computed(() => {
    const s = session.value;
    return (tab.value?.alerts ?? []).filter((a) => !s || a.sessionId === s.id || !a.sessionId);
  });

  function say(text: string, tone: Flash['tone'] = 'ok'): void {
    flash.value = { text, tone };
    if (flashTimer) clearTimeout(flashTimer);
    flashTimer = setTimeout(() => {
      flash.value = null;
    }, 4000);
  }

  let refreshing: Promise<void> | null = null;
  let again = false;
  async function refreshOnce(): Promise<void> {
    const id = tabId.peek();
    const url = tabUrl.peek();
    const current = session.peek();
    const have = messages.peek().length;
    // independent reads run together: the popup must open fast
    const [db, state] = await Promise.all([
      port.db(),
      id === null
        ? null
        : (port.send({ type: 'getTabState', tabId: id }).catch(() => null) as Promise<TabState | null>),
    ]);
    const [conf, err, byState] = await Promise.all([
      getSettings(db),
      getMeta<{ message: string } | null>(db, 'lastError', null),
      state?.sessionId ? getSession(db, state.sessionId) : undefined,
    ]);
    let s: Session | null = byState ?? null;
    if (!s && id !== null) s = await sessionForTab(db, id, url || state?.url || '');
    // messages are append-only: after the first read, fetch only the new ones
    const same = !!s && !!current && current.id === s.id;
    const from = same ? have : 0;
    const [fresh, evs] = s
      ? await Promise.all([
          db.getAll('messages', IDBKeyRange.bound([s.id, from], [s.id, Number.MAX_SAFE_INTEGER])),
          getEvents(db, s.id),
        ])
      : [[], []];
    batch(() => {
      tab.value = state;
      settings.value = conf;
      session.value = s;
      messages.value = same ? [...messages.peek(), ...fresh] : fresh;
      events.value = evs;
      // a full disk cannot hold its own error report: the tab's in-memory state carries it
      error.value = state?.error?.message ?? err?.message ?? null;
      if (!desiredDirty) desired.value = s?.desiredOutcome ?? '';
    });
  }
  async function refresh(): Promise<void> {
    if (refreshing) {
      again = true;
      return refreshing;
    }
    refreshing = (async () => {
      do {
        again = false;
        await refreshOnce();
      } while (again);
    })().finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  async function load(): Promise<void> {
    try {
      const t = await port.currentTab();
      performance.mark?.('chatproof:tab');
      tabId.value = t.id;
      tabUrl.value = t.url;
      await refresh();
      performance.mark?.('chatproof:data');
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e);
    } finally {
      loading.value = false;
    }
    void (port.afterPaint?.() ?? Promise.resolve()).then(loadAnalysers);
  }

  async function saveDesired(): Promise<void> {
    const s = session.peek();
    if (!s) return;
    const text = desired.peek();
    desiredSave.value = 'saving';
    const res = (await port
      .send({ type: 'updateSession', id: s.id, patch: { desiredOutcome: text } })
      .catch(() => null)) as { ok?: boolean } | null;
    desiredSave.value = res?.ok ? 'saved' : 'error';
    if (res?.ok && desired.peek() === text) desiredDirty = false;
  }

  return {
    loading,
    tabId,
    tab,
    host,
    paused,
    status,
    session,
    messages,
    events,
    alerts,
    analysis,
    timeline,
    error,
    desired,
    desiredSave,
    flash,
    busy,
    load,
    refresh,
    /** Subscribes to live updates; returns the unsubscribe. */
    listen() {
      return port.onBroadcast((b) => {
        const mine =
          (b.type === 'tabStateChanged' && b.tabId === tabId.peek()) ||
          (b.type === 'sessionChanged' &&
            (b.tabId === tabId.peek() || b.sessionId === session.peek()?.id || b.tabId === null));
        if (mine) void refresh();
      });
    },
    async setPaused(next: boolean) {
      const h = host.peek();
      if (!h) return;
      busy.value = 'pause';
      const res = (await port.send({ type: 'setSitePaused', host: h, paused: next }).catch(() => null)) as {
        ok?: boolean;
        settings?: Settings;
      } | null;
      busy.value = null;
      if (res?.settings) settings.value = res.settings;
      if (!res?.ok) say('Could not change the setting. Try again.', 'error');
      else say(next ? `Recording paused on ${h}.` : `Recording resumed on ${h}.`);
    },
    async dismissAlerts() {
      const id = tabId.peek();
      if (id === null) return;
      await port.send({ type: 'clearAlert', tabId: id }).catch(() => null);
      await refresh();
    },
    setDesired(text: string) {
      desired.value = text;
      desiredDirty = true;
      desiredSave.value = 'idle';
      if (saveTimer) clearTimeout(saveTimer);
      saveTimer = setTimeout(() => void saveDesired(), SAVE_DELAY_MS);
    },
    /** Saves a pending desired-outcome edit now (the popup is closing). */
    flushDesired() {
      if (!saveTimer || !desiredDirty) return;
      clearTimeout(saveTimer);
      saveTimer = null;
      void saveDesired();
    },
    async setOutcome(outcome: Outcome) {
      const s = session.peek();
      if (!s) return;
      session.value = { ...s, outcome };
      const res = (await port
        .send({ type: 'updateSession', id: s.id, patch: { outcome } })
        .catch(() => null)) as { ok?: boolean } | null;
      if (!res?.ok) {
        session.value = s;
        say('Could not save your answer. Try again.', 'error');
      }
    },
    async copyText(text: string) {
      try {
        await port.copy(text);
        say('Copied. Paste it into the chat when you are ready.');
      } catch {
        say('Could not copy. Select the text and copy it yourself.', 'error');
      }
    },
    async insertText(text: string) {
      const id = tabId.peek();
      if (id === null) return;
      const res = (await port.send({ type: 'insertText', tabId: id, text }).catch(() => null)) as {
        ok?: boolean;
      } | null;
      if (res?.ok) say('Put in the chat box. Read it, then press Send yourself.');
      else say('Could not reach the chat box. Use Copy instead.', 'error');
    },
    async exportAs(kind: ExportKind) {
      const s = session.peek();
      if (!s) return;
      busy.value = kind;
      try {
        // loaded on demand: the writers (zip, hashing, signing) are not needed to open the popup
        const { buildExportFile } = await import('./exports');
        const file = await buildExportFile(port, s.id, kind);
        port.download(file);
        say(`Saved ${file.name}`);
      } catch (e) {
        say(`Export failed: ${e instanceof Error ? e.message : String(e)}`, 'error');
      } finally {
        busy.value = null;
      }
    },
    dashboardUrl(sessionId?: string) {
      return port.pageUrl(`/dashboard.html${sessionId ? `#/chat/${encodeURIComponent(sessionId)}` : ''}`);
    },
    caseUrl() {
      const s = session.peek();
      return port.pageUrl(`/dashboard.html${s ? `#/case/${encodeURIComponent(caseKey(s))}` : '#/cases'}`);
    },
  };
});
export type PopupModel = InstanceType<typeof PopupModel>;
