import { clip, FORM_IMPERATIVE, hasDigits, isAgentSide } from './text';
import type { Analyser, Finding } from './types';

/**
 * Words that introduce a case-like identifier (en, es, fr, de, it, pt, nl). Round 18: pt "processo n.º",
 * "registro" (a report opened at an airport desk). Round 20: a repair's "job number", nl "schadeclaim".
 * Round 21: Colombian "número de radicado". Round 22: pt "referência". Round 23: compounds, nl
 * "storingsmelding", de "Störungsticket". Round 24: de "Reparaturauftrag". Round 26: nl "referentienummer",
 * fr-CA "billet de service". Round 28: "inquiry" ("I also opened an inquiry by email, number INQ-302291"),
 * nl "klachtnummer"; round 29: pt "pedido de revisão", "pedido de reembolso"; round 31: de "Servicefall"; round 33: nl "correctieverzoek"; round 34: "SR number".
 */
const KEYWORD =
  /(?<![\p{L}-])(service request|sr number|work order|job (?:number|no|reference|ref|id)|schadeclaim|schademelding|claimnummer|dossiernummer|file reference|pedido de (?:assist[êe]ncia|suporte|repara[çc][ãa]o|garantia|revis[ãa]o|reembolso)|case|ticket|reference|ref|incident|claim|complaint|request|dispute|appeal|inquiry|enquiry|rma|report|incidencia|reclamaci[oó]n|caso|reporte|folio|radicado|expediente|contesta[çc][ãa]o|disputa|dossier|r[ée]f[ée]rence|refer[êe]ncia|demande|ticketnummer|fallnummer|vorgangsnummer|vorgang|referenznummer|aktenzeichen|st[öo]rungsmeldung|st[öo]rungsticket|reparaturauftrag|serviceauftrag|referentienummer|billet de service|supportticket|serviceticket|storingsmelding|storingsnummer|pratica|segnalazione|protocolo|chamado|ocorr[êe]ncia|melding|zaaknummer|referentie|file(?! (?:a|an|the|your|my|our|it|this|that|for|with|online|by|late|jointly|taxes|separately|electronically)(?![\p{L}\p{N}]))|r[ée]clamation|reclama[çc][ãa]o|reklamation|reclamo|queja|queixa|plainte|klachtnummer|klacht|beschwerde|sinistre|siniestro|sinistro|schadens?(?:fall)?nummer|schadens?fall|servicefall|supportfall|servicemelding|meldingsnummer|\p{L}*verzoek|solicitud|solicita[çc][ãa]o|richiesta|aanvraag|processo|registro|registo)(?![\p{L}\p{N}])/giu;

/** Identifiers the contract excludes: "booking reference", "order reference", "wire confirmation"… */
// (round 33: the same words in other languages, "(Buchungsnummer SR-2291847)")
const EXCLUDED_BEFORE =
  /\b(?:order|booking|confirmation|reservation|tracking|account|loan|wire|rental|policy|customer|member|flight|e|plane|taxpayer|tax|vat|utr|buchungsnummer|buchung|bestellnummer|auftragsnummer|kundennummer|boekingsnummer|reserveringsnummer|bestelnummer|klantnummer)(?:[\s-]+(?:id|number|no\.?|nr|#))?[\s:#-]*$|(?<!\p{L})(?:num[ée]ro de (?:réservation|commande|reserva|pedido)|número de (?:reserva|pedido|encomenda)|numero di (?:prenotazione|ordine))[\s:#-]*$/iu;

/** Ticketing-system ids (ServiceNow INC…, Salesforce CS…, RMA…), with any suffix ("CLM-55102-B"). */
const PREFIXED_ID =
  /(?<![\p{L}\p{N}-])((?:INC|CS|CASE|TKT|SR|REQ|RITM|CHG|PRB|CLM|RMA|REF|CMP)[-_]?\d{5,}(?:[-_/][\p{L}\p{N}]+)*)(?![\p{L}\p{N}])/gu;

const MAX_GAP_WORDS = 6;
/** Every identifier has at least three digits: lines without them are skipped at once. */
const MIN_DIGITS = 3;

/** Is `word` an identifier (not an amount, date, time, range or plain word)? Returns it cleaned. */
export function asIdentifier(word: string): string | null {
  if (/^[$€£¥]/.test(word)) return null;
  const w = word.replace(/^[#(["'“]+\s*/, '').replace(/[.,;:!?)\]"'”]+$/, '');
  if (w.length < 4 || !/^[\p{L}\p{N}][\p{L}\p{N}\-_/.]*$/u.test(w)) return null;
  if ((w.match(/\d/g) ?? []).length < MIN_DIGITS) return null;
  if (/^\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?$/.test(w)) return null; // date
  if (/^\d{1,2}-\d{1,2}$/.test(w) || /^\d+(?:am|pm|h|gb|mb|mbps|kg|%)$/i.test(w)) return null;
  if (/^\d{1,2}[.:]\d{2}(?:am|pm|h)$/i.test(w)) return null; // a time: "11.40pm"
  if (/^\d{1,3}(?:\.\d+)+$/.test(w) && !/^\d{4,}/.test(w)) return null; // version / amount
  if (!/[1-9]/.test(w)) return null; // a format mask: "VT-000000", "0000-000"
  if (/(?:^|[-_])err(?:or)?(?:[-_]|$)/i.test(w)) return null; // round 15: an error code, "DSP_ERR_409"
  return w;
}

/** A currency word after a number makes it an amount: "the claim is only 1100 dollars". */
const CURRENCY_AFTER =
  /^(?:dollars?|bucks|euros?|pounds?|quid|usd|eur|gbp|cad|aud|d[óo]lares|reais|francs?|francos|pesos|libras|yen|nok|sek|dkk|chf|pln|inr|jpy|brl|mxn|zar|nzd|kr|kroner|kronor|rupees?)(?!\p{L})/iu;

/**
 * Round 14: nouns of the excluded kinds between the keyword and a number claim the number: "J'ai votre
 * dossier : la commande 88-41208" is an order number, "a claim for order 55102" too (round 24: "a season
 * ticket, member no 55120" is a membership number).
 */
const OWNED_BY =
  /^(?:members?|membership|orders?|commandes?|pedidos?|encomendas?|bestellung(?:en)?|ordine|ordini|bestelling(?:en)?|invoices?|factures?|facturas?|rechnung(?:en)?|fattura|factuur|accounts?|compte|cuenta|conta|konto|tracking|bookings?|reservations?|r[ée]servation|reserva|cards?|carte|tarjeta|phone|t[ée]l[ée]phone|tel[ée]fono)$/iu;

/** "number", "no", "nº" between the noun and its number. */
const NUMBER_WORD = /^(?:numbers?|no|nr|num|n[º°o]|num[ée]ro|n[úu]mero|nummer|id|#)[.:]?$/iu;
/**
 * Is words[n] an excluded noun directly followed (after "number", "no"…) by the identifier? Not
 * across a comma: "une réclamation pour recalculer la facture, numéro REC-2024-55871".
 */
function ownedNext(words: string[], n: number): boolean {
  if (!OWNED_BY.test(words[n]!)) return false;
  let k = n + 1;
  while (k < words.length && NUMBER_WORD.test(words[k]!)) k++;
  return k < words.length && asIdentifier(words[k]!) !== null;
}

function idAfter(text: string, from: number): string | null {
  // "Claim no. 123": an abbreviation's dot does not end the sentence.
  // Round 17: also the Romance "n." ("Ho aperto il reclamo n. RC-7740").
  const window = text.slice(from, from + 80).replace(/\b(no|nr|num|ref|n)\.(?=\s)/gi, '$1');
  const rest = window.split(/[.!?](?=\s|$)|\n/)[0] ?? '';
  const words = rest.split(/\s+/).filter((w) => w.length > 0 && w !== '#' && w !== ':' && w !== '-');
  for (const [n, w] of words.entries()) {
    if (n > MAX_GAP_WORDS || ownedNext(words, n)) break;
    const id = asIdentifier(w);
    if (id && !CURRENCY_AFTER.test(words[n + 1] ?? '')) return id;
  }
  return null;
}

/**
 * Round 28: the number given in the next sentence, "Ho aperto una segnalazione per … . Il numero è
 * SEG-2024-118734." (a case keyword earlier in the same line, not excluded).
 */
const THE_NUMBER_IS =
  /(?:^|[.!?]\s+)(?:il|el|o|le|the|its|su|seu|sua|het|die) (?:numero|número|numéro|number|nummer) (?:è|es|é|est|is|ist|:)\s*/giu;

/** Identifiers introduced by a case/ticket/reference keyword, in order of appearance. */
export function caseNumbersIn(text: string): string[] {
  const found: string[] = [];
  if (!hasDigits(text, 3)) return found;
  const add = (v: string) => {
    if (!found.some((f) => f.toLowerCase() === v.toLowerCase())) found.push(v);
  };
  let firstCaseWord = Number.POSITIVE_INFINITY; // where the first keyword not of an excluded kind starts
  for (const m of text.matchAll(KEYWORD)) {
    if (EXCLUDED_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    firstCaseWord = Math.min(firstCaseWord, m.index);
    const id = idAfter(text, m.index + m[0].length);
    if (id) add(id);
  }
  for (const m of text.matchAll(THE_NUMBER_IS)) {
    const id = firstCaseWord < m.index ? idAfter(text, m.index + m[0].length) : null;
    if (id) add(id);
  }
  for (const m of text.matchAll(PREFIXED_ID)) {
    // Round 16: "Member ID CS-3301928": a ticketing-style id named as another kind is that kind.
    if (EXCLUDED_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    const id = asIdentifier(m[1]!); // the same checks as every identifier (a mask is none)
    if (id) add(id);
  }
  return found;
}

const ASK_WORDS =
  /\b(?:can|could|would|may) (?:you|i)\b|\bplease\b|\bwhat(?:'s|’s| is)\b|\bdo you have\b|\b(?:provide|share|enter|confirm|give me)\b|\?/i;
/** Round 22: also a bot's imperative ("Inserisci il numero della pratica (es. RIP-000000)"). */
const ASKS = new RegExp(`${ASK_WORDS.source}|${FORM_IMPERATIVE.source}`, 'iu');
/**
 * Round 15: the key asked for with its number word, or as the question itself ("your ticket?"); a
 * "reference" anywhere but "with reference to". "Please allow me a moment to review your request"
 * asks for nothing (the customer's next line held a workspace id).
 */
const ASKED_KEY =
  /\b(?:case|ticket|incident|claim|complaint|request|rma|report) (?:number|no|id|#|reference)\b|\b(?:case|ticket|incident|claim|complaint|rma)\b\s*\?|\b(?:reference|ref)\b(?! to)|(?<!\p{L})(?:num[ée]ro de (?:dossier|sinistre|r[ée]clamation|ticket|caso|incidencia|reclamaci[oó]n|protocolo|chamado)|numero (?:della|di|del) (?:pratica|segnalazione|ticket|sinistro|reclamo)|n[úu]mero (?:de|do) (?:processo(?: de sinistro)?|caso|incidencia|protocolo|chamado|sinistro|siniestro)|(?:fall|vorgangs|schadens?(?:fall)?|ticket)nummer|aktenzeichen)(?!\p{L})/iu;
/** Asking for one of these is not asking for a case number ("to start a claim, what's your policy number?"). */
const ORDER_LIKE =
  /\b(?:order|booking|confirmation|reservation|tracking|account|policy|member|membership|customer|phone|card|serial) (?:number|no|id|#|reference)\b/i;

/**
 * Round 23: the customer asking for their case number ("ok. and my ticket number?"): the agent's
 * next line gives it, bare ("It's LED-20931.").
 */
const CUSTOMER_ASKS_KEY =
  /\b(?:case|ticket|incident|claim|complaint|reference|ref) (?:number|no|id|#)\b[^.!]*\?|\b(?:case|ticket|reference) number\b|\bmy (?:case|ticket|reference)\s*\?/i;

/** An answer that names another kind of number ("your order 55102 is…") gives no case number. */
const OTHER_KIND = /\b(?:order|account|tracking|booking|policy|phone|card|invoice|member)\b/i;

/** A bare identifier typed in reply to "what's your ticket number?". */
function answeredId(text: string): string | null {
  for (const w of text.split(/\s+/)) {
    const id = asIdentifier(w);
    if (id) return id;
  }
  return null;
}

/** `case-number`: case, ticket, reference, incident, claim, complaint or service-request ids. */
export const caseNumber: Analyser = {
  id: 'case-number',
  labels: ['case-number'],
  analyse(lines) {
    const out: Finding[] = [];
    let askedForCase = false;
    let customerAskedCase = false;
    const known = new Set<string>();
    lines.forEach((line, i) => {
      const values = caseNumbersIn(line.text);
      if (values.length === 0 && line.role === 'customer' && askedForCase) {
        const id = answeredId(line.text);
        if (id) values.push(id);
      }
      if (values.length === 0 && isAgentSide(line.role) && customerAskedCase && !OTHER_KIND.test(line.text)) {
        const id = answeredId(line.text);
        if (id) values.push(id);
      }
      if (line.role === 'customer')
        customerAskedCase = CUSTOMER_ASKS_KEY.test(line.text) && line.text.includes('?');
      else if (isAgentSide(line.role)) customerAskedCase = false;
      // "I've got your file DENSW44218 open": a case number seen before is one wherever it reappears.
      for (const w of known.size > 0 && hasDigits(line.text, 3) ? line.text.split(/\s+/) : []) {
        const id = asIdentifier(w);
        if (id && known.has(id.toLowerCase()) && !values.some((v) => v.toLowerCase() === id.toLowerCase()))
          values.push(id);
      }
      for (const v of values) known.add(v.toLowerCase());
      for (const value of values) out.push({ i, label: 'case-number', value, evidence: clip(line.text) });
      if (isAgentSide(line.role)) {
        askedForCase =
          values.length === 0 &&
          ASKS.test(line.text) &&
          ASKED_KEY.test(line.text) &&
          !ORDER_LIKE.test(line.text);
      }
    });
    return out;
  },
};
