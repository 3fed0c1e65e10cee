/** The four export kinds and their button labels (kept apart from the writers, which load on demand). */
export const EXPORT_KINDS = ['json', 'html', 'md', 'bundle'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const EXPORT_LABELS: Record<ExportKind, string> = {
  json: 'Export JSON',
  html: 'Export HTML',
  md: 'Export Markdown',
  bundle: 'Export evidence bundle',
};

export const EXPORT_HINTS: Record<ExportKind, string> = {
  json: 'Signed, for checking',
  html: 'To read or print',
  md: 'Plain text',
  bundle: 'All files, signed',
};
