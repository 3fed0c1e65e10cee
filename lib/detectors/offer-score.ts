/**
 * The scored reading of an offer, for pitches no phrase list foresaw: a sentence (with the one
 * before it, where "Fancy it?" or "¿Te lo cambio?" leaves the product) scores points for
 * (a) a commercial object — a price, a per-period or per-item charge, a discount, a free-then-paid
 * trial, a product-tier noun — and (b) a proposal addressed to the customer or a segue that opens
 * a pitch ("by the way", "por cierto", "übrigens"). Negative evidence (remedies, holds, answering
 * the customer's own request) is applied by the caller, `offerSentence`, before this runs.
 * Languages: en, es, fr, de, pt.
 */

/** Points for each signal, and the score at which a sentence is an offer. */
export const OFFER_WEIGHTS = {
  price: 2, // "$14.99/mo", "£24 each", "10 dólares más al mes"
  discount: 2, // "15% de descuento", "-40 %", "10% off"
  freeThenPaid: 3, // "free for the first 30 days, then…"
  tierNoun: 1, // "plan", "pass", "Kreditkarte Gold", "curso"
  proposal: 2, // a question or offer to act, addressed to the customer
  segue: 1, // "while you're here", "aproveitando", "au fait"
  question: 1, // any direct question in the window
} as const;
export const OFFER_THRESHOLD = 5;
/** A pitch needs both sides: at least this much commercial object and this much proposal/segue. */
export const MIN_COMMERCIAL = 1;
export const MIN_ADDRESS = 2;

const PRICE =
  /[$€£]\s?\d[\d,.]*(?!\s*(?:off|credit|back|discount|voucher|refund))|\b\d[\d,.]*\s?(?:€|eur\b|euros?\b|dollars?\b|dólares\b|pounds?\b|reais\b|bucks\b)|\/\s?(?:mo|month|yr|year|night|user|day|wk|seat|mês|mes|mois|monat)\b|(?<!\p{L})(?:per|a|each|al|por|par|pro|im|ao) (?:month|year|week|night|person|mes|mês|mois|monat|jahr|persona|pessoa|personne)(?!\p{L})|\b(?:each|apiece|monthly|más al mes|de plus par mois)\b|\bminimum [$€£]/u;
const DISCOUNT =
  /(?:^|[\s(])-\s?\d+\s?%|\b\d+\s?%\s?(?:off|of|de (?:desconto|descuento|réduction|remise)|rabatt|günstiger|discount|cheaper|less)\b|\b(?:half price|moitié prix|mitad de precio|metade do preço)\b|(?<!\p{L})(?:desconto|descuento|réduction|rabatt|campanha|campaña|promoção|promoción|promo|angebot)(?!\p{L})/u;
const FREE_THEN_PAID =
  /\bfree (?:for (?:the )?(?:first )?\d+|trial)\b[^.?!]*\bthen\b|\b(?:gratis|grátis|gratuit|kostenlos)\b[^.?!]*\b(?:luego|depois|puis|danach|dann|después)\b/;
const TIER_NOUN =
  /(?<!\p{L})(?:plan|plans|plano|tier|pack|package|paquete|pacote|paket|pass|membership|subscription|suscripción|assinatura|abonnement|abo|mitgliedschaft|bundle|add-on|addon|insurance|seguro|assurance|versicherung|reiseversicherung|protection|protección|proteção|warranty|garantía|garantia|garantie|card|tarjeta|cartão|carte|karte|kreditkarte|upgrade|premium|plus|gold|platinum|platino|pro|vip|tickets?|entradas|billets?|course|curso|cours|kurs|session|sessions|lounge|sala vip|forfait|tarif|tarifa)(?!\p{L})/u;
const PROPOSAL =
  /^(?:want|fancy|need|interested in) (?:a |an |the |our |some )?[\p{L}\d]|\b(?:would|do) you (?:also )?(?:like|want|fancy|be interested)\b|\bwant (?:me|us) to\b|\b(?:shall|should) (?:i|we)\b|\b(?:can|could|may) (?:i|we) (?:also )?(?:add|tempt|offer|interest|book|reserve|hold|put|pencil|sign|set|move|switch|upgrade|get)\b|\bfancy (?:it|that|one|some|a|an|the|adding|trying)\b|\b(?:interested|any interest|keen)\?|\bwhat if (?:i|we)\b|\b(?:i|we)(?:'d| would) (?:recommend|suggest)\b|\bhow about\b|\bwant (?:one|it|some|in)\?|(?<!\p{L})(?:¿?quiere(?:s)? que|¿te (?:lo|la|los|las|apunto|reservo|cambio|interesa)|¿le (?:interesa|apunto|reservo)|te puedo|le puedo|quer que|quer (?:fazer|aproveitar|experimentar)|gostaria de|tem interesse|posso (?:reservar|incluir|adicionar)|voulez-vous|souhaitez-vous|ça vous (?:intéresse|tente|dit)|je peux vous|möchten sie|wollen sie|darf ich|soll ich|hätten sie interesse|kann ich ihnen)(?!\p{L})/u;
const SEGUE =
  /^(?:also|oh,? and|and)\b|\b(?:by the way|btw|while you're here|while i have you|just so you know|one more thing|before you go|when you're back|fyi|heads up)\b|(?<!\p{L})(?:por cierto|a propósito|aprovecho|aprovechando|aproveitando|aproveito|já agora|au fait|d'ailleurs|en passant|übrigens|nebenbei|apropos)(?!\p{L})/u;

export type OfferSignals = { commercial: number; address: number; score: number };

/** The score of `window` (the sentence and the one before it); `s` is the sentence itself. */
export function scoreOffer(s: string, window: string): OfferSignals {
  const w = OFFER_WEIGHTS;
  const commercial =
    (PRICE.test(window) ? w.price : 0) +
    (DISCOUNT.test(window) ? w.discount : 0) +
    (FREE_THEN_PAID.test(window) ? w.freeThenPaid : 0) +
    (TIER_NOUN.test(window) ? w.tierNoun : 0);
  // The proposal must be the sentence itself; the segue may open the sentence before.
  const address =
    (PROPOSAL.test(s) ? w.proposal : 0) +
    (SEGUE.test(window) ? w.segue : 0) +
    (s.includes('?') ? w.question : 0);
  return { commercial, address, score: commercial + address };
}

/** Does the scored rule call this sentence an offer? */
export function isScoredOffer(s: string, window: string): boolean {
  const { commercial, address, score } = scoreOffer(s, window);
  return commercial >= MIN_COMMERCIAL && address >= MIN_ADDRESS && score >= OFFER_THRESHOLD;
}
