import { analyse } from '../../lib/detectors';
import type { Line } from '../../lib/detectors/types';
import { trackOffers, upsell, upsellFindings } from '../../lib/detectors/upsell';

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
      'trial that later charges (streaming)',
      [
        C('the app keeps logging me out'),
        A(
          'Fixed. By the way, you can start a 7-day free trial of Ad-Free, then $4.99/month. Want to try it?',
        ),
      ],
    ],
    [
      'bundle (utility)',
      [
        C('my meter reading looks off'),
        A("I've corrected it. Would you be interested in our Home Energy Bundle for $12/month?"),
      ],
    ],
    [
      'priority support (SaaS)',
      [
        C('the export failed'),
        A("It's fixed now. For $49/month you could get Priority Support with a 1-hour response time."),
      ],
    ],
    [
      'annual billing switch',
      [
        C('where is my invoice'),
        A("I've resent it. You could save 20% by switching to annual billing, shall I switch you?"),
      ],
    ],
    [
      'contract extension for a discount (gym)',
      [
        C('I want to pause my membership'),
        A("I've paused it. If you extend to a 12-month contract I can lock in $5 off per month. Interested?"),
      ],
    ],
    [
      'device upgrade (telecom)',
      [
        C('my bill is wrong'),
        A(
          "Corrected. Also, you're eligible for a device upgrade to the Pixel 9 for $0 down on a 24-month installment plan.",
        ),
      ],
    ],
    [
      'premium tier (insurance)',
      [
        C('I need my ID card'),
        A('Sent! Would you like to upgrade to our Premium coverage for $9 more a month?'),
      ],
    ],
    [
      'I can add it for only $x',
      [C('my order is late'), A("It ships today. I can add express shipping for only $4.99 if you'd like.")],
    ],
    [
      'we have a promotion',
      [
        C('just checking my balance'),
        A(
          'Your balance is $0. We have a promotion right now: Disney+ for $1.99/month for 6 months. Want me to add it?',
        ),
      ],
    ],
    [
      'paid service pitched unprompted (auto)',
      [
        C('is my car ready?'),
        A('Yes. While it was in we noticed the wipers are worn, want us to replace them for $35?'),
      ],
    ],
    [
      'loaner asked for, protection plan offered',
      [
        C('can you give me a loaner?'),
        A(
          "We don't offer loaners. Though with our VoltCare+ plan, which you can add today for $89/year, repairs include a loaner unit.",
        ),
      ],
    ],
    [
      'asked for late checkout, sold a room upgrade',
      [
        C('can I get a late checkout?'),
        A(
          'Done, 2pm at no charge. For $35 per night I could also upgrade you to an ocean view king, would you like that?',
        ),
      ],
    ],
    [
      'asked about a debit limit, sold a loan',
      [
        C('I need to increase my debit card limit'),
        A(
          "I can't go above $5,000. You may qualify for an auto loan at 5.9% APR, want me to check your rate?",
        ),
      ],
    ],
    [
      'offer after a replacement in the sentence before',
      [C('it arrived broken'), A("I've sent a replacement. Would you like to add Device Care for $9/month?")],
    ],
    [
      'German offer',
      [
        C('kündigen'),
        A('Ich kann Ihnen 20 GB mehr für 3 € im Monat anbieten, wenn Sie verlängern. Interesse?'),
      ],
    ],
    // Round 2: commitment-for-discount, retention framing, other languages, category-named sentences.
    [
      'discount for a longer term',
      [
        C('thinking of cancelling my broadband'),
        A('Before you go, we could cut your bill to £24 if you commit to another 18 months. Tempted?'),
      ],
    ],
    [
      'renew early for a locked price',
      [
        C('my premium went up'),
        A('One thing I can do: if you renew for three years today we can freeze the price and knock 8% off.'),
      ],
    ],
    [
      'alternative to the refund',
      [
        C('refund my annual plan please'),
        A(
          'Before I process that refund, we could move you to the lifetime tier for $30 more. Would you like that instead?',
        ),
      ],
    ],
    [
      'annual billing after a plan change',
      [
        C('how do I get more boards?'),
        A(
          'Done, you are on Studio now. By the way, if you move to yearly billing it comes out 15% cheaper, want me to do that?',
        ),
      ],
    ],
    [
      'savings product when closing an account',
      [
        C('I want to close my savings, the rate is poor'),
        A('Understood. Our Easy Saver pays 3.9% if you move your money across, I could open it for you now?'),
      ],
    ],
    ['Portuguese', [C('obrigada!'), A('Posso incluir o seguro viagem no seu cartão? Custa R$ 12 por mês.')]],
    [
      'German',
      [
        C('danke'),
        A('Übrigens: Für 6,50 € im Monat bekommen Sie eine Geräteversicherung. Soll ich die hinzufügen?'),
      ],
    ],
    [
      'French',
      [C('merci'), A("Je peux aussi vous ajouter l'option Multi-écrans à 3,99 € par mois. Ça vous tente ?")],
    ],
    ['Spanish', [C('gracias'), A('¿Quiere que le active la tarifa Fibra 1 Gb por 9 € más al mes?')]],
    [
      'open to trying',
      [
        C('hi'),
        A('Would you be open to trying our meal plan? The first box is half price, then $59 a week.'),
      ],
    ],
    ['fancy adding', [C('hi'), A('Fancy adding a second line for £8 a month?')]],
    ['bundling', [C('hi'), A('Have you thought about bundling your home and auto? You would save 12%.')]],
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
    [
      'customer asked to extend (stemming)',
      [
        C('I need to extend my rental by 2 days'),
        C('ZC-4410298'),
        B('Your rental can be extended to Friday for $118.40. Shall I go ahead?'),
      ],
    ],
    [
      'customer asked to add a person (category)',
      [
        C('my daughter needs a phone plan, can i add her to mine? how much'),
        A(
          'Sure! Adding a line to your plan is $20/month with unlimited talk and 15GB of data. Do you want me to add the line now?',
        ),
      ],
    ],
    [
      'customer asked for faster internet',
      [C('can I get faster speeds?'), A('Yes, Fiber 1000 is $20 more per month. Want me to upgrade you?')],
    ],
    [
      'hold while adding notes',
      [C('ok'), A('Can I put you on a brief hold while I add notes to the ticket?')],
    ],
    [
      'paid repair of the reported fault',
      [C('my screen is cracked'), A('We can repair the screen for $129. Would you like to book that?')],
    ],
    [
      'apology discount',
      [
        C('the delivery was 3 hours late'),
        A('So sorry! Would you like 20% off your next order for the trouble?'),
      ],
    ],
    [
      'asks for a reference to add a note',
      [C('my parcel is lost'), A('Could you share the case number so I can add a note to it?')],
    ],
    [
      'offer to reach a person after quoting a charge',
      [
        C('why is my bill so high'),
        B('Your bill includes $212.50 of call charges. Would you like to chat with an advisor about them?'),
      ],
    ],
    [
      'option named in an answer, no price',
      [
        C('my flatmate keeps getting logged out of my account'),
        A("That's the one-home rule. He'd need his own login, or you can add him to your household."),
      ],
    ],
    [
      'remedy framed with before',
      [C('it broke'), A('Before I send the replacement, would you like it shipped to the same address?')],
    ],
    ['open to a callback', [C('my bill is wrong'), A('Would you be open to a quick callback tomorrow?')]],
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
    ['go ahead and add it', [C('hi'), offer, C('go ahead and add it')]],
    ['sure sign me up', [C('hi'), offer, C('sure sign me up')]],
    [
      'fine, do the 24 month one',
      [
        C('hi'),
        A('You could switch to a 12 or 24 month plan and save up to $10 a month. Interested?'),
        C('fine, do the 24 month one'),
      ],
    ],
    ["ok let's do that", [C('hi'), offer, C("ok let's do that")]],
    ['no problem, go ahead', [C('hi'), offer, C('no problem, go ahead')]],
    ['bare ok as the first reply to the offer', [C('hi'), offer, C('ok')]],
    [
      'go-ahead question after the offer',
      [C('hi'), offer, C('hmm'), A('Shall I go ahead and add it?'), C('yes')],
    ],
    [
      'after a hold, naming the offer',
      [
        C('hi'),
        offer,
        C('one sec'),
        A('Can I place you on hold?'),
        C('yes'),
        A('Thanks for holding.'),
        C('yes add the device care please'),
      ],
    ],
    [
      'put me on it after a question',
      [
        C('hi'),
        offer,
        C('is there a cheaper one?'),
        A('The basic cover is $6/month.'),
        C('right, put me on the basic one'),
      ],
    ],
    [
      'choosing an option with "then"',
      [
        C('hi'),
        offer,
        C('what about the two-year option?'),
        A('That one is $9/month.'),
        C('fine, the two-year one then'),
      ],
    ],
    ['French yes', [C('salut'), offer, C("d'accord, allez-y")]],
    ['Portuguese yes', [C('oi'), offer, C('sim, pode incluir')]],
    ['German yes', [C('hallo'), offer, C('Ja, gerne')]],
    ["I'll have it", [C('hi'), offer, C("I'll have it")]],
    [
      'go for the option named',
      [C('hi'), offer, C('what are the options'), A('12 or 24 months.'), C('go for the 12 month one')],
    ],
    ['that works', [C('hi'), offer, C('that works, thanks')]],
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
      'ok acknowledging an answer about the offer',
      [C('hi'), offer, C('what does it cover?'), A('Drops and spills, two claims a year.'), C('ok')],
    ],
    [
      'yes to verification after a question',
      [C('hi'), offer, C('hmm'), A('Can you confirm the last 4 of your SSN?'), C('yes 1234')],
    ],
    ['later is a decline', [C('hi'), offer, C("sure, I'll add it later")]],
    ['not right now', [C('hi'), offer, C('not right now, thanks')]],
    [
      'declined offer, then yes to another question',
      [C('hi'), offer, C('nah'), A('Would you like your receipt by email?'), C('yes please')],
    ],
    [
      'withdrawn offer',
      [
        C('hi'),
        offer,
        C('hmm'),
        A('Actually, never mind, that offer is no longer available for your plan.'),
        C('ok sure'),
      ],
    ],
    [
      'asked-for product is not an offer',
      [C('can I add a line?'), A('Yes, $20/month. Want me to add it?'), C('yes')],
    ],
    ['German no', [C('hallo'), offer, C('Nein danke, brauche ich nicht')]],
    ['French not now', [C('salut'), offer, C('pas pour le moment, merci')]],
    [
      'a day that works, after an answer',
      [C('x'), offer, C('when can the engineer come?'), A('Tuesday at 9am.'), C('Tuesday works for me')],
    ],
  ])('does not fire: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).not.toContain('upsell-assent');
  });
});

// Round 3: the scored rule (commercial object + proposal or segue), own phrasings across industries
// and languages, most of them shaped unlike any corpus line.
describe('upsell-offer, scored signals', () => {
  test.each<[string, Line[]]>([
    [
      'segue + per-period price, proposal in the next sentence',
      [
        C('thanks, the router works now'),
        A('Glad to hear it. Oh, and the Mesh Booster is £4.50 a month if the upstairs is patchy. Want one?'),
      ],
    ],
    [
      'recommendation with the price after it',
      [
        C('the site was down an hour'),
        A(
          "I'd suggest our Always-On hosting tier for a shop your size. It's 20% of your plan price, from $30.",
        ),
      ],
    ],
    [
      'free then paid, question after',
      [
        C('ok thanks'),
        A('We can give you Cloud Vault free for 14 days, then it is €2.99/month. Shall I switch it on?'),
      ],
    ],
    [
      'price per item with a tempt-you question',
      [C('seats booked, ta'), A('Could I interest you in a fast-track security pass too? £9 per person.')],
    ],
    [
      'what if I moved you',
      [C('too expensive, cancel'), A('What if we put you on the Lite bundle at $6/month instead?')],
    ],
    [
      'Spanish segue and discount',
      [
        C('vale, gracias'),
        A('Por cierto, el seguro de viaje anual tiene un 25% de descuento esta semana. ¿Te lo añado?'),
      ],
    ],
    [
      'Portuguese segue and price',
      [C('obrigado'), A('Já agora, o pacote Desporto Total custa só 7 € por mês. Quer que eu ative hoje?')],
    ],
    [
      'French segue and percent',
      [
        C('merci beaucoup'),
        A("D'ailleurs, l'abonnement Premium est à -30 % ce mois-ci. Voulez-vous en profiter ?"),
      ],
    ],
    [
      'German segue and card',
      [
        C('danke'),
        A(
          'Übrigens gibt es die Platin-Karte gerade ohne Jahresgebühr, danach 59 € im Jahr. Möchten Sie sie beantragen?',
        ),
      ],
    ],
    [
      'reserve tickets for you',
      [
        C('got it, thanks'),
        A('Just so you know, front-row seats for the matinee are $45 each. Want me to hold a pair?'),
      ],
    ],
    [
      'pencil you in, with a reduction word as a date',
      [
        C('ok'),
        A(
          'After your pause ends we run a 4-week yoga course for £60. Shall I book you in for when the pause is over?',
        ),
      ],
    ],
    [
      'customer asked for a credit about the same category',
      [
        C('can I get money off for the days the channels were out?'),
        A('Done, $5 credited.'),
        C('thanks'),
        A('While I have you, the Movie Pack is free for a month, then $9.99/mo. Would you like it?'),
      ],
    ],
  ])('fires: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).toContain('upsell-offer');
  });

  test.each<[string, Line[]]>([
    [
      'answering the customer with what they need',
      [
        C('how do I get my partner on my account?'),
        A("You'd need the Duo plan for that, it's $14/month. I can move you across whenever you like."),
      ],
    ],
    [
      'a hold question after a price',
      [
        C('billing is wrong'),
        A('I see the $30 charge on the Plus plan. Can I put you on hold for two minutes?'),
      ],
    ],
    [
      'purpose clause that adds paperwork',
      [C('my son will pick it up'), A('Could you give me his full name so I can add him as a collector?')],
    ],
    [
      'a remedy given, then anything else',
      [C('charged twice'), A("I've refunded the $12.99 duplicate. Would you like anything else today?")],
    ],
    [
      'segue about a remedy',
      [C('the parcel was late'), A('By the way, I have applied a £5 credit for the delay. Anything else?')],
    ],
    [
      'Spanish refund question',
      [C('me cobraron dos veces'), A('Por cierto, ¿quiere que le reembolse los 20 € a la tarjeta?')],
    ],
    [
      'price stated in an answer, no proposal',
      [C('what does the gold plan cost?'), A('The Gold plan is $25 per month, billed monthly.')],
    ],
    [
      'proposal to reduce',
      [
        C('money is tight'),
        A('By the way, I can pause your Plus membership for $0 for two months. Shall I pause it?'),
      ],
    ],
  ])('does not fire: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).not.toContain('upsell-offer');
  });
});

const pitch = A('Btw, the Family Pass is £12 a month and covers four of you. Fancy it?');

describe('upsell-assent, five languages', () => {
  test.each<[string, Line[]]>([
    ['English casual', [C('ok thanks'), pitch, C('go on then, put us on it')]],
    [
      'English after a question, naming the pass',
      [C('ok'), pitch, C('does it include kids?'), A('Yes, under 16s.'), C('sure, the family pass then')],
    ],
    ['Spanish', [C('vale'), pitch, C('sí, apúntame')]],
    ['Portuguese', [C('ok'), pitch, C('pode ser, quero')]],
    ['French', [C('ok'), pitch, C('oui, ça marche')]],
    ['German', [C('ok'), pitch, C('ja, machen wir')]],
  ])('fires: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).toContain('upsell-assent');
  });

  test.each<[string, Line[]]>([
    ['Spanish decline', [C('vale'), pitch, C('no, gracias, de momento no')]],
    ['Portuguese decline', [C('ok'), pitch, C('agora não, obrigado')]],
    ['French hedge', [C('ok'), pitch, C('je vais y réfléchir')]],
    ['German decline', [C('ok'), pitch, C('lieber nicht')]],
    ['English hedge', [C('ok'), pitch, C('maybe another time')]],
    ['question about the price', [C('ok'), pitch, C('is that per person?')]],
  ])('does not fire: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).not.toContain('upsell-assent');
  });
});

// Round 4 (after holdout5): structural forms of a pitch rather than new phrases.
describe('upsell-offer, round 4 forms', () => {
  test.each<[string, Line[]]>([
    [
      'the company presenting its own product with a price',
      [C('thanks, sorted'), A("We've got a family pass at £30 a month that covers all four of you.")],
    ],
    [
      'bare proposal points back at the pitch two sentences before',
      [
        C('ok thanks'),
        A(
          'The Explorer membership is £7 a month and includes free parking at every site. Entry for the kids is half price too. Want to join?',
        ),
      ],
    ],
    [
      'Portuguese "quer" + infinitive after the price',
      [C('obrigado'), A('O seguro de viagem fica em 12 € por semana e cobre cancelamentos. Quer contratar?')],
    ],
    [
      'Spanish "you can switch" with a segue and a price',
      [C('vale, gracias'), A('Por cierto, puedes pasarte a la tarifa Ilimitada por 5 € más al mes.')],
    ],
    [
      '"I can offer" and "for the price of"',
      [
        C('all working now'),
        A('Before you go, I can offer you three months for the price of two on the Pro plan.'),
      ],
    ],
    [
      'German compound discount word',
      [
        C('danke'),
        A('Übrigens gibt es gerade 20 % Treuerabatt auf das Jahresabo. Soll ich es Ihnen einrichten?'),
      ],
    ],
    [
      'French first month free, then paid',
      [
        C('merci'),
        A("Vous pourriez ajouter l'option Famille : le premier mois est offert, ensuite c'est 6 € par mois."),
      ],
    ],
    [
      'value argument in Spanish',
      [
        C('gracias'),
        A('Si viajas cada semana, te compensa el bono anual: 99 € y te olvidas. ¿Te lo activo?'),
      ],
    ],
    [
      'a question about coverage does not ask to change tier',
      [
        C('does my day pass cover Saturday?'),
        A(
          'Your Day pass covers weekdays only. The Flex pass is £40/mo and covers weekends. Want me to move you up?',
        ),
      ],
    ],
    [
      'a request for a credit asks for no product',
      [
        C('je voudrais un remboursement pour le stage'),
        A('Désolée, ce stage n’est pas remboursable.'),
        C('même pas un avoir ?'),
        A("Vous pourriez passer à notre formule en ligne, c'est 29 € par mois."),
      ],
    ],
    [
      'a commitment discount with a decimal price, then "any interest?"',
      [
        C('I want to leave'),
        A('Before you go, we could cut your fee to £14.50 if you stay another 12 months. Any interest?'),
      ],
    ],
  ])('fires: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).toContain('upsell-offer');
  });

  test.each<[string, Line[]]>([
    [
      'offering to explain a price rise',
      [C('my bill doubled'), A('Your plan went up to $80 a month in March. Want me to explain the change?')],
    ],
    [
      'relief from a payment is a remedy',
      [
        C('can you pause my payments?'),
        A(
          "I can put the loan in a 90-day deferment so you won't owe anything until June. Want me to do that?",
        ),
      ],
    ],
    [
      'a stated fee is not a pitch',
      [C('why the extra charge?'), A('We have a late fee of $25 on overdue invoices.')],
    ],
    [
      'the customer asked to change plan',
      [
        C('can I switch to a bigger plan?'),
        A('Sure, the Max plan is $30/month. Want me to switch you over?'),
      ],
    ],
    [
      'a bare "shall I?" after a pause offer',
      [C('I am travelling for a month'), A('I can pause your box for four weeks at no charge. Shall I?')],
    ],
  ])('does not fire: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).not.toContain('upsell-offer');
  });
});

describe('upsell-assent, round 4 forms', () => {
  test.each<[string, Line[]]>([
    ['hesitation is no yes', [C('ok'), pitch, C('not sure yet, my hours might change')]],
    ['an emphatic no', [C('ok'), pitch, C('definitely not')]],
  ])('does not fire: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).not.toContain('upsell-assent');
  });

  test.each<[string, Line[]]>([
    ['yes after a hesitation, naming it', [C('ok'), pitch, C('oh go on, yes, add the pass')]],
  ])('fires: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).toContain('upsell-assent');
  });
});

// Round 6 (after holdout6): the forms behind its misses, in other industries and wordings.
describe('upsell-offer, round 6 forms', () => {
  test.each<[string, Line[]]>([
    [
      'a segue opening the second sentence ("Done. Also, …") with an add-on made small',
      [
        C('can you move my delivery to Friday?'),
        A('Moved to Friday. Also, an extra crate of veg is only £4 a week.'),
      ],
    ],
    [
      '"what about" with a recurring charge, after a decline',
      [C('no thanks'), A('No worries. What about the Cloud Backup add-on at $2 a month?')],
    ],
    [
      'a price put with "if you need one?"',
      [C('great, booked'), A('All set. A child seat is €5 per day if you need one?')],
    ],
    [
      'cover for future repairs is a product, not a fix',
      [
        C('the boiler engineer cost me a fortune'),
        A(
          "While I've got you, our BoilerCare plan is £9 a month and would cover the repair next time. Shall I set it up?",
        ),
      ],
    ],
    [
      'a paid plan answering a request for a temporary exception',
      [
        C('can you lift the storage cap temporarily?'),
        A(
          'The cap is fixed on Basic, but the Team plan has 2 TB and is $20/mo more. I can move you over today.',
        ),
      ],
    ],
  ])('fires: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).toContain('upsell-offer');
  });

  test.each<[string, Line[]]>([
    [
      '"what about" a bill, no recurring charge',
      [C('my bill is wrong'), A('I see two charges. What about the $50 one, do you recognise it?')],
    ],
    [
      'a second to check is no add-on',
      [C('where is my parcel?'), A('Give me a second while I check, is it the £40 order?')],
    ],
    [
      'a request for an exception, then no sale',
      [C('can you waive the fee just this once?'), A('I can waive it this time, no problem.')],
    ],
    [
      'an extra charge stated, nothing proposed',
      [C('why is it higher?'), A('There was an extra charge of $6 for the late return.')],
    ],
    [
      'a repair under warranty, customer asked',
      [
        C('my screen cracked, can you repair it?'),
        A('Yes, the repair is covered, I can book it for Tuesday.'),
      ],
    ],
  ])('does not fire: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).not.toContain('upsell-offer');
  });
});

describe('upsell-assent, round 6 forms', () => {
  const offer = A('Want to add roadside cover to the policy? It is £5 a month.');
  test.each<[string, Line[]]>([
    ['an echo question answered at once', [C('ok'), offer, C('£5 a month? fine, yes, add it')]],
    [
      'a partial acceptance after an answer',
      [C('ok'), offer, C('does it cover both cars?'), A('It is per car.'), C('ok just for the van then')],
    ],
    ['"let\'s do <name> for now" as the first reply', [C('ok'), offer, C("let's do roadside for now")]],
  ])('fires: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).toContain('upsell-assent');
  });

  test.each<[string, Line[]]>([
    ['a question only', [C('ok'), offer, C('£5 a month? for both cars?')]],
    ['a question then a no', [C('ok'), offer, C('£5 a month? no thanks')]],
  ])('does not fire: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).not.toContain('upsell-assent');
  });
});

describe("the offer track with the learned scorer's findings", () => {
  // the rules find the offer at 1; "hmm, alright then" (2) is not an assent to them after the agent
  // answered a question, but the scorer may find one there: then the offer is accepted at 2
  const lines = [
    C('my bill is wrong'),
    A('Fixed! Would you like to add Cloud Backup for $2.99/mo?'),
    C('what does it back up?'),
    A('Photos and documents, up to 200 GB.'),
    C('hmm, alright then'),
    A('Great. Can you confirm your postcode so I can finish the bill fix?'),
    C('yes'),
  ];
  const at = (assents: number[]) => {
    const t = trackOffers(lines, new Set(), new Set(assents));
    return {
      assents: t.steps.flatMap((s, i) => (s.assent ? [i] : [])),
      open: t.steps.map((s) => s.wasOpen),
      openText: t.openText,
    };
  };
  test.each<[string, number[], number[], string | null]>([
    ['rules alone: the offer stays open past the question', [], [], lines[1]!.text],
    ['a scorer assent accepts it: the later "yes" to another question accepts nothing', [4], [4], null],
    ['a scorer assent with no open offer changes nothing', [0], [], lines[1]!.text],
  ])('%s', (_, scored, assents, openText) => {
    const r = at(scored);
    expect(r.assents).toEqual(assents);
    expect(r.openText).toBe(openText);
    if (scored.includes(4)) expect(r.open.slice(5)).toEqual([false, false]);
  });
  test("the scorer's assent line is left to the scorer: the rules report no assent there", () => {
    expect(upsellFindings(lines, new Set(), new Set([4])).map((f) => `${f.i}:${f.label}`)).toEqual([
      '1:upsell-offer',
    ]);
  });
});

// Round 9 (after holdout9's errors): money the customer is owed is no offer; a lower price for what
// was just pitched is the offer again, whatever goodwill it claims. Own phrasings.
describe('upsell-offer, round 9 forms', () => {
  test.each<[string, Line[]]>([
    [
      'eligible for a product',
      [C('hi'), A("Good news, you're eligible for our Gold tier at £8 a month. Want me to move you up?")],
    ],
    [
      'a lower price for the pitch',
      [
        C('my tv box keeps freezing'),
        A("I've reset it remotely. Also, our Sports add-on is £20 a month, would you like it?"),
        C("hmm that's pricey"),
        A('I understand. I could do it for £12 a month as a goodwill gesture.'),
      ],
    ],
  ])('fires: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).toContain('upsell-offer');
  });

  test.each<[string, Line[]]>([
    [
      'money the customer is owed',
      [
        C('my flight was cancelled'),
        A("As the delay was within our control, you're eligible for €400. I've started the claim for you."),
      ],
    ],
    [
      'a goodwill credit',
      [C('my tv box keeps freezing'), A('I can give you £12 as a goodwill gesture for the trouble.')],
    ],
  ])('does not fire: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).not.toContain('upsell-offer');
  });
});

// Round 10 (after holdout10's errors): "what I can do is add…", a product that covers future repairs,
// es sales verbs and "¿te lo activo?", a question in de whose function words are no product; a task
// put to the customer is no offer. Own phrasings.
describe('upsell-offer, round 10 forms', () => {
  test.each<[string, Line[]]>([
    [
      'what I can do is add',
      [
        C('the line keeps dropping'),
        A('What I can do is add our Backup Router to your account for £6 a month.'),
      ],
    ],
    [
      'a plan that covers future repairs',
      [
        C('when will my phone be fixed'),
        A(
          'Meanwhile you may consider our Loaner plan, only $8.99 per month, and you get a loaner during any repair.',
        ),
      ],
    ],
    [
      'Spanish: a sales verb',
      [
        C('hola'),
        A('Mientras tanto, ¿te interesa activar Envíos Plus? Guardamos tu stock en nuestro depósito.'),
      ],
    ],
    [
      'Spanish: shall I activate it, after a price question',
      [
        C('hola'),
        A('¿Te interesa activar Envíos Plus? El primer mes es gratis.'),
        C('y cuánto sale después del primer mes?'),
        A('Desde 2.500 pesos por mes. ¿Te lo activo?'),
      ],
    ],
    [
      'German: a question whose function words are no product',
      [
        C('Und wer kann das dann?'),
        A('Ich kann Ihnen aber unser Schutzpaket für 2 Jahre anbieten, für 39 € statt 59 €.'),
      ],
    ],
  ])('fires: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).toContain('upsell-offer');
  });

  test.each<[string, Line[]]>([
    [
      'a task put to the customer',
      [
        C('why is my bill so high'),
        A('Your bill is £210.50, based on an estimate. Would you like to submit a meter reading?'),
      ],
    ],
    [
      'a new card to update',
      [C('my payment failed'), A('Your $49 payment was declined. Would you like to update your card?')],
    ],
  ])('does not fire: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).not.toContain('upsell-offer');
  });
});

// Round 11 (after holdout11's errors): "might I mention…", buying points, what the product gives
// said just before a bare go-ahead question. Own phrasings.
describe('upsell-offer, round 11 forms', () => {
  test.each<[string, Line[]]>([
    [
      'might I mention',
      [C('my claim'), A('Might I also mention that Hire Car Plus can be added mid-term for £20?')],
    ],
    [
      'buy more',
      [
        C('points missing'),
        B('Did you know you can top up your balance? Buy up to 20,000 points now and get a 25% bonus.'),
      ],
    ],
    [
      'what the product gives, then a bare go-ahead question',
      [
        C('thanks'),
        A(
          'Also, with the Skyline Visa you would earn 3 points per dollar. Want me to send you the application link?',
        ),
      ],
    ],
  ])('fires: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).toContain('upsell-offer');
  });
});

describe('upsell, round 12 forms', () => {
  test('an answer about what the customer asked their plan to include is no offer', () => {
    const lines = [
      A('Hi.'),
      C('Does my booking include travel insurance?'),
      A("It doesn't. If you want it, our Standard cover is £40 for the trip."),
    ];
    expect(labelsAtEnd(lines)).not.toContain('upsell-offer');
  });

  test('"I\'m sure it does" is not a "sure"', () => {
    const lines = [
      C('I want to cancel my subscription'),
      A('Would you like to switch to the Lite plan for $5 a month instead?'),
      C("I'm sure it's great. Please cancel it."),
    ];
    expect(labelsAtEnd(lines)).not.toContain('upsell-assent');
  });
});

describe('upsell, round 13 forms', () => {
  test.each<[string, Line[]]>([
    [
      'a free trial put to the customer',
      [
        C('my match list is empty'),
        A("While you wait you could try Spark Plus free for 14 days, then it's $9.99/mo."),
      ],
    ],
    [
      'French: an adverb before "vous proposer"',
      [C('réservation'), A('Je peux aussi vous proposer le parking couvert à 12 € la nuit ?')],
    ],
    [
      'Italian: do you want me to add it',
      [C('ordine'), A('Solo oggi il box snack costa 7 €. Vuoi che te lo aggiunga?')],
    ],
    [
      'Spanish: if you switch to the plan',
      [
        C('quiero la baja'),
        A('Si te cambias al plan anual te queda en 25 € al mes con permanencia de 12 meses.'),
      ],
    ],
  ])('fires: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).toContain('upsell-offer');
  });

  test.each<[string, string]>([
    ['Dutch', 'Oké, doe maar.'],
    ['Italian', 'Va bene dai, aggiungilo.'],
  ])('%s assent', (_name, reply) => {
    const lines = [C('hi'), A('Would you like to add the Plus box for €5 a week?'), C(reply)];
    expect(labelsAtEnd(lines)).toContain('upsell-assent');
  });
});

// Round 17 (holdout20's and holdout21's errors).
describe('upsell, round 17 forms', () => {
  test.each<[string, Line[]]>([
    [
      'Italian: potresti aggiungere … te lo attivo?',
      [
        C('ok grazie, ci penso'),
        A(
          'Già che ci sei: potresti aggiungere il pacchetto Riabilitazione, 4 sedute al mese a 60 €. Te lo attivo dal rientro?',
        ),
      ],
    ],
    [
      'French: passer à la formule, after a question about another one',
      [
        C('la formule Classique inclut le vin d’honneur ?'),
        A(
          'Oui. Et pour 900 € de plus, vous pourriez passer à la formule Prestige : brunch et nuit offerte ✨ Ça vous tente ?',
        ),
      ],
    ],
    [
      'French: a discount if you book something else too',
      [C('non merci'), A('Sinon, si vous réservez aussi le dîner la veille, je vous fais -10 % dessus 😉')],
    ],
    [
      'would you consider … monthly',
      [
        C('thanks'),
        A('Would you consider turning your gift into a monthly donation? Even £10 a month helps.'),
      ],
    ],
  ])('offer: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).toContain('upsell-offer');
  });

  const offer = A(
    'Già che ci sei: potresti aggiungere il pacchetto Riabilitazione a 60 € al mese. Te lo attivo?',
    'Giulia',
  );
  test.each<[string, Line[], boolean]>([
    [
      'Italian: "not a bad idea? yes, activate it"',
      [C('ok'), offer, C('sai che non è una cattiva idea? sì dai, attivalo')],
      true,
    ],
    ['Spanish: "si venga"', [C('ok'), offer, C('si venga, el mes gratis lo pruebo')], true],
    ['"ok" and something else at length acknowledges that', [C('ok'), offer, C('ok trying the code')], false],
    ['a bare "ok" still accepts', [C('ok'), offer, C('ok then')], true],
    [
      'French: "on va réfléchir" declines',
      [C('ok'), offer, C('hmm on va réfléchir, on a déjà explosé le budget')],
      false,
    ],
    [
      'a "yes" to the next agent, after a hand-off, accepts nothing',
      [
        C('the show moved to october and i cant go'),
        A(
          'Since you keep them, I could upgrade both tickets to Golden Circle for the October date for just 45 € each.',
          'Aisha',
        ),
        C('i literally just said i cant go in october. can i speak to someone else'),
        A("Of course. I'm transferring you now.", 'Aisha'),
        A(
          'Hello, this is Marco from Resale. You would like a refund for the October show, correct?',
          'Marco',
        ),
        C('yes. cant go in october, want my money back'),
      ],
      false,
    ],
    [
      'the same agent under a longer name ("Aisha" then "Aisha K.") keeps the offer open',
      [
        C('my router keeps dropping'),
        A('I could upgrade you to Fibre 500 for just 5 € more a month. Shall I add it?', 'Aisha'),
        A('It also comes with a new router at no cost.', 'Aisha K.'),
        C('yes please add it'),
      ],
      true,
    ],
    [
      'the same agent by initial and surname ("Aisha Khan" then "A. Khan") keeps the offer open',
      [
        C('my router keeps dropping'),
        A('I could upgrade you to Fibre 500 for just 5 € more a month. Shall I add it?', 'Aisha Khan'),
        A('It also comes with a new router at no cost.', 'A. Khan'),
        C('yes please add it'),
      ],
      true,
    ],
    [
      'another agent ("Marco") after the offer closes it',
      [
        C('my router keeps dropping'),
        A('I could upgrade you to Fibre 500 for just 5 € more a month. Shall I add it?', 'Aisha'),
        A('Hi, Marco here from the technical team, I will look at the line now.', 'Marco'),
        C('yes please add it'),
      ],
      false,
    ],
  ])('assent: %s', (_name, lines, yes) => {
    expect(labelsAtEnd(lines).includes('upsell-assent')).toBe(yes);
  });
});

describe("round 17: a decline in so many words and the learned scorer's assent", () => {
  const offer = A('Would you like to add the Plus box for €5 a week?');
  test.each<[string, string, number[]]>([
    ['French "on va réfléchir" outweighs the scorer', 'hmm on va réfléchir, on a déjà explosé le budget', []],
    [
      '"add it" with a "don\'t want" keeps the scorer\'s assent',
      "ok add it, and the business plan also. don't want this again",
      [2],
    ],
  ])('%s', (_name, reply, assents) => {
    const t = trackOffers([C('hi'), offer, C(reply)], new Set(), new Set([2]));
    expect(t.steps.flatMap((s, i) => (s.assent ? [i] : []))).toEqual(assents);
  });
});

// Round 18 (holdout22's and holdout23's errors).
describe('upsell, round 18 forms', () => {
  test.each<[string, Line[]]>([
    [
      "French: avec l'option … Je vous l'ajoute ?",
      [
        C('Oui, faites-le s’il vous plaît.'),
        A(
          "C'est fait, vous la recevrez sous 48h. Par ailleurs, avec l'option Wi-Fi+ à 3 €/mois, vous auriez un répéteur et une assistance prioritaire. Je vous l'ajoute ?",
        ),
      ],
    ],
    [
      'Spanish: le recomiendo añadir … ¿Desea añadirla?',
      [
        C('vale gracias'),
        A(
          'Ya que amplía el alquiler, le recomiendo añadir nuestra Cobertura Total sin franquicia por 12 euros al día. ¿Desea añadirla?',
        ),
      ],
    ],
    ['Portuguese: recomendo ativar', [C('ok'), A('Recomendo ativar o plano Pro por 19,90 €/mês, quer?')]],
  ])('offer: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).toContain('upsell-offer');
  });

  const pro = A(
    'Entretanto, o plano Pro tem emissão offline. Posso ativar o plano Pro agora por 19,90 €/mês, quer?',
    'Rita',
  );
  test.each<[string, Line[], boolean]>([
    [
      'a negation inside a question about the offer declines nothing',
      [
        C('a fatura não sai'),
        pro,
        C('o meu plano não faz isso?? quanto custa o Pro'),
        A('O Pro custa 19,90 €/mês + IVA; os 2 primeiros meses são gratuitos.', 'Rita'),
        C('ok, pode ativar'),
      ],
      true,
    ],
    [
      'a "no" before the question still declines',
      [
        C('a fatura não sai'),
        pro,
        C('não, para quê?'),
        A('O Pro custa 19,90 €/mês + IVA; os 2 primeiros meses são gratuitos.', 'Rita'),
        C('ok, pode ativar'),
      ],
      false,
    ],
    [
      'French: "Oui pourquoi pas, ajoutez-la"',
      [
        C('ok'),
        A("Avec l'option Wi-Fi+ à 3 €/mois, vous auriez un répéteur. Je vous l'ajoute ?"),
        C('Assistance prioritaire ? Oui pourquoi pas, ajoutez-la.'),
      ],
      true,
    ],
    [
      'Spanish: "sí, añádela por favor"',
      [
        C('vale'),
        A('Le recomiendo añadir nuestra Cobertura Total por 12 euros al día. ¿Desea añadirla?'),
        C('sí, añádela por favor'),
      ],
      true,
    ],
  ])('assent: %s', (_name, lines, yes) => {
    expect(labelsAtEnd(lines).includes('upsell-assent')).toBe(yes);
  });
});

// Round 19 (holdout24's and holdout25's errors).
describe('upsell, round 19 forms', () => {
  test.each<[string, Line[]]>([
    [
      'a fee waived for the first year is the card’s intro price, not a remedy',
      [
        C('ok thanks that fixes it'),
        A(
          'You are pre-qualified for the Northway Platinum card, 3% back on dining. The $89 annual fee is waived the first year. Would you like me to upgrade your account today?',
        ),
      ],
    ],
    [
      'Portuguese: se você migrar para o plano anual, ganha 40% de desconto',
      [
        C('quero cancelar'),
        A(
          'Antes de cancelar: se você migrar para o plano anual, ganha 40% de desconto. Posso fazer a troca pra você?',
        ),
      ],
    ],
    [
      'German: Beim Wechsel … sparen Sie 15 %. Darf ich Sie umstellen?',
      [
        C('Danke'),
        A(
          'Beim Wechsel in den Premium-Jahrestarif sparen Sie 15 %, Vorsorge ist inklusive. Darf ich Sie umstellen?',
        ),
      ],
    ],
    [
      'Portuguese: E que tal o combo … com 3 meses grátis? Depois fica R$ 49,90/mês.',
      [
        C('não quero'),
        A('Entendo. E que tal o combo tinta + papel com 3 meses grátis? Depois fica R$ 49,90/mês.'),
      ],
    ],
  ])('offer: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).toContain('upsell-offer');
  });

  test.each<[string, Line[]]>([
    [
      'a proposal naming nothing after a courtesy credit',
      [
        C('9 years and never late once'),
        A(
          'I am unable to reverse the fee itself. However, I am able to apply a one-time courtesy credit of $40.00 to your account. Would you like me to do that?',
        ),
      ],
    ],
    [
      'a delivery slot to book',
      [
        C('when can you bring the new table?'),
        A('The earliest slot is Saturday 21 June, 2pm–6pm. Shall I book that for you?'),
      ],
    ],
  ])('no offer: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).not.toContain('upsell-offer');
  });

  const audit = A('One more thing: you can add Audit Defense for $49.99. Want me to add it?', 'Marcus');
  test.each<[string, Line[], number[]]>([
    [
      'the price again after a hesitation is the offer again',
      [
        C('done'),
        audit,
        C("eh. i've never been audited"),
        A("Totally fair. It's $49.99 if you add it today.", 'Marcus'),
      ],
      [1, 3],
    ],
    [
      'the price again after a decline is a new offer',
      [C('done'), audit, C('no thanks'), A('Just note it is only $49.99 and covers every letter.', 'Marcus')],
      [1, 3],
    ],
    [
      'the price answered to a question is no new offer',
      [C('done'), audit, C('how much again?'), A("It's $49.99 if you add it today.", 'Marcus')],
      [1],
    ],
    [
      'another agent quoting a price pitches nothing of the first',
      [C('done'), audit, C('eh'), A("It's only $5 to expedite the shipping.", 'Dana')],
      [1],
    ],
  ])('repitch: %s', (_name, lines, offers) => {
    const t = trackOffers(lines);
    expect(t.steps.flatMap((s, i) => (s.offer ? [i] : []))).toEqual(offers);
  });

  const card = A(
    'Since you are getting a new card, I can switch you from the basic card to our Voyager card, $95 a year. Want me to?',
  );
  test.each<[string, Line[], boolean]>([
    [
      'German: "dann nehme ich das Flex Global"',
      [C('ok'), card, C('Gibt es das?'), A('Ja.'), C('Also gut, dann nehme ich das.')],
      true,
    ],
    [
      'Spanish: "bueno venga, actívalo" after "no sé… ¿es obligatorio?"',
      [C('ok'), card, C('uf, no sé... ¿es obligatorio?'), A('No, es opcional.'), C('bueno venga, actívalo')],
      true,
    ],
    ['German "ja" as a particle: "ihr spinnts ja"', [C('ok'), card, C('ihr spinnts ja')], false],
    [
      '"Naw, … Just the regular one" declines',
      [C('ok'), card, C("Naw, I don't travel much. Just the regular one")],
      false,
    ],
    [
      '"dont want the protection" declines',
      [C('ok'), card, C('i said yes to the hold only. dont want the card')],
      false,
    ],
    ['"I\'ll stay on basic for now" declines', [C('ok'), card, C("ok I'll stay on basic for now")], false],
  ])('assent: %s', (_name, lines, yes) => {
    expect(labelsAtEnd(lines).includes('upsell-assent')).toBe(yes);
  });

  // the learned scorer's assent (0.60, 0.65 in holdout24) loses to these declines
  test.each<[string, string]>([
    ['"Naw, … Just the regular one"', "Naw, I don't travel much past Memphis. Just the regular one"],
    ['"i was gonna do state on the free state website"', 'i was gonna do state on the free state website'],
  ])('a scored assent declined: %s', (_name, reply) => {
    const t = trackOffers([C('ok'), card, C(reply)], new Set(), new Set([2]));
    expect(t.steps[2]).toMatchObject({ assent: false, declined: true });
  });
});

describe('upsell, round 20 forms', () => {
  test.each<[string, Line[]]>([
    [
      'Portuguese: "Quer ativar já para este novo pedido?"',
      [
        C('quero mudar a morada'),
        A(
          'Claro que sim! E já agora, com o Comilão Plus tem entregas grátis e 10% de desconto. O primeiro mês é grátis, depois 4,99 €/mês. Quer ativar já para este novo pedido?',
        ),
      ],
    ],
    [
      'Italian: "ti interessa il Pass Mensile a 29,99 euro?"',
      [C('ok lascia stare'), A('Visto che usi spesso Sfreccia, ti interessa il Pass Mensile a 29,99 euro?')],
    ],
    [
      'Italian: "Se vuoi c\'è anche il Pass Weekend a 6,99 euro"',
      [C('no grazie'), A("Capito. Se vuoi c'è anche il Pass Weekend a 6,99 euro, con 90 minuti inclusi.")],
    ],
    [
      'Dutch: "Wel kan ik de opslagverzekering nu voor u toevoegen, €9,50 per maand"',
      [
        C('Maar het lek kwam toch van jullie dak??'),
        A('Wel kan ik de opslagverzekering nu voor u toevoegen, €9,50 per maand.'),
      ],
    ],
    [
      '"Then maybe our kitchen packing service?" with its price after it',
      [
        C("no i don't need storage"),
        A(
          'No problem at all. Then maybe our kitchen packing service? The crew packs the whole kitchen for $220.',
        ),
      ],
    ],
    [
      'German: "Wir hätten auch eine Preisgarantie über 24 Monate – Interesse?"',
      [C('Danke'), A('Verstanden. Wir hätten auch eine Preisgarantie über 24 Monate – Interesse?')],
    ],
  ])('offer: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).toContain('upsell-offer');
  });

  test.each<[string, Line[]]>([
    [
      '"we want to make this right for you" proposes nothing (whatever "rider" means elsewhere)',
      [
        C('my scooter ride was charged twice'),
        A("At Zipp we take every rider's experience seriously and we want to make this right for you."),
      ],
    ],
    [
      '"What would you like to do with your subscription?" asks what the customer came for',
      [C('Subscriptions'), B('Got it. What would you like to do with your subscription?')],
    ],
  ])('no offer: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).not.toContain('upsell-offer');
  });

  const offer = A('We have a fixed-price tariff for 12 months. Would you like me to switch you?');
  test.each<[string, Line[], boolean]>([
    [
      "after the customer asked about the open offer, the scorer's offer is an answer",
      [C('ok thanks'), offer, C('how much is it?'), A('It would be $14.20 per unit, fixed for 12 months.')],
      false,
    ],
    [
      "without a question, the scorer's offer opens",
      [C('ok thanks'), offer, C('hmm'), A('It would be $14.20 per unit, fixed for 12 months.')],
      true,
    ],
  ])('scored offer: %s', (_name, lines, opens) => {
    expect(trackOffers(lines, new Set([3])).steps[3]!.scored).toBe(opens);
  });

  const frames = A('We also have ready-to-hang frames at 30% off today, $6.99 each. Would you like some?');
  test.each<[string, Line[], boolean]>([
    [
      'Italian: "ok dai, il weekend lo prendo"',
      [C('ok'), frames, C('mah... ok dai, il weekend lo prendo')],
      true,
    ],
    ['"hmm. ok, give me 4 frames"', [C('ok'), frames, C('hmm. ok, give me 4 frames')], true],
    [
      '"give me 5 minutes" is no assent',
      [C('ok'), frames, C('give me 5 minutes to check with my wife')],
      false,
    ],
    [
      'Spanish "ya" (already) is no "yeah"',
      [C('ok'), frames, C('sigue apareciendo la unidad 9. ya pasaron como 10 minutos')],
      false,
    ],
    ['"ya sure" still is', [C('ok'), frames, C('ya sure')], true],
  ])('assent: %s', (_name, lines, yes) => {
    expect(labelsAtEnd(lines).includes('upsell-assent')).toBe(yes);
  });
});

describe('upsell, round 21 forms', () => {
  test.each<[string, Line[]]>([
    [
      'Spanish: "usted tiene preaprobada nuestra tarjeta Platinum …, ¿le gustaría solicitarla?"',
      [
        C('no gracias'),
        A(
          'Aprovechando, usted tiene preaprobada nuestra tarjeta Platinum con cero cuota de manejo el primer año, ¿le gustaría solicitarla?',
        ),
      ],
    ],
    [
      'Dutch: a discount for a longer contract, across "i.p.v."',
      [
        C('dank u'),
        A(
          'Nog iets: als u uw huurcontract nu verlengt voor volgend academiejaar (12 maanden i.p.v. 10), krijgt u 5% korting op de maandhuur. Zal ik dat voor u in orde brengen?',
        ),
      ],
    ],
    [
      '"might be worth lookin at our Platinum extended service contract"',
      [
        C('ok'),
        A("While it's in, might be worth lookin at our Platinum extended service contract. Runs $1,895."),
      ],
    ],
  ])('offer: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).toContain('upsell-offer');
  });

  test.each<[string, Line[]]>([
    [
      'a free upgrade given as the fix',
      [
        C('the 15 ft truck is gone??'),
        A(
          "I can move your reservation to our Airport Road location, and I'll give you a free upgrade to a 20 ft truck at the 15 ft price.",
        ),
      ],
    ],
    [
      'a make-up session for a cancelled class',
      [
        C('nobody told us the class was cancelled'),
        A(
          'Unfortunately the instructor had a family emergency. I can book Leo into a make-up session this Saturday at 10am with another instructor – would that work for you?',
        ),
      ],
    ],
  ])('no offer: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).not.toContain('upsell-offer');
  });

  const pitch = A('You can add our 1.5GB data bundle for $4 a month. Should I send the payment link?');
  test.each<[string, Line[], boolean]>([
    [
      'Italian: "Sì dai, aggiungiamolo!"',
      [C('ok'), pitch, C('Sì dai, aggiungiamolo! Mia madre sarà contentissima')],
      true,
    ],
    ['"ok I try it"', [C('ok'), pitch, C('ok I try it')], true],
    ['"abeg send it"', [C('ok'), pitch, C('abeg send it')], true],
  ])('assent: %s', (_name, lines, yes) => {
    expect(labelsAtEnd(lines).includes('upsell-assent')).toBe(yes);
  });
});

describe('upsell, round 22 forms', () => {
  test.each<[string, Line[]]>([
    [
      'Spanish clitic: "puedo añadirles el seguro … por 12 € por persona"',
      [C('vale'), A('Ya que están aquí, puedo añadirles el seguro de equipaje por 12 € por persona.')],
    ],
    [
      'Spanish subjunctive: "quizá le interese nuestro paquete …"',
      [
        C('no gracias'),
        A('Entonces quizá le interese nuestro paquete Familia con un 10 % de descuento si lo contrata hoy.'),
      ],
    ],
    [
      'Spanish conditional: "¿Le interesaría agregar la garantía extendida…?"',
      [C('ok'), A('¿Le interesaría agregar la garantía extendida por solo 30 € más?')],
    ],
    [
      'French: "Ça vous intéresserait ?" after a price written "49 $"',
      [
        C('merci'),
        A(
          'On propose aussi le forfait Sérénité, cinq séances de coaching pour 49 $. Ça vous intéresserait ?',
        ),
      ],
    ],
    [
      'French: a price in words "à quatre-vingts euros la nuit", "Ça vous tenterait ?"',
      [
        C('dommage'),
        A('Il nous reste une chambre supérieure à quatre-vingts euros la nuit. Ça vous tenterait ?'),
      ],
    ],
    [
      'Italian: "hai pensato all\'abbonamento annuale?"',
      [C('grazie'), A("Visto che usi tanto l'app, hai pensato all'abbonamento annuale? Risparmi il 20%.")],
    ],
    [
      'Italian formal: "può attivare … con il 10% di sconto"',
      [
        C('va bene'),
        A("Le segnalo che può attivare l'estensione di garanzia a 3 anni con il 10% di sconto."),
      ],
    ],
    [
      'Dutch informal: "als je je abonnement nu met 24 maanden verlengt, krijg je 15% korting"',
      [C('oké'), A('Trouwens, als je je abonnement nu met 24 maanden verlengt, krijg je 15% korting.')],
    ],
  ])('offer: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).toContain('upsell-offer');
  });

  test.each<[string, Line[]]>([
    [
      'what the customer asked about earlier: "since you were asking about the Gold plan"',
      [
        C('thanks'),
        A("Since you were asking about the Gold plan earlier, I can switch you today if you'd like?"),
      ],
    ],
    [
      'Italian: a technician who can activate the line',
      [C('ok'), A('Il tecnico può attivare la linea domani mattina.')],
    ],
    [
      'Spanish: "¿Le interesaría recibir la factura por correo?"',
      [C('sí'), A('¿Le interesaría recibir la factura por correo?')],
    ],
  ])('no offer: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).not.toContain('upsell-offer');
  });
});

describe('upsell-assent, round 22 forms', () => {
  const pitch = A('Por cierto, puedo añadirle el seguro de viaje por 19 € por persona. ¿Se lo añado?');
  const pitchEn = A(
    'Quick one: you could switch to the Family plan for $9 more a month. Want me to switch you?',
  );
  test.each<[string, Line[], boolean]>([
    [
      'Spanish usted: "Bueno, venga, añádalo para los dos."',
      [C('ok'), pitch, C('Bueno, venga, añádalo para los dos.')],
      true,
    ],
    ['rioplatense: "dale, me paso"', [C('ok'), pitch, C('dale, me paso')], true],
    [
      'a condition is no decline: "go on then, as long as it starts in June not now"',
      [C('ok'), pitchEn, C('go on then, as long as it starts in June not now')],
      true,
    ],
    ['"not now" alone still declines', [C('ok'), pitchEn, C('not now thanks')], false],
  ])('%s', (_name, lines, yes) => {
    expect(labelsAtEnd(lines).includes('upsell-assent')).toBe(yes);
  });
});

describe('upsell, round 23 forms', () => {
  test.each<[string, Line[]]>([
    [
      'Spanish: a yearly fee in pesos, "¿Le interesa que haga el cambio?"',
      [
        C('gracias'),
        A(
          'Además, usted califica para cambiarse a la tarjeta Platino. La anualidad es de 2,900 pesos, pero el primer año es gratis. ¿Le interesa que haga el cambio?',
        ),
      ],
    ],
    [
      'Dutch: a quote proposed, "Wilt u meteen ook een offerte voor een thuisbatterij?"',
      [C('oké'), A('Wilt u meteen ook een offerte voor een thuisbatterij?')],
    ],
    [
      'a quote proposed: "Would you like me to send over a quote?"',
      [C('thanks'), A('We have 20% off our Ergo chairs this month. Would you like a quote?')],
    ],
  ])('offer: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).toContain('upsell-offer');
  });

  test.each<[string, Line[]]>([
    [
      '"just quote your ticket number" asks for a reference',
      [C('ok'), A('Would you like to chat again? Just quote your ticket number.')],
    ],
    [
      'Spanish: "¿Le interesa que le mande la factura?" names no fee',
      [C('sí'), A('¿Le interesa que le mande la factura por correo?')],
    ],
  ])('no offer: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).not.toContain('upsell-offer');
  });
});

describe('upsell-assent, round 23 forms', () => {
  const pitchIt = A('Posso aggiungere la confezione regalo per 5 €. Vuole che la aggiunga?');
  const pitchDe = A(
    'Wenn Sie auf Premium wechseln, kostet das 6,90 Euro mehr im Monat. Soll ich das umstellen?',
  );
  test.each<[string, Line[], boolean]>([
    ['Italian plural: "sì dai, aggiungetelo"', [C('ok'), pitchIt, C('sì dai, aggiungetelo')], true],
    [
      'German: "Das klingt gut, machen wir das."',
      [C('ok'), pitchDe, C('Hm, 24 Monate? Das klingt gut, machen wir das.')],
      true,
    ],
    [
      'German: "klingt gut, aber nein danke" declines',
      [C('ok'), pitchDe, C('Klingt gut, aber nein danke.')],
      false,
    ],
  ])('%s', (_name, lines, yes) => {
    expect(labelsAtEnd(lines).includes('upsell-assent')).toBe(yes);
  });
});

describe('upsell, round 24 forms', () => {
  test.each<[string, Line[]]>([
    [
      'terse: "want a full CLA added? €60"',
      [
        C('ok'),
        A(
          "While it's in, want a full CLA (clean, lube, adjust) added? €60, we'd do it while it's apart anyway.",
        ),
      ],
    ],
    [
      '"please try it free for 30 days" still sells',
      [C('ok'), A('Our Plus plan has no ads, please try it free for 30 days, then $4.99 a month.')],
    ],
  ])('offer: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).toContain('upsell-offer');
  });
  test.each<[string, Line[]]>([
    [
      '"Your code works again, please try it."',
      [C('my promo code fails'), A('I see it. Your code works again, please try it.')],
    ],
    [
      '"want a refund?" is a remedy',
      [C('it arrived broken'), A('So sorry! Want a refund? $25 back to your card.')],
    ],
  ])('no offer: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).not.toContain('upsell-offer');
  });
});

describe('upsell, round 25 forms', () => {
  test.each<[string, Line[]]>([
    [
      'terse: "Try Pages Unlimited free for 30 days. £9.99/month after. Start trial?"',
      [C('ok'), A('Try Pages Unlimited free for 30 days. £9.99/month after. Start trial?')],
    ],
    [
      'Swiss French: "pour 2\'900 francs. Souhaitez-vous que je vous envoie l\'offre ?"',
      [
        C('merci'),
        A(
          "Par ailleurs, nous proposons l'abonnement saisonnier pour 2'900 francs. Souhaitez-vous que je vous envoie l'offre ?",
        ),
      ],
    ],
  ])('offer: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).toContain('upsell-offer');
  });
  test.each<[string, Line[]]>([
    [
      '"Try restarting it, it\'s free to do" is a step',
      [C('my app froze'), A("Try restarting the app, it's free to update too.")],
    ],
  ])('no offer: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).not.toContain('upsell-offer');
  });
});

describe('upsell-assent, round 25 forms', () => {
  const pitch = A('Upgrade to Unlimited for $10 more a month and use every outlet. Want me to upgrade you?');
  test.each<[string, Line[], boolean]>([
    [
      'Singlish: "ok can, upgrade from august"',
      [C('ok'), pitch, C('hmm unlimited at all outlets ah? ok can, upgrade from august')],
      true,
    ],
    ['"ok can you check my bill first" asks', [C('ok'), pitch, C('ok can you check my bill first')], false],
  ])('%s', (_name, lines, yes) => {
    expect(labelsAtEnd(lines).includes('upsell-assent')).toBe(yes);
  });
});

describe('upsell, round 26 forms', () => {
  test.each<[string, Line[]]>([
    [
      'fr: "saviez-vous qu\'avec l\'adhésion Duo à 95 € par an…"',
      [
        C('merci'),
        A(
          "Saviez-vous qu'avec l'adhésion Duo à 95 € par an vous pourriez venir accompagnée ? Je peux faire le changement dès aujourd'hui.",
        ),
      ],
    ],
    [
      'pt: "Quer acrescentar?" after a price',
      [C('obrigado'), A('Já agora, temos o serviço de plantio por 15 € por planta. Quer acrescentar?')],
    ],
  ])('offer: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).toContain('upsell-offer');
  });
});

describe('upsell-assent, round 26 forms', () => {
  const pitch = A("On a aussi la protection Plus à 5 $ par mois. Je vous l'ajoute ?");
  test.each<[string, Line[], boolean]>([
    [
      'fr-CA: "ouin… c\'est correct, ajoute-le"',
      [C('ok'), pitch, C("ouin... c'est correct, ajoute-le.")],
      true,
    ],
  ])('%s', (_name, lines, yes) => {
    expect(labelsAtEnd(lines).includes('upsell-assent')).toBe(yes);
  });
});
describe('upsell, round 27 forms', () => {
  test.each<[string, Line[], boolean]>([
    [
      'an imperative with a price: "add a … screen protector to your next order for just £4.99"',
      [
        C('the case I got is scratched'),
        A(
          'While you wait, add a tempered glass screen protector to your next order for just £4.99 with code GLASS5!',
        ),
      ],
      true,
    ],
    [
      'pt-PT: "Quer que acrescente à encomenda?"',
      [C('ok'), A('Já agora, temos o serviço de montagem ao domicílio. Quer que acrescente à encomenda?')],
      true,
    ],
    [
      'es-UY: "¿sabías que con la Visa Oro tenés … 10% de descuento?"',
      [C('gracias'), A('Ya que estás, ¿sabías que con la Visa Oro tenés 10% de descuento en combustible?')],
      true,
    ],
    [
      'nl: "Wil je overstappen? De eerste maand is gratis."',
      [C('ok'), A('Met Altijd Voordeel reis je ook in de spits met korting. Wil je overstappen?')],
      true,
    ],
    [
      'es: "¿Sabías que …?" with no saving is news',
      [C('gracias'), A('¿Sabías que puedes ver tus movimientos en la app?')],
      false,
    ],
    [
      '"add a photo of the label" sells nothing',
      [C('it arrived broken'), A('Please add a photo of the label to the form.')],
      false,
    ],
  ])('%s', (_name, lines, yes) => {
    expect(labelsAtEnd(lines).includes('upsell-offer')).toBe(yes);
  });
});

describe('upsell-assent, round 27 forms', () => {
  const pitch = A('Our Annual Event Cover is £34.99 a year. Want me to set it up now?');
  test.each<[string, Line[], boolean]>([
    [
      '"not really in the mood tbh" declines, so a later "yeah" accepts nothing',
      [
        C('ok'),
        pitch,
        C('not really in the mood tbh'),
        A('No problem at all.'),
        C('so i just wait for the email yeah'),
      ],
      false,
    ],
  ])('%s', (_name, lines, yes) => {
    expect(labelsAtEnd(lines).includes('upsell-assent')).toBe(yes);
  });
});
describe('upsell, round 28 forms', () => {
  test.each<[string, Line[], boolean]>([
    [
      'fr: "je vous conseille notre assurance annulation … à 9 € par séjour"',
      [
        C('merci'),
        A(
          'Pour vos prochaines réservations, je vous conseille notre assurance annulation Sérénité à 9 € par séjour.',
        ),
      ],
      true,
    ],
    [
      '"add FlexCover for €9 and cancel for any reason"',
      [C('thanks'), A('For your next trip, you can add FlexCover for €9 and cancel for any reason.')],
      true,
    ],
    [
      '"Would you like me to cancel it?" sells nothing',
      [C('I want to cancel'), A('Would you like me to cancel it for you?')],
      false,
    ],
  ])('%s', (_name, lines, yes) => {
    expect(labelsAtEnd(lines).includes('upsell-offer')).toBe(yes);
  });
});

describe('upsell-assent, round 28 forms', () => {
  const pitch = A(
    'You might enjoy our Executive Floor for €35 more per night. Shall I upgrade your booking?',
  );
  test.each<[string, Line[], boolean]>([
    [
      '"How kind of you … Yes, … Please go ahead." (an exclamation, no question)',
      [
        C('ok'),
        pitch,
        C('How kind of you to suggest it. Yes, I think I shall treat myself. Please go ahead.'),
      ],
      true,
    ],
    [
      '"if it means no more monthly surprises, fine. switch us"',
      [
        C('ok'),
        A('Annual billing is £240 a year. Want me to switch you?'),
        C('if it means no more monthly surprises, fine. switch us to annual'),
      ],
      true,
    ],
    [
      'pt-BR: "pode ser manda o link"',
      [
        C('ok'),
        A('Temos o plano FitMax Online por R$ 39,90/mês. Deseja assinar?'),
        C('pode ser manda o link'),
      ],
      true,
    ],
    [
      'pt-BR: "hmm pode ser, me manda os detalhes" asks first',
      [
        C('ok'),
        A('Temos o plano FitMax Online por R$ 39,90/mês. Deseja assinar?'),
        C('hmm pode ser, me manda os detalhes'),
      ],
      false,
    ],
    [
      'fr: "ce ne sera pas nécessaire" declines, so a later "D\'accord" accepts nothing',
      [
        C('ok'),
        A("Notre option Suivi+ est à 3 $ par mois. Voulez-vous l'essayer?"),
        C('Merci, mais ce ne sera pas nécessaire.'),
        A('Très bien.'),
        C("D'accord. Je vais rappeler demain."),
      ],
      false,
    ],
  ])('%s', (_name, lines, yes) => {
    expect(labelsAtEnd(lines).includes('upsell-assent')).toBe(yes);
  });
});
describe('upsell, round 28 remedies', () => {
  test.each<[string, Line[], boolean]>([
    [
      '"Would you like to start a return?" is a remedy',
      [
        C('it arrived cracked'),
        A('Order VM-20931847 was delivered on May 2. Would you like to start a return?'),
      ],
      false,
    ],
    [
      '"Would you like to start a free trial of Plus?" still sells',
      [C('ok'), A('Would you like to start a free trial of Plus? It is £9.99 a month after 30 days.')],
      true,
    ],
  ])('%s', (_name, lines, yes) => {
    expect(labelsAtEnd(lines).includes('upsell-offer')).toBe(yes);
  });
});

describe('upsell, round 29 forms', () => {
  test.each<[string, Line[], boolean]>([
    [
      'es: "¿Desea que se lo añada?" after a price',
      [
        C('ok'),
        A('Por 15 € más le asigno un asiento de pasillo con embarque prioritario. ¿Desea que se lo añada?'),
      ],
      true,
    ],
    [
      'pt-BR: "bora assinar?"',
      [
        C('vi aqui'),
        A('Aproveitando: com o Clube Prime você paga R$ 9,90/mês e nunca mais paga frete, bora assinar?'),
      ],
      true,
    ],
    [
      'de: a tariff recommended ("Darf ich Ihnen unseren Tarif … empfehlen?")',
      [
        C('danke'),
        A(
          'Darf ich Ihnen unseren Tarif Strom Fix empfehlen? Damit zahlen Sie zwei Jahre lang denselben Preis.',
        ),
      ],
      true,
    ],
    [
      '"if you upgrade to Family it\'s $16.99"',
      [C('ty'), A("btw if you upgrade to Family it's $16.99 and everyone gets their own profile")],
      true,
    ],
    [
      '"if you switch to Family it\'s $16.99" answering the customer\'s question',
      [
        C('how much is it if I switch to the Family plan?'),
        A("If you switch to Family it's $16.99 a month."),
      ],
      false,
    ],
    [
      'it: an infinitive with its pronoun ("Vuole aggiungerla?")',
      [C('grazie'), A("Abbiamo anche la garanzia estesa a 29 € l'anno. Vuole aggiungerla?")],
      true,
    ],
    [
      'it: "le propongo …" with a percentage off',
      [C('ok'), A('Le propongo il nostro olio extravergine, con il 15% di sconto per i clienti fedeltà.')],
      true,
    ],
    [
      'nl: a discount word ending in "korting" ("welkomstkorting")',
      [C('ok'), A('Als u kiest voor een contract van 2 jaar, krijgt u €100 welkomstkorting.')],
      true,
    ],
    [
      'fr-CA: "Veux-tu que je te change de forfait?"',
      [C('merci'), A('Le forfait Duo est à 24,99 $ par mois. Veux-tu que je te change de forfait?')],
      true,
    ],
    [
      'es: a change "sin coste" is no sale, though the fare is named',
      [
        C('quiero devolver el billete'),
        A('La tarifa Básica no admite devoluciones, pero puedo cambiarle el vuelo sin coste a otra fecha.'),
      ],
      false,
    ],
  ])('%s', (_name, lines, yes) => {
    expect(labelsAtEnd(lines).includes('upsell-offer')).toBe(yes);
  });
});

describe('upsell-assent, round 29 forms', () => {
  const pitch = A('I can add late checkout to your stay for £20. Would you like that?');
  const frPitch = A('Le forfait annuel est à 99 $, deux mois gratuits. Veux-tu que je fasse le changement?');
  test.each<[string, Line[], boolean]>([
    [
      '"Yes please." as a whole sentence before a question about the offer',
      [C('ok'), pitch, C('That sounds nice. Yes please. Is breakfast still at 9 then?')],
      true,
    ],
    [
      'es: "acepto" with a condition after it ("Pero que no me llamen más")',
      [
        C('ok'),
        A('Puedo dejarle el paquete en 35 euros al mes con permanencia de 12 meses. ¿Le interesa?'),
        C('Bueno, acepto. Pero que no me llamen más para venderme cosas.'),
      ],
      true,
    ],
    [
      '"ok sure, but no paper statements please"',
      [C('ok'), pitch, C('ok sure, but no paper statements please')],
      true,
    ],
    [
      'pt-BR: "nem" declines, so "quero só o reembolso" accepts nothing',
      [
        C('ok'),
        A('Com o Clube Prime você paga R$ 9,90/mês e nunca mais paga frete, bora assinar?'),
        C('nem'),
        C('quero só o reembolso mesmo'),
      ],
      false,
    ],
    ['"ok tempting" is not yet a yes', [C('ok'), pitch, C('ok tempting')], false],
    [
      '"let me ask my wife … later" leaves the offer open for "do it"',
      [
        C('ok'),
        pitch,
        C('let me ask my wife and get back to you later'),
        A('Sure, take your time.'),
        C('she says go for it, do it'),
      ],
      true,
    ],
    [
      '"no, let me talk to my partner first" declines',
      [C('ok'), pitch, C('no, let me talk to my partner first'), A('Of course.'), C('ok do it')],
      false,
    ],
    [
      'fr-CA: "ok, fais-le" after the agent answered a question',
      [C('ok'), frPitch, C('ça commence quand?'), A('Dès ton prochain renouvellement.'), C('ok, fais-le')],
      true,
    ],
  ])('%s', (_name, lines, yes) => {
    expect(labelsAtEnd(lines).includes('upsell-assent')).toBe(yes);
  });
});

describe('upsell, round 30 forms', () => {
  test.each<[string, Line[], boolean]>([
    [
      'it: "Le proponiamo … a 7,90 € al mese"',
      [C('grazie'), A("Le proponiamo l'Assistenza Caldaia Plus a 7,90 € al mese.")],
      true,
    ],
    [
      '"You could book our Fast Track appointment for £178"',
      [C('ok'), A('You could book our Fast Track appointment for £178 instead.')],
      true,
    ],
    [
      '"you might consider Guardian+, … $2.99/month"',
      [C('thanks'), A('You might consider Guardian+, our premium membership, $2.99/month.')],
      true,
    ],
  ])('%s', (_name, lines, yes) => {
    expect(labelsAtEnd(lines).includes('upsell-offer')).toBe(yes);
  });
});

describe('upsell-assent, round 30 forms', () => {
  const pitch = A('You could switch to the Photography plan at $9.99 a month instead. Want me to do that?');
  test.each<[string, Line[], boolean]>([
    [
      '"later" asked about declines nothing ("can I cancel it later?")',
      [
        C('ok'),
        pitch,
        C('If I switch, can I cancel the Photography plan later?'),
        A('Yes, anytime.'),
        C('Ok then, switch me to the Photography plan.'),
      ],
      true,
    ],
    [
      'choosing the refund over the offer',
      [
        C('I want my money back'),
        A(
          'I totally understand. I can offer you a full refund of $120. Alternatively, I can keep your account on our Plus plan for 2 years at 30% off, which works out at $99/year.',
        ),
        C('the refund please'),
      ],
      false,
    ],
    [
      '"ok, then just the cable" names something else',
      [
        C('thanks'),
        A('Would you like to add our Enclosure Kit (€179) to the shipment?'),
        C('how much is shipping?'),
        A('Free.'),
        C('ok, then just the cable.'),
      ],
      false,
    ],
    [
      'fr: "Pourquoi pas, ça m\'intéresse. Vous pouvez me l\'envoyer ?"',
      [
        C('merci'),
        A('Souhaitez-vous passer à la carte Premier ? 12 € par mois.'),
        C("Pourquoi pas, ça m'intéresse. Vous pouvez me l'envoyer ?"),
      ],
      true,
    ],
    [
      'it: "Ok, la attivo." after an answer',
      [
        C('ok'),
        A("Le proponiamo l'Assistenza Plus a 7,90 € al mese. Vuole attivarla?"),
        C('Quanto dura?'),
        A('12 mesi.'),
        C('Ok, la attivo.'),
      ],
      true,
    ],
  ])('%s', (_name, lines, yes) => {
    expect(labelsAtEnd(lines).includes('upsell-assent')).toBe(yes);
  });
});

describe('upsell, round 31 forms', () => {
  test.each<[string, Line[], boolean]>([
    [
      'a courtesy discount bought with a commitment ("… if you reactivate your plan")',
      [
        C('why was I charged?'),
        A('As a one-time courtesy I can offer 40% off your next 3 boxes if you reactivate your plan.'),
      ],
      true,
    ],
    [
      'pt: "que tal continuar com 3 meses por R$ 4,90 …?"',
      [
        C('quero cancelar'),
        A('Antes de cancelar, que tal continuar com 3 meses por R$ 4,90 no plano completo?'),
      ],
      true,
    ],
    [
      'de: "Wenn Sie jetzt in unseren Tarif … wechseln, sparen Sie …"',
      [
        C('danke'),
        A('Wenn Sie jetzt in unseren Tarif Grün 24 wechseln, sparen Sie 8 % auf den Arbeitspreis.'),
      ],
      true,
    ],
    [
      'a priced switch down to another product instead of cancelling',
      [
        C('cancel my policy please'),
        A('Before I do that, did you know you can drop to our Basic cover for just £3.99 a month?'),
      ],
      true,
    ],
    [
      'it: a discount with a deadline, no question ("offerta valida solo questo mese")',
      [
        C('no grazie'),
        A(
          'Portando da noi anche il gas avrebbe uno sconto del 15% per 12 mesi, offerta valida solo questo mese.',
        ),
      ],
      true,
    ],
  ])('%s', (_name, lines, yes) => {
    expect(labelsAtEnd(lines).includes('upsell-offer')).toBe(yes);
  });
});

describe('upsell-assent, round 31 forms', () => {
  const pitch = A('Posso oferecer-lhe o Pack Cinema grátis 3 meses, depois 7,99 € por mês. Quer que ative?');
  test.each<[string, Line[], boolean]>([
    [
      'pt: "pode ser, o meu filho vai gostar"',
      [C('obrigada'), pitch, C('pode ser, o meu filho vai gostar')],
      true,
    ],
    [
      'es: "mmm la verdad si, lo uso seguido"',
      [
        C('gracias'),
        A('También tenemos Plus mensual a $99. ¿Te interesa?'),
        C('mmm la verdad si, lo uso seguido'),
      ],
      true,
    ],
    [
      'pt: asking for the details is interest ("pode ser, me manda os detalhes")',
      [C('ok'), pitch, C('pode ser, me manda os detalhes')],
      false,
    ],
    [
      '"yes send me the details, I\'ll talk to my husband"',
      [
        C('thanks'),
        A('Would you like to add Home Cover for $9 a month?'),
        C("yes send me the details, I'll talk to my husband"),
      ],
      false,
    ],
  ])('%s', (_name, lines, yes) => {
    expect(labelsAtEnd(lines).includes('upsell-assent')).toBe(yes);
  });
});

describe('upsell, round 31: relief is no offer, the learned scorer included', () => {
  test('spreading what is owed ("an interest-free plan for the $600") is relief', () => {
    const lines = [
      C("I can't pay the $600 at once"),
      A('I can set up an interest-free plan for the $600. Would $100 a month for 6 months work for you?'),
    ];
    expect(analyse(lines).filter((f) => f.label === 'upsell-offer')).toEqual([]);
  });
});

describe('upsell, round 32 forms', () => {
  test.each<[string, Line[], boolean]>([
    [
      'it: "posso riservarle un posto … a 25 €. Lo desidera?"',
      [
        C('va bene'),
        A(
          'Per il volo di giovedì posso riservarle un posto con più spazio per le gambe a 25 €. Lo desidera?',
        ),
      ],
      true,
    ],
    [
      'it: "Ti consiglio anche il … a 29 €/anno. Lo aggiungo?"',
      [C('grazie'), A('Di niente! Ti consiglio anche il backup giornaliero a 29 €/anno. Lo aggiungo?')],
      true,
    ],
    [
      'pt: "que tal já migrar para o plano … por R$ 59,99?"',
      [C('ok'), A('Enquanto isso, que tal já migrar para o plano Controle 50GB por R$ 59,99?')],
      true,
    ],
  ])('%s', (_name, lines, yes) => {
    expect(labelsAtEnd(lines).includes('upsell-offer')).toBe(yes);
  });
});

describe('upsell-assent, round 32 forms', () => {
  test.each<[string, Line[], boolean]>([
    [
      'pt: "pode ser" after what is taken ("o 50GB pode ser, preciso de internet agora")',
      [
        C('ok'),
        A('Enquanto isso, que tal já migrar para o plano Controle 50GB por R$ 59,99?'),
        C('o 50GB pode ser, preciso de internet agora'),
      ],
      true,
    ],
  ])('%s', (_name, lines, yes) => {
    expect(labelsAtEnd(lines).includes('upsell-assent')).toBe(yes);
  });
});

describe('upsell, round 33 forms', () => {
  test.each<[string, Line[], boolean]>([
    [
      'a free visit to look at the problem is no offer ("I can book a free leak check")',
      [
        C('my water bill is huge'),
        A(
          "I can't reduce the bill until a leak is confirmed, but I can book a free leak check. Would you like me to book it?",
        ),
      ],
      false,
    ],
  ])('%s', (_name, lines, yes) => {
    expect(labelsAtEnd(lines).includes('upsell-offer')).toBe(yes);
  });
});

describe('upsell-assent, round 33 forms', () => {
  const protect = A(
    'Would you like to add our 2-year Protect plan for just $19.99? It covers drops and spills.',
  );
  const asking = C('what does it cover that the normal warranty doesnt? sorry just not sure if i need it');
  test.each<[string, Line[], boolean]>([
    [
      'de: "Ok, dann nehme ich Mallorca im Oktober, mit der Versicherung."',
      [
        C('Super.'),
        A(
          'Übrigens: Ich empfehle Ihnen unseren Reiserücktrittsschutz Premium für 49 €. Soll ich ihn hinzufügen?',
        ),
        C('Hm, was deckt der genau ab?'),
        A('Stornokosten bei Krankheit und Jobverlust.'),
        C('Ok, dann nehme ich Mallorca im Oktober für 2 Personen, mit der Versicherung.'),
      ],
      true,
    ],
    [
      'hesitating while asking about the offer declines nothing ("… not sure if i need it", then "add it")',
      [C('ok great'), protect, asking, A('It adds accidental damage.'), C('hmm ok fine, add it')],
      true,
    ],
  ])('%s', (_name, lines, yes) => {
    expect(labelsAtEnd(lines).includes('upsell-assent')).toBe(yes);
  });
  test('hesitating while asking accepts nothing yet, the learned scorer included', () => {
    const lines = [C('ok great'), protect, asking];
    expect(analyse(lines).filter((f) => f.label === 'upsell-assent')).toEqual([]);
  });
});

describe('upsell, round 34 forms', () => {
  test.each<[string, Line[], boolean]>([
    [
      'nl: "Mag ik u nog wijzen op onze doorlopende reisverzekering? … €7,95 per maand."',
      [
        C('dank u'),
        A(
          'Mag ik u nog wijzen op onze doorlopende reisverzekering? Dan bent u het hele jaar gedekt voor €7,95 per maand.',
        ),
      ],
      true,
    ],
    [
      'es: "te recomiendo la cobertura a todo riesgo …, 14 € al día"',
      [
        C('gracias'),
        A(
          'Otra cosa: con dos conductores te recomiendo la cobertura a todo riesgo sin franquicia, 14 € al día.',
        ),
      ],
      true,
    ],
    [
      '"… if you sign a new 36-month agreement"',
      [
        C('I am moving house'),
        A(
          'Another option: we move your system and waive the termination fee, if you sign a new 36-month agreement at $42.99 a month.',
        ),
      ],
      true,
    ],
    [
      'fr: "Offre spéciale valable seulement aujourd\'hui"',
      [
        C('non'),
        A(
          "Sinon, le pack Cinéma à 12 €/mois inclut 300 films. Offre spéciale valable seulement aujourd'hui : les 3 premiers mois à 6 €.",
        ),
      ],
      true,
    ],
    [
      'nl: "Wist u trouwens dat … voor 2,50 euro per maand extra?"',
      [C('ok'), A('Wist u trouwens dat u een grotere container kunt huren voor 2,50 euro per maand extra?')],
      true,
    ],
    [
      'it: "E se vuole, posso passarla anche all\'offerta … sconto del 10%."',
      [
        C('grazie'),
        A(
          "E se vuole, posso passarla anche all'offerta Verde Fissa 24 mesi, con prezzo bloccato e sconto del 10%.",
        ),
      ],
      true,
    ],
  ])('%s', (_name, lines, yes) => {
    expect(labelsAtEnd(lines).includes('upsell-offer')).toBe(yes);
  });
});

describe('upsell-assent, round 34 forms', () => {
  const pitch = A(
    'Je peux vous proposer la formule Premium à 19,99 € par mois avec engagement de 12 mois. Ça vous intéresse ?',
  );
  test.each<[string, Line[], boolean]>([
    [
      'fr: "Bon ok, je prends le 19,99 avec engagement."',
      [C('merci'), pitch, C('Bon ok, je prends le 19,99 avec engagement.')],
      true,
    ],
    [
      'fr: "je prends le temps d\'y réfléchir" takes nothing',
      [C('merci'), pitch, C("Bon, je prends le temps d'y réfléchir.")],
      false,
    ],
  ])('%s', (_name, lines, yes) => {
    expect(labelsAtEnd(lines).includes('upsell-assent')).toBe(yes);
  });
});

describe('upsell-assent, round 35 forms', () => {
  test.each<[string, Line[], boolean]>([
    [
      'it: "mah, non saprei... c\'è un vincolo?" hesitates and asks; "va bene, attivatela" accepts',
      [
        C('perfetto'),
        A('Le consiglio la nostra polizza Protezione Caldaia: 6,90 € al mese, primo mese gratuito.'),
        C("mah, non saprei... c'è un vincolo?"),
        A('Nessun vincolo, può disdire quando vuole dopo il primo mese.'),
        C('va bene, attivatela'),
      ],
      true,
    ],
    [
      'es: "ah pues no lo sabía. ¿y desde cuándo valdría?" declines nothing; "vale, actívamelo" accepts',
      [
        C('vale, perfecto. muchas gracias'),
        A(
          '¿Sabía que con el Abono Mensual de 54,60 € le saldría más barato? Se lo puedo activar ahora mismo.',
        ),
        C('ah pues no lo sabía. ¿y desde cuándo valdría?'),
        A('Si lo activa hoy, será válido desde el día 1 del mes que viene.'),
        C('vale, actívamelo por favor'),
      ],
      true,
    ],
    [
      'pt: "ah não sabia. e funciona no Canadá?" declines nothing; "ok pode ativar" accepts',
      [
        C('obrigado'),
        A('Sabia que o nosso Passe Viagem custa só 5 € por dia? Quer que eu ative?'),
        C('ah não sabia. e funciona no Canadá?'),
        A('Sim, no Canadá e no México.'),
        C('ok pode ativar'),
      ],
      true,
    ],
    [
      'it: "non saprei" without a question still declines',
      [
        C('grazie'),
        A('Le consiglio la nostra polizza Protezione Caldaia: 6,90 € al mese.'),
        C('mah, non saprei, per ora no'),
        A('Va bene.'),
        C('va bene, grazie'),
      ],
      false,
    ],
  ])('%s', (_name, lines, yes) => {
    expect(labelsAtEnd(lines).includes('upsell-assent')).toBe(yes);
  });
});

describe('offer decline, round 35: "no I want …" before a question still declines', () => {
  test('"no I want the one I have fixed??" declines the open offer', () => {
    const lines = [
      C('my laptop will not turn on'),
      A('Would you like to add VoltMart CarePlus for £79? It extends cover to 3 years.'),
      C('no I want the one I have fixed??'),
    ];
    expect(trackOffers(lines).steps[2]!.declined).toBe(true);
  });
});

describe('upsell-assent, round 36 forms', () => {
  test('de colloquial: "ok klingt fair, nehm ich 👍"', () => {
    const lines = [
      C('danke'),
      A('Mit Premium für 4,99 € im Monat haben Sie drei Geräte geschützt. Soll ich das für Sie aktivieren?'),
      C('ok klingt fair, nehm ich 👍'),
    ];
    expect(labelsAtEnd(lines).includes('upsell-assent')).toBe(true);
  });
});

// Round 39 (after holdout62's and holdout63's errors): a paid option put as what it buys, with no
// question; a discount for signing up in es with the pronoun ("si lo contratas…, te lo dejo en");
// assents in de/es/fr/it/nl ("überredet", "cámbiamelo", "sí me conviene" then how to pay), "let's do
// X on/with Y", and two lines that are no decline: a condition inside a question about the offer, a
// later decision on another part. Own phrasings.
describe('upsell-offer, round 39 forms', () => {
  test.each<[string, Line[]]>([
    [
      'a price and what it buys: "For $30 you can pick a 2-hour window instead"',
      [
        C('the delivery was missed again'),
        A('The next free window is Monday. For $30 you can pick a 2-hour window instead.'),
      ],
    ],
    [
      'an option "we do have", at an extra fee',
      [
        C('my heating is off'),
        A('We do have an express visit tonight, though that is an additional €80 on the bill.'),
      ],
    ],
    [
      '"only £15 extra" for a named cover',
      [
        C('the van arrives at 9?'),
        A(
          'Yes. For future moves, our Platinum Cover insures everything in transit, it is only £15 extra per move.',
        ),
      ],
    ],
    [
      'it: "Con il servizio Express a 25 € possiamo…"',
      [
        C('la lavatrice perde acqua'),
        A('Capisco. Con il servizio Express a 25 € possiamo mandarle un tecnico oggi pomeriggio.'),
      ],
    ],
    [
      'nl: "Met de Express-service voor 25 € kunnen we…"',
      [
        C('mijn wasmachine lekt'),
        A('Met de Express-service voor 25 € kunnen we vandaag nog een monteur sturen.'),
      ],
    ],
    [
      'es: "si lo contratas…, te lo dejo en 49 €/mes"',
      [
        C('¿cuánto cuesta el módulo de facturas?'),
        A('Viene en el plan Pro. Si lo contratas con pago anual te lo dejo en 49 €/mes.'),
      ],
    ],
  ])('fires: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).toContain('upsell-offer');
  });

  test.each<[string, Line[]]>([
    [
      'a price told in an answer: "it\'s $22 more per month"',
      [
        C('does my plan cover braces?'),
        A('Your Basic plan does not. The Plus plan covers braces at 50%, and it is $22 more per month.'),
      ],
    ],
    [
      'an instalment answer: "For $620 you can do 3, 6 or 10 months"',
      [
        C('can I pay the bill in parts?'),
        A('Yes, balances over $200 qualify. For $620 you can do 3, 6 or 10 months.'),
      ],
    ],
  ])('does not fire: %s', (_name, lines) => {
    expect(labelsAtEnd(lines)).not.toContain('upsell-offer');
  });
});

describe('upsell-assent, round 39 forms', () => {
  test.each<[string, Line[], boolean]>([
    [
      'de: "Na schön, überredet. Stellen Sie mich auf Plus um."',
      [
        C('Danke.'),
        A('Darf ich noch etwas vorschlagen? Mit Plus für 3,99 € im Monat sind alle Kurse frei. Interesse?'),
        C('Hm, ich weiß nicht. Ist das monatlich kündbar?'),
        A('Ja, jederzeit kündbar.'),
        C('Na schön, überredet. Stellen Sie mich auf Plus um.'),
      ],
      true,
    ],
    [
      'es: "va, cámbiamelo" after a question about the offer',
      [
        C('gracias'),
        A('Por cierto, con el plan Familiar a 12 € al mes tendrías seis cuentas. ¿Te interesa?'),
        C('¿y se puede cancelar cuando quiera?'),
        A('Sí, cuando quieras.'),
        C('va, cámbiamelo'),
      ],
      true,
    ],
    [
      'es: "ándale, sí me conviene. ¿cómo lo pago?" accepts and asks how to pay',
      [
        C('ok'),
        A('Si pagas el año completo por adelantado te hacemos un 10% de descuento. ¿Te interesa?'),
        C('¿10% sobre todo el año?'),
        A('Así es, sobre las doce mensualidades.'),
        C('ándale, sí me conviene. ¿cómo lo pago?'),
      ],
      true,
    ],
    [
      '"let\'s do monthly with 3 seats" after a question',
      [
        C('thanks'),
        A('You could switch to our Team plan at $8 a seat per month, want me to set that up?'),
        C('hmm, and if we add people later?'),
        A('You can add seats any time.'),
        C("ok fine, let's do monthly with 3 seats"),
      ],
      true,
    ],
    [
      'a condition inside a question is no decline: "how do I cancel if I don\'t want it next year?"',
      [
        C('thank you'),
        A('Quick note: many customers add our Travel Cover for $9 a month. Want me to add it?'),
        C("maybe. how do I cancel if I don't want it next year?"),
        A('Any time, from your account page.'),
        C('ok sure add it'),
      ],
      true,
    ],
    [
      'a later decision on another part is no decline: "turn on the trial, I\'ll decide on the paid part later"',
      [
        C('thanks'),
        A(
          'Given your deadline, our Priority Support has a 14-day free trial, then $49 a month. Want me to start it?',
        ),
        C("yes. Turn on the trial, I'll decide on the paid part later."),
      ],
      true,
    ],
    [
      '"I\'ll think about it later" still declines',
      [
        C('thanks'),
        A('Our Priority Support has a 14-day free trial, then $49 a month. Want me to start it?'),
        C("I'll think about it later"),
        A('Sure.'),
        C('ok'),
      ],
      false,
    ],
  ])('%s', (_name, lines, yes) => {
    expect(labelsAtEnd(lines).includes('upsell-assent')).toBe(yes);
  });
});
