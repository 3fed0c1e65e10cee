/**
 * Retention: which chats an automatic clean-up deletes. Keep forever by default (retentionDays 0);
 * otherwise a chat goes once its last activity is older than the limit. The limit is at least a day,
 * longer than a session stays open without activity (SESSION_IDLE_MS), so a live chat never qualifies.
 */
import type { Session } from './model';

export const DAY_MS = 86_400_000;

export function expiredSessionIds(
  sessions: readonly Pick<Session, 'id' | 'lastActivityAt'>[],
  retentionDays: number,
  now: number,
): string[] {
  if (!Number.isFinite(retentionDays) || retentionDays <= 0) return [];
  const cutoff = now - retentionDays * DAY_MS;
  return sessions
    .filter((s) => {
      const last = Date.parse(s.lastActivityAt);
      return Number.isFinite(last) && last < cutoff;
    })
    .map((s) => s.id);
}
