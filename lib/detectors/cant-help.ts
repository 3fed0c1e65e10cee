import {
  anyOf,
  clip,
  HANDOFF_OTHER,
  HOLDER_WORDS,
  isAgentSide,
  normWords,
  perLines,
  sentences,
  some,
} from './text';
import type { Analyser, Finding, Line } from './types';

/** The agent saying it cannot or will not do something (en, es, fr, de, it, pt, nl). */
const INABILITY = [
  /\bi(?:'m| am) (?:therefore |afraid |sorry,? |really |truly )?(?:not able|unable) to\b/,
  /\bi(?:'m| am) not (?:authori[sz]ed|permitted|allowed|empowered|in a position) to\b/,
  // "In person is the only option I'm able to offer": the refusal of every other way.
  /\bonly (?:option|way|thing|choice) (?:i|we)(?:'m| am|'re| are)? (?:able to |can )(?:offer|do|give)\b/,
  // (round 20: "so I will not be able to register a claim")
  /\bi (?:can't|cannot|can not|won't be able to|will not be able to|am not in a position to)\b/,
  // (round 21: "I don't have visibility of the warehouse schedule")
  /\bi don't have (?:the |a |any )?(?:ability|authority|authori[sz]ation|access|permission|way|tools|option|visibility|control)\b/,
  /\bi do not have (?:the |a |any )?(?:ability|authority|authori[sz]ation|access|permission|way)\b/,
  /\bi have no way to\b/,
  // Round 21, terse: "Can't advise.", "Can't hold. Already requested.", "Not authorised to give advice.";
  // the next tier refused: "Unfortunately supervisors follow the same policy."
  // (round 23: "No, can't price match.")
  /^(?:(?:sorry|no|nope),? )?(?:can't|cannot) \w+(?: \w+)?[.!]?$|^(?:sorry,? )?not (?:authori[sz]ed|permitted|allowed) to\b|\b(?:supervisors?|managers?|team leads?|team leaders?) (?:follow|apply|have) the same (?:policy|policies|rules)\b/,
  // Round 18: "I have no access to their system or any authority to issue compensation" (round 23:
  // "so I've no access to cancel or appeal them from here").
  // (round 29: "we have no authority to override an exam")
  /\b(?:i|we)(?: have|'ve) no (?:access|authority|authori[sz]ation|permission|ability)\b/,
  // Round 23: the scope or the records end: "I only look after the camping bookings", "our system only
  // goes back to September", "I can't see supplier dates from my side" (not "any issue on my end"),
  // "express shipping is not available for reprints" (en, it, es, fr, pt), Dutch "valt buiten ons
  // beleid", "vergoeden wij niet". Round 26: "I can't see Leeds's log from here, they're on a different
  // system", "against our policy" (de "gegen unsere Richtlinien", es, pt, fr, it, nl).
  // (round 28: "I'm in Policy Services, so I can't see claim notes": the scope, then the refusal)
  /\bi only (?:look after|handle|deal with|cover|work on|manage)\b|\bi(?:'m| am) (?:in|with|on) (?:the )?[\w &]{2,30}?,? so i (?:(?:can't|cannot) (?:see|access|view|do)|don't have|do not have)\b|\b(?:system|records?|history) only (?:goes|go|shows?|keeps?) back\b|\bi (?:can't|cannot) see (?!any (?:issues?|problems?|errors?|faults?)\b)[^.!?]{0,40}\b(?:from|on) my (?:side|end)\b|\bi (?:can't|cannot) see (?!any (?:issues?|problems?|errors?|faults?)\b)[^.!?]{0,40}\bfrom here\b(?=[^.!?]*\b(?:different|other|separate) system\b)|\b(?:against|contrary to) (?:our|company) (?:\w+ )?(?:policy|policies|guidelines|rules)\b|(?<!\p{L})(?:gegen unsere (?:richtlinien|regeln)|contra (?:nuestra|nossa) política|contraire à (?:notre|nos) (?:politique|règles)|contro la nostra politica|tegen ons beleid)(?!\p{L})|\b(?:isn't|is not|aren't|are not) available for\b|(?<!\p{L})(?:non è disponibile per|no está disponible para|n'est pas disponible pour|não está disponível para|(?:valt|vallen) (?:helaas )?buiten|buiten (?:ons|mijn) (?:beleid|bevoegdheid)|(?:vergoeden|betalen) (?:wij|we) (?:helaas )?niet)(?!\p{L})/u,
  // (round 25: "we don't do loan phones at this store", terse "Don't do repairs sorry")
  // (round 28: "we're not able to fast-track licence applications under any circumstances")
  /\bwe're (?:not able|unable) to\b|\bwe (?:can't|cannot|are unable to|are not able to|don't offer|do not offer|don't allow|do not allow|can only|don't do|do not do|don't provide|do not provide|don't stock|don't sell)\b|^(?:sorry,? )?(?:don't|do not) (?:do|offer|sell|stock) \w+/,
  /\bi can only\b/,
  // Round 27: the decision or the power is someone else's and no way to them is given ("that would be
  // for the manager to decide", "our staff aren't able to give prescription medication, it's against
  // our insurance policy", "only the techs can quote and authorise that and they're not on chat").
  /\b(?:that|this|it)(?:'s| is| would be|'d be| will be) (?:for|up to) (?:the|my|a|our) (?:\w+ )?(?:manager|supervisor|team leader|team lead|head office|department|office) to (?:decide|approve|authori[sz]e|sign off)\b|\b(?:our |the )?(?:staff|advis[eo]rs?|agents?|pharmacists?|nurses?|technicians?|team) (?:aren't|are not|isn't|is not) (?:able|allowed|permitted|authori[sz]ed) to\b|\bonly (?:the|our) (?:\w+ )?(?:techs?|technicians?|engineers?|managers?|supervisors?|specialists?) can\b[^.!?]*\b(?:they're|they are) not (?:on|in|available)\b/,
  // (round 24: subjectless, "Supplier's backordered, nothing I can do about it.")
  // (round 28: the company by name, "there is nothing further StayFinder can do")
  /\bthere(?:'s| is) nothing (?:else |more |further )?(?:i|we|[\w&-]+) can do\b|(?:^|[,;:]\s*)nothing (?:else |more )?(?:i|we) can do\b/,
  // (round 23: "that's outside what I can see on my end": the verb is part of the refusal)
  /\b(?:outside|beyond) (?:of )?(?:my|our|what i can|the) (?:\w+ )?(?:scope|control|authority|remit|handle|policy|charter|terms|guidelines)\b|\b(?:outside|beyond) (?:of )?what (?:i|we)(?: can|'m able to| am able to|'re able to| are able to)(?: (?:see|access|do|handle|view))?\b/,
  // Round 10: excluded by the terms: "not covered under your policy", "in unseren AGB ausgeschlossen".
  /\b(?:is|are|isn't|aren't) (?:specifically )?(?:excluded|not covered) (?:by|under|in|from) (?:your|our|the) (?:policy|warranty|plan|terms|contract|cover)\b|(?<!\p{L})(?:sind|ist) (?:[\p{L}]+ ){0,4}(?:ausgeschlossen|nicht abgedeckt)(?!\p{L})/u,
  // (round 22: "isn't something I have the authority to approve")
  /(?:\bnot|n't) something (?:i|we|support|chat)(?: can|'m able| am able|'re able| are able| is able| have the (?:authority|access|ability|power|permission))\b/,
  /\bnot (?:within|in) (?:my|our) (?:remit|scope|power|authority|control)\b|\bmy hands are tied\b|\bno way for (?:me|us) to\b/,
  // Round 12: "I am not having authority to approve" (Indian English), "no department is handling
  // this type of request from chat", a terse "Can't undo that."
  /\b(?:i am|i'm) not having (?:the |any )?(?:authority|access|permission|option|power)\b|\bno (?:department|team|one|agent|colleague) (?:here |in chat )?(?:is handling|handles|can handle|deals with|is able to)\b|^\W*(?:can't|cannot|won't be able to) (?:\w+ )?(?:that|this|it|those|these)\W*$/,
  // Round 11: "Webchat advisers do not have access to…", "the chat system doesn't give us access", "Not my team."
  /\b(?:advis[eo]rs?|agents?|staff|chat|webchat|support|this team|the chat system|the system) (?:do not|don't|does not|doesn't) (?:have|give (?:us|me)) (?:the |any )?(?:access|authority|ability|permission)\b|^\W*not my (?:team|department|area|remit|call)\b/,
  // Round 11: "Transfers to the compliance team aren't available from webchat".
  /\b(?:isn't|aren't|is not|are not) (?:available|possible|offered|supported) (?:from|through|via|on|in|over) (?:webchat|chat|the chat|here|this chat|live chat)\b/,
  /\bwe (?:don't|do not) have (?:the |a )?(?:ability|authority|access|permission|option|tools)\b|\bfalls? outside (?:of )?(?:what (?:i|we|chat|support)|my|our)\b/,
  // Round 20: also "the terms don't allow a refund", "we do not cover taxi costs".
  /\b(?:policy|policies|terms|rules|conditions|contract|agreement|warranty) (?:doesn't|does not|don't|do not|won't|will not) (?:allow|permit)\b|\bwe (?:don't|do not) (?:cover|reimburse|compensate)\b|\bper our (?:terms|policy|membership agreement|agreement)\b/,
  // Round 22: a section of the terms cited for a prohibition ("Per Section 7.2 of our Terms of Service,
  // notarization fees are non-refundable"); fr "aucun changement de date n'est permis".
  /\b(?:per|under|according to|in line with) (?:section|article|clause|paragraph|§) ?\d[\d.]*\b[^.!?]*\b(?:non-?refundable|not (?:permitted|allowed|possible|refundable)|no (?:refunds?|changes?|exceptions?) (?:are|is|can)\b)|(?<!\p{L})aucune? (?:\p{L}+ ){1,4}n'est (?:\p{L}+ )?(?:permise?|possible|autorisée?|accordée?)(?!\p{L})/u,
  // "Temporary permits are not issued for flats": a rule, unless it names when they are ("until…").
  /\b(?:isn't|is not|aren't|are not) (?:accepted|permitted|allowed|possible|(?:issued|granted) (?!until|unless|before|if|once|after)\w+)\b/,
  // Round 15: also "Seat reductions below the contracted minimum can't be made by Support".
  /\bcan(?:'t|not) be (?:cancel|refund|chang|modif|return|process|revers|waiv|overrid|undone|accept|made|done|handl|action|approv|grant|reduc|lower|remov|adjust)\w*/,
  /\b(?:unable|not able) to help\b|\bcan't help\b/,
  // Round 9: the next tier or a person refused outright: "Managers don't take chats", "Live agents are
  // currently unavailable. Please try again later."
  // (round 32: a team named, "the porting team does not take direct calls")
  /\b(?:managers?|supervisors?|team leads?|team leaders?|escalations?|(?:the|our) [\w-]+ (?:team|department|desk)) (?:don't|do not|doesn't|does not|can't|cannot|won't|aren't able to|are not able to) (?:take|handle|accept|do|join|come on)\b/,
  // (round 23: "Supervisors are not available on chat.")
  /\b(?:live |human )?(?:agents?|advis[eo]rs?|representatives?|staff|people|supervisors?|managers?|team leads?|team leaders?) (?:are|is) (?:currently |all |not )?(?:unavailable|not available|offline)\b(?![^.]*\b(?:shortly|will be with you|next available|in a (?:moment|minute|few))\b)/,
  // Too late or not eligible under the rules: "the transfer window has closed", "no longer eligible".
  /\b(?:window|deadline|cut-?off|period|grace period) (?:has |had |is |was )?(?:closed|passed|expired|over)\b|\b(?:no longer|not|isn't|aren't) eligible\b/,
  // Nothing to offer: "I have no visibility on…", "there's no workaround I can offer".
  /\b(?:i|we) (?:have|'ve got) no (?:visibility|workaround|solution|control|say)\b|\bno (?:workaround|solution) (?:i|we) can\b|(?<!\p{L})(?:je n'ai (?:\p{L}+ )?(?:aucune|pas de) (?:visibilité|solution|moyen)|no tengo (?:ninguna )?(?:visibilidad|solución)|não tenho (?:nenhuma )?(?:visibilidade|solução)|ich habe (?:leider )?keine (?:einsicht|lösung))(?!\p{L})/u,
  // No authority, no access, not my remit, no means, in es, fr, pt, de, it (round 27: es "no tengo
  // atribuciones para anularlo"; round 28: pt "não tenho autonomia", fr "je ne suis pas autorisé à"; round 32:
  // it "Non sono autorizzata a…", the company with no access, pt "a Ondacel não tem acesso ao cadastro").
  // (round 31/32: de "keinen Einblick", "keinen Einfluss" below)
  /(?<!\p{L})(?:no tengo (?:autorización|acceso|permisos?|forma|manera|atribuciones|facultades)|no está en mis manos|je n'ai (?:\p{L}+ )?(?:pas (?:la main|accès|l'autorisation|le droit|la possibilité)|aucun moyen)|(?:ce n'est|c'est) pas (?:de mon ressort|quelque chose que (?:je|nous) (?:pouvons|pouvez|peux))|nous ne sommes pas en mesure|não tenho (?:acesso|autorização|permissão|como|autonomia)|je ne suis pas autorisée? à|non sono autorizzat[oa]|non siamo autorizzati|no estoy autorizad[oa]|não estou autorizad[oa]|(?:não tem|no tiene|n'a pas|non ha|heeft geen) (?:acesso|acceso|accès|accesso|toegang)|ich habe (?:leider )?keine?n? (?:berechtigung|zugriff|möglichkeit)|liegt (?:leider )?nicht in meiner|non ho (?:accesso|l'autorizzazione|visibilità)|ik heb geen (?:toegang|bevoegdheid)|non rientra nelle (?:mie|nostre) (?:competenze|funzioni)|non (?:è|sono) di (?:mia |nostra )?competenza|não (?:o|a|os|as|lhe|te) (?:posso|podemos|consigo))(?!\p{L})/u,
  // German verb-second order: "Das kann ich leider nicht aufheben", "darauf habe ich keinen Zugriff",
  // (round 16) "Zu Ausgleichszahlungen kann ich im Chat leider keine Auskunft geben".
  // (round 22: "Leider kann ich da sonst nichts mehr machen"; it: "i rimborsi non li posso gestire io", below;
  // round 31: "Da habe ich leider keinen Einblick")
  /(?<!\p{L})(?:(?:kann|können) (?:ich|wir)(?: [\p{L}]+){0,4} (?:nicht|nichts|keine?n?|weder)|habe ich (?:leider )?keine?n? (?:berechtigung|zugriff|möglichkeit|befugnis|einblick|einsicht|einfluss))(?!\p{L})/u,
  // Round 16: "Je ne suis malheureusement pas en mesure de…", "não é possível", "non lo vedo dal mio sistema".
  /(?<!\p{L})(?:je ne suis (?:\p{L}+ )?pas en mesure|nous ne sommes (?:\p{L}+ )?pas en mesure|não é possível|no es posible|(?:ce )?n'est pas possible|non è possibile|(?:ist|wäre) (?:leider )?nicht möglich|non (?:lo |la |li |le )?(?:vedo|visualizzo) (?:dal|nel) (?:mio|nostro) sistema)(?!\p{L})/u,
  // Round 13: es "tampoco puedo ofrecerte…", "Lamento no poder ayudarte".
  /(?<!\p{L})(?:tampoco (?:puedo|podemos)|(?:lamento|siento|lamentamos|sentimos) no poder|je regrette de ne pas pouvoir|lamento não poder)(?!\p{L})/u,
  // Round 14: "not something we do", "it isn't really visible on my end", "there isn't really a request
  // system I could put that into", a subjectless "can't share driver contact info, sorry".
  /(?:\bnot|n't) something (?:i|we) (?:do|offer|provide|share|handle|give out)\b|\b(?:isn't|is not|aren't|are not) (?:really )?(?:visible|accessible) (?:on|from|at|to) (?:my|our) (?:end|side)\b|\bnot visible to (?:me|us)\b|\b(?:isn't|aren't|is not|are not) (?:visible|accessible) to (?:me|us)\b|\bthere(?: isn't| is not|'s no| is no) (?:really )?(?:a |any )?(?:\w+ )?(?:way|system|process|option|form|mechanism) (?:i|we) (?:could|can)\b|^(?:sorry,? )?(?:can't|cannot) (?:share|give out|disclose|provide|release|change|cancel|refund|offer|override|waive|send)\b/,
  // Round 18: an object pronoun before the verb ("La grúa no la puedo autorizar yo"), "no está dentro
  // de mis facultades", "não é algo que eu consiga fazer", nl "niet mogelijk", "heb ik geen toegang" (round 34:
  // "Ik heb helaas geen inzage in de beoordeling").
  /(?<!\p{L})(?:no (?:lo|la|los|las|le|les|te|os|se lo|se la|te lo|te la) (?:puedo|podemos)|no (?:está|entra) (?:dentro )?(?:de|en) mis (?:facultades|funciones|atribuciones|competencias)|não é algo que (?:eu |nós )?(?:consiga|possa|consigamos|possamos)|no es algo que (?:yo )?(?:pueda|podamos)|(?:is|zijn) (?:helaas )?niet mogelijk|heb ik (?:helaas )?geen (?:toegang|bevoegdheid|mogelijkheid|inzage)|ik heb (?:helaas )?geen (?:toegang|bevoegdheid|mogelijkheid|inzage)|non ho (?:la possibilità|l'autorizzazione|accesso|i permessi)|não tenho como)(?!\p{L})/u,
  // Round 30: only the holder may ask ("Per our membership policy, cancellations have to be requested
  // by the member", es "solo la puede presentar el titular", pt "só posso tratar … com o titular").
  new RegExp(
    String.raw`\bonly the (?:${HOLDER_WORDS}|member) (?:can|may)\b|\b(?:has|have) to be (?:requested|made|done|submitted) by the (?:${HOLDER_WORDS}|member)\b|(?<!\p{L})(?:solo (?:la |lo |los |las )?(?:puede|pueden) (?:\p{L}+ )?(?:el|la) titular|s[óo] (?:posso|podemos) (?:tratar|falar)[^.]{0,60}com o titular|seul le titulaire)(?!\p{L})`,
    'u',
  ),
  // Round 19: "não há nada que eu possa fazer", "je ne peux rien faire de plus", "não fazemos visitas".
  /(?<!\p{L})(?:não há nada que (?:eu |nós )?(?:possa|possamos|consiga)|no hay nada (?:más )?que (?:yo )?(?:pueda|podamos)|je ne peux rien|nous ne pouvons rien|ich kann (?:leider )?nichts|non (?:posso|possiamo) fare (?:nulla|niente)|ik kan (?:helaas )?niets|(?:infelizmente |lamentablemente |malheureusement |leider )?(?:não (?:fazemos|oferecemos|realizamos)|no (?:hacemos|ofrecemos|realizamos)|nous ne (?:faisons|proposons|réalisons) pas|wir (?:bieten|machen) (?:leider )?keine))(?!\p{L})/u,
  // Round 33: a team not reachable by chat (fr "Le service recouvrement n'est pas joignable par chat"), not allowed
  // (nl "Ik mag u helaas geen voorrang geven", de "ich darf … nicht"), not offered under a policy ("loaner devices
  // are not offered under our service policy"), de "Ich kann leider keine Termine … vergeben".
  /\b(?:isn't|is not|aren't|are not) (?:reachable|available|contactable) (?:by|via|on|through|over) (?:chat|live chat)\b|\b(?:is|are) not (?:offered|provided|available|covered) under (?:our|the) (?:[\w-]+ )?polic(?:y|ies)\b|(?<!\p{L})(?:n'est pas joignable|ne sont pas joignables|(?:ist|sind) (?:per|im|über den) chat nicht erreichbar|non è raggiungibile (?:in|via|tramite) chat|ik mag (?:u |je )?(?:helaas )?(?:geen|niet)|ich darf (?:ihnen |dir )?(?:leider )?(?:keine?n?|nicht)|ich kann (?:ihnen |dir )?(?:leider )?keine?n?)(?!\p{L})/u,
  /\bno (?:puedo|podemos)\b|\bje ne peux (?:\p{L}+ )?pas\b|\bnous ne pouvons (?:\p{L}+ )?pas\b|(?:\bne|\bn') ?(?:peut|peuvent) (?:\p{L}+ )?pas être\b|\bpas dans mes (?:habilitations|attributions|compétences)\b|\bich kann (?:leider )?nicht\b|\bnão (?:consigo|posso|podemos)\b|\bnon (?:(?:lo|la|li|le|ne) )?(?:posso|possiamo)\b|\bik kan (?:helaas )?niet\b/u,
  // Round 20: Dutch inversion and words between: "daar kan ik helaas niets aan veranderen", "Ik kan daar
  // zelf geen uitzondering op maken" (as German's "kann ich … nicht" above).
  /(?<!\p{L})(?:(?:kan|kunnen) (?:ik|wij|we)|(?:ik|wij|we) (?:kan|kunnen))(?: \p{L}+){0,3} (?:niet|niets|geen)(?!\p{L})/u,
];
/** A second verb after the benign one refuses after all: "unable to see its progress or speed it up". */
const COORDINATED_ACT = /\b(?:or|nor) (?!see|find|locate|say|tell|confirm)\w{3,} \w+/;
/** "I can't see / find / say for certain" is not a refusal; nor "per our policy, I am required to inform you". */
// (round 26: "Ha, we can't have that!")
const BENIGN_AFTER =
  /^\s*have (?:that|this|you)\b(?! (?:done|changed|refunded|sent|replaced|fixed))|^\W*(?:i am|i'm|we are|we're) (?:also )?required to (?:inform|advise|let you know|tell|remind|mention|read|disclose|note)\b|^\s*(?:\w+\s+)?(?:see|find|locate|wait|imagine|believe|thank|say|guarantee|stress|apologi[sz]e|promise|tell for|hear|recall|ver|encontrar|voir|trouver|sehen|finden|vedere|zien|vinden|garanderen|garantieren|garantizar|garantir|garantire)\b|^\s*give (?:you )?(?:an? |the )?(?:exact|precise|specific|firm)\b/;

/** A concrete way forward offered in the same message: then the agent is redirecting, not refusing. */
const PATH = [
  // ("but I can't make an exception" refuses: the contraction is not the path)
  // (round 33: words between, "but as a one-time courtesy I can credit the full $86")
  /\bbut (?:(?!not\b|never\b)[\w-]+ ){0,5}?(?:i|we)(?: can| could| will|'ll)\b(?!'t|’t| not)/,
  // Round 33: what the customer can do themself, in de/fr/es/pt/it/nl ("…, aber Sie können ihn direkt über das
  // Fahrgastrechte-Formular stellen").
  /(?<!\p{L})(?:aber sie können|mais vous pouvez|pero (?:usted )?puede|pero puedes|mas (?:você |o senhor |a senhora )?pode|ma (?:lei )?può|ma puoi|maar (?:u kunt|je kunt))(?!\p{L})/u,
  // Round 11: an action already taken: "but I have sent a message to him now".
  /\bbut (?:i|we)(?:'ve| have) (?:just |now |already )?(?:sent|passed|raised|escalated|contacted|messaged|asked|forwarded|opened|logged|arranged|booked|emailed)\b/,
  // Round 30: a ticket opened ("I've opened a recovery ticket: AS-9913-2241"), the condition on which
  // the agent can act ("but if your dad confirms his full name and account PIN here, I can add you"),
  // and fr/es/pt/it/de first person present ("mais je demande à l'expert de contacter votre père"; round 34: es "pero le
  // emito una nueva sin coste", fr "mais j'ouvre une réclamation auprès du service facturation").
  // (round 31: not a complaint: "I have opened a complaint ticket about the delay" records it, routes nothing)
  /\b(?:i|we)(?:'ve| have) (?:just |now |already )?(?:opened|raised|logged|created|submitted) (?:a|an) (?:(?!complaint\b|feedback\b)[\w-]+ )?(?:ticket|request|case|referral)\b|\bbut if (?:you|your \w+|he|she|they|the (?:account ?holder|member))\b[^.]*\b(?:i|we) (?:can|could|will|'ll)\b(?!'t| not)|(?<!\p{L})(?:mais|pero|mas|ma|aber) (?:je |yo |eu |io |ich )?(?:(?:lui|le|la|les|vous|te|lhe|gli) )?(?:demande|contacte|transmets|envoie|préviens|pido|solicito|envío|peço|envio|chiedo|invio|avviso|frage|schicke|informiere|emito|tramito|abro|apro|eröffne)(?!\p{L})|(?<!\p{L})mais j'(?:ouvre|envoie|ai ouvert|ai transmis)(?!\p{L})/u,
  // (round 30: asking whether the customer is the holder checks the way: "¿Eres tú el titular?")
  new RegExp(
    String.raw`\b(?:are you|is this) the (?:main |primary )?(?:${HOLDER_WORDS}|member)\b|(?<!\p{L})(?:eres tú el titular|es usted el titular|você é o titular|êtes-vous le titulaire|sind sie (?:der|die) (?:konto)?inhaber(?:in)?)(?!\p{L})`,
    'u',
  ),
  // Round 32: the next step offered in a sentence of its own ("The settlement team doesn't handle chats,
  // unfortunately. I could send them a note asking them to contact you.").
  // (round 33: a concrete act in the future, "I can't lift the block. I'll cancel it now and issue you a new card number.")
  /(?:^|[.!;]\s+)(?:i|we)(?: can| could| will|'ll) (?:also |now |just )?(?:send|ask|email|message|pass|forward|request|arrange|book|raise|open|log|escalate|refer|issue|replace|cancel)\b/,
  // Round 12: "I've put in a request for them to contact you": someone who can is already asked.
  // (raised, submitted, logged or opened, with or without "for them to", is the round 30 rule above)
  /\b(?:i|we)(?:'ve| have) (?:just |now |already )?(?:put in|made) (?:a|an) (?:request|referral|ticket) for (?:them|someone|a \w+|the \w+ team) to\b/,
  // Round 11: steps in order: "primero tu padre tiene que… y, después, se puede volver a solicitar".
  /(?<!\p{L})(?:primero|first|d'abord|zuerst|primeiro)(?!\p{L})[^.]{0,120}(?<!\p{L})(?:después|then|ensuite|danach|depois)(?!\p{L})/u,
  // Someone else can do it: "but anyone holding your slip can pick it up", "but our repair partner can…".
  // (round 25: "but she can upgrade it herself in the app")
  /\bbut (?:anyone|someone|somebody|you|she|he|they|a friend|a family member|your \w+|our \w+|the \w+ (?:team|partner|desk|shop|store|branch))\b[^.!?]{0,60}\b(?:can|could|may)\b(?!'t| not)/,
  // Other ways named at once: "but there are two ways out of this", "there is another option".
  /\bthere (?:are|is) (?:a |an |two |three |\d+ |other |some |another |a couple of )(?:\w+ )?(?:ways?|options?|workarounds?|alternatives?)\b|\bthe (?:quick |simplest |easiest |best )?(?:fix|workaround) is to\b/,
  // (round 20: Dutch "maar ik kan", "maar ik zet meteen een verzoek … in")
  // (round 23: "pero sí puedo abrir un reclamo")
  // (round 27: not when the clause refuses after all, "maar ik kan het abonnement niet handmatig
  // activeren"; a going-to future is a path, pt "mas vou pedir-lhes uma nova data e ligo-lhe ainda hoje")
  /(?<!\p{L})(?:mas|pero|mais|aber|ma) (?:eu |je |ich |yo )?(?:sí |si |oui |sim )?(?:posso|puedo|podemos|peux|pouvons|kann|können|possiamo|consigo|conseguimos)(?!\p{L})(?![^.,;]*(?<!\p{L})(?:nicht|nichts|keine?n?|pas)(?!\p{L}))|(?<!\p{L})maar (?:ik|we|wij) (?:kan|kunnen|zet|ga|gaan|stuur|sturen|maak|heb|hebben)(?!\p{L})(?![^.,;]*(?<!\p{L})(?:niet|niets|geen)(?!\p{L}))|(?<!\p{L})(?:mas|pero|mais|aber|ma) (?:eu |je |ich |yo )?(?:vou|voy a|vamos a|je vais|nous allons|ich werde|wir werden|vado a)(?!\p{L})/u,
  // Round 20: an action already taken, in other languages: "aber ich habe einen Technikereinsatz
  // beauftragt", "ma ho aperto una segnalazione", "mais j'ai transmis" (round 22: someone reached,
  // "aber ich habe die Disposition gerade telefonisch erreicht").
  /(?<!\p{L})(?:aber|ma|mais|pero|mas|maar) (?:ich habe|ho|j'ai|he|eu|ik heb|já)(?: \p{L}+){0,4} (?:beauftragt|veranlasst|eröffnet|weitergeleitet|angelegt|eskaliert|erreicht|kontaktiert|angerufen|contattato|contacté|contactado|contatei|aperto|inoltrato|segnalato|ouvert|transmis|escaladé|abierto|escalado|enviado|abri|aberto|encaminhei|encaminhado|geopend|doorgestuurd|aangemaakt)(?!\p{L})/u,
  // Round 13: "pero tiene fácil solución: pide…", "mais il y a une solution".
  /(?<!\p{L})(?:pero|mais|mas|aber|ma) (?:tiene|hay|il y a|tem|há|es gibt|c'è) (?:una? |une |eine )?(?:fácil |simple |einfache |facile )?(?:solución|solution|solução|lösung|soluzione)(?!\p{L})/u,
  // A workaround for now: "I don't have access to the servers… meanwhile, if you filter by month…".
  /\b(?:meanwhile|in the meantime|for now),? (?:if you|you can|you could|try)\b/,
  /\bhowever,? (?:i|we)(?: can| could| will|'ll)\b(?!'t|’t| not)/,
  // Round 21: someone else handles it ("but our collection development librarian … reviews purchase
  // suggestions every week"), a remedy on a condition ("if you send us the receipt I'll refund it"),
  // what was done instead ("What I've done instead is add a full credit").
  /\bbut (?:our|the) [^.!?]{0,60}\b(?:reviews|handles|deals with|processes|looks at)\b|\bif you (?:send|submit|upload|email|forward) (?:us|me)\b[^.]*\b(?:i|we)(?:'ll| will)\b|\bwhat (?:i|we)(?:'ve| have) done instead\b|\binstead,? (?:i|we)(?:'ve| have)\b/,
  // Round 19: "Unfortunately, I am unable to reverse the fee itself. However, I am able to apply a credit".
  /\b(?:however|but),? (?:i|we)(?:'m| am|'re| are) able to\b/,
  // ("that's outside what I can do in chat" is the refusal, round 16)
  // (round 23: alternatives, "I can either request a redelivery for tomorrow or transfer …")
  // (round 26: "The earliest I can offer is Thursday morning.")
  /\bthe (?:earliest|soonest|next|best) (?:i|we) can (?:offer|do)\b|\b(?:i|we) can either\b|\binstead,? (?:i|we) can\b|(?<!\b(?:outside|beyond)(?: of)? )\bwhat i can do\b|\balternatively\b/,
  // (round 25: "I'll message Ollie, our building manager, he'll come up in 5 minutes", "I'm getting a person for you")
  /\b(?:i|we)(?:'ll| will)(?: need to)? (?:transfer|connect|escalate|submit|send|open|create|ask|request|file|refer|forward|get you|issue|message|call|contact|ring|text|notify|phone)\b|\b(?:i'm|i am) getting (?:someone|somebody|(?:a|an) (?:person|human|agent|colleague|specialist|supervisor))\b/,
  // Escalation in progress: "but I'm raising it with our Tax Operations team right now".
  /\b(?:i'm|i am|we're|we are|i've|i have) (?:now )?(?:raising|escalating|raised|escalated|passing|passed|referring|referred|flagging|flagged) (?:it|this|that|your \w+)\b/,
  /\blet me (?:transfer|connect|escalate|get you)\b|\b(?:transfer(?:ring)?|connect(?:ing)?) you\b/,
  // Round 18: "but I'm passing you to Ben in our Loyalty team who can look at your options".
  /\b(?:pass(?:ing)?|hand(?:ing)?|put(?:ting)?) you (?:over |through |across )?to\b/,
  // Round 14: the hand-off in fr/es/pt/it/de/nl ("je vous transfère à ma collègue, c'est elle qui gère…").
  HANDOFF_OTHER,
  // Round 14: "I can't re-issue the bill from here, but if you enter 04417 in the form, the bill gets rebuilt".
  // (round 25: "but if you re-upload the photos")
  /\bbut if you (?:\w+ ){0,2}?(?:re-?)?(?:enter|submit|go|use|call|email|visit|upload|fill|send|log|open|reply|click|tap|contact)\b/,
  /\byou (?:can|could|may) (?:call|email|visit|submit|try|go to|request|file|upload|reorder|withdraw|pay|contact|start|reach|use|request|apply|dispute)\b/,
  /\byou(?:'ll| will) need to (?:call|visit|contact|go|submit|send)\b/,
  /\bplease (?:call|visit|email|contact|start a new chat|go to|submit|use|reach out)\b/,
  // (round 22: "but their direct line is 555-0142, option 3")
  // (round 27: "The Repayments team can approve it over the phone on 0300 100 0607"; "but the tyre centre
  // they're taking you to is open until 8pm")
  /\b(?:call|dial)(?: us)?(?: at)? \(?\d|\b1-8\d\d\b|\b(?:line|number|hotline|helpline) is \+?\(?\d{3}|\bover the phone on \+?\(?\d|\bbut (?:the|our|your) [^.!?]{0,50}\b(?:is|are) open (?:until|till|today|now)\b/,
  /\bhttps?:\/\/|\b[\w-]+\.(?:com|io|gov|net|org)\b/,
  // "To cancel, open Settings > your name > Subscriptions": a menu path is a concrete path.
  /\w\s+>\s+\w|\b(?:open|go to|tap|click|select) (?:settings|the app|your account|my account)\b/,
  // Round 29: the way it can be done instead, nl "Dat kan via het klachtenformulier", de "Das geht über
  // das Kundenportal", "that can be done through the online form".
  /(?<!\p{L})(?:(?:dat|dit|het) kan (?:wel |u )?(?:via|op|met)|das (?:geht|können sie) (?:\p{L}+ )?(?:über|im|per|online)|(?:that|this|it) can be done (?:via|through|online|on|in|at))(?!\p{L})/u,
  /\b(?:needs to|has to|must) be done by you\b|\bhere are the (?:exact )?steps\b|\bwe will need to issue\b|\bwe(?:'ll| will) need to issue\b/,
];

/** "Please note we cannot discuss payments over chat" in a greeting: a notice, not a refusal. */
const NOTICE =
  /\b(?:please note|kindly note|note that|just so you know|be aware|(?:you are|you're) (?:now )?chatting with|welcome to)\b/;

/**
 * Round 27: the way named is no way, "You could try calling our main line at 1-800-555-0199, but
 * honestly they're gonna see the same thing I do".
 */
const NO_BETTER_THERE =
  /\bbut (?:honestly,? |really,? )?(?:they|he|she)(?:'re| are| will|'ll|'d| would)? (?:gonna |going to |probably |just )?(?:see|say|tell you|have|find|get) the same\b/;

const NEGATED_PATH =
  /\b(?:can't|cannot|can not|unable to|not able to|won't|don't|do not|no way to)\s+(?:\w+\s+)?(?:transfer|connect|escalate|refer|forward|pass|put|hand)\w*[^.,;!?]*/g;

/** All of INABILITY at once: most sentences match none (premature-close asks too, for every agent line). */
const ANY_INABILITY = anyOf(INABILITY);

function refusal(text: string): string | null {
  for (const s of sentences(normWords(text))) {
    if (!ANY_INABILITY.test(s)) continue;
    for (const re of INABILITY) {
      const m = re.exec(s);
      const rest = s.slice(m?.index ?? 0).slice(m?.[0].length ?? 0);
      if (m && (!BENIGN_AFTER.test(rest) || COORDINATED_ACT.test(rest))) return m[0];
    }
  }
  return null;
}

/** The refusal in this agent line when it offers no concrete path, or null. */
export function cantHelpIn(text: string): string | null {
  const hit = refusal(text);
  // "I can't transfer you to them" is the refusal, not a path.
  if (!hit) return null;
  const t = normWords(text);
  return NO_BETTER_THERE.test(t) || !some(PATH, t.replace(NEGATED_PATH, ' ')) ? hit : null;
}

// The cant-help analyser and premature-close (twice when the learned scorer adds offers) read the
// refusal in the same agent lines of the same pass; it is the costliest rule list there, so it is
// read once per line of a lines array. Lines are immutable by contract (readonly), as the offer
// tracker's memo assumes.
const REFUSALS = new WeakMap<readonly Line[], { n: number; value: (string | null | undefined)[] }>();

/** `cantHelpIn` for line `i` of `lines`, read once per lines array. */
export function cantHelpAt(lines: readonly Line[], i: number): string | null {
  const memo = perLines(REFUSALS, lines, () => new Array<string | null | undefined>(lines.length));
  let hit = memo[i];
  if (hit === undefined) {
    hit = cantHelpIn(lines[i]!.text);
    memo[i] = hit;
  }
  return hit;
}

/** `cant-help`: the agent cannot or will not help and offers no concrete path in the same message. */
export const cantHelp: Analyser = {
  id: 'cant-help',
  labels: ['cant-help'],
  analyse(lines) {
    const out: Finding[] = [];
    let customerSpoke = false;
    lines.forEach((line, i) => {
      if (line.role === 'customer') customerSpoke = true;
      if (!isAgentSide(line.role)) return;
      // Before the customer said anything, a notice in the greeting refuses nothing they asked. (A
      // bare refusal there still counts: the recording may have started mid-chat.)
      if (!customerSpoke && NOTICE.test(normWords(line.text))) return;
      const hit = cantHelpAt(lines, i);
      if (!hit) return;
      out.push({ i, label: 'cant-help', evidence: `"${hit}" — ${clip(line.text, 60)}` });
    });
    return out;
  },
};
