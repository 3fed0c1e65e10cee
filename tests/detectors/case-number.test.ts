import { caseNumber } from '../../lib/detectors/case-number';
import type { Line } from '../../lib/detectors/types';

const A = (text: string): Line => ({ role: 'agent', author: 'Jo', text });
const C = (text: string): Line => ({ role: 'customer', author: null, text });
const valuesAtEnd = (lines: Line[]) =>
  caseNumber
    .analyse(lines)
    .filter((f) => f.i === lines.length - 1)
    .map((f) => f.value);

describe('case-number', () => {
  test.each<[string, Line[], string]>([
    ['case number is', [A('Your case number is 03829411.')], '03829411'],
    ['ticket with #', [A('I opened ticket #TK-55201 for you.')], 'TK-55201'],
    ['reference for today', [A('The reference for today’s chat is 7781-AB-22.')], '7781-AB-22'],
    ['incident id', [A('This is tracked as incident INC0012345.')], 'INC0012345'],
    ['claim number', [A('Claim no. CL-2024-77812 has been created.')], 'CL-2024-77812'],
    ['complaint reference', [A('Your complaint reference is CMP/2024/0045.')], 'CMP/2024/0045'],
    ['service request', [A('Service request 1-88BCD12 is open.')], '1-88BCD12'],
    ['customer quotes an old ticket', [C('I already have a ticket, 4471203, from last week')], '4471203'],
    [
      'bare reply to a request for the ticket',
      [A('Do you have the ticket number?'), C('yes: 88123')],
      '88123',
    ],
    [
      'repeat mention of a known case',
      [A('Case number 5521987.'), C('ok'), A('I have 5521987 open now.')],
      '5521987',
    ],
    ['Spanish', [A('Su número de caso es 19-22831.')], '19-22831'],
    ['German', [A('Ihre Ticketnummer lautet 8812007.')], '8812007'],
    ['French complaint', [A('Le numéro de votre réclamation est RC-55120.')], 'RC-55120'],
    ['Portuguese request', [A('Sua solicitação 884120 foi registrada.')], '884120'],
    ['German complaint', [A('Ihre Reklamation hat die Nummer 7712-09.')], '7712-09'],
  ])('fires: %s', (_name, lines, value) => {
    expect(valuesAtEnd(lines)).toContain(value);
  });

  test.each<[string, Line[]]>([
    ['order number', [C('Order #A-5512098 never arrived')]],
    ['tracking number', [A('Tracking 1Z999AA10123456784 shows it in transit.')]],
    ['booking reference', [A('I found booking reference XK4P2L.')]],
    ['confirmation number', [A('Your confirmation number is 88120445.')]],
    ['account number', [A('Account number 5590 1182 334 is verified.')]],
    ['phone number', [C('call me on 555-201-4478')]],
    ['amount and date', [A('The $1,240.00 charge on 03/11/2024 was reversed.')]],
    ['PIN', [C('my pin is 4471')]],
    ['bare number after an order-number request', [A('Can you give me the order number?'), C('5591028')]],
    ['the word case without an id', [A('In that case, I will check again.')]],
  ])('does not fire: %s', (_name, lines) => {
    expect(valuesAtEnd(lines)).toEqual([]);
  });
});

describe('case-number, round 3 forms', () => {
  test.each<[string, Line[], string]>([
    [
      'Portuguese assistance request',
      [A('Abri o pedido de assistência AS-20417 para a visita.')],
      'AS-20417',
    ],
  ])('fires: %s', (_name, lines, value) => {
    expect(valuesAtEnd(lines)).toContain(value);
  });

  test.each<[string, Line[]]>([['Portuguese order', [A('O seu pedido 558812 já foi enviado.')]]])(
    'does not fire: %s',
    (_name, lines) => {
      expect(valuesAtEnd(lines)).toEqual([]);
    },
  );
});

// Round 4 (after holdout5): complaint words in es/pt/fr, bare replies to a file-number question.
describe('case-number, round 4 forms', () => {
  test.each<[string, Line[], string]>([
    ['Spanish complaint', [A('Su queja queda registrada con el número QJ-5521.')], 'QJ-5521'],
    ['French complaint', [A('Votre plainte porte la référence PL-88213.')], 'PL-88213'],
    [
      'bare reply to a claim-file question',
      [A('Avez-vous votre numéro de dossier ?'), C('oui, DS-2024-7781')],
      'DS-2024-7781',
    ],
  ])('fires: %s', (_name, lines, value) => {
    expect(valuesAtEnd(lines)).toContain(value);
  });

  test.each<[string, Line[]]>([
    ['reply to an order question', [A('Quel est votre numéro de commande ?'), C('CM-558812')]],
  ])('does not fire: %s', (_name, lines) => {
    expect(valuesAtEnd(lines)).toEqual([]);
  });
});

// Round 6 (after holdout6): a ticketing id keeps its suffix and is found once.
describe('case-number, round 6 forms', () => {
  test.each<[string, Line[], string[]]>([
    ['a letter suffix', [C('my claim is CLM-77310-C, any news?')], ['CLM-77310-C']],
    ['a numeric suffix', [A('Logged as INC0048812-2 for the network team.')], ['INC0048812-2']],
    ['no suffix', [A('Your request is REQ-55012.')], ['REQ-55012']],
  ])('finds: %s', (_name, lines, values) => {
    expect(valuesAtEnd(lines)).toEqual(values);
  });
});

// Round 8 (after holdout8's errors): format masks, amounts after a case word, and a bare id given
// when the agent asked for another kind of number. Own phrasings, not holdout8's lines.
describe('case-number, round 8 forms', () => {
  test.each<[string, Line[], string]>([
    [
      'the id typed after a request whose example was a mask',
      [A('Please type your ticket reference (looks like RX-0000000).'), C('RX-4410278')],
      'RX-4410278',
    ],
    ['a claim number followed by an amount', [A('Claim 88217 covers 250 dollars of the repair.')], '88217'],
    [
      'the id typed after a request for the claim number',
      [A('To look into the claim, what is the claim number?'), C('CL 7730914')],
      '7730914',
    ],
  ])('fires: %s', (_name, lines, value) => {
    expect(valuesAtEnd(lines)).toEqual([value]);
  });

  test.each<[string, Line[]]>([
    ['a format mask', [A('Enter your incident number in the form INC-000000.')]],
    ['an amount after the word claim', [C('seriously, the claim is just 1640 euros')]],
    [
      'a bare id given for the policy number',
      [A('I can open a claim for you. First, what is your policy number?'), C('PLX-HOME-5520174')],
    ],
    [
      'a bare id given for the member number',
      [A('Sure, I can raise a complaint. Could you confirm your member number?'), C('M-3320981')],
    ],
  ])('does not fire: %s', (_name, lines) => {
    expect(valuesAtEnd(lines)).toEqual([]);
  });
});

// Round 9 (after holdout9's errors): Spanish report and folio numbers.
describe('case-number, round 9 forms', () => {
  test.each<[string, Line[], string]>([
    ['Spanish: report number', [A('Tu número de reporte es 4471-2209.')], '4471-2209'],
    ['Spanish: folio', [A('Su folio de atención es 88214-A.')], '88214-A'],
  ])('fires: %s', (_name, lines, value) => {
    expect(valuesAtEnd(lines)).toEqual([value]);
  });

  test.each<[string, Line[]]>([['Spanish: an order number', [A('El número de pedido es 556109.')]]])(
    'does not fire: %s',
    (_name, lines) => {
      expect(valuesAtEnd(lines)).toEqual([]);
    },
  );
});

// Round 10 (after holdout10's errors): pt "contestação".
describe('case-number, round 10 forms', () => {
  test.each<[string, Line[], string]>([
    ['Portuguese: dispute number', [A('O número da contestação é CT-4471902.')], 'CT-4471902'],
  ])('fires: %s', (_name, lines, value) => {
    expect(valuesAtEnd(lines)).toEqual([value]);
  });
});

// Round 11 (after holdout11's errors): a time is no id; a taxpayer reference is the customer's own.
describe('case-number, round 11 forms', () => {
  test.each<[string, Line[]]>([
    ['a time with a dot', [A('What is your ticket number?'), C('i told you already. yesterday 11.40pm')]],
    ['a taxpayer reference', [C('I got a penalty but filed on time. Taxpayer reference 7741220931.')]],
  ])('does not fire: %s', (_name, lines) => {
    expect(valuesAtEnd(lines)).toEqual([]);
  });
});

// Round 14: an excluded noun right before a number claims it, even after a case keyword.
describe('case-number, round 14 forms', () => {
  test.each<[string, Line[]]>([
    [
      'fr: the order inside a file',
      [A("J'ai votre dossier sous les yeux : la commande 88-41208 est bien un doublon.")],
    ],
    ['en: a claim about an order', [A('I see a claim for order 5510234 on your profile.')]],
    ['en: a ticket about an order number', [A('The ticket mentions order number 5510234 only.')]],
    ['es: a reclamation for an order', [A('Su reclamación sobre el pedido 7781203 está abierta.')]],
    ['de: a complaint about an invoice', [A('Zu Ihrer Beschwerde: Rechnung 2024-7781 wurde geprüft.')]],
  ])('does not fire: %s', (_name, lines) => {
    expect(valuesAtEnd(lines)).toEqual([]);
  });
  test.each<[string, Line[], string[]]>([
    [
      'the noun in a clause of its own (a comma) does not claim it',
      [A("J'ai ouvert une réclamation pour recalculer la facture, numéro REC-2024-55871.")],
      ['REC-2024-55871'],
    ],
    ['the case number before the order', [A('Case 4410928 is about order 5510234.')], ['4410928']],
  ])('fires: %s', (_name, lines, want) => {
    expect(valuesAtEnd(lines)).toEqual(want);
  });
});

// Round 15 (holdout16's errors): German "Vorgang", an error code after "report", and "your request"
// reviewed (not asked for) before the customer types a workspace id.
describe('case-number, round 15 forms', () => {
  test.each<[string, Line[], string[]]>([
    ['de: a Vorgang opened', [A('Ich habe den Vorgang KD-2291-04 angelegt.')], ['KD-2291-04']],
    [
      'an error code after "report" is no case',
      [A("I'll report the DSP_ERR_409 to our app team today.")],
      [],
    ],
    ['an ERROR-prefixed code neither', [A('The report shows ERROR-50213 on your line.')], []],
    [
      '"review your request" asks for no number: the workspace id that follows is none',
      [
        A('Please allow me a moment to review your request.'),
        C('workspace id kb-ws-2231. need to reduce seats'),
      ],
      [],
    ],
    [
      'a ticket number asked for is still answered by a bare id',
      [A('Could you give me your ticket number, please?'), C('TK-558211')],
      ['TK-558211'],
    ],
    ['"your ticket?" as the question', [A('And your ticket?'), C('88-41277')], ['88-41277']],
    [
      '"with reference to" asks for nothing',
      [A('With reference to your email, could you confirm the date?'), C('AB-12345')],
      [],
    ],
    ['"your reference, please" asks for it', [A('Your reference, please.'), C('AB-12345')], ['AB-12345']],
  ])('%s', (_name, lines, want) => {
    expect(valuesAtEnd(lines)).toEqual(want);
  });
});

describe('case-number, round 16 forms', () => {
  test.each<[string, Line[], string[]]>([
    [
      'de: die Referenznummer lautet …',
      [A('Die Gutschrift ist beantragt, die Referenznummer lautet GS-88120.')],
      ['GS-88120'],
    ],
    ['a member id shaped like a case is the member id', [C('Hi. Member ID CS-3301928, born 1979')], []],
    ['an account number shaped like a case neither', [C('account no. INC-5531902')], []],
    ['a case id after an unrelated word still counts', [A('Logged as CS-3301928 for you.')], ['CS-3301928']],
  ])('%s', (_name, lines, values) => {
    expect(valuesAtEnd(lines)).toEqual(values);
  });
});

// Round 17 (holdout20's errors): the German claim-case word with its abbreviation.
describe('case-number, round 17 forms', () => {
  test.each<[string, Line[], string[]]>([
    [
      'de: Schadensfall-Nr. …',
      [C('In der Mail steht: Schadensfall-Nr. SF-2024-07731. Der Kratzer war schon da!')],
      ['SF-2024-07731'],
    ],
    [
      'de: the answer to "Wie lautet Ihre Schadensfallnummer?"',
      [A('Wie lautet Ihre Schadensfallnummer?'), C('Steht doch oben. SF-2024-07731')],
      ['SF-2024-07731'],
    ],
    ['de: "Schaden" alone is the damage, not a case', [C('Der Schaden 4810 ist am Heck')], []],
    ['it: "reclamo n. RC-7740"', [A('Ho aperto il reclamo n. RC-7740 per il declassamento.')], ['RC-7740']],
    [
      'an amount in Norwegian kroner after "claim" is no id',
      [A('You can claim reasonable interim expenses up to 3000 NOK. I opened claim CLM-7731204 for you.')],
      ['CLM-7731204'],
    ],
  ])('%s', (_name, lines, values) => {
    expect(valuesAtEnd(lines)).toEqual(values);
  });
});

// Round 18 (holdout22's and holdout23's errors): pt "processo n.º", a "registro" opened at a desk.
describe('case-number, round 18 forms', () => {
  test.each<[string, Line[], string[]]>([
    [
      'pt-PT: "processo n.º FR-2024-55813"',
      [A('Cartão desbloqueado. Abri o processo n.º FR-2024-55813 para registo.')],
      ['FR-2024-55813'],
    ],
    [
      'pt-BR: a report opened at the airport, "o número é RECVB45821"',
      [C('já abri um registro no aeroporto, o número é RECVB45821')],
      ['RECVB45821'],
    ],
    [
      'pt: "o processo demora 5 a 7 dias" has no id',
      [A('O processo de reembolso demora 5 a 7 dias úteis.')],
      [],
    ],
    ['es: "registro" of an amount is no id', [A('El registro del cargo de 1.250 euros ya aparece.')], []],
  ])('%s', (_name, lines, values) => {
    expect(valuesAtEnd(lines)).toEqual(values);
  });
});

describe('case-number, round 19 forms', () => {
  test.each<[string, Line[], string[]]>([
    [
      '"file" as a verb: "Did you file an amended 2022 return?"',
      [A('Sorry! Did you file an amended 2022 return, or did the IRS adjust your 2022 return?')],
      [],
    ],
    ['"file" as a noun still names one', [A('I have your file DENSW44218 open now.')], ['DENSW44218']],
  ])('%s', (_name, lines, want) => {
    expect(valuesAtEnd(lines)).toEqual(want);
  });
});

describe('case-number, round 20 forms', () => {
  test.each<[string, Line[], string[]]>([
    [
      'a repair\'s "job number"',
      [A("Right, there's a boiler fault logged for the whole of block B, job number MNT-66120.")],
      ['MNT-66120'],
    ],
    [
      'Dutch: "Ik heb een schadeclaim aangemaakt: SCH-2024-0815-B"',
      [A('Ik heb een schadeclaim aangemaakt: SCH-2024-0815-B.')],
      ['SCH-2024-0815-B'],
    ],
    ['a job title is no keyword', [A('Our job is to get you 100% sorted, it takes 10 minutes.')], []],
  ])('%s', (_name, lines, want) => {
    expect(valuesAtEnd(lines)).toEqual(want);
  });
});

describe('case-number, round 21 forms', () => {
  test.each<[string, Line[], string[]]>([
    [
      'Colombian Spanish: "el número de radicado de esta gestión"',
      [
        A(
          'Entiendo. Le dejo el número de radicado de esta gestión: 7800214553. ¿Le puedo ayudar en algo más?',
        ),
      ],
      ['7800214553'],
    ],
  ])('%s', (_name, lines, want) => {
    expect(valuesAtEnd(lines)).toEqual(want);
  });
});

describe('case-number, round 22 forms', () => {
  test.each<[string, Line[], string[]]>([
    [
      'Portuguese: "com a referência RX-44210"',
      [A('Abri um pedido interno com a referência RX-44210 para acompanhar isto.')],
      ['RX-44210'],
    ],
    [
      'a bare id typed after a bot\'s "Inserisci il numero della pratica"',
      [A('Inserisci il numero della pratica di assistenza (es. AB-000000).'), C('AB-771203')],
      ['AB-771203'],
    ],
  ])('%s', (_name, lines, want) => {
    expect(valuesAtEnd(lines)).toEqual(want);
  });
});

describe('case-number, round 23 forms', () => {
  test.each<[string, Line[], string[]]>([
    [
      'the customer asks for their ticket number, the agent gives it bare',
      [
        A('I have raised it with the team.'),
        C('ok I can do that. and my ticket number?'),
        A("It's LED-20931."),
      ],
      ['LED-20931'],
    ],
    [
      'the answer names an order number instead',
      [C('and my ticket number?'), A('Your order 5510234 has no ticket yet.')],
      [],
    ],
    [
      'asked by the customer, answered only after the agent said something else',
      [C('what is my ticket number?'), A('One moment.'), A('Your account shows 4412 points.')],
      [],
    ],
    [
      'Dutch: "storingsmelding … met nummer"',
      [A('Ik heb een storingsmelding gemaakt met nummer STR-24-3381.')],
      ['STR-24-3381'],
    ],
    [
      'German: "Störungsticket eröffnet: ST-44719"',
      [A('Ich habe ein Störungsticket eröffnet: ST-44719 zu Vertrag LV-2021-30877.')],
      ['ST-44719'],
    ],
  ])('%s', (_name, lines, want) => {
    expect(valuesAtEnd(lines)).toEqual(want);
  });
});

describe('case-number, round 24 forms', () => {
  test.each<[string, Line[], string[]]>([
    [
      'German: "Reparaturauftrag angelegt, die Nummer ist RA-11843"',
      [A('Ich habe einen Reparaturauftrag angelegt, die Nummer ist RA-11843.')],
      ['RA-11843'],
    ],
    [
      '"a season ticket, member no 55120" is a membership number',
      [C("hi, I've a season ticket, member no 55120, and I can't make the 12 October performance.")],
      [],
    ],
    ['"ticket 55120" is still a ticket', [C('hi, my ticket 55120 is still open.')], ['55120']],
  ])('%s', (_name, lines, want) => {
    expect(valuesAtEnd(lines)).toEqual(want);
  });
});

describe('case-number, round 26 forms', () => {
  test.each<[string, Line[], string[]]>([
    [
      'nl: "je referentienummer is SM-INC-99410"',
      [A('Ik maak een melding aan, je referentienummer is SM-INC-99410.')],
      ['SM-INC-99410'],
    ],
    [
      'fr-CA: "J\'ouvre un billet de service : 2024-QC-55871"',
      [A("D'accord. J'ouvre un billet de service : 2024-QC-55871.")],
      ['2024-QC-55871'],
    ],
  ])('%s', (_name, lines, want) => {
    expect(valuesAtEnd(lines)).toEqual(want);
  });
});
describe('case-number, round 28 forms', () => {
  test.each<[string, Line[], string[]]>([
    [
      '"I also opened an inquiry by email, number INQ-302291"',
      [C('I also opened an inquiry by email, number INQ-302291')],
      ['INQ-302291'],
    ],
    [
      'nl: "Je klachtnummer is KL-90317"',
      [A('Ik dien een klacht voor je in. Je klachtnummer is KL-90317.')],
      ['KL-90317'],
    ],
    [
      'it: the number in the next sentence, "Il numero è SEG-2024-118734"',
      [A('Ho aperto una segnalazione per lei. Il numero è SEG-2024-118734.')],
      ['SEG-2024-118734'],
    ],
    [
      '"The number is …" with no case named is none',
      [A('Thanks for holding. The number is 0800 555 0142.')],
      [],
    ],
    [
      'pt-PT: "Indique o número do processo de sinistro", then the bare id',
      [
        { role: 'bot', author: 'Lia', text: 'Indique, por favor, o número do processo de sinistro.' },
        C('Com certeza. É o SIN-2024-55831.'),
      ],
      ['SIN-2024-55831'],
    ],
  ])('%s', (_name, lines, want) => {
    expect(
      caseNumber
        .analyse(lines)
        .filter((f) => f.i === lines.length - 1)
        .map((f) => f.value),
    ).toEqual(want);
  });
});

describe('case-number, round 29 forms', () => {
  test.each<[string, Line[], string[]]>([
    [
      'pt: "pedido de revisão com o número …"',
      [A('Já abri o pedido de revisão com o número RV-2024-0331.')],
      ['RV-2024-0331'],
    ],
    [
      'pt: "pedido de reembolso n.º …"',
      [A('O seu pedido de reembolso número 4471902 foi registado.')],
      ['4471902'],
    ],
  ])('%s', (_name, lines, want) => {
    expect(valuesAtEnd(lines)).toEqual(want);
  });
});

describe('case-number, round 31 forms', () => {
  test.each<[string, Line[], string[]]>([
    ['de: "den Servicefall … eröffnet"', [A('Ich habe den Servicefall SF-20113 eröffnet.')], ['SF-20113']],
  ])('%s', (_name, lines, want) => {
    expect(valuesAtEnd(lines)).toEqual(want);
  });
});

describe('case-number, round 33 forms', () => {
  test.each<[string, Line[], string[]]>([
    [
      'nl: "een correctieverzoek aangemaakt met nummer …"',
      [A('Ik heb een correctieverzoek aangemaakt met nummer ZE-2024-118305.')],
      ['ZE-2024-118305'],
    ],
    [
      'de: a booking number is none ("Buchungsnummer SR-2291847")',
      [C('Meine Reise (Buchungsnummer SR-2291847) wurde abgesagt.')],
      [],
    ],
  ])('%s', (_name, lines, want) => {
    expect(valuesAtEnd(lines)).toEqual(want);
  });
});

describe('case-number, round 34 forms', () => {
  test.each<[string, Line[], string[]]>([
    ['"SR number 24-0317-00962"', [A('Your SR number is 24-0317-00962.')], ['24-0317-00962']],
  ])('%s', (_name, lines, want) => {
    expect(valuesAtEnd(lines)).toEqual(want);
  });
});
