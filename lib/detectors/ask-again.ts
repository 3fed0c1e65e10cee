import { contentStems } from './offer-lexicon';
import { sentences } from './text';

/**
 * Asking again for anything, whatever it is called: the agent's asks (questions and requests)
 * are remembered as content stems; once the customer answered one, or said they already did it
 * ("já tentei isso", "did that already"), a later ask about the same thing (at least
 * `MIN_SHARED_STEMS` stems in common, the wh-word counting as one: "why … cancel") is a loop.
 * Only the latest `MAX_REMEMBERED` answered asks are kept, so a long chat stays linear.
 */
export const MIN_SHARED_STEMS = 2;
export const MAX_REMEMBERED = 24;
/** …and those must be at least this share of the new ask, so a shared "phone" and "SIM" is not enough. */
export const MIN_SHARED_SHARE = 0.5;

/** Request words say how something is asked, not what: they never count as shared. */
const ASK_WORDS = new Set(
  `ask may kindly let know able tell check try again first once quick quickly current currently
  consegu pod pode poderia podr puede pued pouv pourr essay könn bitte favor então entonc alor dann
  gehen ahead befor moment see prob prueb intent essayez vérifi verifiqu überprüf uno una luego nuevo otra vez
  despué depoi novament encor wieder noch bien`.split(/\s+/),
);
const WH =
  /(?<!\p{L})(?:why|warum|pourquoi|porque|por qué|por que|what|which|when|where|how|qué|cuál|quand|quel\p{L}*|welche\p{L}*|wann|wo)(?!\p{L})/u;
// Options put to the customer ("I can see these renewal options for you: …") ask for a choice.
// (round 23: the agent's own "I shall make sure he sends you the report" asks nothing)
const ASKING =
  /\?|\b(?:please|kindly|could you|can you|would you|try|have you tried)\b|(?<!\b(?:i|we)(?:'ll| will| shall|'m going to| am going to|'re going to| are going to) (?:also )?)\b(?:make sure|double-check)\b|\b(?:these|the following|your|two|three) (?:\w+ )?options\b|\boptions? (?:for you|available)\b|\byou can (?:choose|pick)\b|\bchoose (?:between|from)\b|(?<!\p{L})(?:bitte|veuillez|pouvez-vous|s'il vous plaît|vérifiez|por favor|asegúrese|asegúrate|pode|poderia|tente|verifique)(?!\p{L})/u;
/** The customer saying the step was already done, in any of the five languages. */
// (round 30: first person "I tried", it "Ho provato a inviare l'autolettura dall'app")
const ALREADY =
  /\b(?:already|did that|done that|tried that|tried it|did it|i did|been there|i(?:'ve| have)? tried)\b|(?<!\p{L})(?:já (?:tentei|fiz|testei)|tentei|ya (?:lo )?(?:intenté|hice|probé)|intenté|probé|déjà (?:fait|essayé|testé)|j'ai essayé|schon (?:gemacht|versucht|probiert)|bereits (?:gemacht|versucht)|ich habe (?:\p{L}+ )?(?:versucht|probiert)|ho (?:già )?provato|ik heb (?:al )?geprobeerd)(?!\p{L})/u;
/** "What can I help you with?", "Posso ajudar em algo mais?": offers of help ask for nothing. */
// (round 29: with a pronoun, "¿En qué puedo ayudarle?")
const HELP_OFFER =
  /\b(?:help|assist)\b|(?<!\p{L})(?:ajud\p{L}*|aider|ayud\p{L}*|helfen|aiut\p{L}*|für sie tun|faire pour vous|hacer por usted)(?!\p{L})/u;
/**
 * Round 29: "Einen Moment bitte, ich verbinde Sie mit einem Mitarbeiter." announces a transfer; it
 * asks for nothing, though a menu before it offered "Mit einem Mitarbeiter sprechen".
 */
const TRANSFER_SAID =
  /\bi(?:'ll| will|'m| am)(?: now)? (?:connect|connecting|transfer|transferring|put(?:ting)? you through)\b|(?<!\p{L})(?:ich verbinde sie|je vous (?:transf[eè]re|mets en relation)|(?:le|te) (?:transfiero|comunico|paso)|vou te (?:transferir|passar|conectar)|ti (?:passo|trasferisco)|la (?:passo|trasferisco)|ik verbind (?:u|je))(?!\p{L})/u;
/** A number, id or code asked for: a new ask, unless the one answered before asked for one too. */
const NUMBER_ASKED = /(?<!\p{L})(?:number|id|code|n[uú]m[eé]ro|c[oó]digo|codice|nummer|nr)(?!\p{L})/u;
/** "One sec", "hang on, checking": the customer is still getting it. */
export const STALL =
  /^\W*(?:one (?:sec|second|moment|min)|hang on|hold on|wait|give me a (?:sec|second|minute|moment)|brb|checking|looking|let me (?:check|look|find))\b|(?<!\p{L})(?:un momento|un instant|moment bitte|um momento|espera)(?!\p{L})/u;
/** "Not yet", "haven't": nothing done (script-loop's NOT_DONE builds on it). */
export const NOT_YET =
  /\b(?:haven't|have not|didn't|did not|not yet)\b|(?<!\p{L})(?:noch nicht|pas encore|todavía no|ainda não)(?!\p{L})/u;
const NOT_AN_ANSWER = new RegExp(
  String.raw`\?\s*$|^\W*(?:no|nope|nein|non|não|nao|not yet|no sé|je ne sais pas|weiß nicht|não sei|i don't know)(?!\p{L})|${NOT_YET.source}`,
  'u',
);

/** An instruction in an agent's line: a step to take somewhere ("cancela em Minha Conta > Assinatura"). */
const INSTRUCTION =
  /\w\s*>\s*\w|\b(?:go to|open|tap|click|select|restart|reset|re-?enter|update|reinstall)\b/;

/** Marks an ask that asked for a number (never counted as a shared stem). */
const NUMBER_MARK = '#number';

function askStems(s: string): Set<string> {
  // "cancelling" and "cancel" are one stem; "you'd" is no content.
  const stems = [...contentStems(s)].filter((w) => !w.includes("'")).map((w) => w.replace(/(.)\1$/, '$1'));
  const out = new Set(stems.filter((w) => !ASK_WORDS.has(w)));
  // "ID" is what is asked for, though too short for a content stem ("el ID del viaje").
  if (/(?<!\p{L})id(?!\p{L})/u.test(s)) out.add('id');
  const wh = s.match(WH);
  if (wh) out.add(`wh:${wh[0]}`);
  if (NUMBER_ASKED.test(s)) out.add(NUMBER_MARK);
  return out;
}

/** Remembers answered asks; `agent` returns the stems shared with one, or null. */
export function createAskMemory() {
  let pending: Set<string>[] = [];
  const answered: Set<string>[] = [];
  /** The latest agent line's instructions, asked or not ("você mesmo cancela em Minha Conta > …"). */
  let told: Set<string>[] = [];
  const remember = (sets: Set<string>[]) => {
    answered.push(...sets.filter((a) => a.size > 0));
    if (answered.length > MAX_REMEMBERED) answered.splice(0, answered.length - MAX_REMEMBERED);
  };
  return {
    customer(t: string) {
      if (STALL.test(t)) return; // the ask stays pending
      if (pending.length > 0 && (ALREADY.test(t) || !NOT_AN_ANSWER.test(t))) remember(pending);
      // Round 19: "já tentei isso", "i already re-entered last year's AGI": what the customer says
      // they did, and the instructions of the agent's line before, were done, asked for or not
      // (only the sentence that says so: "Everything else works fine. I've already unplugged it")
      const did = sentences(t).filter((s) => ALREADY.test(s) && !NOT_YET.test(s));
      if (did.length > 0) remember([...did.map(askStems), ...told]);
      pending = [];
      told = [];
    },
    agent(ss: readonly string[]): string[] | null {
      // The ask is its own clause: "I see you're reporting 502s - can you share the LB id?"
      // Round 17: a Spanish question starts at its "¿" ("Hola, soy Lucía 😊 ¿Me puedes dar el ID del viaje?").
      const clauses = ss.flatMap((s) => s.split(/\s+-\s+|;\s*|\s(?=¿)/));
      const askClauses = clauses.filter(
        (s) => ASKING.test(s) && !HELP_OFFER.test(s) && !TRANSFER_SAID.test(s),
      );
      const asks = askClauses.map(askStems);
      let hit: string[] | null = null;
      for (const [k, a] of asks.entries()) {
        const forNumber = NUMBER_ASKED.test(askClauses[k]!);
        for (const seen of answered) {
          if (forNumber && !seen.has(NUMBER_MARK)) continue;
          const shared = [...a].filter((w) => w !== NUMBER_MARK && seen.has(w));
          const size = a.size - (a.has(NUMBER_MARK) ? 1 : 0);
          if (shared.length >= MIN_SHARED_STEMS && shared.length >= MIN_SHARED_SHARE * size) {
            hit = shared;
            break;
          }
        }
        if (hit) break;
      }
      pending = asks.filter((a) => a.size > 0);
      told = clauses.filter((c) => INSTRUCTION.test(c)).map(askStems);
      return hit;
    },
  };
}
