import { norm, sentences, some } from './text';

/** "You could get / switch / add…": a proposal, but a weak one for "get" (see WEAK_PROPOSAL). */
const YOU_CAN =
  /\byou (?:could|can|may) (?:also |easily |even )?(?:get|upgrade|switch|move|add|join|save|raise|bump|extend|lock in|go)\b/;
/** A sentence putting something to the customer. */
const PROPOSAL = [
  /\b(?:would|do) you (?:also |perhaps |maybe )?(?:like|want|wanna|be interested|care)\b/,
  /\b(?:are|were) you (?:also )?interested\b|\binterested\?|\binterested in (?:adding|upgrading|switching|trying|joining|hearing)\b/,
  /\bwant (?:me |us )?to\b|\bcare to (?:add|try|upgrade|join)\b|\bready to (?:upgrade|switch|join|try|start)\b/,
  /\b(?:shall|should) (?:i|we)\b/,
  /\b(?:can|may) (?:i|we) (?:offer|add|sign|upgrade|set|enroll|interest|get you|suggest|recommend|put you (?:on|in) (?:the|our))\b/,
  /\bhow about\b|\bwhat about (?:adding|upgrading|switching)\b|\bwhy not (?:add|try|upgrade|switch)\b/,
  /\bhave you (?:considered|thought about)\b|\bconsider (?:adding|upgrading|switching|our)\b|\bworth (?:considering|adding|upgrading|it)\b/,
  /\byou (?:might|may) (?:also )?(?:like|want|enjoy|be interested)\b/,
  YOU_CAN,
  /\bif you(?:'d| would)? (?:like|want|prefer),? (?:i|we) (?:can|could)\b|\blet me know if you(?:'d| would)? (?:like|want)\b/,
  /\bdid you know\b/,
  /\btry it\b/,
  /\b(?:i|we) (?:can|could) (?:also |even )?(?:offer|match|upgrade|add|move you|switch you|bump|get you|enroll|sign you up|set you up|put you (?:on|in) (?:the|our)|extend|lock in|include|throw in)\b/,
  /\b(?:i|we)(?:'d| would) (?:also )?(?:recommend|suggest) (?:adding|upgrading|switching|our|the|a)\b|\b(?:i|we) (?:recommend|suggest) (?:adding|upgrading|switching|our)\b/,
  /\b(?:i|we)(?:'d| would) (?:be happy|love) to (?:add|upgrade|set you up|sign you up|enroll|switch)\b/,
  /\byou(?:'re| are) (?:eligible|pre-?approved|qualified)\b|\byou (?:may |might )?qualify\b|\bqualifies for\b/,
  /\b(?:we(?:'re| are)? (?:have|running|offering)|there(?:'s| is)) (?:a |an |our )?(?:\w+ ){0,3}(?:promo\w*|special offer|deal|special)\b/,
  /^(?:upgrade|switch|join|subscribe|sign up|start your|grab|claim|unlock|lock in) /,
  /\banbieten\b|\binteresse\?|\bte interesa|\bte puedo ofrecer|\bje peux vous proposer|\bvous int[ée]resse/,
];
/** Something that costs money or commits the customer. */
const CHARGE = [
  /[$€£]\s?\d[\d,.]*(?!\s*(?:off|credit|back|discount|voucher|refund))\b/,
  /\b\d[\d,.]*\s?(?:€|eur\b|euros?\b|dollars?\b|bucks\b)(?!\s*(?:off|credit|back))/,
  /\bper (?:month|year|night|order|user|stay|day|week|line|device|seat|person|bag)\b|\/(?:mo|month|yr|year|night|user|day|wk|seat)\b|\ba (?:month|year|day|week)\b|\b(?:monthly|weekly|daily)\b|\bim monat\b/,
  /\bfree for \d+|\bfree trial\b|\b(?:first|1st) (?:month|\d+ (?:days|weeks|months)) (?:is )?free\b|\bthen \$|\bafter the (?:free )?trial\b|\bbilled (?:annually|yearly|monthly)\b|\bauto-?renew/,
  /\b\d+[- ]month (?:agreement|contract|commitment|installment|term)|\b(?:sign|new) (?:a )?(?:\d+[- ]month )?(?:agreement|contract)\b|\bverlängern\b/,
];
const SALES_VERB =
  /\b(?:add|adding|upgrade|upgrading|switch|join|sign (?:you |me )?up|sign a|enroll|subscribe|try|bump|renew|extend|book|start (?:a|your|the|an)|include|activate|enable|lock in)\b/;
const SALES_NOUN =
  /\b(?:plan|add-on|addon|protection|coverage|insurance|warranty|subscription|membership|trial|bundle|package|tier|rider|loan|credit card|rewards card|premium|monitoring|program|rewards|pass|pack|priority support|support plan|hotspot|lounge|suite|legroom|priority boarding|autoship|promo\w*|special offer|deal)\b/;
/** Remedies are not sales: refunds, credits, waived fees. */
const REMEDY =
  /\b(?:refund|refunded|credited|waive|waived|reimburs\w*|compensat\w*|voucher|courtesy|goodwill|on the house|apolog\w*|for the (?:trouble|inconvenience))\b|\b(?:a|an|the|courtesy|loyalty|one-time|store|account|service) credit\b|[$€£][\d.,]+ credit\b|\bcredit (?:you|your account|of [$€£])/;
/** Fixes are not sales either, unless charged for and pitched unprompted ("we noticed the filter is dirty"). */
const FIX = /\b(?:replacement|replace|reship|repair|exchange|return label)\b/;
const UNPROMPTED =
  /\b(?:we|i) (?:also )?(?:noticed|see|saw|found)\b|\bwhile (?:it's|its|it is|we're|you're|i have you|we have)\b|\bby the way\b|\bbtw\b|\balso\b/;
/** Holds and verification are never sales ("can I put you on a brief hold while I add notes?"). */
const NOT_A_SALE = /\bhold\b|\bverif\w*|\bconfirm (?:your|the)\b/;
/** Proposals to take something away are never sales. */
const REDUCTION =
  /\b(?:remove|removing|cancel|cancelling|canceling|drop|downgrade|downgrading|lower|reduce|pause|freeze)\b/;
/** "You can get a cashier's check…": weak lead-ins need a product word, a price alone is not enough. */
const WEAK_PROPOSAL = /\byou (?:could|can|may) (?:also |easily |even )?(?:get|go)\b/;
const FREE_ONLY =
  /\b(?:it's|it is|is|are) (?:completely |totally )?free\b|\bfree to (?:enroll|join|sign up)\b|\bno (?:extra |additional )?(?:cost|charge)\b|\bat no cost\b/;

const isCharge = (s: string) => CHARGE.some((re) => re.test(s));

/** The sentence that makes this agent line an upsell offer, or null. `asked`: customer asked for it. */
export function offerSentence(
  text: string,
  asked: (offer: string, message: string) => boolean,
): string | null {
  const t = norm(text);
  const charged = isCharge(t);
  if (!charged && FREE_ONLY.test(t)) return null;
  const ss = sentences(t);
  for (const [k, s] of ss.entries()) {
    if (!some(PROPOSAL, s) || REMEDY.test(s) || REDUCTION.test(s) || NOT_A_SALE.test(s)) continue;
    const product = SALES_VERB.test(s) || SALES_NOUN.test(s);
    const weak = WEAK_PROPOSAL.test(s) && !PROPOSAL.some((re) => re !== YOU_CAN && re.test(s));
    if (weak && !product) continue;
    const specific = product || isCharge(s);
    // "Would you like me to proceed?" is only a sale if the rest of the message sells (and fixes nothing).
    if (!specific && !(charged && !REMEDY.test(t))) continue;
    // "Do you want me to order it?" names nothing: the product is in the sentence before.
    const selfContained = SALES_NOUN.test(s) || isCharge(s);
    const named = selfContained ? s : `${ss[k - 1] ?? ''} ${s}`;
    if (FIX.test(named) && !(isCharge(named) && UNPROMPTED.test(named))) continue;
    if (asked(named, t)) return null;
    return s;
  }
  return null;
}
