/** The dashboard's settings page: read from IndexedDB, saved through the background. */
import { createModel, signal } from '@preact/signals';
import { DEFAULT_SETTINGS, type Settings } from '../model';
import { getSettings } from '../store/settings';
import type { LoadState } from './chats';
import type { SaveState } from './popup';
import type { StorageFigures, UiPort } from './port';

export type SiteList = 'pausedSites' | 'alertsOffSites';

/** `https://Shop.Example.com/help` or `shop.example.com` → `shop.example.com`; '' when not a host. */
export function normaliseHost(input: string): string {
  const t = input.trim().toLowerCase();
  if (!t) return '';
  let host = t;
  try {
    host = new URL(t.includes('://') ? t : `http://${t}`).hostname;
  } catch {
    return '';
  }
  return /^[a-z0-9.-]{1,253}$/.test(host) && host.includes('.')
    ? host.replace(/^www\./, '')
    : host === 'localhost'
      ? host
      : '';
}

export const SettingsModel = createModel((port: UiPort) => {
  const state = signal<LoadState>('loading');
  const settings = signal<Settings>({ ...DEFAULT_SETTINGS });
  const saveState = signal<SaveState>('idle');
  const storage = signal<StorageFigures | null>(null);
  const message = signal<string | null>(null);

  async function save(patch: Partial<Settings>): Promise<boolean> {
    const before = settings.peek();
    settings.value = { ...before, ...patch };
    saveState.value = 'saving';
    const res = (await port.send({ type: 'saveSettings', settings: patch }).catch(() => null)) as {
      ok?: boolean;
      settings?: Settings;
    } | null;
    if (res?.ok && res.settings) {
      settings.value = res.settings;
      saveState.value = 'saved';
      return true;
    }
    settings.value = before;
    saveState.value = 'error';
    return false;
  }

  return {
    state,
    settings,
    saveState,
    storage,
    message,
    async load() {
      try {
        const db = await port.db();
        settings.value = await getSettings(db);
        state.value = 'ready';
      } catch {
        state.value = 'error';
      }
      storage.value = await port.storage().catch(() => null);
    },
    save,
    async addSite(list: SiteList, input: string): Promise<boolean> {
      const host = normaliseHost(input);
      if (!host) {
        message.value = `“${input.trim()}” is not a site address. Try something like shop.example.com.`;
        return false;
      }
      message.value = null;
      const cur = settings.peek()[list];
      if (cur.includes(host)) return true;
      return save({ [list]: [...cur, host] });
    },
    removeSite(list: SiteList, host: string) {
      return save({ [list]: settings.peek()[list].filter((h) => h !== host) });
    },
    async persist() {
      const granted = await port.persist();
      storage.value = await port.storage().catch(() => null);
      message.value = granted
        ? 'Your browser will keep Chatproof’s data even when space runs low.'
        : 'The browser did not grant persistent storage. Chatproof already asks for unlimited storage; export important chats to be safe.';
    },
  };
});
export type SettingsModel = InstanceType<typeof SettingsModel>;
