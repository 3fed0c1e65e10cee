import type { Session } from '../model';

export type ExportExt = 'json' | 'html' | 'md' | 'zip';

// Country-code second levels where the company name sits one label further left (acme.co.uk).
// A heuristic on purpose: the Public Suffix List is 200 kB, too much for a file-name nicety.
const SECOND_LEVELS = new Set([
  'co',
  'com',
  'net',
  'org',
  'gov',
  'edu',
  'ac',
  'or',
  'ne',
  'go',
  'ltd',
  'plc',
]);

function hostOf(session: Pick<Session, 'origin' | 'url'>): string {
  for (const candidate of [session.origin, session.url]) {
    try {
      const host = new URL(candidate).hostname;
      if (host) return host.toLowerCase().replace(/\.$/, '');
    } catch {
      // origin can be 'null' (sandboxed frames) or empty on very old records: try the next one.
    }
  }
  return '';
}

/** Registrable-ish domain of the chat's site: `support.acme.co.uk` → `acme.co.uk`; IPs and `localhost` as they are. */
export function siteDomain(session: Pick<Session, 'origin' | 'url'>): string {
  const host = hostOf(session);
  if (!host || /^[\d.]+$/.test(host) || host.includes(':')) return host;
  const labels = host.split('.');
  const n = labels.length;
  const twoLevel = n >= 3 && (labels[n - 1] ?? '').length === 2 && SECOND_LEVELS.has(labels[n - 2] ?? '');
  return labels.slice(twoLevel ? -3 : -2).join('.');
}

/** The company part of the site: `support.acme.co.uk` → `acme`. */
export function siteName(session: Pick<Session, 'origin' | 'url'>): string {
  const domain = siteDomain(session);
  if (!domain || /^[\d.]+$/.test(domain) || domain.includes(':')) return domain;
  return domain.split('.')[0] ?? domain;
}

/** Lowercase ASCII letters, digits and single dashes; accents folded (`Café` → `cafe`). */
export function slugify(text: string, max = 40): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, max).replace(/-+$/, '');
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DDTHHMM` of the wall-clock time written in an ISO string, else of the local clock. */
function stamp(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(iso);
  if (m) return `${m[1]}T${m[2]}${m[3]}`;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return 'undated';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}${pad(d.getMinutes())}`;
}

/**
 * `chatproof-acme-2026-11-22T1804.json`: company from the chat's origin, time from `exportedAt` as
 * written (isoLocal strings carry the local wall-clock time, so no time-zone maths is needed).
 */
export function exportFileName(
  session: Pick<Session, 'origin' | 'url'>,
  exportedAt: string,
  ext: ExportExt,
): string {
  const company = slugify(siteName(session)) || 'chat';
  return `chatproof-${company}-${stamp(exportedAt)}.${ext}`;
}
