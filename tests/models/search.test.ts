import { describe, expect, it } from 'vitest';
import type { Session } from '../../lib/model';
import { EMPTY_QUERY, filterSessions, fold, sessionHaystack } from '../../lib/models/search';
import { fakeSession } from './fakes';

const clock = { locale: 'en-GB', timeZone: 'Europe/Paris' };
const chats: Session[] = [
  fakeSession({
    id: 'a',
    vendor: 'chatwoot',
    agents: ['Priya', 'Marco'],
    caseNumbers: ['CS-48213'],
    startedAt: '2026-11-22T18:04:00+01:00',
  }),
  fakeSession({
    id: 'b',
    vendor: 'intercom',
    origin: 'https://help.northwind-energy.com',
    url: 'https://help.northwind-energy.com/',
    agents: ['Hannah'],
    startedAt: '2026-11-10T09:00:00+01:00',
  }),
  fakeSession({
    id: 'c',
    vendor: 'intercom',
    origin: 'https://café.example.fr',
    url: 'https://café.example.fr/',
    agents: ['Zoé'],
    notes: 'called the hotline',
    startedAt: '2026-10-01T23:30:00Z',
  }),
];
const texts = new Map([
  ['a', fold('my internet is down')],
  ['b', fold('the october bill was wrong')],
]);
const run = (q: Partial<typeof EMPTY_QUERY>, withText = true) =>
  filterSessions(chats, { ...EMPTY_QUERY, ...q }, clock, sessionHaystack, (id) =>
    withText ? texts.get(id) : undefined,
  ).map((s) => s.id);

describe('filterSessions', () => {
  it.each([
    ['everything for an empty query', {}, ['a', 'b', 'c']],
    ['company from the domain', { text: 'northwind' }, ['b']],
    ['vendor display name', { text: 'Chatwoot' }, ['a']],
    ['agent, any case', { text: 'marco' }, ['a']],
    ['case number', { text: 'cs-48213' }, ['a']],
    ['accents folded', { text: 'zoe' }, ['c']],
    ['the person’s notes', { text: 'hotline' }, ['c']],
    ['message text', { text: 'october bill' }, ['b']],
    ['all words must match', { text: 'northwind marco' }, []],
    ['vendor filter', { vendor: 'intercom' }, ['b', 'c']],
    ['date range inclusive', { from: '2026-11-10', to: '2026-11-22' }, ['a', 'b']],
    // 23:30 UTC on 1 Oct is 2 Oct in Paris: the day is the person's day
    ['days in the person’s zone', { from: '2026-10-02', to: '2026-10-02' }, ['c']],
  ])('%s', (_n, q, ids) => {
    expect(run(q)).toEqual(ids);
  });
  it('searches metadata only until the message text is read', () => {
    expect(run({ text: 'october' }, false)).toEqual([]);
  });
});
