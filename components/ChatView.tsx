import { useEffect } from 'preact/hooks';
import { caseKey, companyName } from '../lib/case-file';
import {
  type Clock,
  dateTimeWithZone,
  dayKey,
  durationBetween,
  hostLabel,
  longDateOf,
  plural,
  timeOf,
  timeWithZone,
  vendorName,
} from '../lib/format';
import type { Message } from '../lib/model';
import type { Highlight } from '../lib/models/analysis';
import type { ChatModel } from '../lib/models/chat';
import { ConfirmDialog } from './ConfirmDialog';
import { ExportButtons } from './ExportButtons';
import { FindBar } from './FindBar';
import { Icon } from './Icon';
import { LongText } from './LongText';
import { OutcomeBadge } from './OutcomeBadge';
import { Toast } from './Toast';
import { VirtualList } from './VirtualList';

/** Characters of one message shown before "Show the other …" (a megabyte line must not freeze the page). */
const TRANSCRIPT_TEXT_LIMIT = 4000;

const END_TEXT: Record<string, string> = {
  'agent-ended': 'The agent ended the chat',
  'agent-left': 'The agent left the chat',
  'inactivity-timeout': 'Closed for inactivity',
  'connection-lost': 'The connection was lost',
  'widget-removed': 'The chat window disappeared',
  'tab-closed': 'You closed the tab',
  'customer-ended': 'You ended the chat',
};

/** One chat: the captured transcript (read-only), its findings, exports, and the person's own notes. */
export function ChatView({ model, clock }: { model: ChatModel; clock: Clock }) {
  useEffect(() => {
    void model.load();
    const stop = model.listen();
    return () => {
      stop();
      model.flushNotes();
    };
  }, [model]);
  const state = model.state.value;
  const s = model.session.value;

  if (state === 'loading')
    return (
      <div class="page">
        <div class="empty">Loading the chat…</div>
      </div>
    );
  if (state === 'missing' || state === 'error' || !s)
    return (
      <section class="page">
        <a href="#/" class="back">
          <Icon name="back" size={14} /> All chats
        </a>
        <div class="empty" role="alert" data-testid="chat-missing">
          <h1>{state === 'error' ? 'This chat could not be read' : 'This chat is not stored'}</h1>
          <p class="muted">
            {state === 'error' ? model.error.value : 'It may have been deleted, or the link is wrong.'}
          </p>
        </div>
      </section>
    );

  const messages = model.messages.value;
  const total = model.total.value;
  const analysis = model.analysis.value;
  const company = companyName(s);
  const duration = durationBetween(s.startedAt, s.endedAt ?? s.lastActivityAt);
  const moments = analysis?.moments.filter((m) => m.kind !== 'agent-name') ?? [];
  const focus = model.focusIndex.value;
  return (
    <section class="page page-fill chat-page" aria-labelledby="h-chat">
      <a href="#/" class="back">
        <Icon name="back" size={14} /> All chats
      </a>
      <header class="chat-head">
        <div class="grow">
          <div class="row wrap">
            <h1 id="h-chat">{company}</h1>
            <OutcomeBadge outcome={s.outcome} ended={!!s.endedAt} />
            {!s.endedAt && (
              <span class="badge ok">
                <span class="dot live" /> Live
              </span>
            )}
          </div>
          <p class="muted">
            {hostLabel(s.origin)} · {vendorName(s.vendor)} ·{' '}
            <time dateTime={s.startedAt}>{dateTimeWithZone(s.startedAt, clock)}</time>
            {duration && ` · ${duration}`} · <span data-testid="chat-count">{plural(total, 'message')}</span>
          </p>
          <dl class="facts">
            <div>
              <dt>Agents</dt>
              <dd data-testid="chat-agents">{s.agents.length ? s.agents.join(', ') : 'None named'}</dd>
            </div>
            <div>
              <dt>Case numbers</dt>
              <dd class="mono" data-testid="chat-cases">
                {(analysis?.caseNumbers ?? s.caseNumbers).join(', ') || '—'}
              </dd>
            </div>
            <div>
              <dt>How it ended</dt>
              <dd>{s.endReason ? END_TEXT[s.endReason] : s.endedAt ? 'Ended' : 'Still open'}</dd>
            </div>
            {s.desiredOutcome && (
              <div>
                <dt>You wanted</dt>
                <dd>{s.desiredOutcome}</dd>
              </div>
            )}
          </dl>
        </div>
        <div class="head-actions">
          <a class="btn small" href={`#/case/${encodeURIComponent(caseKey(s))}`}>
            <Icon name="folder" size={14} /> Case file
          </a>
          <button
            type="button"
            class="btn danger small"
            onClick={() => model.askDelete()}
            data-testid="delete-chat"
          >
            <Icon name="trash" size={14} /> Delete
          </button>
        </div>
      </header>

      <div class="chat-body">
        <div class="transcript-wrap">
          <p class="transcript-note small muted">
            Recorded transcript · times in {clock.timeZone} · read-only
            {s.truncated && ' · the recording limit was reached; later messages were not saved'}
            {!model.complete.value &&
              ` · reading the rest: ${messages.length.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} shown`}
          </p>
          {total > 0 && (
            <FindBar
              query={model.find.value}
              hits={model.findHits.value}
              at={model.findAt.value}
              onQuery={(t) => model.setFind(t)}
              onStep={(d) => model.findStep(d)}
            />
          )}
          {messages.length === 0 ? (
            <div class="empty">No messages were recorded in this chat.</div>
          ) : (
            <VirtualList
              class="transcript"
              label="Transcript"
              count={messages.length}
              estimate={(i) => estimateRow(messages, i)}
              rowKey={(i) => messages[i]?.seq ?? i}
              keyboard
              focusable
              testId="transcript"
              scrollTo={focus ? { index: focus.i, token: focus.token, focus: true } : null}
              renderRow={(i) => (
                <MessageRow
                  m={messages[i]!}
                  prev={messages[i - 1]}
                  clock={clock}
                  highlights={analysis?.highlights.get(i)}
                  focused={focus?.i === i}
                />
              )}
            />
          )}
        </div>
        <aside class="chat-aside" aria-label="About this chat">
          <section class="card pad" aria-labelledby="h-moments">
            <h2 id="h-moments" class="h2">
              Key moments
            </h2>
            <Moments
              analysed={!!analysis}
              moments={moments}
              messages={messages}
              clock={clock}
              current={focus?.i ?? -1}
              onJump={(i) => model.jumpTo(i)}
            />
          </section>
          <section class="card pad" aria-labelledby="h-notes">
            <h2 id="h-notes" class="h2">
              Your notes
            </h2>
            <label for="notes" class="hint">
              Private to you, kept apart from the recorded chat. They never change the record or its
              signature.
            </label>
            <textarea
              id="notes"
              class="textarea"
              rows={6}
              maxLength={20000}
              value={model.notes.value}
              onInput={(e) => model.setNotes(e.currentTarget.value)}
              onBlur={() => model.flushNotes()}
              placeholder="e.g. Called the phone line afterwards, they said…"
              data-testid="notes"
            />
            <span class="hint" aria-live="polite" data-testid="notes-state">
              {model.notesSave.value === 'saving'
                ? 'Saving…'
                : model.notesSave.value === 'saved'
                  ? 'Saved.'
                  : model.notesSave.value === 'error'
                    ? 'Could not save. Your text is kept here.'
                    : ''}
            </span>
          </section>
          <section class="card pad" aria-labelledby="h-exp">
            <h2 id="h-exp" class="h2">
              Export
            </h2>
            <ExportButtons busy={model.busy.value} onExport={(k) => void model.exportAs(k)} layout="grid" />
            <p class="hint">Signed on this computer so anyone can check the file was not changed.</p>
          </section>
        </aside>
      </div>
      <ConfirmDialog
        open={model.confirmingDelete.value}
        title="Delete this chat?"
        confirmLabel="Delete chat"
        busy={model.busy.value === 'delete'}
        onCancel={() => model.cancelDelete()}
        onConfirm={() =>
          void model.confirmDelete().then((ok) => {
            if (ok) location.hash = '#/';
          })
        }
      >
        The {plural(total, 'recorded message')} and your notes are removed from this computer for good. Files
        you exported are not affected.
      </ConfirmDialog>
      <Toast text={model.flash.value} />
    </section>
  );
}

const MOMENTS_SHOWN = 30;

/** Key moments: a chip per kind (with its count) steps to the next one; the first few are listed. */
function Moments({
  analysed,
  moments,
  messages,
  clock,
  current,
  onJump,
}: {
  analysed: boolean;
  moments: Highlight[];
  messages: readonly Message[];
  clock: Clock;
  current: number;
  onJump: (i: number) => void;
}) {
  if (!analysed) return <p class="muted small">Finding offers, promises and case numbers…</p>;
  if (moments.length === 0)
    return <p class="muted small">No offers, promises, disconnects or case numbers were found.</p>;
  const kinds = new Map<string, Highlight[]>();
  for (const h of moments) {
    const list = kinds.get(h.title);
    if (list) list.push(h);
    else kinds.set(h.title, [h]);
  }
  return (
    <>
      <div class="kind-chips" data-testid="moment-kinds">
        {[...kinds].map(([title, list]) => {
          const next = list.find((h) => h.i > current) ?? list[0]!;
          return (
            <button
              key={title}
              type="button"
              class={`tag ${list[0]!.tone} chip-btn`}
              onClick={() => onJump(next.i)}
              aria-label={`${title}: ${list.length}. Go to the next one`}
            >
              {title} <span class="chip-count">{list.length.toLocaleString('en-GB')}</span>
            </button>
          );
        })}
      </div>
      <ul class="moments" data-testid="moments">
        {moments.slice(0, MOMENTS_SHOWN).map((h, k) => (
          <li key={`${h.kind}-${h.i}-${k}`}>
            <button type="button" class="moment" onClick={() => onJump(h.i)}>
              <span class={`tag ${h.tone}`}>{h.title}</span>
              <span class="moment-text ellipsis">{h.value ?? messages[h.i]?.text ?? h.evidence}</span>
              <time class="small faint" dateTime={messages[h.i]?.at}>
                {messages[h.i] ? timeOf(messages[h.i]!.at, clock) : ''}
              </time>
            </button>
          </li>
        ))}
      </ul>
      {moments.length > MOMENTS_SHOWN && (
        <p class="hint">
          {(moments.length - MOMENTS_SHOWN).toLocaleString('en-GB')} more: use the chips above to step through
          them.
        </p>
      )}
    </>
  );
}

function estimateRow(messages: readonly Message[], i: number): number {
  const m = messages[i];
  if (!m) return 60;
  const newDay = i === 0 || messages[i - 1]!.at.slice(0, 10) !== m.at.slice(0, 10);
  const lines = Math.max(1, Math.ceil(m.text.length / 90)) + (m.text.match(/\n/g)?.length ?? 0);
  return (m.role === 'system' ? 34 : 52) + lines * 21 + (newDay ? 44 : 0);
}

const WHO: Record<string, string> = { customer: 'You', system: 'Chat', bot: 'Bot', agent: 'Agent' };

function MessageRow({
  m,
  prev,
  clock,
  highlights,
  focused,
}: {
  m: Message;
  prev: Message | undefined;
  clock: Clock;
  highlights: Highlight[] | undefined;
  focused: boolean;
}) {
  const day = dayKey(m.at, clock);
  const newDay = !prev || dayKey(prev.at, clock) !== day;
  const who = m.role === 'customer' ? 'You' : (m.author ?? WHO[m.role] ?? m.role);
  const marks = highlights?.filter((h) => h.kind !== 'agent-name') ?? [];
  const tone = marks[0]?.tone;
  return (
    <>
      {newDay && (
        <div class="day" role="presentation">
          <span>
            {longDateOf(m.at, clock)} · {clock.timeZone}
          </span>
        </div>
      )}
      <article
        class={`msg ${m.role} ${marks.length ? `marked ${tone}` : ''} ${focused ? 'focused' : ''}`}
        tabIndex={-1}
        data-row-focus
        data-seq={m.seq}
        aria-label={`${who}, ${timeWithZone(m.at, clock)}`}
      >
        {m.role !== 'system' && (
          <header class="msg-head">
            <span class="msg-who">{who}</span>
            {m.role === 'agent' && m.author && <span class="msg-role">Agent</span>}
            {m.role === 'bot' && <span class="msg-role">Bot</span>}
            <time dateTime={m.at} title={dateTimeWithZone(m.at, clock)} class="msg-time">
              {timeOf(m.at, clock)}
            </time>
          </header>
        )}
        <LongText class="msg-text msg-body" text={m.text} limit={TRANSCRIPT_TEXT_LIMIT} />
        {m.role === 'system' && (
          <time dateTime={m.at} title={dateTimeWithZone(m.at, clock)} class="msg-time">
            {timeOf(m.at, clock)}
          </time>
        )}
        {marks.length > 0 && (
          <p class="msg-tags">
            {marks.map((h, k) => (
              <span key={`${h.kind}${k}`} class={`tag ${h.tone}`} title={h.evidence}>
                {h.title}
                {h.value && h.kind !== 'transfer' ? `: ${h.value}` : ''}
                {h.value && h.kind === 'transfer' ? ` (${h.value})` : ''}
              </span>
            ))}
          </p>
        )}
      </article>
    </>
  );
}
