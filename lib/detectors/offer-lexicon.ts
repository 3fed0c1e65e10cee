import { tokens } from './text';

/**
 * What an offer sells, as a small category lexicon with synonyms, so "did the customer ask for it
 * in this chat?" compares kinds of product instead of raw words: "can I add my daughter?" asked for
 * a line ("Adding a line is $20/month" answers it), while "can I get a loaner?" did not ask for a
 * protection plan whose repairs "include a loaner unit". Plain data; patterns run on `normWords()` text.
 * "plan", "add" and "upgrade" are deliberately no category: every offer has them.
 */
export const PRODUCT_CATEGORIES: readonly { id: string; re: RegExp }[] = [
  {
    id: 'line',
    re: /\b(?:(?:new|extra|second|additional|another) (?:line|number|sim|phone line)|lines?|phone plan|family plan|add (?:her|him|them|my (?:wife|husband|son|daughter|kid|partner|mom|dad)))\b/,
  },
  { id: 'data', re: /\b(?:data|hotspot|\d+ ?gb|gigabytes?|roaming|international (?:pass|plan)|day pass)\b/ },
  {
    id: 'speed',
    re: /\b(?:speeds?|mbps|\d+ ?gig|gig plan|fib(?:er|re)|faster|bandwidth|internet (?:plan|tier))\b/,
  },
  {
    id: 'tv',
    re: /\b(?:channels?|sports (?:pack|package)|tv|dvr|cable box|hbo|premium channels|streaming (?:add-on|pack))\b/,
  },
  {
    id: 'protection',
    re: /\b(?:protection|protect|warranty|insurance|insure|coverage|cover|covered|rider|roadside|accident forgiveness|gap|\w*care\+?|damage waiver|guard|forgiveness)\b/,
  },
  {
    id: 'support',
    re: /\b(?:priority|premium|pro|24\/7|dedicated) (?:support|service|line)\b|\bsla\b|\bsupport (?:tier|plan)\b/,
  },
  {
    id: 'term',
    re: /\b(?:annual(?:ly)?|yearly|per year|\d+[- ]?(?:month|year) (?:agreement|contract|term|plan|commitment)|contract|prepay\w*|billed yearly)\b/,
  },
  { id: 'extension', re: /\b(?:extend\w*|extension|renew\w*|longer)\b/ },
  {
    id: 'device',
    re: /\b(?:new (?:phone|device|handset|laptop|tablet)|phone upgrade|device upgrade|installment)\b/,
  },
  { id: 'seats', re: /\b(?:seats?|users?|licen[cs]es?)\b/ },
  { id: 'storage', re: /\b(?:storage|\d+ ?tb|space|autoscal\w*|backup)\b/ },
  { id: 'room', re: /\b(?:suite|rooms?|ocean view|sea view|king|queen|room upgrade)\b/ },
  { id: 'stay', re: /\b(?:late check-?out|early check-?in|extra night)\b/ },
  {
    id: 'flight',
    re: /\b(?:legroom|priority boarding|seat selection|premium (?:cabin|economy)|business class|first class|lounge|upgrade (?:my|the|your) seat)\b/,
  },
  { id: 'bags', re: /\b(?:bags?|baggage|luggage)\b/ },
  {
    id: 'tier',
    re: /\b(?:premium|plus|pro|gold|platinum|ultimate|business|unlimited|family|max|elite|vip) (?:plan|tier|membership|account|package|bundle)\b|\bbundle\b/,
  },
  { id: 'card', re: /\b(?:credit|rewards|store|travel|cashback|platinum|gold) card\b/ },
  {
    id: 'loan',
    re: /\b(?:loans?|overdraft|credit line|line of credit|apr|financing|mortgage|refinanc\w*)\b/,
  },
  { id: 'delivery', re: /\b(?:delivery|shipping|dashpass|express)\b/ },
  { id: 'rental', re: /\b(?:rental|loaner|courtesy car|hire car|rent)\b/ },
  { id: 'training', re: /\b(?:personal train\w*|trainer|classes|sessions|physio\w*|coaching)\b/ },
  { id: 'security', re: /\b(?:monitoring|alarm|vpn|antivirus|identity theft|credit monitoring|security)\b/ },
  { id: 'subscription', re: /\b(?:subscription|subscribe|membership|member|box|autoship|trial)\b/ },
];

/** Categories named in a text (already `normWords()`ed). */
export function categoriesOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const c of PRODUCT_CATEGORIES) if (c.re.test(text)) out.add(c.id);
  return out;
}

/**
 * Features of a product are not the product: "a plan that includes a loaner unit" sells the plan.
 * Everything after these words (to the end of the clause) is dropped before categories are read.
 */
const FEATURE =
  /\b(?:includ\w*|comes? with|with (?:unlimited|free|no|access|priority)|so you(?:'d| would)? get|you(?:'d| would) get|which covers|that covers|covers|you get)\b[^.;!?]*/g;

export function productCore(text: string): string {
  return text.replace(FEATURE, ' ');
}

const STOP = new Set(
  `the and for you your c'est même quand our with this that are was its it's can get per month year more only just also have has
  what how why would like want add plan new free one two all any now off yes please not but let's lets from will
  day days week weeks time today tomorrow their they them then than there which who into out over need could
  should about some much does did been being here right still really actually okay sure thanks thank
  pour les des une est que qui dans avec sur par pas vous votre vos nous por para los las una con del
  mit und der die das ein eine für sie ihr ihnen von com uma não seu sua você nao per della sono
  kann können wer dann aber auch noch schon wie was wann warum ich wir ist sind hat haben wird werden bei aus nach nicht kein keine
  peux peut pouvez puis mais aussi encore comment quoi quand pourquoi qui elle sont ont être avoir fait faire tout
  puedo puede pueden pero también cómo qué cuándo dónde quién tiene tengo hay esto eso
  posso pode podem mas também como quando onde quem tem está isso isto
  sans sin sem ohne mes mês meses mois monat jahr año ano année día dia jour tag semana semaine woche`.split(
    /\s+/,
  ),
);

/** A light stemmer: "extended", "extends", "extending" → "extend"; "boxes" → "box". */
export function stem(word: string): string {
  let w = word;
  for (const suffix of ['ations', 'ation', 'ings', 'ing', 'ies', 'ied', 'es', 'ed', 'ly', 's']) {
    if (w.length - suffix.length >= 3 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length) + (suffix === 'ies' || suffix === 'ied' ? 'y' : '');
      break;
    }
  }
  return w.endsWith('e') && w.length > 3 ? w.slice(0, -1) : w;
}

/** Stemmed content words of a text. */
export function contentStems(text: string): Set<string> {
  return new Set(
    tokens(text)
      .filter((w) => w.length >= 3 && !STOP.has(w) && !/^\d+$/.test(w))
      .map(stem),
  );
}

/**
 * The customer asking to buy, add, change or price something: the products named in such a line
 * are "asked for in this chat". Questions alone are not enough ("what does it cover?" asks about
 * an offer, it does not request one).
 */
export const PURCHASE_INTENT = [
  /\bhow much\b|\bwhat(?:'s| is| are| does| would)\b[^.?!]{0,30}\b(?:price|cost|rate)s?\b|\b(?:price|cost|quote) (?:of|for)\b/,
  /\bis there a way\b|\bdo you (?:have|offer|sell|do)\b|\bavailable\b|\bin stock\b|\bis it possible\b/,
  /\b(?:can|could|may) (?:i|we|you) (?:please )?(?:add|get|buy|upgrade|switch|have|order|book|extend|renew|change|move|increase|raise|put|give|sign|enroll|join|purchase)\b/,
  /\bhow (?:do|can|would) (?:i|we) (?:pay|get|buy|add|upgrade|order|book|extend|renew|switch|sign up|join)\b/,
  /\b(?:i|we)(?:'d| would)? (?:want|need|like|'d like|wanna|am looking|'m looking|are looking|'re looking|was hoping|was wondering)(?: to| for| about| if)? (?:add|upgrade|buy|get|switch|order|book|extend|renew|change|move|increase|sign up|join|subscribe|purchase|a|an|another|more)\b/,
  // Round 12: "does my package include travel insurance?": what the customer asks their plan to hold.
  /\b(?:does|do|is|are) (?:my|our|the|this) [^.?!]{0,30}\b(?:include|come with|cover)\b/,
  /\binterested in\b|\bneeds? (?:a|an|another|more|some)\b|\bmore (?:data|speed|storage|seats|space|users)\b|\bbigger\b/,
  /\b(?:upgrade|add|extend|renew|book) (?:me|my|it|the|a|an|her|him|us)\b/,
];
