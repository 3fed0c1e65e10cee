import type { Role } from '../model';
import type { Line } from './types';

/** The side of the chat that speaks for the company. */
export function isAgentSide(role: Role): boolean {
  return role === 'agent' || role === 'bot';
}

/**
 * Round 12: English contractions typed without the apostrophe ("i cant change", "thats good"). Only
 * words that are no word of their own in the languages the analysers read ("dont" is French, "im"
 * German, "ill" and "wont"-like words English), so the lists need no second spelling. Applied by
 * `normWords` (the analysers, in the background), not by `norm`, which the recorder also runs.
 */
const BARE_CONTRACTION =
  /\b(can|didn|doesn|isn|wasn|weren|aren|haven|hasn|hadn|couldn|wouldn|shouldn)t\b|\bdosent\b|\b(that|what)s\b|\b(i)ve\b|\b(you|they)re\b/g;
const withApostrophe = (_m: string, nt?: string, s?: string, ve?: string, re?: string): string =>
  nt ? `${nt}'t` : s ? `${s}'s` : ve ? `${ve}'ve` : re ? `${re}'re` : "doesn't";
/**
 * Round 17 (then in cant-help only), moved here in session 14: "dont" and "ill" are words of their
 * own (French "dont", English "ill"), so only where no other reading fits: "dont" after an English
 * subject or adverb ("i dont have access"), "ill" before a verb of follow-up ("ill call you").
 */
const BARE_DONT = /\b(i|you|we|they|u|just|really|still|please|and|but|so)\s+dont\b/g;
const BARE_ILL =
  /(^|[^\p{L}'])ill\s+(call|email|send|check|text|ring|update|follow|look|let|get back|pass)\b/gu;

/** Lower-case, straight quotes, single spaces: every phrase list is written against this form. */
export function norm(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `norm`, and contractions typed without the apostrophe restored: the form the analysers read. */
export function normWords(text: string): string {
  return norm(text)
    .replace(BARE_CONTRACTION, withApostrophe)
    .replace(BARE_DONT, "$1 don't")
    .replace(BARE_ILL, "$1i'll $2");
}

/** Sentences (and lines) of a message, so a question in one sentence does not taint the next. */
export function sentences(text: string): string[] {
  return (
    text
      // (round 19: an abbreviation is a word of its own: "geprüft." ends a sentence, "ft." does not;
      // round 21: nor do dotted initials, "12 maanden i.p.v. 10", "e.g.", "z.B.")
      .split(
        /(?<=[!?]|(?<!(?<![\p{L}\p{N}_])(?:dr|mr|mrs|ms|st|vs|approx|prof|mt|ft|(?:\p{L}\.)+\p{L}))\.)\s+|\n+/iu,
      )
      .map((s) => s.trim())
      .filter((s) => s.length > 0)
      .reduce<string[]>((out, s) => {
        // (round 27: a German date's ordinal dot ends nothing, "Am Donnerstag, 14. März, um 10:30 Uhr")
        const prev = out.at(-1);
        if (prev !== undefined && ORDINAL_DOT.test(prev) && MONTH_DE.test(s))
          out[out.length - 1] = `${prev} ${s}`;
        else out.push(s);
        return out;
      }, [])
  );
}
const ORDINAL_DOT = /(?<![\p{N}.])\p{N}{1,2}\.$/u;
const MONTH_DE =
  /^(?:januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|apr|jun|jul|aug|sep|sept|okt|nov|dez)(?![\p{L}])/iu;

/** Word tokens (letters, digits, apostrophes inside words). */
export function tokens(text: string): string[] {
  return norm(text).match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
}

/** First `max` characters of a line, for evidence strings. */
export function clip(text: string, max = 80): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

/**
 * Does the text hold at least `n` ASCII digits (what `/(?:\D*\d){n}/` tests)? Counted in a loop:
 * that regexp backtracks over every start position of a line with fewer digits, and it ran on
 * every line (2% of a 10,000-line analyse() in Node's profile).
 */
/**
 * A value kept per transcript array, made again when the array's length differs from when it was
 * made (analysers share one array per pass; the memo must never outlive or outgrow it). Pure for
 * the callers: `make` must depend on `lines` alone.
 */
export function perLines<T>(
  memo: WeakMap<readonly Line[], { n: number; value: T }>,
  lines: readonly Line[],
  make: () => T,
): T {
  const hit = memo.get(lines);
  if (hit && hit.n === lines.length) return hit.value;
  const value = make();
  memo.set(lines, { n: lines.length, value });
  return value;
}

export function hasDigits(text: string, n: number): boolean {
  let seen = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57 && ++seen >= n) return true;
  }
  return false;
}

/** Does any pattern match? */
export function some(res: readonly RegExp[], text: string): RegExp | null {
  for (const re of res) if (re.test(text)) return re;
  return null;
}

/**
 * One regexp matching wherever any of `res` matches: a single cheap test that rejects most lines
 * before the per-pattern loop runs (most lines of a 10,000-line chat match nothing).
 * Named groups are dropped (duplicates are not allowed in one pattern). The patterns of one list
 * share their case flag, so the union is exact, not merely a superset.
 */
export function anyOf(res: readonly RegExp[]): RegExp {
  const flags = ['i', 'u'].filter((f) => res.some((r) => r.flags.includes(f))).join('');
  return new RegExp(res.map((r) => `(?:${r.source.replace(/\(\?<[a-z]+>/g, '(')})`).join('|'), flags);
}

/**
 * Titles before a surname in de, es, pt and fr ("mit Herrn Albrecht", "con la Sra. Gómez"), as a
 * regexp source, each optionally followed by a dot: grammar, not part of the name (round 12).
 */
export const FOREIGN_TITLES = 'herrn?|frau|señora?|sra?|senhora?|monsieur|madame|mme';

/** Titles before a name, en and (round 12) de, es, pt, fr. */
const TITLE = new RegExp(String.raw`^(?:mr|mrs|ms|miss|dr|${FOREIGN_TITLES})\.?\s+`);
const firstWord = (s: string) => norm(s).replace(TITLE, '').split(/[\s(]/)[0] ?? '';
/** "M. Reyes" introduced as "Martina Reyes": an initial and the same surname are the same person. */
const INITIAL = /^\p{L}\.?$/u;
/**
 * One agent under two names: the same first word ("Priya", "Priya S."), or the same surname with an
 * initial ("M. Reyes", "Martina Reyes") or alone ("Herrn Albrecht", "K. Albrecht"). Used by transfer
 * (a new author is not a new agent) and the offer tracker (an offer closes when another agent takes over).
 */
export const sameAgent = (a: string | null, b: string | null): boolean => {
  if (a === null || b === null) return false;
  if (firstWord(a) === firstWord(b)) return true;
  const [x, y] = [norm(a).replace(TITLE, '').split(/\s+/), norm(b).replace(TITLE, '').split(/\s+/)];
  if (x.at(-1) !== y.at(-1)) return false;
  // Round 12: "Herrn Albrecht" announced, "K. Albrecht" writing: a surname alone is the same person.
  if (x.length === 1 || y.length === 1) return x.length !== y.length;
  return (INITIAL.test(x[0]!) || INITIAL.test(y[0]!)) && x[0]![0] === y[0]![0];
};

/** Round 22: a form's imperative in a bot's ask ("Inserisci il numero della pratica"): it asks. */
// (round 28: pt-PT "Indique, por favor, o número do processo de sinistro", es "indíquenos")
export const FORM_IMPERATIVE =
  /(?<!\p{L})(?:inserisci|inserisca|introduzca|ingrese|ingresa|saisissez|digite|indique|indíquenos|indiquez)(?!\p{L})/u;

/** The word "but" in en, es, pt, fr, de, it, nl (promise's clause split, the offer tracker's conditions). */
export const BUT_WORDS = 'but|pero|mas|mais|aber|ma|maar';

/** Round 30: who owns an account, as a regexp source (cant-help's holder-only rule, script-loop's holder ask). */
export const HOLDER_WORDS = 'account ?holder|policy ?holder|card ?holder';

/**
 * A first-person hand-off in es, fr, pt, it, de and nl ("le paso con", "je vous transfère", "vou
 * passá-la para", "ich leite Sie", "ik verbind u"): transfer's hand-off, and cant-help's path (round 14:
 * "je n'ai pas accès… je vous transfère à ma collègue" refuses nothing). "le paso a" a plan or a
 * tariff is a switch, not a hand-off. Round 22: progressive forms, it "Ti stiamo trasferendo a un
 * operatore", es "Te estoy derivando con un agente"; nl "Ik zet u door naar onze technische planning".
 * Round 23: es "Te voy a comunicar con un asesor"; round 24: pt-PT "Estou a transferir a conversa"; round
 * 26: pt "tenho de passar para a logística"; round 27: it "la passo subito alla nostra infermiera", fr "je
 * dois vous transférer au service clientèle"; round 28: es "lo comunico ya mismo".
 */
export const HANDOFF_OTHER =
  /(?<!\p{L})(?:(?:le|te|lo|la|os|les) (?:transfiero|paso (?:ahora (?:mismo )?|ya |enseguida )?con|paso al|paso a(?! (?:la |el |una? )?(?:fibra|tarifa|plan|prepago|pospago|contrato|\d))|comunico con|comunico (?:ya|ahora|enseguida)|derivo|voy a (?:transferir|pasar|derivar|comunicar|conectar))|je (?:vous|te) (?:transf[èe]re|mets en relation|passe|redirige|oriente vers)|je (?:dois|vais) (?:vous|te) (?:transf[ée]rer|passer|mettre en relation|rediriger)|ich (?:verbinde|leite) (?:sie|dich|euch)|vou (?:te |lhe |o |a |vos )?(?:transferir|passar|encaminhar|conectar)|estou a (?:transferir|passar|encaminhar)|estou a (?:transferi|passá|encaminhá)-l[oa]s?|tenho (?:de|que) (?:o |a |te |lhe )?(?:passar|transferir|encaminhar) para|estou (?:transferindo|passando|encaminhando)|vou (?:transferi|passá|encaminhá)-(?:l[oa]s?|te)|la trasferisco|(?:ti|la|vi) metto (?:\p{L}+ )?in contatto con|(?:ti|la) passo (?:subito |ora |adesso )?(?:a|al|alla|con)|ik verbind (?:u|je)|verbind ik (?:u|je) door|(?:ti|la|vi) (?:sto|stiamo) (?:trasferendo|passando|mettendo in contatto con)|(?:te|le|lo|la|os|les) (?:estoy|estamos) (?:transfiriendo|derivando|pasando|comunicando|conectando)|(?:ik|we|wij) zet(?:ten)? (?:u|je) door|zet(?:ten)? (?:ik|we|wij) (?:u|je) door)(?!\p{L})/u;

/**
 * Round 20: someone unnamed coming to the chat ("An adviser will continue with you shortly"): the
 * queue before anyone from the company spoke, a bot's hand-off after (transfer), never a promise.
 */
// (round 28: "A member of our Reservations team will assist you.")
export const AGENT_COMING = String.raw`\b(?:(?:an?|the next|our next|one of our) (?:available )?(?:adviser|advisor|agent|colleague|specialist|representative|team member|human|person)s?|a member of (?:our|the) (?:[\w&]+ ){0,3}team) (?:will|'ll) (?:be with you|continue(?: with you)?|join(?: you)?|take over|pick (?:this|it) up|be right with you|assist you)\b`;

/** Round 20: English role titles before a name ("Supervisor Peter Mwangi joined the chat"), as a regexp source. */
export const ROLE_TITLES =
  'agent|representative|advis[eo]r|specialist|consultant|officer|supervisor|manager|team lead(?:er)?';

/** Words that end a team's or a queue's name ("Payroll Support", "Claims Team"), as a regexp source. */
export const TEAM_WORDS =
  'support|team|service|services|desk|help|care|billing|sales|department|queue|center|centre|' +
  // Round 9: departments named on their own ("Transferring you to Mortgage Insurance").
  'claims|insurance|technical|retention|retentions|returns|refunds|payments|collections|escalations|accounts|operations|enquiries|reservations|' +
  // Round 11: more departments named on their own ("you're through to Autovia renewals", "transferring you to Partnerships").
  'renewals|servicing|partnerships|admissions|finance|loyalty|memberships|bookings|complaints|disputes|fraud|compliance|logistics|warranty|repairs|appointments|enrolments?|enrollments?|underwriting|lending|mortgages|savings|investments|bürgerservice|kundenservice|' +
  // Round 21: "You're chatting with Northgate Pensions", "Bugbusters NZ", "transfer you to Tutor Quality".
  'pensions|quality|nz|uk|au|ie|' +
  // Round 31: "Marcus transferred the chat to Financial Counseling"; a company, "You're chatting with Harbor Bank".
  'counseling|counselling|advice|assistance|bank|' +
  // Round 32: "transferred the chat to Field Scheduling", nl "Je chat met Noordstroom Klantenservice is gestart".
  'scheduling|klantenservice|kundendienst|' +
  // Round 34: "Transferring you to Aftercare."
  'aftercare|aftersales';

/**
 * What follows a name continues a team's name: "connected to FlexPoint Gyms membership team", "this
 * is Munchr customer help" name no one. "…to Anna from support" does name someone: "from", "at",
 * "and", "vom", "du" and the like join a person to a team. Case-insensitive; `after` starts right after the name.
 */
const TEAM_AFTER_NAME = new RegExp(
  String.raw`^(?: (?!(?:from|at|of|with|in|on|and|here|vom|von|aus|bei|du|de|des|da|do|del|della|chez|van|bij)(?!\p{L}))[\p{L}'’-]+){0,2}? (?:${TEAM_WORDS}|helpdesk)(?!\p{L})`,
  'iu',
);
/** Round 19: a word glued to "+" or "&" is a brand ("you're chatting with Gym+ Ireland"; round 24: "Spoke & Chain"). */
const BRAND_GLUE = /^(?:[+&]| & )/;
/**
 * Round 24: a widget's own greeting tells how long a reply takes ("You're chatting with FreshCrate.
 * Average wait: 2 min.", "We usually reply in a few minutes."; round 25: or the queue position, "You
 * are number 2 in the queue"): the name in it is the company's.
 */
export const WIDGET_WAIT_NOTE =
  /\b(?:we (?:usually|typically|normally) (?:reply|respond|answer)|(?:average|typical|estimated|expected) (?:wait|reply|response)(?: time)?\b|typically replies|usually replies|you are (?:number|no\.?|#) ?\d+ in (?:the )?queue)/i;
export const continuesAsTeam = (after: string): boolean =>
  BRAND_GLUE.test(after) || TEAM_AFTER_NAME.test(after);

/**
 * Round 15: what follows a name, capitalised, ends a company's name ("Harbor Federal" + " Credit
 * Union", "… Home Loans"). Case-sensitive: the words are part of a proper name.
 */
const COMPANY_AFTER_NAME =
  /^ (?:Credit|Union|Bank|Banking|Insurance|Assurance|Airlines?|Airways|Energy|Power|Water|Mobile|Telecom|Communications|Broadband|Group|Inc|Ltd|LLC|Company|Corp|Corporation|Services|Financial|Finance|Holdings|Healthcare|Pharmacy|Motors|Rentals?|Utilities|Networks?|Loans|Bancorp|Savings)\b/u;
export const continuesAsCompany = (after: string): boolean => COMPANY_AFTER_NAME.test(after);

/**
 * The text after the name kept from match `m`: the name may be shorter than the match (a second word
 * dropped, a trailing "from" cut), so this is what follows the name's last word inside the match.
 */
export function afterName(text: string, m: RegExpExecArray | RegExpMatchArray, name: string): string {
  const last = name.split(/\s+/).at(-1)!.toLowerCase();
  const k = m[0].toLowerCase().lastIndexOf(last);
  return text.slice((m.index ?? 0) + (k < 0 ? m[0].length : k + last.length));
}
