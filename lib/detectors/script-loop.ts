import { createAskMemory, NOT_YET, STALL } from './ask-again';
import { caseNumbersIn } from './case-number';
import {
  anyOf,
  clip,
  FORM_IMPERATIVE,
  HOLDER_WORDS,
  hasDigits,
  isAgentSide,
  normWords,
  sentences,
  some,
  tokens,
} from './text';
import type { Analyser, Finding } from './types';

/** Near-verbatim repeats: word 3-gram overlap with an earlier agent line, relative to the shorter one. */
const MIN_TOKENS = 6;
/** A whole line repeated word for word counts from this many words (sign-offs included). */
const VERBATIM_MIN_TOKENS = 4;
const CLAUSE_MIN_TOKENS = 5;
/** Courtesies a clause may repeat without looping: thanks, apologies, empathy, goodbyes (en, es, fr, de, pt, it, nl). */
// (round 24: "and I'm here to help")
const COURTESY =
  /\b(?:thank|thanks|sorry|apologi[sz]e|apologies|understand|appreciate|welcome|have a|good luck|bye|here to help|happy to help|glad to help)\b|(?<!\p{L})(?:gracias|lamento|lamentamos|disculp\p{L}*|perd[oó]n\p{L}*|entiendo|comprendo|merci|désolé\p{L}*|excuse[sz]?|je comprends|danke|entschuldig\p{L}*|tut (?:mir|uns) leid|verstehe|obrigad[oa]|desculp\p{L}*|compreendo|grazie|scus\p{L}*|mi dispiace|capisco|bedankt|excuses)(?!\p{L})/u;
/**
 * Round 16: a contraction spelled out is still word for word ("I'm still checking" then "I am still
 * checking"). Only what the line's words say in either spelling: "i'm", "we're", "it's", "can't"….
 */
const CONTRACTED: Record<string, string[]> = {
  "i'm": ['i', 'am'],
  "we're": ['we', 'are'],
  "you're": ['you', 'are'],
  "they're": ['they', 'are'],
  "it's": ['it', 'is'],
  "that's": ['that', 'is'],
  "i'll": ['i', 'will'],
  "we'll": ['we', 'will'],
  "i've": ['i', 'have'],
  "we've": ['we', 'have'],
  "can't": ['cannot'],
  "don't": ['do', 'not'],
  "doesn't": ['does', 'not'],
  "isn't": ['is', 'not'],
  "won't": ['will', 'not'],
};
const verbatimTokens = (t: string): string[] => tokens(t).flatMap((w) => CONTRACTED[w] ?? [w]);
const SHINGLE = 3;
const MIN_SHARED = 4;
const SIMILARITY = 0.6;
/** Per-shingle posting list cap: keeps a 10,000-line chat O(n·k) even for stock phrases. */
const MAX_POSTINGS = 32;
/**
 * Round 9: one sentence re-said with its clauses moved ("40% off your next 6 boxes when you switch
 * to our Saver plan" → "if you switch to our Saver plan, you'd get 40% off your next 6 boxes"),
 * inside a longer message that is otherwise new. Longer sentences only, and more shared shingles.
 */
const SENTENCE_MIN_TOKENS = 10;
const SENTENCE_MIN_SHARED = 6;
const SENTENCE_SIMILARITY = 0.5;

/** An agent saying they are repeating themself (round 25). */
const SAYS_AGAIN =
  /\bas per my (?:previous|last|earlier) (?:message|reply|response|email)\b|\blike i (?:said|mentioned)\b|\bas i (?:said|mentioned|stated|explained) (?:before|earlier|previously|above)\b/;

/** Sign-offs every agent repeats; they are premature-close's business, not a loop. */
const STOCK = [
  /\banything else\b/,
  /\bthank(?:s| you)(?: so much)? for (?:contacting|choosing|reaching out|chatting|banking|being|flying|shopping|your patience|waiting|holding)\b/,
  /\bhave a (?:great|good|nice|wonderful) (?:day|evening|night)\b/,
  // (round 27: not a check that promises an answer, "Let me check with my team and come back to you",
  // said again two lines later)
  /^(?:one moment|please hold|let me check)\b(?![^.?!]*\b(?:come|get) back to you\b)/,
  // Round 23: "anything else?" in nl, es, fr, de, it, pt ("Is er verder nog iets waarmee ik u kan helpen?").
  /(?<!\p{L})(?:verder nog iets|nog (?:iets|ergens) (?:anders )?(?:mee|waarmee)|algo más|autre chose|sonst noch|qualcos'altro|fare altro|algo mais|mais alguma coisa)(?!\p{L})/u,
];

/** Asking what is wrong: "what is the issue", "describe the problem", "the nature of your concern". */
// (round 20: "can you tell me what happened with your journey today?")
const ISSUE_ASK =
  /\bwhat (?:the|your) (?:issue|problem) (?:is|was)\b|\b(?:tell me|tell us|explain|describe) what happened\b|\bwhat(?:'s| is| seems to be) (?:the|your) (?:issue|problem)\b|\b(?:describe|explain) (?:the|your) (?:issue|problem)\b|\bnature of (?:your|the) (?:concern|issue|problem|query|enquiry|inquiry|request)\b|(?<!\p{L})(?:qual (?:é|e|è) (?:o |il )?problema|cu[áa]l es (?:el|su) problema|quel est (?:le|votre) problème|was ist (?:das|ihr) problem)(?!\p{L})/u;
/**
 * Round 15: the stock opener ("How can I help you today?", "What can I do for you?", "¿En qué le
 * puedo ayudar?"). Asked again after the customer said what is wrong, it makes them repeat their
 * story; in a line that opens with a greeting ("Hello, this is Markus from the damage team. How can
 * I help you today?") it is the new agent's script, which no writer labels (three in three files).
 */
const ISSUE_OPENER =
  /\bhow (?:can|may|could) (?:i|we) (?:help|assist)(?: you)?(?: today)?\s*\?|\bwhat (?:can|may) (?:i|we) (?:help you with|assist you with|do for you)\b|\bwhat you need help with\b|(?<!\p{L})(?:en qu[ée] (?:le |te |les )?(?:puedo|podemos) ayudar|comment (?:puis-je|pouvons-nous) vous aider|wie kann ich (?:ihnen|dir|euch) helfen|(?:como|em que) (?:posso|podemos) (?:te |lhe |o |a )?ajud(?:ar|á-l[oa])|come posso (?:aiutarla|aiutarti|esserle utile))(?!\p{L})/u;
/** Round 20: a bot's bare imperative, "Briefly describe the problem.", asks too. */
const ISSUE_IMPERATIVE =
  /^(?:\p{L}+[.,!] )?(?:please )?(?:briefly )?(?:describe|explain) (?:the|your) (?:issue|problem)\b/u;
/**
 * Round 36: the problem asked for again by an agent who has already spoken ("May I know the issue you
 * are facing with the product?", "And can I ask what you're looking to do today?"). Not as an agent's
 * first line: a new agent asking after a bot's hand-off is labelled either way by the writers.
 */
const ISSUE_ASK_LATER =
  /\b(?:the )?(?:issue|problem) you(?:'re| are) (?:facing|having|experiencing)\b|\bwhat you(?:'re| are) (?:looking|hoping|wanting) to do\b/;
/** A line that opens with a greeting (the agent's first words, or a new agent's). */
const GREETING_START =
  /^[^\p{L}]*(?:hello|hi|hey|hiya|good (?:morning|afternoon|evening|day)|greetings|welcome|hola|buenos días|buenas(?: tardes| noches)?|bonjour|bonsoir|guten (?:tag|morgen|abend)|hallo|olá|ola|bom dia|boa (?:tarde|noite)|buongiorno|buonasera|ciao)\b/u;

/**
 * What the customer can be asked for, and how we know they already gave it. `many`: they may send
 * more than one ("could you also send a photo of the label?" asks for another, not the same again).
 */
const INFO: readonly { type: string; ask: RegExp; given?: RegExp; many?: true }[] = [
  {
    type: 'email',
    // "the email on the account", not a channel ("send you the details by email", "an email").
    ask: /\b(?<!\b(?:by|via|over|through|per|an|in an|in the|by the) )e-?mail(?: address)?\b(?! (?:confirmation|with|you|me|us|them|it))/,
    given: /[\w.+-]+@[\w-]+\.[\w.]+/,
  },
  {
    type: 'dob',
    ask: /\b(?:date of birth|dob|birth ?date|birthday)\b|(?<!\p{L})(?:date de naissance|fecha de nacimiento|geburtsdatum|data de nascimento|data di nascita|geboortedatum)(?!\p{L})/u,
    given: /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/,
  },
  {
    type: 'secret',
    ask: /\b(?:last (?:4|four)(?: digits)?(?: of)?(?: your)? (?:ssn|social)|ssn|social security|pin|passcode|security code)\b/,
  },
  {
    type: 'phone',
    // Round 12: "le numéro de la ligne concernée", given as "Mon numéro est le 01 43 22 87 19".
    ask: /\b(?:phone|mobile|cell) number\b|(?<!\p{L})(?:num[ée]ro de (?:la )?(?:ligne|t[ée]l[ée]phone|tel[ée]fono|l[íi]nea)|número de telefone|telefonnummer|rufnummer|handynummer)(?!\p{L})/u,
    given:
      /\b\d{3}[-. )]+\d{3}[-. ]\d{4}\b|(?<!\d)0\d(?:[ .]\d{2}){4}(?!\d)|(?<!\p{L})(?:mon num[ée]ro|mi número|meu número|meine (?:nummer|telefonnummer))(?: est| es| é| ist)?(?: le)?:? ?\+?\d[\d ]{7,}/u,
  },
  { type: 'zip', ask: /\b(?:zip(?: code)?|postal code|postcode)\b/ },
  {
    type: 'order',
    // (round 23: it "numero d'ordine", nl "bestelnummer"; given "ordine n. 7781034", not "order,
    // ticket was HB-10932": a case word between names another kind of number)
    ask: /\border (?:number|no\b\.?|#|id)\b|(?<!\bin )\bwhich order\b|(?<!\p{L})(?:num[ée]ro de (?:commande|pedido)|número do pedido|bestellnummer|numero (?:d'ordine|dell'ordine|ordine)|bestelnummer|ordernummer)(?!\p{L})/u,
    given:
      /(?<!\p{L})(?:order|commande|pedido|bestell\p{L}*|encomenda|ordine)(?!\p{L})(?:\bn\.|(?!\b(?:ticket|case|ref|reference|claim|complaint)\b)[^.?!]){0,15}?[#\w-]*\d{3,}/u,
  },
  {
    type: 'account',
    // The customer's own number with the company: account, contract, customer ("número de contrato").
    ask: /\b(?:account|contract|customer) (?:number|#|id)\b|(?<!\p{L})(?:número de (?:contrato|cliente|cuenta)|numéro (?:de )?(?:contrat|client|compte)|kundennummer|vertragsnummer|número do (?:contrato|cliente))(?!\p{L})/u,
    given:
      /\baccount (?:number|#|no)\b[^.?!]{0,10}?\d{4,}|(?<!\p{L})(?:numéro|número|nummer) (?:de |do )?(?:client|cliente|compte|kunden)\p{L}* ?:? ?\d{4,}|(?<!\p{L})(?:vertrags|kunden)nummer:? (?:ist )?\d[\d-]{4,}|^\W*account:? #?\d{5,}/u,
  },
  {
    type: 'booking',
    // Round 17: fr "numéro de réservation", de "Buchungsnummer", nl "reserveringsnummer" (round 27: fr
    // "référence de réservation").
    // Round 18: es "localizador" (the booking code), "código de reserva".
    ask: /\b(?:booking|confirmation|reservation) (?:reference|number|code|#)\b|\bpnr\b|(?<!\p{L})(?:localizador|c[oó]digo de (?:reserva|confirmaci[oó]n)|(?:num[ée]ro|r[ée]f[ée]rence) de (?:r[ée]servation|reserva|confirmation)|número da reserva|numero di prenotazione|codice (?:di )?prenotazione|buchungsnummer|reservierungsnummer|buchungscode|reserveringsnummer|boekingsnummer)(?!\p{L})/u,
    // Round 10: "My booking is VP-7781-2245", "my confirmation number is HV-77201-B".
    given: /\b(?:booking|confirmation|reservation|pnr|localizador)\b[^.?!]{0,20}?\b[a-z0-9]*\d[a-z0-9-]{3,}/,
  },
  {
    // Round 18: "flight 402 from JFK", then "what is the flight number and date of travel?".
    type: 'flight',
    ask: /\bflight (?:number|no\b\.?|#)|(?<!\p{L})(?:n[úu]mero (?:de|do) voo|n[úu]mero de vuelo|num[ée]ro de vol|flugnummer|numero (?:di|del) volo)(?!\p{L})/u,
    given:
      /\bflight (?:number |no\.? |#)?[a-z]{0,2}\d{2,4}\b|(?<!\p{L})(?:vuelo|voo|vol|flug|volo) (?:n[ºo°.]* ?)?[a-z]{0,2}\d{2,4}(?!\p{L})/u,
  },
  {
    // Round 10: the property or delivery address ("Where is the property located?").
    type: 'address',
    ask: /(?<!\b(?:e-?mail|ip|web|website|mail|mac) )\baddress\b|\bwhere is the (?:property|house|home|flat|apartment|building)\b/,
  },
  {
    type: 'case',
    // "your application reference": a reference with no order-like word before it is the case's.
    // Round 17: de "Schadensfallnummer", fr "numéro de dossier", es "número de incidencia".
    ask: /\b(?:case|ticket|claim|incident|file|(?:service |support )?request) (?:or reference )?(?:number|#|id|reference)\b|\bfile reference\b|\breference number\b|\b(?:your|the) (?:application |claim |case |ticket )?reference\b|(?<!\p{L})(?:(?:schadens?(?:fall)?|fall|vorgangs|ticket|referenz|reklamations|beschwerde)nummer|aktenzeichen|num[ée]ro de (?:dossier|ticket|sinistre|r[ée]clamation|r[ée]f[ée]rence|caso|incidencia|reclamaci[óo]n|referencia|siniestro|protocolo)|número do (?:protocolo|chamado|sinistro|processo)|numero (?:di )?(?:pratica|ticket|sinistro|riferimento|reclamo)|(?:dossier|zaak|referentie|ticket|schade)nummer)(?!\p{L})/u,
  },
  {
    type: 'error',
    // The error the customer quoted ("it says 'Activation limit reached (E-204)'") or its code.
    ask: /\berror (?:message|code|text|number)s?\b|\bwhat (?:does )?(?:the |it )?(?:error|message) (?:say|says|show)\b/,
    given:
      /\b(?:says|saying|shows|showing|error|message)\b[^.?!]{0,15}['"“‘][^'"”’]{4,}['"”’]|\berror (?:code )?[a-z]{0,3}-?\d{2,}\b|\([a-z]{1,3}-?\d{2,5}\)/,
  },
  {
    type: 'national-id',
    // Identity and company registration numbers: DNI, NIE, CPF, CNPJ, SIRET, EIN, national insurance.
    ask: /(?<!\p{L})(?:dni|nie|nif|cif|cpf|cnpj|siret|siren|nino|ein|national (?:insurance|id)(?: number)?|tax id|passport number|id number|personalausweis\p{L}*|rut|cuit|cuil|curp|rfc|bsn|codice fiscale|steuer-?id)(?!\p{L})/u,
  },
  {
    type: 'domain',
    ask: /\bdomain(?: name)?\b|\bwebsite (?:address|url)\b|(?<!\p{L})(?:dominio|domínio|domaine)(?!\p{L})/u,
    given: /(?<![@\w.-])[a-z0-9-]+\.(?:com|net|org|io|co|uk|de|fr|es|pt|br|app|dev|shop|store|info|biz)\b/,
  },
  {
    type: 'member',
    // Round 13: es "número de socio", fr "numéro d'adhérent", de "Mitgliedsnummer".
    ask: /\bmember(?:ship)? (?:id|number)\b|\bpolicy number\b|(?<!\p{L})(?:número de (?:socio|afiliado|miembro)|num[ée]ro d'adh[ée]rent|mitgliedsnummer)(?!\p{L})/u,
    given:
      /\bmember(?:ship)? (?:id|number|no\.?)[:#\s]*[\w-]*\d|(?<!\p{L})(?:número de (?:socio|afiliado|miembro)|mitgliedsnummer|num[ée]ro d'adh[ée]rent):? ?[\w-]*\d/u,
  },
  // Readings and pictures are slots too: "send a photo of the meter", "a current meter reading".
  {
    type: 'reading',
    // (round 28: es "la lectura actual de su contador"; given without a unit, "a photo of my meter on
    // Monday, reading 40211")
    ask: /\bmeter (?:reading|read|display)s?\b|\b(?:current|latest|new) readings?\b|(?<!\p{L})(?:lecture du compteur|lectura (?:actual |real )?(?:del|de su|de tu) contador|zählerstand|leitura do contador|meterstand(?:en)?)(?!\p{L})/u,
    // Round 15: a reading typed with its unit ("online eingegeben, 41822 kWh").
    // (round 29: nl "Meterstanden oude adres: normaal 23114, dal 19870")
    given:
      /(?<![\d.,])\d[\d.,]{2,}\s?(?:kwh|m³|m3|ccf|therms?)\b|\breading (?:is |was |of |: ?)?\d{4,}\b|(?<!\p{L})meterstand(?:en)?(?!\p{L})[^.?!]{0,30}\d{4,}/u,
  },
  {
    type: 'photo',
    many: true,
    ask: /\b(?:photo|picture|pic|screenshot|screen ?shot|image|video)s?\b|(?<!\p{L})(?:foto|photo|capture d'écran|captura de pantalla|captura de tela|bildschirmfoto)(?!\p{L})/u,
  },
  {
    type: 'device',
    // Round 12: "which model is the thermostat?" after "Model is HT-300".
    // (round 30: de "Seriennummer" and kin; given as "SN WB11-2207-88134")
    ask: /\bserial(?: number)?\b|\bimei\b|\bmodel (?:number|name)\b|\b(?:which|what) model\b|(?<!\p{L})(?:seriennummer|num[ée]ro de s[ée]rie|n[úu]mero de s[ée]rie|numero di serie|serienummer)(?!\p{L})/u,
    given:
      /\bmodel(?: number)?(?: is|:)? [a-z]{0,4}-?\d{2,}|\bserial(?: number)?(?: is|:)? [a-z0-9-]*\d|\bs\/?n:? ?[a-z0-9-]*\d/,
  },
  {
    // Round 12: "I've read your message. Can you tell me what the issue is?" after the customer
    // described it at length (a long first message, or one given to the bot).
    type: 'issue',
    // Round 15: also the stock openers asked again after the customer told a bot or the agent what
    // is wrong ("May I know the nature of your concern today?", "Thank you for verifying. How can I
    // help you today?"): the customer repeats their story. See ISSUE_OPENER for greetings.
    ask: new RegExp(`${ISSUE_ASK.source}|${ISSUE_OPENER.source}`, 'u'),
    given: /^(?:\S+\s+){19}\S/,
  },
  {
    // Round 15: "Can you tell me the reason you want to cancel?" after "too expensive just cancel it"
    // answered "can I ask why you're looking to cancel?".
    type: 'reason',
    ask: /\bthe reason (?:why )?you(?:'re| are|'d| would)? (?:\w+ )?(?:to )?(?:cancel|leave|close|end|return|switch)\b|\breason for (?:the |your )?(?:cancell?ation|cancell?ing|leaving|closing|return|switching)\b|\bwhy (?:you(?:'re| are|'d| would)?|do you) (?:\w+ )?(?:to )?(?:cancel|leave|close|end|return|switch)\b/,
  },
  {
    // Round 15: "which region are you seeing the issue in?" after "us-east-2 volumes read-only".
    type: 'region',
    ask: /\b(?:which|what) (?:region|data ?cent(?:er|re)|availability zone|zone)\b/,
    given:
      /\b(?:us|eu|ap|sa|ca|me|af|il|mx)-(?:east|west|north|south|central|northeast|southeast|northwest|southwest)-\d\b/,
  },
  {
    // Round 27: "Could you tell me which browser you're using?" after "ive tried chrome and safari".
    type: 'browser',
    ask: /\b(?:which|what) (?:web )?browser\b/,
    given: /\b(?:chrome|safari|firefox|opera|brave|microsoft edge|edge browser|internet explorer)\b/,
  },
  {
    // Round 27: "What's the unit number and site?" after "I am standing at gate now, unit 214, Swindon site".
    type: 'unit',
    ask: /\b(?:unit|flat|apartment|room|locker|plot|pitch|bay|suite|cabin) (?:number|no\b\.?|#)/,
    given: /\b(?:unit|flat|apartment|room|locker|plot|pitch|bay|suite|cabin) (?:no\.? |number |#)?\d{1,5}\b/,
  },
  {
    // Round 30: "Am I speaking with the account holder?" after "no, its his account".
    type: 'holder',
    ask: new RegExp(
      String.raw`\b(?:are you|am i (?:speaking|talking|chatting) (?:with|to)) (?:the|a) (?:main |primary |joint |named )?(?:${HOLDER_WORDS}|account owner)\b`,
    ),
    given: new RegExp(
      String.raw`\b(?:i'm|i am|im) (?:not )?(?:the |a )?(?:main |primary |joint |named )?(?:${HOLDER_WORDS})\b|\b(?:it's|its|it is) (?:his|her|their|my (?:mum|mom|dad|father|mother|wife|husband|partner)'?s?) (?:own )?account\b`,
    ),
  },
  {
    type: 'url',
    ask: /\b(?:app|project|workspace|instance|server|cluster|site|lb|load balancer|bucket|vm|resource) (?:id|url|name|arn)\b/,
  },
];
/**
 * A sentence that asks (round 22: also a bot's imperative, `FORM_IMPERATIVE`; round 27: fr "merci d'indiquer
 * votre référence"; round 28: es tú "¿Me podrías indicar tu número de seguimiento?").
 */
const ASK_WORDS =
  /\b(?:can|could|would|may) (?:you|i)\b|\b(?:are you|am i (?:speaking|talking|chatting))\b[^.!]*\?|\bwhere (?:is|are|was|were|do|did)\b[^.!]*\?|(?:^|[.!,]\s*)(?:\w+ ){0,2}(?:number|#|id|code|reference|ref|email|address|postcode|zip)\?|\bplease\b|\bwhat(?:'s| is)\b|\bwhich\b[^.!]*\?|\bwhat (?:\w+ ){0,2}(?:do|did|does|are|were|was|is) you\b[^.!]*\?|\bdo you have\b|(?<!\p{L})(?:haben sie|hätten sie|avez-vous|vérifiez|¿?me (?:facilita|facilitas|confirma|confirmas|dice|dices|indica|indicas|pasa|pasas|das))(?!\p{L})|\b(?:provide|share|enter|confirm|verify|give me|tell me|send me)\b|(?<!\p{L})(?:puis-je|pourriez-vous|pouvez-vous|veuillez|s'il vous plaît|merci d(?:e |')(?:nous |me )?(?:indiquer|donner|fournir|préciser|communiquer|confirmer)|me (?:podría|podrías|puede|puedes|podés|indica|da)|podría|podrías|por favor|können sie|könnten sie|bitte|nennen sie|pode (?:me )?(?:informar|passar|dizer)|poderia|por gentileza)(?!\p{L})|(?<!\p{L})(?:qual|quais|cu[áa]l(?:es)?|quel(?:le)?s?|welche[rsmn]?|wie (?:lautet|lauten|ist|war)|quale|mi (?:può|potrebbe|puoi)|welk(?:e)?|wat is)(?!\p{L})[^.!]*\?|(?<!\p{L})(?:mag ik|kunt u|kan ik|kun je|wilt u|zou u|wat zijn)(?!\p{L})|(?<!\p{L})(?:(?:può|potrebbe|puoi|potresti) (?:fornir|dar|indicar|comunicar|inviar|confermar)\p{L}*|peux-tu|pourrais-tu|tu (?:peux|pourrais) (?:me )?(?:donner|confirmer|envoyer|indiquer))(?!\p{L})|(?<!\p{L})(?:(?:i|we)(?: will|'ll)? need (?:your|the)|necesito (?:el|la|su|tu|sus|tus)|preciso (?:do|da|de|o|a|seu|sua)|j'ai besoin (?:de|du|de la|de votre)|ich brauche (?:ihre|ihren|die|den|das))(?!\p{L})/u;
const ASKS = new RegExp(`${ASK_WORDS.source}|${FORM_IMPERATIVE.source}`, 'u');

/** Troubleshooting steps the customer can report as done. */
const STEPS: readonly { step: string; re: RegExp }[] = [
  {
    step: 'restart',
    re: /\b(?:restart\w*|reboot\w*|turn(?:ed|ing)? (?:it )?off and (?:back )?on)\b|(?<!\p{L})(?:neu ?start\p{L}*|redémarr\p{L}*|reinici\p{L}*)(?!\p{L})/u,
  },
  // Pulling the power is its own step: a box that "restarted" (after a refresh) was not unplugged.
  {
    step: 'power-cycle',
    // (round 30: "power off your router, wait 30 seconds, then power it back on")
    re: /\b(?:power[- ]?cycl\w*|unplug\w*|switch(?:ed|ing)? (?:it )?off and (?:back )?on)\b|\bpower(?:ed|ing)? (?:it |the \w+ |your \w+ )?off\b[^.?!]{0,50}\bback on\b|(?<!\p{L})(?:vom strom|débranch\p{L}*|desenchuf\p{L}*|deslig\p{L}*|desconect\p{L}*|apag\p{L}* [^.?!]{0,60}encend\p{L}*|éteindre [^.?!]{0,60}rallum\p{L}*|aus- und (?:wieder )?einschalt\p{L}*)(?!\p{L})/u,
  },
  // A verb, not the agent's own "the reset can take 15 minutes to sync".
  {
    step: 'reset',
    re: /(?<!\b(?:the|a|that|this|your) )\breset(?:ting|s)?\b|(?<!\p{L})(?:zurückgesetzt|zurücksetzen|werkseinstellungen|réinitialis\p{L}*|restablec\p{L}*|restaur(?:ar|ei|ou|ado|ada|é|ó))(?!\p{L})/u,
  },
  { step: 'cache', re: /\b(?:cache|cookies)\b/ },
  { step: 'browser', re: /\bincognito\b|\bprivate (?:window|mode)\b|\b(?:another|different) browser\b/ },
  {
    step: 'reinstall',
    re: /(?<!\p{L})(?:re-?install\p{L}*|uninstall\p{L}*|r[ée]install\p{L}*|d[ée]sinstall\p{L}*|reinstal\p{L}*|desinstal\p{L}*|neu install\p{L}*|deinstall\p{L}*)(?!\p{L})/u,
  },
  { step: 'redeploy', re: /\bre-?deploy\w*\b|\bre-?provision\w*\b|\bre-?sync\w*\b/ },
  {
    step: 'update',
    re: /\b(?:firmware|software update|update (?:the|your) (?:app|software|firmware|phone))\b|\bupdated\b/,
  },
  { step: 'relog', re: /\b(?:log(?:ged|ging)? (?:out|off|back in)|sign(?:ed|ing)? (?:out|back in))\b/ },
  { step: 'spam', re: /\b(?:spam|junk)(?: folder)?\b/ },
  { step: 'rollback', re: /\broll(?:ed|ing)? ?back\b|\brollback\b|\brevert(?:ed|ing)?\b/ },
  { step: 'reseat', re: /\breseat\w*\b|\bre-?insert\w*\b|\bremov(?:e|ed|ing) the (?:sim|battery)\b/ },
  // Round 14: "I already replaced the battery on Sunday", then "try replacing the battery in the sensor".
  {
    step: 'battery',
    re: /\b(?:replac|chang|swap)(?:e|ed|es|ing) (?:the |a |my |your )?(?:\w+ )?batter(?:y|ies)\b|\bnew batter(?:y|ies)\b|\bnew (?:cr\d{4}|lr\d{2,4}|aaa?|9v)\b/,
  },
  { step: 'flush', re: /\b(?:run|ran|running) (?:the )?(?:cold )?(?:water|tap|it)\b/ },
  // Security steps: "I already froze the card in the app", "changed my password".
  {
    step: 'freeze',
    re: /\b(?:freez\w*|froze|frozen)\b|\b(?:lock|block)(?:ed|ing)? (?:the|my|your) card\b|(?<!\p{L})(?:bloque\p{L}*|bloquei\p{L}*|gesperrt|sperren)(?!\p{L})/u,
  },
  { step: 'password', re: /\bchang(?:e|ed|ing) (?:the |my |your )?password\b/ },
  // Round 29: "i paid the customs fee already online", then "You need to pay the customs fee".
  {
    step: 'pay',
    re: /\bpa(?:y|id|ying) (?:the |my |your )?(?:\w+ )?(?:fee|charge|duty|duties|invoice|bill|balance)\b/,
  },
  // Round 28: the vendor's own troubleshooting guide ("Have you already tried the steps in our SSO
  // troubleshooting guide?" — "Yes, I have followed all of the steps").
  {
    step: 'guide',
    re: /\btroubleshooting (?:guide|steps)\b|\b(?:steps|instructions) in (?:the|our) (?:[\w-]+ ){0,2}guide\b/,
  },
];
/**
 * Anything else asked for by name ("can you paste your SPF record?"): once the customer has
 * answered with data, the same request again is a loop even for details INFO does not list.
 */
const ASK_NAMED =
  /\b(?:paste|send|share|provide|give me|tell me|confirm|enter|type)(?: me)? (?:your|the) ((?:[a-z0-9-]+ ){0,2}?[a-z0-9-]+?)(?= (?:on|for|so|and|to|in|from|again|please|that|you|with|here)\b|[?.!,]|$)/g;
const ASKS_NAMED_ANY = /\b(?:paste|send|share|provide|give me|tell me|confirm|enter|type)\b/;
const REQUEST =
  /\b(?:please|kindly|could you|can you|would you|try|have you tried|have you|let's|go ahead and|i'd recommend|you should|you'll need to|you need to|you have to|you must)\b|(?<!\p{L})(?:bitte|haben sie|können sie|veuillez|pourriez-vous|pouvez-vous|avez-vous|essayez|por favor|puedes?|podrías?|pruebe|prueba|probar|ha(?:s)? (?:probado|intentado)|(?:ya )?(?:intentaste|probaste|intentó|probó)|ha(?:i)? provato|hast du|pode|poderia|tente|já tentou)(?!\p{L})/u;
const DONE_ALREADY =
  /\b(?:already|did that|did it|i did|done|tried|i've|i have|twice|times|every (?:night|day|morning|evening|time)|each time|all the time|restarted|rebooted|cleared|rolled back|reinstalled|updated|unplugged|ran|checked|removed|reseated|logged out|signed out|froze|frozen|locked|blocked|changed)\b|(?<!\p{L})(?:schon|bereits|mehrfach|gemacht|déjà|fait|ya|hecho|já|feito)(?!\p{L})/u;
/** Round 30: a list of what was done, "Tried: …", "Done: …", "Checked: …" (and es, fr, de, pt, it). */
const DONE_LIST =
  /\b(?:tried|done|checked|already tried|already done|steps taken)\s*:|(?<!\p{L})(?:probé|intenté|ya hice|déjà fait|essayé|versucht|gemacht|tentei|já fiz|provato|fatto)\s*:/u;
const NOT_DONE = new RegExp(String.raw`\b(?:can't|cannot)\b|${NOT_YET.source}`, 'u');
// Round 17: "2 already did that twice" (a menu's number first).
const REPLY_DONE =
  /^\W*(?:yes|yep|yeah|done|did that|did it|tried that|tried it|i did|ok done|ja|oui|sí|si|sim|erledigt|fait|hecho|feito)(?!\p{L})|\bstill\b|\balready (?:did|done|tried)\b|\b(?:did|done|tried) (?:that|it|this) already\b/u;

/**
 * Any identifier the customer types with its name ("company id 55-0192", "member no. 4411"): asking
 * for "<the same name> id/number" later is asking again, whatever the name is (round 20: also
 * "commande n° 77-40912").
 */
const NAMED_ID_GIVEN =
  /\b([a-z]{3,}) (?:id|number|no\.?|n°|nº|nr\.?|#|code|ref|numero|número|numéro|nummer)[:#\s]*(?:is\s+|was\s+)?[\w-]*\d/g;
const NAMED_ID_ASKED = /\b([a-z]{3,}) (?:id|number|no|#|code|ref)\b/g;
/** Round 9: an identifier typed right after its name, with no "id"/"number" ("asin B0C7XK2L9P"). */
// (round 29: a container number in two parts, "container MSKU 7710442")
const BARE_ID_GIVEN =
  /\b([a-z]{3,}):? (?:[a-z]{2,5} \d{4,}|(?=[a-z0-9-]*\d)(?=[a-z0-9-]*[a-z])[a-z0-9-]{6,})\b/g;
const BARE_ID_ASKED =
  /\b(?:provide|share|send|give me|tell me|confirm|enter|type|paste|need|have)(?: me)? (?:the|your) ([a-z]{3,})s?\b(?! (?:id|number|no|code|ref|name)\b)/g;
/**
 * Round 17: a value typed after its name with a number's digits ("tracking LK00927714PL") gives that
 * name's id or number too: "can you confirm the tracking number?" asks again.
 */
/** Round 16: the name after the number in es/pt/it/fr ("il numero di prenotazione" after "prenotazione SOL-558120"). */
const ROMANCE_ID_ASKED =
  /(?<!\p{L})(?:(?:numero|número|numéro) (?:di|de|da|do|du|della|del|dell') ?|(?:codice|c[oó]digo) (?:(?:di|de|da|do|del|della) )?)(?:(?:votre|vos|ton|ta|su|tu|seu|sua|vostro|vostra|tuo|tua) )?(\p{L}{3,})/gu;
/** Round 21: German compounds name the id in one word: "Buchungsnummer", "Kundennr." */
const GERMAN_ID_ASKED = /(?<!\p{L})(\p{L}{3,}?)s?(?:nummer|nr\.?)(?!\p{L})/gu;
/**
 * Round 22: the same names given with their value by the customer ("mi número de cliente es
 * 58-20931", "Mon numéro de candidat c'est 7719-2204", "Buchungsnummer CF-2024-88123").
 */
const valueAfter = (re: RegExp) =>
  new RegExp(String.raw`${re.source}(?=\s*(?:(?:es|est|c'est|é|è|ist|is|:)\s*)?#?[\w-]*\d)`, 'gu');
const ROMANCE_ID_GIVEN = valueAfter(ROMANCE_ID_ASKED);
const GERMAN_ID_GIVEN = valueAfter(GERMAN_ID_ASKED);
/** What ROMANCE_ID_ASKED and GERMAN_ID_ASKED need somewhere in the line (checked first: most lines have neither). */
const ID_WORD_ANY = /n[uú]m[eé]ro|c[oó]di(?:ce|go)|nummer|nr/;
/** Words for a case in the languages ROMANCE_ID_ASKED reads. */
const CASE_WORD =
  /^(?:reclamo|reclamaci[oó]n|caso|incidencia|incidente|expediente|dossier|r[ée]clamation|ticket|pratica|segnalazione|chamado|protocolo|fall|vorgang)$/u;
const NOT_AN_ID_NAME = new Set([
  'the',
  'your',
  'my',
  'this',
  'that',
  'same',
  'new',
  'old',
  'error',
  'rejection',
  'reference',
  'code',
  'number',
  'password',
  'and',
  'with',
  'for',
  'from',
  'was',
  'is',
  'are',
  'see',
]);

const ANY_ASK = anyOf(INFO.map((r) => r.ask));
const ISSUE = INFO.findIndex((r) => r.type === 'issue');
const CASE = INFO.findIndex((r) => r.type === 'case');
/** Round 15: words of a reply that tells the issue (fewer is a greeting: "hi", "hello there"). */
const ISSUE_MIN_WORDS = 4;
/** "agent please", "can I speak to a person": asking for someone, not saying what is wrong. */
const ASKS_FOR_HUMAN =
  /\b(?:agent|human|person|representative|operator|someone|somebody|manager|supervisor)\b/;
const ANY_GIVEN = anyOf(INFO.flatMap((r) => (r.given ? [r.given] : [])));
const ANY_STEP = anyOf(STEPS.map((r) => r.re));
const ANY_STOCK = anyOf(STOCK);

/**
 * A detail named as what to write somewhere else ("send the photos to … with the claim number in
 * the subject", "quote your reference on the form") asks the customer for nothing in the chat.
 */
const FOR_ELSEWHERE =
  /(?<!\p{L})(?:mit|avec|con|com)(?!\p{L})[^.?!]{0,40}(?:im betreff|en objet|dans l'objet|en el asunto|no assunto|nell'oggetto)(?!\p{L})|\b(?:with|include|including|quote|quoting|put|write|mention|mentioning)\b[^.?!]{0,30}\b(?:in|on|as) (?:the |your )?(?:subject(?: line)?|email|envelope|form|note|reference field|payment reference)\b|\breply to (?:it|this|that|the|our|my) (?:e-?mail |message )?with\b[^.?!]*/gu;

/**
 * Round 20: asking the customer to hold ("Can I pop you on hold for a couple of minutes while I check
 * the meters at the new address?", "Einen Moment bitte.") asks for no information, whatever it names.
 */
const HOLD_ASK =
  /^(?:\p{L}+[.,!] )?(?:can|may|could|shall) i (?:pop|put|place) you on (?:a )?(?:\p{L}+ )?hold\b(?![^?]*\band (?:confirm|provide|give|tell|send|share))|^(?:einen|un|um|one) (?:moment|momento|instant|momentje|attimo)(?: (?:bitte|por favor|please|s'il vous plaît|alstublieft|per favore))?[.!]?$/u;
/** A bot menu lists options ("Please choose: Restart modem / Check outage"); naming one asks nothing. */
const MENU = /\b(?:choose|select|pick|options?)\b[^:.?!]*:[^.?!]*(?:\s\/\s|\|)[^.?!]*/g;

function stripStock(ss: readonly string[]): string {
  return ANY_STOCK.test(ss.join(' ')) ? ss.filter((s) => !some(STOCK, s)).join(' ') : ss.join(' ');
}
/**
 * Round 23: a short courtesy sentence ("I apologize for the inconvenience.", "I understand your
 * concern.") is not what a line says: "I apologize for the inconvenience. I have updated your ticket
 * with your comments." repeats "I understand your concern. I have updated your ticket with your
 * comments and marked it urgent." A line is looked up without them (unless it has nothing else) and
 * stored with them, so a line of courtesies only still finds the same courtesies said before.
 */
const COURTESY_SENTENCE_MAX_WORDS = 6;
const courtesyOnly = (s: string) => COURTESY.test(s) && s.split(' ').length <= COURTESY_SENTENCE_MAX_WORDS;
function withoutCourtesies(ss: readonly string[]): readonly string[] {
  const said = ss.filter((s) => !courtesyOnly(s));
  return said.length > 0 ? said : ss;
}

function shingles(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (let k = 0; k + SHINGLE <= words.length; k++) out.add(words.slice(k, k + SHINGLE).join(' '));
  return [...out];
}

/**
 * Earlier agent lines (or sentences) by their word 3-grams. `similar` returns the line of the first
 * entry sharing at least `minShared` shingles and `ratio` of the shorter one's, or undefined.
 */
function createShingleIndex() {
  const postings = new Map<string, number[]>(); // shingle → entry ids, capped at MAX_POSTINGS
  const sizes: number[] = [];
  const lineOf: number[] = [];
  return {
    similar(sh: readonly string[], minShared: number, ratio: number): number | undefined {
      const shared = new Map<number, number>();
      for (const s of sh) for (const e of postings.get(s) ?? []) shared.set(e, (shared.get(e) ?? 0) + 1);
      for (const [e, n] of shared)
        if (n >= minShared && n / Math.min(sh.length, sizes[e]!) >= ratio) return lineOf[e];
      return undefined;
    },
    add(line: number, sh: readonly string[]): void {
      const e = sizes.length;
      sizes.push(sh.length);
      lineOf.push(line);
      for (const s of sh) {
        const list = postings.get(s) ?? [];
        list.push(e);
        if (list.length > MAX_POSTINGS) list.shift();
        postings.set(s, list);
      }
    },
  };
}

/** Round 10: asking for another of something a customer may send several of (INFO's `many`). */
const ANOTHER = /\b(?:also|another|additional|second|one more|more)\b/;
/** "Unplug and replug will not help": the step named as the subject of a statement. */
const STATEMENT = /\b(?:will not|won't|doesn't|does not|didn't|did not|isn't|is not|can't|cannot)\b/;
/** Round 12: a step asked in the imperative ("Log out of the app on that device, then log back in."). */
const IMPERATIVE_STEP =
  /^(?:(?:ok|okay|so|now|first|next|then|alright|right)[,.!]?\s+)*(?:log|sign|restart|reboot|unplug|power|reset|clear|reinstall|uninstall|update|turn|switch|remove|reseat|run|freeze|lock|block|change|roll|revert)\b/;

function asked(
  ss: readonly string[],
  table: readonly { re: RegExp }[] | readonly { ask: RegExp; many?: true }[],
): number[] {
  const out: number[] = [];
  for (const s of ss) {
    // Whether the sentence asks at all is the same for every row: tested once, and only when a
    // row's pattern matched (it was tested per row, a large share of the analysers' time).
    let request: boolean | undefined;
    const isRequest = (info: boolean) =>
      (request ??= info
        ? ASKS.test(s) || ISSUE_OPENER.test(s) || ISSUE_IMPERATIVE.test(s)
        : REQUEST.test(s) || (IMPERATIVE_STEP.test(s) && !STATEMENT.test(s)));
    table.forEach((row, k) => {
      const re = 'ask' in row ? row.ask : row.re;
      if ('many' in row && row.many && ANOTHER.test(s)) return;
      if (re.test(s) && isRequest('ask' in row)) out.push(k);
    });
  }
  return out;
}

/**
 * `script-loop`: an agent line that repeats an earlier agent line near-verbatim, or asks again for
 * details the customer already gave or steps the customer already did.
 */
export const scriptLoop: Analyser = {
  id: 'script-loop',
  labels: ['script-loop'],
  analyse(lines) {
    const out: Finding[] = [];
    const lineIndex = createShingleIndex();
    const sentenceIndex = createShingleIndex();
    const given = new Set<number>(); // INFO rows the customer provided
    const done = new Set<number>(); // STEPS rows the customer completed
    let lastAskedInfo: number[] = [];
    let lastAskedSteps: number[] = [];
    const givenNamed = new Set<string>();
    const givenIds = new Set<string>(); // names of identifiers the customer typed with their value
    const givenBare = new Set<string>(); // names typed right before their value ("asin B0C7XK2L9P")
    let lastAskedNamed: string[] = [];
    const memory = createAskMemory();
    /** Earlier agent-side lines and their sentences by their words: the first line with each. */
    const verbatim = new Map<string, number>();
    const authors = new Set<string>(); // agent-side authors who have spoken
    lines.forEach((line, i) => {
      if (line.role === 'customer') {
        const t = normWords(line.text);
        memory.customer(t);
        const hasCase = hasDigits(t, 3) && caseNumbersIn(line.text).length > 0;
        for (const m of t.matchAll(NAMED_ID_GIVEN)) if (!NOT_AN_ID_NAME.has(m[1]!)) givenIds.add(m[1]!);
        if (ID_WORD_ANY.test(t))
          for (const m of [...t.matchAll(ROMANCE_ID_GIVEN), ...t.matchAll(GERMAN_ID_GIVEN)])
            if (!NOT_AN_ID_NAME.has(m[1]!)) givenIds.add(m[1]!);
        for (const m of t.matchAll(BARE_ID_GIVEN)) {
          if (NOT_AN_ID_NAME.has(m[1]!)) continue;
          givenBare.add(m[1]!);
          // a value with a number's digits is that name's number ("tracking lk00927714pl"), not a
          // name ("instance db-prod-2", when the agent then asks for the instance id)
          if (hasDigits(m[0].slice(m[1]!.length), 4)) givenIds.add(m[1]!);
        }
        const anyGiven = ANY_GIVEN.test(t);
        INFO.forEach((row, k) => {
          if ((anyGiven && row.given?.test(t)) || (row.type === 'case' && hasCase)) given.add(k);
        });
        // A short or data-bearing reply answers whatever the agent just asked for.
        const words = tokens(t).length;
        if ((/\d|@/.test(t) || words <= 8) && !STALL.test(t)) {
          for (const k of lastAskedInfo) if (k !== ISSUE) given.add(k);
          // (an id asked by name is given only with digits: "die weet ik niet" gives none)
          for (const key of lastAskedNamed) if (!key.startsWith('id:') || /\d/.test(t)) givenNamed.add(key);
        }
        // Round 15: any answer of a few words to "how can I help?" tells the issue ("bag damaged
        // wheel ripped off"), but not "hi" or "agent please".
        if (
          lastAskedInfo.includes(ISSUE) &&
          words >= ISSUE_MIN_WORDS &&
          !ASKS_FOR_HUMAN.test(t) &&
          !STALL.test(t)
        )
          given.add(ISSUE);
        if (ANY_STEP.test(t) || lastAskedSteps.length > 0) {
          // Per clause: "a charge I did not make. I already froze the card" reports the freeze.
          // (round 30: a list after "Tried:" / "Done:" reports every item, "Tried: clear app data, new CR2032")
          for (const x of sentences(t)) {
            const listed = DONE_LIST.test(x);
            for (const c of x.split(/[,;]\s*/)) {
              if (NOT_DONE.test(c)) continue;
              STEPS.forEach((row, k) => {
                if (row.re.test(c) && (listed || DONE_ALREADY.test(c))) done.add(k);
              });
            }
          }
          if (REPLY_DONE.test(t) && !NOT_DONE.test(t)) for (const k of lastAskedSteps) done.add(k);
        }
        lastAskedInfo = [];
        lastAskedSteps = [];
        lastAskedNamed = [];
        return;
      }
      if (!isAgentSide(line.role)) return;
      const t = normWords(line.text);
      const spokeBefore = line.author !== null && authors.has(line.author);
      if (line.author !== null) authors.add(line.author);
      const ss = sentences(t.replace(MENU, ' ').replace(FOR_ELSEWHERE, ' ')).filter((x) => !HOLD_ASK.test(x));
      const infoAsked = ANY_ASK.test(t) ? asked(ss, INFO) : [];
      const stepsAsked = ANY_STEP.test(t) ? asked(ss, STEPS) : [];
      let why: string | null = null;
      // a greeting's stock opener asks, but does not ask again (its answer still tells the issue)
      const opener = infoAsked.includes(ISSUE) && GREETING_START.test(t) && !ISSUE_ASK.test(t);
      const again = infoAsked.find((k) => given.has(k) && !(opener && k === ISSUE));
      if (again !== undefined) why = `asks again for ${INFO[again]!.type}`;
      if (!why && spokeBefore && given.has(ISSUE) && ISSUE_ASK_LATER.test(t)) why = 'asks again for issue';
      const redo = stepsAsked.find((k) => done.has(k));
      if (!why && redo !== undefined) why = `asks again to ${STEPS[redo]!.step}`;
      const asks = ss.join(' '); // without menus and details to write elsewhere
      const asksAny = ASKS.test(asks);
      const named = ASKS_NAMED_ANY.test(asks) ? [...asks.matchAll(ASK_NAMED)].map((m) => m[1]!) : [];
      const repeat = named.find((key) => givenNamed.has(key));
      if (!why && repeat !== undefined) why = `asks again for ${repeat}`;

      // The id named in a sentence that asks ("on your tracking number…, please send photos" asks for photos).
      // The sentences that ask, tested once: what they name is what is asked for.
      const asking = givenIds.size > 0 || asksAny ? ss.filter((x) => ASKS.test(x)) : [];
      const idAgain =
        givenIds.size > 0
          ? asking.flatMap((s) => [...s.matchAll(NAMED_ID_ASKED)]).find((m) => givenIds.has(m[1]!))
          : undefined;
      if (!why && idAgain) why = `asks again for ${idAgain[0]}`;
      const bareAgain =
        givenBare.size > 0 && asksAny
          ? [...asks.matchAll(BARE_ID_ASKED)].find((m) => givenBare.has(m[1]!))
          : undefined;
      if (!why && bareAgain) why = `asks again for ${bareAgain[1]}`;
      // An id asked by its name in es/fr/it/pt/de/nl, given before: round 20, "le numéro de votre
      // commande" after "commande n° 77-40912"; round 21, "Ihre Buchungsnummer" after "Buchung
      // AD-7731904", "el número de su reclamo" after a case number. Round 22: what it asks by name is
      // remembered, so a reply with digits gives it ("Mag ik je contractnummer?" — "HH-2023-44190" —
      // then, after a transfer, "Kun je je contractnummer doorgeven?").
      // (round 28: only sentences that ask, not "Já tenho o número do contador. Qual é o código…?")
      const askingOnly = asksAny ? asking.join(' ') : '';
      const foreignIds = ID_WORD_ANY.test(askingOnly)
        ? [...askingOnly.matchAll(ROMANCE_ID_ASKED), ...askingOnly.matchAll(GERMAN_ID_ASKED)]
        : [];
      const romanceAgain = why
        ? undefined
        : foreignIds.find(
            (m) =>
              givenBare.has(m[1]!) ||
              givenIds.has(m[1]!) ||
              givenNamed.has(`id:${m[1]}`) ||
              (CASE_WORD.test(m[1]!) && given.has(CASE)),
          );
      if (romanceAgain) why = `asks again for ${romanceAgain[1]}`;

      const same = memory.agent(ss.filter((s) => !some(STOCK, s)));
      if (!why && same) why = `asks again about ${same.join(' ')}`;

      // Round 14: a whole line said before, word for word (as a line or as one of its sentences), is a
      // loop even when it is a sign-off ("Is there anything else I can help you with today?" again
      // while the customer's question stands): every writer so far labels it (49 of 49 across
      // fifteen files).
      const whole = verbatimTokens(t);
      const first = whole.length >= VERBATIM_MIN_TOKENS ? verbatim.get(whole.join(' ')) : undefined;
      if (!why && first !== undefined) why = `repeats line ${first} word for word`;
      // Round 25: the agent saying they are repeating themself ("As per my previous message, I am
      // raising a ticket"; 3 of 3 such lines in the readable files are labelled loops).
      const saysAgain = SAYS_AGAIN.exec(t);
      if (!why && saysAgain) why = `says "${saysAgain[0]}"`;
      // Round 16: a clause said again word for word ("Unfortunately, I can't refund charges already
      // processed" after "Sorry, I can't refund charges already processed, it is not in our policy"),
      // not the courtesies every line repeats (thanks, apologies, sign-offs, the stock opener).
      const clauses = sentences(t)
        .flatMap((x) => x.split(/[,;]\s*/))
        .filter((c) => !some(STOCK, c) && !COURTESY.test(c) && !ISSUE_OPENER.test(c))
        .map(verbatimTokens);
      const clauseAgain = clauses.find((c) => c.length >= CLAUSE_MIN_TOKENS && verbatim.has(c.join(' ')));
      if (!why && clauseAgain)
        why = `repeats "${clauseAgain.join(' ')}" from line ${verbatim.get(clauseAgain.join(' '))}`;
      for (const part of [
        whole,
        ...sentences(t).map(verbatimTokens),
        ...clauses.filter((c) => c.length >= CLAUSE_MIN_TOKENS),
      ])
        if (part.length >= VERBATIM_MIN_TOKENS && !verbatim.has(part.join(' ')))
          verbatim.set(part.join(' '), i);

      const words = tokens(stripStock(ss));
      const sh = words.length >= MIN_TOKENS ? shingles(words) : [];
      const lookup = tokens(stripStock(withoutCourtesies(ss)));
      const lsh = lookup.length >= MIN_TOKENS ? shingles(lookup) : [];
      const j = lsh.length > 0 ? lineIndex.similar(lsh, MIN_SHARED, SIMILARITY) : undefined;
      if (!why && j !== undefined) why = `repeats line ${j}`;
      lineIndex.add(i, sh);
      for (const sentence of ss) {
        if (some(STOCK, sentence)) continue;
        const sw = tokens(sentence);
        if (sw.length < SENTENCE_MIN_TOKENS) continue;
        const ssh = shingles(sw);
        const k = sentenceIndex.similar(ssh, SENTENCE_MIN_SHARED, SENTENCE_SIMILARITY);
        if (!why && k !== undefined) why = `repeats a sentence of line ${k}`;
        sentenceIndex.add(i, ssh);
      }
      lastAskedInfo = infoAsked;
      lastAskedNamed = [...named, ...foreignIds.map((m) => `id:${m[1]}`)];
      lastAskedSteps = stepsAsked;
      if (why) out.push({ i, label: 'script-loop', evidence: `${why}: ${clip(line.text, 60)}` });
    });
    return out;
  },
};
