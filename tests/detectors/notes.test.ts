import { analyse } from '../../lib/detectors';
import type { Line } from '../../lib/detectors/types';
import { buildNotes, dueDate, formatDay, transferEpisodes } from '../../lib/notes';

// Monday 10 March 2025, 10:00 at UTC+1.
const MON = '2025-03-10T10:00:00.000+01:00';

describe('dueDate', () => {
  test.each<[string, string, string | null]>([
    ['The refund will post within 5–7 business days.', MON, '2025-03-19T23:59:59.999+01:00'],
    ["I'll call you back tomorrow.", MON, '2025-03-11T23:59:59.999+01:00'],
    ['It will be there by Friday.', MON, '2025-03-14T23:59:59.999+01:00'],
    ['You will hear from us in 48 hours.', MON, '2025-03-12T10:00:00.000+01:00'],
    ['The part ships in 4–6 weeks.', MON, '2025-04-21T23:59:59.999+01:00'],
    ['Expect a reply within 10 days.', MON, '2025-03-20T23:59:59.999+01:00'],
    ['It arrives on May 28.', MON, '2025-05-28T23:59:59.999+01:00'],
    ['Power should be back by 6pm today.', MON, '2025-03-10T18:00:00.000+01:00'],
    ['Someone will call within the hour.', MON, '2025-03-10T11:00:00.000+01:00'],
    ['It ships today and arrives in 3-5 business days.', MON, '2025-03-17T23:59:59.999+01:00'],
    ['You will see it on your next statement.', MON, null],
    ['We will look into it.', MON, null],
    // Business days skip the weekend; the offset is the message's own.
    ['Done within 2 business days.', '2025-03-14T16:00:00.000-05:00', '2025-03-18T23:59:59.999-05:00'],
    [
      '"On Friday" said on a Friday means next week.',
      '2025-03-14T09:00:00.000+00:00',
      '2025-03-21T23:59:59.999+00:00',
    ],
    ['Tomorrow, in UTC.', '2025-03-10T10:00:00Z', '2025-03-11T23:59:59.999Z'],
    ['It ships on Jan 3.', '2025-12-30T12:00:00.000+01:00', '2026-01-03T23:59:59.999+01:00'],
    ['Bad timestamp.', 'yesterday-ish', null],
  ])('%s (%s) → %s', (text, at, due) => {
    expect(dueDate(text, at)).toBe(due);
  });

  test('formatDay', () => {
    expect(formatDay('2025-03-14T23:59:59.999+01:00')).toBe('Fri 14 Mar 2025');
  });
});

const at = (k: number) => `2025-03-10T10:${String(k).padStart(2, '0')}:00.000+01:00`;
function chat(rows: [Line['role'], string | null, string][]): (Line & { at: string })[] {
  return rows.map(([role, author, text], k) => ({ role, author, text, at: at(k) }));
}

const LINES = chat([
  ['system', null, 'Priya has joined the chat'],
  ['agent', 'Priya', "Hi, I'm Priya. How can I help?"],
  ['customer', null, 'I was charged twice for March'],
  [
    'agent',
    'Priya',
    'Sorry! I have refunded the duplicate. It will post within 5 business days. Your case number is 88-1201.',
  ],
  ['agent', 'Priya', 'Would you like to add Bill Shield for $3/month?'],
  ['customer', null, 'no thanks'],
  ['agent', 'Priya', 'I will transfer you to billing to confirm the refund.'],
  ['agent', 'Sam', 'Hi, Sam from billing here. Confirmed, case 88-1201 is complete.'],
  ['customer', null, 'ok'],
  ['system', null, 'Sam has left the chat'],
]);

function notes(now: string | number, endedAt: string | null = null, endReason: string | null = null) {
  return buildNotes({ startedAt: at(0), lines: LINES, findings: analyse(LINES), endedAt, endReason, now });
}

describe('buildNotes', () => {
  test('an offer only the learned scorer finds, then declined: the timeline says so', () => {
    const lines = chat([
      ['customer', null, 'hi, my broadband keeps cutting out in the evenings'],
      ['agent', 'Ola', "Sorry about that, I've reset the line from our side."],
      ['agent', 'Ola', "Since you're here, our Gold tier is 20% off this week if you'd like to switch."],
      ['customer', null, 'not right now'],
    ]);
    const findings = analyse(lines);
    expect(findings.find((f) => f.label === 'upsell-offer')?.evidence).toMatch(/^learned scorer /);
    const out = buildNotes({ startedAt: at(0), lines, findings, endedAt: null, endReason: null, now: at(5) });
    expect(out.filter((n) => n.kind === 'offer' || n.kind === 'declined').map((n) => [n.kind, n.i])).toEqual([
      ['offer', 2],
      ['declined', 3],
    ]);
  });

  test('timeline: start, agents, case, promise with due date, offer and answer, transfer, end', () => {
    const out = notes('2025-03-11T09:00:00+01:00');
    expect(out.map((n) => n.kind)).toEqual([
      'start',
      'agent',
      'case-number',
      'promise',
      'offer',
      'declined',
      'transfer',
      'agent',
      'end',
    ]);
    expect(out.find((n) => n.kind === 'promise')).toMatchObject({
      due: '2025-03-17T23:59:59.999+01:00',
      i: 3,
    });
    expect(out.find((n) => n.kind === 'case-number')?.detail).toBe('88-1201');
    expect(out.filter((n) => n.kind === 'case-number')).toHaveLength(1);
    expect(out.find((n) => n.kind === 'transfer')?.text).toBe('Transferred to Sam');
    expect(out.at(-1)?.text).toBe('Chat ended: the agent left the chat');
    for (const n of out) expect(n.title.length).toBeGreaterThan(0);
  });

  test('a reminder appears once the due date has passed (now as ISO or epoch ms)', () => {
    expect(notes('2025-03-17T12:00:00+01:00').some((n) => n.kind === 'reminder')).toBe(false);
    const late = notes(Date.parse('2025-03-18T08:00:00+01:00'));
    const reminder = late.find((n) => n.kind === 'reminder');
    expect(reminder).toMatchObject({
      at: '2025-03-17T23:59:59.999+01:00',
      due: '2025-03-17T23:59:59.999+01:00',
    });
    expect(reminder?.text).toContain('It will post within 5 business days');
    expect(reminder?.text).toContain('Mon 17 Mar 2025');
    expect(late.at(-1)?.kind).toBe('reminder');
  });

  test('the recorded end wins over transcript lines', () => {
    const out = notes('2025-03-11T09:00:00+01:00', at(12), 'inactivity-timeout');
    expect(out.filter((n) => n.kind === 'end')).toEqual([
      expect.objectContaining({ at: at(12), text: 'Chat ended: the chat closed for inactivity' }),
    ]);
  });

  test('a dropped connection is not an end; an accepted offer is noted', () => {
    const lines = chat([
      ['agent', 'Ana', 'Hi! Want to add Fiber Boost for $10/month?'],
      ['customer', null, 'yes please'],
      ['system', null, 'Connection lost. Reconnecting…'],
    ]);
    const out = buildNotes({
      startedAt: at(0),
      lines,
      findings: analyse(lines),
      endedAt: null,
      endReason: null,
      now: at(5),
    });
    expect(out.map((n) => n.kind)).toEqual(['start', 'agent', 'offer', 'assent']);
  });

  test('deterministic', () => {
    expect(notes('2025-03-20T00:00:00+01:00')).toEqual(notes('2025-03-20T00:00:00+01:00'));
  });
});

describe('transferEpisodes', () => {
  test('a hand-off, a system line and the new agent form one episode; a second one counts apart', () => {
    const lines = chat([
      ['agent', 'Ana', 'Hello'],
      ['customer', null, 'billing please'],
      ['agent', 'Ana', "I'll transfer you to billing."],
      ['system', null, 'Transferring…'],
      ['system', null, 'Ben has joined the chat'],
      ['agent', 'Ben', 'Hi, Ben here.'],
      ['customer', null, 'actually it is a fraud issue'],
      ['agent', 'Ben', "I'll connect you with our fraud team."],
      ['agent', 'Cleo', 'Hi, Cleo from fraud here.'],
    ]);
    expect(transferEpisodes(lines, analyse(lines))).toEqual([
      { i: 2, to: 'Ben' },
      { i: 7, to: 'Cleo' },
    ]);
  });
});
