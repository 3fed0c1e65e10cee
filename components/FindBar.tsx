import { Icon } from './Icon';

/** Find in one chat: a query box, where the shown hit is among all of them, previous / next. */
export function FindBar({
  query,
  hits,
  at,
  onQuery,
  onStep,
}: {
  query: string;
  /** Lines matching, in order; null while the whole transcript is still being read. */
  hits: readonly number[] | null;
  at: number;
  onQuery: (text: string) => void;
  onStep: (dir: 1 | -1) => void;
}) {
  const status = !query.trim()
    ? ''
    : hits === null
      ? 'Reading the whole chat…'
      : hits.length === 0
        ? 'No matches'
        : `${(at + 1).toLocaleString('en-GB')} of ${hits.length.toLocaleString('en-GB')}`;
  const none = !hits?.length;
  return (
    <div role="search" class="find-bar" aria-label="Find in this chat">
      <div class="search-box">
        <Icon name="search" />
        <label for="find" class="visually-hidden">
          Find in this chat
        </label>
        <input
          id="find"
          class="input"
          type="search"
          placeholder="Find in this chat"
          value={query}
          onInput={(e) => onQuery(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            onStep(e.shiftKey ? -1 : 1);
          }}
          data-testid="find"
        />
      </div>
      <span class="find-state small muted" aria-live="polite" data-testid="find-state">
        {status}
      </span>
      <button type="button" class="btn small" disabled={none} onClick={() => onStep(-1)}>
        Previous
      </button>
      <button type="button" class="btn small" disabled={none} onClick={() => onStep(1)}>
        Next
      </button>
    </div>
  );
}
