import { useEffect } from 'preact/hooks';
import { groupCases } from '../lib/case-file';
import { type Clock, plural, shortWhen, vendorName } from '../lib/format';
import type { Session } from '../lib/model';
import type { LoadState } from '../lib/models/chats';
import { Icon } from './Icon';

/** Every company the person has chatted with: one case file each. */
export function CaseList({
  sessions,
  state,
  clock,
  now,
}: {
  sessions: Session[];
  state: LoadState;
  clock: Clock;
  now: number;
}) {
  useEffect(() => {
    document.title = 'Case files · Chatproof';
  }, []);
  const groups = groupCases(sessions);
  return (
    <section class="page" aria-labelledby="h-cases">
      <header class="page-head">
        <div>
          <h1 id="h-cases">Case files</h1>
          <p class="muted">
            Chats with the same company, gathered: every contact, rep, case number and promise.
          </p>
        </div>
      </header>
      {state === 'loading' && <div class="empty">Loading…</div>}
      {state === 'ready' && groups.length === 0 && (
        <div class="empty">
          <div class="empty-icon">
            <Icon name="folder" size={28} />
          </div>
          <h2>No case files yet</h2>
          <p class="muted">A case file appears as soon as you have chatted with a company.</p>
        </div>
      )}
      <ul class="case-grid" data-testid="case-list">
        {groups.map((g) => {
          const open = g.sessions[0] && g.sessions[0].outcome !== 'solved';
          const cases = [...new Set(g.sessions.flatMap((s) => s.caseNumbers))];
          const agents = [...new Set(g.sessions.flatMap((s) => s.agents))];
          return (
            <li key={g.key}>
              <a class="case-card card" href={`#/case/${encodeURIComponent(g.key)}`}>
                <span class="row">
                  <span class="case-name grow">{g.company}</span>
                  {open ? <span class="badge warn">Open</span> : <span class="badge ok">Solved</span>}
                </span>
                <span class="muted small">
                  {g.domain} · {[...new Set(g.sessions.map((s) => vendorName(s.vendor)))].join(', ')}
                </span>
                <span class="case-stats small">
                  <span>{plural(g.sessions.length, 'contact')}</span>
                  <span>{plural(agents.length, 'rep')}</span>
                  {cases.length > 0 && <span class="mono">{cases.slice(0, 2).join(', ')}</span>}
                </span>
                <span class="faint small">Last contact {shortWhen(g.lastAt, now, clock)}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
