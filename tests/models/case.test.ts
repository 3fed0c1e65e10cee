import { describe, expect, it } from 'vitest';
import type { ChatEvent } from '../../lib/model';
import { CaseModel, contactOf } from '../../lib/models/case';
import { fakeMessages, fakePort, fakeSession, NOW, seedDb, until } from './fakes';

const LINES: Parameters<typeof fakeMessages>[1] = [
  ['agent', 'Oliver', 'Hi, this is Oliver. How can I help?'],
  ['customer', null, 'I was promised a refund a week ago and nothing has arrived.'],
  ['agent', 'Oliver', 'Let me transfer you to our billing team.'],
  ['system', null, 'Oliver transferred the chat to Billing'],
  ['agent', 'Priti', 'Hello, Priti from billing. I will refund you within 5 working days.'],
];

describe('contactOf', () => {
  it('keeps one fact per transfer and disconnect, with the opening line', () => {
    const s = fakeSession({ agents: ['Oliver', 'Priti'] });
    const msgs = fakeMessages('s1', LINES);
    const events: ChatEvent[] = [
      { sessionId: 's1', type: 'transfer', at: msgs[4]!.at, seq: 4, detail: { from: 'Oliver', to: 'Priti' } },
      {
        sessionId: 's1',
        type: 'disconnect',
        at: msgs[4]!.at,
        seq: 4,
        detail: { evidence: 'The chat window disappeared' },
      },
    ];
    const c = contactOf(s, msgs, events, NOW);
    expect(c.opening).toBe('I was promised a refund a week ago and nothing has arrived.');
    expect(c.facts.filter((f) => f.kind === 'transfer')).toHaveLength(1);
    expect(c.facts.filter((f) => f.kind === 'disconnect')).toEqual([
      expect.objectContaining({ text: 'The chat window disappeared', by: null }),
    ]);
    const promise = c.facts.find((f) => f.kind === 'promise');
    expect(promise).toMatchObject({ by: 'Priti', text: LINES[4]![2] });
    expect(promise?.due).toMatch(/^2026-11-/);
  });
});

describe('CaseModel', () => {
  it('gathers the chats of one company and copies the summary', async () => {
    await seedDb(
      [
        fakeSession({ id: 'a', origin: 'https://help.northwind-energy.com' }),
        fakeSession({
          id: 'b',
          origin: 'https://www.northwind-energy.com',
          startedAt: '2026-11-23T10:00:00Z',
        }),
        fakeSession({ id: 'c', origin: 'https://other.example.com' }),
      ],
      [...fakeMessages('a', LINES), ...fakeMessages('b', LINES.slice(0, 2))],
    );
    const { port, copied } = fakePort();
    const model = new CaseModel(port, 'northwind-energy.com');
    await model.load();
    await until(() => model.state.value === 'ready');
    expect(model.file.value!.contacts.map((c) => c.session.id)).toEqual(['a', 'b']);
    await model.copySummary();
    expect(copied).toEqual([model.file.value!.catchUp]);
  });

  it('says when no chat belongs to the case', async () => {
    await seedDb([]);
    const model = new CaseModel(fakePort().port, 'nobody.example');
    await model.load();
    expect(model.state.value).toBe('missing');
  });
});
