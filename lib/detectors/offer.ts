import { categoriesOf } from './offer-lexicon';
import { isScoredOffer } from './offer-score';
import { normWords, sentences, some } from './text';

/**
 * Round 9: money the customer is owed ("you're eligible for €250", "entitled to a full refund") is
 * compensation, though "eligible" also starts pitches ("eligible for our Gold tier").
 */
const ENTITLED =
  /\b(?:eligible|entitled) (?:for|to) (?:a |an )?(?:full |partial )?(?:refund|compensation|reimbursement|[$€£]\s?\d[\d,.]*(?!\s*(?:off|discount|a month|per|each|\/)))/;
/**
 * Round 9: a lower price for what was just pitched ("I can do it for £69 today as a goodwill
 * gesture") is the offer again, whatever goodwill it claims.
 */
const COUNTER_PRICE =
  /\b(?:i|we) (?:can|could) (?:do|let you have|give you) (?:it|that|this|the \w+)(?: \w+){0,2} for (?:just |only )?[$€£]\s?\d/;
/** "You could get / switch / add…": a proposal, but a weak one for "get" (see WEAK_PROPOSAL). */
// (round 30: "You could book our Fast Track appointment for £178 instead")
const YOU_CAN =
  /\byou (?:could|can|may) (?:also |easily |even )?(?:get|upgrade|switch|move|add|join|save|raise|bump|extend|lock in|go|book)\b/;
/** An amount of money: "$30", "£4.99", "59 €", "120 euros". */
const MONEY = String.raw`(?:[$€£]\s?\d[\d,.]*|\d[\d,.]*\s?(?:€|\$|eur\b|euros?\b|dollars?\b))`;
/** A better deal in exchange for a commitment, either way round. */
const COMMITMENT = new RegExp(
  String.raw`\bif you (?:switch|upgrade|move|change) (?:over )?to\b[^.?!]*\b(?:it's|it is|that's|that is|it'd be|it would be|you(?:'d| would)? pay)(?: only| just)? ${MONEY}|\bif you (?:renew|sign up|sign on|sign|commit|stay|extend|lock in|agree|switch|move|upgrade|prepay|pay (?:annually|yearly|upfront|for the year))\b[^.?!]*\b(?:(?:we|i) (?:can|could|would|will|'ll)|(?:it|that) (?:works out|comes out|would be|saves)|cheaper|save|off)\b|\b(?:we|i) (?:can|could|would) (?:[^.?!]|\.\d)*\bif you (?:renew|sign up|sign on|sign|commit|stay|extend|lock in|agree|switch|move|upgrade|prepay|reactivate|resubscribe|rejoin|restart|resume)\b|\bif you (?:sign|commit to|agree to) (?:a )?(?:new )?\d+[- ](?:month|year) (?:agreement|contract|term|plan)\b|\bsi vous (?:réservez|prenez|ajoutez|souscrivez|renouvelez|vous engagez) [^.?!]*\b(?:je vous fais|nous vous faisons|je (?:peux|pourrais) vous (?:faire|offrir)|(?:vous )?(?:économisez|bénéficiez))\b|(?<!\p{L})(?:se (?:você|voce) (?:migrar|mudar|passar|assinar|renovar|trocar)|si (?:l[oa]s? )?(?:te pasas|se pasa|cambias|cambia|contratas|contrata|renuevas|renueva)|beim wechsel (?:in|zu|auf)|wenn sie (?:jetzt |gleich |heute )?(?:in|zu|auf) [^.?!]* wechseln|als (?:u|je|jij) (?:[\p{L}\d]+ ){0,6}(?:verlengt|overstapt|kiest|afsluit)),? (?:[^.?!]|\.(?=\p{L}|\s?\d))*(?<!\p{L})(?:ganha|economiza|paga menos|ahorras|ahorra|te sale|le sale|(?:te|se) l[oa] dejo|te queda|le queda|sparen sie|spart ihr|sparst du|\p{L}*korting|bespaart|goedkoper)(?!\p{L})`,
  'u',
);
/**
 * Round 31: a price or discount tied to a deadline ("un'offerta valida solo questo mese", "offer valid
 * until Friday"), and it "portando da noi anche la luce avrebbe uno sconto": a pitch without a question.
 */
const LIMITED_OFFER =
  /\b(?:offer|deal|promo\w*|price) (?:is )?(?:only )?(?:valid|available|good) (?:only )?(?:until|till|through|this|today|for today)\b|(?<!\p{L})(?:(?:offerta|oferta|offre|angebot|aanbieding|promoção|promoción)(?: \p{L}+)? (?:valida|válida|valable|gilt|geldig)|(?:portando|passando) (?:da|a|con) noi)(?!\p{L})/u;
/** Round 26: "did you know" in en, fr, es, pt, de, it, nl (round 34: an adverb between, "Wist u trouwens dat…"). */
const DID_YOU_KNOW =
  /\bdid you know\b|(?<!\p{L})(?:saviez-vous|savez-vous que|sabías que|sabía que|sabia que|wussten sie|wusstest du|sapevi che|sapeva che|wist (?:u|je) (?:trouwens |eigenlijk |al )?dat)(?!\p{L})/u;
/**
 * Round 39: a paid option put as what it buys, with no question ("For £25 you can choose a 2-hour
 * timed slot instead", "We do have a priority emergency slot today…, that's an extra £65 call-out
 * fee", "it's only £39 extra per move" but not "it's $22 more per month", a price told; it "Con il
 * servizio Intervento Prioritario a 39 € possiamo mandare un tecnico domani", and fr, de, es, pt, nl).
 */
const PAID_OPTION = new RegExp(
  String.raw`\bfor (?:just |only |an extra |another )?${MONEY}(?: extra| more)?,? (?:you|we|i) (?:can|could) (?:also )?(?:choose|pick|get|have|add|book|reserve|upgrade|switch|send|bring|jump|skip)\b|\b(?:we|i) (?:also )?(?:do )?have (?:a|an|our)\b[^.?!]*\b(?:an? )?(?:extra|additional) ${MONEY}|\b(?:it's|it is|that's|that is) (?:only|just) ${MONEY} (?:extra|more)\b|(?<!\p{L})(?:con (?:il|la|el|lo|o|a) |com (?:o|a) |avec (?:le|la|l') ?|mit (?:dem|der|unserem|unserer) |met (?:de|het|onze) )[\p{L}\d' -]{1,40}? (?:a|à|por|por apenas|für|pour|voor) ${MONEY},? (?:possiamo|podemos|pouvons|nous pouvons|können wir|kunnen we)(?!\p{L})`,
  'u',
);
/** A sentence putting something to the customer. */
const PROPOSAL = [
  /\b(?:would|do) you (?:also |perhaps |maybe )?(?:like|want|wanna|be interested|care)\b/,
  /\b(?:are|were) you (?:also )?interested\b|\binterested\?|\binterested in (?:adding|upgrading|switching|trying|joining|hearing)\b|\bany interest\b|\bwould (?:that|this|it) (?:work|suit|interest)\b/,
  // (round 20: "we want to make this right for you" proposes nothing)
  // (round 24: terse, "While it's in, want a full CLA added? €60")
  /\bwant (?:me |us )to\b|(?<!\b(?:i|we|they|i just|we just|we really|i really) )\bwant to\b|(?:^|[,;:]\s*)want (?:a|an|some|one|the|it|that|them)\b[^.?!]{0,60}\?|\bcare to (?:add|try|upgrade|join)\b|\bready to (?:upgrade|switch|join|try|start)\b/,
  /\b(?:shall|should) (?:i|we)\b/,
  /\b(?:can|may) (?:i|we) (?:offer|add|sign|upgrade|set|enroll|interest|get you|suggest|recommend|put you (?:on|in) (?:the|our))\b/,
  /\b(?:would|are) you (?:be )?open to\b|\bfancy (?:adding|upgrading|trying|switching|a|an|the|our)\b/,
  /\bhow about\b|\bwhat about (?:adding|upgrading|switching)\b|\bwhy not (?:add|try|upgrade|switch)\b|(?<!\p{L})que tal (?:(?:já|ya|logo|então) )?(?:o|a|os|as|el|la|los|las|um|uma|un|una|nuestro|nuestra|nosso|nossa|\p{L}+(?:ar|er|ir)(?= (?:com|con|no|na|en|el|la|o|a|para|por|\d))) /u,
  /\bhave you (?:considered|thought about)\b|\bwould you (?:consider|think about)\b|\bconsider (?:adding|upgrading|switching|our)\b|\bworth (?:considering|adding|upgrading|it|look(?:ing|in'?) at)\b/,
  // (round 30: "you might consider Guardian+, our premium membership")
  /\byou (?:might|may) (?:also )?(?:like|want|enjoy|be interested|consider|wish to consider)\b/,
  YOU_CAN,
  /\bif you(?:'d| would)? (?:like|want|prefer),? (?:i|we) (?:can|could)\b|\blet me know if you(?:'d| would)? (?:like|want)\b/,
  // (round 26: fr "saviez-vous qu'avec l'adhésion Duo à 95 € par an…", and the same in es, pt, de, it, nl)
  DID_YOU_KNOW,
  LIMITED_OFFER,
  // Round 20: "Then maybe our kitchen packing service?"
  /^(?:then |or |so )?(?:maybe|perhaps) (?:our|the|a|an) [^.?!]*\?/,
  // Round 11: "Might I also mention that Courtesy Car Plus can be added for £24?"
  /\b(?:might|may|can|could) i (?:also |just )?(?:mention|suggest|recommend|point out)\b/,
  // (round 25: terse, "Try Pages Unlimited free for 30 days. … Start trial?")
  /\btry it\b|^try [^.?!]{0,40}?\bfree\b|^start (?:a |the |your )?(?:free )?trial\?/,
  // Round 13: "you could try Sparkd Gold free for 7 days": a trial put to the customer.
  /\byou (?:could|can|may|might) (?:also |even )?try (?:[^.?!]{0,40}?\b)?(?:free|a free trial|trial)\b/,
  /\b(?:i|we) (?:can|could) (?:also |even )?(?:offer|match|upgrade|add|move you|switch you|bump|get you|enroll|sign you up|set you up|put you (?:on|in) (?:the|our)|extend|lock in|include|throw in|open (?:it|one|that|an?|the) )/,
  // A price or perk bought with a commitment: "if you renew for two years we can take 10% off",
  // "we could drop your fee if you sign up for another 12 months", "if you switch it works out cheaper".
  COMMITMENT,
  /\b(?:i|we)(?:'d| would) (?:also )?(?:recommend|suggest) (?:adding|upgrading|switching|our|the|a)\b|\b(?:i|we) (?:recommend|suggest) (?:adding|upgrading|switching|our)\b/,
  /\b(?:i|we)(?:'d| would) (?:be happy|love) to (?:add|upgrade|set you up|sign you up|enroll|switch)\b/,
  COUNTER_PRICE,
  // Round 10: "What I can do is add our 4G Backup Hub for £5 a month".
  /\bwhat (?:i|we) can do is (?:offer|add|upgrade|move|switch|set you up|sign you up|put you on|give you)\b/,
  // Round 10: "¿Te lo activo?", "¿Se lo agrego?".
  /(?<!\p{L})(?:te|se|le) l[oa] (?:activo|agrego|añado|incluyo|contrato|sumo)(?!\p{L})/u,
  // Round 17: it "te lo attivo?", "potresti aggiungere il pacchetto…"; fr "si vous réservez aussi…, je vous fais -10 %".
  /(?<!\p{L})(?:te l[oa] (?:attivo|aggiungo)|glie?l[oa] (?:attivo|aggiungo)|potrebbe?(?:ro)? (?:anche )?(?:aggiungere|attivare|passare a)|si vous (?:réservez|prenez|ajoutez|souscrivez) (?:aussi|également))(?!\p{L})/u,
  // (round 28: fr "je vous conseille notre assurance annulation Sérénité à 9 € par séjour"; round 34: es "te recomiendo
  // la cobertura a todo riesgo …, 14 € al día", nl "Mag ik u nog wijzen op onze doorlopende reisverzekering?")
  // Round 18: fr "Je vous l'ajoute ?", es "le recomiendo añadir… ¿Desea añadirla?", pt "recomendo
  // ativar", de "ich empfehle Ihnen, … dazuzubuchen", it "le consiglio di aggiungere".
  /(?<!\p{L})(?:je vous l'(?:ajoute|active|inclus|rajoute)|je vous (?:le|la|les) (?:mets|ajoute|active|rajoute)|(?:le|te|les) recomiendo (?:añadir|agregar|contratar|activar|pasar|cambiar|el|la|los|las|nuestro|nuestra)|mag ik (?:u|je) (?:nog |ook )?(?:wijzen op|attenderen op)|desea (?:añadir|agregar|contratar|activar)\p{L}*|(?:eu )?(?:lhe |te )?recomendo (?:adicionar|ativar|contratar|incluir|mudar para|passar para)|darf ich (?:sie|dich) (?:umstellen|upgraden|hochstufen|anmelden)|posso fazer a (?:troca|mudança|migração|alteração)|je vous (?:recommande|conseille) (?:d'ajouter|de passer|de souscrire|d'activer|l'option|la formule|notre|nos)|ich empfehle (?:ihnen|dir)(?: \p{L}+){0,4} (?:dazu(?:zu)?buchen|hinzuzufügen|zu wechseln|upzugraden)|(?:le|ti) consiglio di (?:aggiungere|attivare|passare))(?!\p{L})/u,
  /\byou(?:'re| are) (?:eligible|pre-?approved|qualified)\b|\byou (?:may |might )?qualify\b|\bqualifies for\b/,
  /\b(?:we(?:'re| are)? (?:have|running|offering)|there(?:'s| is)) (?:a |an |our )?(?:\w+ ){0,3}(?:promo\w*|special offer|deal|special)\b/,
  /^(?:upgrade|switch|join|subscribe|sign up|start your|grab|claim|unlock|lock in) /,
  // Round 27: "While you wait, add a tempered glass screen protector to your next order for just £4.99".
  /(?:^|,\s*)(?:add|grab|get) (?:a|an|the|our|some) [^.?!]{0,60}\bfor (?:just |only )?[$€£]\s?\d/,
  /\banbieten\b|\binteresse\?|\bte interesa|\bte puedo ofrecer|\bje peux vous proposer|\bvous int[ée]resse/,
  // es, fr, de, pt, it, nl: "¿quiere que se lo active?", "je peux ajouter…", "soll ich es mitbestellen?", "quer que eu ative?"
  // (round 22: es clitics "puedo añadirles", "quizá le interese", "¿le interesaría…?", fr "ça vous
  // intéresserait ?", it "hai pensato al pacchetto…?" and a formal "può attivare … con il 15% di sconto"
  // (the discount or price tells it from "il tecnico può attivare la linea"))
  // (round 20: pt "Quer ativar já…?", it "ti interessa il Pass…?", "se vuoi c'è anche…", nl "Wel kan ik de
  // opslagverzekering nu voor u toevoegen"; round 32: it "posso riservarle un posto … a 25 €. Lo desidera?",
  // "Ti consiglio anche il certificato SSL Premium a 29 €/anno. Lo aggiungo?", pt "que tal já migrar para…")
  /(?<!\p{L})(?:(?:le|te) gustar[ií]a|(?:quer|queres|quieres|quiere|vuoi|vuole) (?:activar|ativar|añadir|adicionar|acrescentar|agregar|contratar|probar|experimentar|aproveitar|incluir|assinar|attivare|aggiungere|provare)|ti interessa(?:no)?|se vuoi|se vuole|se lo desidera|se preferisci|si quieres|si prefieres|se quiser|si vous voulez|wenn sie (?:möchten|wollen)|als u (?:wilt|wil)|kan ik (?:\p{L}+ ){0,5}(?:toevoegen|afsluiten|activeren|aanbieden)|(?:wil je|wilt u) (?:\p{L}+ ){0,3}(?:overstappen|upgraden)|quer que (?:eu )?(?:lhe |te )?(?:acrescente|adicione|ative|inclua|junte)|quiere que|quieres que|bora (?:assinar|ativar|contratar|aproveitar|garantir)|desea que|deseas que|veux-tu|tu veux que|voudrais-tu|(?:le|les|te|ti|vi) propongo|(?:le|ti|vi) proponiamo|je (?:vous|te) propose|(?:lhe|te) proponho|(?:vuole|vuoi) (?:attivar|aggiunger|provar|passar)(?:l[oaie]|gliel[oaie])|(?:le|te|les) interes(?:a|e|ar[ií]a)n?|(?:puedo|podemos) (?:añadir|agregar|incluir|ofrecer|activar|cambiar)(?:les?|tel?[oa]?s?|se)?|je (?:peux|pourrais) (?:aussi |également )?(?:vous )?(?:ajouter|proposer|activer|inclure|souscrire)|souhaitez-vous|voulez-vous|ça vous (?:intéresse|intéresserait|tente|tenterait)|soll ich|sollen wir|möchten sie|hätten sie interesse|darf ich ihnen|kann ich ihnen (?:\p{L}+ )?anbieten|quer que eu|gostaria de (?:adicionar|ativar|incluir|contratar)|(?:posso|podemos) (?:incluir|adicionar|ativar|oferecer|colocar)|tem interesse|vuole che|le interessa|posso (?:aggiungere|attivare|offrirle)|(?:posso|possiamo) (?:riservar|prenotar|aggiunger|attivar)(?:le|ti|vi|gliel[oa])|(?:l[oa]|li|le) (?:desidera|desideri|aggiungo|attivo)(?=\s*\?)|(?:le|ti) consiglio (?:anche )?(?:il|la|lo|l'|i|gli|un|una|uno)(?= )|wilt u|zal ik|vuoi che (?:te |ti )?(?:l[oa] )?\p{L}+|puoi (?:aggiungere|attivare|passare)|può (?:aggiungere|attivare|passare)(?=[^.?!]*(?:\d ?%|sconto|€|\d euro))|ha(?:i)? pensato (?:a|al|alla|allo|ai|agli|all'\p{L}+)|(?:ha|has) pensado en|avez-vous pensé à|já pensou em|si te cambias (?:al|a la|a) (?:plan|tarifa|modalidad)|si te pasas (?:al|a la) (?:plan|tarifa))(?!\p{L})/u,
];
/** Something that costs money or commits the customer. */
const CHARGE = [
  /[$€£]\s?\d[\d,.]*(?!\s*(?:off|credit|back|discount|voucher|refund))\b/,
  // (round 22: the sign after the amount, "pour 89 $")
  // (round 23: "2,900 pesos", and a yearly or monthly fee named: "la anualidad es de…")
  // (round 25: Swiss "2'900 francs")
  /\b\d[\d,.']*\s?(?:€|\$|eur\b|euros?\b|dollars?\b|bucks\b|pesos\b|reais\b|francos\b|francs?\b|chf\b|libras\b|rupees\b)(?!\s*(?:off|credit|back))/,
  /(?<!\p{L})(?:anualidad|mensualidad|cuota (?:anual|mensual)|mensalidade|anuidade|cotisation (?:annuelle|mensuelle)|jahresgebühr|monatsgebühr|canone (?:annuo|mensile))(?!\p{L})/u,
  /\bper (?:month|year|night|order|user|stay|day|week|line|device|seat|person|bag)\b|\/(?:mo|month|yr|year|night|user|day|wk|seat)\b|\ba (?:month|year|day|week)\b|\b(?:monthly|weekly|daily)\b|\bim monat\b/,
  // (round 22: "à septante-cinq euros la nuit")
  /(?<!\p{L})(?:(?:euros?|dollars?|francs?) (?:la nuit|le mois|l'an|la semaine|par personne)|par (?:mois|an|jour|nuit)|por (?:mes|año|día|dia|mês|ano|noite|noche)|al (?:mes|año|día)|ao (?:mês|ano|dia)|pro (?:monat|jahr|tag|nacht)|monatlich|al mese|per (?:maand|jaar|dag))(?!\p{L})/u,
  /\bfree for \d+|\bfree trial\b|\b(?:first|1st) (?:month|\d+ (?:days|weeks|months)) (?:is )?free\b|\bthen \$|\bafter the (?:free )?trial\b|\bbilled (?:annually|yearly|monthly)\b|\bauto-?renew/,
  /\b\d+[- ]month (?:agreement|contract|commitment|installment|term)|\b(?:sign|new) (?:a )?(?:\d+[- ]month )?(?:agreement|contract)\b|\bverlängern\b/,
];
const SALES_VERB =
  /\b(?:add|adding|bundle|bundling|upgrade|upgrading|switch|join|sign (?:you |me )?up|sign a|enroll|subscribe|try|bump|renew|extend|book|start (?:a|your|the|an)|include|activate|enable|lock in|buy|purchase|top up)\b|(?<!\p{L})(?:activar|añadir|agregar|contratar|suscribir\p{L}*|ativar|adicionar|assinar|contratar|activer|ajouter|souscrire|aktivieren|hinzufügen|dazubuchen|abonnieren|toevoegen|afsluiten|activeren|overstappen|acrescent\p{L}*|attivare|aggiungere|solicitar\p{L}*|beantragen|aanvragen)(?!\p{L})/u;
const SALES_NOUN =
  /\b(?:plan|add-on|addon|protection|coverage|insurance|warranty|subscription|membership|trial|bundle|package|tier|rider|loan|credit card|rewards card|premium|monitoring|program|rewards|pass|pack|priority support|support plan|hotspot|lounge|suite|legroom|priority boarding|autoship|promo\w*|special offer|deal|\w*saver|savings account|price (?:guarantee|lock)|preisgarantie|garantie de prix|garantía de precio)\b|(?<!\p{L})(?:pacchetto|abbonamento|paquete|pacote|forfait|abonnement|pakket|\p{L}*tarif(?:a|e|f|fa)?|\p{L}*tarief)(?!\p{L})|\b(?:a|an|the) quote\b|(?<!\p{L})(?:offerte|devis|presupuesto|orçamento|preventivo)(?!\p{L})/u;
/** Round 22: "as you were asking about the Fixed Saver earlier, I can open that": what the customer asked for. */
export const ASKED_EARLIER =
  /\b(?:as|since) you (?:were |had )?(?:ask(?:ed|ing)|enquir(?:ed|ing)|inquir(?:ed|ing)) about\b/;
/** Remedies are not sales: refunds, credits, waived fees (round 21: a free upgrade, a make-up session). */
// (round 28: "Would you like to start a return?", a return or exchange is no sale)
const REMEDY =
  /\b(?:start|open|begin|process) (?:a|an|the) (?:return|exchange)\b|\b(?:refund|refunded|credited|waive|waived|reimburs\w*|compensat\w*|voucher|courtesy|goodwill|on the house|apolog\w*|for the (?:trouble|inconvenience))\b|\b(?:a|an|the|courtesy|loyalty|one-time|store|account|service) credit\b|[$€£][\d.,]+ credit\b|\bcredit (?:you|your account|of [$€£])|\b(?:free|complimentary) upgrade\b|\bmake-?up (?:session|class|lesson)s?\b/;
/** Relief from a payment is a remedy too: "so you won't owe the $412", a forbearance, a deferral. */
// (round 31: spreading what is owed, "I can set up an interest-free plan for the $340")
const RELIEF =
  /\bwon't (?:owe|have to pay|be (?:charged|billed))\b|\b(?:forbearance|deferment|deferral|defer|payment (?:holiday|break|pause))\b|\b(?:interest-free |no-interest |0% )?(?:payment |repayment |instal?lment )?plan for (?:the|your) (?:[$€£]\s?\d|balance|bill|amount|debt|remaining)/;
/** Relief from a payment, which the learned scorer's offers are not either (round 31). */
export const offersRelief = (t: string): boolean => RELIEF.test(t);
/** The same remedies in es, fr, de, pt ("¿quiere que le reembolse…?"; round 33: de "Reisegutschein", nl "tegoedbon"). */
const REMEDY_OTHER =
  /(?<!\p{L})(?:reembols\p{L}*|rembours\p{L}*|erstatt\p{L}*|gutschrift\p{L}*|gutschreiben|estorn\p{L}*|devolv\p{L}*|indemni\p{L}*|avoir|abono|bonifica\p{L}*|geste commercial|kulanz|\p{L}*gutschein\p{L}*|\p{L}*tegoedbon\p{L}*)(?!\p{L})/u;
/** A remedy already given in the sentence before. */
const REMEDY_DONE =
  /\b(?:i|we)(?:'ve| have)? (?:just )?(?:added|applied|issued|posted|put) (?:a |an |the )?(?:[$€£][\d.,]+ )?(?:\w+ )?(?:credit|refund)\b|\b(?:refunded|credited|waived)\b/;
/** Fixes are not sales either, unless charged for and pitched unprompted ("we noticed the filter is dirty"). */
const FIX = /\b(?:replacement|replace|reship|repair|exchange|return label)\b/;
/** A product that covers future repairs is not a fix: "cover for £3.50 a month, which would cover the repair next time". */
const COVERED_FIX =
  /\bcover(?:s|ing|ed)? (?:the |any |your |future )?(?:cost of )?(?:\w+ )?(?:repairs?|replacements?)\b|\b(?:repairs?|replacements?) (?:next time|in (?:the )?future)\b|\b(?:during|for) (?:any|every|future) (?:repairs?|replacements?)\b/g;
const isFix = (s: string) => FIX.test(s.replace(COVERED_FIX, ' '));
const UNPROMPTED =
  /\b(?:we|i) (?:also )?(?:noticed|see|saw|found)\b|\bwhile (?:it's|its|it is|we're|you're|i have you|i've got you|i got you|we have)\b|\bby the way\b|\bbtw\b|\balso\b/;
/**
 * Holds and verification are never sales ("can I put you on a brief hold while I add notes?"), nor
 * paperwork ("so I can add a note") or reaching a person ("do you want to speak to an agent?").
 */
// (round 24: "Your code works again, please try it." asks the customer to test the fix)
const NOT_A_SALE =
  /\bplease try (?:it|that|again|it again|now)\b(?![^.?!]*\b(?:free|trial|for \d))|\b(?:submit|upload|send (?:us|in)|provide|update|enter|give us) (?:a|an|your|the|us (?:a|your|the)) (?:(?:new|current|latest|updated) )?(?:meter )?(?:reading|photo|picture|document|details|card|payment method|address|receipt)s?\b|\b(?:on (?:a )?(?:\w+ )?hold|hold (?:on|the line|for (?:a|one|just)|please|while)|hold\?)|\bverif\w*|\bconfirm (?:your|the)\b|\badd (?:a |an |the |some )?(?:notes?|comments?|remarks?)\b|\b(?:speak|talk|chat) (?:to|with) (?:an?|the|our|one of our|someone|somebody)\b|\b(?:transfer|connect) you\b|\bso (?:that )?(?:i|we) can\b|\bwhat (?:would|do) you (?:like|want) (?:me )?to do\b|\b(?:explain|walk you through|go through|look into|investigate)\b/;
/** Round 28: cancelling as what the product allows ("add FlexCover for €9 and cancel for any reason") sells. */
const CANCEL_FEATURE = /\b(?:and )?cancel (?:for any reason|any ?time|at any time)\b|\bfree cancell?ation\b/g;
/** The remedy or cancellation the offer is an alternative to: "before I refund it — we could…". */
const RETENTION_FRAME =
  /\b(?:before|instead of) (?:i |we |you )?(?:\w+ ){0,2}(?:it|that|this|the \w+|your \w+|go|leave|cancel\w*|refund\w*)\b/g;
/** "You'd need the Family plan for that": answering what the customer asked to do. */
const NEED_FRAME =
  /\byou(?:'d| would|'ll| will)? (?:need|require) (?:[\w-]+ ){1,4}(?:for (?:that|this|it)|to do (?:that|this))\b/;
/** A reduction as the act proposed: "shall I cancel it?", "I can pause your plan". */
const REDUCTION_ACT =
  /\b(?:to|can|could|shall|should|will|'ll) (?:i |we |you )?(?:\w+ )?(?:remove|cancel|drop|downgrade|lower|reduce|pause|freeze)\b/;
/**
 * Round 31: moving to another named product at a price is a switch, even when it is cheaper ("did you
 * know you can drop to our Essentials cover for just £4.49 a month"), not a reduction.
 */
const SWITCH_DOWN = /\b(?:drop|downgrade|move|switch)(?: you)?(?: down)? to (?:our|the|a) [\w-]+/;
/** Proposals to take something away are never sales. */
const REDUCTION =
  /\b(?:remove|removing|cancel|cancelling|canceling|drop|downgrade|downgrading|lower|reduce|pause|freeze)\b/;
/** "You can get a cashier's check…": weak lead-ins need a product word, a price alone is not enough. */
const WEAK_PROPOSAL = /\byou (?:could|can|may) (?:also |easily |even )?(?:get|go)\b/;
/** What turns a bare "you can…" into a pitch. */
const PITCH =
  /\bsave\b|\d+ ?%|\bcheaper\b|\bdiscount\b|\bif you(?:'d| would)? (?:like|want|prefer)\b|\bfree\b/;
// (round 29: the same in es, fr, pt, de, it, nl, "puedo cambiarle el billete sin coste"; not an intro
// period, "sin costo el primer año")
// (round 33: a free visit to look at the problem, "I can book a free leak check")
const FREE_ONLY =
  /\b(?:it's|it is|is|are) (?:completely |totally )?free\b|\b(?:a|an) free (?:[\w-]+ ){0,2}(?:check|inspection|visit|assessment|survey|consultation|call-?out|diagnostic|repair|replacement)\b|\bfree to (?:enroll|join|sign up)\b|\bno (?:extra |additional )?(?:cost|charge)\b|\bat no cost\b|(?<!\p{L})(?:sin (?:ning[uú]n )?(?:coste|costo|cargo)(?: adicional)?|sans (?:frais|co[uû]t)|sem (?:nenhum )?(?:custo|cobrança)|kostenlos|ohne (?:aufpreis|zusatzkosten)|senza (?:costi|spese)|kosteloos|zonder (?:extra )?kosten)(?!\p{L})(?!(?:\s+\p{L}+){0,2}\s+(?:primer|primeir|premi|prim|erst|eerst)\p{L}*)/u;

/** Round 29: a percentage off in the proposal itself ("le propongo la burrata, 10% di sconto sul primo ordine"). */
const PERCENT_OFF =
  /\d+ ?%[^.?!]{0,15}(?<!\p{L})(?:off|discount|descuento|desconto|sconto|rabatt|réduction|remise|korting)(?!\p{L})|(?<!\p{L})(?:discount|descuento|desconto|sconto|rabatt|réduction|remise|korting) (?:of |de |di |del |do |da |du |von |van )?\d+ ?%/u;

const PRODUCT_GIVES =
  /\bwith (?:the |our |a |an )?[\w-]+(?: [\w-]+){0,3},? you(?:'d| would| could|'ll| will)? (?:also )?(?:earn|get|save|enjoy|receive)\b/;

/** A proposal of this many words or fewer ending in "?" takes its product from the sentences before. */
const SHORT_PROPOSAL_WORDS = 5;

const isCharge = (s: string) => CHARGE.some((re) => re.test(s));
const namesProduct = (s: string) => SALES_NOUN.test(s) || isCharge(s) || categoriesOf(s).size > 0;
/** Round 19: a fee waived for a product's first year is its intro price, not a remedy given. */
const INTRO_WAIVER = /\bwaived (?:for )?(?:the |your )?first (?:year|month|\d+ (?:months|years))\b/g;
/** Round 19: a visit or delivery slot to book is scheduling what is owed, not a product. */
const SCHEDULING =
  /\b(?:earliest|next|available|first|delivery|time|visit|collection) (?:slots?|windows?)\b|\bslots? (?:is|are|on|at|available)\b/;

/** The sentence that makes this agent line an upsell offer, or null. `asked`: customer asked for it. */
export function offerSentence(
  text: string,
  asked: (offer: string, message: string) => boolean,
): string | null {
  const t = normWords(text);
  const charged = isCharge(t);
  if ((!charged && FREE_ONLY.test(t)) || NEED_FRAME.test(t) || ASKED_EARLIER.test(t)) return null;
  const ss = sentences(t);
  for (const [k, s] of ss.entries()) {
    // A bare proposal ("Fancy joining?", "Quer incluir?") points back at the whole pitch before it.
    const bare = s.split(' ').length <= SHORT_PROPOSAL_WORDS && s.endsWith('?');
    const window = bare ? ss.slice(0, k + 1).join(' ') : `${ss[k - 1] ?? ''} ${s}`;
    // The price may follow the pitch ("Can I tempt you with a lounge pass? It's £24 each").
    const scored = isScoredOffer(s, `${window} ${ss[k + 1] ?? ''}`);
    if (!(scored || some(PROPOSAL, s) || PAID_OPTION.test(s)) || NOT_A_SALE.test(s)) continue;
    // Round 19: "The earliest slot is Saturday 21 June, 2pm–6pm. Shall I book that for you?"
    if (SCHEDULING.test(window) && !isCharge(s)) continue;
    const framed = s.replace(RETENTION_FRAME, ' ').replace(CANCEL_FEATURE, ' ');
    // A lower price bought with a longer term is a sale, not a reduction ("drop your fee if you renew").
    // The scored rule only counts a reduction that is the act proposed ("want me to pause it?"), not
    // one named as a date ("pencil you in for when the freeze ends").
    const reduces = scored ? REDUCTION_ACT.test(framed) : REDUCTION.test(framed);
    // A bare "would you like anything else?" after "I've added a $15 credit" leans on a remedy.
    const before = ss[k - 1] ?? '';
    const remedy =
      // (round 31: "As a one-time courtesy I can offer a 40% discount … if you reactivate your plan")
      (!COUNTER_PRICE.test(s) && !COMMITMENT.test(s) && REMEDY.test(framed)) ||
      // Round 19: "…apply a one-time courtesy credit of $40.00. Would you like me to do that?"
      (!namesProduct(s) && REMEDY.test(before.replace(INTRO_WAIVER, ' ')) && !SALES_NOUN.test(before)) ||
      ENTITLED.test(framed) ||
      REMEDY_OTHER.test(framed) ||
      RELIEF.test(window) ||
      (scored && REMEDY_DONE.test(window.replace(INTRO_WAIVER, ' '))) ||
      (bare && (REMEDY.test(window) || (REDUCTION_ACT.test(window) && !COMMITMENT.test(window))));
    if (remedy || (reduces && !COMMITMENT.test(s) && !(SWITCH_DOWN.test(framed) && isCharge(s)))) continue;
    const named0 = namesProduct(s) ? s : window;
    if (scored && !(isFix(named0) && !UNPROMPTED.test(named0))) {
      if (asked(named0, t)) return null;
      return s;
    }
    const product = SALES_VERB.test(s) || SALES_NOUN.test(s) || COMMITMENT.test(s);
    const onlyYouCan = !PROPOSAL.some((re) => re !== YOU_CAN && re.test(s));
    const weak = WEAK_PROPOSAL.test(s) && onlyYouCan;
    if (weak && !product) continue;
    // "She'd need her own account, or you can add her": an option named in an answer, with no price
    // and no pitch (a saving, "if you like"), informs; "you can switch and save 15%" sells.
    if (onlyYouCan && !isCharge(s) && !PITCH.test(s)) continue;
    // Round 11: what the product gives, said just before ("with the AuroraPlus Visa you'd earn 2
    // points per dollar. Want me to send you the application link?").
    const pitchedBefore = PRODUCT_GIVES.test(ss[k - 1] ?? '');
    // (round 27: "¿Sabías que con la Visa Oro tenés … 10% de descuento en combustible?", a saving put as news)
    // (round 29: a percentage off put in a proposal, "le propongo …, 10% di sconto")
    const specific =
      product ||
      isCharge(s) ||
      pitchedBefore ||
      (DID_YOU_KNOW.test(s) && PITCH.test(s)) ||
      (!onlyYouCan && PERCENT_OFF.test(window));
    // "Would you like me to proceed?" is only a sale if the rest of the message sells (and fixes nothing).
    if (!specific && !(charged && !REMEDY.test(t))) continue;
    // "Do you want me to order it?" names nothing: the product is in the sentence before.
    const selfContained = namesProduct(s);
    const named = selfContained ? s : `${ss[k - 1] ?? ''} ${s}`;
    if (isFix(named) && !(isCharge(named) && UNPROMPTED.test(named))) continue;
    if (asked(named, t)) return null;
    return s;
  }
  return null;
}

/**
 * Round 19: the price said again, made small or tied to taking it now ("It's $49.99 if you add it
 * today", "Only $39.99."), after the customer hesitated: the open offer pitched again.
 */
const REPITCH =
  /\b(?:only|just) [$€£]\s?\d|[$€£]\s?\d[\d,.]* if you (?:add|get|take|buy|file|do|sign|join|book|upgrade)\b|\bif you (?:add|get|take|buy|file|sign up|join|upgrade)(?: it| that| this)?(?: with us)? (?:today|now)\b/;

/** The sentence of an agent line that pitches an open offer again, or null. */
export function repitchSentence(text: string): string | null {
  for (const s of sentences(normWords(text))) if (REPITCH.test(s) && isCharge(s) && !REMEDY.test(s)) return s;
  return null;
}
