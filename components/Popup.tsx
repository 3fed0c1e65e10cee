import type { TabAlert } from '../lib/background/tab-state';
import {
  type Clock,
  clipForDisplay,
  hostLabel,
  plural,
  timeOf,
  timeWithZone,
  vendorName,
} from '../lib/format';
import type { Message, Outcome } from '../lib/model';
import { ALERT_ADVICE } from '../lib/models/advice';
import type { PopupModel, PopupStatus } from '../lib/models/popup';
import { ExportButtons } from './ExportButtons';
import { Icon } from './Icon';
import { PromptList } from './PromptList';
import { Timeline } from './Timeline';
import { Toast } from './Toast';

const STATUS_PILL: Record<PopupStatus, { text: string; tone: string; live?: boolean }> = {
  loading: { text: 'Checking…', tone: '' },
  recording: { text: 'Recording', tone: 'ok', live: true },
  ended: { text: 'Chat ended', tone: '' },
  detected: { text: 'Chat found', tone: 'info' },
  paused: { text: 'Paused', tone: 'warn' },
  none: { text: 'Not recording', tone: '' },
  unsupported: { text: 'Not available', tone: '' },
};

/** The popup: what is being recorded here, what to do now, and the record so far. No logic: reads the model. */
export function Popup({ model, clock }: { model: PopupModel; clock: Clock }) {
  const status = model.status.value;
  const s = model.session.value;
  const analysis = model.analysis.value;
  const pill = STATUS_PILL[status];
  const alerts = model.alerts.value;
  const flash = model.flash.value;
  return (
    <div class="popup" aria-busy={status === 'loading' ? 'true' : undefined}>
      <header class="p-head">
        <span class="brand">
          <span class="brand-mark">
            <Icon name="logo" size={16} />
          </span>
          Chatproof
        </span>
        <span class={`badge ${pill.tone}`} data-testid="status">
          {pill.tone === 'ok' && <span class={`dot ${pill.live ? 'live' : ''}`} />}
          {pill.text}
        </span>
      </header>
      <main class="p-main">
        {model.error.value && (
          <p role="alert" class="notice danger small" data-testid="error">
            Could not save the chat: {model.error.value}. Chatproof keeps the lines and tries again.
          </p>
        )}
        <StatusCard model={model} status={status} clock={clock} />
        {alerts.length > 0 && (
          <section aria-label="Alerts" class="stack" data-testid="alerts">
            {alerts.map((a) => (
              <AlertCard
                key={`${a.kind}-${a.at}`}
                alert={a}
                clock={clock}
                onDismiss={() => void model.dismissAlerts()}
                caseUrl={model.caseUrl()}
              />
            ))}
          </section>
        )}
        {s?.endedAt && <OutcomeQuestion value={s.outcome} onChange={(o) => void model.setOutcome(o)} />}
        {s && analysis && analysis.prompts.length > 0 && (
          <PromptList
            prompts={analysis.prompts}
            canInsert={status === 'recording'}
            onCopy={(t) => void model.copyText(t)}
            onInsert={(t) => void model.insertText(t)}
          />
        )}
        {s && (
          <section class="p-section">
            <div class="field">
              <label for="desired">What outcome do you want?</label>
              <textarea
                id="desired"
                class="textarea"
                rows={2}
                maxLength={2000}
                placeholder="e.g. A refund of the double charge, confirmed in writing"
                value={model.desired.value}
                onInput={(e) => model.setDesired(e.currentTarget.value)}
                onBlur={() => model.flushDesired()}
                data-testid="desired"
              />
              <span class="hint" aria-live="polite" data-testid="desired-state">
                {SAVE_TEXT[model.desiredSave.value]}
              </span>
            </div>
          </section>
        )}
        {s && analysis && (
          <section class="p-section" aria-labelledby="h-notes">
            <h2 id="h-notes" class="p-h2">
              What happened
            </h2>
            <Timeline
              entries={model.timeline.value.shown}
              clock={clock}
              empty="Nothing notable yet. Agents, case numbers and promises will show here."
            />
            {model.timeline.value.hidden > 0 && (
              <p class="hint" data-testid="timeline-hidden">
                Not shown here: {plural(model.timeline.value.hidden, 'earlier entry', 'earlier entries')}. The
                full transcript has them all.
              </p>
            )}
          </section>
        )}
        {s && <LatestLines messages={model.messages.value} clock={clock} />}
        {s && (
          <section class="p-section" aria-labelledby="h-export">
            <h2 id="h-export" class="p-h2">
              Export now
            </h2>
            <ExportButtons busy={model.busy.value} onExport={(k) => void model.exportAs(k)} layout="list" />
          </section>
        )}
      </main>
      <footer class="p-foot">
        <a
          href={model.dashboardUrl(s?.id)}
          target="_blank"
          rel="noreferrer"
          class="btn ghost small"
          data-testid="dashboard-link"
        >
          {s ? 'Open full transcript' : 'All recorded chats'}
          <Icon name="external" size={14} />
        </a>
        {s && (
          <a href={model.caseUrl()} target="_blank" rel="noreferrer" class="btn ghost small">
            Case file
            <Icon name="folder" size={14} />
          </a>
        )}
      </footer>
      <Toast text={flash?.text ?? null} tone={flash?.tone} />
    </div>
  );
}

const SAVE_TEXT = {
  idle: 'Saved with this chat. The prompts use it.',
  saving: 'Saving…',
  saved: 'Saved.',
  error: 'Could not save. Your text is kept here; try again.',
} as const;

function StatusCard({ model, status, clock }: { model: PopupModel; status: PopupStatus; clock: Clock }) {
  const s = model.session.value;
  const host = model.host.value;
  const tab = model.tab.value;
  if (status === 'loading') return <div class="p-card skeleton" aria-hidden="true" />;
  if (status === 'unsupported')
    return (
      <div class="p-card" data-testid="state-unsupported">
        <h1 class="p-title">This page can’t be recorded</h1>
        <p class="muted">
          Browsers keep their own pages, extension stores and local files off-limits. Open the company’s
          website to record a support chat.
        </p>
      </div>
    );
  if (status === 'paused')
    return (
      <div class="p-card" data-testid="state-paused">
        <h1 class="p-title">Recording is paused on {host}</h1>
        <p class="muted">Chats on this site are not being saved. Resume to start recording again.</p>
        <div class="p-actions">
          <button
            type="button"
            class="btn primary"
            disabled={model.busy.value === 'pause'}
            onClick={() => void model.setPaused(false)}
          >
            <Icon name="play" size={14} /> Resume recording
          </button>
        </div>
      </div>
    );
  if (!s)
    return (
      <div class="p-card" data-testid={status === 'detected' ? 'state-detected' : 'state-none'}>
        <h1 class="p-title">
          {status === 'detected' ? `${vendorName(tab?.vendor)} chat found` : 'No support chat on this page'}
        </h1>
        <p class="muted">
          {status === 'detected'
            ? 'Recording starts by itself with the first message. Nothing leaves this computer.'
            : 'When a support chat opens on a website, Chatproof records it here, on this computer, by itself.'}
        </p>
        {host && (
          <div class="p-actions">
            <button
              type="button"
              class="btn small"
              onClick={() => void model.setPaused(true)}
              disabled={model.busy.value === 'pause'}
            >
              <Icon name="pause" size={14} /> Don’t record on {host}
            </button>
          </div>
        )}
      </div>
    );
  const agents = s.agents;
  const caseNumbers = model.analysis.value?.caseNumbers ?? s.caseNumbers;
  return (
    <div class="p-card" data-testid={status === 'ended' ? 'state-ended' : 'state-recording'}>
      <div class="row">
        <h1 class="p-title grow">
          {status === 'ended' ? 'Chat ended' : 'Recording'} · {hostLabel(s.origin)}
        </h1>
      </div>
      <p class="muted small">
        {vendorName(s.vendor)} · since <time dateTime={s.startedAt}>{timeWithZone(s.startedAt, clock)}</time>
        {s.endedAt && (
          <>
            {' '}
            · ended <time dateTime={s.endedAt}>{timeOf(s.endedAt, clock)}</time>
          </>
        )}
      </p>
      <dl class="p-stats">
        <div>
          <dt>Messages</dt>
          <dd data-testid="count">{model.messages.value.length}</dd>
        </div>
        <div class="grow">
          <dt>Agents so far</dt>
          <dd class="ellipsis" data-testid="agents">
            {agents.length ? agents.join(', ') : '—'}
          </dd>
        </div>
        {caseNumbers.length > 0 && (
          <div>
            <dt>Case</dt>
            <dd class="mono" data-testid="case-numbers">
              {caseNumbers.join(', ')}
            </dd>
          </div>
        )}
      </dl>
      {host && status === 'recording' && (
        <div class="p-actions">
          <button
            type="button"
            class="btn small"
            onClick={() => void model.setPaused(true)}
            disabled={model.busy.value === 'pause'}
            data-testid="pause"
          >
            <Icon name="pause" size={14} /> Pause on this site
          </button>
        </div>
      )}
    </div>
  );
}

function AlertCard({
  alert,
  clock,
  onDismiss,
  caseUrl,
}: {
  alert: TabAlert;
  clock: Clock;
  onDismiss: () => void;
  caseUrl: string;
}) {
  const advice = ALERT_ADVICE[alert.kind];
  return (
    <div class={`p-alert ${advice.tone}`} role="alert" data-kind={alert.kind} data-testid="alert">
      <div class="row">
        <Icon name={advice.tone === 'info' ? 'clock' : 'alert'} size={18} />
        <strong class="grow p-alert-title">{advice.heading}</strong>
        <time class="small" dateTime={alert.at}>
          {timeOf(alert.at, clock)}
        </time>
      </div>
      {alert.message && <p class="p-alert-msg">{alert.message}</p>}
      <p class="p-next">What to do now</p>
      <ol class="p-steps">
        {advice.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <div class="p-actions">
        {alert.kind === 'disconnect' && (
          <a class="btn small" href={caseUrl} target="_blank" rel="noreferrer">
            Open case file
          </a>
        )}
        <button type="button" class="btn ghost small" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}

const OUTCOME_CHOICES: { value: Outcome; label: string }[] = [
  { value: 'solved', label: 'Solved' },
  { value: 'partly-solved', label: 'Partly solved' },
  { value: 'closed-unsolved', label: 'Only closed — not solved' },
];

function OutcomeQuestion({ value, onChange }: { value: Outcome | null; onChange: (o: Outcome) => void }) {
  return (
    <fieldset class="p-section p-outcome" data-testid="outcome">
      <legend class="p-h2">Was the problem solved, or only closed?</legend>
      <div class="segmented">
        {OUTCOME_CHOICES.map((c) => (
          <label key={c.value} class={value === c.value ? 'on' : ''}>
            <input
              type="radio"
              name="outcome"
              value={c.value}
              checked={value === c.value}
              onChange={() => onChange(c.value)}
            />
            <span>{c.label}</span>
          </label>
        ))}
      </div>
      <p class="hint">Your answer goes into the case file, so the next agent knows where things stand.</p>
    </fieldset>
  );
}

function LatestLines({ messages, clock }: { messages: Message[]; clock: Clock }) {
  const last = messages.slice(-4);
  return (
    <section class="p-section" aria-labelledby="h-latest">
      <h2 id="h-latest" class="p-h2">
        Latest messages
      </h2>
      {last.length === 0 ? (
        <p class="muted small">No messages yet.</p>
      ) : (
        <ol class="p-lines" data-testid="lines">
          {last.map((m) => (
            <li key={m.seq} data-role={m.role} class={`p-line ${m.role}`}>
              <span class="p-who">
                {m.author ?? (m.role === 'customer' ? 'You' : m.role === 'system' ? 'Chat' : m.role)}
              </span>
              <span class="visually-hidden">: </span>
              <span class="msg-text p-text">{clipForDisplay(m.text, 400).shown}</span>
              <time class="p-time" dateTime={m.at}>
                {timeOf(m.at, clock)}
              </time>
            </li>
          ))}
        </ol>
      )}
      {messages.length > 4 && (
        <p class="hint">{plural(messages.length - 4, 'earlier message')} in the full transcript.</p>
      )}
    </section>
  );
}
