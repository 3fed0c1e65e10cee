import { describe, expect, test } from 'vitest';
import { ANALYSERS, analyse, forAnalysis, MAX_ANALYSED_CHARS } from '../../lib/detectors';
import type { Line } from '../../lib/detectors/types';

/**
 * Hostile or pasted text: a page may send lines of up to 100,000 characters (LIMITS.textChars).
 * Some phrase searches grow faster than linearly with length (a 50,000-character line once took
 * over 10 s in case-number and script-loop), so the analysers read a line's first
 * MAX_ANALYSED_CHARS only. Every analyser must stay fast on the worst shapes of text.
 */
const SHAPES: [string, (n: number) => string][] = [
  ['digits and case words', (n) => 'case ticket ref #12345 A-'.repeat(n / 25)],
  ['one long word', (n) => 'x'.repeat(n)],
  [
    'repeated sentence',
    (n) => 'Please restart your router and send me the account number again. '.repeat(n / 66),
  ],
  ['spaces and punctuation', (n) => ' . ,; ?! '.repeat(n / 9)],
  ['numbers only', (n) => '1234567890 '.repeat(n / 11)],
  ['mixed scripts', (n) => 'Ticket Nº ÄÖÜ 案件 №42 — '.repeat(n / 22)],
];

const chat = (text: string): Line[] => [
  { role: 'agent', author: 'Priya', text: "Hi, I'm Priya. Your case number is CS-48213." },
  { role: 'customer', author: null, text },
  { role: 'agent', author: 'Priya', text },
  { role: 'agent', author: 'Priya', text },
];

describe('long lines', () => {
  test.each(SHAPES)(
    '%s, 100,000 characters: every analyser finishes in well under a second',
    (_name, make) => {
      const lines = chat(make(100_000));
      for (const a of ANALYSERS) {
        const t = performance.now();
        a.analyse(forAnalysis(lines));
        expect(performance.now() - t, a.labels.join()).toBeLessThan(1000);
      }
      const t = performance.now();
      const found = analyse(lines);
      expect(performance.now() - t).toBeLessThan(2000);
      // what comes before the long lines is still found
      expect(found).toContainEqual(
        expect.objectContaining({ i: 0, label: 'case-number', value: 'CS-48213' }),
      );
    },
  );

  test('only the first MAX_ANALYSED_CHARS of a line are read; short lines pass through unchanged', () => {
    const short: Line = { role: 'agent', author: null, text: 'ok' };
    const long: Line = { role: 'agent', author: null, text: `${'a'.repeat(MAX_ANALYSED_CHARS)}case CS-1` };
    const out = forAnalysis([short, long]);
    expect(out[0]).toBe(short);
    expect(out[1]!.text).toHaveLength(MAX_ANALYSED_CHARS);
    expect(forAnalysis([short])).toEqual([short]);
    expect(analyse([long]).some((f) => f.label === 'case-number')).toBe(false);
  });
});
