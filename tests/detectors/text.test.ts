import { hasDigits, normWords, sentences } from '../../lib/detectors/text';

// Contractions typed without their apostrophe, restored for every analyser (round 12; "dont" and
// "ill" since session 14, where no other reading of the word fits).
describe('normWords', () => {
  test.each<[string, string]>([
    ['i cant change that', "i can't change that"],
    ['thats fine', "that's fine"],
    ['i dont have access to remove fraud blocks', "i don't have access to remove fraud blocks"],
    ['we dont offer that', "we don't offer that"],
    ['understood. ill call you at the number on file', "understood. i'll call you at the number on file"],
    ['Ill send it over now', "i'll send it over now"],
    // French "dont" and English "ill" stay what they are
    ['le forfait dont je parle', 'le forfait dont je parle'],
    ["i'm ill today, can we talk tomorrow", "i'm ill today, can we talk tomorrow"],
    ['my son is ill', 'my son is ill'],
  ])('%s', (text, want) => {
    expect(normWords(text)).toBe(want);
  });
});

describe('sentences (round 19)', () => {
  test.each<[string, string[]]>([
    [
      'kontosperren werden geprüft. ich verbinde dich.',
      ['kontosperren werden geprüft.', 'ich verbinde dich.'],
    ],
    ['the unit is 6 ft. wide. it ships monday.', ['the unit is 6 ft. wide.', 'it ships monday.']],
    ['ask dr. lee. she knows.', ['ask dr. lee.', 'she knows.']],
  ])('%s', (text, out) => {
    expect(sentences(text)).toEqual(out);
  });
});

describe('sentences (round 21): dotted initials end no sentence', () => {
  test.each<[string, string[]]>([
    [
      'als u nu verlengt (12 maanden i.p.v. 10), krijgt u 5% korting. zal ik dat doen?',
      ['als u nu verlengt (12 maanden i.p.v. 10), krijgt u 5% korting.', 'zal ik dat doen?'],
    ],
    ['bring an id, e.g. a passport. thanks.', ['bring an id, e.g. a passport.', 'thanks.']],
    ['we chose plan b. it ships monday.', ['we chose plan b.', 'it ships monday.']],
  ])('%s', (text, out) => {
    expect(sentences(text)).toEqual(out);
  });
});
describe('sentences, round 27', () => {
  test("a German date's ordinal dot ends no sentence", () => {
    expect(sentences('Am Donnerstag, 14. März, um 10:30 Uhr wäre frei. Passt das?')).toEqual([
      'Am Donnerstag, 14. März, um 10:30 Uhr wäre frei.',
      'Passt das?',
    ]);
  });
  test('a number before another word still ends one', () => {
    expect(sentences('Bitte wählen Sie 1. Danke.')).toEqual(['Bitte wählen Sie 1.', 'Danke.']);
  });
});

describe('hasDigits: what /(?:\\D*\\d){n}/ tested, without its backtracking', () => {
  test.each([
    ['', 3, false],
    ['12', 3, false],
    ['123', 3, true],
    ['case 1, ref 2 and 3', 3, true],
    ['CS-48213', 4, true],
    ['lk00927714pl', 4, true],
    ['db-prod-2', 4, false],
    ['١٢٣ Arabic-Indic digits are not \\d', 3, false],
    ['１２３ nor fullwidth ones', 3, false],
    ['x'.repeat(4000), 3, false],
  ])('%j, %i digits: %s', (text, n, want) => {
    expect(hasDigits(text, n)).toBe(want);
    expect(new RegExp(`(?:\\D*\\d){${n}}`).test(text)).toBe(want);
  });

  test('a 4,000-character line with two digits is read in linear time', () => {
    const text = `1 ${'a '.repeat(2000)}2`;
    const t = performance.now();
    for (let k = 0; k < 100; k++) hasDigits(text, 3);
    expect(performance.now() - t).toBeLessThan(100);
  });
});
