import { useEffect } from 'preact/hooks';
import { type CaseFile, contactResult } from '../lib/case-file';
import { type Clock, dateOf, dateTimeWithZone, plural, timeOf, vendorName } from '../lib/format';
import type { CaseModel } from '../lib/models/case';
import { Icon } from './Icon';
import { OutcomeBadge } from './OutcomeBadge';
import { Toast } from './Toast';

const FACT_TITLE: Record<string, { title: string; tone: string }> = {
  promise: { title: 'Promise', tone: 'info' },
  'upsell-offer': { title: 'Offer', tone: 'warn' },
  'upsell-assent': { title: 'You agreed', tone: 'danger' },
  transfer: { title: 'Transferred', tone: 'info' },
  disconnect: { title: 'Cut off', tone: 'danger' },
  'cant-help': { title: 'Can’t help', tone: 'warn' },
  'premature-close': { title: 'Closing early', tone: 'warn' },
};

/** A company's case file: the catch-up summary, then every contact in order. */
export function CaseView({ model, clock }: { model: CaseModel; clock: Clock }) {
  useEffect(() => {
    void model.load();
    return model.listen();
  }, [model]);
  const state = model.state.value;
  const file = model.file.value;
  if (state === 'loading')
    return (
      <div class="page">
        <div class="empty">Gathering the case file…</div>
      </div>
    );
  if (state !== 'ready' || !file)
    return (
      <section class="page">
        <a href="#/cases" class="back">
          <Icon name="back" size={14} /> All case files
        </a>
        <div class="empty" role="alert">
          <h1>{state === 'error' ? 'This case file could not be read' : 'No chats with this company'}</h1>
          <p class="muted">{state === 'error' ? model.error.value : 'They may have been deleted.'}</p>
        </div>
      </section>
    );
  return (
    <section class="page" aria-labelledby="h-case">
      <a href="#/cases" class="back">
        <Icon name="back" size={14} /> All case files
      </a>
      <header class="page-head">
        <div>
          <div class="row">
            <h1 id="h-case">{file.company}</h1>
            {file.unresolved ? <span class="badge warn">Open</span> : <span class="badge ok">Solved</span>}
          </div>
          <p class="muted">
            {file.domain} · {plural(file.contacts.length, 'contact')} since {dateOf(file.firstAt, clock)} ·{' '}
            {file.vendors.map(vendorName).join(', ')}
          </p>
        </div>
      </header>

      <section class="card pad catchup" aria-labelledby="h-catchup">
        <div class="row">
          <h2 id="h-catchup" class="h2 grow">
            Catch the next rep up
          </h2>
          <button
            type="button"
            class="btn primary small"
            onClick={() => void model.copySummary()}
            data-testid="copy-summary"
          >
            <Icon name="copy" size={14} /> Copy
          </button>
        </div>
        <p class="hint">
          Paste this as your first message in a new chat, so you don’t have to explain from the beginning.
        </p>
        <blockquote class="catchup-text" data-testid="catch-up">
          {file.catchUp}
        </blockquote>
      </section>

      <div class="case-cols">
        <CaseFacts file={file} clock={clock} />
        <section aria-labelledby="h-contacts" class="case-contacts">
          <h2 id="h-contacts" class="h2">
            Every contact
          </h2>
          <ol class="contacts" data-testid="contacts">
            {[...file.contacts].reverse().map((c) => (
              <li key={c.session.id} class="contact card">
                <div class="row">
                  <a href={`#/chat/${encodeURIComponent(c.session.id)}`} class="contact-title grow">
                    {dateTimeWithZone(c.session.startedAt, clock)}
                  </a>
                  <OutcomeBadge outcome={c.session.outcome} ended={!!c.session.endedAt} />
                </div>
                <p class="small muted">
                  {vendorName(c.session.vendor)} · {plural(c.session.messageCount, 'message')}
                  {c.session.agents.length > 0 && ` · ${c.session.agents.join(' → ')}`}
                  {c.session.caseNumbers.length > 0 && ` · ${c.session.caseNumbers.join(', ')}`} ·{' '}
                  {contactResult(c.session)}
                </p>
                {c.facts.length > 0 && (
                  <ul class="contact-facts">
                    {c.facts.map((f, k) => (
                      <li key={`${f.kind}${k}`}>
                        <span class={`tag ${FACT_TITLE[f.kind]?.tone ?? 'neutral'}`}>
                          {FACT_TITLE[f.kind]?.title ?? f.kind}
                        </span>
                        <span class="small msg-text">
                          {f.kind === 'transfer' || f.kind === 'disconnect'
                            ? f.text
                            : `${f.by ? `${f.by}: ` : ''}“${f.text}”`}
                        </span>
                        <time class="small faint" dateTime={f.at}>
                          {timeOf(f.at, clock)}
                        </time>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </section>
      </div>
      <Toast text={model.flash.value} />
    </section>
  );
}

function CaseFacts({ file, clock }: { file: CaseFile; clock: Clock }) {
  return (
    <aside class="case-facts card pad" aria-label="Case facts">
      <h2 class="h2">Case numbers</h2>
      {file.caseNumbers.length ? (
        <ul class="chips">
          {file.caseNumbers.map((c) => (
            <li key={c} class="badge accent mono">
              {c}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted small">None given yet. Ask for one early in the next chat.</p>
      )}
      <h2 class="h2">Reps</h2>
      {file.agents.length ? <p>{file.agents.join(', ')}</p> : <p class="muted small">No names recorded.</p>}
      <h2 class="h2">Promises</h2>
      {file.promises.length ? (
        <ul class="promise-list">
          {file.promises.map((p, k) => (
            <li key={k} class={p.open ? (p.overdue ? 'overdue' : 'open') : 'kept'}>
              <span class="small msg-text">“{p.text}”</span>
              <span class="small faint">
                {p.by ?? 'Agent'}, {dateOf(p.at, clock)}
                {p.due && ` · due ${dateOf(p.due, clock)}`}
              </span>
              <span class={`badge ${p.open ? (p.overdue ? 'danger' : 'warn') : 'ok'}`}>
                {p.open ? (p.overdue ? 'Overdue' : 'Open') : 'Resolved'}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted small">No promises recorded.</p>
      )}
    </aside>
  );
}
