import { describe, expect, it } from 'vitest';
import { DAY_MS, expiredSessionIds } from '../lib/retention';

const NOW = Date.parse('2026-11-22T12:00:00Z');
const chat = (id: string, daysAgo: number) => ({
  id,
  lastActivityAt: new Date(NOW - daysAgo * DAY_MS).toISOString(),
});
const chats = [
  chat('today', 0),
  chat('week', 7),
  chat('month', 31),
  chat('year', 400),
  { id: 'bad', lastActivityAt: 'not a date' },
];

describe('expiredSessionIds', () => {
  it.each([
    ['keeps everything by default (0 = forever)', 0, []],
    ['negative is forever too', -5, []],
    ['30 days', 30, ['month', 'year']],
    ['365 days', 365, ['year']],
    ['1 day', 1, ['week', 'month', 'year']],
  ])('%s', (_n, days, ids) => {
    expect(expiredSessionIds(chats, days, NOW)).toEqual(ids);
  });
  it('keeps a chat exactly at the limit', () => {
    expect(expiredSessionIds([chat('edge', 30)], 30, NOW)).toEqual([]);
  });
});
