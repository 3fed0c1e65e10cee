import { useEffect } from 'preact/hooks';
import { companyName } from '../lib/case-file';
import { type Clock, hostLabel, plural, shortWhen, vendorName } from '../lib/format';
import type { Session } from '../lib/model';
import type { ChatsModel } from '../lib/models/chats';
import { ConfirmDialog } from './ConfirmDialog';
import { Icon } from './Icon';
import { OutcomeBadge } from './OutcomeBadge';
import { Toast } from './Toast';
import { VirtualList } from './VirtualList';

const ROW_HEIGHT = 72;

/** All recorded chats, newest first: search, filters, selection and delete. */
export function ChatList({ model, clock, now }: { model: ChatsModel; clock: Clock; now: number }) {
  const state = model.state.value;
  const all = model.sessions.value;
  const results = model.results.value;
  const q = model.query.value;
  const selected = model.selected.value;
  const pending = model.pendingDelete.value;
  const allShownSelected = results.length > 0 && results.every((s) => selected.has(s.id));

  useEffect(() => {
    document.title = 'Chats · Chatproof';
  }, []);

  return (
    <section class="page page-fill" aria-labelledby="h-chats">
      <header class="page-head">
        <div>
          <h1 id="h-chats">Chats</h1>
          <p class="muted">
            {state === 'ready'
              ? `${plural(all.length, 'recorded chat')}, newest first`
              : 'Every support chat you have had, as recorded'}
          </p>
        </div>
      </header>

      {state === 'ready' && all.length > 0 && (
        <div role="search" class="toolbar" aria-label="Search chats">
          <div class="search-box">
            <Icon name="search" />
            <label for="q" class="visually-hidden">
              Search chats
            </label>
            <input
              id="q"
              class="input"
              type="search"
              placeholder="Search text, company, agent, case number…"
              value={q.text}
              onInput={(e) => model.setText(e.currentTarget.value)}
              data-testid="search"
            />
          </div>
          <label class="visually-hidden" for="vendor">
            Chat service
          </label>
          <select
            id="vendor"
            class="select auto"
            value={q.vendor}
            onChange={(e) => model.setVendor(e.currentTarget.value)}
          >
            <option value="">All chat services</option>
            {model.vendors.value.map((v) => (
              <option key={v} value={v}>
                {vendorName(v)}
              </option>
            ))}
          </select>
          <div class="date-range">
            <label for="from" class="small muted">
              From
            </label>
            <input
              id="from"
              class="input auto"
              type="date"
              value={q.from}
              onInput={(e) => model.setFrom(e.currentTarget.value)}
            />
            <label for="to" class="small muted">
              to
            </label>
            <input
              id="to"
              class="input auto"
              type="date"
              value={q.to}
              onInput={(e) => model.setTo(e.currentTarget.value)}
            />
          </div>
          {model.filtering.value && (
            <button type="button" class="btn ghost small" onClick={() => model.clearQuery()}>
              Clear
            </button>
          )}
        </div>
      )}

      {state === 'ready' && all.length > 0 && (
        <div class="bulkbar">
          <label class="row small">
            <input
              type="checkbox"
              checked={allShownSelected}
              onChange={() => model.toggleAll()}
              data-testid="select-all"
            />
            <span>{model.filtering.value ? 'Select all shown' : 'Select all'}</span>
          </label>
          <span class="small muted" aria-live="polite" data-testid="result-count">
            {model.filtering.value
              ? `${plural(results.length, 'chat')} match`
              : plural(results.length, 'chat')}
            {model.textState.value === 'loading' && ' · searching message text…'}
          </span>
          <span class="grow" />
          {selected.size > 0 && (
            <>
              <span class="small">{selected.size} selected</span>
              <button type="button" class="btn ghost small" onClick={() => model.clearSelection()}>
                Unselect
              </button>
              <button
                type="button"
                class="btn danger small"
                onClick={() => model.askDelete([...selected])}
                data-testid="delete-selected"
              >
                <Icon name="trash" size={14} /> Delete {selected.size}
              </button>
            </>
          )}
        </div>
      )}

      {state === 'loading' && <div class="empty">Loading your chats…</div>}
      {state === 'error' && (
        <div class="empty" role="alert">
          <h2>Your chats could not be read</h2>
          <p class="muted">{model.error.value}</p>
          <button type="button" class="btn" onClick={() => void model.load()}>
            Try again
          </button>
        </div>
      )}
      {state === 'ready' && all.length === 0 && (
        <div class="empty" data-testid="empty">
          <div class="empty-icon">
            <Icon name="chat" size={28} />
          </div>
          <h2>No chats recorded yet</h2>
          <p class="muted">
            When you chat with a company’s support on their website, Chatproof records the conversation here,
            on this computer. You don’t need to do anything.
          </p>
        </div>
      )}
      {state === 'ready' && all.length > 0 && results.length === 0 && (
        <div class="empty" data-testid="no-results">
          <h2>No chats match</h2>
          <p class="muted">Try fewer words, another service, or a wider date range.</p>
          <button type="button" class="btn" onClick={() => model.clearQuery()}>
            Clear search
          </button>
        </div>
      )}
      {state === 'ready' && results.length > 0 && (
        <VirtualList
          class="chat-rows"
          label="Recorded chats"
          count={results.length}
          estimate={() => ROW_HEIGHT}
          rowKey={(i) => results[i]?.id ?? i}
          resetKey={results}
          keyboard
          testId="chat-list"
          renderRow={(i) => {
            const s = results[i]!;
            return (
              <ChatRow
                s={s}
                clock={clock}
                now={now}
                selected={selected.has(s.id)}
                onToggle={() => model.toggle(s.id)}
              />
            );
          }}
        />
      )}

      <ConfirmDialog
        open={!!pending}
        title={pending?.length === 1 ? 'Delete this chat?' : `Delete ${pending?.length ?? 0} chats?`}
        confirmLabel={pending?.length === 1 ? 'Delete chat' : `Delete ${pending?.length ?? 0} chats`}
        busy={model.deleting.value}
        onCancel={() => model.cancelDelete()}
        onConfirm={() => void model.confirmDelete()}
      >
        The recorded messages, findings and your notes are removed from this computer for good. Exported files
        you saved elsewhere are not affected.
      </ConfirmDialog>
      <Toast text={model.notice.value} />
    </section>
  );
}

function ChatRow({
  s,
  clock,
  now,
  selected,
  onToggle,
}: {
  s: Session;
  clock: Clock;
  now: number;
  selected: boolean;
  onToggle: () => void;
}) {
  const company = companyName(s);
  const when = shortWhen(s.startedAt, now, clock);
  return (
    <div class={`chat-row ${selected ? 'selected' : ''}`} data-testid="chat-row">
      <input
        type="checkbox"
        checked={selected}
        onChange={onToggle}
        aria-label={`Select chat with ${company}, ${when}`}
      />
      <a href={`#/chat/${encodeURIComponent(s.id)}`} class="chat-link" data-row-focus>
        <span class="chat-main">
          <span class="chat-company">{company}</span>
          <span class="chat-host">{hostLabel(s.origin)}</span>
          {!s.endedAt && (
            <span class="badge ok small-badge">
              <span class="dot live" />
              Live
            </span>
          )}
          <OutcomeBadge outcome={s.outcome} ended={!!s.endedAt} />
        </span>
        <span class="chat-meta">
          <span>{vendorName(s.vendor)}</span>
          {s.agents.length > 0 && <span class="ellipsis">{s.agents.join(', ')}</span>}
          {s.caseNumbers.length > 0 && <span class="mono">{s.caseNumbers.join(', ')}</span>}
          <span class="nowrap">{plural(s.messageCount, 'message')}</span>
        </span>
      </a>
      <time class="chat-when" dateTime={s.startedAt}>
        {when}
      </time>
    </div>
  );
}
