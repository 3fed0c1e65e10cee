import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ANALYSERS, analyse } from '../../lib/detectors';
import { parseCorpus } from '../../lib/detectors/evaluate';
import { type Analyser, LABELS, type Line, VALUED_LABELS } from '../../lib/detectors/types';

const DIR = join(__dirname, '../../lib/detectors');
const train = parseCorpus(readFileSync(join(__dirname, '../corpus/train.jsonl'), 'utf8'));

const isAnalyser = (v: unknown): v is Analyser =>
  typeof v === 'object' &&
  v !== null &&
  'id' in v &&
  'labels' in v &&
  typeof (v as Analyser).analyse === 'function';

/** Transcripts that exercise every analyser, including awkward input. */
const SAMPLES: Line[][] = [
  ...train.slice(0, 25).map((c) => c.messages),
  [
    { role: 'system', author: null, text: '' },
    { role: 'agent', author: null, text: '   ' },
    { role: 'customer', author: null, text: '????' },
    { role: 'bot', author: 'Bot', text: '🙂🙂🙂 \n\n ### ' },
  ],
];

describe('registry', () => {
  test('every analyser module in lib/detectors is registered once, under its file name', async () => {
    const registered = new Set(ANALYSERS);
    for (const file of readdirSync(DIR).filter((f) => f.endsWith('.ts'))) {
      const mod = (await import(join(DIR, file))) as Record<string, unknown>;
      for (const v of Object.values(mod).filter(isAnalyser)) {
        expect(registered.has(v), `${file} exports ${v.id} but ANALYSERS lacks it`).toBe(true);
        expect(v.id).toBe(basename(file, '.ts'));
      }
    }
    expect(new Set(ANALYSERS.map((a) => a.id)).size).toBe(ANALYSERS.length);
  });

  test('every label is produced by exactly one analyser', () => {
    const owners = LABELS.map((l) => ANALYSERS.filter((a) => a.labels.includes(l)).length);
    expect(owners).toEqual(LABELS.map(() => 1));
  });
});

describe.each(ANALYSERS.map((a) => [a.id, a] as const))('%s invariants', (_id, a) => {
  test('empty transcript → no findings', () => {
    expect(a.analyse([])).toEqual([]);
  });

  test('same input → same output, input untouched', () => {
    for (const lines of SAMPLES) {
      const frozen = Object.freeze(lines.map((l) => Object.freeze({ ...l })));
      const first = a.analyse(frozen);
      expect(a.analyse(frozen)).toEqual(first);
      expect(frozen).toEqual(lines);
    }
  });

  test('findings are well formed', () => {
    for (const lines of SAMPLES) {
      for (const f of a.analyse(lines)) {
        expect(f.i).toBeGreaterThanOrEqual(0);
        expect(f.i).toBeLessThan(lines.length);
        expect(a.labels).toContain(f.label);
        expect(typeof f.evidence).toBe('string');
        if (VALUED_LABELS.includes(f.label)) expect(f.value?.length).toBeGreaterThan(0);
        else expect(f.value).toBeUndefined();
      }
    }
  });

  test('prefix stability: appending messages never changes findings for earlier ones', () => {
    for (const lines of SAMPLES) {
      const full = a.analyse(lines);
      for (let k = 0; k <= lines.length; k++) {
        expect(a.analyse(lines.slice(0, k))).toEqual(full.filter((f) => f.i < k));
      }
    }
  });
});

describe('analyse()', () => {
  test('sorted by message, then label, and deterministic', () => {
    for (const lines of SAMPLES) {
      const out = analyse(lines);
      expect(analyse(lines)).toEqual(out);
      for (let k = 1; k < out.length; k++) {
        const [p, q] = [out[k - 1]!, out[k]!];
        expect(p.i < q.i || (p.i === q.i && p.label <= q.label)).toBe(true);
      }
    }
  });
});
