/**
 * State of the popup for one tab: read-only signals plus actions. Reads IndexedDB directly (same
 * extension origin); every write goes through the background. Updates live on broadcasts.
 */
import { computed, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { TabState } from '../background/tab-state';
import { parseBroadcast } from '../messaging';
import type { ChatEvent, Message, Session } from '../model';
import { getDb } from '../store/db';
import { getEvents, getMessages, getSession, sessionForTab } from '../store/sessions';
import { getMeta } from '../store/settings';

export interface PopupModel {
  loading: { readonly value: boolean };
  tabId: { readonly value: number | null };
  tabUrl: { readonly value: string };
  tab: { readonly value: TabState | null };
  session: { readonly value: Session | null };
  messages: { readonly value: Message[] };
  events: { readonly value: ChatEvent[] };
  error: { readonly value: string | null };
  status: { readonly value: 'loading' | 'recording' | 'detected' | 'paused' | 'none' | 'unsupported' };
  load(): Promise<void>;
  dashboardUrl(sessionId?: string): string;
}

export function createPopupModel(): PopupModel {
  const loading = signal(true);
  const tabId = signal<number | null>(null);
  const tabUrl = signal('');
  const tab = signal<TabState | null>(null);
  const session = signal<Session | null>(null);
  const messages = signal<Message[]>([]);
  const events = signal<ChatEvent[]>([]);
  const error = signal<string | null>(null);

  const status = computed(() => {
    if (loading.value) return 'loading';
    if (!/^https?:/.test(tabUrl.value)) return 'unsupported';
    if (session.value && !session.value.endedAt) return 'recording';
    if (tab.value?.vendor) return 'detected';
    return 'none';
  });

  async function resolveTab(): Promise<void> {
    // ?tab=<id> lets the dashboard (and tests) open the popup for a given tab
    const q = new URLSearchParams(location.search).get('tab');
    if (q && /^\d+$/.test(q)) {
      const t = await browser.tabs.get(Number(q)).catch(() => null);
      tabId.value = Number(q);
      tabUrl.value = t?.url ?? '';
      return;
    }
    const [t] = await browser.tabs.query({ active: true, currentWindow: true });
    tabId.value = t?.id ?? null;
    tabUrl.value = t?.url ?? '';
  }

  async function refresh(): Promise<void> {
    const id = tabId.value;
    if (id === null) return;
    const db = await getDb();
    const state = (await browser.runtime.sendMessage({ type: 'getTabState', tabId: id }).catch(() => null)) as TabState | null;
    tab.value = state;
    const s =
      (state?.sessionId ? await getSession(db, state.sessionId) : undefined) ??
      (await sessionForTab(db, id, tabUrl.value || state?.url || ''));
    session.value = s ?? null;
    if (s) {
      messages.value = await getMessages(db, s.id);
      events.value = await getEvents(db, s.id);
    }
    const err = await getMeta<{ message: string } | null>(db, 'lastError', null);
    error.value = err?.message ?? null;
  }

  async function load(): Promise<void> {
    try {
      await resolveTab();
      await refresh();
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e);
    } finally {
      loading.value = false;
    }
    browser.runtime.onMessage.addListener((raw) => {
      const b = parseBroadcast(raw);
      if (!b) return undefined;
      if (b.tabId === null || b.tabId === tabId.value) void refresh();
      return undefined;
    });
  }

  return {
    loading,
    tabId,
    tabUrl,
    tab,
    session,
    messages,
    events,
    error,
    status,
    load,
    dashboardUrl: (sid) => browser.runtime.getURL(`/dashboard.html${sid ? `#/chat/${encodeURIComponent(sid)}` : ''}`),
  };
}
