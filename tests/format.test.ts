import { describe, expect, it } from 'vitest';
import {
  bytes,
  dateTimeWithZone,
  dayKey,
  durationBetween,
  plural,
  shortWhen,
  timeWithZone,
  vendorName,
} from '../lib/format';

const paris = { locale: 'en-GB', timeZone: 'Europe/Paris' };
const tokyo = { locale: 'en-GB', timeZone: 'Asia/Tokyo' };

describe('times in the person’s zone, named', () => {
  it.each([
    ['2026-11-22T17:04:05Z', paris, '18:04 (Europe/Paris)'],
    ['2026-11-22T18:04:05.123+01:00', paris, '18:04 (Europe/Paris)'],
    ['2026-11-22T17:04:05Z', tokyo, '02:04 (Asia/Tokyo)'],
    ['2026-07-01T12:00:00Z', paris, '14:00 (Europe/Paris)'],
    ['garbage', paris, ''],
  ])('%s in %j', (iso, clock, text) => {
    expect(timeWithZone(iso, clock)).toBe(text);
  });
  it('names the date too', () => {
    expect(dateTimeWithZone('2026-11-22T17:04:05Z', paris)).toBe('22 Nov 2026, 18:04 (Europe/Paris)');
  });
  it.each([
    ['2026-11-22T23:30:00Z', paris, '2026-11-23'],
    ['2026-11-22T23:30:00Z', { locale: 'en-US', timeZone: 'America/New_York' }, '2026-11-22'],
    ['2026-11-22T18:20:00Z', { locale: 'ar-EG', timeZone: 'Asia/Kathmandu' }, '2026-11-23'],
  ])('dayKey %s', (iso, clock, key) => {
    expect(dayKey(iso, clock)).toBe(key);
  });
});

describe('shortWhen', () => {
  const now = Date.parse('2026-11-22T12:00:00Z');
  it.each([
    ['2026-11-22T08:00:00Z', '09:00'],
    ['2026-11-21T08:00:00Z', 'Yesterday 09:00'],
    ['2026-11-18T08:00:00Z', 'Wed 09:00'],
    ['2026-10-01T08:00:00Z', '1 Oct 2026'],
  ])('%s → %s', (iso, text) => {
    expect(shortWhen(iso, now, paris)).toBe(text);
  });
});

describe('small helpers', () => {
  it.each([
    ['2026-11-22T10:00:00Z', '2026-11-22T10:00:20Z', 'under a minute'],
    ['2026-11-22T10:00:00Z', '2026-11-22T10:27:00Z', '27 min'],
    ['2026-11-22T10:00:00Z', '2026-11-22T11:12:00Z', '1 h 12 min'],
    ['2026-11-22T10:00:00Z', '2026-11-26T10:00:00Z', '4 days'],
    ['2026-11-22T10:00:00Z', '2026-11-21T10:00:00Z', null],
  ])('durationBetween %s %s', (a, b, text) => {
    expect(durationBetween(a, b)).toBe(text);
  });
  it.each([
    [0, '0 B'],
    [999, '999 B'],
    [1_400_000, '1.4 MB'],
    [52_000_000_000, '52 GB'],
    [-1, '—'],
  ])('bytes(%i)', (n, text) => {
    expect(bytes(n)).toBe(text);
  });
  it('plural and vendor names', () => {
    expect(plural(1, 'chat')).toBe('1 chat');
    expect(plural(2001, 'chat')).toBe('2,001 chats');
    expect(vendorName('chatwoot')).toBe('Chatwoot');
    expect(vendorName('generic')).toBe('Web chat');
    expect(vendorName('some-new-vendor')).toBe('Some New Vendor');
  });
});
