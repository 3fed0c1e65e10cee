import { useEffect, useState } from 'preact/hooks';
import { bytes } from '../lib/format';
import type { SettingsModel, SiteList } from '../lib/models/settings';
import { Icon } from './Icon';

/** Settings: where recording is off, alerts, stall threshold, retention and storage. */
export function SettingsView({ model }: { model: SettingsModel }) {
  useEffect(() => {
    document.title = 'Settings · Chatproof';
    void model.load();
  }, [model]);
  const s = model.settings.value;
  const st = model.storage.value;
  const save = model.saveState.value;
  if (model.state.value === 'loading')
    return (
      <div class="page">
        <div class="empty">Loading settings…</div>
      </div>
    );
  return (
    <section class="page settings" aria-labelledby="h-settings">
      <header class="page-head">
        <div>
          <h1 id="h-settings">Settings</h1>
          <p class="muted">Changes are saved as you make them.</p>
        </div>
        <span class="small muted" aria-live="polite" data-testid="settings-state">
          {save === 'saving'
            ? 'Saving…'
            : save === 'saved'
              ? 'Saved'
              : save === 'error'
                ? 'Could not save'
                : ''}
        </span>
      </header>
      {model.state.value === 'error' && (
        <p class="notice danger" role="alert">
          Settings could not be read. The defaults are shown.
        </p>
      )}
      {model.message.value && (
        <p class="notice info" role="status">
          {model.message.value}
        </p>
      )}

      <section class="card pad set-block" aria-labelledby="h-rec">
        <h2 id="h-rec" class="h2">
          Sites where recording is off
        </h2>
        <p class="hint">Chatproof does not record chats on these sites or their subdomains.</p>
        <SiteListEditor
          list="pausedSites"
          sites={s.pausedSites}
          model={model}
          label="Add a site to stop recording"
        />
      </section>

      <section class="card pad set-block" aria-labelledby="h-alerts">
        <h2 id="h-alerts" class="h2">
          Alerts
        </h2>
        <Toggle
          id="alertsEnabled"
          checked={s.alertsEnabled}
          onChange={(v) => void model.save({ alertsEnabled: v })}
          label="Alert me when a chat is cut off"
          hint="A notification when the agent leaves, the connection drops or the chat window disappears."
        />
        <Toggle
          id="upsellAlerts"
          checked={s.upsellAlerts}
          onChange={(v) => void model.save({ upsellAlerts: v })}
          label="Alert me about sales offers"
          hint="When an agent offers an upgrade or you seem to agree to one."
        />
        <div class="field set-inline">
          <label for="stall">Nudge me when there is no answer for</label>
          <div class="row">
            <input
              id="stall"
              class="input num"
              type="number"
              min={1}
              max={240}
              value={s.stallMinutes}
              onChange={(e) => {
                const v = Math.round(Number(e.currentTarget.value));
                if (v >= 1 && v <= 240) void model.save({ stallMinutes: v });
              }}
            />
            <span class="muted">minutes</span>
          </div>
        </div>
        <h3 class="h3">Sites with alerts off</h3>
        <p class="hint">Recording continues there; only the alerts stay quiet.</p>
        <SiteListEditor
          list="alertsOffSites"
          sites={s.alertsOffSites}
          model={model}
          label="Add a site to silence alerts"
        />
      </section>

      <section class="card pad set-block" aria-labelledby="h-ret">
        <h2 id="h-ret" class="h2">
          Keeping chats
        </h2>
        <fieldset class="radios">
          <legend class="visually-hidden">How long to keep chats</legend>
          <label class="radio">
            <input
              type="radio"
              name="ret"
              checked={s.retentionDays === 0}
              onChange={() => void model.save({ retentionDays: 0 })}
            />
            <span>
              <strong>Keep forever</strong>{' '}
              <span class="hint">(recommended: evidence is there when you need it)</span>
            </span>
          </label>
          <div class="radio">
            <input
              id="ret-auto"
              type="radio"
              name="ret"
              checked={s.retentionDays > 0}
              onChange={() => void model.save({ retentionDays: 365 })}
              data-testid="retention-auto"
            />
            <label for="ret-auto">
              <strong>Delete chats automatically</strong>
            </label>
            <span class="muted">after</span>
            <input
              id="days"
              aria-label="Days without activity before a chat is deleted"
              class="input num"
              type="number"
              min={1}
              max={36500}
              disabled={s.retentionDays === 0}
              value={s.retentionDays || 365}
              onChange={(e) => {
                const v = Math.round(Number(e.currentTarget.value));
                if (v >= 1 && v <= 36500) void model.save({ retentionDays: v });
              }}
            />
            <span class="muted">days without activity</span>
          </div>
        </fieldset>
        <p class="hint">The clean-up runs once a day. Export anything you may need first.</p>
      </section>

      <section class="card pad set-block" aria-labelledby="h-storage">
        <h2 id="h-storage" class="h2">
          Storage
        </h2>
        {st ? (
          <>
            <p data-testid="storage">
              <strong>{st.usage === null ? '—' : bytes(st.usage)}</strong> used
              {st.quota !== null && <span class="muted"> of {bytes(st.quota)} available to Chatproof</span>}
            </p>
            {st.usage !== null && st.quota ? (
              <div
                class="meter"
                role="img"
                aria-label={`${Math.round((st.usage / st.quota) * 100)}% of the space used`}
              >
                <span style={{ width: `${Math.max(1, Math.min(100, (st.usage / st.quota) * 100))}%` }} />
              </div>
            ) : null}
            <div class="row wrap">
              <span class={`badge ${st.persisted ? 'ok' : ''}`}>
                {st.persisted ? (
                  <>
                    <Icon name="check" size={13} /> Protected from clean-up
                  </>
                ) : (
                  'The browser may clear it when space runs low'
                )}
              </span>
              {!st.persisted && (
                <button
                  type="button"
                  class="btn small"
                  onClick={() => void model.persist()}
                  data-testid="persist"
                >
                  Ask the browser to keep it
                </button>
              )}
            </div>
          </>
        ) : (
          <p class="muted">This browser does not report storage figures.</p>
        )}
      </section>
    </section>
  );
}

function Toggle({
  id,
  checked,
  onChange,
  label,
  hint,
}: {
  id: string;
  checked: boolean;
  onChange: (v: boolean) => void;
  label: string;
  hint: string;
}) {
  return (
    <div class="toggle-row">
      <input
        id={id}
        type="checkbox"
        class="switch"
        checked={checked}
        onChange={(e) => onChange(e.currentTarget.checked)}
        aria-describedby={`${id}-hint`}
      />
      <div>
        <label for={id} class="label">
          {label}
        </label>
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      </div>
    </div>
  );
}

function SiteListEditor({
  list,
  sites,
  model,
  label,
}: {
  list: SiteList;
  sites: string[];
  model: SettingsModel;
  label: string;
}) {
  const [draft, setDraft] = useState('');
  const id = `add-${list}`;
  return (
    <div class="sites">
      {sites.length === 0 ? (
        <p class="muted small">None.</p>
      ) : (
        <ul class="site-list" data-testid={list}>
          {sites.map((h) => (
            <li key={h}>
              <span class="mono">{h}</span>
              <button
                type="button"
                class="btn ghost small"
                onClick={() => void model.removeSite(list, h)}
                aria-label={`Remove ${h}`}
              >
                <Icon name="x" size={14} /> Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          void model.addSite(list, draft).then((ok) => ok && setDraft(''));
        }}
      >
        <label for={id} class="visually-hidden">
          {label}
        </label>
        <input
          id={id}
          class="input"
          placeholder="shop.example.com"
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <button type="submit" class="btn">
          Add
        </button>
      </form>
    </div>
  );
}
