/**
 * Pure formatting for the pages: times in the person's own time zone with the zone named
 * ("18:04 (Europe/Paris)"), dates, durations and sizes. Locale and zone come in as arguments so
 * the same input always gives the same text (tests pin them; pages pass the browser's).
 */
import { SIGNATURES } from './vendors/signatures';

export interface Clock {
  /** BCP 47 locale, e.g. `en-GB`. */
  locale: string;
  /** IANA zone, e.g. `Europe/Paris`. */
  timeZone: string;
}

/** The browser's locale and zone, read once by the page and passed down. */
export function browserClock(): Clock {
  const o = Intl.DateTimeFormat().resolvedOptions();
  return { locale: o.locale || 'en-GB', timeZone: o.timeZone || 'UTC' };
}

const cache = new Map<string, Intl.DateTimeFormat>();
function fmt(clock: Clock, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${clock.locale}|${clock.timeZone}|${JSON.stringify(opts)}`;
  let f = cache.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(clock.locale, { ...opts, timeZone: clock.timeZone });
    } catch {
      // an unknown zone or locale in stored data must not break a page
      f = new Intl.DateTimeFormat('en-GB', { ...opts, timeZone: 'UTC' });
    }
    cache.set(key, f);
  }
  return f;
}

const valid = (iso: string | null | undefined): iso is string => !!iso && !Number.isNaN(Date.parse(iso));

// Long transcripts format the same minutes and days over and over while scrolling: remember them.
// Keys are instants (every zone offset is a multiple of 15 minutes, so a 15-minute bucket has one day).
const memo = new Map<string, string>();
function remembered(key: string, make: () => string): string {
  let v = memo.get(key);
  if (v === undefined) {
    if (memo.size > 20_000) memo.clear();
    v = make();
    memo.set(key, v);
  }
  return v;
}

/** `18:04` in the person's zone. */
export function timeOf(iso: string, clock: Clock): string {
  if (!valid(iso)) return '';
  const minute = Math.floor(Date.parse(iso) / 60_000);
  return remembered(`t|${clock.locale}|${clock.timeZone}|${minute}`, () =>
    fmt(clock, { hour: '2-digit', minute: '2-digit' }).format(new Date(minute * 60_000)),
  );
}

/** `18:04 (Europe/Paris)`. */
export function timeWithZone(iso: string, clock: Clock): string {
  return valid(iso) ? `${timeOf(iso, clock)} (${clock.timeZone})` : '';
}

/** `22 Nov 2026`. */
export function dateOf(iso: string, clock: Clock): string {
  if (!valid(iso)) return '';
  const bucket = Math.floor(Date.parse(iso) / 900_000);
  return remembered(`D|${clock.locale}|${clock.timeZone}|${bucket}`, () =>
    fmt(clock, { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(bucket * 900_000)),
  );
}

/** `Sunday 22 November 2026`: a transcript's day divider. */
export function longDateOf(iso: string, clock: Clock): string {
  return valid(iso)
    ? fmt(clock, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso))
    : '';
}

/** `22 Nov 2026, 18:04 (Europe/Paris)`: full, unambiguous. */
export function dateTimeWithZone(iso: string, clock: Clock): string {
  return valid(iso) ? `${dateOf(iso, clock)}, ${timeWithZone(iso, clock)}` : '';
}

/** `2026-11-22` of the instant in the person's zone: day keys for grouping and date filters. */
export function dayKey(iso: string, clock: Clock): string {
  if (!valid(iso)) return '';
  const bucket = Math.floor(Date.parse(iso) / 900_000);
  return remembered(`d|${clock.timeZone}|${bucket}`, () => {
    const parts = fmt(
      { locale: 'en-GB', timeZone: clock.timeZone },
      { year: 'numeric', month: '2-digit', day: '2-digit' },
    ).formatToParts(new Date(bucket * 900_000));
    const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
    return `${get('year')}-${get('month')}-${get('day')}`;
  });
}

/**
 * `18:04`, `Yesterday 18:04`, `Mon 18:04` (this week) or `22 Nov 2026`: short labels for lists,
 * relative to `now` (epoch ms).
 */
export function shortWhen(iso: string, now: number, clock: Clock): string {
  if (!valid(iso)) return '';
  const day = dayKey(iso, clock);
  const today = dayKey(new Date(now).toISOString(), clock);
  if (day === today) return timeOf(iso, clock);
  const yesterday = dayKey(new Date(now - 86_400_000).toISOString(), clock);
  if (day === yesterday) return `Yesterday ${timeOf(iso, clock)}`;
  const age = now - Date.parse(iso);
  if (age > 0 && age < 6 * 86_400_000)
    return `${fmt(clock, { weekday: 'short' }).format(new Date(iso))} ${timeOf(iso, clock)}`;
  return dateOf(iso, clock);
}

/** `4 min`, `1 h 12 min`, `3 days`: how long between two instants (null when unknown). */
export function durationBetween(from: string, to: string): string | null {
  const ms = Date.parse(to) - Date.parse(from);
  if (!Number.isFinite(ms) || ms < 0) return null;
  const min = Math.round(ms / 60_000);
  if (min < 1) return 'under a minute';
  if (min < 60) return `${min} min`;
  const h = Math.floor(min / 60);
  if (h < 48) return min % 60 ? `${h} h ${min % 60} min` : `${h} h`;
  return `${Math.round(h / 24)} days`;
}

/** `1.4 MB`: storage figures. */
export function bytes(n: number): string {
  if (!Number.isFinite(n) || n < 0) return '—';
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let v = n;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  return `${u === 0 ? v : v.toFixed(v < 10 ? 1 : 0)} ${units[u]}`;
}

/** `1 message`, `12 messages`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** The site's host for display (`support.acme.com`), or the raw string when it is not a URL. */
export function hostLabel(originOrUrl: string): string {
  try {
    return new URL(originOrUrl).host || originOrUrl;
  } catch {
    return originOrUrl;
  }
}

/** Display name of a vendor id from the signature registry (`chatwoot` → `Chatwoot`). */
export function vendorName(id: string | null | undefined): string {
  if (!id) return 'Chat';
  if (id === 'generic') return 'Web chat';
  return (
    SIGNATURES.find((s) => s.id === id)?.name ??
    id.replace(/(^|-)([a-z])/g, (_m, sep: string, c: string) => `${sep ? ' ' : ''}${c.toUpperCase()}`)
  );
}

/** The part of a long text to show first, and how many characters are left out. Pure. */
export function clipForDisplay(text: string, limit: number): { shown: string; hidden: number } {
  if (text.length <= limit) return { shown: text, hidden: 0 };
  return { shown: text.slice(0, limit), hidden: text.length - limit };
}
