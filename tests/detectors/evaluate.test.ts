import {
  type CorpusConversation,
  evaluate,
  formatTable,
  matchKey,
  parseCorpus,
  summaryJson,
  withoutCustomerCases,
} from '../../lib/detectors/evaluate';
import type { Finding, Line } from '../../lib/detectors/types';

const conv = (id: string, labels: object[], n = 3) =>
  JSON.stringify({
    id,
    messages: Array.from({ length: n }, (_, k) => ({ role: 'agent', author: 'A', text: `line ${k}` })),
    labels,
  });

describe('parseCorpus', () => {
  test('reads one conversation per line and skips blank lines', () => {
    const out = parseCorpus(`${conv('c1', [{ i: 0, label: 'promise' }])}\n\n${conv('c2', [])}\n`);
    expect(out.map((c) => c.id)).toEqual(['c1', 'c2']);
  });

  test("a message may leave out its author, as the issue's format does for customers", () => {
    const [c] = parseCorpus(
      '{"id":"x","messages":[{"role":"agent","author":"Priya","text":"Hi"},{"role":"customer","text":"hello"}],"labels":[]}',
    );
    expect(c!.messages.map((m) => m.author)).toEqual(['Priya', null]);
  });

  test.each([
    ['not JSON', '{oops', /line 1: not JSON/],
    [
      'an author that is not text',
      '{"id":"x","messages":[{"role":"agent","author":7,"text":"hi"}],"labels":[]}',
      /bad message/,
    ],
    ['missing messages', '{"id":"x","labels":[]}', /expected \{id, messages\[\], labels\[\]\}/],
    [
      'unknown role',
      '{"id":"x","messages":[{"role":"robot","author":null,"text":"hi"}],"labels":[]}',
      /bad message/,
    ],
    ['unknown label', conv('x', [{ i: 0, label: 'rude' }]), /bad label/],
    ['index out of range', conv('x', [{ i: 9, label: 'promise' }]), /bad label/],
  ])('rejects %s', (_name, text, error) => {
    expect(() => parseCorpus(text)).toThrow(error);
  });
});

describe('evaluate', () => {
  const gold = parseCorpus(
    [
      conv('a', [
        { i: 0, label: 'case-number', value: '#AB-123' },
        { i: 1, label: 'promise' },
        { i: 2, label: 'agent-name', value: 'Priya' },
      ]),
    ].join('\n'),
  );
  const found: Finding[] = [
    { i: 0, label: 'case-number', value: 'ab-123', evidence: '' }, // '#' and case ignored
    { i: 1, label: 'promise', value: 'ignored for unvalued labels', evidence: '' },
    { i: 2, label: 'agent-name', value: 'Marco', evidence: '' }, // wrong value: fp + fn
    { i: 2, label: 'transfer', evidence: '' }, // fp
    { i: 2, label: 'transfer', evidence: 'duplicate' }, // counted once
  ];
  const r = evaluate(gold, (_lines: readonly Line[]) => found);

  test('matches on conversation, index, label and normalised value', () => {
    expect(r.labels['case-number']).toEqual({ tp: 1, fp: 0, fn: 0, p: 1, r: 1, f1: 1 });
    expect(r.labels.promise).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.labels['agent-name']).toEqual({ tp: 0, fp: 1, fn: 1, p: 0, r: 0, f1: 0 });
    expect(r.labels.transfer).toEqual({ tp: 0, fp: 1, fn: 0, p: 0, r: 1, f1: 0 });
  });

  test('a label with nothing expected and nothing found scores 1', () => {
    expect(r.labels.disconnect).toEqual({ tp: 0, fp: 0, fn: 0, p: 1, r: 1, f1: 1 });
  });

  test('lists every mismatch with its text', () => {
    expect(r.mismatches.map((m) => `${m.kind} ${m.i} ${m.label}`).sort()).toEqual([
      'fn 2 agent-name',
      'fp 2 agent-name',
      'fp 2 transfer',
    ]);
    expect(r.mismatches[0]?.text).toBe('line 2');
  });

  test('the table has a row per label and the JSON line parses', () => {
    expect(formatTable(r).split('\n')).toHaveLength(11);
    expect(Object.keys(JSON.parse(summaryJson(r)).labels)).toHaveLength(10);
  });

  test('matchKey ignores values of unvalued labels and leading #', () => {
    expect(matchKey('a', 1, 'promise', 'x')).toBe(matchKey('a', 1, 'promise', undefined));
    expect(matchKey('a', 1, 'case-number', '# X1')).toBe(matchKey('a', 1, 'case-number', 'x1'));
  });
});

describe('withoutCustomerCases', () => {
  const conv: CorpusConversation = {
    id: 'w1',
    messages: [
      { role: 'customer', author: null, text: 'my claim CLM-2291 is stuck' },
      { role: 'agent', author: 'Jo', text: 'Your new case is CS-7781.' },
    ],
    labels: [{ i: 1, label: 'case-number', value: 'CS-7781' }],
  };
  const both = () => [
    { i: 0, label: 'case-number' as const, value: 'CLM-2291' },
    { i: 1, label: 'case-number' as const, value: 'CS-7781' },
  ];

  test('a case number typed by the customer counts against the analyser by default', () => {
    expect(evaluate([conv], both).labels['case-number']).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });

  test('left out of both sides, the agent side is scored alone', () => {
    const run = withoutCustomerCases([conv], both);
    expect(evaluate(run.convs, run.analyse).labels['case-number']).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    // gold labels on customer lines go too, and other labels are untouched
    const gold = withoutCustomerCases(
      [{ ...conv, labels: [...conv.labels, { i: 0, label: 'case-number', value: 'CLM-2291' }] }],
      () => [],
    );
    expect(gold.convs[0]!.labels).toEqual(conv.labels);
  });
});
