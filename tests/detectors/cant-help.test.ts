import { cantHelp } from '../../lib/detectors/cant-help';
import type { Line } from '../../lib/detectors/types';

const A = (text: string): Line => ({ role: 'agent', author: 'Jo', text });
const B = (text: string): Line => ({ role: 'bot', author: 'Bot', text });
const C = (text: string): Line => ({ role: 'customer', author: null, text });
const fires = (line: Line) => cantHelp.analyse([C('help please'), line]).some((f) => f.i === 1);

describe('cant-help', () => {
  test.each<[string, Line]>([
    ['unable', A("I'm unable to issue a refund for this order.")],
    ['no authority', A("Unfortunately I don't have the authority to waive that charge.")],
    ['no access', A("I don't have access to your loan account from this team.")],
    ['outside scope', A("That's outside my scope, sorry.")],
    ['policy', A('Our policy does not allow exchanges after 30 days.')],
    ['cannot be cancelled', A('Prepaid bookings cannot be cancelled, per our terms.')],
    ['nothing I can do', A("I'm sorry, there's nothing I can do about that.")],
    ['bot refuses', B("Sorry, I can't help with that.")],
    ['we only', A('We can only offer store credit for opened items.')],
    ['Spanish', A('Lo siento, no puedo modificar la reserva.')],
    ['French', A('Je ne peux pas annuler cette commande.')],
    // Round 2: British spelling, "the only option", no authority / not my remit in other languages.
    ['not authorised', A("I'm not authorised to reverse late-payment fees, I'm sorry.")],
    ['only option', A('Collecting it from the depot is the only option I can offer.')],
    [
      'French, not my remit',
      A("Hélas, je n'ai pas la main sur les remboursements, ce n'est pas de mon ressort."),
    ],
    ['French, no means', A("Je n'ai aucun moyen de modifier une réservation déjà payée.")],
    ['Spanish, no authorisation', A('No tengo autorización para anular recargos.')],
    ['Portuguese, no access', A('Não tenho acesso ao sistema de cobrança.')],
    ['German, no permission', A('Ich habe leider keine Berechtigung, Gutschriften auszustellen.')],
    ["not something I'm able", A("That's not something I'm able to change.")],
    ['not within my remit', A("Unfortunately that's not within my remit.")],
    ['hands are tied', A('My hands are tied on this one, sorry.')],
    ['no way for me to', A("There's no way for me to override it.")],
    ["we don't have the ability", A("We don't have the ability to merge accounts.")],
    ['falls outside what chat covers', A('That falls outside what chat support covers.')],
  ])('fires: %s', (_name, line) => {
    expect(fires(line)).toBe(true);
  });

  test.each<[string, Line]>([
    ['alternative offered', A("I can't reopen that order, but I can send a replacement today.")],
    ['transfer offered', A("I don't have access to billing, so I'll transfer you to them now.")],
    [
      'specific contact',
      A("I'm not able to do that in chat; you can call 1-800-555-0100 and they'll do it right away."),
    ],
    [
      'instructions instead',
      A("I can't change it for you, but here are the steps: Settings > Plan > Change."),
    ],
    ['menu path given', A("I can't change that from here. To change it, open Settings > Billing > Plan.")],
    ['cannot find', A('I cannot find an order with that number, could you check it?')],
    ['cannot say for certain', A("I can't say for certain when it will arrive.")],
    ['not a refusal', A("I can see the charge and I've reversed it.")],
    ['customer says it', C("you can't help me?")],
    [
      'Portuguese "cannot see" with an alternative',
      A('Não consigo ver o extrato do banco, mas posso enviar agora o comprovante.'),
    ],
    [
      'no access, workaround for now',
      A(
        "I don't have access to the reporting cluster. In the meantime, you can export one quarter at a time.",
      ),
    ],
    [
      'French with an alternative',
      A("Je n'ai pas accès à votre banque, mais je peux vous envoyer l'attestation."),
    ],
    [
      'out of warranty, paid path',
      A('Your laptop falls outside the warranty, so the repair is $120, and I can book it now.'),
    ],
  ])('does not fire: %s', (_name, line) => {
    expect(fires(line)).toBe(false);
  });
});

// Round 3: refusals in German word order, "aren't something", and paths that are not paths.
describe('cant-help, round 3 forms', () => {
  test.each<[string, Line]>([
    ['German verb-second', A('Die Gebühr kann ich Ihnen leider nicht erstatten.')],
    ['German inverted no access', A('Auf Ihr Depot habe ich leider keinen Zugriff.')],
    ['aren’t something', A("Price matches aren't something we're able to do in chat.")],
    ['refusing the transfer is no path', A("Legal don't take chats, so I can't connect you to them.")],
  ])('fires: %s', (_name, line) => {
    expect(fires(line)).toBe(true);
  });

  test.each<[string, Line]>([
    [
      'someone else can do it',
      A("We can't post the keys, but anyone with your booking code can collect them."),
    ],
    [
      'German with an alternative',
      A('Das kann ich leider nicht ändern, aber ich kann Sie an die Buchhaltung weiterleiten.'),
    ],
  ])('does not fire: %s', (_name, line) => {
    expect(fires(line)).toBe(false);
  });
});

// Round 4 (after holdout5): deadlines passed, not eligible, nothing to offer; an escalation under way is a path.
describe('cant-help, round 4 forms', () => {
  test.each<[string, Line]>([
    ['deadline passed', A('The exchange period has passed for this item, sorry.')],
    ['not eligible', A("I'm afraid this booking is no longer eligible for a name change.")],
    [
      'no visibility, no workaround',
      A('I have no visibility on when the fix ships and no workaround to offer.'),
    ],
    ['French nothing to offer', A("Je n'ai hélas aucune solution à vous proposer pour ce délai.")],
  ])('fires: %s', (_name, line) => {
    expect(fires(line)).toBe(true);
  });

  test.each<[string, Line]>([
    [
      'refusal with an escalation under way',
      A("I can't change tax filings myself, but I'm escalating it to our compliance team now."),
    ],
    ['a window still open', A('The return window is open until the 30th, so you can send it back.')],
  ])('does not fire: %s', (_name, line) => {
    expect(fires(line)).toBe(false);
  });
});

// Round 6 (after holdout6): "any authority", a second verb after a benign one, notices in a greeting,
// other ways or another company's service as a path.
describe('cant-help, round 6 forms', () => {
  test.each<[string, Line]>([
    ['no authority of any kind', A("I'm sorry, I don't have any authority to extend the deadline.")],
    [
      'a benign verb, then the refusal',
      A("I'm unable to see the order's status or change it from this desk, I'm afraid."),
    ],
  ])('fires: %s', (_name, line) => {
    expect(fires(line)).toBe(true);
  });

  test.each<[string, Line]>([
    [
      'other ways named at once',
      A(
        "I can't extend the trial, but there are a couple of options. The simplest is to export your data first.",
      ),
    ],
    [
      'a partner can do it',
      A("It's not covered, so we can't claim for it, but our glass partner can fit a new pane for £80."),
    ],
    ['seeing alone is benign', A("I'm unable to see any payment on that date, could you check the card?")],
  ])('does not fire: %s', (_name, line) => {
    expect(fires(line)).toBe(false);
  });

  test('a notice in the greeting, before the customer spoke, is no refusal', () => {
    const notice = B('Welcome to City Parking. Please note we cannot take card payments in this chat.');
    expect(cantHelp.analyse([notice, C('hi')])).toEqual([]);
  });

  test('a bare refusal as the first line recorded still counts', () => {
    expect(cantHelp.analyse([A("Sorry, I can't cancel a fine that has already been issued.")]).length).toBe(
      1,
    );
  });
});

// Round 8 (after holdout8's errors): "but I can't" is no path, "we have no control over", and a rule
// that something is not issued. Own phrasings, not holdout8's lines.
describe('cant-help, round 8 forms', () => {
  test.each<[string, Line]>([
    ["but I can't", A("I hear you, but I can't bend the rules on the cancellation fee.")],
    ['however we cannot', A('I do understand. However, we cannot reopen a closed order.')],
    [
      'no control over a partner',
      A('Collections are run by the council and we have no control over their schedule.'),
    ],
    [
      'not issued, as a rule',
      A('Sadly, loyalty credits are not granted for bookings made through partner sites.'),
    ],
  ])('fires: %s', (_name, line) => {
    expect(fires(line)).toBe(true);
  });

  test.each<[string, Line]>([
    [
      'but I can, a path',
      A("That's not something I can change, but I can ask the billing team to do it today."),
    ],
    ['not issued until a step is done', A('Refunds are not issued until the parcel reaches our warehouse.')],
    [
      'no control, with a path',
      A('We have no control over the courier, but I can open a claim with them for you.'),
    ],
  ])('does not fire: %s', (_name, line) => {
    expect(fires(line)).toBe(false);
  });
});

// Round 9 (after holdout9's errors): the next tier or a person refused outright. Own phrasings.
describe('cant-help, round 9 forms', () => {
  test.each<[string, Line]>([
    ['the next tier refused', A("Supervisors don't take chat requests, sorry.")],
    ['no person available', B('Our human advisors are offline right now. Please come back tomorrow.')],
  ])('fires: %s', (_name, line) => {
    expect(fires(line)).toBe(true);
  });

  test.each<[string, Line]>([
    [
      'a queue that will connect',
      B('All our agents are currently unavailable, the next available agent will be with you shortly.'),
    ],
    ['a manager who will join', A('A manager will join this chat in a few minutes.')],
  ])('does not fire: %s', (_name, line) => {
    expect(fires(line)).toBe(false);
  });
});

// Round 10 (after holdout10's errors): es plural "permisos", exclusions in the terms, "outside what I
// can approve"; not giving an exact date and a transfer in progress are no refusal. Own phrasings.
describe('cant-help, round 10 forms', () => {
  test.each<[string, Line]>([
    ['Spanish: no permissions', A('Lamentablemente no tengo permisos para liberar el pago.')],
    ['German: excluded in the terms', A('Leider, Reisekosten sind in unseren AGB ausgeschlossen.')],
    ['not covered under the policy', A('Water damage from a slow leak is not covered under your policy.')],
    ['outside what I can approve', A('Goodwill payments are outside what I can approve.')],
  ])('fires: %s', (_name, line) => {
    expect(fires(line)).toBe(true);
  });

  test.each<[string, Line]>([
    ['no exact date', A('I cannot give an exact date, it depends on the supplier.')],
    [
      'a transfer in progress',
      A("I'm not authorised to approve that, so I'm transferring you to my manager now."),
    ],
  ])('does not fire: %s', (_name, line) => {
    expect(fires(line)).toBe(false);
  });
});

// Round 11 (after holdout11's errors): "therefore unable", no access for the chat's advisers, "not
// my team", not available from chat, fr adverbs and passives; an action already taken and steps in
// order are a path. Own phrasings.
describe('cant-help, round 11 forms', () => {
  test.each<[string, Line]>([
    [
      'therefore unable',
      A('The option was not taken out with the policy. I am therefore unable to arrange a hire car.'),
    ],
    ["the chat's advisers have no access", A('Chat advisers do not have access to the payment logs.')],
    ['not my team', A("Can't give you one. Not my department.")],
    ['not available from chat', A("Refunds to a new card aren't available from webchat, I'm afraid.")],
    ['French: an adverb inside ne … pas', A('Je ne peux hélas pas prolonger cette offre.')],
    ['French: cannot be granted', A('Les remboursements ne peuvent pas être accordés par le chat.')],
    ['a coordinated act with any object', A("I'm not able to see or share lab results from here, sorry.")],
  ])('fires: %s', (_name, line) => {
    expect(fires(line)).toBe(true);
  });

  test.each<[string, Line]>([
    [
      'an action already taken',
      A("I cannot give you the courier's number, but I have sent him a message with your email."),
    ],
    [
      'Spanish: steps in order',
      A(
        'No puedo tramitarlo desde aquí: primero el titular tiene que firmar el cambio y, después, se puede volver a solicitar.',
      ),
    ],
  ])('does not fire: %s', (_name, line) => {
    expect(fires(line)).toBe(false);
  });
});

describe('cant-help, round 12 forms', () => {
  test.each<[string, Line]>([
    [
      'Indian English: not having authority',
      A('Sorry madam, I am not having authority to waive this charge.'),
    ],
    ['outside a named policy', A('That claim falls outside of our returns policy.')],
    ['no department handles it', A('Unfortunately no team is handling these requests over chat.')],
    ['a terse subjectless refusal', A("Seat already reassigned. Can't reverse that.")],
    ['a contraction without its apostrophe', A('sorry i cant change the due date from here')],
  ])('fires: %s', (_name, line) => {
    expect(fires(line)).toBe(true);
  });

  test.each<[string, Line]>([
    [
      'someone who can is already asked',
      A("I'm not able to approve that myself. I've put in a request for the billing team to call you."),
    ],
  ])('does not fire: %s', (_name, line) => {
    expect(fires(line)).toBe(false);
  });
});

describe('cant-help, round 13 forms', () => {
  test.each<[string, Line]>([
    [
      'Spanish: not that either',
      A('La devolución no está disponible, así que tampoco puedo ofrecerte un vale.'),
    ],
    ['Spanish: sorry not to be able to help', A('Lamento no poder ayudarte con el cambio de titular.')],
  ])('fires: %s', (_name, line) => {
    expect(fires(line)).toBe(true);
  });

  test('Spanish: but there is an easy solution', () => {
    expect(fires(A('No puedo validar esa factura, pero tiene fácil solución: súbela de nuevo en PDF.'))).toBe(
      false,
    );
  });
});

describe('cant-help, round 14 forms', () => {
  test.each<[string, Line]>([
    ['not something we do', A("Sorry, we don't pass on staff phone numbers. It's not something we do.")],
    ['a subjectless refusal', A("can't share driver contact info, sorry.")],
    [
      'not visible on my end',
      A("The install schedule is set by the depot and it isn't really visible on my end."),
    ],
    [
      'no system to put it in',
      A("There isn't really a request system I could log that in. It goes in order."),
    ],
    ['no way we can', A("There's no way we can move your slot, it's first come first served.")],
  ])('fires: %s', (_name, line) => {
    expect(fires(line)).toBe(true);
  });

  test.each<[string, Line]>([
    [
      'French: no access, but a colleague who handles it takes over',
      A(
        "Je n'ai pas accès aux remboursements. Je vous transfère à ma collègue Nathalie, c'est elle qui s'en occupe.",
      ),
    ],
    [
      'Spanish: no access, handed to a colleague',
      A('No tengo acceso a las devoluciones; te paso con mi compañero Andrés, que las gestiona.'),
    ],
    [
      'a refusal with a self-service path after "but if you"',
      A(
        "I can't re-issue the bill from here, but if you enter the reading in the online form, it gets rebuilt overnight.",
      ),
    ],
    ['visible on my end', A("Yes, it's visible on my end now: the refund went out.")],
    ['something we do', A('Price matching is something we do, send me the link.')],
  ])('does not fire: %s', (_name, line) => {
    expect(fires(line)).toBe(false);
  });
});

// Round 15 (holdout16's errors): a passive refusal, "can't be made by Support".
describe('cant-help, round 15 forms', () => {
  test.each<[string, Line]>([
    ['made', A("Seat reductions below the contracted minimum can't be made by Support.")],
    ['done', A('Unfortunately that cannot be done from chat.')],
    ['approved', A("An exception like that can't be approved by me.")],
  ])('fires: %s', (_name, line) => {
    expect(fires(line)).toBe(true);
  });
  test.each<[string, Line]>([
    [
      'a path right after',
      A("That can't be done from chat, but I can book a call with billing for you now."),
    ],
  ])('does not fire: %s', (_name, line) => {
    expect(fires(line)).toBe(false);
  });
});

// Round 16 (holdout18's and holdout19's errors): "outside what I can do" is no path, and refusals
// in de, fr, pt, es, it.
describe('cant-help, round 16 forms', () => {
  test.each<[string, Line]>([
    [
      'outside what I can do, in chat',
      A("Unfortunately I'm not able to reverse late fees, that's outside what I can do in chat."),
    ],
    ['beyond what I can do', A('Sorry, rebooking a missed ferry is beyond what I can do.')],
    ['German: kann ich … keine', A('Zu Entschädigungen kann ich Ihnen leider keine Zusage machen.')],
    ['German: nicht möglich', A('Eine Stornierung nach Reiseantritt ist leider nicht möglich.')],
    [
      'French: je ne suis … pas en mesure',
      A('Je ne suis malheureusement pas en mesure de modifier la date de livraison.'),
    ],
    ['Portuguese: não é possível', A('Trocar o titular do contrato por chat não é possível.')],
    ['Spanish: no es posible', A('Lo siento, no es posible cambiar la talla después del envío.')],
    ['Italian: non è possibile', A('Mi dispiace, non è possibile annullare il pagamento.')],
    ['Italian: not in my system', A('Lo storico dei pagamenti non lo vedo dal mio sistema, mi dispiace.')],
  ])('fires: %s', (_name, line) => {
    expect(fires(line)).toBe(true);
  });
  test.each<[string, Line]>([
    ['what I can do is the path', A("I can't waive it, but what I can do is split it over three bills.")],
    [
      'German: no error to be seen',
      A('Ich habe Ihr Konto geprüft, da kann ich keinen Fehler sehen. Die Zahlung ist eingegangen.'),
    ],
    ['German: nicht möglich, but a way', A('Online ist das nicht möglich, aber ich kann es für Sie ändern.')],
    [
      'Spanish: no es posible, then a way',
      A('No es posible por chat, pero puedo enviarle el formulario por correo ahora mismo.'),
    ],
  ])('does not fire: %s', (_name, line) => {
    expect(fires(line)).toBe(false);
  });
});

// Round 17 (holdout20's and holdout21's errors): a contraction without its apostrophe, an adverb
// inside the French refusal, the German accusative "keinen Zugriff".
describe('cant-help, round 17 forms', () => {
  test.each<[string, Line]>([
    [
      '"dont" without an apostrophe',
      A('i can see a block by our fraud prevention. i dont have access to remove fraud blocks'),
    ],
    [
      "French: je n'ai malheureusement pas la possibilité",
      A("Je n'ai malheureusement pas la possibilité d'annuler ces frais."),
    ],
    [
      'German: ich habe keinen Zugriff',
      A('Es tut mir leid, ich habe keinen Zugriff auf die Terminplanung der Gutachter.'),
    ],
  ])('fires: %s', (_name, line) => {
    expect(fires(line)).toBe(true);
  });

  test.each<[string, Line]>([
    [
      '"dont" with a way forward',
      A('i dont have access to that, but I can transfer you to the fraud team now.'),
    ],
    [
      'French: the possibility, with a path',
      A("Je n'ai malheureusement pas la possibilité d'annuler ces frais, mais je peux vous faire un geste."),
    ],
  ])('does not fire: %s', (_name, line) => {
    expect(fires(line)).toBe(false);
  });
});

// Round 18 (holdout22's and holdout23's errors).
describe('cant-help, round 18 forms', () => {
  test.each<[string, Line]>([
    [
      '"I have no access … or any authority"',
      A(
        'Complaints for that location are handled by the franchise owner, and I have no access to their system or any authority to issue compensation.',
      ),
    ],
    [
      'Spanish: an object pronoun before "no puedo"',
      A('La grúa no la puedo autorizar yo, no está dentro de mis facultades.'),
    ],
    ['Spanish: "no está dentro de mis facultades"', A('Eso no está dentro de mis facultades.')],
    [
      'Portuguese: "não é algo que eu consiga fazer"',
      A('Infelizmente reembolso de despesas não é algo que eu consiga fazer pelo chat.'),
    ],
    [
      'Dutch: "niet mogelijk", "heb ik geen toegang"',
      A('Reserveren is helaas niet mogelijk, daar heb ik geen toegang toe.'),
    ],
  ])('fires: %s', (_name, line) => {
    expect(fires(line)).toBe(true);
  });

  test.each<[string, Line]>([
    [
      '"but I\'m passing you to Ben … who can" is a path',
      A(
        "I'm not able to change pricing myself, but I'm passing you to Ben in our Loyalty team who can look at your options.",
      ),
    ],
    [
      'Spanish: a pronoun refusal with a path',
      A('No la puedo autorizar yo, pero puedo pasarle con mi supervisora ahora.'),
    ],
  ])('does not fire: %s', (_name, line) => {
    expect(fires(line)).toBe(false);
  });

  test('"I can\'t put you through" is no path', () => {
    expect(
      fires(
        A(
          "I'm sorry, I'm not allowed to give dosing advice in this chat and I can't put you through to a pharmacist from here.",
        ),
      ),
    ).toBe(true);
  });
});

describe('cant-help, round 19 forms', () => {
  test.each<[string, Line]>([
    [
      'Portuguese: "não há nada que eu possa fazer"',
      A('Entendo sua frustração, mas não há nada que eu possa fazer quanto a isso.'),
    ],
    ['Portuguese: "não fazemos visitas técnicas"', A('Infelizmente não fazemos visitas técnicas.')],
    [
      'French: "je ne peux rien faire de plus"',
      A(
        "Je suis navrée, mais je ne peux rien faire de plus de mon côté tant que l'ordonnance n'est pas validée.",
      ),
    ],
    [
      'Spanish: "no hay nada más que pueda hacer"',
      A('Lo siento, no hay nada más que pueda hacer desde aquí.'),
    ],
  ])('fires: %s', (_name, line) => {
    expect(fires(line)).toBe(true);
  });

  test.each<[string, Line]>([
    [
      'a refusal with "however, I am able to" and what it does instead',
      A(
        'Unfortunately, I am unable to reverse the fee itself. However, I am able to apply a one-time courtesy credit of $40.00 to your account.',
      ),
    ],
    [
      'a notice "per our policy, I am required to inform you"',
      A(
        'Per our policy, I am required to inform you that closing your account may impact your credit score.',
      ),
    ],
  ])('does not fire: %s', (_name, line) => {
    expect(fires(line)).toBe(false);
  });
});

describe('cant-help, round 20 forms', () => {
  test.each<[string, Line]>([
    ['"the terms don\'t allow a refund"', A("Then unfortunately the terms don't allow a refund.")],
    [
      '"so I will not be able to register a claim"',
      A(
        'I am sorry, gates and fences are excluded from storm cover on your policy, so I will not be able to register a claim for this.',
      ),
    ],
    [
      '"we do not cover taxi costs, that is outside our passenger charter"',
      A("Regarding the taxi, I'm afraid we do not cover taxi costs, that is outside our passenger charter."),
    ],
    ['"we don\'t reimburse" alone', A("Sorry, we don't reimburse parking fees.")],
    [
      'Dutch, inverted: "daar kan ik helaas niets aan veranderen"',
      A('Zonder die verzekering vergoeden wij geen schade, daar kan ik helaas niets aan veranderen.'),
    ],
    [
      'Dutch, words between: "Ik kan daar zelf geen uitzondering op maken" (an upsell after "wel" is no path)',
      A(
        'Dat begrijp ik. Ik kan daar zelf geen uitzondering op maken. Wel kan ik de opslagverzekering nu voor u toevoegen, €9,50 per maand.',
      ),
    ],
    [
      'German: "kann ich leider weder veranlassen noch bestätigen"',
      A('Eine Sperrung von Verkäuferkonten kann ich leider weder veranlassen noch bestätigen.'),
    ],
  ])('fires: %s', (_name, line) => {
    expect(fires(line)).toBe(true);
  });

  test.each<[string, Line]>([
    [
      'German: "aber ich habe einen Technikereinsatz beauftragt" (an action taken)',
      A(
        'Aus der Ferne kann ich es leider nicht zurücksetzen, aber ich habe einen Technikereinsatz beauftragt. Ihre Ticketnummer lautet 2024-TK-118734.',
      ),
    ],
    [
      'Italian: "ma ho aperto una segnalazione"',
      A(
        "Non posso modificarla io direttamente, ma ho aperto una segnalazione all'ufficio esenzioni, numero di pratica SEG-24-0457.",
      ),
    ],
    [
      'Dutch: "kan ik helaas niet garanderen, maar ik zet meteen een verzoek … in"',
      A(
        'Inchecken om 12:00 kan ik helaas niet garanderen, maar ik zet meteen een verzoek voor vroege check-in in het systeem.',
      ),
    ],
  ])('does not fire: %s', (_name, line) => {
    expect(fires(line)).toBe(false);
  });
});

describe('cant-help, round 21 forms', () => {
  test.each<[string, Line]>([
    [
      'terse: "Can\'t advise. Not authorised to give advice. See an IFA."',
      A("Can't advise. Not authorised to give advice. See an IFA."),
    ],
    ['terse: "Can\'t hold. Already requested."', A("Can't hold. Already requested.")],
    [
      'the next tier refused: "supervisors follow the same policy"',
      A('I understand your frustration. Unfortunately supervisors follow the same policy.'),
    ],
    [
      '"I don\'t have visibility of the warehouse schedule"',
      A("I can't guarantee that from my side I'm afraid, I don't have visibility of the warehouse schedule."),
    ],
  ])('fires: %s', (_name, line) => {
    expect(fires(line)).toBe(true);
  });

  test.each<[string, Line]>([
    [
      'someone else handles it: "but our … librarian reviews purchase suggestions every week"',
      A(
        "I'm not able to add copies myself, but our collection development librarian, Dana Okafor, reviews purchase suggestions every week.",
      ),
    ],
    [
      'a remedy on a condition: "if you send us the receipt I\'ll refund it"',
      A(
        "Unfortunately we can't do same-day from our warehouse, but Boots stock the same tin, and if you send us the receipt I'll refund it in full.",
      ),
    ],
    [
      '"What I\'ve done instead is add a full credit"',
      A(
        "Unfortunately same-day redelivery isn't possible. What I've done instead is add a full credit of $89.99 to your account.",
      ),
    ],
  ])('does not fire: %s', (_name, line) => {
    expect(fires(line)).toBe(false);
  });
});

describe('cant-help, round 22 forms', () => {
  test.each<[string, Line]>([
    [
      'terse: "can\'t send a replacement"',
      A("we're a reseller, we dont keep spares. cant send a replacement."),
    ],
    [
      '"isn\'t something I have the authority to approve"',
      A("I'm sorry, a goodwill payment isn't something I have the authority to approve."),
    ],
    [
      'it: an object pronoun first, "non li posso gestire io"',
      A('Mi dispiace, i resi non li posso gestire io.'),
    ],
    ['de: "kann ich … nichts mehr machen"', A('Da kann ich leider nichts mehr machen.')],
    [
      'a section of the terms cited for a prohibition',
      A('Per Section 4.1 of our booking conditions, deposits are non-refundable once the date is confirmed.'),
    ],
    [
      'fr: "aucun … n\'est permis"',
      A("Selon nos conditions, aucun remboursement partiel n'est permis après le départ."),
    ],
  ])('fires: %s', (_name, line) => {
    expect(fires(line)).toBe(true);
  });

  test.each<[string, Line]>([
    [
      'de: the refusal, then someone already reached',
      A(
        'Ich habe keinen Zugriff auf den Lieferplan, aber ich habe das Lager eben telefonisch erreicht: Das Paket geht heute raus.',
      ),
    ],
    [
      'a phone line given as the path',
      A(
        "They don't do chat, so I can't transfer you, but their helpline is 555-0199 and they can fix it today.",
      ),
    ],
    [
      'a section cited for what is allowed',
      A('Per Section 4.1 you can cancel free of charge within 14 days.'),
    ],
  ])('does not fire: %s', (_name, line) => {
    expect(fires(line)).toBe(false);
  });
});

describe('cant-help, round 23 forms', () => {
  test.each<[string, Line]>([
    ['terse, after "No,": "can\'t price match"', A("No, can't price match. Not our policy.")],
    [
      '"I\'ve no access"',
      A("The fines are managed by our contractor, so I've no access to cancel or appeal them from here."),
    ],
    ['"I only look after…"', A('Hmm, no idea sorry. I only look after the camping bookings.')],
    ['"outside what I can see on my end"', A("Sorry, that's outside what I can see on my end.")],
    [
      'records that stop',
      A("I'm afraid that complaint isn't on file, our system only goes back to September."),
    ],
    ['"can\'t see … from my side"', A("no eta on parts, i can't see supplier dates from my side")],
    [
      'supervisors not on chat',
      A('Supervisors are not available on chat. Is there anything else I may assist you with?'),
    ],
    [
      'a service not available for this case',
      A('Sorry, expedited shipping is not available for this card type.'),
    ],
    ['it: "non è disponibile per"', A('Purtroppo la spedizione espressa non è disponibile per le ristampe.')],
    ['nl: "valt buiten ons beleid"', A('Dat valt helaas buiten ons beleid, reiskosten vergoeden wij niet.')],
  ])('fires: %s', (_name, line) => {
    expect(fires(line)).toBe(true);
  });

  test.each<[string, Line]>([
    [
      '"can\'t see any issue on my end" is an answer',
      A("I can't see any issue on my end, the payment went through."),
    ],
    [
      'es: no permission, "pero sí puedo" open a claim',
      A(
        'Yo no tengo permisos para aprobarla, pero sí puedo abrir un reclamo para que la validen con prioridad.',
      ),
    ],
    [
      'not available, then two alternatives',
      A(
        "Same-day isn't available for chilled items. I can either book a redelivery for tomorrow or move it to a store.",
      ),
    ],
    ['"I only need your postcode"', A('I only need your postcode to check that.')],
  ])('does not fire: %s', (_name, line) => {
    expect(fires(line)).toBe(false);
  });
});

describe('cant-help, round 24 forms', () => {
  test.each<[string, Line]>([
    [
      'subjectless "nothing I can do about it"',
      A("Can't give an ETA. Supplier's backordered, nothing I can do about it."),
    ],
  ])('fires: %s', (_name, line) => {
    expect(fires(line)).toBe(true);
  });
  test.each<[string, Line]>([
    [
      '"there is nothing I can do that would be faster than this" with a path',
      A('Nothing I can do faster than the app, but you can call 0800 123 456 to speed it up.'),
    ],
    [
      '"nothing I can do" as the object of a question\'s answer',
      A('Is there nothing I can do to help? Let me check the order.'),
    ],
  ])('does not fire: %s', (_name, line) => {
    expect(fires(line)).toBe(false);
  });
});

describe('cant-help, round 25 forms', () => {
  test.each<[string, Line]>([
    ['"we don\'t do loan phones"', A("I'm sorry, we don't do loan phones at this store.")],
    ['terse: "Don\'t do repairs sorry"', A("Don't do repairs sorry, no workshop here.")],
    ['it: "non rientra nelle mie competenze"', A('Purtroppo non rientra nelle mie competenze.')],
    [
      'pt: a pronoun between, "eu não a posso alterar"',
      A('Infelizmente a franquia está prevista no contrato e eu não a posso alterar.'),
    ],
  ])('fires: %s', (_name, line) => {
    expect(fires(line)).toBe(true);
  });
  test.each<[string, Line]>([
    [
      '"but if you re-upload the photos I can restore it"',
      A(
        "Unfortunately we can't reinstate it as is, but if you re-upload the photos I can restore it straight away.",
      ),
    ],
    [
      '"but she can upgrade it herself in the app"',
      A(
        "Sorry, I can't change a booking that isn't in your name, but she can upgrade it herself in the app.",
      ),
    ],
    [
      '"so I\'m getting a person for you"',
      A("I can't process refunds for damaged items myself, so I'm getting a person for you."),
    ],
    [
      '"I\'ll message Ollie, he\'ll come up"',
      A(
        "I can't fix the AV remotely, I don't have access to it. I'll message Ollie, our building manager, he'll come up in 5 minutes.",
      ),
    ],
  ])('does not fire: %s', (_name, line) => {
    expect(fires(line)).toBe(false);
  });
});

describe('cant-help, round 25: "I\'m getting …" is a path only when someone is fetched', () => {
  test('"I\'m getting a lot of errors" still refuses', () => {
    expect(fires(A("Sorry, I can't refund that and I'm getting a lot of errors on my side."))).toBe(true);
  });
});

describe('cant-help, round 26 forms', () => {
  test.each<[string, Line]>([
    [
      'de: "das ist gegen unsere Richtlinien"',
      A('Teile aus anderen Geräten verbauen wir grundsätzlich nicht, das ist gegen unsere Richtlinien.'),
    ],
    ['"against our policy"', A('Sorry, refunding a used voucher is against our policy.')],
    [
      '"can\'t see … from here, they\'re on a different system"',
      A("Nothing at Harrogate yet, but I can't see Leeds's log from here, they're on a different system."),
    ],
  ])('fires: %s', (_name, line) => {
    expect(fires(line)).toBe(true);
  });
  test.each<[string, Line]>([
    ['"Ha, we can\'t have that!" is no refusal', A("Ha, we can't have that! Let me look at your booking.")],
    [
      '"The earliest I can offer is Thursday" is a way forward',
      A("The earliest I can offer is Thursday morning. We don't do same-day deliveries from this depot."),
    ],
    [
      '"I can\'t see it from here yet" with no other system',
      A("I can't see it from here yet, give it a minute."),
    ],
  ])('does not fire: %s', (_name, line) => {
    expect(fires(line)).toBe(false);
  });
});
describe('cant-help, round 27 forms', () => {
  test.each<[string, Line]>([
    [
      'es: "no tengo atribuciones para anularlo"',
      A('El cargo está en el contrato y no tengo atribuciones para anularlo.'),
    ],
    ['"that would be for the manager to decide"', A('that would be for the manager to decide')],
    [
      '"our staff aren\'t able to …, it\'s against our insurance policy"',
      A(
        "I'm afraid our staff aren't able to give prescription medication, it's against our insurance policy.",
      ),
    ],
    [
      '"only the techs can … and they\'re not on chat"',
      A(
        "can't add electronics work from here sorry, only the techs can quote and authorise that and they're not on chat",
      ),
    ],
    [
      'nl: "maar ik kan het abonnement niet handmatig activeren" (the "maar ik kan" refuses)',
      A('Ik zie de betaling, maar ik kan het abonnement niet handmatig activeren.'),
    ],
    [
      'a way named and dismissed: "but honestly they\'re gonna see the same thing I do"',
      A(
        "I'm not able to check the claims inbox from chat. You could try calling our main line at 1-800-555-0199, but honestly they're gonna see the same thing I do.",
      ),
    ],
  ])('fires: %s', (_name, line) => {
    expect(fires(line)).toBe(true);
  });
  test.each<[string, Line]>([
    [
      '"The Repayments team can approve it over the phone on 0300 100 0607"',
      A(
        "I'm not able to approve refunds from chat. The Repayments team can approve it over the phone on 0300 100 0607, Monday to Friday.",
      ),
    ],
    [
      'pt: "não tenho acesso …, mas vou pedir-lhes uma nova data"',
      A(
        'Infelizmente não tenho acesso à agenda da transportadora, mas vou pedir-lhes uma nova data e ligo-lhe ainda hoje.',
      ),
    ],
    [
      '"but the tyre centre … is open until 8pm"',
      A(
        "I'm afraid we can't bring tyres to the roadside, but the tyre centre they're taking you to is open until 8pm.",
      ),
    ],
    [
      'nl: "maar ik kan het morgen activeren" is a way forward',
      A('Ik heb geen toegang tot dat systeem, maar ik kan het morgen voor je activeren.'),
    ],
    ['"that\'s up to you to decide" refuses nothing', A("Both plans work, that's up to you to decide.")],
  ])('does not fire: %s', (_name, line) => {
    expect(fires(line)).toBe(false);
  });
});
describe('cant-help, round 28 forms', () => {
  test.each<[string, Line]>([
    [
      'pt: "não tenho autonomia para isentar a multa"',
      A('Infelizmente não tenho autonomia para isentar a multa.'),
    ],
    [
      '"we\'re not able to fast-track … under any circumstances"',
      A("I'm afraid we're not able to fast-track licence applications under any circumstances."),
    ],
    [
      '"there is nothing further StayFinder can do"',
      A('If the hotel declines, unfortunately there is nothing further StayFinder can do.'),
    ],
    [
      'fr: "je ne suis pas autorisé à offrir un remboursement"',
      A('Je suis désolé, je ne suis pas autorisé à offrir un remboursement.'),
    ],
    [
      '"I\'m in Policy Services, so I can\'t see claim notes"',
      A("I'm in Policy Services, so I can't see claim notes."),
    ],
  ])('fires: %s', (_name, line) => {
    expect(fires(line)).toBe(true);
  });
  test.each<[string, Line]>([
    ['"I\'m in Billing, so I can see it" refuses nothing', A("I'm in Billing, so I can see it right here.")],
  ])('does not fire: %s', (_name, line) => {
    expect(fires(line)).toBe(false);
  });
});

describe('cant-help, round 29 forms', () => {
  test.each<[string, Line]>([
    [
      'es tú: "no te puedo dar un auto de reemplazo"',
      A('Lamentablemente no te puedo dar un auto de reemplazo, tu plan no lo cubre.'),
    ],
    [
      '"we have no authority to override it"',
      A("I'm afraid not. That decision sits with customs and we have no authority to override it."),
    ],
    [
      '"aren\'t visible to me"',
      A("The audit notes aren't visible to me, so I'm not able to see why the payment was held."),
    ],
  ])('fires: %s', (_name, line) => {
    expect(fires(line)).toBe(true);
  });
  test.each<[string, Line]>([
    [
      'pt: "mas consigo mandar uma mensagem" is the path',
      A('Não posso passar o telefone do entregador, mas consigo mandar uma mensagem pra ele agora.'),
    ],
    [
      'nl: "Dat kan via het formulier" is the way',
      A('Dat kan via het klachtenformulier op onze website. Vanuit de chat kan ik geen klacht registreren.'),
    ],
    [
      'de: "Das geht über das Kundenportal"',
      A('Das geht über das Kundenportal unter Verträge. Im Chat kann ich das leider nicht ändern.'),
    ],
    [
      '"That can be done through the online form"',
      A("That can be done through the online form. I can't register a complaint from chat."),
    ],
  ])('does not fire: %s', (_name, line) => {
    expect(fires(line)).toBe(false);
  });
});

describe('cant-help, round 30 forms', () => {
  test.each<[string, Line]>([
    [
      'it: "non ho la possibilità di sospendere il pagamento"',
      A('Mi dispiace, non ho la possibilità di sospendere il pagamento.'),
    ],
    [
      'nl: "Ik heb helaas geen toegang tot het betaalsysteem"',
      A('Excuses. Ik heb helaas geen toegang tot het betaalsysteem.'),
    ],
    [
      'es: "solo la puede presentar el titular"',
      A('La reclamación solo la puede presentar el titular de la cuenta.'),
    ],
    [
      'pt: "só posso tratar … com o titular"',
      A('Por política de segurança, só posso tratar desse valor com o titular da conta.'),
    ],
  ])('fires: %s', (_name, line) => {
    expect(fires(line)).toBe(true);
  });
  test.each<[string, Line]>([
    [
      '"I\'ve opened a recovery ticket"',
      A("I don't have access to change emails. I've opened a recovery ticket: AS-1120-3391."),
    ],
    [
      '"but if your dad confirms …, I can add you"',
      A(
        "I can't go through the charges with you, but if your dad confirms his PIN here, I can add you as an authorised user.",
      ),
    ],
    [
      'fr: "mais je demande à l\'expert de contacter votre père"',
      A("Je ne peux pas vous donner le détail, mais je demande à l'expert de contacter votre père."),
    ],
    [
      'es: asking whether the customer is the holder',
      A('La reclamación solo la puede presentar el titular de la cuenta. ¿Eres tú el titular?'),
    ],
  ])('does not fire: %s', (_name, line) => {
    expect(fires(line)).toBe(false);
  });
});

describe('cant-help, round 31 forms', () => {
  test.each<[string, Line]>([
    [
      'de: "Da habe ich leider keinen Einblick"',
      A('Da habe ich leider keinen Einblick, das läuft über die Krankenkasse.'),
    ],
    [
      'a complaint ticket records the delay, it routes nothing',
      A(
        "I don't have access to transfer prescriptions. I have opened a complaint ticket about the delay, number MD-1.",
      ),
    ],
  ])('fires: %s', (_name, line) => {
    expect(fires(line)).toBe(true);
  });
});

describe('cant-help, round 32 forms', () => {
  test.each<[string, Line]>([
    [
      'pt: the company with no access, "a Ondacel não tem acesso ao cadastro"',
      A('Infelizmente não, a Ondacel não tem acesso ao cadastro de outras operadoras.'),
    ],
    [
      'de: "darauf habe ich leider keinen Einfluss"',
      A('Auf die Bearbeitungszeit der IT habe ich leider keinen Einfluss.'),
    ],
    [
      'it: "Non sono autorizzata a gestire …"',
      A('Non sono autorizzata a gestire le richieste di compensazione in chat.'),
    ],
    [
      'a team named: "the porting team does not take direct calls"',
      A("I'm sorry, the porting team does not take direct calls."),
    ],
  ])('fires: %s', (_name, line) => {
    expect(fires(line)).toBe(true);
  });
  test.each<[string, Line]>([
    [
      'the next step offered in a sentence of its own ("I could send them a note …")',
      A(
        "The settlement team doesn't handle chats, unfortunately. I could send them a note asking them to contact you.",
      ),
    ],
  ])('does not fire: %s', (_name, line) => {
    expect(fires(line)).toBe(false);
  });
});

describe('cant-help, round 33 forms', () => {
  test.each<[string, Line]>([
    [
      'fr: "Le service recouvrement n\'est pas joignable par chat."',
      A("Le service recouvrement n'est pas joignable par chat."),
    ],
    [
      'nl: "Ik mag u helaas geen voorrang geven"',
      A('Ik begrijp dat dat vervelend is. Ik mag u helaas geen voorrang geven op de wachtlijst.'),
    ],
    [
      '"not offered under our service policy"',
      A('Unfortunately loaner devices are not offered under our service policy.'),
    ],
    [
      'de: "Ich kann leider keine Termine … vergeben."',
      A('Ich kann leider keine Termine außerhalb des Online-Systems vergeben.'),
    ],
    [
      '"but a refund is not something I can do" (a negation between "but" and "I can")',
      A("I'm sorry, but a refund is not something I can do once a pass period has started."),
    ],
  ])('fires: %s', (_name, line) => {
    expect(fires(line)).toBe(true);
  });
  test.each<[string, Line]>([
    [
      '"… but as a one-time courtesy I can credit the full $86"',
      A(
        "I can't remove roaming charges that were billed correctly, but as a one-time courtesy I can credit the full $86 back.",
      ),
    ],
    [
      'de: "…, aber Sie können ihn direkt über das Formular stellen"',
      A('Den Antrag kann ich nicht im Chat aufnehmen, aber Sie können ihn direkt über das Formular stellen.'),
    ],
    [
      '"I can\'t lift the block. I\'ll cancel it now and issue you a new card."',
      A(
        "The card is compromised, so I can't lift the block. I'll cancel it now and issue you a new card number.",
      ),
    ],
  ])('does not fire: %s', (_name, line) => {
    expect(fires(line)).toBe(false);
  });
});

describe('cant-help, round 34 forms', () => {
  test.each<[string, Line]>([
    [
      'nl: "Ik heb helaas geen inzage in de beoordeling"',
      A('Ik heb helaas geen inzage in de beoordeling van de schadebehandelaar.'),
    ],
  ])('fires: %s', (_name, line) => {
    expect(fires(line)).toBe(true);
  });
  test.each<[string, Line]>([
    [
      'es: "no puedo desbloquear esta tarjeta, pero le emito una nueva sin coste"',
      A('Por seguridad no puedo desbloquear esta tarjeta, pero le emito una nueva sin coste.'),
    ],
    [
      'fr: "Je ne peux pas annuler …, mais j\'ouvre une réclamation …"',
      A(
        "Je ne peux pas annuler ces locations moi-même, mais j'ouvre une réclamation auprès du service facturation.",
      ),
    ],
  ])('does not fire: %s', (_name, line) => {
    expect(fires(line)).toBe(false);
  });
});

describe('cant-help, round 35 forms', () => {
  test.each<[string, Line]>([
    [
      'it: "Non ho visibilità sul motivo del blocco"',
      A("Non ho visibilità sul motivo del blocco, la richiesta è gestita dall'operatore di provenienza."),
    ],
  ])('fires: %s', (_name, line) => {
    expect(fires(line)).toBe(true);
  });
});

describe('cant-help, round 36 forms', () => {
  test.each<[string, Line]>([
    [
      'it: "non sono di competenza del mio ufficio"',
      A('Le richieste di rimborso non sono di competenza del mio ufficio, mi dispiace.'),
    ],
  ])('fires: %s', (_name, line) => {
    expect(fires(line)).toBe(true);
  });
});
