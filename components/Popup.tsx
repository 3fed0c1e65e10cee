import type { PopupModel } from '../lib/models/popup';

/** The popup: recording status for the current tab and the latest lines. No logic: reads the model. */
export function Popup({ model }: { model: PopupModel }) {
  const s = model.session.value;
  const status = model.status.value;
  return (
    <main class="popup" style={{ width: '380px', padding: '12px' }}>
      <header style={{ display: 'flex', alignItems: 'center', gap: '8px' }}>
        <img src="/icon/32.png" width={20} height={20} alt="" />
        <h1 style={{ fontSize: '16px', margin: 0 }}>Chatproof</h1>
        <span data-testid="status" class="muted" style={{ marginLeft: 'auto' }}>
          {status === 'recording' ? 'Recording' : status === 'detected' ? 'Chat widget found' : status === 'loading' ? '…' : 'No chat here'}
        </span>
      </header>
      {model.error.value && (
        <p role="alert" data-testid="error" style={{ background: 'var(--danger-bg)', color: 'var(--danger-fg)', padding: '8px', borderRadius: '8px' }}>
          Could not save the chat: {model.error.value}
        </p>
      )}
      {s && (
        <section>
          <p class="muted">
            {s.vendor} · <span data-testid="count">{model.messages.value.length}</span> messages
            {s.agents.length > 0 && <> · {s.agents.join(', ')}</>}
          </p>
          <ol data-testid="lines" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {model.messages.value.slice(-50).map((m) => (
              <li key={m.seq} data-role={m.role} style={{ padding: '4px 0' }}>
                <strong>{m.author ?? m.role}</strong>: <span class="msg-text">{m.text}</span>
              </li>
            ))}
          </ol>
        </section>
      )}
      <footer style={{ marginTop: '8px' }}>
        <a href={model.dashboardUrl(s?.id)} target="_blank" rel="noreferrer">
          Open dashboard
        </a>
      </footer>
    </main>
  );
}
