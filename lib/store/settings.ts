import { DEFAULT_SETTINGS, type Settings } from '../model';
import type { DB } from './db';

export async function getSettings(db: DB): Promise<Settings> {
  const rec = await db.get('settings', 'settings');
  if (!rec) return { ...DEFAULT_SETTINGS };
  const { id: _id, ...rest } = rec;
  return { ...DEFAULT_SETTINGS, ...rest };
}

export async function saveSettings(db: DB, patch: Partial<Settings>): Promise<Settings> {
  const tx = db.transaction('settings', 'readwrite');
  const cur = (await tx.store.get('settings')) ?? { ...DEFAULT_SETTINGS, id: 'settings' as const };
  const next = { ...DEFAULT_SETTINGS, ...cur, ...patch, id: 'settings' as const };
  await tx.store.put(next);
  await tx.done;
  const { id: _id, ...rest } = next;
  return rest;
}

/** True when `host` or one of its parent domains is in `list`. */
export function hostListed(list: readonly string[], host: string): boolean {
  const h = host.toLowerCase();
  return list.some((x) => h === x || h.endsWith(`.${x}`));
}

export async function getMeta<T>(db: DB, id: string, fallback: T): Promise<T> {
  const rec = await db.get('meta', id);
  return rec ? (rec.value as T) : fallback;
}

export async function setMeta(db: DB, id: string, value: unknown): Promise<void> {
  await db.put('meta', { id, value });
}
