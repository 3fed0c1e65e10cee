import { anyOf, clip, isAgentSide } from './text';
import type { Analyser, Finding } from './types';

// A name: optional title, one word, optionally a capitalised surname ("Daniel Hughes").
const NAME = String.raw`((?:(?:mr|mrs|ms|miss|dr)\.?\s+)?[\p{L}][\p{L}'’-]*(?:[ \t]+[\p{L}][\p{L}'’-]*)?)`;

/** The agent or bot introducing itself. Lead-ins are case-insensitive; the name must be capitalised. */
const SELF_INTRO = [
  String.raw`\bmy name(?: is|'s|’s)\s+${NAME}`,
  String.raw`\bi(?:'m|’m| am)\s+${NAME}`,
  String.raw`\bthis is\s+${NAME}`,
  // es, fr, de, it, pt, nl
  String.raw`\b(?:soy|me llamo|mi nombre es|je m'appelle|je m’appelle|je suis|mein name ist|ich bin|sono|mi chiamo|il mio nome è|meu nome é|sou(?: a| o)?|chamo-me|ik ben|mijn naam is)\s+${NAME}`,
].map((s) => new RegExp(s, 'giu'));

/** Any agent-side line presenting an agent: join lines, "now chatting with", hand-offs by name. */
const INTRODUCED = [
  String.raw`\b(?:you(?:'re|’re| are)|you are now|you're now|you’re now)\s+(?:now\s+)?(?:chatting|speaking|talking|connected|conversing)\s+(?:with|to)\s+${NAME}`,
  String.raw`^(?:agent\s+|representative\s+)?${NAME}\s+(?:has\s+)?joined\b`,
  String.raw`^${NAME}\s+(?:is now|will be)\s+(?:assisting|helping|chatting with|taking over)\b`,
  String.raw`\btransfer(?:ring)? you (?:over )?to\s+(?:my (?:supervisor|colleague|manager|team lead),?\s+)?${NAME}`,
  String.raw`\b(?:estás chateando con|está chateando con|sie chatten jetzt mit|vous discutez avec|vous êtes en ligne avec|você está (?:falando|conversando) com|stai parlando con|u chat met)\s+${NAME}`,
].map((s) => new RegExp(s, 'giu'));

/** "Priya here", "Rafael from Taskly support", "Olivia speaking" at the start of a message. */
// Case-sensitive on purpose: a surname must be capitalised, so "Victor here" is not a two-word name.
const SIGNATURE =
  /^((?:(?:[Mm]rs?|[Mm]s|[Mm]iss|[Dd]r)\.?\s+)?[\p{L}][\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+([Hh]ere|[Ss]peaking|from|with|at|in)\b/u;
const GREETING =
  /^(?:hi|hey|hello|heya|hiya|howdy|good (?:morning|afternoon|evening)|greetings)(?: there)?\b[\s!,.]*/iu;

// Words that follow "I'm" / "this is" / a greeting but are not names.
const NOT_A_NAME = new Set(
  `a an the sorry happy glad afraid here there checking looking going so not unable able still just very really
  pleased excited currently now with from back available on in your you we our us this that it its also always new
  sure certain confident aware connecting transferring reviewing reaching calling writing sending happy more
  thanks thank thankyou apologies sorry hello greetings good great hi hey everyone everything nothing someone
  agent representative rep support team billing sales fraud prevention services service customer care technical
  tech warranty retention accounts account department specialist specialists tier supervisor manager relations
  assistant bot virtual automated your chat online done correct right afraid new one only what how why when
  unfortunately desolé désolé désolée lo le la el un una el il une ein eine der die das de da do o`.split(
    /\s+/,
  ),
);

function cleanName(raw: string, requireCap: boolean): string | null {
  const words = raw.trim().split(/\s+/);
  const title = /^(?:mr|mrs|ms|miss|dr)\.?$/i.test(words[0] ?? '') ? words.shift() : undefined;
  const first = words[0];
  if (!first || NOT_A_NAME.has(first.toLowerCase()) || first.length < 2) return null;
  const isCap = (w: string) => w[0] !== undefined && w[0] !== w[0].toLowerCase();
  if ((requireCap || title) && !isCap(first)) return null;
  const second = words[1];
  const name =
    second && isCap(second) && !NOT_A_NAME.has(second.toLowerCase()) ? `${first} ${second}` : first;
  return title ? `${title} ${name}` : name;
}

const ANY_SELF = anyOf([...SELF_INTRO, ...INTRODUCED]);
const ANY_INTRODUCED = anyOf(INTRODUCED);

/** Names introduced in one line (deduplicated, in order). */
export function namesIn(text: string, selfIntro: boolean): string[] {
  const found: string[] = [];
  const add = (n: string | null) => {
    if (n && !found.some((f) => f.toLowerCase() === n.toLowerCase())) found.push(n);
  };
  if ((selfIntro ? ANY_SELF : ANY_INTRODUCED).test(text)) {
    for (const re of selfIntro ? [...SELF_INTRO, ...INTRODUCED] : INTRODUCED) {
      for (const m of text.matchAll(re)) add(cleanName(m[1] ?? '', true));
    }
  }
  if (selfIntro) {
    // Only the first two clauses: a signature sits at the top of a message, after a greeting.
    const clauses = text.split(/[.!?,;:\n]+/).map((c) => c.replace(GREETING, '').trim());
    for (const c of clauses.filter((c) => c.length > 0).slice(0, 2)) {
      const m = SIGNATURE.exec(c);
      // "jess here": casual agents write their own name in lower case; the "here" form is specific enough.
      if (!m) continue;
      const words = (m[1] ?? '').split(/\s+/);
      // "Bank feeds from…", "Please stay in…": every word of a signature name is capitalised.
      if (m[2]?.toLowerCase() !== 'here' && words.some((w) => w[0] === w[0]?.toLowerCase())) continue;
      add(cleanName(m[1] ?? '', m[2]?.toLowerCase() !== 'here'));
    }
  }
  return found;
}

/** `agent-name`: an agent or bot states its name, or a line introduces the agent. */
export const agentName: Analyser = {
  id: 'agent-name',
  labels: ['agent-name'],
  analyse(lines) {
    const out: Finding[] = [];
    lines.forEach((line, i) => {
      if (line.role === 'customer') return;
      for (const value of namesIn(line.text, isAgentSide(line.role))) {
        out.push({ i, label: 'agent-name', value, evidence: clip(line.text) });
      }
    });
    return out;
  },
};
