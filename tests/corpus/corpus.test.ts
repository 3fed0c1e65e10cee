import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../lib/detectors';
import { evaluate, formatTable, parseCorpus } from '../../lib/detectors/evaluate';
import { LABELS } from '../../lib/detectors/types';

const load = (name: string) => parseCorpus(readFileSync(join(__dirname, name), 'utf8'));

/**
 * Floors per file. Every file is now training data (holdout7 for the learned scorer only); each was
 * first written by someone who had not seen the analysers and scored once, blind, before its errors
 * were read (the blind figures are in docs/analysers.md). The floors guard against regressions:
 * - train, holdout2, holdout4: tuned on, at the issue's bar (p ≥ 0.9, r ≥ 0.85), except holdout2's
 *   recall: r ≥ 0.75. Since round 16 the agent who arrives after an agent's or a bot's hand-off line
 *   is no second transfer, as five writer pairs label it (holdout5, 7, 16, 18, 19: 37 such arrivals
 *   unlabelled, 1 labelled where the agent says "I've been passed your chat"); train and holdout2
 *   label it (4 and 2 arrivals), so their transfer recall is 0.852 and 0.750 (docs/analysers.md
 *   "Round 16");
 * - holdout: a few labels disagree with the others' convention (documented), p ≥ 0.8;
 * - holdout3: two premature-close labels disagree with the convention, r ≥ 0.8;
 * - holdout5: blind until round 4, then the development set; a few of its transfer and promise labels
 *   disagree with the documented reading (see docs/analysers.md), so p ≥ 0.8, r ≥ 0.85;
 * - holdout6: blind through round 5, then the development set of round 6 (its errors were read and
 *   fixed as general rules); what is left are labels that disagree with the documented reading
 *   (docs/analysers.md, "Round 6"), so p ≥ 0.85, r ≥ 0.9, a margin under what it reaches now;
 * - holdout7: scored blind once with the round 5 and once with the round 6 analysers (the same
 *   figures both times, docs/analysers.md); its errors were never read and no rule was tuned on it,
 *   but since round 7 the learned scorer is trained on it, so it is in-sample for the scorer's labels
 *   (upsell-offer, upsell-assent, cant-help) and no longer measures unseen chats. Its floors are the
 *   ones set when it was blind, below every blind figure;
 * - holdout8: blind during round 7 (scored once before and once after it), then the development set
 *   of round 8 (its errors were read and fixed as general rules, docs/analysers.md "Round 8"); in no
 *   training data of the scorer. p ≥ 0.85, r ≥ 0.75, under what it reaches now;
 * - holdout9: blind during round 8 (written by two writers given only the label definitions, scored
 *   once before and once after it), then the development set of round 9 (docs/analysers.md "Round
 *   9"); in no training data of the scorer. p ≥ 0.85, r ≥ 0.85, under what it reaches now;
 * - holdout10: blind during round 9 (scored once before and once after it), then the development
 *   set of round 10 (docs/analysers.md "Round 10"); in no training data of the scorer. p ≥ 0.8,
 *   r ≥ 0.85, under what it reaches now (promise precision is 0.829);
 * - holdout11: blind during round 10 (scored before and after it, and after the scorer's retraining
 *   on eleven files), then the development set of round 11 and training data of the scorer since.
 *   p ≥ 0.75, r ≥ 0.65, under what it reaches now (promise precision 0.795, premature-close recall
 *   0.667);
 * - holdout12: blind during round 11 (scored before and after it and after the scorer's retraining
 *   on twelve files), then the development set of round 12 and training data of the scorer since.
 *   p ≥ 0.85, r ≥ 0.85, under what it reaches now (premature-close precision 0.895, script-loop
 *   recall 0.882);
 * - holdout13: blind during round 12, then the development set of round 13 and training data of the
 *   scorer since. Its writers labelled agent, bot and system lines only, so a case number the
 *   customer types counts as a false alarm (docs/analysers.md "Round 13"). p ≥ 0.8, r ≥ 0.75, under
 *   what it reaches now (case-number precision 0.813, script-loop recall 0.769);
 * - holdout14: blind during rounds 12 and 13 (cant-help 0.800 / 0.667 after round 13), then the
 *   development set of round 14 and training data of the scorer since. p ≥ 0.85, r ≥ 0.75, under
 *   what it reaches now (upsell-assent precision 0.900, script-loop recall 0.786);
 * - holdout15: blind, written during round 13, scored after rounds 13 and 14; errors unread, in no
 *   training data. p ≥ 0.75, r ≥ 0.4, under its blind figures (cant-help 0.778 / 0.438);
 * - holdout16: blind during round 14 (transfer precision 0.771, script-loop recall 0.667), then the
 *   development set of round 15 (not in the scorer's training data: round 15 did not retrain it).
 *   p ≥ 0.85, r ≥ 0.85, under what it reaches now (premature-close precision 0.929, upsell-offer
 *   recall 0.893; transfer precision 0.771 → 1.000 in round 16);
 * - holdout17: blind, written during round 14, scored before and after rounds 14, 15 and 16; errors
 *   unread, in no training data. p ≥ 0.85, r ≥ 0.7 (after round 16: transfer precision 0.893,
 *   script-loop recall 0.722; before it 0.806 and, for cant-help, 0.700);
 * - holdout18, holdout19: blind during round 15 (transfer precision 0.578 and 0.676), then the
 *   development set of round 16; in no training data. holdout18 p ≥ 0.7, r ≥ 0.75 (upsell-assent
 *   precision 0.769, cant-help recall 0.800); holdout19 p ≥ 0.6, r ≥ 0.75 (premature-close precision
 *   0.650, script-loop recall 0.783).
 * - holdout20, holdout21: blind during round 16 (written by four new writers), then the
 *   development set of round 17; in no training data. holdout20 p ≥ 0.75, r ≥ 0.7 (premature-close
 *   0.800 / 0.750 after round 17); holdout21 p ≥ 0.8, r ≥ 0.85 (premature-close precision 0.813,
 *   recall 0.867).
 * - holdout22, holdout23: blind during round 17 (written by four new writers), then the
 *   development set of round 18; in no training data. p ≥ 0.85, r ≥ 0.85 both (after round 18:
 *   holdout22 premature-close 0.882 / 0.882; holdout23 premature-close and promise precision
 *   0.889, cant-help recall 0.895).
 * - holdout24, holdout25: blind during round 18 (written by four new writers), then the
 *   development set of round 19; in no training data. p ≥ 0.85, r ≥ 0.85 both (after round 19:
 *   holdout24 upsell-assent precision 0.909, premature-close recall 0.929; holdout25 script-loop
 *   recall 0.857).
 * - holdout26, holdout27: blind during round 19 (written by four new writers), then the
 *   development set of round 20; in no training data. holdout26 p ≥ 0.9, r ≥ 0.7 (after round 20:
 *   premature-close recall 0.737, five "anything else?" after a pending fix or a "no" that its
 *   writer labels and the other files mostly do not); holdout27 p ≥ 0.85, r ≥ 0.85 (upsell-offer
 *   precision 0.931, premature-close 0.941 / 0.941).
 * - holdout28, holdout29: blind during round 20 (written by four new writers), then the
 *   development set of round 21; in no training data. p ≥ 0.9, r ≥ 0.75 both (after round 21:
 *   holdout28 premature-close 0.923 / 0.800; holdout29 premature-close 0.923 / 0.800, script-loop
 *   recall 0.762).
 * - holdout30, holdout31: blind during round 21 (written by four new writers), then the
 *   development set of round 22; in no training data. p ≥ 0.8, r ≥ 0.85 both (after round 22:
 *   upsell-assent precision 0.833 in both, holdout30 script-loop recall 0.857, holdout31
 *   premature-close 0.882 / 0.882).
 * - holdout32, holdout33: blind during round 22 (written by four new writers), then the
 *   development set of round 23; in no training data. holdout32 p ≥ 0.75, r ≥ 0.8 (after round 23:
 *   premature-close 0.765 / 0.813); holdout33 p ≥ 0.9, r ≥ 0.9 (premature-close 0.933 / 0.933,
 *   script-loop recall 0.952).
 * - holdout34, holdout35: blind during round 23 (written by four new writers), then the
 *   development set of round 24; in no training data. holdout34 p ≥ 0.8, r ≥ 0.8 (after round 24:
 *   premature-close 0.813 / 0.813); holdout35 p ≥ 0.9, r ≥ 0.85 (upsell-assent precision 0.917,
 *   premature-close recall 0.875, upsell-offer recall 0.889).
 * - holdout36, holdout37: blind during round 24 (written by four new writers), then the
 *   development set of round 25; in no training data. holdout36 p ≥ 0.85, r ≥ 0.6 (after round 25:
 *   upsell-assent 0.900 / 0.818, premature-close recall 0.625); holdout37 p ≥ 0.85, r ≥ 0.8
 *   (premature-close precision 0.867, script-loop recall 0.842).
 * - holdout38, holdout39: blind during round 25 (written by four new writers), then the
 *   development set of round 26; in no training data. holdout38 p ≥ 0.8, r ≥ 0.85 (after round 26:
 *   upsell-assent precision 0.818, premature-close 0.867 / 0.867); holdout39 p ≥ 0.85, r ≥ 0.8
 *   (premature-close precision 0.875, script-loop recall 0.810).
 * - holdout40, holdout41: blind during round 26 (written by four new writers), then the
 *   development set of round 27; in no training data. holdout40 p ≥ 0.85, r ≥ 0.9 (after round 27:
 *   premature-close precision 0.895, cant-help recall 0.947); holdout41 p ≥ 0.8, r ≥ 0.7
 *   (premature-close 0.857 / 0.750, the writers' convention on closes after a declined offer).
 * - holdout42, holdout43: blind during round 27 (four new writers, docs/corpus-brief.md), then the
 *   development set of round 28; in no training data. holdout42 p ≥ 0.85, r ≥ 0.85 (after round 28:
 *   premature-close 0.875 / 0.875); holdout43 p ≥ 0.85, r ≥ 0.8 (premature-close 0.875 / 0.824).
 * - holdout44, holdout45: blind during round 28 (four new writers, docs/corpus-brief.md), then the
 *   development set of round 29; in no training data. holdout44 p ≥ 0.9, r ≥ 0.8 (after round 29:
 *   script-loop recall 0.846, premature-close precision 0.947); holdout45 p ≥ 0.9, r ≥ 0.9
 *   (cant-help precision 0.913, promise recall 0.918).
 * - holdout46, holdout47: blind during round 29 (four new writers, docs/corpus-brief.md), then the
 *   development set of round 30; in no training data. holdout46 p ≥ 0.85, r ≥ 0.9 (after round 30:
 *   premature-close 0.889 / 0.941); holdout47 p ≥ 0.85, r ≥ 0.7 (premature-close recall 0.706,
 *   script-loop recall 0.800, promise precision 0.893).
 * - holdout48, holdout49: blind during round 30 (four new writers, docs/corpus-brief.md), then the
 *   development set of round 31; in no training data. holdout48 p ≥ 0.85, r ≥ 0.9 (after round 31:
 *   script-loop precision 0.897, premature-close 0.900 / 0.900); holdout49 p ≥ 0.85, r ≥ 0.9
 *   (premature-close precision 0.850, cant-help precision 0.870, promise recall 0.926).
 * - holdout50, holdout51: blind during round 31 (four new writers, docs/corpus-brief.md), then the
 *   development set of round 32; in no training data. holdout50 p ≥ 0.9, r ≥ 0.85 (after round 32:
 *   promise precision 0.912, script-loop recall 0.875); holdout51 p ≥ 0.9, r ≥ 0.9 (promise
 *   precision 0.909, cant-help recall 0.909, upsell-assent recall 0.909).
 * - holdout52, holdout53: blind during round 32 (four new writers, docs/corpus-brief.md), then the
 *   development set of round 33; in no training data. holdout52 p ≥ 0.85, r ≥ 0.85 (after round 33:
 *   promise precision 0.864, script-loop recall 0.870); holdout53 p ≥ 0.9, r ≥ 0.75 (script-loop
 *   recall 0.792, promise precision 0.918).
 * - holdout54, holdout55: blind during round 33 (four new writers, docs/corpus-brief.md), then the
 *   development set of round 34; in no training data. holdout54 p ≥ 0.85, r ≥ 0.75 (after round 34:
 *   premature-close 0.889 / 0.762, promise precision 0.872); holdout55 p ≥ 0.9, r ≥ 0.85
 *   (script-loop recall 0.870, upsell-assent recall 0.917).
 * - holdout56, holdout57: blind during round 34 (four new writers, docs/corpus-brief.md, scored at
 *   7f65a05), then the development set of round 35; in no training data. holdout56 p ≥ 0.85, r ≥ 0.85
 *   (after round 35: premature-close precision 0.895, cant-help recall 0.875); holdout57 p ≥ 0.8,
 *   r ≥ 0.75 (promise precision 0.833, script-loop recall 0.760).
 * - holdout58, holdout59: blind during round 35 (four new writers, docs/corpus-brief.md, scored at
 *   6c0330a), then the development set of round 36; in no training data. holdout58 p ≥ 0.8, r ≥ 0.75
 *   (after round 36: premature-close precision 0.810, script-loop recall 0.773); holdout59 p ≥ 0.8,
 *   r ≥ 0.85 (promise precision 0.846, script-loop recall 0.875).
 * - holdout60, holdout61: blind, written during round 36 by four new writers from
 *   docs/corpus-brief.md, scored before its rules (at 1294862); errors unread, in no training data.
 *   holdout60 p ≥ 0.75, r ≥ 0.75 (premature-close 0.778 / 0.778, script-loop recall 0.773);
 *   holdout61 p ≥ 0.8, r ≥ 0.75 (premature-close precision 0.833, script-loop recall 0.792).
 * - holdout62, holdout63: blind, written during round 37 by four new writers from
 *   docs/corpus-brief.md, scored at the round's pre-registration (7993475, the scorer as shipped);
 *   errors unread then, in no training data; the development set of round 39. holdout62 p ≥ 0.8,
 *   r ≥ 0.4 blind (upsell-assent 0.833 / 0.417), p ≥ 0.9, r ≥ 0.8 after round 39 (script-loop 0.913 /
 *   0.840); holdout63 p ≥ 0.8, r ≥ 0.65 blind and after (promise precision 0.833, script-loop recall
 *   0.690).
 * - holdout64, holdout65: blind, written during round 38 by four new writers from
 *   docs/corpus-brief.md, scored at the round's pre-registration (fe2ddc1, the scorer's tables as
 *   shipped); errors unread, in no training data. holdout64 p ≥ 0.8, r ≥ 0.85 (upsell-assent
 *   precision 0.846, promise recall 0.887); holdout65 p ≥ 0.85, r ≥ 0.6 (premature-close precision
 *   0.889, upsell-assent recall 0.636).
 * - holdout66, holdout67: blind, written during round 39 by four new writers from
 *   docs/corpus-brief.md, scored at the round's pre-registration (d42e8a4); errors unread, in no
 *   training data. holdout66 p ≥ 0.9, r ≥ 0.65 (case-number precision 0.941, upsell-assent recall
 *   0.692); holdout67 p ≥ 0.8, r ≥ 0.6 (premature-close 0.813 / 0.684, upsell-assent recall 0.636).
 */
const SETS = [
  { file: 'train.jsonl', p: 0.9, r: 0.85 },
  { file: 'holdout.jsonl', p: 0.8, r: 0.85 },
  { file: 'holdout2.jsonl', p: 0.9, r: 0.75 },
  { file: 'holdout3.jsonl', p: 0.9, r: 0.8 },
  { file: 'holdout4.jsonl', p: 0.9, r: 0.85 },
  { file: 'holdout5.jsonl', p: 0.8, r: 0.85 },
  { file: 'holdout6.jsonl', p: 0.85, r: 0.9 },
  { file: 'holdout7.jsonl', p: 0.6, r: 0.55 },
  { file: 'holdout8.jsonl', p: 0.85, r: 0.75 },
  { file: 'holdout9.jsonl', p: 0.85, r: 0.85 },
  { file: 'holdout10.jsonl', p: 0.8, r: 0.85 },
  { file: 'holdout11.jsonl', p: 0.75, r: 0.65 },
  { file: 'holdout12.jsonl', p: 0.85, r: 0.85 },
  { file: 'holdout13.jsonl', p: 0.8, r: 0.75 },
  { file: 'holdout14.jsonl', p: 0.85, r: 0.75 },
  { file: 'holdout15.jsonl', p: 0.75, r: 0.4 },
  { file: 'holdout16.jsonl', p: 0.85, r: 0.85 },
  { file: 'holdout17.jsonl', p: 0.85, r: 0.7 },
  { file: 'holdout18.jsonl', p: 0.7, r: 0.75 },
  { file: 'holdout19.jsonl', p: 0.6, r: 0.75 },
  { file: 'holdout20.jsonl', p: 0.75, r: 0.7 },
  { file: 'holdout21.jsonl', p: 0.8, r: 0.85 },
  { file: 'holdout22.jsonl', p: 0.85, r: 0.85 },
  { file: 'holdout23.jsonl', p: 0.85, r: 0.85 },
  { file: 'holdout24.jsonl', p: 0.85, r: 0.85 },
  { file: 'holdout25.jsonl', p: 0.85, r: 0.85 },
  { file: 'holdout26.jsonl', p: 0.9, r: 0.7 },
  { file: 'holdout27.jsonl', p: 0.85, r: 0.85 },
  { file: 'holdout28.jsonl', p: 0.9, r: 0.75 },
  { file: 'holdout29.jsonl', p: 0.9, r: 0.75 },
  { file: 'holdout30.jsonl', p: 0.8, r: 0.85 },
  { file: 'holdout31.jsonl', p: 0.8, r: 0.85 },
  { file: 'holdout32.jsonl', p: 0.75, r: 0.8 },
  { file: 'holdout33.jsonl', p: 0.9, r: 0.9 },
  { file: 'holdout34.jsonl', p: 0.8, r: 0.8 },
  { file: 'holdout35.jsonl', p: 0.9, r: 0.85 },
  { file: 'holdout36.jsonl', p: 0.85, r: 0.6 },
  { file: 'holdout37.jsonl', p: 0.85, r: 0.8 },
  { file: 'holdout38.jsonl', p: 0.8, r: 0.85 },
  { file: 'holdout39.jsonl', p: 0.85, r: 0.8 },
  { file: 'holdout40.jsonl', p: 0.85, r: 0.9 },
  { file: 'holdout41.jsonl', p: 0.8, r: 0.7 },
  { file: 'holdout42.jsonl', p: 0.85, r: 0.85 },
  { file: 'holdout43.jsonl', p: 0.85, r: 0.8 },
  { file: 'holdout44.jsonl', p: 0.9, r: 0.8 },
  { file: 'holdout45.jsonl', p: 0.9, r: 0.9 },
  { file: 'holdout46.jsonl', p: 0.85, r: 0.9 },
  { file: 'holdout47.jsonl', p: 0.85, r: 0.7 },
  { file: 'holdout48.jsonl', p: 0.85, r: 0.9 },
  { file: 'holdout49.jsonl', p: 0.85, r: 0.9 },
  { file: 'holdout50.jsonl', p: 0.9, r: 0.85 },
  { file: 'holdout51.jsonl', p: 0.9, r: 0.9 },
  { file: 'holdout52.jsonl', p: 0.85, r: 0.85 },
  { file: 'holdout53.jsonl', p: 0.9, r: 0.75 },
  { file: 'holdout54.jsonl', p: 0.85, r: 0.75 },
  { file: 'holdout55.jsonl', p: 0.9, r: 0.85 },
  { file: 'holdout56.jsonl', p: 0.85, r: 0.85 },
  { file: 'holdout57.jsonl', p: 0.8, r: 0.75 },
  { file: 'holdout58.jsonl', p: 0.8, r: 0.75 },
  { file: 'holdout59.jsonl', p: 0.8, r: 0.85 },
  { file: 'holdout60.jsonl', p: 0.75, r: 0.75 },
  { file: 'holdout61.jsonl', p: 0.8, r: 0.75 },
  { file: 'holdout62.jsonl', p: 0.9, r: 0.8 },
  { file: 'holdout63.jsonl', p: 0.8, r: 0.65 },
  { file: 'holdout64.jsonl', p: 0.8, r: 0.85 },
  { file: 'holdout65.jsonl', p: 0.85, r: 0.6 },
  { file: 'holdout66.jsonl', p: 0.9, r: 0.65 },
  { file: 'holdout67.jsonl', p: 0.8, r: 0.6 },
] as const;

describe.each(SETS)('$file', ({ file, p, r }) => {
  const convs = load(file);
  const result = evaluate(convs, analyse);

  test('is a real corpus: every label present', () => {
    for (const l of LABELS) expect(convs.some((c) => c.labels.some((x) => x.label === l)), l).toBe(true);
  });

  test(`every label: precision ≥ ${p}, recall ≥ ${r}`, () => {
    console.log(`${file}: ${result.conversations} conversations, ${result.messages} messages\n${formatTable(result)}`);
    for (const l of LABELS) {
      expect(result.labels[l].p, `${l} precision`).toBeGreaterThanOrEqual(p);
      expect(result.labels[l].r, `${l} recall`).toBeGreaterThanOrEqual(r);
    }
  });
});

test('the whole corpus is big enough: ≥ 60 conversations, ≥ 800 messages', () => {
  const all = SETS.flatMap((s) => load(s.file));
  expect(all.length).toBeGreaterThanOrEqual(60);
  expect(all.reduce((n, c) => n + c.messages.length, 0)).toBeGreaterThanOrEqual(800);
  expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
});
