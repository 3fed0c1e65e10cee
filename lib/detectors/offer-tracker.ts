import { ASKED_EARLIER, offerSentence, offersRelief, repitchSentence } from './offer';
import { categoriesOf, contentStems, PURCHASE_INTENT, productCore } from './offer-lexicon';
import { BUT_WORDS, isAgentSide, normWords, perLines, sameAgent, some, tokens } from './text';
import type { Line } from './types';

/** Unsure of the offer: a decline, unless the customer goes on to ask about it (`UNSURE_ASKING`). */
// (round 35: it "mah, non saprei... c'è un vincolo?", and nl)
const UNSURE = String.raw`\b(?:not sure|unsure)\b|(?<!\p{L})(?:no sé|não sei|pas sûre?|weiß (?:noch )?nicht|non (?:lo )?so|non saprei|weet (?:het )?niet)(?!\p{L})`;
/**
 * Declines; benign "no" phrases are blanked first ("no problem, go ahead" accepts). Round 27: "not really in
 * the mood tbh"; round 28: "Merci, mais ce ne sera pas nécessaire" (and es, pt, de, it, nl).
 */
const DECLINE = new RegExp(
  String.raw`^\W*pass\b|\b(?:absolutely|definitely|certainly|of course) not\b|\bno way\b|${UNSURE}|\b(?:no|nope|nah|naw|not (?:right )?now|not today|not at this time|not this time|not interested|i'm (?:good|ok|okay|fine|all set)|we're (?:fine|good|ok)|maybe later|later|think about it|let me think|i'll think|don'?t (?:need|want)|do not (?:need|want)|(?:i'll|i will|i'd rather|i'll just|i think i'll) (?:stay|stick|keep)|stick with|no need|not paying|no thanks|no thank you|not for me|skip (?:it|that)|i'll pass|not needed|not really|not in the mood)\b|\bjust (?:me|cancel|the (?:repair|refund|fix))\b|(?<!\p{L})(?:nein|non|não|nao|no gracias|nee|pas (?:pour )?(?:le moment|maintenant|intéressée?)|kein interesse|agora não|por ahora no|(?:on va|je vais|nous allons) (?:y )?réfléchir|lo (?:pensaré|voy a pensar)|me lo pienso|vou pensar|ci pens(?:o|iamo|erò)|ich überlege|ik denk erover na|^\W*nem(?: (?:precisa|rola|quero))?\W*$|(?:ce ne sera )?pas nécessaire|no (?:será|es) necesario|não (?:será|é) necessário|nicht nötig|non (?:sarà|è) necessario|niet nodig)(?!\p{L})`,
  'u',
);
/** Round 19: unsure, asking about the offer ("uf, no sé... ¿es obligatorio?"): hesitation, no decline. */
const UNSURE_ASKING = new RegExp(String.raw`(?:${UNSURE})(?=.*\?)`, 'gu');
/**
 * Round 33: hesitating in a line that asks about the offer, the question first ("what does it cover …?
 * sorry just not sure if i need it", "can I think about it for a sec? does the price go up …?"): no decline.
 */
const HESITANT_WORDS = String.raw`${UNSURE}|\b(?:think about it|let me think|i'll think)\b`;
const HESITANT = new RegExp(HESITANT_WORDS, 'u');
const HESITANT_ALL = new RegExp(HESITANT_WORDS, 'gu');
/** Round 19: a plain no opening the answer ("Naw, … Just the regular one") picks what was not offered. */
const LEADING_NO = /^\W*(?:no|nope|nah|naw)\b/;
/** Round 19: the customer's own other plan ("i was gonna do state on the free state website"). */
const OWN_PLAN = /\bi was (?:gonna|going to|planning to|planning on)\b/;
/**
 * Benign "no" phrases, blanked before the decline test (round 22: a condition, "as long as it starts in may
 * not now"; round 28: "if it means no more monthly surprises, fine"; round 35: "ah pues no lo sabía. ¿y desde
 * cuándo valdría?", "I didn't know that").
 */
// (round 39: a condition inside a question about the offer, "how do I cancel if I don't need it later?";
// a later decision on another part, "Turn on the trial, I'll decide on the paid part later.")
const NOT_A_DECLINE =
  /\bas long as [^.!?]*|\b(?:if|in case|once|when) (?:i|we) (?:don'?t|do not|no longer|won'?t|will not) (?:need|want|use)\b[^.!?]*|\bi'll (?:decide|think|worry) (?:on |about )?the (?:paid (?:part|bit|plan|version)|rest)\b[^.!?]*|\bno (?:problem|worries|rush|doubt|brainer)\b|\bi did(?:n't| not) know (?:that|it|this)\b|(?<!\p{L})(?:no lo sab[ií]a|não sabia|je ne (?:le )?savais pas|(?:das )?wusste ich (?:noch )?nicht|non lo sapevo|dat wist ik niet)(?!\p{L})|\bno more \w+(?<!thanks)(?<!please)\b|\bnot a problem\b|\bwhy not\b|\bhow could i say no\b|\bcan't say no\b|\bnot a bad idea\b|(?<!\p{L})(?:non è una cattiva idea|no es (?:una )?mala idea|(?:ce )?n'est pas une mauvaise idée|não é (?:uma )?má ideia|keine schlechte idee)(?!\p{L})/gu;
/**
 * Round 18: a negation inside a question about the offer ("o meu plano não faz isso?? quanto custa o
 * Pro") asks; it declines nothing. Not a "no" on its own or before thanks ("no, why would I?").
 */
// (round 35: nor a "no" before what the customer wants instead, "no I want the one I have fixed??")
const NEGATION_IN_QUESTION =
  /(?<!\p{L})(?:no|não|nao|non|nein|nee)(?!\p{L})(?![\s,]*(?:thanks|thank|gracias|merci|obrigad\p{L}*|danke|grazie|bedankt|dank je|[,.!]|$))(?![\s,]*i (?:just |only )?(?:want|need)\b)(?=[^.!?]*\?)/gu;
/**
 * Round 28: pt-BR "pode ser manda o link" (the link to sign up; not "me manda os detalhes").
 * Accepting in so many words: enough even after the agent answered a question about the offer
 * (round 22: es usted "añádalo", "venga", rioplatense "dale, me paso"; round 23: it plural "aggiungetelo",
 * "sì dai", de "das klingt gut, machen wir das"; round 25: es "agrégale", Singlish "ok can"; round 31:
 * pt "pode ser, o meu marido vai gostar", es "mmm la verdad si, compro seguido"; round 32: "o 50GB com numero
 * provisorio pode ser, …"; round 34: fr "Bon ok, je prends le 19,99 avec engagement").
 */
const STRONG =
  /(?:^|[,.!;]\s*)ya(?=\W*$|[,!.]| (?:sure|ok|okay|go|please|do|add|sounds|that's|thats|fine|why)\b)|\b(?:yes|yeah|yea|yep|yup|sure|absolutely|definitely|of course|let's do (?:it|that|this|the|[\w-]+ (?:for now|then|please|on|with))|you(?:'ve| have) (?:convinced|talked) me|let's go with|let's switch|go ahead|go for it|do it|do the|sign (?:me|us) up|count me in|i'm in|add (?:it|that|this|one|a|the|them|those|both)|i'll take (?:it|that|one|the)|i'll go with|put me down|set (?:it|that) up|turn (?:it|that) on|please do|why not|deal|i accept|i agree|sounds (?:good|great|like a plan)|let's try|i(?:'ll| will)? try (?:it|the)|book (?:it|that)|go on then|put (?:me|us) (?:on|down for|in for)|i'll have (?:it|that|one|the)|go for the)\b|^\W*(?:that works|works for me)\b|(?<!\p{L})(?:oui|d'accord|volontiers|allez-y|ajoutez|sí|claro|vale|de acuerdo|adelante|sim|pode (?:ativar|incluir|adicionar|acrescentar|colocar|fazer)|manda o link|quero|gerne|einverstanden|machen sie|va bene|certo|graag|doe maar|akkoord|aggiungil[oa]|aggiungi pure|aggiungetel[oa]|attivatel[oa]|sì(?:,)? dai|klingt gut|machen wir (?:das|es)|agr[eé]gal[eo]s?|añ[aá]del[eo]s?|ok(?:ay)? can(?! (?:you|u|i|we|someone|somebody|it|this|that)\b)(?!\s*\?)|aggiungiamol[oa]|attiviamol[oa]|procedi|attivalo|attivala|lo pruebo|me lo quedo|act[ií]val[oa]|añ[aá]del[oa]|agr[eé]gal[oa]|contr[aá]tal[oa]|p[oó]nmel[oa]|añ[aá]dal[oa]|agr[eé]guel[oa]|act[ií]vel[oa]|contr[aá]tel[oa]|venga|dale|me (?:lo )?paso|me cambio|activez-l[ea]|ajoutez-l[ea]|ajoute-l[ea]|je (?:le|la) prends|je prends (?:le|la|les|l')(?! ?temps)|(?:dann )?nehme ich (?:das|den|die|es)|nehm(?:e)? ich(?=\W*$)|dann nehme ich (?!an\b|nicht\b)\p{L}+|l[oa] prendo|l[oa] prendiamo|ik neem (?:het|die|dat)|neem ik (?:het|die|dat)|ich nehme (?:das|den|die|es)(?! an)|pourquoi pas|warum nicht|perché no|überredet|(?:sie haben|du hast) mich überzeugt|me (?:has |ha |han )?convenci(?:ste|do|ó)|vous m'avez convaincue?|tu m'as convaincue?|(?:você )?me convenceu|mi (?:hai|ha) convint[oa]|je hebt me overtuigd|u hebt me overtuigd|c[aá]mbiamel[oa]|c[aá]mbiemel[oa]|stellen sie mich (?:auf|um)|stell mich (?:auf|um)|passez-moi (?:au|à la|à l'|sur)|zet me (?:op|over)|l[ao] attivo|l'attivo|acepto|aceito|j'accepte|accetto|ich akzeptiere|fais-le|faites-le|vas-y|hazlo|h[aá]galo|mach (?:das|es)|doe het)(?!\p{L})|(?:^|[,.!;]\s*|\b(?:ok|okay|oh|ach|gut)\s+)ja(?!\p{L})|(?:^|[,.!]\s*|\b(?:la verdad|pues|bueno|mm+|ok|va|ah)\s+)s[ií](?=[,!.]|\s+(?:venga|vale|claro|dale|por favor|porfa|perfecto|me conviene|me interesa|me sirve)(?!\p{L}))|(?:^|[,.!]\s*)pode ser(?! que)(?!\p{L})|(?<!\p{L})pode ser(?=\s*[,.!]|\s*$)/u;
/**
 * A customer asking for money back or off, or for an exception ("can you raise the limit
 * temporarily?", "just this once"), which requests no product.
 */
const REMEDY_REQUEST =
  /\b(?:money (?:off|back)|refund|credit|compensat\w*|reimburs\w*|discount for|fee back|charge back|(?:get|have) (?:back|the fee)|temporar\w*|just (?:this|the) once|one-off|(?:an|one) exception)\b|(?<!\p{L})(?:reembolso|remboursement|rembours\p{L}*|un avoir|erstattung|gutschrift|devolução|estorno)(?!\p{L})/u;
/**
 * A proposal to move the customer up a plan or tier ("want me to move you up?", "upgrade to Pro").
 * Asking about what the current plan covers does not ask for that: only a request to change does.
 */
const CHANGE_OFFER =
  /\b(?:move|bump|step) (?:you |your \w+ )?up\b|\bupgrad\w*|(?<!\p{L})(?:subir de (?:plan|nivel)|fazer upgrade|passer à la (?:formule|offre) supérieure|(?:passer|passez) (?:à|a) (?:la formule|l'offre)|passare (?:al|alla) (?:piano|pacchetto|formula))(?!\p{L})/u;
const CHANGE_REQUEST =
  /\b(?:upgrade|switch|change|move|bigger|more|increase|higher|better|faster|another|different)\b|(?<!\p{L})(?:mudar|trocar|cambiar|changer|wechseln|mehr|más|mais|plus)(?!\p{L})/u;
/**
 * Round 29: putting the answer off to ask someone ("let me ask my friend and ill message back later")
 * leaves the offer open; "later" there declines nothing.
 */
const DEFER =
  /\blet me (?:ask|check with|talk to|speak to|run it by)\b|\bi(?:'ll| will| need to| have to| gotta| got to)(?: just)? (?:ask|check with|talk to|speak to|run it by)\b|(?<!\p{L})(?:tengo que preguntar(?:le)?|voy a preguntar(?:le)?|d[ée]jame preguntar(?:le)?|je vais (?:lui |leur )?demander|vou perguntar|deixa eu perguntar|ich frage (?:mal )?(?:meine|meinen|meinem)|muss (?:erst )?(?:meine|meinen) \p{L}+ fragen|devo chiedere|chiedo (?:a|al|alla) |ik vraag het)/u;
/** A plain no in the line: deferring with one declines ("no, let me talk to my partner first"). */
const PLAIN_NO = /\b(?:no|not|nah|nope)\b/;
/**
 * Round 29: a condition put after the answer ("acepto la permanencia. Pero que no me lo suban más",
 * "sure, but don't send paper bills"): when the words before it accept, its "no" declines nothing.
 */
const BUT_NOT = new RegExp(
  String.raw`(?<!\p{L})(?:${BUT_WORDS})(?: que| please| por favor| s'il vous plaît| bitte)? (?:don't|do not|no|não|nao|ne|nicht|non|niet)(?!\p{L})`,
  'u',
);
/** Round 30: "later" asked about ("can I cancel the Photography plan later?") declines nothing. */
const LATER_ASKED = /\blater\b(?=[^.!?]*\?)/g;
/**
 * Round 30: the remedy chosen over the offer ("the refund please. Full $299" when a discount on a
 * longer plan was the alternative), or naming something else only ("ok, then just the cable").
 */
const JUST_OTHER = /\b(?:just|only) the ([\w-]+)/;
/** Round 29: tempted, not yet taken ("ok tempting"). */
const TEMPTED =
  /\btempting\b|(?<!\p{L})(?:tentador[a]?|tentant|verlockend|allettante|verleidelijk)(?!\p{L})/u;
/**
 * Round 29: a whole sentence of "yes please" (or "please do", "go ahead") before a question about the
 * offer's details ("Yes please, she'd like that. Would the suite be on the ground floor?") accepts it.
 */
const YES_PLEASE =
  /\b(?:yes|yeah|yep|sure|ok(?:ay)?),? please\b|\bplease (?:do|go ahead)\b|\bgo ahead\b|\bwhy not\b|(?<!\p{L})(?:pourquoi pas|por qu[ée] no|porque não|warum nicht|perché no|s[ií],? por favor|oui,? s'il vous pla[iî]t|sim,? por favor|ja,? bitte|sì,? grazie|ja,? graag)(?!\p{L})/u;
/**
 * Round 31: asking for the details is interest, not acceptance ("hmm pode ser, me manda os detalhes",
 * "yes send me the details, I'll talk to my husband"), unless the thing is taken in so many words.
 */
const DETAILS_ASKED =
  /\bsend (?:me )?(?:the |more |some |over )?(?:details|info(?:rmation)?)\b|(?<!\p{L})(?:(?:me )?(?:manda|mande|envia|envie|passa) (?:os |as |mais )?(?:detalhes|informações|informacoes|info)|(?:envíame|mándame|mandame|pásame|me envías|me mandas) (?:los |las |la |más )?(?:detalles|información|informacion|info)|envoyez-moi (?:les |plus d')?(?:détails|infos?|informations)|schicken sie mir (?:die |mehr )?(?:details|infos?|informationen|unterlagen)|mandami (?:i |le |più )?(?:dettagli|info\p{L}*)|stuur (?:me|mij) (?:de |meer )?(?:details|info\p{L}*))(?!\p{L})/u;
/**
 * Round 39: asking how to pay or start, right after accepting ("órale, sí me conviene. ¿cómo lo pago?"),
 * takes the offer.
 */
const PAY_HOW =
  /\bhow (?:do|can|should) (?:i|we) (?:pay|sign up|start|set it up)\b|(?<!\p{L})(?:c[oó]mo (?:lo |la )?(?:pago|pagamos|contrato|activo)|como (?:eu )?(?:pago|fa[cç]o o pagamento|assino)|comment (?:je )?(?:le |la )?(?:paie|règle)|wie (?:kann ich|zahle ich|bezahle ich)|come (?:lo |la )?pago|hoe (?:betaal|regel) ik)(?!\p{L})/u;
const SURE_OF = /\b(?:i'm|i am|you're|you are|we're|we are|make|making) sure\b/g;
/** Acknowledgements: an assent only as the first reply to the offer itself. */
const WEAK =
  /^\W*(?:ok(?:ay)?|k|kk|alright|all right|fine|cool|great|perfect|nice|got it|understood|makes sense)\b/;
/** An acknowledgement this short ("ok", "ok then", "great thanks") answers the offer it follows. */
const WEAK_ALONE_WORDS = 3;
/** Naming the thing taken ("let's do the DVR upgrade", "just the protection"). */
const EXPLICIT =
  /\b(?:let's do (?:it|that|the)|sign (?:me|us) up|add (?:it|that|one|a|the|them)|i'll take (?:it|that|one|the)|send (?:it|the link)|give me (?:\d+|one|two|three|four|five|six|both)\b(?! (?:min|minutes?|secs?|seconds?|moments?|hours?|days?|weeks?)\b)|upgrade|switch|subscribe|enroll|do the|go with the|just the|just (?:for|on) (?:me|us|him|her|the|my)|put (?:me|us) on)\b|(?:^|[,.;!]\s*|\b(?:ok|okay|fine|alright)\W+)(?:the|that) [\w-]+(?: [\w-]+){0,2} (?:then|please)\b/;
// (round 28: not an exclamation, "How kind of you to suggest it. Yes, … Please go ahead.")
const QUESTION =
  /\?|(?:^|[.,;!]\s*|^(?:ok|okay|so|and|but|hmm|umm)\s+)(?:what|why|how(?! (?:kind|nice|lovely|generous|thoughtful|sweet|wonderful|great|exciting)\b)|when|where|who|which)\b|(?:^|[.,;!]\s*)(?:can|could|will|would|is|are|do(?! (?:the|it|that|this)\b)|does|did) (?:i|you|we|it|this|that|there|they|my|the)\b/;
const ANSWER = /^(?:yes|yep|sure|absolutely|of course|definitely|certainly|you can|we do)\b/;
const WITHDRAWN =
  /\b(?:never mind|nevermind|offer (?:has )?expired|no longer available|(?:offer|deal|promo\w*) (?:isn't|is not|is no longer) (?:available|valid))\b/;
/** The agent asking for the go-ahead on the open offer: still the offer's question, not another. */
const GO_AHEAD =
  /\b(?:go ahead|proceed|set (?:it|that|this) up|add (?:it|that|this|them)|sign you up|do that|process (?:it|that)|want (?:it|that|one)|like (?:it|that|to add))\b/;

/**
 * `offer`: the offer sentence the rules found in this line; `scored`: the line opened an offer
 * because the learned scorer found one there (the rules found none); `assent`/`declined`: the
 * customer's answer to the open offer (an assent the learned scorer found counts).
 */
export type OfferStep = { offer: string | null; scored: boolean; assent: boolean; declined: boolean };

const NONE: OfferStep = { offer: null, scored: false, assent: false, declined: false };

/**
 * Follows offers through a transcript one line at a time, so the upsell and premature-close
 * analysers agree on whether an offer is open. `step` must be called for lines in order; each
 * answer depends only on the lines stepped so far (prefix-stable). `step(line, true)` says the
 * learned scorer found an offer in an agent-side line: if the rules find none, it opens like one
 * (docs/analysers.md, "Round 6"), so the customer's answer to it is read as for any offer.
 * `step(line, false, true)` says it found an assent in a customer line: an open offer is accepted
 * there, as by the rules' own assent, so nothing later accepts it again or reads as about it.
 */
export function createOfferTracker() {
  type Open = { stems: Set<string>; text: string; author: string | null };
  let open: Open | null = null;
  /** The offer the customer's latest reply declined (round 19: an agent may pitch it again). */
  let declinedOffer: Open | null = null;
  let repliesSinceOffer = 0;
  let agentAskedOther = false; // the latest agent line asked something other than the offer
  let lastCustomer = '';
  const intents: Set<string>[] = []; // stems of the customer's requests (and answers to them)
  const requested = new Set<string>(); // product categories the customer asked for
  let changeRequested = false; // the customer asked to change plan or tier

  // Did the customer ask for it? When both sides name product categories, every category offered
  // must have been requested ("a loaner" does not request a plan that includes one). Otherwise
  // the offer must share a stem with the customer's question just asked, or two with an earlier request.
  const asked = (offer: string, message: string) => {
    const core = productCore(offer);
    if (CHANGE_OFFER.test(offer) && !changeRequested) return false;
    const cats = categoriesOf(core);
    if (cats.size > 0 && requested.size > 0) return [...cats].every((c) => requested.has(c));
    const stems = contentStems(core);
    const shared = (seen: Set<string>) => [...seen].filter((w) => stems.has(w)).length;
    // "Même pas un avoir ?" asks for a remedy: it asks for no product.
    const lastAsks =
      (some(PURCHASE_INTENT, lastCustomer) || QUESTION.test(lastCustomer)) &&
      !REMEDY_REQUEST.test(lastCustomer);
    if (lastAsks && shared(contentStems(lastCustomer)) >= 1) return true;
    // "Yes, $20/month. Want me to add it?" names nothing to compare: it answers the question asked.
    if (stems.size === 0 && some(PURCHASE_INTENT, lastCustomer) && ANSWER.test(message)) return true;
    return intents.some((seen) => shared(seen) >= 2);
  };

  const agentStep = (line: Line, scored: boolean): OfferStep => {
    const t = normWords(line.text);
    let suppressed = false;
    const offer = offerSentence(line.text, (s, m) => {
      const yes = asked(s, m);
      suppressed ||= yes;
      return yes;
    });
    if (suppressed) intents.push(contentStems(t));
    // Round 19: the same agent pitching the open offer again after the customer hesitated (no question)
    const pitched = open ?? declinedOffer;
    declinedOffer = null;
    const again =
      !offer &&
      !scored &&
      pitched !== null &&
      (open === null || repliesSinceOffer > 0) &&
      !lastCustomer.includes('?') &&
      (!pitched.author || !line.author || sameAgent(line.author, pitched.author))
        ? repitchSentence(line.text)
        : null;
    if (again) {
      open = pitched;
      repliesSinceOffer = 0;
      agentAskedOther = false;
      return { ...NONE, offer: again };
    }
    // Round 20: the learned scorer's offer answering the customer's question while an offer is open
    // ("cuanto cuesta?" — "Serían $14.20 por metro cúbico fijo…") is about that offer, no new one: in
    // the readable files 83 of 84 agent lines right after such a question are labelled no offer.
    // Round 22: nor is one that says the customer asked for it ("as you were asking about … earlier").
    // Round 31: nor is relief from a payment ("I can set up an interest-free plan for the $340").
    const scoredOffer =
      scored && !(open && lastCustomer.includes('?')) && !ASKED_EARLIER.test(t) && !offersRelief(t);
    if (offer || scoredOffer) {
      open = { stems: contentStems(t), text: line.text, author: line.author };
      repliesSinceOffer = 0;
      agentAskedOther = false;
      return offer ? { ...NONE, offer } : { ...NONE, scored: true };
    }
    // Round 17: another agent took the chat over; what they ask is theirs, the offer was not theirs
    // (the same agent under a longer name or an initial is not another agent: `sameAgent`)
    if (WITHDRAWN.test(t) || (open?.author && line.author && !sameAgent(line.author, open.author)))
      open = null;
    const question = t.includes('?');
    // "Shall I go ahead?" after an offer asks about the offer, like the offer itself.
    if (question && open && GO_AHEAD.test(t)) {
      repliesSinceOffer = 0;
      agentAskedOther = false;
    } else agentAskedOther = question;
    return NONE;
  };

  const customerStep = (t: string, scoredAssent: boolean): OfferStep => {
    lastCustomer = t;
    if (!open) {
      // "Can I get money off for the outage?" asks for a remedy, not for the product it names.
      if (some(PURCHASE_INTENT, t) && !REMEDY_REQUEST.test(t)) {
        intents.push(contentStems(t));
        for (const c of categoriesOf(t)) requested.add(c);
        changeRequested ||= CHANGE_REQUEST.test(t);
      }
      return NONE;
    }
    const first = repliesSinceOffer === 0;
    repliesSinceOffer++;
    // Round 17: a decline in so many words outweighs the learned scorer's assent ("hmm on va
    // réfléchir, on a déjà explosé le budget": 0.61), unless the line also accepts in so many words
    // ("ok add it, and the business plan also. don't want this again")
    const hesitantAsking = t.includes('?') && !LEADING_NO.test(t) && HESITANT.test(t);
    const cond = BUT_NOT.exec(t);
    const head = cond ? t.slice(0, cond.index) : '';
    const answer = (cond && STRONG.test(head) && !DECLINE.test(head) ? head : t)
      .replace(LATER_ASKED, ' ')
      .replace(NOT_A_DECLINE, ' ')
      .replace(NEGATION_IN_QUESTION, ' ')
      .replace(UNSURE_ASKING, ' ');
    const plain = hesitantAsking ? answer.replace(HESITANT_ALL, ' ') : answer;
    const only = JUST_OTHER.exec(t);
    const other =
      (REMEDY_REQUEST.test(t) && !STRONG.test(t) && !QUESTION.test(t)) ||
      (only !== null && ![...contentStems(only[1]!)].some((w) => open?.stems.has(w)));
    const declines = DECLINE.test(plain) || OWN_PLAN.test(plain) || other;
    const overrides = STRONG.test(t) || (EXPLICIT.test(t) && !LEADING_NO.test(plain));
    if (!scoredAssent && !overrides && ((DEFER.test(t) && !PLAIN_NO.test(plain)) || TEMPTED.test(t)))
      return NONE;
    if (declines && !(scoredAssent && overrides)) {
      declinedOffer = open;
      open = null;
      return { ...NONE, declined: true };
    }
    if (DETAILS_ASKED.test(t) && !EXPLICIT.test(t)) return NONE;
    // Round 33: hesitating while asking about the offer keeps it open; it accepts nothing yet.
    if (hesitantAsking) return NONE;
    if (scoredAssent) {
      open = null;
      return { ...NONE, assent: true };
    }
    // "$20 less every month? yes ok, let's do that": a question echoing the offer, answered at once.
    const q = t.lastIndexOf('?');
    // Round 12: "I'm sure it does. Please cancel it." is sure of something else, not a "sure".
    const said = (q >= 0 && STRONG.test(t.slice(q + 1)) ? t.slice(q + 1).trim() : t).replace(SURE_OF, ' ');
    // "ok how do I add the dog then" asks something; it accepts nothing yet.
    const firstQ = t.indexOf('?');
    const beforeQ = firstQ >= 0 ? t.slice(0, firstQ).replace(/[^.!]*$/, '') : '';
    const acceptedFirst =
      firstQ >= 0 &&
      (YES_PLEASE.test(beforeQ) || (STRONG.test(beforeQ) && PAY_HOW.test(t.slice(beforeQ.length))));
    if (QUESTION.test(said) && !acceptedFirst) return NONE;
    const refers = EXPLICIT.test(t) || [...contentStems(t)].some((w) => open?.stems.has(w));
    let accepted: boolean;
    if (agentAskedOther)
      accepted = STRONG.test(said) && refers; // "yes" to "can you hold?" is not it
    else if (first)
      accepted =
        STRONG.test(said) ||
        EXPLICIT.test(said) ||
        // Round 17: "ok trying the code" acknowledges something else, at length
        (WEAK.test(said) && (refers || tokens(said).length <= WEAK_ALONE_WORDS));
    else accepted = STRONG.test(said) || EXPLICIT.test(said); // a bare "ok" after an answer acknowledges it
    if (!accepted) return NONE;
    open = null;
    return { ...NONE, assent: true };
  };

  return {
    get open() {
      return open !== null;
    },
    /** The line holding the open offer, or null. */
    get openText() {
      return open?.text ?? null;
    },
    step(line: Line, scored = false, scoredAssent = false): OfferStep {
      if (isAgentSide(line.role)) return agentStep(line, scored);
      if (line.role !== 'customer') return NONE;
      return customerStep(normWords(line.text), scoredAssent);
    },
  };
}

/** One line's step, with whether an offer was open before it. */
export interface TrackedLine extends OfferStep {
  wasOpen: boolean;
}

export interface OfferTrack {
  steps: readonly TrackedLine[];
  /** The line holding the offer still open after the last line, or null. */
  openText: string | null;
}

// The upsell and premature-close analysers (and the background's open offer, and the notes) read
// the same track of the same lines; it is about a sixth of a pass, so it is computed once per lines
// array and scored sets. Lines are immutable by contract (readonly); the length is checked as a guard.
const TRACKS = new WeakMap<readonly Line[], { n: number; value: Map<string, OfferTrack> }>();

/**
 * The offer tracker run over a transcript, with `scored` the agent-side lines where the learned
 * scorer found an offer and `assents` the customer lines where it found an assent. Pure (memoised
 * per lines array).
 */
export function trackOffers(
  lines: readonly Line[],
  scored: ReadonlySet<number> = new Set(),
  assents: ReadonlySet<number> = new Set(),
): OfferTrack {
  const ids = (set: ReadonlySet<number>) => [...set].sort((a, b) => a - b).join(',');
  const key = `${ids(scored)}/${ids(assents)}`;
  const byKey = perLines(TRACKS, lines, () => new Map<string, OfferTrack>());
  const hit = byKey.get(key);
  if (hit) return hit;
  const tracker = createOfferTracker();
  const steps = lines.map((line, i): TrackedLine => {
    const wasOpen = tracker.open;
    return { ...tracker.step(line, scored.has(i), assents.has(i)), wasOpen };
  });
  const track = { steps, openText: tracker.openText };
  if (byKey.size >= 4) byKey.clear(); // a pass asks for two sets at most
  byKey.set(key, track);
  return track;
}
