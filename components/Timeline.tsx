import { type Clock, dateOf, timeOf } from '../lib/format';
import type { TimelineEntry } from '../lib/models/analysis';

/** The notes timeline: agents, transfers, case numbers, promises with due dates, offers and answers. */
export function Timeline({
  entries,
  clock,
  empty,
  onJump,
}: {
  entries: readonly TimelineEntry[];
  clock: Clock;
  empty: string;
  onJump?: (i: number) => void;
}) {
  if (entries.length === 0) return <p class="muted small">{empty}</p>;
  return (
    <ol class="timeline" data-testid="timeline">
      {entries.map((n) => (
        <li key={n.key} class={`tl-item ${n.tone}`} data-kind={n.kind}>
          <span class="tl-dot" aria-hidden="true" />
          <div class="tl-body">
            <div class="tl-head">
              <span class="tl-title">{n.title}</span>
              {n.detail && n.detail.length <= 32 && <span class="tl-inline">{n.detail}</span>}
              {n.at && (
                <time class="tl-time" dateTime={n.at}>
                  {timeOf(n.at, clock)}
                </time>
              )}
            </div>
            {n.detail && n.detail.length > 32 && <p class="tl-detail msg-text">{n.detail}</p>}
            {n.due && (
              <p class="tl-due">
                Due <time dateTime={n.due}>{dateOf(n.due, clock)}</time>
              </p>
            )}
            {onJump && n.i !== null && (
              <button type="button" class="linkish small" onClick={() => onJump(n.i as number)}>
                Show in transcript
              </button>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
