import { EXPORT_HINTS, EXPORT_KINDS, EXPORT_LABELS, type ExportKind } from '../lib/models/export-kinds';
import { Icon } from './Icon';

/** The four "Export now" buttons; each starts a normal download. */
export function ExportButtons({
  busy,
  onExport,
  layout = 'grid',
}: {
  busy: string | null;
  onExport: (kind: ExportKind) => void;
  layout?: 'grid' | 'row' | 'list';
}) {
  return (
    <div class={`exports ${layout}`}>
      {EXPORT_KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          class={`btn export ${kind === 'bundle' ? 'primary' : ''}`}
          disabled={busy === kind}
          aria-busy={busy === kind ? 'true' : undefined}
          onClick={() => onExport(kind)}
          title={layout === 'list' ? undefined : EXPORT_HINTS[kind]}
        >
          <Icon name={kind === 'bundle' ? 'shield' : 'download'} />
          <span class="export-label">{busy === kind ? 'Preparing…' : EXPORT_LABELS[kind]}</span>
          {layout === 'list' && <span class="export-hint">{EXPORT_HINTS[kind]}</span>}
        </button>
      ))}
    </div>
  );
}
