import { clip, isAgentSide, norm, sentences, some, tokens } from './text';
import type { Analyser, Finding, Line } from './types';

/** "You could get / switch / add…": a proposal, but a weak one for "get" (see WEAK_PROPOSAL). */
const YOU_CAN = /\byou (?:could|can) (?:also )?(?:get|upgrade|switch|move|add|join|save|raise|bump)\b/;
/** A sentence putting something to the customer. */
const PROPOSAL = [
  /\b(?:would|do) you (?:also |perhaps )?(?:like|want|be interested)\b/,
  /\bwant (?:me )?to\b/,
  /\binterested\?/,
  /\b(?:shall|should) i\b/,
  /\bcan i (?:offer|add|sign|upgrade|set|enroll|interest|get you)\b/,
  /\bhow about\b/,
  /\bhave you considered\b|\bconsider (?:adding|upgrading|switching)\b/,
  /\byou might (?:like|want|enjoy)\b/,
  YOU_CAN,
  /\bif you(?:'d| would) like,? (?:i|we) (?:can|could)\b/,
  /\bdid you know\b/,
  /\btry it\b/,
  /\b(?:i|we) (?:can|could) (?:also )?(?:offer|match|upgrade|add|move you|switch you|bump|get you|enroll|sign you up)\b/,
  /\bi(?:'d| would) (?:also )?recommend (?:adding|upgrading|switching|our)\b/,
  /\byou(?:'re| are) (?:eligible|pre-?approved|qualified)\b|\byou (?:may |might )?qualify\b/,
  /\banbieten\b|\binteresse\?|\bte interesa|\bte puedo ofrecer|\bje peux vous proposer|\bvous int[ée]resse/,
];
/** Something that costs money or commits the customer. */
const CHARGE = [
  /[$€£]\s?\d[\d,.]*(?!\s*(?:off|credit|back|discount|voucher))\b/,
  /\b\d[\d,.]*\s?(?:€|eur\b|euros?\b|dollars?\b)(?!\s*(?:off|credit|back))/,
  /\bper (?:month|year|night|order|user|stay)\b|\/(?:mo|month|yr|year|night|user)\b|\ba (?:month|year)\b|\bmonthly\b|\bim monat\b/,
  /\bfree for \d+|\bfree trial\b|\bfirst month free\b|\bthen \$|\bafter the trial\b/,
  /\b\d+[- ]month (?:agreement|contract|commitment|installment)|\b(?:sign|new) (?:a )?(?:\d+[- ]month )?(?:agreement|contract)\b|\bverlängern\b/,
];
const SALES_VERB =
  /\b(?:add|adding|upgrade|upgrading|switch|join|sign (?:you |me )?up|sign a|enroll|subscribe|try|bump|renew|extend|book|start (?:a|your|the|an)|include)\b/;
const SALES_NOUN =
  /\b(?:plan|add-on|addon|protection|coverage|insurance|warranty|subscription|membership|trial|bundle|package|tier|rider|loan|credit card|rewards card|premium|monitoring|program|rewards)\b/;
/** Remedies are not sales: refunds, credits, replacements, waived fees. */
const REMEDY =
  /\b(?:refund|refunded|credited|replacement|replace|waive|waived|reimburs\w*|compensat\w*|voucher|courtesy|reship|repair|exchange|return label)\b|\b(?:a|an|the|courtesy|loyalty|one-time|store|account|service) credit\b|[$€£][\d.,]+ credit\b|\bcredit (?:you|your account|of [$€£])/;
/** Proposals to take something away are never sales. */
const REDUCTION =
  /\b(?:remove|removing|cancel|cancelling|canceling|drop|downgrade|downgrading|lower|reduce)\b/;
/** "You can get a cashier's check…": weak lead-ins need a product word, a price alone is not enough. */
const WEAK_PROPOSAL = /\byou (?:could|can) (?:also )?get\b/;
const FREE_ONLY =
  /\b(?:it's|it is|is|are) free\b|\bfree to (?:enroll|join|sign up)\b|\bno (?:extra )?(?:cost|charge)\b|\bat no cost\b/;
/** The customer asking to buy: then the agent's answer is not an upsell. */
const PURCHASE_INTENT = [
  /\bhow much\b|\bwhat(?:'s| is| does| would)\b[^.?!]{0,30}\b(?:price|cost)\b|\b(?:price|cost) (?:of|for)\b/,
  /\bis there a way\b|\bdo you have\b|\bavailable\b|\bin stock\b/,
  /\bcan i (?:add|get|buy|upgrade|switch|have|order)\b|\bhow (?:do|can) i (?:pay|get|buy|add|upgrade|order)\b/,
  /\bi(?:'d| would)? (?:want|need|like|'d like) (?:to )?(?:add|upgrade|buy|get|switch to|order)\b/,
  /\binterested in\b|\bfaster\b|\bbigger\b|\bmore (?:data|speed|storage|seats)\b/,
];
const STOP = new Set(
  `the and for you your our with this that are was its it's can get per month year more only just also have has
  what how why would like want add plan new free one two all any now off yes please not but let's lets from will
  day days week weeks time today tomorrow their they them then than there which who into out over`.split(
    /\s+/,
  ),
);

const DECLINE =
  /\b(?:no|nope|nah|pass|not (?:right )?now|not today|not interested|i'm good|we're (?:fine|good)|maybe later|later|think about it|let me think|i'll think|don't need|do not need|no need|not paying|no thanks|no thank you|not for me)\b|\bjust (?:me|cancel)\b/;
const AFFIRM =
  /\b(?:yes|yeah|yep|yup|ya|sure|ok|okay|alright|all right|absolutely|definitely|sounds good|let's do (?:it|that|the)|let's switch|go ahead|do it|sign me up|add (?:it|that|one|a|the|them)|i'll take (?:it|that|one)|please do|why not)\b/;
const EXPLICIT =
  /\b(?:let's do (?:it|that|the)|sign me up|add (?:it|that|one|a|the|them)|i'll take (?:it|that|one)|upgrade|switch|subscribe|enroll)\b/;
const QUESTION =
  /\?|(?:^|[.,;!]\s*|^(?:ok|okay|so|and|but|hmm|umm)\s+)(?:what|why|how|when|where|who|which)\b|(?:^|[.,;!]\s*)(?:can|could|will|would|is|are|do|does|did) (?:i|you|we|it|this|that|there|they|my|the)\b/;
const ANSWER = /^(?:yes|yep|sure|absolutely|of course|definitely|certainly|you can|we do)\b/;
const WITHDRAWN = /\b(?:never mind|nevermind|offer (?:has )?expired|no longer available)\b/;

function contentWords(text: string): Set<string> {
  return new Set(tokens(text).filter((w) => w.length >= 3 && !STOP.has(w) && !/^\d+$/.test(w)));
}

/** The sentence that makes this agent line an upsell offer, or null. `asked`: customer asked for it. */
export function offerSentence(
  text: string,
  asked: (offer: string, message: string) => boolean,
): string | null {
  const t = norm(text);
  const charged = CHARGE.some((re) => re.test(t));
  if (!charged && FREE_ONLY.test(t)) return null;
  const ss = sentences(t);
  for (const [k, s] of ss.entries()) {
    if (!some(PROPOSAL, s) || REMEDY.test(s) || REDUCTION.test(s)) continue;
    const product = SALES_VERB.test(s) || SALES_NOUN.test(s);
    const weak = WEAK_PROPOSAL.test(s) && !PROPOSAL.some((re) => re !== YOU_CAN && re.test(s));
    if (weak && !product) continue;
    const specific = product || CHARGE.some((re) => re.test(s));
    // "Would you like me to proceed?" is only a sale if the rest of the message sells (and fixes nothing).
    if (!specific && !(charged && !REMEDY.test(t))) continue;
    // "Do you want me to order it?" names nothing: the product is in the sentence before.
    const selfContained = SALES_NOUN.test(s) || CHARGE.some((re) => re.test(s));
    if (asked(selfContained ? s : `${ss[k - 1] ?? ''} ${s}`, t)) return null;
    return s;
  }
  return null;
}

export type OfferStep = { offer: string | null; assent: boolean; declined: boolean };

/**
 * Follows offers through a transcript one line at a time, so the upsell and premature-close
 * analysers agree on whether an offer is open. `step` must be called for lines in order.
 */
export function createOfferTracker() {
  let open: { text: string; words: Set<string> } | null = null;
  let lastQuestionWasOffer = false;
  let prevAgentAskedOther = false;
  let lastCustomer = '';
  const intents: Set<string>[] = [];

  // The customer asked for it when the offer shares words with what they just asked (one word is
  // enough for the message it answers) or with an earlier request (two words: "rental car" does
  // not make rental-coverage insurance something they asked for).
  const asked = (offer: string, message: string) => {
    const words = contentWords(offer);
    const shared = (seen: Set<string>) => [...seen].filter((w) => words.has(w)).length;
    const lastAsks = some(PURCHASE_INTENT, lastCustomer) || QUESTION.test(lastCustomer);
    if (lastAsks && shared(contentWords(lastCustomer)) >= 1) return true;
    // "Yes, $20/month. Want me to add it?" names nothing to compare: it answers the question asked.
    if (words.size === 0 && some(PURCHASE_INTENT, lastCustomer) && ANSWER.test(message)) return true;
    return intents.some((seen) => shared(seen) >= 2);
  };

  return {
    get open() {
      return open !== null;
    },
    step(line: Line): OfferStep {
      const t = norm(line.text);
      if (isAgentSide(line.role)) {
        let suppressed = false;
        const offer = offerSentence(line.text, (s, m) => {
          const yes = asked(s, m);
          suppressed ||= yes;
          return yes;
        });
        if (suppressed) intents.push(contentWords(t));
        if (offer) {
          open = { text: t, words: contentWords(t) };
          lastQuestionWasOffer = true;
          prevAgentAskedOther = false;
          return { offer, assent: false, declined: false };
        }
        if (WITHDRAWN.test(t)) open = null;
        const question = t.includes('?');
        if (question) lastQuestionWasOffer = false;
        prevAgentAskedOther = question;
        return { offer: null, assent: false, declined: false };
      }
      if (line.role !== 'customer') return { offer: null, assent: false, declined: false };
      lastCustomer = t;
      if (some(PURCHASE_INTENT, t)) intents.push(contentWords(t));
      if (!open) return { offer: null, assent: false, declined: false };
      const affirm = t.replace(/\bwhy not\b/g, 'why-yes');
      if (DECLINE.test(affirm)) {
        open = null;
        return { offer: null, assent: false, declined: true };
      }
      if (!AFFIRM.test(affirm) && !/why-yes/.test(affirm))
        return { offer: null, assent: false, declined: false };
      // "ok how do I add the dog then" asks something; it accepts nothing yet.
      if (QUESTION.test(t)) return { offer: null, assent: false, declined: false };
      const refersToOffer = EXPLICIT.test(t) || [...contentWords(t)].some((w) => open?.words.has(w));
      const accepted = lastQuestionWasOffer
        ? !prevAgentAskedOther || refersToOffer
        : !prevAgentAskedOther && refersToOffer;
      if (!accepted) return { offer: null, assent: false, declined: false };
      open = null;
      return { offer: null, assent: true, declined: false };
    },
  };
}

/** `upsell-offer` and `upsell-assent`. */
export const upsell: Analyser = {
  id: 'upsell',
  labels: ['upsell-offer', 'upsell-assent'],
  analyse(lines) {
    const out: Finding[] = [];
    const tracker = createOfferTracker();
    lines.forEach((line, i) => {
      const s = tracker.step(line);
      if (s.offer) out.push({ i, label: 'upsell-offer', evidence: clip(s.offer) });
      if (s.assent) out.push({ i, label: 'upsell-assent', evidence: clip(line.text) });
    });
    return out;
  },
};
