import { useEffect } from 'preact/hooks';
import type { PickedFile, ToolsModel } from '../lib/models/tools';
import { Icon } from './Icon';

const picked = (f: File): PickedFile => ({
  name: f.name,
  size: f.size,
  bytes: async () => new Uint8Array(await f.arrayBuffer()),
});

/** "Verify a file" and "Import": both read a Chatproof export chosen by the person. */
export function ToolsView({ model }: { model: ToolsModel }) {
  useEffect(() => {
    document.title = 'Verify & import · Chatproof';
  }, []);
  const v = model.verify.value;
  const im = model.imported.value;
  return (
    <section class="page" aria-labelledby="h-tools">
      <header class="page-head">
        <div>
          <h1 id="h-tools">Verify &amp; import</h1>
          <p class="muted">
            Check that an exported chat is exactly as recorded, or bring one back into Chatproof.
          </p>
        </div>
      </header>
      <div class="tool-grid">
        <section class="card pad tool" aria-labelledby="h-verify">
          <div class="tool-icon">
            <Icon name="shield" size={22} />
          </div>
          <h2 id="h-verify" class="h2">
            Verify a file
          </h2>
          <p class="hint">
            Choose a Chatproof JSON export or evidence bundle (.zip). Every message is checked against its
            hash chain and the signature. Nothing is uploaded.
          </p>
          <label class="btn file-btn">
            <Icon name="file" size={14} /> Choose a file to verify
            <input
              type="file"
              accept=".json,.zip,application/json,application/zip"
              class="visually-hidden"
              data-testid="verify-input"
              onChange={(e) => {
                const f = e.currentTarget.files?.[0];
                if (f) void model.verifyFile(picked(f));
                e.currentTarget.value = '';
              }}
            />
          </label>
          <div aria-live="polite" data-testid="verify-result">
            {v.state === 'working' && <p class="muted">Checking {v.fileName}…</p>}
            {v.state === 'error' && (
              <p class="notice danger">
                Could not check {v.fileName}: {v.message}
              </p>
            )}
            {v.state === 'done' && (
              <div class={`notice ${v.result.ok ? 'ok' : 'danger'}`}>
                <p class="row">
                  <Icon name={v.result.ok ? 'check' : 'alert'} size={18} />
                  <strong>
                    {v.result.ok
                      ? 'Intact: this file is exactly as recorded and signed.'
                      : v.result.firstBadSeq !== null
                        ? `Changed: message #${v.result.firstBadSeq} does not match the record.`
                        : v.result.readable
                          ? 'Not intact: this file was changed after it was exported.'
                          : 'This is not a Chatproof export.'}
                  </strong>
                </p>
                <p class="small">{v.fileName}</p>
                <p class="small">{v.result.summary}</p>
                <details>
                  <summary class="small">All checks</summary>
                  <ul class="checks">
                    {v.result.checks.map((c) => (
                      <li key={c.name} class={c.ok ? 'ok' : 'bad'}>
                        <Icon name={c.ok ? 'check' : 'x'} size={14} />
                        <span>
                          <strong>{c.name}</strong>: {c.detail}
                        </span>
                      </li>
                    ))}
                  </ul>
                </details>
              </div>
            )}
          </div>
        </section>
        <section class="card pad tool" aria-labelledby="h-import">
          <div class="tool-icon">
            <Icon name="upload" size={22} />
          </div>
          <h2 id="h-import" class="h2">
            Import a chat
          </h2>
          <p class="hint">
            Bring back a chat exported from Chatproof, for example from another computer. Only intact, signed
            files are accepted, and a chat you already have is never stored twice.
          </p>
          <label class="btn file-btn">
            <Icon name="upload" size={14} /> Choose a file to import
            <input
              type="file"
              accept=".json,.zip,application/json,application/zip"
              class="visually-hidden"
              data-testid="import-input"
              onChange={(e) => {
                const f = e.currentTarget.files?.[0];
                if (f) void model.importFile(picked(f));
                e.currentTarget.value = '';
              }}
            />
          </label>
          <div aria-live="polite" data-testid="import-result">
            {im.state === 'working' && <p class="muted">Importing {im.fileName}…</p>}
            {im.state === 'error' && <p class="notice danger">{im.message}</p>}
            {im.state === 'done' && (
              <p class="notice ok">
                {im.existed
                  ? im.added
                    ? `Added ${im.added} missing messages to a chat you already had.`
                    : 'You already have this chat; nothing was added.'
                  : `Imported ${im.added} messages.`}{' '}
                <a href={`#/chat/${encodeURIComponent(im.sessionId)}`}>Open the chat</a>
              </p>
            )}
          </div>
        </section>
      </div>
    </section>
  );
}
