import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ANALYSERS, analyse, openOfferText, withScoredOffers } from '../../lib/detectors';
import { parseCorpus } from '../../lib/detectors/evaluate';
import {
  applyScorer,
  isEligible,
  isScorerFinding,
  parseTable,
  probability,
  readsForeign,
  SCORED_LABELS,
  SCORER_MODES,
} from '../../lib/detectors/scorer';
import { messageFeatures } from '../../lib/detectors/scorer-features';
import { SCORER_TABLES } from '../../lib/detectors/scorer-weights';
import type { Line } from '../../lib/detectors/types';

const A = (text: string): Line => ({ role: 'agent', author: 'Jo', text });
const C = (text: string): Line => ({ role: 'customer', author: null, text });
const offerModel = parseTable(SCORER_TABLES['upsell-offer'] ?? 'bias\t0');
const rules = (lines: readonly Line[]) => ANALYSERS.flatMap((a) => a.analyse(lines));
/** Probability of an offer for an agent line answering a plain question. */
const pOffer = (text: string) => {
  const lines = [C('hi, my internet keeps dropping'), A(text)];
  return probability(offerModel, messageFeatures(lines, [[], []])[1]!);
};
const scorerOffer = (line: Line) =>
  analyse([C('hi, my internet keeps dropping'), line]).find((f) => f.i === 1 && f.label === 'upsell-offer');

describe('learned scorer: the generated module', () => {
  test('a table for every integrated label and a mode for every table', () => {
    expect(Object.keys(SCORER_TABLES).sort()).toEqual(Object.keys(SCORER_MODES).sort());
    for (const l of Object.keys(SCORER_MODES)) expect(SCORED_LABELS).toContain(l);
  });

  test('small, and says how it was made', () => {
    const file = join(__dirname, '../../lib/detectors/scorer-weights.ts');
    // Three or four tables of at most 5,000 features (round 10 had four, 307 KB; round 11 three,
    // 230 KB). The bound catches a table that stops being pruned, not a label added.
    expect(statSync(file).size).toBeLessThan(400_000);
    // the command that made it: --write (trained and gated by CV) or --refit (round 37/38: tables refitted)
    expect(readFileSync(file, 'utf8')).toMatch(/npx tsx scripts\/train-scorer\.ts --(?:write|refit)\b/);
  });

  test.each([
    [
      'bias first, then features',
      'bias\t-25\nw:deal\t1234\nc: so \t-7',
      -0.0025,
      { 'w:deal': 0.1234, 'c: so ': -0.0007 },
    ],
    ['bias only', 'bias\t0', 0, {}],
  ])('parseTable: %s', (_name, table, bias, weights) => {
    expect(parseTable(table)).toEqual({ bias, weights });
  });
});

describe('learned scorer: probabilities', () => {
  test('deterministic and strictly between 0 and 1', () => {
    for (const t of ['Would you like our Gold plan for $5 more?', 'ok', '', '🙂']) {
      expect(pOffer(t)).toBe(pOffer(t));
      expect(pOffer(t)).toBeGreaterThan(0);
      expect(pOffer(t)).toBeLessThan(1);
    }
  });

  test.each([
    [
      'a tier at a discount, unprompted',
      "Since you're here, our Gold tier is 20% off this week if you'd like to switch.",
    ],
    [
      'a deal on a longer plan, with the ask',
      "Quick one before you go, we're running a deal on the annual plan: two months free. Want me to switch you over?",
    ],
  ])('high: %s', (_name, text) => {
    expect(pOffer(text)).toBeGreaterThan(0.7);
  });

  // Round 38: the offer table refitted on 58 files scores a bare promotion with no ask low (0.095;
  // the round-14 table gave it > 0.7). The readable files' promotions ask ("Shall I…?",
  // "Want it?"), almost without exception, so the model learned the ask. The rules find it, so the chat's findings are unchanged.
  test('a bare promotion with no ask: the rules find it, whatever the model says', () => {
    const line = A("Quick one before you go, we're running a deal on the annual plan: two months free.");
    const lines = [C('hi, my internet keeps dropping'), line];
    expect(rules(lines).some((f) => f.i === 1 && f.label === 'upsell-offer')).toBe(true);
    expect(analyse(lines).some((f) => f.i === 1 && f.label === 'upsell-offer')).toBe(true);
  });

  test.each([
    ['a credit for the trouble', "I've applied a $20 credit to your account for the trouble."],
    ['a free replacement', 'I can replace the faulty charger free of charge.'],
    ['the plan the customer asked about', 'The Pro plan you asked about costs $30 a month.'],
    ['an order number', 'Your order number is 55123 and it ships tomorrow.'],
    ['an apology and a fix time', "I'm sorry about the outage, it should be fixed by 6pm."],
    ['a verification question', 'Can you tell me the email on the account?'],
  ])('low: %s', (_name, text) => {
    expect(pOffer(text)).toBeLessThan(0.1);
  });

  test('only the company side can offer, only the customer can assent', () => {
    expect(isEligible('upsell-offer', 'customer')).toBe(false);
    expect(isEligible('upsell-offer', 'bot')).toBe(true);
    expect(isEligible('upsell-assent', 'customer')).toBe(true);
    expect(isEligible('cant-help', 'system')).toBe(false);
  });
});

describe('learned scorer: integrated into analyse()', () => {
  test.each([
    [
      'a discounted tier the rules miss',
      A("Since you're here, our Gold tier is 20% off this week if you'd like to switch."),
    ],
  ])('adds: %s', (_name, line) => {
    expect(rules([C('hi, my internet keeps dropping'), line]).some((f) => f.label === 'upsell-offer')).toBe(
      false,
    );
    expect(scorerOffer(line)?.evidence).toMatch(/^learned scorer (?:0\.\d\d|1\.00): /);
  });

  test.each([
    ['a credit', A("I've applied a $20 credit to your account for the trouble.")],
    ['a free replacement', A('I can replace the faulty charger free of charge.')],
    [
      'a customer naming a deal',
      C("Since you're here, is the Gold tier 20% off this week? I'd like to switch."),
    ],
    ['a verification question', A('Can you tell me the email on the account?')],
  ])('does not add: %s', (_name, line) => {
    expect(scorerOffer(line)).toBeUndefined();
  });

  test('never drops what the rules found (the offer mode only adds)', () => {
    const lines = [C('hi'), A('We also have an extended warranty, only $4 a month. Shall I add it?')];
    const ruled = rules(lines).filter((f) => f.label === 'upsell-offer');
    expect(ruled.length).toBe(1);
    expect(analyse(lines).filter((f) => f.label === 'upsell-offer')).toEqual(ruled);
  });
});

describe('learned scorer: invariants', () => {
  const train = parseCorpus(readFileSync(join(__dirname, '../corpus/train.jsonl'), 'utf8'));
  const samples: Line[][] = [
    ...train.slice(0, 12).map((c) => c.messages),
    [
      C('my bill went up'),
      A("Since you're here, our Gold tier is 20% off this week if you'd like to switch."),
      C('no thanks'),
      A("I'm sorry, I can't change the price."),
    ],
    [
      C('my bill went up'),
      A('While you are here, our Platinum bundle adds unlimited data for just $10 more a month.'),
      C('yes please'),
      A('Done! Anything else I can help with?'),
    ],
    [{ role: 'system', author: null, text: '' }, A('   '), C('????')],
  ];

  test('empty transcript → no findings', () => {
    expect(applyScorer([], [])).toEqual([]);
    expect(messageFeatures([], [])).toEqual([]);
  });

  test('same input → same output', () => {
    for (const lines of samples) {
      const frozen = Object.freeze(lines.map((l) => Object.freeze({ ...l })));
      expect(analyse(frozen)).toEqual(analyse(frozen));
      expect(messageFeatures(frozen, [])).toEqual(messageFeatures(frozen, []));
    }
  });

  test('prefix stability: appending messages never changes findings or features for earlier ones', () => {
    for (const lines of samples) {
      const full = analyse(lines);
      const feats = messageFeatures(lines, []);
      for (let k = 0; k <= lines.length; k++) {
        const prefix = lines.slice(0, k);
        expect(analyse(prefix)).toEqual(full.filter((f) => f.i < k));
        expect(messageFeatures(prefix, [])).toEqual(feats.slice(0, k));
      }
    }
  });
});

describe('analyse(lines, { from }): the background scores only the lines a pass adds', () => {
  const convs = ['train.jsonl', 'holdout5.jsonl', 'holdout6.jsonl'].flatMap((f) =>
    parseCorpus(readFileSync(join(__dirname, '../corpus', f), 'utf8')),
  );
  test.each([1, 5, 12])('findings from line %i on are those of a full pass', (from) => {
    for (const c of convs) {
      const lines: Line[] = c.messages.map((m) => ({ role: m.role, author: m.author, text: m.text }));
      const all = analyse(lines).filter((f) => f.i >= from);
      const part = analyse(lines, { from }).filter((f) => f.i >= from);
      expect(part, c.id).toEqual(all);
    }
  });

  test('lines before `from` are scored only for offers and assents (they open and close offers later lines answer)', () => {
    const lines = [
      C('My internet keeps dropping.'),
      A('While you are here, our Platinum bundle adds unlimited data for just $10 more a month.'),
      C('yes please'),
    ];
    const found = (from: number) =>
      analyse(lines, { from })
        .filter((f) => f.label.startsWith('upsell'))
        .map((f) => [f.i, f.label]);
    // the rules miss this pitch; the scorer does not, and the customer's yes accepts it
    for (const from of [0, 1, 2, 3]) {
      expect(found(from)).toEqual([
        [1, 'upsell-offer'],
        [2, 'upsell-assent'],
      ]);
    }
  });
});

describe('offers the scorer adds are open offers (round 6)', () => {
  const hi = C('hi, my broadband keeps cutting out in the evenings');
  const fixed = A("Sorry about that, I've reset the line from our side.");
  // one the rules miss and the scorer finds (tested below), in a shape unlike the corpus lines
  const pitch = A("Since you're here, our Gold tier is 20% off this week if you'd like to switch.");
  const labels = (lines: readonly Line[]) =>
    analyse(lines)
      .filter(
        (f) => f.label === 'upsell-offer' || f.label === 'upsell-assent' || f.label === 'premature-close',
      )
      .map((f) => `${f.i}:${f.label}`);

  test("the offer is the scorer's, not the rules'", () => {
    expect(rules([hi, fixed, pitch]).some((f) => f.label === 'upsell-offer')).toBe(false);
    expect(
      analyse([hi, fixed, pitch]).find((f) => f.i === 2 && f.label === 'upsell-offer')?.evidence,
    ).toMatch(/^learned scorer /);
  });

  test.each([
    ['yes please', ['2:upsell-offer', '3:upsell-assent']],
    ['ok', ['2:upsell-offer', '3:upsell-assent']],
    ['sure, sign me up', ['2:upsell-offer', '3:upsell-assent']],
    ['go on then, switch me over', ['2:upsell-offer', '3:upsell-assent']],
  ])('assent: %s', (reply, want) => {
    expect(labels([hi, fixed, pitch, C(reply)])).toEqual(want);
  });

  test.each([
    ['no thanks', 'no thanks'],
    ['not right now', 'not right now'],
    ['a question first', 'how much would it be after this week?'],
  ])('no assent: %s', (_name, reply) => {
    expect(labels([hi, fixed, pitch, C(reply)])).toEqual(['2:upsell-offer']);
  });

  test('a decline closes it: a later yes to another question accepts nothing', () => {
    const lines = [
      hi,
      fixed,
      pitch,
      C('no thanks'),
      A('No problem. Can you check the router lights for me?'),
      C('yes'),
    ];
    expect(labels(lines)).toEqual(['2:upsell-offer']);
    expect(openOfferText(lines.slice(0, 3), analyse(lines.slice(0, 3)))).toBe(pitch.text);
    expect(openOfferText(lines.slice(0, 4), analyse(lines.slice(0, 4)))).toBeNull();
  });

  test("the open offer (popup, inline warning) is the scorer's until answered", () => {
    const lines = [hi, fixed, pitch];
    expect(openOfferText(lines, analyse(lines))).toBe(pitch.text);
    expect(openOfferText(lines, analyse(lines, { from: 2 }))).toBe(pitch.text);
    const answered = [...lines, C('yes please')];
    expect(openOfferText(answered, analyse(answered, { from: 3 }))).toBeNull();
  });

  /** holdout7 w028's first eight lines: an offer (6) and an assent only the scorer finds (7). */
  const w028Opening = (): Line[] =>
    parseCorpus(readFileSync(join(__dirname, '../corpus/holdout7.jsonl'), 'utf8'))
      .find((c) => c.id === 'w028')!
      .messages.slice(0, 8)
      .map((m) => ({ role: m.role, author: m.author ?? null, text: m.text }));

  // holdout7 w028: the rules miss this assent, the round 7 assent model finds it; before, the popup
  // and the inline warning kept showing the offer as open after the customer had accepted it
  test('an assent the scorer finds closes the open offer', () => {
    const lines = w028Opening();
    const found = analyse(lines);
    expect(found.some((f) => f.i === 7 && f.label === 'upsell-assent' && isScorerFinding(f))).toBe(true);
    expect(openOfferText(lines.slice(0, 7), analyse(lines.slice(0, 7)))).not.toBeNull();
    expect(openOfferText(lines, found)).toBeNull();
  });

  // w028 up to the scorer's assent (7), then two endings: before, the offer stayed open after that
  // assent, so a "yes" to the agent's go-ahead question was a second assent, and a new complaint
  // read as talk about the offer, so the agent's sign-off was not a premature close
  test.each([
    ['the go-ahead after it is not a second assent', ['Shall I go ahead and start it now?', 'yes'], []],
    [
      "a new complaint after it is the customer's problem: the sign-off is premature",
      [
        'Done! Your trial runs until 18 May.',
        'oh and my bill is wrong this month',
        'Thanks for contacting us, have a great day!',
      ],
      ['10:premature-close'],
    ],
  ])('after an assent the scorer finds, the offer is closed: %s', (_, more, want) => {
    const lines = w028Opening();
    for (const [k, text] of more.entries()) lines.push(k % 2 === 0 ? A(text) : C(text));
    const found = analyse(lines);
    expect(found.some((f) => f.i === 7 && f.label === 'upsell-assent' && isScorerFinding(f))).toBe(true);
    expect(labels(lines).filter((l) => Number(l.split(':')[0]) > 7)).toEqual(want);
    // a pass over the new lines alone agrees (the assent in its context lines is scored)
    for (const from of [8, lines.length - 1])
      expect(analyse(lines, { from }).filter((f) => f.i >= from)).toEqual(found.filter((f) => f.i >= from));
  });

  test('a scorer assent before the open offer does not accept it', () => {
    const lines = [hi, fixed, pitch];
    const earlier = { i: 1, label: 'upsell-assent' as const, evidence: 'learned scorer 0.90: earlier' };
    expect(openOfferText(lines, [...analyse(lines), earlier])).toBe(pitch.text);
  });

  test("while it is open, the customer's questions about it are not their problem", () => {
    const lines = [
      hi,
      fixed,
      C("thanks, that's working now"),
      pitch,
      C('what would it cost after this week?'),
      A('It goes back to $45 a month. Anything else I can help with today?'),
    ];
    expect(labels(lines)).toEqual(['3:upsell-offer']);
  });

  test('the offer model reads no rule finding, so adding offers cannot feed back into it', () => {
    const names = Object.keys(offerModel.weights);
    expect(names.filter((f) => f.startsWith('rule:') || f.startsWith('x:offer'))).toEqual([]);
  });
});

// Round 11 (holdout11 r003): the assent model scored a customer line as an assent after the offer
// had been declined. An assent needs an open offer: the scorer's are kept only where one is open.
describe('learned scorer: an assent needs an open offer', () => {
  const offer = A('Did you know you can add Sports Plus for $9.99/month? Want me to add it?');
  const scorerAssent = (i: number) => ({
    i,
    label: 'upsell-assent' as const,
    evidence: 'learned scorer 0.90: test',
  });
  const rules = (lines: Line[]) => ANALYSERS.flatMap((a) => a.analyse(lines));

  test('after a decline, a scorer assent is dropped', () => {
    const lines = [
      C('my tv is frozen'),
      offer,
      C('no. a human please'),
      A('Connecting you now.'),
      C('oh ok'),
    ];
    const kept = withScoredOffers(lines, [...rules(lines), scorerAssent(4)]);
    expect(kept.some((f) => f.label === 'upsell-assent')).toBe(false);
  });

  test('while the offer is open, a scorer assent is kept', () => {
    const lines = [C('my tv is frozen'), offer, C('go on then')];
    const kept = withScoredOffers(
      lines,
      [...rules(lines), scorerAssent(2)].filter((f) => !(f.label === 'upsell-assent' && !isScorerFinding(f))),
    );
    expect(kept.filter((f) => f.label === 'upsell-assent').map((f) => f.i)).toEqual([2]);
  });
});

describe('round 13: no veto on lines in another language', () => {
  test.each([
    ['Italian', 'La chat è stata aperta e il corriere ripasserà giovedì per il ritiro.', true],
    ['Spanish', 'Los 40 € se devolverán a la tarjeta en un plazo de 10 días.', true],
    ['English', 'The engineer will be there on Thursday and the refund is on its way.', false],
    ['English with a foreign name', 'Your order from La Casa del Té will arrive on Friday.', false],
  ])('%s: readsForeign is %s', (_name, text, foreign) => {
    expect(readsForeign(text as string)).toBe(foreign);
  });

  test('a promise the rules find on an Italian line stays, whatever the model says', () => {
    const lines = [
      C('ordine arrivato rotto'),
      A('Ti ho accreditato 24 € sul conto: lo troverai già scalato dalla prossima box.'),
    ];
    expect(rules(lines).some((f) => f.i === 1 && f.label === 'promise')).toBe(true);
    expect(analyse(lines).some((f) => f.i === 1 && f.label === 'promise')).toBe(true);
  });
});

// Round 20 (holdout26 za05): the scorer's offer on the agent's answer to "cuanto cuesta?" about the
// offer still open is about that offer, no new one.
describe('learned scorer: an answer about the open offer is no new offer', () => {
  const offer = A('Did you know you can add Sports Plus for $9.99/month? Want me to add it?');
  const scorerOffer = (i: number) => ({
    i,
    label: 'upsell-offer' as const,
    evidence: 'learned scorer 0.96: test',
  });
  const rules = (lines: Line[]) => ANALYSERS.flatMap((a) => a.analyse(lines));

  test.each<[string, string, boolean]>([
    ['after a question', 'and after the first year?', false],
    ['after no question', 'mmm', true],
  ])('%s', (_name, reply, kept) => {
    const lines = [
      C('ok gracias'),
      offer,
      C(reply),
      A('It would be $12.99 a month after the first year, on a 12-month contract.'),
    ];
    const out = withScoredOffers(lines, [...rules(lines), scorerOffer(3)]);
    expect(out.some((f) => f.i === 3 && f.label === 'upsell-offer')).toBe(kept);
  });
});

// Round 22: the scorer's offer on a line that says the customer asked for it earlier ("as you were
// asking about the … Saver earlier, I can open that for you") is what the customer asked for.
describe('learned scorer: what the customer asked about earlier is no new offer', () => {
  const scorerOffer = (i: number) => ({
    i,
    label: 'upsell-offer' as const,
    evidence: 'learned scorer 0.9: test',
  });
  const rules = (lines: Line[]) => ANALYSERS.flatMap((a) => a.analyse(lines));
  test.each<[string, string, boolean]>([
    [
      '"as you were asking about … earlier"',
      'Also, as you were asking about the 24-Month Fixed Saver earlier, I can open that for you today.',
      false,
    ],
    ['no such words', 'By the way, the 24-Month Fixed Saver pays 4.2% AER.', true],
  ])('%s', (_name, text, kept) => {
    const lines = [
      C('can i move money between my accounts?'),
      A('Yes, transfers between your own accounts are free.'),
      C('ok thanks'),
      A(text),
    ];
    const out = withScoredOffers(lines, [...rules(lines), scorerOffer(3)]);
    expect(out.some((f) => f.i === 3 && f.label === 'upsell-offer')).toBe(kept);
  });
});

describe('round 21: German lines read as foreign', () => {
  test('"Ja, die Kollegen haben Ihre Daten in spätestens 10 Minuten im System."', () => {
    expect(readsForeign('Ja, die Kollegen haben Ihre Daten in spätestens 10 Minuten im System.')).toBe(true);
  });
});

describe('round 22: Italian lines read as foreign', () => {
  test.each([
    ['"Mi dispiace, i resi non li posso gestire io."', 'Mi dispiace, i resi non li posso gestire io.', true],
    [
      'English with "non-refundable"',
      'Sorry, the deposit is non-refundable and I can not change that.',
      false,
    ],
  ])('%s', (_name, text, foreign) => {
    expect(readsForeign(text as string)).toBe(foreign);
  });
});

describe('round 23: Dutch lines read as foreign', () => {
  test.each([
    [
      '"Dat valt helaas buiten ons beleid, reiskosten vergoeden wij niet."',
      'Dat valt helaas buiten ons beleid, reiskosten vergoeden wij niet.',
      true,
    ],
    [
      'English with a Dutch brand name',
      'Your Van Dijk order will ship on Monday, and I can track it for you.',
      false,
    ],
  ])('%s', (_name, text, foreign) => {
    expect(readsForeign(text as string)).toBe(foreign);
  });
});

describe('round 23: a firm first-person promise is not vetoed', () => {
  test('"I\'ll escalate this to the team." stays a promise through the whole pipeline', () => {
    const lines: Line[] = [
      { role: 'customer', author: null, text: 'i paid for the licence but it never came through' },
      { role: 'agent', author: 'Sam', text: 'Can you confirm your email?' },
      { role: 'customer', author: null, text: 'sam@example.com' },
      {
        role: 'agent',
        author: 'Sam',
        text: "I can see a payment attempt but the licence wasn't issued. I'll escalate this to the team.",
      },
    ];
    expect(analyse(lines).some((f) => f.i === 3 && f.label === 'promise')).toBe(true);
  });
});

describe('round 25: Italian prepositions read as foreign', () => {
  test.each([
    [
      '"Le fatture … verranno inviate … appena risolto, al massimo entro giovedì."',
      'Le fatture in attesa verranno inviate automaticamente appena risolto, al massimo entro giovedì.',
      true,
    ],
    [
      'English with "al dente"',
      'Your pasta al dente kit will ship on Monday, and it comes with the sauce.',
      false,
    ],
  ])('%s', (_name, text, foreign) => {
    expect(readsForeign(text as string)).toBe(foreign);
  });
});
