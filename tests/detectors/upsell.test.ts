import type { Line } from '../../lib/detectors/types';
import { upsell } from '../../lib/detectors/upsell';

const A = (text: string, author = 'Priya'): Line => ({ role: 'agent', author, text });
const B = (text: string, author = 'Bot'): Line => ({ role: 'bot', author, text });
const C = (text: string): Line => ({ role: 'customer', author: null, text });
const labelsAtEnd = (lines: Line[]) =>
  upsell
    .analyse(lines)
    .filter((f) => f.i === lines.length - 1)
    .map((f) => f.label);

describe('upsell-offer', () => {
  test.each<[string, Line[]]>([
    [
      'add-on with a monthly price',
      [C('my bill is wrong'), A('Fixed! Would you like to add Cloud Backup for $2.99/mo?')],
    ],
    [
      'upgrade proposal',
      [C('slow wifi'), A('You could upgrade to Fiber 1000 for $20 more a month. Want me to do that?')],
    ],
    [
      'free trial that later charges',
      [C('where is my order'), B('Try Prime+ free for 30 days, then $8.99/month. Interested?')],
    ],
    [
      'discount needing a longer contract',
      [
        C('I want to cancel'),
        A('I can offer 20% off if you sign a new 24-month contract. Would you be interested?'),
      ],
    ],
    [
      'switch to annual',
      [
        C('billing question'),
        A('If you like, you can switch to annual billing and save 15%. Shall I set that up?'),
      ],
    ],
    [
      'eligibility pitch',
      [
        C('hi'),
        A(
          "Good news, you're pre-approved for our Gold card with no fee the first year. Want me to start the application?",
        ),
      ],
    ],
    [
      'warranty on a purchase',
      [C('it shipped, thanks'), A('Do you want to add a 3-year warranty to that TV for $129?')],
    ],
    [
      'renewal with extra coverage',
      [
        C('renewal question'),
        A('For $4 a month I can add roadside assistance at renewal. Would you like that?'),
      ],
    ],
    [
      'if you would like, I can',
      [C('hi'), A("If you'd like, I can move you to the Plus tier for $8 more a month.")],
    ],
    [
      'related but different from what was asked',
      [
        C('can I get a loaner car?'),
        A('No, sorry.'),
        C('ok'),
        A('For $5/month I can add loaner transport cover to your policy. Would you like that?'),
      ],
    ],
    [
      'answers one request, sells another',
      [
        C('can I get an extra towel?'),
        A('Absolutely, done. For $20 I could also upgrade you to a suite, would you like that?'),
      ],
    ],
    [
      'German offer',
      [
        C('kündigen'),
        A('Ich kann Ihnen 20 GB mehr für 3 € im Monat anbieten, wenn Sie verlängern. Interesse?'),
      ],
    ],
  ])('fires: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).toContain('upsell-offer');
  });

  test.each<[string, Line[]]>([
    [
      'refund offered',
      [C('charged twice'), A('Would you like me to refund the duplicate $19.99 to your card?')],
    ],
    [
      'credit applied',
      [C('outage all week'), A("I've added a $15 credit for the outage. Would you like anything else?")],
    ],
    ['replacement at no cost', [C('arrived broken'), A('Would you like a replacement sent at no cost?')]],
    [
      'waived fee',
      [C('late fee?'), A("I've waived the $25 late fee. Would you like me to proceed with the payment?")],
    ],
    [
      'customer asked the price',
      [C('how much is the premium plan?'), A('Premium is $14.99/month. Would you like to switch?')],
    ],
    [
      'customer asked for the thing',
      [C('can I add a second line?'), A('Sure, a second line is $25/month. Want me to add it now?')],
    ],
    [
      'free program, nothing bought',
      [C('bills are uneven'), A('Our level billing plan is free to enroll — want me to sign you up?')],
    ],
    [
      'proposal to remove something',
      [
        C('why so expensive?'),
        A('Without the sports pack it would be $40 a month. Would you like me to remove it?'),
      ],
    ],
    [
      'ways to pay, not a product',
      [
        C('how do I pay the balance?'),
        A('You can get a money order at any branch, or I can take a card payment for a $3 fee.'),
      ],
    ],
    [
      'troubleshooting suggestion',
      [C('it does not load'), A('You can try clearing the cache, then reload the page.')],
    ],
    [
      'statement of plan details, no proposal',
      [C('why is it $80'), A('Your plan is $80 per month after the promo ended.')],
    ],
  ])('does not fire: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).not.toContain('upsell-offer');
  });
});

const offer = A('Would you like to add Device Care for $9/month?');

describe('upsell-assent', () => {
  test.each<[string, Line[]]>([
    ['yes right after the offer', [C('screen cracked'), offer, C('yes please')]],
    ['sure why not', [C('hi'), offer, C('sure why not')]],
    [
      'after a question about the offer',
      [C('hi'), offer, C('what does it cover'), A('Drops and spills, two claims a year.'), C('ok go ahead')],
    ],
    [
      'explicit after a hold',
      [
        C('hi'),
        offer,
        C('does it cover water?'),
        A('Can you hold a moment?'),
        C('yes'),
        A('Thanks for holding, it does.'),
        C("alright, let's do the Device Care"),
      ],
    ],
    ['sign me up', [C('hi'), offer, C('ok sign me up')]],
  ])('fires: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).toContain('upsell-assent');
  });

  test.each<[string, Line[]]>([
    ['yes to a hold question', [C('hi'), offer, C('hmm'), A('May I place you on a brief hold?'), C('yes')]],
    [
      'yes to verification',
      [C('hi'), offer, C('maybe'), A('Can you confirm your date of birth?'), C('yes, 01/02/1980')],
    ],
    ['declined then ok', [C('hi'), offer, C('no thanks'), A('No problem. Your ticket is 12345.'), C('ok')]],
    ['defers', [C('hi'), offer, C("ok I'll think about it")]],
    ['a question that starts with ok', [C('hi'), offer, C('ok how do I add it later?')]],
    ['no offer at all', [C('hi'), A('I have reset your password.'), C('ok thanks')]],
    [
      'asked-for product is not an offer',
      [C('can I add a line?'), A('Yes, $20/month. Want me to add it?'), C('yes')],
    ],
  ])('does not fire: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).not.toContain('upsell-assent');
  });
});
