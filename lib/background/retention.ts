/** The daily clean-up: deletes chats older than the person's retention setting (off by default). */
import { expiredSessionIds } from '../retention';
import type { DB } from '../store/db';
import { deleteSessions, listSessions } from '../store/sessions';
import { getSettings } from '../store/settings';

export const RETENTION_ALARM = 'retention';

export async function runRetention(db: DB, now: number): Promise<string[]> {
  const { retentionDays } = await getSettings(db);
  if (retentionDays <= 0) return [];
  const ids = expiredSessionIds(await listSessions(db), retentionDays, now);
  if (ids.length) await deleteSessions(db, ids);
  return ids;
}
