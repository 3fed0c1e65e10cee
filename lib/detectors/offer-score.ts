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
  value: 1, // "works out cheaper", "pays for itself", "te compensa", "lohnt sich"
  proposal: 2, // a question or offer to act, addressed to the customer
  present: 2, // the company presenting its own product: "we also do…", "temos o plano…"
  segue: 1, // "while you're here", "aproveitando", "au fait"
  question: 1, // any direct question in the window
  minimiser: 1, // a price made small: "only £6/month", "just $3 more"
  addOn: 1, // "an extra SIM", "an additional line": something added to what the customer has
} as const;
export const OFFER_THRESHOLD = 5;
/** A pitch needs both sides: at least this much commercial object and this much proposal/segue. */
export const MIN_COMMERCIAL = 1;
export const MIN_ADDRESS = 2;

const PRICE =
  /[$€£]\s?\d[\d,.]*(?!\s*(?:off|credit|back|discount|voucher|refund))|\b\d[\d,.]*\s?(?:€|eur\b|euros?\b|dollars?\b|dólares\b|pounds?\b|reais\b|bucks\b)|\/\s?(?:mo|month|yr|year|night|user|day|wk|seat|mês|mes|mois|monat)\b|(?<!\p{L})(?:per|a|each|al|por|par|pro|im|ao) (?:month|year|week|night|person|mes|mês|mois|monat|jahr|persona|pessoa|personne)(?!\p{L})|\b(?:each|apiece|monthly|más al mes|de plus par mois)\b|\bminimum [$€£]/u;
const DISCOUNT =
  /(?:^|[\s(])-\s?\d+\s?%|\b\d+\s?%\s?(?:off|of|de (?:desconto|descuento|réduction|remise)|\p{L}*rabatt|günstiger|discount|cheaper|less)(?!\p{L})|[$€£]\s?\d[\d,.]*\s?off\b|\bfor the price of\b|\b(?:buy|pay for) (?:one|\d+),? get\b|(?<!\p{L})(?:pelo preço de|por el precio de|pour le prix d)|\b(?:half price|moitié prix|mitad de precio|metade do preço)\b|(?<!\p{L})(?:desconto|descuento|réduction|rabatt|campanha|campaña|promoção|promoción|promo|angebot)(?!\p{L})/u;
const FREE_THEN_PAID =
  /\bfree (?:for (?:the )?(?:first )?\d+|trial)\b[^.?!]*\b(?:then|after that|afterwards)\b|(?<!\p{L})(?:gratis|grátis|gratuit|gratuite|offert|offerte|kostenlos|gratuito)(?!\p{L})[^.?!]*(?<!\p{L})(?:luego|depois|puis|ensuite|danach|dann|después|despois)(?!\p{L})/u;
/** A saving or value argument, the pitch's reason to buy. */
const VALUE =
  /\b(?:works? out cheaper|cheaper than|pays? for itself|paying for itself|(?:you'd|you would|you'll|to) save|worth it|better value|good value)\b|(?<!\p{L})(?:te compensa|le compensa|compensa mais|vale la pena|vale a pena|sai mais barato|sale más barato|lohnt sich|vaut le coup|plus avantageux|günstiger)(?!\p{L})/u;
/**
 * The company presenting something of its own: "we also do a bundle", "we've got our club", "temos o
 * plano", "nous proposons". With a price or discount it is a pitch even without a question.
 */
const PRESENT =
  /\b(?:we(?:'ve| have)?|we also) (?:also |now |currently )?(?:got|have|do|offer|run|sell) (?:a|an|our|the|some|this)\b|(?<!\p{L})(?:temos|tenemos|ofrecemos|oferecemos|nous (?:avons|proposons|offrons)|wir (?:haben|bieten))(?: (?:também|también|aussi|auch|agora|ahora))? (?:o|a|um|uma|os|el|la|un|una|nuestro|nuestra|nosso|nossa|notre|nos|une?|ein|eine|einen|unser\p{L}*)(?!\p{L})/u;
const TIER_NOUN =
  /(?<!\p{L})(?:plan|plans|plano|tier|pack|package|paquete|pacote|paket|pass|membership|subscription|suscripción|assinatura|abonnement|abo|mitgliedschaft|bundle|add-on|addon|insurance|seguro|assurance|versicherung|reiseversicherung|protection|protección|proteção|warranty|garantía|garantia|garantie|card|tarjeta|cartão|carte|karte|kreditkarte|upgrade|premium|plus|gold|platinum|platino|pro|vip|tickets?|entradas|billets?|course|curso|cours|kurs|session|sessions|lounge|sala vip|forfait|formule|fórmula|bono|abono|tarif|tarifa)(?!\p{L})/u;
const PROPOSAL =
  /^(?:want|fancy|need|interested in) (?:a |an |the |our |some )?[\p{L}\d]|\bfancy \p{L}+ing\b|\byou (?:could|can|might) (?:also |easily |even )?(?:switch|move|upgrade|add|join|be interested)\b|\byou might (?:also )?like\b|\b(?:i|we) (?:can|could) (?:also )?offer\b|(?<!\p{L})(?:quer|queres|quieres|quiere|voulez-vous|möchtest du|möchten sie) \p{L}+(?:ar|er|ir|re|en)\?|(?<!\p{L})(?:pode|podes|poderia|puede|puedes|podría|podrías|vous pourriez|vous pouvez) (?:também |también |aussi )?(?:passar|mudar|trocar|ativar|incluir|adicionar|contratar|pasar|pasarte|cambiar|cambiarte|activar|añadir|contratar|passer|ajouter|souscrire|activer|profiter)(?!\p{L})|(?<!\p{L})(?:lo|la|o|a) (?:puedes|puede|pode|podes) (?:activar|contratar|añadir|ativar|contratar|incluir)(?!\p{L})|(?<!\p{L})(?:könnten|können) (?:sie|ihr|du) (?:\p{L}+ ){0,3}(?:wechseln|buchen|dazubuchen|hinzufügen|upgraden)(?!\p{L})|\b(?:would|do) you (?:also )?(?:like|want|fancy|be interested)\b|\bwant (?:me|us) to\b|\b(?:shall|should) (?:i|we)\b|\b(?:can|could|may) (?:i|we) (?:also )?(?:add|tempt|offer|interest|book|reserve|hold|put|pencil|sign|set|move|switch|upgrade|get)\b|\bfancy (?:it|that|one|some|a|an|the|adding|trying)\b|\b(?:interested|any interest|keen)\?|\bwhat if (?:i|we)\b|\b(?:i|we)(?:'d| would) (?:recommend|suggest)\b|\bhow about\b|\bwant (?:one|it|some|in)\?|(?<!\p{L})(?:¿?quiere(?:s)? que|¿te (?:lo|la|los|las|apunto|reservo|cambio|interesa)|¿le (?:interesa|apunto|reservo)|te puedo|le puedo|quer que|quer (?:fazer|aproveitar|experimentar)|gostaria de|tem interesse|posso (?:reservar|incluir|adicionar)|voulez-vous|souhaitez-vous|ça vous (?:intéresse|tente|dit)|je peux vous|möchten sie|wollen sie|darf ich|soll ich|hätten sie interesse|kann ich ihnen)(?!\p{L})/u;
const SEGUE =
  /^(?:also|oh,? and|and)\b|\b(?:by the way|btw|while you're here|while i(?:'ve got| have| got) you|just so you know|one more thing|quick one|before you go|when you're back|fyi|heads up)\b|(?<!\p{L})(?:por cierto|a propósito|aprovecho|aprovechando|aproveitando|aproveito|já agora|au fait|d'ailleurs|en passant|übrigens|nebenbei|apropos)(?!\p{L})/u;

/**
 * Round 6 forms: "what about X at £2.25 a month?" proposes when a recurring charge is named (without
 * one, "what about the $50 charge?" asks about a bill); "…if you need one?" puts it to the customer.
 */
const WHAT_ABOUT = /\b(?:what|how) about\b/;
const RECURRING =
  /\/\s?(?:mo|month|yr|year|night|user|day|wk|seat)\b|\b(?:per|a|each) (?:month|year|week|night|day|person|user)\b/;
const IF_YOU_NEED = /\bif you (?:need|want|'d like|would like|fancy) (?:one|it|them|some|any|that|this)\b/;
/** "only £6/month", "just $3 more": the price made small is a pitch. */
const MINIMISER = /\b(?:only|just) (?:[$€£]\s?\d|\d[\d.,]*\s?(?:€|eur|euros?|dollars?|pounds?))/u;
/** "an extra SIM on your account", "an additional driver": an add-on to what the customer has. */
const ADD_ON =
  /\b(?:an? )?(?:extra|additional) (?!(?:charges?|fees?|costs?|steps?|minutes?|days?|time|help|info\p{L}*|details?|questions?|checks?|security|verification)(?!\p{L}))\p{L}{2,}/u;

export type OfferSignals = { commercial: number; address: number; score: number };

/** The score of `window` (the sentence and the one before it); `s` is the sentence itself. */
export function scoreOffer(s: string, window: string): OfferSignals {
  const w = OFFER_WEIGHTS;
  const commercial =
    (ADD_ON.test(s) ? w.addOn : 0) +
    (PRICE.test(window) ? w.price : 0) +
    (DISCOUNT.test(window) ? w.discount : 0) +
    (FREE_THEN_PAID.test(window) ? w.freeThenPaid : 0) +
    (TIER_NOUN.test(window) ? w.tierNoun : 0) +
    (VALUE.test(window) ? w.value : 0);
  // The proposal must be the sentence itself; the segue may open it or the sentence before ("Done.
  // Also, …": `^also` tested on the window alone only ever saw the sentence before).
  const address =
    (PROPOSAL.test(s) || (WHAT_ABOUT.test(s) && RECURRING.test(s)) || IF_YOU_NEED.test(s) ? w.proposal : 0) +
    (PRESENT.test(s) ? w.present : 0) +
    (SEGUE.test(window) || SEGUE.test(s) ? w.segue : 0) +
    (MINIMISER.test(s) ? w.minimiser : 0) +
    (s.includes('?') ? w.question : 0);
  return { commercial, address, score: commercial + address };
}

/** Does the scored rule call this sentence an offer? */
export function isScoredOffer(s: string, window: string): boolean {
  const { commercial, address, score } = scoreOffer(s, window);
  return commercial >= MIN_COMMERCIAL && address >= MIN_ADDRESS && score >= OFFER_THRESHOLD;
}
