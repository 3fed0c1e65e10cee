import { prematureClose } from '../../lib/detectors/premature-close';
import type { Line } from '../../lib/detectors/types';

const A = (text: string): Line => ({ role: 'agent', author: 'Jo', text });
const C = (text: string): Line => ({ role: 'customer', author: null, text });
const firesAtEnd = (lines: Line[]) => prematureClose.analyse(lines).some((f) => f.i === lines.length - 1);

describe('premature-close', () => {
  test.each<[string, Line[]]>([
    [
      'after a complaint',
      [C('my router still drops every hour'), A('Is there anything else I can help you with?')],
    ],
    [
      'after cant-help',
      [C('I want a refund'), A("I'm not able to refund that. Thank you for contacting us!")],
    ],
    [
      'after a bare ok',
      [C('when will it be fixed?'), A('Engineers are on it.'), C('ok'), A('Have a great day!')],
    ],
    [
      'thanks for your patience and for choosing',
      [
        C('5 more business days? this is my money'),
        A('I understand. Thank you for your patience and for choosing Coinvault.'),
      ],
    ],
    [
      'resolution words negated',
      [C('the site is down'), A('Try now.'), C("it's still not working"), A('Great, anything else?')],
    ],
    ['after an unanswered question', [C('who can approve this then'), A('Anything else for today?')]],
    [
      'thanks then a new problem',
      [C('thanks!'), C('but the second invoice is still wrong'), A('Thanks for chatting with us!')],
    ],
    [
      'after declining an offer',
      [
        C('the box is broken'),
        A('Sending a new one. Want to add Care+ for $5/mo?'),
        C('no thanks'),
        A('Anything else I can help with?'),
      ],
    ],
    // Round 2: "anything else" in other languages; a "no" that is still waiting is not "done".
    ['French anything else', [C('le colis est toujours bloqué'), A('Puis-je vous aider pour autre chose ?')]],
    ['Spanish anything else', [C('sigo sin luz en casa'), A('¿Hay algo más en lo que le pueda ayudar?')]],
    [
      'German anything else',
      [C('das Internet fällt immer noch aus'), A('Kann ich sonst noch etwas für Sie tun?')],
    ],
    [
      'no, but still waiting',
      [
        C('my claim has been open for six weeks'),
        A("I've chased the assessor. Is there anything else I can help with?"),
        C('No, just waiting to hear back really.'),
        A('Thanks for contacting Harbourline, take care!'),
      ],
    ],
    ['anything more', [C('still broken'), A('Is there anything more I can do for you?')]],
    ['will that be all', [C('the charge is still there'), A('Will that be all for today?')]],
    ['anything else you needed', [C('nobody has called me'), A('Was there anything else you needed?')]],
    ['hope I resolved it', [C('it keeps crashing'), A("I hope I've resolved your issue today.")]],
    [
      'Spanish thanks-for-contacting',
      [C('la factura sigue mal'), A('Gracias por contactar con Luzenergía, ¡que tenga buen día!')],
    ],
    [
      'Portuguese sign-off',
      [C('o boleto não chegou'), A('Obrigado por entrar em contato. Tenha um ótimo dia!')],
    ],
  ])('fires: %s', (_name, lines) => {
    expect(firesAtEnd(lines)).toBe(true);
  });

  test.each<[string, Line[]]>([
    [
      'customer confirmed the fix',
      [
        C('it is broken'),
        A('Try now.'),
        C('that worked, thanks!'),
        A('Is there anything else I can help with?'),
      ],
    ],
    [
      'customer said they are done',
      [C('question'), A('Answer.'), C("no that's all"), A('Thank you for contacting us.')],
    ],
    ['no after anything else', [C('thank you'), A('Anything else?'), C('no'), A('Have a nice day!')]],
    [
      'thanks in French',
      [C('le colis est arrivé'), A('Parfait.'), C('merci beaucoup'), A('Avec plaisir, bonne journée !')],
    ],
    [
      'fix confirmed in own words',
      [
        C('the database is read-only'),
        A('Resize the volume.'),
        C("done, it's writable again"),
        A('Great! Anything else?'),
      ],
    ],
    [
      'customer got what was missing',
      [C('my gems never arrived'), A("I've added them now."), C('got them'), A('Enjoy! Anything else?')],
    ],
    ['greeting that thanks', [C('hi'), A('Thanks for contacting Acme! How can I help?')]],
    [
      'thanks and carries on with a question',
      [C('my app crashes'), A('Thanks for reaching out! Could you tell me your app version?')],
    ],
    ['before the customer spoke', [A('Thank you for contacting Acme, this is Jo.')]],
    [
      'questions about an offer do not reopen',
      [
        C('great, it works'),
        A('Want to add Care+ for $5/mo?'),
        C('what does it cover?'),
        A('Drops.'),
        C('no thanks'),
        A('Anything else?'),
      ],
    ],
    [
      "resolution in the customer's own words with a generic subject",
      [
        C('the transfer has not arrived'),
        A('I released it from review.'),
        C('ah the money is already showing in my account'),
        A('Great! Anything else I can help with?'),
      ],
    ],
    [
      'it activated, after trying again',
      [
        C('licence error'),
        A('I reset it, give it ten minutes.'),
        C('tried again later and it activated, thanks'),
        A('Anything else?'),
      ],
    ],
    [
      'German thanks after a fix',
      [
        C('WLAN geht nicht'),
        A('Ich habe den Port zurückgesetzt.'),
        C('Jetzt geht es, danke!'),
        A('Kann ich sonst noch etwas für Sie tun?'),
      ],
    ],
    [
      'will that be all, after a confirmed fix',
      [C('it is fixed now, thanks'), A('Will that be all for today?')],
    ],
  ])('does not fire: %s', (_name, lines) => {
    expect(firesAtEnd(lines)).toBe(false);
  });
});

// Round 3: closing while the customer's last word is a complaint, a demand or a polite decline.
describe('premature-close, customer state', () => {
  test.each<[string, Line[]]>([
    [
      'decline with thanks after a refusal',
      [
        C('can you waive it?'),
        A("I'm not able to waive that."),
        C('fine'),
        A('By the way, want our Plus plan for $5?'),
        C('not today, thanks'),
        A('No worries, have a lovely evening!'),
      ],
    ],
    [
      'German decline with danke',
      [
        C('wann kommt das Geld?'),
        A('Das prüfen wir.'),
        A('Möchten Sie unsere Gold-Karte für 5 € im Monat?'),
        C('nein danke'),
        A('Vielen Dank für Ihre Anfrage und einen schönen Abend!'),
      ],
    ],
    [
      'no to anything else, with a demand',
      [
        C('where is my sofa?'),
        A('Rebooked for Friday. Anything else I can do?'),
        C('no. just make sure it comes this time'),
        A('Thanks for shopping with us, take care!'),
      ],
    ],
    [
      'decline that restates the problem',
      [
        C('still no internet'),
        A('A tech comes tomorrow.'),
        C('thanks'),
        A('Would you like faster speeds for $10/mo?'),
        C("lol it doesn't even work now. no"),
        A('Understood! Have a great day.'),
      ],
    ],
    [
      'Spanish anything else after a question',
      [
        C('¿por qué me cobraron 50 dólares?'),
        A('Es el cargo de instalación.'),
        A('¿Algo más en lo que pueda ayudarle?'),
      ],
    ],
  ])('fires: %s', (_name, lines) => {
    expect(firesAtEnd(lines)).toBe(true);
  });

  test.each<[string, Line[]]>([
    [
      'Portuguese resolved',
      [
        C('o cartão não funciona'),
        A('Já desbloqueei.'),
        C('perfeito, resolvido. valeu'),
        A('Posso ajudar em algo mais?'),
      ],
    ],
    [
      'French c’est tout',
      [
        C('la facture est fausse'),
        A("C'est corrigé."),
        C("parfait, c'est tout"),
        A('Bonne journée à vous !'),
      ],
    ],
    [
      'German erledigt',
      [
        C('Passwort geht nicht'),
        A('Ich habe es zurückgesetzt.'),
        C('super, erledigt'),
        A('Kann ich sonst noch etwas für Sie tun?'),
      ],
    ],
    [
      'thanks for the fix, then declined offer with a separate thanks',
      [
        C('app crashes'),
        A('Fixed in 2.1, please update.'),
        C('works now'),
        A('Want Pro for $3/mo?'),
        C('no need. thanks though'),
        A('Anything else I can help with?'),
      ],
    ],
  ])('does not fire: %s', (_name, lines) => {
    expect(firesAtEnd(lines)).toBe(false);
  });
});

// Round 4 (after holdout5): wider "anything else…?", chat surveys, asking for the fix is no
// confirmation, "like I said" reopens, "fair enough, that's fine" accepts.
describe('premature-close, round 4 forms', () => {
  test.each<[string, Line[]]>([
    [
      'anything else with words before the question mark',
      [C('the sync still fails'), A('Noted. Anything else at all today?')],
    ],
    ['a survey about the chat', [C('nobody answers my question'), A('Was this chat helpful? Yes / No')]],
    [
      '"that\'s fine" to a hold question is a plain ok',
      [C('still no signal'), A('Can I put you on hold?'), C("that's fine"), A('Thanks for contacting us!')],
    ],
    [
      'asking for the fix contains "fixed"',
      [
        C('payslips show the wrong tax code, need it fixed today'),
        A('Is there anything else I can help you with?'),
      ],
    ],
    [
      'the customer says it was already said, while declining an offer',
      [
        C('thanks, that works'),
        A('While you are here, our Plus plan is $9 a month. Want it?'),
        C('like I said, the app keeps crashing'),
        A('Understood. Is there anything else I can help with?'),
      ],
    ],
  ])('fires: %s', (_name, lines) => {
    expect(firesAtEnd(lines)).toBe(true);
  });

  test.each<[string, Line[]]>([
    [
      'accepting the outcome',
      [
        C('can you refund it?'),
        A('I can add a credit instead.'),
        C('fair enough, the credit is fine'),
        A('Anything else on your mind?'),
      ],
    ],
    [
      'a thank-you for the missing item that arrived',
      [C('the missing charger arrived, thanks!'), A('Great! Have a lovely evening.')],
    ],
    [
      'a question about the answer is no survey',
      [C('where is my parcel?'), A('It is at the depot. Was that helpful?')],
    ],
  ])('does not fire: %s', (_name, lines) => {
    expect(firesAtEnd(lines)).toBe(false);
  });
});

// Round 6 (after holdout6): thanks that open an answer close nothing; a feedback ask after a
// sign-off still closes; a resolution word before a noun reports no fix.
describe('premature-close, round 6 forms', () => {
  test.each<[string, Line[]]>([
    [
      'a sign-off followed by a feedback ask',
      [C('the app still logs me out'), A('Thanks for contacting us! Did this help? 👍 👎')],
    ],
    [
      'a resolution word used as an adjective',
      [
        C('the refund never came'),
        C("it's a working card, I checked"),
        A('Thanks for reaching out! Anything else I can do?'),
      ],
    ],
    ['thanks and a short sign-off', [C('still no signal'), A('Thank you for contacting us. Take care.')]],
  ])('fires: %s', (_name, lines) => {
    expect(firesAtEnd(lines)).toBe(true);
  });

  test.each<[string, Line[]]>([
    [
      'thanks opening an answer',
      [
        C('can you merge my two accounts?'),
        A(
          "Thanks for reaching out! Merging isn't something chat can do, but the accounts team handles it by email within a week.",
        ),
      ],
    ],
  ])('does not fire: %s', (_name, lines) => {
    expect(firesAtEnd(lines)).toBe(false);
  });
});

// Round 9 (after holdout9's errors): praise right after a refusal is sarcasm; "worked" reports a fix
// even with "again" in the line. Own phrasings.
describe('premature-close, round 9 forms', () => {
  test.each<[string, Line[]]>([
    [
      'sarcastic praise after a refusal',
      [
        A('Hi, how can I help?'),
        C('my parcel never arrived'),
        A("I'm unable to reship it, I'm afraid."),
        C('wow. brilliant.'),
        A('Is there anything else I can help you with?'),
      ],
    ],
  ])('fires: %s', (_name, lines) => {
    expect(firesAtEnd(lines)).toBe(true);
  });

  test.each<[string, Line[]]>([
    [
      'a refusal accepted',
      [
        A('Hi, how can I help?'),
        C('can you send a new charger?'),
        A("I'm unable to send single parts, but the credit is on your account."),
        C('fair enough, the credit will do'),
        A('Is there anything else I can help you with?'),
      ],
    ],
    [
      'a fix reported as worked, on a retry',
      [
        A('Hi, how can I help?'),
        C('my card is declined abroad'),
        A("I've lifted the block, please try the payment again."),
        C('just tried it again, worked'),
        A('Great! Have a lovely day.'),
      ],
    ],
  ])('does not fire: %s', (_name, lines) => {
    expect(firesAtEnd(lines)).toBe(false);
  });
});

// Round 10 (after holdout10's errors): "resolveu", "funcionó" report the problem solved.
describe('premature-close, round 10 forms', () => {
  test.each<[string, Line[]]>([
    [
      'Portuguese: it solved it',
      [
        A('Olá'),
        C('compra que não fiz'),
        A('Abri a contestação.'),
        C('ok, resolveu então'),
        A('Mais alguma coisa em que eu possa ajudar?'),
      ],
    ],
  ])('does not fire: %s', (_name, lines) => {
    expect(firesAtEnd(lines)).toBe(false);
  });
});

describe('premature-close, round 12 forms', () => {
  test.each<[string, Line[]]>([
    [
      'anything further with which I might assist',
      [
        C('the parcel never came'),
        A('I have reported it. Is there anything further with which I might assist?'),
      ],
    ],
    ['thanks for playing', [C('my coins vanished'), A('Ticket logged. Thanks for playing Dragonfall!')]],
    [
      'German: still not working while declining',
      [
        C('Karte gesperrt'),
        A('Erledigt.'),
        C('Gut, danke.'),
        A('Möchten Sie Plus?'),
        C('Nein danke. Die Karte geht immer noch nicht.'),
        A('Kann ich sonst noch etwas für Sie tun?'),
      ],
    ],
    [
      'a hope is not a confirmation',
      [
        C('can I move the date?'),
        A('Maybe, if the slot frees up.'),
        C('ok. hopefully it works out'),
        A('Anything else I can help with?'),
      ],
    ],
  ])('fires: %s', (_name, lines) => {
    expect(firesAtEnd(lines)).toBe(true);
  });

  test.each<[string, Line[]]>([
    [
      'the symptom gone, in their words',
      [
        C('the smoke alarm keeps chirping'),
        A('Hold the test button for 20 seconds.'),
        C('ok, the chirping stopped'),
        A('Anything else I can help with?'),
      ],
    ],
  ])('does not fire: %s', (_name, lines) => {
    expect(firesAtEnd(lines)).toBe(false);
  });
});

describe('premature-close, round 13 forms', () => {
  test('the fix restored in their words: "the laptop is syncing again"', () => {
    const lines = [
      C('my photos are not uploading'),
      A('Try clearing the queue in Settings.'),
      C('done, the phone is uploading again'),
      A('Is there anything else I can help you with?'),
    ];
    expect(firesAtEnd(lines)).toBe(false);
  });
});

describe('premature-close, round 16 forms', () => {
  // Thanks that open an answer, in another language, close nothing: "Danke für Ihre Geduld" back from a hold.
  test.each<[string, string]>([
    [
      'German: thanks for your patience, then the answer',
      'Danke für Ihre Geduld. Ich habe die Gutschrift für die doppelte Abbuchung eben veranlasst, sie erscheint in drei Werktagen.',
    ],
    [
      'Spanish: thanks for contacting, then the answer',
      'Gracias por contactarnos. Veo que el técnico no pudo entrar; le reprogramo la visita para el jueves por la mañana.',
    ],
  ])('does not fire: %s', (_name, text) => {
    expect(firesAtEnd([C('I was charged twice for the same booking'), A(text)])).toBe(false);
  });

  test.each<[string, string]>([
    ['German: the thanks alone still sign off', 'Vielen Dank für Ihre Geduld.'],
    ['German: the thanks, then a goodbye', 'Danke für Ihre Geduld. Einen schönen Tag noch!'],
  ])('fires: %s', (_name, text) => {
    expect(firesAtEnd([C('I was charged twice for the same booking'), A(text)])).toBe(true);
  });
});

// Round 18 (holdout22's and holdout23's errors).
describe('premature-close, round 18 forms', () => {
  test.each<[string, Line[], boolean]>([
    [
      'a "no" to "anything else?" that complains is no "that\'s all"',
      [
        C('can you not speed it up? I need the money on friday'),
        A("I'm really sorry, but I'm not authorized to override compliance reviews."),
        A('Is there anything else I can assist you with today?'),
        C('no. this is ridiculous'),
        A('Thank you for reaching out to Finly! Have a wonderful evening!'),
      ],
      true,
    ],
    [
      'German: "Nein, offensichtlich nicht."',
      [
        C('Ich will nur mein Geld.'),
        A('Kann ich sonst noch etwas für Sie tun?'),
        C('Nein, offensichtlich nicht.'),
        A('Vielen Dank für Ihre Nachricht und noch einen schönen Tag.'),
      ],
      true,
    ],
    [
      'a plain "no, that\'s all" still ends it',
      [
        C('my refund?'),
        A('It went out today.'),
        A('Anything else I can help with?'),
        C('no, thanks'),
        A('Thanks for contacting us, have a great day!'),
      ],
      false,
    ],
    [
      '"I will be closing this chat now" while the link is still expired',
      [
        C('wait the link says expired'),
        A('I have resent the link, kindly check.'),
        A('Since I have not received any response from you, I will be closing this chat now.'),
      ],
      true,
    ],
    [
      'Dutch: "Kan ik u verder nog ergens mee helpen?" after an open question',
      [C('En mijn jas?'), A('Kan ik u verder nog ergens mee helpen?')],
      true,
    ],
    [
      'Dutch: after "verder is het goed zo, dank" it is no premature close',
      [
        C('die heb ik net gegeven toch? 14-03-1979. verder is het goed zo hoor, dank'),
        A('Excuses, dank u wel. Kan ik u verder nog ergens mee helpen?'),
      ],
      false,
    ],
    [
      'Dutch: after "Ok, goed om te weten" either',
      [
        C('Hebben jullie parkeergelegenheid?'),
        A('Ja, in de garage om de hoek.'),
        C('Ok, goed om te weten.'),
        A('Kan ik verder nog iets voor je doen?'),
      ],
      false,
    ],
    [
      '"I just want the $120 sorted" asks for the fix, after declining an offer',
      [
        C('so I am just out $120'),
        A('By the way, this month we have a promotion for teeth whitening, 20% off. Would you like to book?'),
        C('no thank you. I just want the $120 sorted'),
        A('Thank you for contacting BrightDental, have nice day!'),
      ],
      true,
    ],
  ])('%s', (_name, lines, want) => {
    expect(firesAtEnd(lines)).toBe(want);
  });
});

describe('premature-close, round 19 forms', () => {
  const close = A("This is not something I'm able to assist with further. Thank you for contacting us.");
  test.each<[string, Line[], boolean]>([
    [
      '"that\'s it??" asked back is disbelief',
      [
        C('my claim is 21 days late'),
        A('Is there anything else I can assist you with?'),
        C("that's it?? nobody can check?"),
        close,
      ],
      true,
    ],
    [
      '"that\'s it" said plainly is still "that\'s all"',
      [
        C('my claim is 21 days late'),
        A('Is there anything else I can assist you with?'),
        C("that's it, thanks"),
        close,
      ],
      false,
    ],
    [
      '"that\'s all?" asked back is disbelief',
      [C('the card was charged twice'), A('I have logged it.'), C("that's all?"), close],
      true,
    ],
  ])('%s', (_name, lines, fires) => {
    expect(firesAtEnd(lines)).toBe(fires);
  });
});

describe('premature-close, round 20 forms', () => {
  test.each<[string, Line[], boolean]>([
    [
      'Italian: "C\'è altro che posso fare per te?"',
      [C('la penale è assurda'), A('Capisco.'), C('ok lascia stare'), A("C'è altro che posso fare per te?")],
      true,
    ],
    [
      'Dutch: "nee dank u" declines an offer; its thanks are politeness',
      [
        C('er is waterschade aan mijn bank, wordt dat vergoed?'),
        A('Wel kan ik de opslagverzekering nu voor u toevoegen, €9,50 per maand.'),
        C('Nee dank u, eerst wil ik weten hoe het met deze schade zit.'),
        A('Begrijpelijk. Kan ik u verder nog ergens mee helpen?'),
      ],
      true,
    ],
    [
      'French: "ok merci mais …" thanks and goes on with the problem',
      [
        C('le plat était froid'),
        A("J'ai ouvert une réclamation."),
        C('ok merci mais le plat était immangeable, je veux être remboursé en entier'),
        A("Très bien. Merci d'avoir contacté Miamz, bonne soirée !"),
      ],
      true,
    ],
    [
      'German: "Darf ich Ihnen noch etwas empfehlen?" leads to an offer, it closes nothing',
      [
        C('mein Verkäuferkonto ist gesperrt'),
        A('Das kann ich leider nicht aufheben.'),
        C('Also passiert einfach nichts.'),
        A('Darf ich Ihnen noch etwas empfehlen? Mit Marktli Plus sind Ihre Käufe versichert.'),
      ],
      false,
    ],
    [
      '"ok thats fair" accepts what was offered',
      [
        C('can i also get something for the hassle'),
        A('Certainly, I have added $10 credit to your account.'),
        C('ok thats fair'),
        A('Thank you for contacting SkipBite.'),
      ],
      false,
    ],
  ])('%s', (_name, lines, fires) => {
    expect(firesAtEnd(lines)).toBe(fires);
  });
});

describe('premature-close, round 21 forms', () => {
  test.each<[string, Line[], boolean]>([
    [
      '"the miles was all I needed" says the customer is done',
      [
        C('can you add my miles from last week?'),
        A('Done, the miles are on your account.'),
        C("no ma'am, the miles was all I needed. y'all have a good one"),
        A('You too! Thanks for flying Cardinal.'),
      ],
      false,
    ],
    [
      '"dat\'s di main ting" after a refusal on the side issue',
      [
        C('mi truck reservation is wrong'),
        A("Done. I can't close complaints from my side though."),
        C("ok nuh worry bout it, mi get mi truck, dat's di main ting"),
        A('Anything else I can help with?'),
      ],
      false,
    ],
    [
      'Spanish: "al menos con el abono quedo tranquilo"',
      [
        C('me cobraron dos veces'),
        A('Le voy a hacer un abono temporal mientras se resuelve.'),
        C('uy bastante. bueno, al menos con el abono quedo tranquilo'),
        A('Entiendo. ¿Le puedo ayudar en algo más?'),
      ],
      false,
    ],
    [
      'a terse "Closing chat now." after a refusal',
      [
        C('please hold the pack'),
        A("Can't hold. Already requested."),
        C('I want my pack sent to the right address.'),
        A('Closing chat now.'),
      ],
      true,
    ],
  ])('%s', (_name, lines, fires) => {
    expect(firesAtEnd(lines)).toBe(fires);
  });
});

describe('premature-close, round 22 forms', () => {
  test.each<[string, Line[], boolean]>([
    [
      'Italian: "Posso aiutarti con altro?" while the refund is refused',
      [
        C('posso avere un rimborso per marzo?'),
        A('Mi dispiace, i rimborsi non li gestisco io.'),
        C('e allora chi?'),
        A('Nessun problema! Posso aiutarti con altro?'),
      ],
      true,
    ],
    [
      'German: "Kann ich Ihnen sonst noch irgendwie helfen?" after a refusal',
      [
        C('Kommt heute noch ein Techniker?'),
        A('Nein, heute leider nicht mehr.'),
        C('Das ist nicht akzeptabel.'),
        A('Kann ich Ihnen sonst noch irgendwie helfen?'),
      ],
      true,
    ],
    [
      '"thanks for nothing" complains, it confirms nothing',
      [
        C('I need a spare key sent'),
        A('Sorry, spare keys are outside what I can do online.'),
        C('great. thanks for nothing'),
        A('Thank you for contacting us. Have a great evening!'),
      ],
      true,
    ],
    [
      'plain thanks after the fix still confirm it',
      [
        C('I need a spare key sent'),
        A('Done, a spare key is on its way by courier.'),
        C('great, thanks a lot'),
        A('Thank you for contacting us. Have a great evening!'),
      ],
      false,
    ],
  ])('%s', (_name, lines, fires) => {
    expect(firesAtEnd(lines)).toBe(fires);
  });
});

describe('premature-close, round 23 forms', () => {
  test.each<[string, Line[], boolean]>([
    [
      'an offer declined, then the problem asked about again',
      [
        C('my emails bounce since the DNS change'),
        A("I've escalated it to our deliverability team."),
        C('thx'),
        A('By the way, the Pro plan gives you a dedicated sending address. Want me to upgrade you?'),
        C('maybe later. when will the team fix it?'),
        A('Thanks for contacting Ledgerly, have a great day!'),
      ],
      true,
    ],
    [
      'the offer declined with a question about the offer itself, asked first',
      [
        C('my emails bounce since the DNS change'),
        A('Fixed: I re-verified your domain, try now.'),
        C('works now, thanks'),
        A('By the way, the Pro plan gives you a dedicated sending address. Want me to upgrade you?'),
        C('how much is it?'),
        A('€6 more per month.'),
        C('no thanks'),
        A('Thanks for contacting Ledgerly, have a great day!'),
      ],
      false,
    ],
    [
      'Italian: "Posso fare altro per lei?" after a refusal',
      [
        C('arriverà entro sabato?'),
        A('Purtroppo non posso garantire la consegna entro sabato.'),
        C('peccato.'),
        A('Posso fare altro per lei?'),
      ],
      true,
    ],
    [
      '"ok closing this chat now" while the refund is refused',
      [
        C('the REFUND??'),
        A("repair fee refunds aren't something i can do, sorry"),
        C('who does them then'),
        A('ok closing this chat now'),
      ],
      true,
    ],
  ])('%s', (_name, lines, fires) => {
    expect(firesAtEnd(lines)).toBe(fires);
  });
});

describe('premature-close, round 24 forms', () => {
  test.each<[string, Line[], boolean]>([
    [
      '"bless up, dat\'s all" is done',
      [
        C('my top-up failed'),
        A('I have credited it manually.'),
        C("bless up, dat's all"),
        A('Thank you for choosing IslandTel, have a good night!'),
      ],
      false,
    ],
    [
      'fr: an offer declined, "sinon c\'est bon pour moi"',
      [
        C('mon colis est en retard'),
        A('Il arrive demain.'),
        C('ah ok cool'),
        A("Avec notre abonnement Club à 4,99 €/mois, la livraison est offerte. Je vous l'active ?"),
        C("non merci, ça ira. sinon c'est bon pour moi"),
        A("Très bien ! Merci d'avoir contacté Microsillon, bonne journée !"),
      ],
      false,
    ],
    [
      '"dat\'s all?" asked back is no "that\'s all"',
      [
        C('my top-up failed'),
        A('It should go through later.'),
        C("dat's all?"),
        A('Thank you for choosing IslandTel, have a good night!'),
      ],
      true,
    ],
  ])('%s', (_name, lines, fires) => {
    expect(firesAtEnd(lines)).toBe(fires);
  });
});

describe('premature-close, round 26 forms', () => {
  test.each<[string, Line[], boolean]>([
    [
      '"Ending the chat now." while the question stands',
      [C('when will it be fixed?'), A('No idea, sorry.'), C('so?'), A('Ending the chat now.')],
      true,
    ],
  ])('%s', (_name, lines, fires) => {
    expect(firesAtEnd(lines)).toBe(fires);
  });
});
describe('premature-close, round 28 forms', () => {
  test.each<[string, Line[], boolean]>([
    [
      '"everything looks correct" confirms after a doubt',
      [
        C('I have not received the email yet, but I will call the hotel if there is a problem.'),
        A('Of course.'),
        C('That is perfectly fine. Ah, the confirmation has just arrived, and everything looks correct.'),
        A('Perfect! Is there anything else I can do for you this evening?'),
      ],
      false,
    ],
    [
      '"nothing looks correct" does not',
      [
        C('the invoice is wrong'),
        A('I have reissued it.'),
        C('nothing looks correct on it'),
        A('Anything else I can help with?'),
      ],
      true,
    ],
  ])('%s', (_name, lines, fires) => {
    expect(firesAtEnd(lines)).toBe(fires);
  });
});

describe('premature-close, round 29 forms', () => {
  test.each<[string, Line[], boolean]>([
    [
      'de: declining with "ich möchte nur, dass meine Karte wieder funktioniert" keeps the problem open',
      [
        C('Meine Karte ist gesperrt.'),
        A('Ich habe einen Vorgang angelegt.'),
        C('Gut, danke.'),
        A('Möchten Sie unsere Kreditkarte Gold für 8,90 € im Monat beantragen?'),
        C('Nein danke, ich möchte nur, dass meine Karte wieder funktioniert.'),
        A('Kann ich sonst noch etwas für Sie tun?'),
      ],
      true,
    ],
    [
      '"no thanks, I just want my router to work again"',
      [
        C('my router keeps dropping'),
        A('I have logged it.'),
        C('ok thanks'),
        A('Would you like our Mesh Plus add-on for $8 a month?'),
        C('no thanks, I just want my router to work again'),
        A('Anything else I can help with?'),
      ],
      true,
    ],
    [
      'declining "…a table that arrived damaged, thank you" says the problem is still there',
      [
        C('the table is scratched'),
        A('I have raised complaint CR-1. The team will contact you.'),
        C('Right.'),
        A('Have you considered our Care plan for £89?'),
        C("I don't want insurance on a table that arrived damaged, thank you."),
        A('Is there anything else I can help you with?'),
      ],
      true,
    ],
    [
      'fr: declining with "je veux d\'abord que ça soit réglé" keeps the problem open',
      [
        C('ma facture est fausse'),
        A("J'ouvre une réclamation."),
        C('ok merci'),
        A("Je vous propose l'option Monde Pass à 9,99 €/mois. Souhaitez-vous que je l'active ?"),
        C("non merci, je veux d'abord que ça soit réglé"),
        A('Très bien. Y a-t-il autre chose que je puisse faire pour vous ?'),
      ],
      true,
    ],
    [
      'de: "passt dann erstmal" while declining says the customer is content',
      [
        C('Mietwagen zahlt ihr?'),
        A('Ein Mietwagen ist in Ihrem Tarif nicht enthalten.'),
        C('ok.'),
        A('Für 4,90 € im Monat können Sie den Baustein Mobilität hinzubuchen. Soll ich ihn hinzufügen?'),
        C('nein danke. passt dann erstmal'),
        A('Verstanden. Kann ich sonst noch etwas für Sie tun?'),
      ],
      false,
    ],
    [
      '"no. i\'ll call the hotline tomorrow if nothing happens" is no "that\'s all"',
      [
        C('my parcel is stuck at customs'),
        A('It will be released within 48 hours.'),
        A('Anything else?'),
        C("no. i'll call the hotline tomorrow if nothing happens"),
        A('Thank you for your patience. Have a wonderful day.'),
      ],
      true,
    ],
    [
      '"nope. if it acts up again I\'ll call back" after a confirmed fix reopens nothing',
      [
        C('my phone will not charge'),
        A('Hold the power button for 30 seconds.'),
        C("it's working, thank you!"),
        A('Anything else I can help with?'),
        C("nope. if it acts up again I'll call back"),
        A('Sounds good, have a great day!'),
      ],
      false,
    ],
    [
      '"it\'s charging now!" confirms the fix',
      [
        C('my phone will not charge'),
        A('Hold the power button for 30 seconds.'),
        C("omg it's charging now!"),
        A('Anything else I can help with?'),
      ],
      false,
    ],
    [
      '"test email just came through" confirms the fix',
      [
        C('our emails bounce'),
        A("I've reverted the record."),
        C('ok. test email just came through.'),
        A('Anything else I can help with?'),
      ],
      false,
    ],
    [
      'nl: "Bedankt voor uw geduld en nog een fijne dag verder!" closes',
      [
        C('mijn tarief klopt niet'),
        A('Dien een klacht in via het formulier.'),
        A('Bedankt voor uw geduld en nog een fijne dag verder!'),
      ],
      true,
    ],
    [
      'es: "¡Que tenga excelente día!" closes',
      [C('me bloquearon la tarjeta'), A('Ya levanté el reporte.'), A('¡Que tenga excelente día!')],
      true,
    ],
    [
      'nl: "Verder alles duidelijk" says the customer is done',
      [
        C('Moet ik de oude adapter terugsturen?'),
        A('Ja, met het retourlabel.'),
        C('Verder alles duidelijk, fijne dag!'),
        A('Jij ook een fijne dag!'),
      ],
      false,
    ],
  ])('%s', (_name, lines, fires) => {
    expect(firesAtEnd(lines)).toBe(fires);
  });
});

describe('premature-close, round 30 forms', () => {
  test.each<[string, Line[], boolean]>([
    [
      '"Before anything else: do you have a backup?" is no close',
      [
        C('my RAID is degraded'),
        A('Hi, Mei from Tier 2. Drive 1 is failing too. Before anything else: do you have a backup?'),
      ],
      false,
    ],
    [
      'pt: "ok. obrigado, pelo menos isso" thanks for a part only',
      [
        C('a conta está suspensa'),
        A('Os pedidos já pagos continuam ativos.'),
        C('ok. obrigado, pelo menos isso'),
        A('Posso ajudar em algo mais?'),
      ],
      true,
    ],
  ])('%s', (_name, lines, fires) => {
    expect(firesAtEnd(lines)).toBe(fires);
  });
});

describe('premature-close, round 31 forms', () => {
  test.each<[string, Line[], boolean]>([
    [
      'es: "no. voy a hablar al banco" is the customer\'s own next step, not "that\'s all"',
      [
        C('me siguen cobrando la membresía'),
        A('No tengo autorización para confirmar reembolsos.'),
        C('pues que mal servicio'),
        A('¿Hay algo más en lo que te pueda ayudar?'),
        C('no. voy a hablar al banco para que no pasen el cargo'),
        A('Gracias por comunicarte con FitZona. ¡Que tengas buen día!'),
      ],
      true,
    ],
    [
      'de: thanks, then "bitte sorgen Sie dafür, dass …" (it has yet to happen)',
      [
        C('Der Techniker kam nicht'),
        A('Ich habe einen neuen Termin für morgen gebucht.'),
        C('Danke. Und bitte sorgen Sie dafür, dass morgen wirklich jemand kommt.'),
        A('Kann ich sonst noch etwas für Sie tun?'),
      ],
      true,
    ],
    [
      '"I\'d rather you paid the claim I already have" while declining an offer',
      [
        C('my claim was denied'),
        A("I've escalated it, reference APL-1. They'll contact you within 10 days."),
        C('Thank you. Finally.'),
        A('Also, our Wellness plan covers checkups for $18/month. Interested?'),
        C("I'd rather you paid the claim I already have."),
        A('Totally understand! Is there anything else I can help you with today?'),
      ],
      true,
    ],
    [
      'the customer said goodbye first ("ok boarding now bye")',
      [
        C('my boarding pass is missing from the app'),
        A('It is in the confirmation email too.'),
        C('ok boarding now bye'),
        A('Have a great flight! Anything else before you go?'),
      ],
      false,
    ],
  ])('%s', (_name, lines, fires) => {
    expect(firesAtEnd(lines)).toBe(fires);
  });
});

describe('premature-close, round 32 forms', () => {
  const offer = A(
    'Nous envoyons un remplaçant sous 10 jours. Souhaitez-vous ajouter notre garantie 5 ans pour 49 € ?',
  );
  test.each<[string, Line[], boolean]>([
    [
      'fr: "Avez-vous d\'autres questions ? Merci d\'avoir contacté …" with a question open',
      [
        C('et le prélèvement de 389€ ?'),
        A("J'ai ouvert une réclamation, numéro RC-1."),
        C('quand?'),
        A("Avez-vous d'autres questions ? Merci d'avoir contacté Énergie Horizon, bonne journée !"),
      ],
      true,
    ],
    [
      'pt: "A ConectaMais agradece o seu contato!"',
      [
        C('estou sem internet desde ontem'),
        A('A equipe está no local.'),
        C('só quero que volte'),
        A('Combinado. A ConectaMais agradece o seu contato!'),
      ],
      true,
    ],
    [
      '"no. the refund. which u didnt help with" is no "that\'s all"',
      [
        C('I want a refund for the cancelled show'),
        A("I'm unable to refund rescheduled events."),
        C('are u serious'),
        A('Is there anything else I can help you with today?'),
        C('no. the refund. which u didnt help with'),
        A('Thank you for contacting TixHub. Have a wonderful day!'),
      ],
      true,
    ],
    [
      'fr: "non merci. c bon pour moi" says the customer is done',
      [
        C('mon canapé est arrivé déchiré'),
        offer,
        C('non merci. c bon pour moi'),
        A('Très bien. Puis-je vous aider pour autre chose ?'),
      ],
      false,
    ],
    [
      'pt: "achei. ta funcionando blz" reports the fix',
      [
        C('meu cartão foi bloqueado'),
        A('O senhor pode usar o cartão virtual no aplicativo.'),
        C('achei. ta funcionando blz'),
        A('Posso ajudar em algo mais?'),
      ],
      false,
    ],
    [
      'pt: "não tá funcionando" reports no fix',
      [
        C('meu cartão foi bloqueado'),
        A('O senhor pode usar o cartão virtual no aplicativo.'),
        C('não tá funcionando'),
        A('Posso ajudar em algo mais?'),
      ],
      true,
    ],
  ])('%s', (_name, lines, fires) => {
    expect(firesAtEnd(lines)).toBe(fires);
  });
});

describe('premature-close, round 33 forms', () => {
  const solvedThenAsked = (answer: string): Line[] => [
    C('my flight moved, can you change it?'),
    A("Done, you're on the 5 May flight."),
    C('brilliant thanks'),
    C("also can you change the name on my brother's ticket?"),
    A("I'm sorry, that's not something I can do on this fare."),
    C(answer),
    A('No problem! Anything else I can help with?'),
  ];
  test.each<[string, Line[], boolean]>([
    [
      'it: "no grazie, per ora voglio solo riavere i miei soldi" wants the money back',
      [
        C('voglio prelevare i miei soldi'),
        A('Il prelievo è sospeso per la verifica.'),
        C('ok, va bene, grazie'),
        A('Ha mai pensato a un Piano di Accumulo? Parte da 50 € al mese. Vuole che glielo attivi?'),
        C('no grazie, per ora voglio solo riavere i miei soldi'),
        A('Certo, capisco. Grazie per aver scelto Trevia Invest, buona serata!'),
      ],
      true,
    ],
    [
      '"I\'d be interested in getting paid for the claim I already have"',
      [
        C('my claim is still pending'),
        A("It's with the assessor, 10 more days."),
        C('ok thanks'),
        A('Your policy could switch to our Annual plan for £89 a year. Would you be interested?'),
        C("I'd be interested in getting paid for the claim I already have"),
        A('Thank you for contacting Wanderwise. Is there anything else I can help you with today?'),
      ],
      true,
    ],
    [
      'a side request let go after a refusal ("ah ok, I\'ll sort it with him")',
      solvedThenAsked("ah ok, I'll sort it with him"),
      false,
    ],
    ['a bare "ok" after the refusal lets nothing go', solvedThenAsked('ok'), true],
  ])('%s', (_name, lines, fires) => {
    expect(firesAtEnd(lines)).toBe(fires);
  });
});

describe('premature-close, round 34 forms', () => {
  test.each<[string, Line[], boolean]>([
    [
      'pt: "Mais alguma questão em que possa ajudar?"',
      [
        C('E o carro de aluguer? Tenho de pagar?'),
        A('A sua apólice não inclui veículo de substituição.'),
        C('Não, obrigado.'),
        A('Com certeza. Mais alguma questão em que possa ajudar?'),
      ],
      true,
    ],
    [
      'pt-PT: "Obrigado por contactar … Tenha uma boa tarde."',
      [
        C('E o carro de aluguer?'),
        A('Não posso autorizar o reembolso.'),
        C('isso não me adianta nada'),
        A('Obrigado por contactar a Seguros Atlântico. Tenha uma boa tarde.'),
      ],
      true,
    ],
    [
      '"you already asked me that. can you just put me through to someone …" while an offer is pitched again',
      [
        C('i want to cancel my sports package'),
        A('Before we go ahead, did you know that switching to Sports + Movies is only $5 more per month?'),
        C('NO. cancel. thanks'),
        A('Before we go ahead, did you know that switching to Sports + Movies is only $5 more per month?'),
        C('you already asked me that. can you just put me through to someone who does cancellations'),
        A("Unfortunately I'm unable to process cancellations in chat."),
        A('Is there anything else I can help you with today?'),
      ],
      true,
    ],
    [
      'nl: "dat heb ik al gezegd" is a complaint',
      [
        C('mijn container is niet geledigd'),
        A('U krijgt binnen 5 werkdagen een antwoord.'),
        C('5 werkdagen. top.'),
        A('Wat is uw adres?'),
        C('Kerkstraat 12. dat heb ik al gezegd'),
        A('Dank u. Kan ik u nog met iets anders helpen?'),
      ],
      true,
    ],
    [
      '"not right now, I\'d like my roof sorted first"',
      [
        C('any news on my roof claim?'),
        A('Your handler will call you by Friday.'),
        C('fine. the tarp is holding for now anyway'),
        A('Also, accidental damage cover is only €4.50 a month extra. Would you like to add it?'),
        C("not right now, I'd like my roof sorted first"),
        A('Understood. Is there anything else I can help you with today?'),
      ],
      true,
    ],
    [
      'es: "ya hice la transferencia, ha funcionado" reports the fix',
      [
        C('mi tarjeta está bloqueada'),
        A('Le emito una nueva; la transferencia la puede hacer desde la app.'),
        C('ok. ya hice la transferencia, ha funcionado'),
        A('Sin problema. ¿Puedo ayudarle en algo más?'),
      ],
      false,
    ],
    [
      'the customer takes the next step for a refused side request ("oh ok, I\'ll have her call you then")',
      [
        C('can you fix my bill?'),
        A('Done, the bill is corrected.'),
        C('thank you so much'),
        C("can you also send my daughter's bill?"),
        A("I'm sorry, I'm not able to access another patient's account."),
        C("oh ok, I'll have her call you then."),
        A('Sounds good. Have a nice day!'),
      ],
      false,
    ],
  ])('%s', (_name, lines, fires) => {
    expect(firesAtEnd(lines)).toBe(fires);
  });
});

describe('premature-close, round 35 forms', () => {
  test.each<[string, Line[], boolean]>([
    [
      'sarcastic praise after a refusal confirms nothing while an offer is open ("brilliant")',
      [
        C('my laptop will not turn on'),
        A('Would you like to add CarePlus for £79? It extends cover to 3 years.'),
        C('can you just swap it in store'),
        A("I'm not authorised to approve store exchanges after 30 days."),
        C('brilliant'),
        A('Is there anything else I can help you with today?'),
      ],
      true,
    ],
    [
      '"no I don\'t want a vanity plate, I want my stickers" restates the problem',
      [
        C('my registration stickers never arrived'),
        A('You can print a temporary permit from your account.'),
        C('ok thanks'),
        A(
          'While I have you, would you be interested in a personalized plate? Is there anything else I can help you with?',
        ),
        C("no I don't want a vanity plate, I want my stickers. and the permit page says 'not eligible'"),
        A('Thank you for contacting the DMV. Have a great day.'),
      ],
      true,
    ],
    [
      '"i just want my bag. that\'s everything, thanks for sorting it" is done',
      [
        C('my bag is delayed'),
        A('You can claim interim expenses on the Claims page.'),
        C('ok thanks'),
        A('Would you like me to add Bag Protect for $39 a year?'),
        C("no thanks, i just want my bag lol. that's everything, thanks for sorting it"),
        A('Thank you so much for contacting SkyLink Airways!'),
      ],
      false,
    ],
    [
      'fr: "non. mais si dans 3 jours j\'ai rien, je rappelle" is the customer\'s own next step',
      [
        C('je veux être remboursée'),
        A('Votre demande est transmise au service comptable.'),
        C('ok'),
        A('Puis-je vous aider pour autre chose ?'),
        C("non. mais si dans 3 jours j'ai rien, je rappelle"),
        A("Merci d'avoir contacté Horizon Santé, bonne journée."),
      ],
      true,
    ],
    [
      'es: "vuelvo a llamar" after "anything else?" leaves the problem open',
      [
        C('the engineer never came'),
        A('I have logged a complaint.'),
        C('ok'),
        A('Is there anything else I can help you with?'),
        C('no, vuelvo a llamar mañana si nadie viene'),
        A('Thanks for contacting us, have a good day!'),
      ],
      true,
    ],
    [
      '"tuesday is fine" accepts the booked visit',
      [
        C('can someone look at my meter, the display flickers'),
        A('I have booked an engineer visit for Tuesday 18 June, 8am–1pm.'),
        C('tuesday is fine'),
        A('Great, is there anything else I can help with?'),
      ],
      false,
    ],
    [
      'nl: "fijn dat het geld terugkomt" confirms, while declining an offer',
      [
        C('mijn pakket is nooit aangekomen'),
        A('Ik heb het bedrag teruggestort, binnen 3 werkdagen op je rekening.'),
        C('en de verzendkosten?'),
        A(
          'Die krijg je ook terug. Tip: met ModeMarkt Plus heb je gratis verzending voor € 4,95 per maand. Zal ik je aanmelden?',
        ),
        C('nee dank je, geen abonnementen. fijn dat het geld terugkomt'),
        A('Top! Is er verder nog iets?'),
      ],
      false,
    ],
    [
      '"glad to hear" confirms',
      [
        C('was my refund sent?'),
        A('Yes, it was sent this morning.'),
        C('glad to hear it'),
        A('Anything else I can help with?'),
      ],
      false,
    ],
  ])('%s', (_name, lines, fires) => {
    expect(firesAtEnd(lines)).toBe(fires);
  });
});

describe('premature-close, round 36 forms', () => {
  test.each<[string, Line[], boolean]>([
    [
      '"… has been blocked" is the problem, and a "Fixed Rate ISA" confirms nothing',
      [
        C('A payment from my current account to my savings account has been blocked.'),
        A('I understand a payment has been blocked, is that right?'),
        C('Yes. I tried to move £20,000 to my own Fixed Rate ISA and it was stopped.'),
        A("I'm sorry, I don't have access to our fraud systems. Is there anything else I can help with?"),
      ],
      true,
    ],
    [
      '"actually the resale button is greyed out for me" reopens the problem',
      [
        C('can you move my tickets'),
        A('Done, they are moved.'),
        C('thank you!'),
        A('Anything else I can help with?'),
        C('actually the resale button is greyed out for me'),
        A('Thanks for contacting Tixly, have a great evening!'),
      ],
      true,
    ],
    [
      'slang: "oh sick ok" confirms',
      [
        C('do i need a second card for apple pay?'),
        A('No, you can add your current card from the Cards tab.'),
        C('oh sick ok'),
        A('Anything else I can help with today?'),
      ],
      false,
    ],
    [
      '"activated!! and no thanks" reports the fix while declining',
      [
        C('my licence key will not activate'),
        A("I've reset both activations on your key."),
        C('ok trying'),
        A('While you are at it, the Cloud subscription is $9.99/mo. Interested?'),
        C('activated!! and no thanks'),
        A("Great, glad it's working. Have a nice day!"),
      ],
      false,
    ],
  ])('%s', (_name, lines, fires) => {
    expect(firesAtEnd(lines)).toBe(fires);
  });
});

describe('premature-close, round 39 forms', () => {
  test.each<[string, Line[], boolean]>([
    [
      '"I\'d like my card to work, that\'s all" wants the fix; the close is premature',
      [
        C('my debit card is declined at every ATM abroad'),
        A("I'm sorry, I'm not able to change card limits from chat."),
        C("no. I'd like my card to work, that's all"),
        A('Understood. Is there anything else I can help you with today?'),
      ],
      true,
    ],
    [
      'de: thanks, then "rufen Sie mich an, wenn es wieder läuft" waits for the fix',
      [
        C('Mein Internet ist seit heute Morgen weg.'),
        A('Ein Techniker ist für morgen gebucht.'),
        C('Danke. Bitte rufen Sie mich an, wenn es wieder läuft.'),
        A('Kann ich sonst noch etwas für Sie tun?'),
      ],
      true,
    ],
    [
      'en: "thanks, let me know when it\'s working again"',
      [
        C('the app will not sync my steps'),
        A('Our engineers are looking at the sync issue.'),
        C('ok thanks, let me know when it is working again'),
        A('Will do! Anything else I can help with?'),
      ],
      true,
    ],
    [
      'es: "gracias, avíseme cuando vuelva a funcionar"',
      [
        C('la televisión no tiene señal'),
        A('Hemos abierto una incidencia con el equipo técnico.'),
        C('gracias, avíseme cuando vuelva a funcionar'),
        A('¿Hay algo más en lo que pueda ayudarle?'),
      ],
      true,
    ],
    [
      '"it works now, thanks" still confirms',
      [
        C('the app will not sync my steps'),
        A('I have reset your sync token.'),
        C('it works now, thanks'),
        A('Great! Anything else I can help with?'),
      ],
      false,
    ],
  ])('%s', (_name, lines, fires) => {
    expect(firesAtEnd(lines)).toBe(fires);
  });
});
