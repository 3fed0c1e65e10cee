import { AGENT_COMING, BUT_WORDS, clip, HANDOFF_OTHER, isAgentSide, normWords, sentences } from './text';
import type { Analyser, Finding } from './types';

/** When something will happen: "within 5-7 business days", "by Friday", "tomorrow", "on the 15th". */
export const TIME =
  /\b(?:(?:within|in|by|before|after|over|about|around|approximately|up to|takes?|take) (?:the )?(?:next )?(?:\d+|a|an|one|two|three|few|couple(?: of)?)(?:\s?(?:-|to|or)\s?\d+)? ?(?:business |working )?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|billing cycles?)|within the hour|(?:at|from|by|until) (?:[01]?\d|2[0-3]):[0-5]\d|today|tonight|tomorrow|this (?:evening|afternoon|week)|next (?:week|month|bill|statement|billing cycle)|(?:the )?end of (?:the |this |next |your )?(?:day|week|month|billing cycle)|shortly|soon|right away|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \d{1,2}(?:st|nd|rd|th)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{1,2}|(?<!dated )\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])|\d{1,2}(?::\d{2})?\s?(?:am|pm)|\d+\s?(?:-|to)\s?\d+ (?:business |working )?days|(?:within|in|over) (?:approximately |about )?(?:two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|fifteen|thirty)(?: (?:to|or|-) (?:three|four|five|six|seven|eight|nine|ten|twelve|fourteen|fifteen|thirty))? (?:business |working )?(?:hours?|days?|weeks?|months?))\b/;

/** "I'll / we'll" + a verb, except the steps an agent takes while still in the chat. */
const FIRST_PERSON =
  /\b(?:i|we)(?:'ll| will| shall| am going to|'m going to| are going to) (?:also |then |now |personally )?(\w+)/g;
const IN_CHAT =
  /^(?:check|look|see|verify|pull|transfer|connect|get|need|be|have|run|take|try|just|go|close|end|ask you|put|place|stay|wait|review|confirm|help|assist|walk|guide|hand|pass|route|bring|loop|patch|point|show|explain|answer|find)$/;
/** Things done from the agent's screen while the customer waits ("I'll send a refresh signal to your SIM"). */
const IN_CHAT_ACTION =
  /\b(?:i|we)(?:'ll| will|'m going to| am going to| are going to) (?:now )?(?:send|push|trigger) (?:a|an|the) (?:\w+ )?(?:signal|refresh|reset|ping|hit)\b[^.;]*/g;

/** A future in the sentence: "will" or "'ll". */
const FUTURE_WORD = /\b(?:will|'ll)\b/;
/**
 * Round 30: "pass / hand" + the case to a team commits ("I'll pass this to our Tier 2 hardware team");
 * + "you" is a hand-off in the chat.
 */
const PASS_THING = /^(?:pass|hand)$/;
const PASSED_ON =
  /^\s+(?:on )?(?:this|it|that|(?:your|the) (?:case|ticket|request|details|file|complaint|claim))\b(?: \w+)?(?: over| on)? to\b/;
/** Round 20: "put / place" + a thing commits; + "you" is a step in the chat (`promiseIn`). */
const PUT_THING = /^(?:put|place)$/;
/** Round 24: "have" + a thing done is a commitment ("I'll have it set up at the front desk for you by 2pm"). */
const HAVE_THING_DONE =
  /^\s+(?:it|them|this|that|these|those|the \w+|your \w+) (?:all )?(?:\w+ed|set up|sent|done|sorted|fixed|ready|delivered|shipped|back|written up|brought)\b/;
/** Round 24: a step in the chat and then what follows it ("I'll review the units … and email you the decision"). */
// (round 29: "I'll check the file and let you know")
const AND_THEN_SENDS =
  /\band (?:then )?(?:(?:email|send|call|text|post|ship|refund|credit|mail|message|ring) (?:you|it|them)|let you know|get back to you)\b/;
/** Round 24: a terse outcome with its deadline, no verb but a participle: "Card unblocked within 24h." */
const PARTICIPLE_DEADLINE =
  /^(?:(?:a|the|your) )?(?:[\w-]+ ){1,2}(?:unblocked|refunded|sent|shipped|fixed|replaced|credited|restored|reactivated|activated|cancell?ed|processed|delivered|released|reissued|updated|repaired|collected) (?:within \d+\s?(?:h|hrs?|hours?|d|days?|business days|working days)\b|by (?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d)|today|tonight|tomorrow)/;
/** Round 24: choices put to the customer ("Tengo dos opciones: … mañana …, o … hoy …") commit to none yet. */
const OPTIONS_LEAD =
  /(?<!\p{L})(?:two|three|dos|tres|deux|trois|duas|três|zwei|drei|twee|drie|due) (?:options|opciones|opções|möglichkeiten|optionen|opties|opzioni)(?!\p{L})/u;
/** Round 24: a price in a sentence of an offer describes the offer ("Sono 25 € e lo fa lo stesso montatore domani"). */
const PRICE = /[$€£]\s?\d|\d[\d.,]*\s?(?:€|\$|euros?\b|pesos\b|dollars?\b|reais\b)/;
/** Round 20: "I will not be able to register a claim" refuses (cant-help's business). */
const NOT_ABLE = /\b(?:i|we)(?:'ll| will) not be able to\b[^.;]*/g;
/** Round 20: what the customer owes and when ("First payment of £581.25 is due on 1 November"). */
const CUSTOMER_OWES =
  /\b(?:payments?|instal(?:l)?ments?|balance|bill|amount|premium|fee|repayments?)\b(?:[^.;]|\.\d){0,30}\b(?:is|are|falls?) due\b/;
/** Round 20: "puedo cambiarle el billete … dentro de los próximos 30 días": what can be done, a window. */
const CAN_WORDS_OTHER =
  'puedo|podemos|posso|possiamo|je peux|nous pouvons|ich kann|wir können|kann ich|können wir|ik kan|we kunnen';
const CAN_OTHER = new RegExp(`(?<!\\p{L})(?:${CAN_WORDS_OTHER})(?!\\p{L})`, 'u');
/**
 * Round 25: what can be done, put to the customer in es/pt/fr/it/de/nl ("Puedo reagendar tu servicio
 * para mañana a las 9"): an offer, not yet a commitment (not "puedo confirmarle que …").
 */
const CAN_DO_OTHER = new RegExp(
  String.raw`^(?:\p{L}+[,!] )*(?:${CAN_WORDS_OTHER}) (?!confirm|asegur|garant|assur|bestätig|bevestig|dir |decir)`,
  'u',
);
/** Round 25: the customer's duty under the terms ("plots must be cultivated within 3 months"; 40 of 41 agent lines with "must" are no promise). */
const DUTY_EN = /\b(?:must|are required to|is required to)\b/;
/** Round 21: how things usually go ("Reservierungen werden in der Regel nach 3–5 Werktagen … freigegeben"). */
const HABIT_WORDS_OTHER =
  "in der regel|normalerweise|meistens|généralement|en général|d'habitude|por lo general|normalmente|geralmente|habitualmente|di solito|meestal|doorgaans";
const HABIT_OTHER = new RegExp(`(?<!\\p{L})(?:${HABIT_WORDS_OTHER})(?!\\p{L})`, 'u');
/** Round 20: "meldet sich seit dem 3. März nicht mehr": since a past date, no future. */
const SINCE_OTHER = /(?<!\p{L})(?:seit|sinds)(?!\p{L})/u;

/** Someone or something else "will / should" do something. */
const THIRD_PERSON =
  /\b(?:will|'ll|should|is going to|are going to)(?: (?:also|automatically|then|now|typically|usually|normally|definitely|only|just))? (\w+)/;
/** Round 12: "I should say…", "that should never have happened" report or remark; they commit to nothing. */
const NOT_A_COMMITMENT =
  /^(?:need|have|want|like|lose|not|able|be able|you|i|we|it|never|say|mention|add|note|point|stress|clarify|explain|warn|admit|qualify)$/;
/** Round 22: "add" + a thing commits ("they'll add the gems within 48h"), unlike "I should add that…". */
const ADDS_THING = /^ (?:the|a|an|your|it|them|those|these|\d)\b/;
/** Round 12, formal: "the sum shall be returned … within five to seven business days" (with a time). */
const SHALL = /\b(?:it|this|that|they|the \w+|your \w+) shall (?:be |then )?\w+/;
/** Round 12: "so you should have it by tomorrow evening": the goods in hand by a time is an outcome. */
// (round 21: "You'll have an email from me today"; "you'll" written together never matched before)
// (round 27: any thing but a duty, "you'll have full speed in the evenings from tonight")
const HAVE_IT_BY =
  /\byou(?: will|'ll| should) (?:have|get|receive) (?:it|them|this|that|the \w+|your \w+|an? \w+|(?!to\b)\w+ \w+)\b/;

/**
 * Present-tense schedule statements: "ships today", "refunds are processed within 7 days" (round 32: someone
 * booked to act, "I've now booked an assessor to inspect the car … on Thursday morning").
 */
const SCHEDULE =
  /\b(?:ships?|arrives?|takes?|happens?|posts?|starts?|starting|begins?|effective|ready|runs (?:at|on|every|from)|(?<!\b(?:was|were|been|be|is|are) )estimated|expect(?:s|ed)?|typically|usually|normally|drop off|go out|(?:are|is|gets?) (?:processed|reviewed|decided|issued|sent|scheduled|released|credited|restored|completed|resolved|fixed|delivered|refunded|approved|activated)|reviews|responds|replies|handles|contacts|gets? back|completes|resolves|restores|appears|shows? up|reflects|clears|releases|goes out|lands|kicks in|takes effect|activates|processes|delivers|dispatch(?:es|ed)|scheduled (?:to|for)|(?<!\bfully )(?:booked|arranged|lined up)(?: \w+){0,3}? (?:for|on)|(?:booked|arranged|scheduled|sent) (?:an? |the |your )?[\w-]+ to (?:inspect|visit|collect|repair|call|check|come|assess|fix|deliver|install|read)\b|due (?:by|on)|set to|slated|planned for|on track)\b/;
/**
 * Round 12. A date that something already happened on ("which occurred on 14 March", "was received
 * on 2 May") schedules nothing; nor does a duration that something "can take" (most writers do not
 * read "refunds can take up to 10 days" as a commitment).
 */
const PAST_BEFORE_TIME =
  /\b(?:was|were|been|occurred|happened|received|placed|made|paid|issued|submitted|cancell?ed|charged|opened|closed|started|ended|expired)(?: (?:on|at|in|back in))?\s*$/;
const MAY_TAKE = /\b(?:can|may|might|could) (?:\w+ )?take\b/;
const EVERY_TIME = new RegExp(TIME.source, 'g');
/** Some time in the sentence that is not a date something already happened on. */
function futureTime(s: string): boolean {
  for (const m of s.matchAll(EVERY_TIME)) if (!PAST_BEFORE_TIME.test(s.slice(0, m.index))) return true;
  return false;
}
/** "Confirmation email within the hour.": a terse agent's deadline, with no verb at all. */
const NOUN_DEADLINE =
  /^(?:(?:a|the|your) )?(?:\w+ )?(?:e-?mail|text|sms|call|call ?back|refund|reply|response|confirmation|update|engineer|technician|courier|delivery|replacement|credit|quote|label|invoice|receipt|statement|letter|parcel)s? (?:by (?:e-?mail|text|post) )?(?:within|by|before|in the next|tomorrow|today)\b[^.]{0,25}\.?$/;
/** "Ihre Ladekarte wird abgelehnt": wird + a participle is the present passive, not a future. */
// (round 19: also a modal's "werden", what can be done: "Danach kann der Schaden weiterbearbeitet werden")
// (round 23: Dutch too, "daarom wordt de pas geweigerd"; a time in the sentence still commits, below)
// (round 28: "dann sollte das Abo neu geladen werden", what the customer's step should bring)
// (round 31: not "from now on": "es wird nichts mehr abgebucht" commits to what stops)
const DE_PASSIVE_NOW =
  /(?<!\p{L})(?:wird|werden) (?!(?:[^.,;]* )?(?:nichts|nicht|keine?n?(?: \p{L}+)?) mehr )(?:[^.,;]* )?(?:\p{L}*ge\p{L}+t|\p{L}+iert)[.!]?$|(?<!\p{L})(?:wordt|worden) (?:[^.,;]* )?ge\p{L}+[dt][.!]?$|(?<!\p{L})(?:kann|können|könnte|könnten|muss|müssen|darf|dürfen|sollte|sollten) (?:[^.,;]* )?werden[.!]?$/u;
/** "Expect a call from our team": an outcome announced without a date is still a commitment. */
const EXPECT = /(?:^|[;:] )(?:please )?expect (?:a|an|the|your|our|to)\b|\byou (?:can|should|may) expect\b/;

/** "You won't be charged for it": a committed outcome, though no "will" + verb carries it. */
// (round 28: "so you won't get any further statements while it processes", "You won't receive collection calls";
// round 33: "collection notices")
const NO_CHARGE =
  /\byou (?:won't|will not|shouldn't|should not) (?:be )?(?:charged|billed|invoiced|held (?:liable|responsible)|see (?:the|this|that|a|any) (?:charge|fee))\b|\byou (?:won't|will not) (?:get|receive) (?:any )?(?:further |more )?(?:statements?|bills?|collection (?:calls?|notices?|letters?)|calls|reminders?|letters?|notices?|late fees?)\b/;
/** "If you filter by month, a few batches will get you everything": the customer's step, not ours. */
const CONDITIONAL =
  /^(?:(?:meanwhile|in the meantime|also|and|so|alternatively|otherwise|or|for now),? )?(?:if you\b|would you|do you|should (?:the|you|it|this|that|they|your|any|an?)\b(?! be\b)[^,]*,)/;
/** A deadline in other languages: "em até 30 minutos", "innerhalb von 2 Werktagen", "en un plazo de 10 días" (round 20: "dentro de las próximas 48 horas"; round 23: "en máximo 48 horas hábiles"). */
const TIME_OTHER =
  /(?<!\p{L})(?:em até|dentro de|en un plazo (?:máximo )?de|en (?:un )?máximo(?: de)?|em no máximo|no máximo em|au plus tard dans|spätestens in|en (?:los )?próximos|sous|d'ici|dans les|innerhalb (?:von|der nächsten)|in spätestens|binnen|in den nächsten|entro|nei prossimi|binnen)\s+(?:(?:l[oa]s|os|as|les|die|de|het) )?(?:(?:próxim[oa]s|prochaines|nächsten) )?(?:\d+(?:\s?(?:a|à|bis|-|e|y|to)\s?\d+)?|un|une|una|um|uma|ein|einem|zwei|deux|dos|duas|48|24|pochi|pocos|poucos|quelques|wenigen|enkele|trois|quatre|cinq|sept|huit|dix|tres|cuatro|cinco|siete|ocho|diez|três|quatro|sete|oito|dez|drei|vier|fünf|sieben|acht|zehn|tre|quattro|cinque|sette|otto|dieci|drie|vijf|zeven|tien)\s*(?:(?:jours|días|dias|tage|giorni|dagen) ouvrables\b|h\b|minut\p{L}*|heures?|horas?|stunden?|ore|uur|d[ií]as?|jours?|(?:werk|arbeits|geschäfts)?tag(?:en|e)?|giorni|(?:werk)?dagen|semaines?|semanas?|wochen?|settimane|weken|mois|mes(?:es)?|meses|monat\p{L}*|jours ouvrés|dias úteis|días hábiles|faturas|facturas)|(?<!\p{L})(?:binnen het uur|dans l'heure|innerhalb der nächsten stunde|en la próxima hora|na próxima hora|entro un'ora)(?!\p{L})/u;
/**
 * "Si vous…", "wenn Sie…", "las devoluciones deben…": a condition or the customer's duty, not a commitment
 * (round 21: Spanish ", se le verá reflejado" is a clitic, not Portuguese "se", if).
 */
const CONDITION_OR_DUTY_OTHER =
  /(?<!\p{L})(?:si|wenn|falls|(?<=^|, )se(?! (?:le|lo|la|les|los|las|me|te|nos|van a|va a) )|als|deben?|doit|doivent|devez|muss|müssen|deve|devem|tiene que|tem que|hay que|bisogna)(?!\p{L})/u;
/**
 * Future tense in es/pt first person plural and singular: "le recalcularemos", "enviarei"; es
 * singular only after a clitic ("te aplicaré": a bare "declaré" is also a past tense).
 */
const FUTURE_SUFFIX =
  /\p{L}{3,}(?:aremos|eremos|iremos|arei|erei|irei)(?!\p{L})|(?<!\p{L})(?:te|le|les|lo|la|se|os) \p{L}{3,}(?:aré|eré|iré)(?!\p{L})/u;
/** An offer is not a commitment: "since you'll be saving, you might want to add…". */
const OFFER = /\byou might (?:want|like)\b|\bwould you like\b|\bwant (?:me )?to\b|\binterested\b/;
/** "Your plan would be replaced starting next bill": a hypothetical, not a schedule. */
const HYPOTHETICAL = /\b(?:would|could|might)\b|'d\b/;

/** Other languages: a future or delivery verb is enough (plus first-person "I send you" + a day). */
const FUTURE_OTHER =
  /(?<!\p{L})(?:recibirás?|recibirá|enviaré|enviaremos|se verá|ver[áa]s? reflejad[oa]s?|quedará|llegará|será|serán|recevrez|vous sera|sera|seront|enverrons|enverrai|erhalten sie|sie erhalten|bekommen sie|sie bekommen|meldet sich|wird|werden|arriverà|contatterà|riceverà|verrà|verranno|sarà|saranno|vai receber|receberá|serão|vamos enviar|vou enviar|gaat in|ontvangt u|u ontvangt|je ontvangt|ontvang je|zal|zullen|wordt)(?!\p{L})/u;
/**
 * Round 24: nl "u krijgt … vandaag nog per e-mail": "get" with a time is a commitment; without one,
 * or under "als" (if), it is what an offer gives ("als u verlengt, krijgt u 15 % korting"). Round 28: "Je
 * krijgt twee dagen van tevoren een sms".
 */
const GET_SOON_NL =
  /(?<!\p{L})(?:u krijgt|krijgt u|je krijgt|krijg je)(?!\p{L})[^.]*(?<!\p{L})(?:vandaag|morgen|binnen|uiterlijk|van tevoren|vooraf)(?!\p{L})/u;
/**
 * First person "I send / tell / call you" with when: today, tomorrow, now, or (round 14) as soon as
 * something happens ("te mando uma atualização assim que o vendedor responder").
 */
const SEND_SOON_OTHER =
  /(?<!\p{L})(?:ich (?:schicke|sende)|wir (?:schicken|senden)|(?:schicke|sende) ich|(?:schicken|senden) wir|je (?:vous|te) (?:l'|les )?envoie|te env[íi]o|le env[íi]o|vi invio|ti invio|le invio|glielo (?:invio|mando)|ik stuur|we sturen|envio|envío|(?:te|le|lhe) (?:mando|aviso|escribo|escrevo|ligo|llamo)|a gente (?:te |lhe )?(?:avisa|manda|liga|envia)|je vous (?:écris|rappelle|préviens)|ti (?:scrivo|richiamo))(?!\p{L})[^.]*(?<!\p{L})(?:assim que|logo que|en cuanto|tan pronto|dès que|aussitôt que|sobald|appena|zodra|heute|morgen|demain|aujourd'hui|ce soir|cet après-midi|hoy|esta (?:tarde|noche)|mañana|oggi|stasera|domani|vandaag|vanavond|hoje|esta noite|amanhã|heute abend|jetzt|maintenant|ahora|adesso|nu|agora|sofort|gleich|immédiatement|inmediatamente|imediatamente|enseguida|em seguida|subito)(?!\p{L})/u;

/** Weekdays written bare as future anchors (round 22), also in `NOT_A_FUTURE_DAY`. */
const DAYS_NL = 'maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag';
const WEEKDAYS_IT = 'lunedì|martedì|mercoledì|giovedì|venerdì';
/**
 * Present tense with a future anchor, the usual way to promise in de/es/pt/fr ("Der Techniker kommt
 * am Donnerstag", "te contestamos en 3 a 5 días", "o técnico passa na sexta-feira"; round 26: "melde mich
 * bis Freitag").
 */
const FUTURE_ANCHOR_OTHER = new RegExp(
  String.raw`(?<!\p{L})(?:mañana|amanhã|demain|domani|dopodomani|entro (?:oggi|stasera|domani)|(?<!(?:guten|heute|am|jeden|diesen|vanochtend|deze) )morgen|(?<!(?:afgelopen|vorige|elke|iedere) )(?:${DAYS_NL})|(?<!(?:ogni|scorso|scorsa) )(?:${WEEKDAYS_IT})|(?:segunda|terça|quarta|quinta|sexta)-feira|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|(?:el|la|le|am|na|no|ao|à|a|bis) (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|segunda|terça|quarta|quinta|sexta)(?:-feira)?|(?:la )?semaine prochaine|la (?:semana|próxima semana) (?:que viene|próxima)|próxima semana|semana que vem|nächste woche|(?:en|em|dans|in) (?:etwa |unos |cerca de |environ |ca\. )?\d+(?:\s?(?:a|à|bis|-)\s?\d+)? (?:minut(?:os|es|en|i)|horas?|heures?|stunden?|d[ií]as?|jours?|tag(?:en|e)?|werktag\p{L}*|semanas?|semaines?|wochen?)|en unos (?:minutos|días)|em (?:alguns|poucos) (?:minutos|dias)|dans quelques (?:minutes|jours)|in (?:ein paar|wenigen) (?:minuten|tagen)|tra pochi (?:minuti|giorni))(?!\p{L})`,
  'u',
);
/**
 * Round 22: a day that is no future: since it ("Fuga … desde el sábado", "depuis lundi") or every
 * one ("os repasses são feitos toda terça-feira", "chaque mardi", "jeden Dienstag").
 */
const DAY_WORDS = `\\p{L}+-feira|lunes|martes|miércoles|jueves|viernes|sábados?|domingos?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|${WEEKDAYS_IT}|sabato|domenica|${DAYS_NL}`;
// (round 28: opening hours, a range "de lunes a sábado", "dal lunedì al venerdì", and the plural of
// habit "los domingos", "aos sábados")
const NOT_A_FUTURE_DAY = new RegExp(
  `(?<!\\p{L})(?:(?:(?:desde|depuis|seit|sinds)(?: (?:el|la|le|o|a|dem|der|den|ce|este|esta))?|tod[ao]s?(?: (?:as|os|los|las))?|cada|chaque|jede[nm]?|ogni|elke|iedere|los|aos|nos) (?:${DAY_WORDS})|(?:de|del|dal|du|von|van|from) (?:${DAY_WORDS}) (?:a|al|au|bis|tot|to|à|-|–) (?:${DAY_WORDS}))(?!\\p{L})`,
  'gu',
);
/** Round 25: a wish for a day is no anchor ("bon spectacle dimanche !", "buen viaje el lunes"). */
const WISH_FOR_DAY = new RegExp(
  `(?<!\\p{L})(?:bon|bonne|buen|buena|boa|bom|schönen|schöne|fijne|prettige|buon|buona) \\p{L}+(?: (?:el|le|la|am|op|a|o|il))? (?:${DAY_WORDS}|demain|mañana|morgen|domani|amanhã)(?!\\p{L})`,
  'gu',
);
/** Past and perfect forms: "Ich habe am Montag angerufen" reports, it does not promise. */
const PAST_OTHER =
  /\p{L}{2,}ó(?!\p{L})|\p{L}{3,}(?:ou|eu)(?!\p{L})|(?<!\p{L})(?:habe|hat|hatte|hatten|wurde|wurden|war|waren|fue|fui|había|hubo|estaba|foi|era|estava|tinha|était|avait|j'ai|a été|ayer|ontem|gestern|hier)(?!\p{L})/u;
/** Habits and refusals are no commitment: "no sábado as filas costumam…", "ao sábado não fazemos…". */
const HABIT_OR_NOT_OTHER = new RegExp(
  `(?<!\\p{L})(?:costuma\\p{L}*|suele\\p{L}*|sueles|${HABIT_WORDS_OTHER}|não|nao|nunca|jamais|nie|ne|n'|no (?:hacemos|tenemos|podemos|puedo|podré|hay))(?!\\p{L})`,
  'u',
);
/** Third-person futures in es/pt: "un técnico te llamará", "a equipa ligará", "receberão". */
// (round 24: the contracted stems, "la instalación le saldrá gratis", "tendrá", "vendrá")
const FUTURE_SUFFIX_3 =
  /\p{L}{3,}(?:ará|erá|irá|arán|erán|irán|arão|erão|irão)(?!\p{L})|\p{L}{2,}(?:ldrá|ndrá|ldrán|ndrán)(?!\p{L})/u;
/** An estimate put to the customer: "comptez 2 à 3 jours", "allow 3-5 days". */
const ESTIMATE_IMPERATIVE =
  /(?<!\p{L})(?:comptez|prévoyez|rechnen sie mit|cuente con|conte com|allow)(?!\p{L})[^.]{0,20}\d+[^.]{0,20}(?:jours|d[ií]as|tage|werktage|days)(?!\p{L})/u;
/** "I can offer you", "je peux vous proposer", …: something put to the customer to take or choose. */
const OFFER_YOU = String.raw`(?:\b(?:i|we) (?:can|could) offer you\b|(?<!\p{L})(?:je (?:peux|pourrais) vous proposer|nous (?:pouvons|pourrions) vous proposer|(?:le|te) (?:puedo|podemos) ofrecer|(?:posso|podemos) (?:lhe |te )?(?:oferecer|propor)|ich kann ihnen (?:\p{L}+ )?anbieten|ik kan u (?:\p{L}+ )?aanbieden)(?!\p{L}))`;
/**
 * Round 19: a choice put to the customer ("Je peux vous proposer le mardi 17 juin …, ou le jeudi…")
 * commits to none of its options yet.
 */
const OPTIONS_OFFERED = new RegExp(String.raw`${OFFER_YOU}[^.]*(?<!\p{L})(?:or|ou|o|oder|of)(?!\p{L})`, 'u');
/** Round 19: what the offered product would do ("Vos commandes seraient livrées sous 24h"). */
const CONDITIONAL_MOOD =
  /\bwould\b|(?<!\p{L})(?:\p{L}{2,}(?:raient|rait|ría|rían|riam)|seria|würden?|wären?|hätten?|zou(?:den)?|sarebbe(?:ro)?)(?!\p{L})/u;
// (round 27: de "Am Donnerstag, 14. März, um 10:30 Uhr wäre in Winterthur frei", a free slot)
const AVAILABILITY =
  /\bavailability\b|\bavailable (?:slots?|times?|dates?)\b|(?<!\p{L})(?:disponibilidad|disponibilidade|disponibilités?|verfügbar|temos vaga|hay hueco|il reste de la place|tenho lugar|tengo lugar|tengo hueco|tenemos hueco|j'ai une place|il me reste|il nous reste|me quedan|nos quedan|quedan plazas|es gibt noch plätze|(?:wäre|wären) (?:[^.,;]* )?(?:noch )?frei)(?!\p{L})/u;
/** Durations of the customer's own steps: "You can apply online, it takes 10 minutes"; "Let's try a reset… It takes 3 minutes". */
const CUSTOMER_STEP =
  /^(?:(?:sorry|ok|okay|great|thanks|alright)[!,.]* )?(?:let's|please|try|go to|open|tap|click|restart|unplug|you (?:can|could|need to|have to|must))\b/;
// (round 28: subjectless, "Go to Accounting > Bank accounts > Import statement, … Takes about 2 minutes.")
const STEP_DURATION =
  /^(?:it )?(?:only |usually |should |can |may )?takes? (?:about |around |roughly |just )?/;
/** "I can put your account in forbearance… Want me to do that?": what is offered is not yet promised. */
// (round 18: also "Listo, puedo ampliar el alquiler hasta el domingo… ¿Le parece bien?")
const CAN_OFFER = new RegExp(
  String.raw`^(?:\p{L}+[,!] )?(?:(?:i|we) (?:can|could) (?!confirm|see|tell|assure|guarantee)|(?:${CAN_WORDS_OTHER}) )`,
  'u',
);
const OFFER_QUESTION =
  /\b(?:want me to|shall i|should i|would you like|do you want)\b|(?<!\p{L})(?:soll ich|möchten sie|quiere que|quieres que|voulez-vous|souhaitez-vous|quer que|interesse\?|te interesa|(?:le|te|lhe) parece (?:bien|bem)|ça vous (?:va|convient)|cela vous convient|passt (?:ihnen|dir) das|le va bien|puis-je vous proposer|(?:puedo|podemos) ofrecerle|(?:posso|podemos) (?:lhe )?oferecer|darf ich ihnen (?:\p{L}+ )?anbieten|(?:se|te|le) l[oa] (?:agrego|añado|activo|incluyo|sumo)|vuoi (?:aggiungere|attivare|che)|vuole (?:aggiungere|attivare|che))(?!\p{L})/u;
/**
 * Round 9, inside an offer: what the product gives ("Mit Plus erhalten Sie Express-Versand", "with
 * Premium you'll get 4K") and the reason given for pitching it ("since the tech will be out there
 * anyway, …") describe the offer; they commit to nothing the customer asked for.
 */
const WITH_PRODUCT =
  /^(?:\p{L}+[:,] )?(?:with|mit|con|avec|com) (?:[^,.]|[,.](?=\d)){1,40}?,? (?:you(?:'ll| will|'d| would)? (?:get|have|receive|enjoy|save)|(?:erhalten|bekommen|haben|sparen) sie|obtienes|obtiene|tendrás|tendrá|recibes|vous (?:obtenez|aurez|bénéficiez|recevez)|você (?:tem|terá|ganha|recebe))(?!\p{L})/u;
const REASON_FOR_OFFER = /^(?:\w+,? )?(?:since|seeing as|given that|as) [^,.]+, /;
/**
 * Round 23: what the product does, told of it in an offer ("By the way, with VIP Gold withdrawals are
 * processed with priority within 24 hours. Want me to activate it?"), unless the agent commits to
 * something in the first person there.
 */
const WITH_PRODUCT_DOES =
  /^(?:(?:by the way|also|plus|oh),? )?with (?!your permission\b)[^,.]{1,40}?,? \w+ (?:are|is|get|gets)\b/;
const FIRST_PERSON_FUTURE = /\b(?:i|we)(?:'ll| will| shall)\b/;
/** "Self-Employed is the one that will work for you": which product suits, not a commitment. */
const SUITS =
  /\b(?:one|plan|option|version|edition|tier|package|product|model|choice) (?:that|which)(?:'ll| will) (?:work|suit|fit|cover|be (?:best|right|ideal|enough))\b[^.;]*/g;
/**
 * Where to find what was just done or given ("Added! You'll see it at checkout", "Tracking is 1Z…
 * You'll also get it by email"): a pointer, unless a time makes it an outcome to wait for.
 */
const WHERE_TO_FIND =
  /\byou(?:'ll| will) (?:also )?(?:see|find|get|receive) (?:it|this|that|them)(?: too| as well)? (?:at|in|on|by|via) (?:the |your )?(?:checkout|e-?mail|inbox|account|app|basket|cart|dashboard|text|sms|order summary|confirmation)\b/;
/** A deadline days away: an in-chat verb with it is still a commitment ("we'll put it on hold and respond within 14 days"). */
// (round 24: also hours, "we'll review his profile within 24-48 hours")
// (round 30: a clock time, "I'll connect at 19:00 your time today")
const LATER =
  /\b(?:within|in|by|over) (?:the )?(?:next )?\d+(?:\s?(?:-|to)\s?\d+)? ?(?:business |working )?(?:days?|weeks?|months?|hours?|hrs?)\b|\b(?:tomorrow|next week|end of (?:the )?(?:day|week|month))\b|\bat (?:[01]?\d|2[0-3]):[0-5]\d\b/;

/**
 * Going-to futures: "vai ser emitido", "van a llamarle", "ils vont vous rappeler". Not a hand-off in
 * the chat (round 23: "Te voy a comunicar con un asesor", "Vou transferir você"; 15 of 15 such lines
 * in the readable files are labelled no promise, as English "I'll transfer you" in `IN_CHAT`).
 */
// (round 27: pt first person "Vou fazer o estorno … ainda hoje" (7 of 9 such lines in the readable
// files are promises, the other two a hand-off and "Vou abrir um chamado"), a verb with its clitic
// "vai contactá-lo", and es "te voy a derivar con un ejecutivo", a hand-off)
const GOING_TO_OTHER =
  /(?<!\p{L})(?:vai|vão|vou|voy a|va a|van a|vamos a|vont|allons|vas|va(?= \p{L}+(?:er|ir|re)(?!\p{L})))\s+(?:(?:te|le|lhe|vous|nous|se|o|a|lo|la) )?(?!ver\b|verificar|revisar|checar|comprobar|consultar|vérifier|voir|regarder|transferi|transférer|encaminh|pass[aá]|derivar|(?:comunicar|pasar|conectar) con\b)(?:\p{L}+(?:ar|er|ir|re)(?!\p{L})|\p{L}+[áéêí]-(?:l[oa]s?|lhes?)(?!\p{L}))/u;
/** Round 13, Italian simple future: "lo troverai", "il magazzino controllerà", "ti richiameremo". */
const FUTURE_SUFFIX_IT = /\p{L}{3,}(?:erà|irà|eranno|iranno|erai|irai|erò|irò|eremo|iremo)(?!\p{L})/u;
/** French simple future, third and first person: "publieront", "rappellerons". */
// (round 32: the third person with the customer as its object, "Un conseiller du service recouvrement vous contactera")
const FUTURE_SUFFIX_FR =
  /\p{L}{3,}(?:eront|iront|erons|irons|erai|irai)(?!\p{L})|(?<!\p{L})(?:vous|te|lui|leur) \p{L}{3,}(?:era|ira|rra)(?!\p{L})/u;
/** A company action in the present with a date: "they review every appeal and reply within 7 days". */
const PRESENT_ACTION =
  // (round 25: "I have opened ticket PN-771903 so our network team blocks that crawler … today")
  /\b(?:they|we|the team|our team|the \w+ team) (?!can |could |may |might )(?:\w+ )?(?:review|reply|respond|call|contact|process|ship|send|chase|follow up|get back|aim to|fix|visit|come)\w*\b|\b(?:i|we)(?:'ve| have)? \w+[^.]*\bso (?:that )?(?:the|our|your)(?: \w+){1,2} \w+s\b/;
/**
 * Round 14: an outcome in the present with a time ahead: "$5.00 goes back to your card in 3-5
 * business days", "the credit posts by Friday". Not a habit ("refunds usually post within 5 days").
 */
const PRESENT_OUTCOME =
  /\b(?:goes|comes|gets sent|is sent|is paid) back to\b|\b(?:it|this|that|the \w+|your \w+|[$€£]?\d[\d.,]*) (?:posts|arrives|lands|shows up|appears|reflects|goes out|ships|drops)\b/;
// (round 24: "Express deliveries arrive by Thursday in most cases")
const HABIT = /\b(?:usually|typically|normally|generally|often|sometimes|in most cases|most of the time)\b/;
/** What still commits beside a habit word: a future, or the company's people themselves. */
const HABIT_COMMITS = /\b(?:will|'ll|should|shall|i|we|i'm|we're|i've|we've|our (?:\w+ )?team)\b/;
/** "Yes, before 1pm tomorrow.": a bare timeline answering the customer's "when?". */
// (round 25: "Back on your card in 3-5 working days.")
const BARE_TIMELINE =
  /^back (?:on|to|in) (?:your|the) (?:card|account|bank|statement)\b[^.]*\b\d+\s?(?:-|to)\s?\d+ (?:business |working )?days\b|^(?:(?:yes|yep|sure|correct),? )?(?:by|before|no later than|within) [^.]{0,20}\b(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week)\b[^.]{0,10}\.?$|^(?:(?:yes|yep|sure|correct),? )?within \d+(?:\s?(?:-|to)\s?\d+)? ?(?:hrs?|hours?|days?|business days|working days)\.?$|\b\d+\s?(?:-|to)\s?\d+ (?:business |working )?days (?:to|back to|on) (?:your|the) (?:card|account|bank|statement)\b/;
/** "Starts from today": in effect now, not a future event. */
const IN_EFFECT_NOW =
  /\b(?:from|as of|starting) (?:today|now)\b|\b(?:starts?|effective|active|applies) (?:from |as of )?(?:today|now|immediately)\b/;
/** Round 18: "Cobertura Total añadida desde hoy hasta el domingo": in effect now, without a future verb. */
const IN_EFFECT_NOW_OTHER =
  /(?<!\p{L})(?:(?:desde|a partir de) (?:hoy|hoje)|dès aujourd'hui|à partir d'aujourd'hui|ab (?:heute|sofort)|da oggi|vanaf vandaag)(?!\p{L})/u;
/**
 * "I can renew it now, which will bring the site back", "i can move you today and it kicks in
 * straight away": the outcome of an offered action.
 */
const OFFERED_OUTCOME =
  /\b(?:i|we) can\b(?! confirm| see| tell| assure| guarantee)[^.]*\b(?:which (?:will|would)|and (?:it|that|this|the new \w+|your \w+) (?:will |'ll )?(?:kicks? in|starts?|applies|takes effect|goes live|activates))\b/;
/**
 * Not commitments (round 6): an expected value, not an outcome ("sync at 18mbps, should be ~65");
 * what the customer sees now ("you'll see it on your account now"); the chat's own end ("This
 * chat will now close", round 15 "this chat session will now be closed": disconnect's business);
 * a hand-off ("I'll pop you across to them now").
 */
/** Round 27: how things stand now, "Files from the last successful backup should still be there". */
const STILL_THERE = /\bshould still (?:be|have|work)\b[^.;]*/g;
const EXPECTED_VALUE =
  /\bshould (?:be|read|show|have been) (?:~|about |around |roughly |approximately |at least |closer to )?~?[$€£]?\d/;
// (round 24: "you should see it now")
const SEEN_NOW =
  /\byou(?:'ll| will| should) (?:now )?(?:see|find|notice)\b[^.]*\bnow\b|\byou(?:'ll| will) now (?:see|find|notice)\b/;
const CHAT_ENDS =
  /\b(?:this|the|our) (?:chat|conversation|session|window)\b[^.]*\b(?:will|'ll) (?:now )?(?:be (?:closed|ended|terminated|disconnected)|close|end|time out|disconnect|expire)\b[^.;]*/g;
/** An inference, not a future: "that'll be it then", "that will be why". */
// (round 25: "Perfect, that'll dae" — Scots "that will do")
const INFERENCE =
  /\b(?:that|this|it)(?:'ll| will) be (?:it|why|the (?:reason|cause|problem|issue))\b|\bthat(?:'ll| will) (?:do|dae)\b/g;
const HANDED_ON =
  /\b(?:i|we)(?:'ll| will) (?:now |just )?\w+ you (?:across|over|through|along)(?= to\b| now\b|[.!]|$)[^.;]*/g;
/**
 * Round 22: in a sentence that hands the customer on, what the next team will do is theirs to say
 * ("I'm transferring you to Claims now, they'll be able to look into it"; 0 of 17 such lines in the
 * readable files are labelled promises), and the chat passed on with it ("Your conversation history
 * will be shared with them").
 */
const THEIRS_AFTER_HANDOFF =
  /\b(?:transferring|connecting|passing|putting|transfer|connect|pass|put) you (?:through |over |across )?to\b[^.;]*?,? (?:and )?(?:they|who|he|she)(?:'ll| will)\b[^.;]*|\b(?:your |the )?(?:chat|conversation)(?: history| transcript| notes)? will be (?:shared with|passed (?:on )?to|sent to|visible to) (?:them|the \w+|your \w+)\b[^.;]*/g;
/**
 * Round 21: what cannot be told, "I'm not able to tell you why it was flagged or when it will be
 * released"; "I will do my best to assist you today" commits to nothing in particular.
 */
const INDIRECT =
  /\b(?:when|whether|if|how long|why) (?:it|this|that|they|the \w+|your \w+) (?:will|'ll)\b[^.;]*/g;
const DO_BEST = /\b(?:i|we)(?:'ll| will) (?:do|try) (?:my|our) (?:very )?best\b[^.;]*/g;
const DO_BEST_ONE = new RegExp(DO_BEST.source);
/** Round 21: a product proposed ("je peux vous proposer de passer à l'abonnement saison avec 20 % de réduction"): an offer. */
const PROPOSED_PRODUCT = new RegExp(
  String.raw`${OFFER_YOU}[^.]*(?:abonnement|réduction|descuento|desconto|rabatt|korting|discount|%|upgrade|plan\b|tarif)`,
  'u',
);
/** Round 20: the queue or a bot's hand-off, "An adviser will continue with you shortly" (transfer's business). */
const QUEUE = new RegExp(`${AGENT_COMING}[^.;]*`, 'g');

/**
 * Round 10. A wish or a hedge is no commitment ("I hope the kitchen's back to normal soon", round
 * 11: "maybe they will contact you, I cannot say for sure"). Commitments in
 * the present: "we're sending an engineer on Tuesday", "I'm faxing the form today", a non-native
 * "I send you email in next 10 minutes".
 */
const HEDGE =
  /\b(?:i|we) (?:hope|wish)\b|\bhopefully\b|\b(?:maybe|perhaps|possibly)\b|\bi (?:can't|cannot|can not) (?:say|promise|guarantee)(?: (?:for sure|for certain|that))?\b|\b(?:unable|not able|not in a position) to (?:guarantee|promise)\b|\bwould (?:ordinarily|normally|usually|typically)\b/;
// (round 23: subjectless and terse, "Refunding £4.25 to your card, 3-5 days to show.")
const PRESENT_COMMITMENT =
  /^(?:refunding|crediting|sending|shipping|reissuing|replacing|booking|dispatching)\b|\b(?:(?:i'm|i am|we're|we are) (?:now )?(?:sending|calling|booking|shipping|arranging|scheduling|posting|refunding|crediting|emailing|issuing|dispatching|faxing|mailing|couriering|replacing|escalating|reissuing)|(?:i|we) (?:send|call|email|ship|refund|credit|post|arrange|book|mail|fax|dispatch) (?:you|it|them|the|a|an|your)\b)/;
/** "Wenn Sie verlängern, bekommen Sie…": a future under a condition the customer must meet. */
// Round 14: German puts the verb first instead ("Wird ein Paket nicht gefunden, kann der Absender…").
const CONDITION_FIRST =
  /^(?:\p{L}+,? )?(?:wenn|falls|si|if)(?!\p{L})|^(?:wird|werden|sollte|sollten|ist|sind|hat|haben) [^,]+, /u;

/**
 * Round 17: "I send you … today", unless its own clause refuses ("no puedo hacer un envío adicional
 * hoy": the noun "envío"); a refusal in an earlier clause does not count ("la confirmation n'est
 * jamais partie, désolée, je vous l'envoie avant ce soir").
 */
function sendsSoon(s: string): boolean {
  const m = SEND_SOON_OTHER.exec(s);
  return m !== null && !HABIT_OR_NOT_OTHER.test(s.slice(clauseStart(s, m.index), m.index + m[0].length));
}

/** Where the clause holding position `at` of `s` starts (after the last of `marks` before it). */
const clauseStart = (s: string, at: number, marks = ',;') =>
  Math.max(...Array.from(marks, (c) => s.lastIndexOf(c, at))) + 1;
/** The clause of `s` holding position `at`: from the last of `marks` before it to the next one. */
function clauseAt(s: string, at: number, marks = ',;'): string {
  let end = at;
  while (end < s.length && !marks.includes(s[end]!)) end++;
  return s.slice(clauseStart(s, at, marks), end);
}

/** A condition, the customer's duty, a past or a habit in other languages: no commitment there. */
const dutyPastOrHabit = (t: string) =>
  CONDITION_OR_DUTY_OTHER.test(t) || PAST_OTHER.test(t) || HABIT_OR_NOT_OTHER.test(t);

/**
 * Round 27: a going-to future after "but", with no refusal, duty or past of its own ("não tenho acesso à
 * agenda da transportadora, mas vou pedir-lhes uma nova data"): the refusal before it does not count.
 */
const BUT_OTHER = new RegExp(String.raw`(?<!\p{L})(?:${BUT_WORDS})(?!\p{L})`, 'gu');
function goingToAfterBut(s: string): boolean {
  const buts = [...s.matchAll(BUT_OTHER)];
  const last = buts.at(-1);
  if (last === undefined) return false;
  const after = s.slice((last.index ?? 0) + last[0].length);
  return GOING_TO_OTHER.test(after) && !dutyPastOrHabit(after);
}

/** "Ich kann Sie heute bis 18 Uhr nicht zurückrufen": a deadline refused. */
const NEGATION_OTHER = /(?<!\p{L})(?:nicht|keine?[nm]?|pas|no|não|non|niet|geen)(?!\p{L})/u;
/** Round 17: a deadline later today: "heute bis 18 Uhr", "hoy antes de las 6", "aujourd'hui avant 18h". */
const DEADLINE_TODAY_OTHER =
  /(?<!\p{L})(?:heute (?:noch )?(?:bis|vor) \d{1,2}(?:[.:]\d\d)? uhr|aujourd'hui avant \d{1,2} ?h|hoy antes de las \d|hoje até (?:às|as) \d|oggi entro le \d|vandaag (?:voor|vóór) \d)/u;
/**
 * Round 17: the clause that holds a deadline later today, when it has no duty, past or refusal of
 * its own ("Ich habe den Fall als Notfall markiert, der Notdienst ruft Sie heute bis 18 Uhr an").
 */
function deadlineToday(s: string): boolean {
  const m = DEADLINE_TODAY_OTHER.exec(s);
  if (!m) return false;
  const clause = clauseAt(s, m.index);
  return !dutyPastOrHabit(clause) && !NEGATION_OTHER.test(clause);
}

/**
 * Round 23: what the agent sees on file, "Ik zie uw afspraak voor morgen 09:00": an existing booking
 * read out, not a commitment (in its own clause).
 */
const SEES_ON_FILE_OTHER = /(?<!\p{L})(?:ik zie|ich sehe|je vois|veo|vejo|vedo)(?!\p{L})/u;
/** "Die Betrugsabteilung ist erst am Montag wieder besetzt": when a team is there, not a commitment. */
// (round 28: closed or open on a day, "Gli sportelli sono chiusi il sabato")
const OPEN_AGAIN_OTHER =
  /(?<!\p{L})(?:besetzt|erreichbar|geöffnet|geschlossen|abiert[oa]s?|cerrad[oa]s?|ouverts?|ouvertes?|fermée?s?|abert[oa]s?|fechad[oa]s?|apert[oai]|chius[oiae]|bereikbaar|gesloten)(?!\p{L})/u;
/**
 * A future anchor ("der Techniker kommt am Donnerstag") with no condition, duty or habit in the
 * sentence, and no past in its own clause: round 22, "ich habe keinen Zugriff …, aber ich habe die
 * Disposition erreicht: der Ersatzfahrer ist in 10 Minuten bei Ihnen" (a past in an earlier clause does
 * not count, as in `deadlineToday`). A day since or every week is no anchor.
 */
function futureAnchored(s: string): boolean {
  const t = s.replace(NOT_A_FUTURE_DAY, ' ').replace(WISH_FOR_DAY, ' ');
  const m = FUTURE_ANCHOR_OTHER.exec(t);
  if (!m || CONDITION_OR_DUTY_OTHER.test(t) || HABIT_OR_NOT_OTHER.test(t)) return false;
  const clause = clauseAt(t, m.index, ',;:');
  return !PAST_OTHER.test(clause) && !OPEN_AGAIN_OTHER.test(clause) && !SEES_ON_FILE_OTHER.test(clause);
}

/** The first sentence of `text` that commits to a future action or outcome, or null. */
export function promiseIn(text: string): string | null {
  const all = sentences(normWords(text));
  const offered = all.some((s) => OFFER_QUESTION.test(s));
  for (const [k, s] of all.entries()) {
    if (s.includes('?') || CONDITIONAL.test(s) || OFFER.test(s) || OFFERED_OUTCOME.test(s)) continue;
    if (AVAILABILITY.test(s) || (offered && (CAN_OFFER.test(s) || WITH_PRODUCT.test(s)))) continue;
    if ((offered && PRICE.test(s)) || (OPTIONS_LEAD.test(s) && all.some((x) => x.includes('?')))) continue;
    if (CAN_DO_OTHER.test(s) || (DUTY_EN.test(s) && !FUTURE_WORD.test(s))) continue;
    if (offered && WITH_PRODUCT_DOES.test(s) && !FIRST_PERSON_FUTURE.test(s)) continue;
    // "…seriously, and I will do my best to assist you today": nothing else is promised there
    if (DO_BEST_ONE.test(s) && !FUTURE_WORD.test(s.replace(DO_BEST, ' '))) continue;
    if (OPTIONS_OFFERED.test(s) || PROPOSED_PRODUCT.test(s) || (offered && CONDITIONAL_MOOD.test(s)))
      continue;
    // The time a step of the customer's takes is no schedule of ours (a "will" in it still commits).
    const step = CUSTOMER_STEP.test(s) || (STEP_DURATION.test(s) && CUSTOMER_STEP.test(all[k - 1] ?? ''));
    if (NO_CHARGE.test(s)) return s;
    if (IN_EFFECT_NOW.test(s) && !FUTURE_WORD.test(s)) continue;
    if (
      IN_EFFECT_NOW_OTHER.test(s) &&
      !FUTURE_OTHER.test(s) &&
      !FUTURE_SUFFIX.test(s) &&
      !FUTURE_SUFFIX_3.test(s)
    )
      continue;
    if (SEEN_NOW.test(s) || ((EXPECTED_VALUE.test(s) || WHERE_TO_FIND.test(s)) && !TIME.test(s))) continue;
    if (HEDGE.test(s) && !/\b(?:i|we)(?:'ll| will)\b/.test(s)) continue;
    // Round 19: how long things usually take, told of no one in the chat and with no "will": a habit
    // ("Claim reviews usually take up to 15 working days"; 39 of 43 such lines in the readable files
    // are labelled no promise)
    if (HABIT.test(s) && !HABIT_COMMITS.test(s)) continue;
    if (CUSTOMER_OWES.test(s) && !FUTURE_WORD.test(s)) continue;
    if (PRESENT_COMMITMENT.test(s) && TIME.test(s)) return s;
    if (PARTICIPLE_DEADLINE.test(s)) return s;
    const plain = (offered ? s.replace(REASON_FOR_OFFER, '') : s)
      .replace(SUITS, ' ')
      .replace(IN_CHAT_ACTION, ' ')
      .replace(CHAT_ENDS, ' ')
      .replace(HANDED_ON, ' ')
      .replace(THEIRS_AFTER_HANDOFF, ' ')
      .replace(QUEUE, ' ')
      .replace(NOT_ABLE, ' ')
      .replace(INDIRECT, ' ')
      .replace(DO_BEST, ' ')
      .replace(INFERENCE, ' ')
      .replace(STILL_THERE, ' ');
    for (const m of plain.matchAll(FIRST_PERSON)) {
      // Round 20: "put / place" is a step in the chat with "you" ("I'll put you on hold"), not with a
      // thing ("I'll also put a £30 rent credit on your account"; all 5 such lines are labelled promises).
      const onThing =
        PUT_THING.test(m[1] ?? '') && !/^\s+you\b/.test(plain.slice((m.index ?? 0) + m[0].length));
      const rest = plain.slice((m.index ?? 0) + m[0].length);
      const hasThingDone = m[1] === 'have' && HAVE_THING_DONE.test(rest);
      const passesOn = PASS_THING.test(m[1] ?? '') && PASSED_ON.test(rest);
      if (
        !IN_CHAT.test(m[1] ?? '') ||
        onThing ||
        hasThingDone ||
        passesOn ||
        LATER.test(s) ||
        AND_THEN_SENDS.test(rest)
      )
        return s;
    }
    const rest = plain.replace(FIRST_PERSON, ' ');
    const tp = THIRD_PERSON.exec(rest);
    // Round 22: "they'll add the gems within 48h" adds a thing; "I should add that…" remarks.
    const addsThing = tp?.[1] === 'add' && ADDS_THING.test(rest.slice((tp.index ?? 0) + tp[0].length));
    if (tp && (!NOT_A_COMMITMENT.test(tp[1] ?? '') || addsThing)) return s;
    if (SCHEDULE.test(s) && futureTime(s) && !HYPOTHETICAL.test(s) && !MAY_TAKE.test(s) && !step) return s;
    if ((HAVE_IT_BY.test(s) || NOUN_DEADLINE.test(s) || SHALL.test(s)) && TIME.test(s)) return s;
    if (EXPECT.test(s)) return s;
    if (
      (FUTURE_OTHER.test(s) &&
        !CONDITION_FIRST.test(s) &&
        !DE_PASSIVE_NOW.test(s) &&
        !SINCE_OTHER.test(s) &&
        !HABIT_OTHER.test(s)) ||
      sendsSoon(s) ||
      FUTURE_SUFFIX.test(s)
    )
      return s;
    if ((FUTURE_SUFFIX_3.test(s) || ESTIMATE_IMPERATIVE.test(s)) && !CONDITION_OR_DUTY_OTHER.test(s))
      return s;
    // (round 26: not a habit, "Uitbetalingen worden meestal binnen 14 dagen … verwerkt")
    if (TIME_OTHER.test(s) && !CONDITION_OR_DUTY_OTHER.test(s) && !CAN_OTHER.test(s) && !HABIT_OTHER.test(s))
      return s;
    if (GET_SOON_NL.test(s) && !CONDITION_OR_DUTY_OTHER.test(s)) return s;
    if (ESCALATE_OTHER.test(s) && !CONDITION_OR_DUTY_OTHER.test(s) && !HABIT_OR_NOT_OTHER.test(s)) return s;
    const dutyOrPast = dutyPastOrHabit(s);
    if (futureAnchored(s) || deadlineToday(s)) return s;
    // (round 29: not in a sentence that hands the customer on, "je te transfère vers eux, ils vont
    // pouvoir le faire", "Vou te conectar com um atendente": as `THEIRS_AFTER_HANDOFF` in English)
    if (
      (GOING_TO_OTHER.test(s) || FUTURE_SUFFIX_FR.test(s) || FUTURE_SUFFIX_IT.test(s)) &&
      !dutyOrPast &&
      !HANDOFF_OTHER.test(s)
    )
      return s;
    if (goingToAfterBut(s)) return s;
    if (PRESENT_ACTION.test(s) && TIME.test(s) && !HYPOTHETICAL.test(s)) return s;
    if (BARE_TIMELINE.test(s)) return s;
    if (PRESENT_OUTCOME.test(s) && LATER.test(s) && !HABIT.test(s) && !HYPOTHETICAL.test(s)) return s;
  }
  return null;
}

/**
 * Round 23: a first-person commitment the learned scorer is not to veto: "I'll escalate this to the
 * team", "I shall make sure he sends you the report" (18 of 18 such agent lines in the readable files
 * are labelled promises; the scorer dropped 4 of them in holdout32/33). Not in a question.
 */
const FIRM =
  /\b(?:i|we)(?:'ll| will| shall|'m going to| am going to|'re going to| are going to) (?:personally )?(?:make sure|ensure|escalate)\b/;
/**
 * Round 23: "Ich eskaliere den Fall an meine Teamleitung", the escalation in the present (de, es, pt,
 * fr, it, nl); round 24: "I'll make sure" in those languages ("Ik zorg ervoor dat het daarna
 * kosteloos naar je huisadres gaat"); round 27: the future, "Ich werde das an meinen Vorgesetzten eskalieren".
 */
const ESCALATE_OTHER =
  /(?<!\p{L})(?:ich eskaliere|eskaliere ich|wir eskalieren|(?:ich werde|wir werden)(?: \p{L}+){0,5} eskalieren|(?:lo |la )?escalo|(?:o |a )?escalo|j'escalade|je fais remonter|inoltro (?:la|il) (?:pratica|segnalazione|caso)|ich (?:leite|gebe) (?:das|dies|es|den fall|ihre \p{L}+|eine \p{L}+)(?: [\p{L}\p{N}-]+){0,6} weiter|segnalo (?:subito )?(?:il problema|la cosa|il caso)|ik escaleer|ik zorg (?:ervoor )?dat|wij zorgen (?:ervoor )?dat|ich sorge dafür|wir sorgen dafür|je m'assure que|je veillerai à ce que|me aseguro de que|me encargo de que|vou garantir que|garanto que|mi assicuro che)(?!\p{L})/u;
export function firmPromise(text: string): boolean {
  return sentences(normWords(text)).some((s) => FIRM.test(s) && !s.includes('?') && promiseIn(s) !== null);
}

/** `promise`: the agent commits to a future action or outcome (refund, callback, delivery…). */
export const promise: Analyser = {
  id: 'promise',
  labels: ['promise'],
  analyse(lines) {
    const out: Finding[] = [];
    lines.forEach((line, i) => {
      if (!isAgentSide(line.role)) return;
      const s = promiseIn(line.text);
      if (s) out.push({ i, label: 'promise', evidence: clip(s) });
    });
    return out;
  },
};
