import { cantHelpAt } from './cant-help';
import { trackOffers } from './offer-tracker';
import { clip, isAgentSide, normWords, sentences, some } from './text';
import type { Analyser, Finding, Line } from './types';

// (round 20: "C'è altro che posso fare per te?"; "Darf ich Ihnen noch etwas empfehlen?" leads to an offer;
// round 22: "Posso aiutarti con altro?", "Kann ich Ihnen sonst noch irgendwie helfen?"; round 23: "Posso fare
// altro per lei?"; round 32: fr "Avez-vous d'autres questions ?" and the same in es, pt, de, it, nl; round 34: pt
// "Mais alguma questão em que possa ajudar?")
const ANYTHING_ELSE_OTHER =
  /(?<!\p{L})(?:autre chose|algo más|sonst noch (?:etwas|was|irgendwie|irgendwas)|aiut\p{L}* (?:con|in) altro|noch etwas(?! (?:empfehlen|anbieten|vorstellen|zeigen))|qualcos'altro|altro (?:in cui|per cui)|(?:posso|possiamo) fare (?:dell')?altro|c'è (?:qualcos'|qualcosa d')?altro|algo mais|mais alguma coisa|iets anders|(?:nog )?ergens (?:anders )?mee helpen|verder nog iets|d'autres questions|une autre question|alguna otra (?:pregunta|consulta)|otra consulta|mais alguma dúvida|outra dúvida|mais alguma questão|outra questão|noch (?:weitere |andere )?fragen|altre domande|nog (?:andere |meer )?vragen)(?!\p{L})[^.!]*\?/u;
/** A satisfaction survey about the chat is a closing move even though it asks something. */
const SURVEY =
  /\b(?:was|is|has) (?:this|that|our|the) (?:conversation|chat|session|conversation|support|assistance)\b[^.!?]{0,20}\bhelpful\b|\bhow (?:did (?:we|i) do|would you rate)\b|\brate (?:this|your|our) (?:chat|conversation|experience)\b/;
/**
 * "Was this helpful? 👍 👎" asks for feedback: no close by itself (it may ask about one answer), but
 * it does not turn a sign-off it follows into a question that carries on ("Thanks for contacting
 * us! Was this helpful?").
 */
const FEEDBACK_ASK =
  /\bwas (?:this|that|it) (?:answer |reply |information )?helpful\b|\bdid (?:this|that) help\b/;
/** The closes that ask a question, so a bare "no" answers them as "nothing else". */
const ASKS_ANYTHING_ELSE =
  /\banything (?:else|more|further)\b|\bwill (?:that|this) be all\b|\bany (?:other|more|further) questions\b/;
/** "Thanks for contacting / reaching out / choosing…", the one close that also opens replies. */
const THANKS_FOR_CONTACT =
  /\bthank(?:s| you)\b[^.!?]{0,40}?\bfor (?:contacting|choosing|reaching out|chatting|banking|being a|flying|shopping|visiting|calling|using|playing|ordering|booking|riding|travelling|traveling|dining)\b/;
/** "Thanks for contacting us" in fr, es, de, pt, it, nl (round 32: pt "A ConectaMais agradece o seu contato!"). */
const THANKS_FOR_CONTACT_OTHER =
  /(?<!\p{L})(?:merci (?:d'avoir contacté|de nous avoir contacté|de votre confiance)|gracias por (?:contactar|comunicarte|comunicarse|elegir|confiar)|(?:vielen |herzlichen )?dank(?:e)?(?: schön)?,? (?:für ihre (?:anfrage|nachricht|geduld)|dass sie uns kontaktiert)|obrigad[oa] por (?:entrar em contato|escolher|contatar|contactar|falar)|(?:\p{L}+ )?agradece(?:mos)? (?:o )?(?:seu |teu )?contato|grazie per (?:averci contattato|aver scelto)|bedankt voor (?:uw|je) (?:contact|bericht|geduld))/u;
/** The agent wrapping up. */
const CLOSING = [
  /\b(?:is there )?anything else (?:i|we) (?:can|could|may) (?:help|assist|do)\b/,
  /\b(?:can|may|could) i (?:help|assist) (?:you )?with anything else\b/,
  /\banything (?:more|further) (?:i|we) (?:can|could|may) (?:help|assist|do)\b|\bwill (?:that|this) be all\b|\banything else you (?:need|needed|wanted|require)\b/,
  /\bi hope (?:i've|i have|we've|we have|this|that) (?:resolved|answered|helped|sorted|fixed)\b/,
  // (round 30: not "Before anything else: do you have a backup?")
  /(?<!\b(?:before|above) )\banything else\b[^.!?]{0,25}\?/,
  // Round 12: "Is there anything further with which I might assist you today?"
  /\banything (?:else|more|further)\b[^.!?]{0,30}\b(?:help|assist)\b[^.!?]{0,20}\?/,
  SURVEY,
  // "Puis-je vous aider pour autre chose ?", "¿Hay algo más…?", "Kann ich sonst noch etwas…?", "Mais alguma coisa?"
  ANYTHING_ELSE_OTHER,
  THANKS_FOR_CONTACT,
  /\b(?:have|enjoy) a (?:great|good|nice|wonderful|lovely|pleasant|safe|fantastic) (?:day|evening|night|afternoon|weekend|trip|flight|one|drive|rest of your day)\b/,
  /\btake care\b|\bsafe travels\b|\bgoodbye\b|\bbye\b/,
  // (round 18: "I will be closing this chat now", "I'm going to close this chat"; round 21: "Closing chat now.")
  /\bi(?:'ll| will) (?:go ahead and )?(?:close|end) (?:this|the|our) (?:chat|conversation)\b|\bif (?:there's|there is) nothing else\b|\bi(?:'ll| will) be (?:closing|ending) (?:this|the|our) (?:chat|conversation)\b|\bi(?:'m| am) (?:going to )?(?:close|closing|end|ending) (?:this|the|our) (?:chat|conversation)\b|^\W*(?:(?:ok|okay|alright|right|so),? )?(?:closing|ending) (?:the |this )?chat(?: now)?\W*$/,
  /\bbonne (?:journée|soirée|fin de journée)\b|\b(?:einen )?schönen (?:tag|abend|urlaub|wochenende|aufenthalt)(?: noch)?\b|\b(?:noch )?einen schönen\b|\bque tengas? (?:un )?buen día\b|\bbuona (?:giornata|serata|continuazione)\b|\btenha um (?:bom|ótimo|excelente) dia\b|\btenha uma (?:boa|ótima|excelente) (?:tarde|noite)\b/,
  // (round 29: nl "nog een fijne dag verder", es "¡Que tenga excelente día!")
  /(?<!\p{L})(?:(?:nog )?een fijne (?:dag|avond|middag)(?: verder)?|que tengas? (?:un |una )?(?:buen[oa]?|excelente|lind[oa]|bonit[oa]|feliz) (?:día|tarde|noche|fin de semana))(?!\p{L})/u,
  THANKS_FOR_CONTACT_OTHER,
];
/** Greetings reuse "thanks for contacting us" but invite the problem rather than close it. */
const GREETING = /\bhow (?:can|may) i (?:help|assist)\b|\bwhat can i (?:do|help)\b|\bhow can we help\b/;

/** Words after the thanks that make them the opening of an answer rather than a sign-off. */
const OPENER_MIN_WORDS = 8;
/**
 * The thanks come first and what follows is an answer (no close, at least OPENER_MIN_WORDS words):
 * an opener ("Thanks for reaching out! For security reasons we can't…"), not a move to end the
 * chat. "Thank you for contacting us. Stay safe." and "…This chat will now close." still close.
 */
function opensReply(t: string): boolean {
  const ss = sentences(t);
  // Round 16: in other languages too ("Danke für Ihre Geduld. Ich sehe die Annullierung. …").
  if (ss.length < 2 || !(THANKS_FOR_CONTACT.test(ss[0]!) || THANKS_FOR_CONTACT_OTHER.test(ss[0]!)))
    return false;
  const rest = ss.slice(1);
  return rest.every((s) => !some(CLOSING, s)) && rest.join(' ').split(' ').length >= OPENER_MIN_WORDS;
}

/**
 * Round 31: the customer saying goodbye at the end of their line ("ok boarding now bye", "no, bye"): the
 * agent's sign-off after it answers the goodbye (no readable file labels one premature).
 */
const FAREWELL_LAST =
  /(?:^|[\s,.!])(?:bye(?: bye)?|goodbye|gotta go|got to go|have to go|cya|see ya|adiós|adios|tchau|tschüss|ciao|au revoir|doei)\W*$/u;

/**
 * Round 33: the customer letting a side request go after the agent refused it ("ah ok, I'll sort it with
 * him", "ok whatever, fine", "ah ok no worries, not important"): the problem solved before it stays solved.
 * Not a bare "ok" (holdout35's writer labels the close after one premature).
 */
const LETS_GO =
  /\b(?:never ?mind|not important|doesn'?t matter|no worries|forget (?:it|about it)|i'll (?:sort|deal with|handle) (?:it|that)|ok(?:ay)? whatever)\b|(?<!\p{L})(?:pazienza|tant pis|da igual|no importa|deixa pra lá|deixa para lá|egal|macht nichts|laat maar|niet belangrijk)(?!\p{L})/u;

/** Customer signals, checked in this order (see docs/analysers.md). */
/** Round 19: "that's it??" asked back is disbelief, not "that's all" (here and in COMPLETION). */
const DONE_AFTER_ANYTHING_ELSE =
  /^\W*(?:no|nope|nah|nothing|that's (?:all|it|everything)|thats (?:all|it)|non|nein|não|nee|nada)(?!\p{L})(?!\s*\?)/u;
/**
 * Round 18: "Nein, offensichtlich nicht.", "no. this is ridiculous": a "no" to "anything else?" that
 * complains in the same breath is no "that's all" (round 32: "no. the refund. which u didnt help with").
 */
/** Words of complaint, read as a problem (`PROBLEM`) and as a "no" that is no "that's all". */
const COMPLAINT_EN = 'ridiculous|unbelievable|seriously|unacceptable';
const DONE_BUT_COMPLAINS = new RegExp(
  String.raw`\b(?:${COMPLAINT_EN}|useless|joke|obviously not|clearly not|apparently not|pathetic|waste of time|didn'?t help|did not help|no help)\b|(?<!\p{L})(?:offensichtlich nicht|lächerlich|unverschämt|ridicule|n'importe quoi|ridículo|absurdo|belachelijk|schandalig)(?!\p{L})`,
  'u',
);
/** "No, just hoping to hear soon": done asking, but still waiting on the problem. */
const STILL_WAITING =
  /\b(?:hop(?:e|ing)|hopefully|wait(?:ing)?|still|expect(?:ing)?|fingers crossed|we'll see|make sure|as long as|this time|actually|or else|properly)\b|(?<!\p{L})(?:espero|ojalá|j'espère|hoffe|hoffentlich|tomara|asegúr\p{L}*|assurez-vous|garanta)(?!\p{L})/u;
/** Round 29: "no. i will call the hotline tomorrow if nothing happen": the customer's own next step. */
// (round 31: "going to" and its es, pt, fr forms, "no. voy a hablar al banco para que ya no pasen el cargo";
// round 35: calling back, "non. mais si dans 3 jours j'ai rien, je rappelle", and es, pt, de, it, nl; en "I'll call" was there)
const OWN_NEXT_STEP =
  /\bi(?:'ll| will|'m going to| am going to|'m gonna) (?:just )?(?:call|phone|ring|contact|complain|write|file|go to|talk to|speak to|dispute)\b|\bi(?:'ll| will) (?:have|get|ask) (?:her|him|them|my \w+) to (?:call|contact|ring|email|write)\b|\bi(?:'ll| will) have (?:her|him|them|my \w+) (?:call|contact|ring|email|write)\b|(?<!\p{L})(?:je (?:vous )?rappelle(?:rai)?|je reviendrai vers vous|vuelvo a llamar|volver[ée] a llamar|ligo de novo|volto a ligar|ich melde mich (?:wieder|nochmal)|richiamo|richiamer[òo]|bel ik terug|ik bel terug|ich (?:ruf|rufe)|ik bel|je vais (?:faire|appeler|rappeler|écrire|parler|contacter|voir avec)|(?:yo )?(?:le |les )?(?:hablo|llamo|marco) a|voy a (?:hablar|llamar|escribir|ir|reclamar|poner una queja)|vou (?:ligar|falar|escrever|reclamar)|chiamo)(?!\p{L})/u;
/** A complaint that the problem itself persists, even when said while declining an offer. */
// (round 29: "insurance on a sofa that arrived broken, thank you")
const STILL_BROKEN =
  /\b(?:arrived|came|was delivered) (?:broken|damaged|faulty|cracked|defective)\b|\b(?:doesn'?t|does not|isn'?t|is not|still not|not even) (?:even )?(?:work\w*|fixed|resolved|sorted|on|there)\b|\bstill (?:broken|down|no|not|nothing)\b|(?<!\p{L})(?:no funciona|sigue sin|ne marche (?:toujours )?pas|fonctionne pas|funktioniert (?:immer noch )?nicht|(?:geht|klappt|läuft) (?:immer )?noch nicht|immer noch nicht|não funciona|continua sem)(?!\p{L})/u;
/** Round 12: the symptom gone in the customer's words: "the beeping stopped", "the error's gone". */
const SYMPTOM_GONE =
  /\b(?:(?!(?:every|some|no|any)thing\b)\w+ing|noise|errors?|leak|alarm|warning|message|charges?|pop-?ups?)(?:'s| has| have| is| are)? (?:stopped|gone|disappeared|went away|cleared)\b(?! \w+ing\b)/;
/** "The beeping stopped, but…", "has the error gone?": a symptom gone is a fix only said plainly. */
const NOT_YET = /\bnot\b|n't\b|\bstill\b|\?/;
/** Round 12: "hopefully the 14th works then": what the customer hopes for is not yet confirmed. */
const HOPED = /\b(?:hop(?:e|efully|ing)|fingers crossed|let's hope|touch wood)\b[^.!?]*/g;
/** Asking for the fix is not reporting it: "need it fixed before friday", "just fix the filing". */
// (round 18: "I just want the $120 sorted"; round 31: "I'd rather you paid the claim I already have"; round 33:
// "I'd be interested in getting paid for the claim I already have", the money back in six languages,
// "no grazie, per ora voglio solo riavere i miei soldi"; round 34: "not right now, I'd like my roof sorted first", asking
// to be put through to someone who can, "can you just put me through to someone who does cancellations";
// round 39: "I'd like my card to work, that's all", "Bitte rufen Sie mich an, wenn es wieder läuft" in seven languages)
const WANTS_FIX =
  /\bi(?:'d| would) (?:rather (?:you|they|someone) (?:\w+ )?(?:paid|fixed|refunded|sorted|resolved|processed|honou?red|sent|reversed|cancel+ed)|be (?:more )?interested in (?:getting|having) (?:[\w$-]+ ){0,3}(?:paid|fixed|refunded|sorted|resolved|back)|like (?:my|the|our|it|this|that) (?:[\w-]+ ){0,3}(?:fixed|sorted|resolved|repaired|refunded|back))\b|\b(?:just )?(?:put|transfer|connect) me (?:through )?to (?:someone|somebody|a (?:person|human|manager|supervisor)|the \w+ team|your \w+ team)\b|\bi (?:just |only )?want (?:my|the|our) (?:money|refund|deposit|[$€£]\s?[\d,.]+)(?: back)?\b|(?<!\p{L})(?:voglio (?:solo |soltanto )?(?:riavere|indietro) (?:i )?(?:miei )?soldi|voglio (?:solo )?il rimborso|quiero (?:solo |solamente )?(?:mi dinero|el reembolso|que me devuelvan)|quero (?:só |apenas )?(?:o )?(?:meu dinheiro|reembolso|estorno)|je veux (?:juste |seulement )?(?:être remboursée?|mon argent|le remboursement)|ich will (?:nur |einfach )?(?:mein geld|die erstattung))(?!\p{L})|\b(?:need|needs|want|wants|get|have) (?:it|this|that|them|these) (?:fixed|sorted|resolved|working|done)\b|\b(?:need|needs|want|wants) (?:the|my|our) [^.!?,]{1,25}? (?:fixed|sorted|resolved|refunded|back)\b|\bjust (?:fix|sort|get|do|make|send|tell|give|refund)\b|\b(?:need|want) (?:you|someone) to\b|\b(?:need|want|i'd like|i would like) (?:it|this|that|them|my|the|our) (?:[\w-]+ ){0,3}to work(?: again)?\b|\b(?:let me know|tell me|call me|text me|email me|message me) (?:when|once|as soon as) (?:it's|it is|it gets|it's been|they've|they have|you've|you have|everything is|it) [^.!?]{0,30}?(?:fixed|working|sorted|resolved|back up|running|works)\b|(?<!\p{L})(?:(?:rufen sie mich|melden sie sich|sagen sie mir|geben sie mir bescheid|ruf mich)[^.!?]*wenn (?:es|das|alles) wieder (?:läuft|funktioniert|geht)|(?:avísame|avíseme|llámame|llámeme|me avisan?)[^.!?]*cuando (?:vuelva a funcionar|funcione|esté (?:arreglado|resuelto))|(?:prévenez-moi|appelez-moi|rappelez-moi|préviens-moi)[^.!?]*quand (?:ça|cela|tout) (?:remarche|refonctionne|fonctionnera|sera réparé)|(?:me avise|avise-me|me liga|ligue-me|me avisa)[^.!?]*quando (?:voltar a funcionar|funcionar|estiver resolvido)|(?:mi avvisi|avvisami|mi chiami|chiamami)[^.!?]*quando (?:torna a funzionare|funziona|sarà risolto)|(?:laat (?:me|het) (?:even )?weten|bel me)[^.!?]*(?:als|wanneer) het weer werkt)(?!\p{L})|(?<!\p{L})(?:(?:möchte|will|brauche)[^.!?]*,? dass [^.!?]*(?:funktioniert|geht|klappt)|(?:quiero|quero|je veux|voglio|ik wil) (?:d'abord |primero |primeiro |prima |eerst )?(?:que |che |dat )?(?:\p{L}+ ){0,4}(?:funcione|fonctionne|marche|funzioni|werkt|(?:soit |sea |seja |sia )?(?:réglé|résolu|resuelto|resuelva|resolvido|resolvam|risolto|opgelost)))(?!\p{L})/u;
/**
 * Round 35: what the customer wants, said while turning down something else ("no I don't want a vanity
 * plate, I want my stickers"), unless they say in the same line that they are done ("no thanks, i just
 * want my bag lol. that's everything, thanks for sorting it").
 */
const WANTS_MINE = /\bi (?:just |only )?want my \w+/;
/** The customer saying they are not being listened to: a complaint about the service itself. */
// (round 34: "you already asked me that", nl "dat heb ik al gezegd", and es, pt, fr, de, it)
const NOT_HEARD =
  /\b(?:i (?:literally |just |already )+(?:said|told you|mentioned|gave)|like i (?:said|told you)|as i (?:said|told you|mentioned)|already (?:said|told you|gave)|you already asked (?:me )?(?:that|this))\b|(?<!\p{L})(?:(?:dat )?heb ik (?:al|toch al) gezegd|ya (?:te |se )?lo (?:dije|he dicho)|já (?:te |lhe )?disse|je (?:vous |te )?l'ai déjà dit|(?:das )?hab(?:e)? ich (?:doch |ihnen )?schon gesagt|l'ho già detto)(?!\p{L})/u;
// (round 21: "the miles was all I needed", "dat's di main ting"; round 24: "bless up, dat's all", fr "sinon c'est bon pour
// moi"; CONFIRM: "al menos con el abono quedo tranquilo")
const COMPLETION =
  /\bthat'?s (?:all|it|everything)\b(?!\s*\?)|\bthats (?:all|it)\b(?!\s*\?)|\bnothing else\b|\ball (?:set|good|sorted)\b|\bthat's all i needed\b|\b(?:was|is|that's|thats) all (?:i|we) (?:needed|wanted)\b|\b(?:that's|thats|dat's|dats) (?:the|di|da) main (?:thing|ting)\b|\b(?:dat's|dats|dat is) (?:all|it)\b(?!\s*\?)|(?<!\p{L})(?:resolvido|resuelto|solucionado|résolu|réglé|gelöst|erledigt|resolveu|resolvió|funcionou|funcionó|hat geklappt|ça a marché|c'est tout|eso es todo|das wäre alles|é só isso|era só isso|(?:verder )?is het goed zo|(?:verder )?alles duidelijk|dat was het|verder alles goed|das war(?:'s| es)|c'est bon pour moi|c'?(?:est)? bon pour moi|c'est tout bon|tout est bon)(?!\p{L})/u;
/** A fix reported in the customer's own words ("it's writable again", "got them", "I can log in now"). */
// An article before the word makes it an adjective ("it's a normal camera battery"), not a report.
// (round 36: "activated!! and no thanks")
const RESOLVED =
  /^\W*(?:activated|fixed|working|works(?: now)?|solved|sorted)!|\b(?:is|are|'s|'re)\s+(?:now\s+)?(?:working|syncing|printing|charging|streaming|loading|connecting|playing|sending|receiving|uploading|downloading|running|updating|heating)\s+(?:again|fine|normally|properly|now)\b|\b(?:it's|its|it is|it|that's|everything's|everything is|all|which is|now (?:it's|it))\s+(?:(?!(?:a|an|the|my|your|just)\s)\w+\s+)?(?:working|works|writable|online|back(?: up| online)?|loading|loads|showing|connected|fixed|resolved|unlocked|active|activated|running|normal|through)\b(?:\s+(?:again|now))?|\b(?:is|are|has|have)\s+(?:already|now)\s+(?:working|showing|there|arrived|gone through|come through|cleared|activated|sorted|fixed|back)\b|\b(?:got|received) (?:it|them|the (?:email|code|refund|package|text|link))\b|\bi can (?:log ?in|sign in|see it|access it|get in)(?: now| again)\b|(?:^|[,.;!]\s*|\b(?:it|that|this|which|everything|all)\s+)(?:(?:just|now|finally)\s+)?worked\b(?!\s+(?:before|until|till|last|yesterday|earlier|for a|then|once|at first|fine (?:before|until)))/;
const NEGATED = /\bnot\b|n't\b|\bstill\b|\bno longer\b|\bstopped\b|\bnever\b|\?/;
/**
 * Round 32: the same in pt, es, fr, de, it, nl ("achei. ta funcionando blz"), not after a negation (round 34: the
 * perfect, "ya hice la transferencia, ha funcionado").
 */
const RESOLVED_OTHER =
  /(?<!\p{L})(?<!(?:não|nao|no|ne|non|nicht|niet|sigue sin|ainda) )(?:(?:tá|ta|está|esta) funcionando|já funciona|ya funciona|ha funcionado|já funcionou|a fonctionné|hat funktioniert|ha funzionato|heeft gewerkt|ça (?:marche|fonctionne)(?! pas)|funktioniert (?:jetzt|wieder)(?! nicht)|(?:ora|adesso) funziona|het werkt (?:weer|nu)(?! niet))(?!\p{L})(?![^.!?]*\?)/u;
/** "No thanks", "not right now, thanks", "nein danke" (round 20: "nee dank u", "no grazie"): a decline's thanks is politeness. */
const DECLINE_FORMULA =
  /(?<!\p{L})(?:no|nope|not (?:right )?now|not today|not for me|i'm good|nein|non|não|nao|nee)[,.!]? (?:thanks?|thank you|danke|merci|gracias|obrigad[oa]|grazie|bedankt|dank (?:u|je)(?: wel)?)(?: you)?(?!\p{L})/gu;
/** Praise (en, then other languages), which reads as sarcasm right after a refusal. */
const PRAISE_EN = 'great|perfect|awesome|wonderful|excellent|brilliant|amazing|fantastic|lovely|helpful';
const PRAISE_OTHER = 'perfecto|perfeito|parfait|genial|génial|super|prima|top';
const PRAISE = new RegExp(String.raw`\b(?:${PRAISE_EN})\b|(?<!\p{L})(?:${PRAISE_OTHER})(?!\p{L})`, 'gu');
// (round 28: "That is perfectly fine. Ah, the confirmation has just arrived, and everything looks correct.";
// round 29: "test email just came through"; round 35: "tuesday is fine", nl "fijn dat het geld terugkomt", and en, de, pt,
// es, fr, it; round 36: slang "oh sick ok", not a "Fixed Rate ISA")
const CONFIRM = new RegExp(
  String.raw`\b(?:thanks|thank you|thank u|thx|ty|tysm|cheers|appreciate(?:d| it)?|${PRAISE_EN}|relief|works|worked|working now|fixed(?! (?:rate|term|price|fee|deal|income|line))|sorted|resolved|went through|came through|it's back|its back|that did it|i'm in|you've been great|fair enough|that'?s fair|thats fair|fine by me|perfectly fine|(?:everything|it|all) looks (?:correct|good|right|fine|great|perfect)|\w+(?:'s| is) fine then|(?:that|this|it|\w+day|tomorrow|morning|afternoon|evening) (?:is|'s|works|sounds) fine|glad (?:that|to hear)|^\W*(?:oh |ah |ok )?(?:sick|sweet|dope|nice one)\b|merci|gracias|danke|obrigad[oa]|grazie|bedankt|good to know)\b|(?<!\p{L})(?:${PRAISE_OTHER}|valeu|vielen dank|dank(?: je| u)?(?: wel)?|goed om te weten|gut zu wissen|bon à savoir|bueno saberlo|bom saber|(?:me )?quedo tranquil[oa]|fico tranquil[oa]|je suis rassurée?|passt (?:schon|dann|so|erstmal)(?! nicht)|fijn dat|blij dat|gut,? dass|schön,? dass|ainda bem que|menos mal que|qué bien que|content(?:e)? que|meno male che)(?!\p{L})`,
  'u',
);
const PROBLEM = [
  /\?/,
  /(?:^|[.,;!]\s*)(?:what|why|how|when|where|who|which|so what)\b|(?:^|[.,;!]\s*)(?:can|could|will|would|is|are|do|does|did) (?:i|you|we|it|this|that|there|they|he|she|my|the|someone|anyone)\b/,
  new RegExp(
    String.raw`\b(?:still|but|though|not|never|problem|issue|wrong|again|${COMPLAINT_EN}|excuse me|scam)\b|n't\b`,
  ),
  // Round 20: "but" in fr, es, de, nl, it ("ok merci mais le plat était immangeable").
  /(?<!\p{L})(?:mais|pero|aber|maar|però)(?!\p{L})/u,
  /\b(?:rejected|failed|failing|fails|broken|error|stuck|declined|overcharged|charged twice)\b/,
  // Round 36: "a payment … has been blocked", "the resale button is greyed out for me".
  /\b(?:has been|have been|was|were|is|are|got|gets|keeps getting) (?:blocked|suspended|frozen)\b|\b(?:greyed|grayed) out\b/,
  // Round 30: only part of it, "ok. obrigado, pelo menos isso" (and en, es, fr, de, it).
  /\bat least (?:that|this)\b|(?<!\p{L})(?:pelo menos isso|al menos eso|au moins ça|wenigstens das|zumindest das|almeno questo)(?!\p{L})/u,
  // Round 31: thanks followed by a demand that it really happen ("Danke. Und bitte sorgen Sie dafür, dass
  // morgen wirklich jemand kommt", "please make sure someone turns up").
  /\bplease (?:make sure|ensure)\b|(?<!\p{L})(?:(?:bitte )?sorgen sie (?:bitte )?dafür|asegúre(?:se)? de que|asegúrate de que|assurez-vous que|certifique-se (?:de )?que|garanta que|zorg (?:er )?(?:wel )?voor dat|si assicuri che)(?!\p{L})/u,
  // Round 22: thanks that complain ("great. thanks for nothing").
  /\bthank(?:s| you) (?:for (?:nothing|wasting|no help|not helping|the runaround)|a lot for nothing)\b/,
];

/**
 * Round 23: an answer to the offer that goes on to ask about the problem ("maybe later. when the
 * deliverability team will fix it?", "no grazie, va bene così. ma il regalo arriverà in tempo?"):
 * the problem is open again, though the first sentence only answered the offer.
 */
const OFFER_ANSWER_FIRST =
  /^\W*(?:no|nope|nah|maybe later|not now|not today|not right now|later|i'll think about it|nein|non|não|nao|nee)(?!\p{L})/u;
function asksAfterAnswering(t: string): boolean {
  const ss = sentences(t);
  return ss.length > 1 && OFFER_ANSWER_FIRST.test(ss[0]!) && ss.slice(1).some((s) => s.includes('?'));
}

/**
 * `premature-close` findings, with `scored` the lines where the learned scorer found an offer (they
 * are open offers like the rules' own) and `assents` those where it found an assent (the offer is
 * then no longer open). The customer counts as satisfied once they thank, praise or
 * confirm a fix after their last complaint or question, or say they are done ("no, that's all").
 * Questions and answers about an open upsell offer are not the customer's problem and change nothing.
 */
export function prematureCloseFindings(
  lines: readonly Line[],
  scored?: ReadonlySet<number>,
  assents?: ReadonlySet<number>,
): Finding[] {
  const out: Finding[] = [];
  const offers = trackOffers(lines, scored, assents).steps;
  let customerSpoke = false;
  let solved = false;
  let askedAnythingElse = false;
  // The agent's last line refused with no way forward: praise after it ("great. very helpful") is
  // sarcasm, not the problem confirmed solved ("fair enough, the credit's fine then" still accepts).
  let refused = false;
  let saidBye = false;
  // Round 33: a request is open that the customer raised while the problem was solved (cleared once solved).
  let solvedBeforeRequest = false;
  lines.forEach((line, i) => {
    const t = normWords(line.text);
    const offerWasOpen = offers[i]!.wasOpen;
    if (line.role === 'customer') {
      customerSpoke = true;
      saidBye = FAREWELL_LAST.test(t);
      // (round 34: or takes the next step themself, "oh ok, I'll have her call you then")
      if (refused && solvedBeforeRequest && (LETS_GO.test(t) || OWN_NEXT_STEP.test(t))) {
        solved = true;
        solvedBeforeRequest = false;
        return;
      }
      const wasSolved = solved;
      // The words that may confirm a fix: not a polite decline's formula, and (round 35) not praise
      // right after a refusal, which is sarcasm or politeness, not a confirmation.
      const kept = t.replace(DECLINE_FORMULA, ' ');
      const confirming = refused ? kept.replace(PRAISE, ' ') : kept;
      // A "no" with the customer's own next step answers "anything else?" and leaves the problem as it
      // was: neither solved nor reopened.
      if (askedAnythingElse && DONE_AFTER_ANYTHING_ELSE.test(t) && OWN_NEXT_STEP.test(t)) return;
      const done =
        askedAnythingElse &&
        DONE_AFTER_ANYTHING_ELSE.test(t) &&
        !STILL_WAITING.test(t) &&
        !DONE_BUT_COMPLAINS.test(t);
      // Asking for the fix ("need it fixed today") or saying it was already said reopens the problem.
      if (WANTS_FIX.test(t) || NOT_HEARD.test(t) || (WANTS_MINE.test(t) && !COMPLETION.test(t)))
        solved = false;
      else if (done || COMPLETION.test(t)) solved = true;
      else if (RESOLVED.test(t.replace(HOPED, ' ')) && !NEGATED.test(t)) solved = true;
      else if (RESOLVED_OTHER.test(t)) solved = true;
      else if (SYMPTOM_GONE.test(t) && !NOT_YET.test(t)) solved = true;
      // "No thanks, my TV doesn't even work": declining says the problem is still there.
      else if (STILL_BROKEN.test(t)) solved = false;
      else if (offerWasOpen) solved = asksAfterAnswering(t) ? false : solved || CONFIRM.test(confirming);
      else if (some(PROBLEM, t)) {
        if (wasSolved) solvedBeforeRequest = true;
        solved = false;
      } else if (CONFIRM.test(confirming.replace(HOPED, ' '))) solved = true;
      if (solved) solvedBeforeRequest = false;
      return;
    }
    if (!isAgentSide(line.role)) return;
    refused = cantHelpAt(lines, i) !== null;
    // "Thanks for reaching out! For security reasons we can't…": thanks that open a reply close nothing.
    const closing = opensReply(t) ? null : some(CLOSING, t);
    askedAnythingElse = closing !== null && (ASKS_ANYTHING_ELSE.test(t) || ANYTHING_ELSE_OTHER.test(t));
    if (!closing || GREETING.test(t) || !customerSpoke || solved || saidBye) return;
    // "Thanks for reaching out! Could you try…?" thanks and carries on: a sign-off asks nothing new.
    if (!askedAnythingElse && t.includes('?') && !SURVEY.test(t) && !FEEDBACK_ASK.test(t)) return;
    out.push({ i, label: 'premature-close', evidence: clip(line.text) });
  });
  return out;
}

/** `premature-close`: the agent moves to close while the customer has not confirmed the problem solved. */
export const prematureClose: Analyser = {
  id: 'premature-close',
  labels: ['premature-close'],
  analyse: (lines) => prematureCloseFindings(lines),
};
