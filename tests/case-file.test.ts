import { describe, expect, it } from 'vitest';
import {
  buildCaseFile,
  type CaseContact,
  type CaseFact,
  caseKey,
  catchUpSummary,
  companyName,
  groupCases,
  shorten,
} from '../lib/case-file';
import type { Clock } from '../lib/format';
import type { Session } from '../lib/model';

const clock: Clock = { locale: 'en-GB', timeZone: 'Europe/Paris' };
const NOW = Date.parse('2026-11-22T12:00:00Z');

function fakeSession(o: Partial<Session> = {}): Session {
  return {
    id: 's1',
    vendor: 'intercom',
    url: 'https://help.northwind-energy.com/billing',
    origin: 'https://help.northwind-energy.com',
    title: 'Help',
    startedAt: '2026-11-10T09:00:00.000+01:00',
    lastActivityAt: '2026-11-10T09:20:00.000+01:00',
    endedAt: '2026-11-10T09:20:00.000+01:00',
    endReason: 'agent-ended',
    agents: ['Hannah'],
    caseNumbers: [],
    desiredOutcome: '',
    outcome: null,
    notes: '',
    messageCount: 6,
    headHash: '',
    tabId: null,
    conversationId: null,
    currentAgent: null,
    truncated: false,
    ...o,
  };
}
const contact = (
  s: Partial<Session>,
  facts: CaseFact[] = [],
  opening: string | null = null,
): CaseContact => ({
  session: fakeSession(s),
  facts,
  opening,
});
const promise = (o: Partial<CaseFact> = {}): CaseFact => ({
  kind: 'promise',
  at: '2026-11-10T09:10:00.000+01:00',
  text: 'I will refund the difference within 5 working days.',
  by: 'Hannah',
  due: '2026-11-17T09:10:00.000+01:00',
  ...o,
});

describe('caseKey and companyName', () => {
  it.each([
    ['https://help.northwind-energy.com', 'northwind-energy.com', 'Northwind Energy'],
    ['https://www.northwind-energy.com', 'northwind-energy.com', 'Northwind Energy'],
    ['https://support.acme.co.uk', 'acme.co.uk', 'Acme'],
    ['http://shop.example.test', 'example.test', 'Example'],
    ['http://127.0.0.1:8080', '127.0.0.1', '127.0.0.1'],
  ])('%s → %s, %s', (origin, key, name) => {
    const s = { origin, url: `${origin}/x` };
    expect(caseKey(s)).toBe(key);
    expect(companyName(s)).toBe(name);
  });
});

describe('groupCases', () => {
  it('puts chats on one registrable domain in one case, newest case first', () => {
    const groups = groupCases([
      fakeSession({
        id: 'a',
        origin: 'https://help.northwind-energy.com',
        lastActivityAt: '2026-11-01T10:00:00Z',
      }),
      fakeSession({
        id: 'b',
        origin: 'https://shop.acme.com',
        url: 'https://shop.acme.com/',
        lastActivityAt: '2026-11-05T10:00:00Z',
      }),
      fakeSession({
        id: 'c',
        origin: 'https://www.northwind-energy.com',
        lastActivityAt: '2026-11-09T10:00:00Z',
      }),
    ]);
    expect(groups.map((g) => [g.key, g.sessions.map((s) => s.id)])).toEqual([
      ['northwind-energy.com', ['c', 'a']],
      ['acme.com', ['b']],
    ]);
  });
  it('gives nothing for no chats', () => {
    expect(groupCases([])).toEqual([]);
  });
});

describe('buildCaseFile', () => {
  it('is null without contacts', () => {
    expect(buildCaseFile([], NOW, clock)).toBeNull();
  });

  it('orders contacts oldest first and gathers agents and case numbers once', () => {
    const file = buildCaseFile(
      [
        contact({
          id: 'b',
          startedAt: '2026-11-17T10:00:00.000+01:00',
          agents: ['Oliver', 'Priti'],
          caseNumbers: ['NW-20417'],
        }),
        contact({ id: 'a', agents: ['Hannah'], caseNumbers: ['NW-20417'] }),
      ],
      NOW,
      clock,
    )!;
    expect(file.contacts.map((c) => c.session.id)).toEqual(['a', 'b']);
    expect(file.agents).toEqual(['Hannah', 'Oliver', 'Priti']);
    expect(file.caseNumbers).toEqual(['NW-20417']);
    expect(file.company).toBe('Northwind Energy');
    expect(file.unresolved).toBe(true);
  });

  it.each([
    ['open and overdue when nothing was solved', [null, null], { open: true, overdue: true }],
    [
      'open, not overdue, before the due date',
      [null, null],
      { open: true, overdue: false },
      '2026-12-30T00:00:00Z',
    ],
    ['closed when a later chat was solved', [null, 'solved'], { open: false, overdue: true }],
  ] as const)('promise: %s', (_name, outcomes, expected, due: string = '2026-11-17T09:10:00.000+01:00') => {
    const file = buildCaseFile(
      [
        contact({ id: 'a', outcome: outcomes[0] }, [promise({ due })]),
        contact({ id: 'b', startedAt: '2026-11-18T10:00:00.000+01:00', outcome: outcomes[1] }),
      ],
      NOW,
      clock,
    )!;
    expect(file.promises).toHaveLength(1);
    expect({ open: file.promises[0]!.open, overdue: file.promises[0]!.overdue }).toEqual(expected);
  });
});

describe('catchUpSummary: what it says', () => {
  const story = [
    contact(
      {
        id: 'a',
        caseNumbers: ['NW-20417'],
        desiredOutcome: 'Refund of the £86 overcharge',
        outcome: 'closed-unsolved',
      },
      [promise()],
      'My October bill charged me £86 for a meter reading that was clearly wrong.',
    ),
    contact(
      {
        id: 'b',
        startedAt: '2026-11-17T10:00:00.000+01:00',
        agents: ['Oliver', 'Priti'],
        caseNumbers: ['NW-20417'],
        endReason: 'connection-lost',
      },
      [
        { kind: 'transfer', at: '2026-11-17T10:05:00.000+01:00', text: 'Oliver → Priti', by: null },
        {
          kind: 'disconnect',
          at: '2026-11-17T10:09:00.000+01:00',
          text: 'The chat window disappeared',
          by: null,
        },
      ],
    ),
  ];
  const text = buildCaseFile(story, NOW, clock)!.catchUp;

  it.each([
    [
      'counts the contacts, with dates and reps',
      /This is my third contact with Northwind Energy support.*10 Nov 2026 with Hannah and 17 Nov 2026 with Oliver and Priti\./,
    ],
    ['names the case number', /My case number is NW-20417\./],
    [
      'quotes the problem as first described',
      /“My October bill charged me £86 for a meter reading that was clearly wrong\.”/,
    ],
    ['says what the person needs', /What I need: Refund of the £86 overcharge\./],
    [
      'lists promises not kept, with the due date passed',
      /Hannah said on 10 Nov 2026: “I will refund the difference within 5 working days\.” \(due 17 Nov 2026, now passed\)/,
    ],
    [
      'says what was tried',
      /I have been transferred once, one chat was cut off \(17 Nov 2026\) and the chat on 10 Nov 2026 was closed without a solution\./,
    ],
    ['asks to continue from the case', /Please look up case NW-20417 and continue from there/],
  ])('%s', (_name, re) => {
    expect(text).toMatch(re);
  });

  it('is deterministic and never invents facts', () => {
    expect(buildCaseFile(story, NOW, clock)!.catchUp).toBe(text);
    const bare = buildCaseFile(
      [contact({ agents: [], endReason: null, endedAt: null })],
      NOW,
      clock,
    )!.catchUp;
    expect(bare).toBe(
      'I contacted Northwind Energy support about this on 10 Nov 2026. Please continue from these notes, so I don’t have to start over.',
    );
  });

  it('drops kept promises from “not done”', () => {
    const solved = buildCaseFile(
      [
        contact({ id: 'a' }, [promise()]),
        contact({ id: 'b', startedAt: '2026-11-18T10:00:00Z', outcome: 'solved' }),
      ],
      NOW,
      clock,
    )!;
    expect(solved.catchUp).not.toMatch(/Promised and not done/);
    expect(solved.unresolved).toBe(false);
    expect(catchUpSummary(solved, clock)).toBe(solved.catchUp);
  });
});

describe('shorten', () => {
  it.each([
    ['short text', 20, 'short text'],
    ['  spaces   collapse  ', 40, 'spaces collapse'],
    ['a fairly long sentence that goes on and on', 20, 'a fairly long…'],
  ])('%j (max %i) → %j', (input, max, out) => {
    expect(shorten(input, max)).toBe(out);
  });
});
