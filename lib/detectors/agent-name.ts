import {
  afterName,
  anyOf,
  clip,
  continuesAsCompany,
  continuesAsTeam,
  FOREIGN_TITLES,
  isAgentSide,
  ROLE_TITLES,
  TEAM_WORDS,
  WIDGET_WAIT_NOTE,
} from './text';
import type { Analyser, Finding } from './types';

// A name: optional title, one word, optionally a capitalised surname ("Daniel Hughes").
// Round 12: an initial keeps its dot ("Angela R. has joined", "chatting with Ana P."; round 20: "Priya S., how…").
const NAME = String.raw`((?:(?:mr|mrs|ms|miss|dr)\.?\s+)?[\p{L}][\p{L}'’-]*(?:[ \t]+(?:\p{Lu}\.(?=[\s,;!?]|$)|[\p{L}][\p{L}'’-]*))?)`;

/** The agent or bot introducing itself. Lead-ins are case-insensitive; the name must be capitalised. */
const SELF_INTRO = [
  String.raw`\bmy name(?: is|'s|’s)\s+${NAME}`,
  String.raw`\bi(?:'m|’m| am)\s+${NAME}`,
  String.raw`\bthis is\s+${NAME}`,
  // Round 11: "myself Rahul from ApplianceCare" (Indian English).
  String.raw`(?:^|[,.!]\s*|\bsir/madam,?\s+)myself\s+${NAME}(?=\s+(?:from|here|at|with|and)\b|[,.!]|$)`,
  // es, fr, de, it, pt, nl
  // (round 26: de "hier ist die Sabine", es "Buenas tardes, habla Gustavo de administración")
  String.raw`\b(?:aqui (?:é|e)|aquí (?:es|está)|fala|hier ist|hier spricht|ici)(?:\s+(?:o|a|el|la|die|der))?\s+${NAME}`,
  String.raw`(?:^|[,.!]\s*)habla\s+${NAME}(?=\s+(?:de|del|desde)\b|[,.!]|$)`,
  // Signing off by name: "Fern signing off", "— Femi" as the last words of a message.
  String.raw`(?:^|[\s,])${NAME}\s+signing off\b`,
  // (Round 13: not a menu's last item, "4 – Sonstiges".)
  String.raw`(?<!\d\s*)[—–]\s*${NAME}\s*$`,
  // (round 23: es "te habla Lucía", fr "mon nom est Jean-François", de "Hier nochmals Nicole Baumann"; round 36: pt-BR "Me chamo Carlos")
  String.raw`\b(?:soy|me llamo|mi nombre es|(?:te|le|les) saluda|(?:te|le) habla|mon nom est|hier (?:nochmals|noch ?mal|wieder)|je m'appelle|je m’appelle|je suis|moi,? c'est|moi,? c’est|mein name ist|ich bin|sono|mi chiamo|il mio nome è|meu nome é|sou(?: a| o)?|chamo-me|me chamo|ik ben|mijn naam is)\s+${NAME}`,
].map((s) => new RegExp(s, 'giu'));

/** Any agent-side line presenting an agent: join lines, "now chatting with", hand-offs by name. */
const INTRODUCED = [
  String.raw`\b(?:you(?:'re|’re| are)|you are now|you're now|you’re now)\s+(?:now\s+)?(?:chatting|speaking|talking|connected|conversing)\s+(?:with|to)\s+(?:(?:agent|advis[eo]r|representative|rep|specialist)\s+)?${NAME}`,
  // (round 20: "Supervisor Peter Mwangi joined the chat", nl "Bram neemt het gesprek over"; round 28: fr
  // "Geneviève s'est jointe à la conversation")
  String.raw`^(?:(?:${ROLE_TITLES}|agente|atendente|operador[a]?|conseill(?:er|ère)|berater(?:in)?|asesor[a]?)\s+)?${NAME}(?:\s+\([^)]{1,30}\))?(?:\s+from\s+[\p{L}&' ]{1,30}?)?\s+(?:has\s+)?(?:joined\b|neemt (?:het gesprek|de chat) over\b|neemt (?:nu )?deel aan (?:het gesprek|de chat)\b|ist (?:jetzt|nun) für sie da\b|is de chat binnengekomen\b|übernimmt (?:den chat|das gespräch)\b|hat den chat betreten\b|(?:entered|taken over|took over)\s+(?:the\s+|this\s+|your\s+)?(?:chat|conversation)\b|a rejoint|se ha unido|se unió|entrou (?:na|no) (?:chat|conversa|atendimento)\b|ist (?:dem|der) \p{L}+ beigetreten|s'est jointe? à la (?:conversation|discussion))`,
  // Round 16: a widget's label, "Connected to Pinecrest Auto Insurance. Agent: Jordan".
  // (round 30: a team in brackets after it, "Chat started. Agent: Devon (Patient Financial Services)")
  String.raw`(?:^|[.!]\s+)(?:agent|agente|atendente|advis[eo]r|representative|rep)\s*:\s*${NAME}(?=(?:\s+\([^)]{1,40}\))?\s*[.!,]?\s*$)`,
  // Round 30: a numbered adviser with the name in brackets, "connected to an adviser: Adviser 4417 (Fiona)";
  // a named colleague announced, "My supervisor, Dana, is going to join the chat"; de "Der Chat wurde an
  // Tobias weitergeleitet".
  String.raw`\b(?:advis[eo]r|agent|representative|operator)\s+#?\d+\s+\(${NAME}\)`,
  String.raw`\b(?:my|our) (?:supervisor|colleague|manager|team lead(?:er)?|teammate|specialist),?\s+${NAME},?\s+(?:is going to|will|'ll|is about to) (?:join|take over|be with you|pick (?:this|it) up)\b`,
  String.raw`(?:der chat|das gespräch|ihre anfrage) wurde an\s+${NAME}\s+(?:weitergeleitet|übergeben)`,
  // System lines that put the name last: "Connected to Bilal", "Se ha unido a la conversación: Jordi".
  // (round 18: "You've been connected to Aisha")
  // (round 22: a team in brackets after it, "Connected to Sam (PulseBand Support)")
  String.raw`^(?:you(?:'re|’re| are) (?:now )?|you(?:'ve|’ve| have) been )?connected (?:to|with)\s+${NAME}(?=(?:\s+\([^)]{1,40}\))?[.!]?$)`,
  // (round 27: "An adviser has joined: Gemma")
  String.raw`^(?:se ha unido|ha entrado|a rejoint|(?:an? |the |your )?(?:${ROLE_TITLES}) (?:has )?joined)[\p{L} ]{0,30}?[:,-]\s*${NAME}`,
  String.raw`\byou(?:'re|’re| are) (?:now )?through to\s+${NAME}`,
  // Round 13: "you've reached Derek in Tax Support"; nl "Je spreekt met Sanne van Trapfiets" (round 27:
  // Flemish "Ge spreekt met Jens").
  // (a person, so a team or place follows: "you've reached Granite Trust. My name is…" names a company)
  String.raw`\byou(?:'ve|’ve| have) reached\s+${NAME}(?= (?:in|from|at|on|with|of) )`,
  String.raw`\b(?:je|u|ge|gij) spreekt (?:nu )?met\s+${NAME}`,
  // Round 20: nl "Hoi, met Bram van de schadeafdeling" (the phone greeting).
  String.raw`^(?:hoi|hallo|dag|goedemorgen|goedemiddag|goedenavond|goeiedag),?\s+met\s+${NAME}(?=\s+(?:van|bij|hier)\b|[,.!]|$)`,
  // Round 13: a join line after another sentence ("You have been transferred to Claims. Helen has joined the chat.").
  String.raw`[.!]\s+(?:(?:agent|representative|advis[eo]r|specialist|consultant|officer)\s+)?${NAME}\s+(?:has\s+)?joined the (?:chat|conversation)\b`,
  // Round 13: it "Giulia è entrata nella chat".
  String.raw`^${NAME}\s+(?:è entrat[oa]|si è unit[oa])\b`,
  // Round 14: pt/es/it put an article before a name: "O Rui entrou na conversa", "La Marta se ha unido".
  // (round 23: a role between, "O operador Domingos entrou na conversa")
  // (round 29: es "El ejecutivo Arturo se ha unido", pt-PT "O Rui juntou-se à conversa")
  String.raw`^(?:o|a|el|la|il)\s+(?:(?:operador[a]?|atendente|agente|asesor[a]?|ejecutiv[oa]|operatore|operatrice|consulente)\s+)?${NAME}\s+(?:entrou (?:na|no) (?:chat|conversa|atendimento)|juntou-se (?:à|ao) (?:conversa|chat)|se ha unido|se unió|è entrat[oa]|si è unit[oa])(?!\p{L})`,
  // Round 14: bringing a named colleague in ("I'm bringing in my supervisor, Dolores"), and the
  // hand-off in fr/es/pt/it/de/nl ("Je vous transfère à ma collègue Nathalie").
  String.raw`\b(?:bring(?:ing)? in|loop(?:ing)? in|add(?:ing)?|invit(?:e|ing))\s+(?:(?:my|our) (?:supervisor|colleague|manager|team lead|teammate|specialist),?\s+)${NAME}`,
  String.raw`\b(?:je vous (?:transf[èe]re|passe|mets en relation)|te paso|le paso|le transfiero|vou (?:transferi-l[oa]|pass[aá]-l[oa])|ti passo|la passo|la trasferisco|ich verbinde sie|ich leite sie|ich übergebe (?:sie|an)|ik verbind u(?: door)?)\s+(?:à|a|avec|con|com|para|mit|an|met|naar)\s+(?:(?:ma|mon|mi|minha|meu|la mia|il mio|meine[rmn]?|mijn)\s+(?:coll[èe]gue|compa[ñn]er[oa]|colega|collega|kolleg(?:in|e|en)|superviseur|superviseure|supervisor[a]?|responsable|vorgesetzte[nr]?|leidinggevende)\s*,?\s+)${NAME}`,
  // Round 27: it "la passo subito alla nostra infermiera di turno, Paola".
  String.raw`\b(?:ti|la) passo (?:subito |ora |adesso )?(?:a|al|alla|allo|con)\s+(?:(?:il|la|lo)\s+)?(?:mi[oa]|nostr[oa])\s+\p{L}+(?:\s+(?:di|del|della)\s+\p{L}+)?\s*,?\s+${NAME}`,
  // (round 31: a role before the name, "Agent Patricia is now assisting you")
  String.raw`^(?:(?:${ROLE_TITLES})\s+)?${NAME}\s+(?:is now|will be|will now be)\s+(?:assisting|helping|chatting with|taking over|handling|looking after)\b`,
  // Round 31: "Your agent today is Melissa", nl "U bent verbonden met Lotte", pt "A Inês está a
  // atendê-lo", es "Un asesor se unió al chat: Daniela".
  String.raw`\byour (?:${ROLE_TITLES}|rep|host)(?: (?:today|for today|this (?:morning|afternoon|evening)))? (?:is|will be)\s+${NAME}(?=[.!,]?$|[.!,]\s)`,
  // (round 33: "Je bent doorverbonden met Mehmet", "U bent nu in gesprek met Fatima (team Parkeren)", "Chat connected to
  // Liam."; "Sanne neemt nu deel aan het gesprek", de "Frau Yilmaz ist jetzt für Sie da" are in the join pattern above)
  String.raw`\b(?:je|u) bent (?:nu )?(?:verbonden|doorverbonden|in gesprek) met\s+${NAME}`,
  String.raw`^chat connected to\s+${NAME}(?=[.!]?$)`,
  String.raw`^(?:o|a)\s+${NAME}\s+está (?:a atendê-l[oa]|(?:a )?(?:te |lhe )?atend(?:endo|er)(?:-l[oa])?)(?!\p{L})`,
  String.raw`^(?:(?:un|una|el|la|um|uma|o|a|une?)\s+)?(?:asesor[a]?|agente|ejecutiv[oa]|operador[a]?|atendente|conseill(?:er|ère)|représentante?)\s+(?:se unió|se ha unido|ha entrado|entrou|a rejoint)[\p{L} ]{0,30}?[:,-]\s*${NAME}`,
  // Any hand-off verb naming the next person: "passing you over to my colleague Arjun".
  // (round 26: "to my team leader, Nadia")
  String.raw`\b(?:transfer(?:ring)?|pass(?:ing)?|hand(?:ing)?|put(?:ting)?|connect(?:ing)?|get(?:ting)?) you (?:now |over |through |across )?to\s+(?:(?:my|our) (?:supervisor|colleague|manager|team leader|team lead|teammate),?\s+)?${NAME}`,
  // Round 10, widget lines: "Kevin transferred the chat to Nathalie B." (an initial keeps its dot).
  String.raw`\b(?:transferred|passed|handed|assigned|reassigned) (?:the|this|your) (?:chat|conversation) to\s+(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}\.(?=[\s,;!?]|$)|[ \t]+\p{Lu}[\p{L}'’-]*)?)`,
  // (round 28: es "Estás conversando con Mariana", it "Sei in chat con Giulia", nl "Je chat nu met Sanne")
  // (round 32: es "Te está atendiendo Mariana", it "Stai chattando con Giulia"; round 36: de informal "Du chattest jetzt mit Felix")
  String.raw`\b(?:estás conversando con|está conversando con|sei in chat con|(?:te|le) está atendiendo|stai chattando con|sta chattando con|è in chat con|(?:je|u) chat (?:nu )?met|estás chateando con|está chateando con|estás hablando con|está hablando con|le atiende|te atiende|você está sendo atendid[oa] por|vous êtes (?:maintenant |désormais )?en relation avec|sie chatten (?:jetzt |nun )?mit|du chattest (?:jetzt |nun )?mit|du sprichst (?:jetzt |nun )?mit|sei in contatto con|è in contatto con|vous discutez (?:maintenant |désormais )?avec|vous êtes (?:maintenant )?en ligne avec|sie sind (?:jetzt |nun )?mit|sie sprechen (?:jetzt |nun )?mit|estás (?:ahora )?(?:hablando|chateando) con|você está (?:falando|conversando) com|(?:agora )?está (?:agora )?a (?:falar|conversar) com|stai parlando con|sta parlando con|vous êtes en conversation avec|est[áa]s? en conversación con|u chat met)\s+(?:(?:a|o|la|el)\s+)?${NAME}`,
].map((s) => new RegExp(s, 'giu'));

/** "Priya here", "Rafael from Taskly support", "Olivia speaking" at the start of a message. */
// Case-sensitive on purpose: a surname must be capitalised, so "Victor here" is not a two-word name.
// Round 14: "Rohit this side from HostKaro" (Indian English). Round 20: de/nl "Marco Keller hier".
const SIGNATURE =
  /^((?:(?:[Mm]rs?|[Mm]s|[Mm]iss|[Dd]r)\.?\s+)?[\p{L}][\p{L}-]*(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}-]*))?)\s+([Hh]ere|[Hh]ier|[Tt]his side|[Ss]peaking|from|with|at|in|à votre (?:écoute|service)|à l'appareil|à l’appareil|du|des|de la|de l(?=['’])|de|da|do|von|vom|aus|del|al habla|a su (?:servicio|disposición)|am Apparat|aqui|qui|ici|aquí|van de|van het|van)(?!\p{L})/u;
/** The signature's links that need what follows them (its team or company). */
// (round 25: nl "Marieke van de technische dienst")
const PREPOSITION = /^(?:from|with|at|in|du|des|de la|de l|de|da|do|von|vom|aus|del|van de|van het|van)$/;
/**
 * Round 27: fr/es "Geneviève de PharmaDirect": a bare "de" links so many words ("Merci de votre
 * patience") that the name must be the line's author's.
 */
const BARE_DE = /^de$/;
/**
 * "It's Moira in Savings", "it's Dana here": the "it's" form only as a whole clause at the top
 * (round 22: fr "c'est Marc-André aux inscriptions").
 */
const ITS_NAME =
  /^(?:[Ii]t(?:'s|’s| is)|[Cc](?:'|’)est|[Éé] (?:o|a))\s+(\p{Lu}[\p{L}'’-]*)(?:\s+(?:here|from|in|with|at|on|du|de|da|do|von|vom|aus|aux|au|chez)(?!\p{L}).*)?$/u;
/** "nadia from Hatch Coworking here": a signature closed by "here" may be written in lower case. */
const CASUAL_SIGNATURE = /^\S+ (?:from|with|at) [^,.!?]{1,40} here(?!\p{L})/iu;
/** The word after a name that makes it a team: "Payroll Support", "Claims Team", "Mortgage Insurance". */
const TEAM_WORD = new RegExp(`^(?:${TEAM_WORDS}|helpdesk)$`, 'iu');
const GREETING =
  /^(?:hi|hey|hello|heya|hiya|howdy|good (?:morning|afternoon|evening)|greetings|bonjour|bonsoir|salut|hola|buenos días|buenas(?: tardes| noches)?|olá|ola|bom dia|boa (?:tarde|noite)|guten (?:morgen|tag|abend)|hallo|moin|dag|hoi|goedemiddag|goedemorgen|goedenavond)(?: there)?(?!\p{L})[\s!,.]*/iu;

// Words that follow "I'm" / "this is" / a greeting but are not names.
const NOT_A_NAME = new Set(
  `a an the please kindly sorry happy glad afraid here there checking looking going so not unable able still just very really
  pleased excited currently now with from back available on in your you we our us this that it its also always new
  sure certain confident aware connecting transferring reviewing reaching calling writing sending happy more
  thanks thank thankyou apologies sorry hello greetings good great hi hey everyone everything nothing someone
  agent representative rep support team billing sales fraud prevention services service customer care technical
  tech warranty retention accounts account department specialist specialists tier supervisor manager relations
  assistant bot virtual automated your chat online done correct right afraid new one only what how why when
  claims networking payments returns refunds loyalty security escalations insurance collections dispatch
  monday tuesday wednesday thursday friday saturday sunday today tomorrow
  nobody noone anybody everybody somebody
  unfortunately desolé désolé désolée lo le la el un una el il une ein eine der die das de da do o
  soy sou sono sei ich je ik yo eu io moi
  apoio suporte soporte atendimento atención atencion asistencia assistência assistenza`.split(/\s+/),
);

/**
 * Round 12: "Sie chatten jetzt mit Herrn Albrecht" names Albrecht (a title after a preposition is
 * grammar, not the name). Round 18: a title in the nominative is kept as written, like "Ms. Reyes"
 * ("mein Name ist Frau Becker", "Frau Yilmaz ist dem Chat beigetreten": two writers label "Frau
 * Becker" and "Frau Yilmaz"); `asObject` says the name follows a preposition.
 */
const FOREIGN_TITLE = new RegExp(`^(?:${FOREIGN_TITLES})\\.?$`, 'i');
const AFTER_PREPOSITION = /(?:^|\s)(?:mit|con|avec|com|bei|an|with|to)\s+$/i;

function cleanName(raw: string, requireCap: boolean, asObject = false): string | null {
  const words = raw.trim().split(/\s+/);
  if (words.length > 1 && FOREIGN_TITLE.test(words[0]!) && (asObject || /^herrn$/i.test(words[0]!)))
    words.shift();
  const title =
    /^(?:mr|mrs|ms|miss|dr)\.?$/i.test(words[0] ?? '') || (words.length > 1 && FOREIGN_TITLE.test(words[0]!))
      ? words.shift()
      : undefined;
  const first = words[0];
  // a department named on its own ("Transferring you to Partnerships") is no one; round 18: nor is
  // the word before a reference's digits ("Your reference for this is REF-77312")
  if (!first || NOT_A_NAME.has(first.toLowerCase()) || first.length < 2 || TEAM_WORD.test(first)) return null;
  if (first.endsWith('-')) return null;
  // "This is Glide's automated help": a possessive is the company, not a name.
  if (/['’]s$/.test(first)) return null;
  const isCap = (w: string) => w[0] !== undefined && w[0] !== w[0].toLowerCase();
  if ((requireCap || title) && !isCap(first)) return null;
  const second = words[1];
  if (second && TEAM_WORD.test(second)) return null;
  // Round 16: "I'm Nosh Bot": a capitalised "Bot" right after is part of the bot's name.
  const name =
    second && isCap(second) && (!NOT_A_NAME.has(second.toLowerCase()) || second === 'Bot')
      ? `${first} ${second}`
      : first;
  return title ? `${title} ${name}` : name;
}

/**
 * A clause that is one capitalised word, or (round 17) a first name and a surname ("Hi, Michael
 * O'Brien, Field Services."): a name only when its first word is the line's author's.
 */
const BARE_NAME = /^\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?$/u;
/**
 * Clauses end at punctuation, but not at an initial's dot ("Grace O. here from Admissions") nor
 * (round 24) a title's ("Hello, Dr. Okafor here").
 */
const CLAUSE_END = /[!?,;:\n]+|(?<!(?:^|\s)(?:\p{Lu}|[Dd]r|[Mm]rs?|[Mm]s|[Pp]rof))\.+/u;
const sameWord = (c: string, author: string) =>
  author
    .toLowerCase()
    .split(/[\s.]+/)
    .includes(c.toLowerCase());

/** Authors that are a role, not a person: a signature under them cannot be checked against them. */
const GENERIC_AUTHOR =
  /^(?:agent|support|bot|assistant|team|staff|rep|representative|customer (?:service|care)|operator|admissions|conseill(?:er|ère)|asesor[a]?|atendente|berater(?:in)?|operador[a]?|operatore|operatrice|medewerker|adviseur)\b/i;

/**
 * Round 12: "im kevin" (lower case, no apostrophe) under the author "Kevin M.", a non-native "here is
 * Tomasz from Lumo support": any of these lead-ins followed by a word of the author's own name.
 */
// (round 19: "Servus, ich bin der Markus": an article before the name, in the line of the author so named)
const AUTHOR_INTRO =
  /(?<!\p{L})(?:i'm|i’m|im|i am|my name is|this is|here is|ich bin(?: der| die)?)\s+([\p{L}][\p{L}'’-]*)/giu;

const ANY_SELF = anyOf([...SELF_INTRO, ...INTRODUCED]);
const ANY_INTRODUCED = anyOf(INTRODUCED);

/**
 * A two-word "name" that goes on as a company's: after "connected to" / "through to", any third
 * capitalised word (round 14: "You're now connected to Harborline Home Loans"; a person's double name
 * comes after "I'm", "with"); after any introduction, a company word (round 15: "You're chatting with
 * Harbor Federal Credit Union").
 */
function goesOnAsCompany(intro: string, name: string, after: string): boolean {
  if (!name.includes(' ')) return false;
  return (
    (/\b(?:connected|through) to\b/i.test(intro) && /^ \p{Lu}/u.test(after)) ||
    continuesAsCompany(after) ||
    // Round 17: the second word ends a company's name already ("You're chatting with Fernhill
    // Broadband"); not after "I'm" or "my name is", where it is a surname ("I'm Mary Power")
    (/\b(?:chatting|speaking|talking|connected|through|reached)\b/i.test(intro) &&
      continuesAsCompany(name.slice(name.lastIndexOf(' '))))
  );
}

/** Names introduced in one line (deduplicated, in order). */
export function namesIn(text: string, selfIntro: boolean, author: string | null = null): string[] {
  const found: string[] = [];
  // "Ms. Reyes" already found: the signature "Reyes in the Registrar's Office" is the same name; and
  // "Fernanda" found, "Soy Fernanda" is too (round 14).
  const add = (n: string | null) => {
    if (!n) return;
    const k = n.toLowerCase();
    const same = (f: string) => {
      const g = f.toLowerCase();
      return g === k || g.endsWith(` ${k}`) || k.endsWith(` ${g}`);
    };
    if (!found.some(same)) found.push(n);
  };
  // A signature is the weakest form: when the line has an author, "Corran Telecom here" must share a
  // word with it to be a name rather than the company signing.
  const byAuthor = (n: string | null) =>
    n === null ||
    author === null ||
    GENERIC_AUTHOR.test(author) ||
    n
      .toLowerCase()
      .split(/\s+/)
      .some((w) =>
        author
          .toLowerCase()
          .split(/[\s.]+/)
          .includes(w),
      );
  if ((selfIntro ? ANY_SELF : ANY_INTRODUCED).test(text)) {
    // (round 24: "You're chatting with FreshCrate. Average wait: 2 min." is the widget's greeting)
    const waitNote = WIDGET_WAIT_NOTE.test(text);
    for (const re of selfIntro ? [...SELF_INTRO, ...INTRODUCED] : INTRODUCED) {
      for (const m of text.matchAll(re)) {
        const at = (m.index ?? 0) + m[0].indexOf(m[1] ?? '');
        const name = cleanName(m[1] ?? '', true, AFTER_PREPOSITION.test(text.slice(0, at)));
        if (!name) continue;
        const after = afterName(text, m, name);
        const widgetGreeting = waitNote && /\b(?:chatting|speaking|talking)\b/i.test(m[0]);
        if (!goesOnAsCompany(m[0], name, after) && !continuesAsTeam(after) && !widgetGreeting) add(name);
      }
    }
  }
  if (selfIntro) {
    // Only the first two clauses: a signature sits at the top of a message, after a greeting.
    const clauses = text.split(CLAUSE_END).map((c) => c.replace(GREETING, '').trim());
    for (const c of clauses.filter((c) => c.length > 0).slice(0, 2)) {
      const its = ITS_NAME.exec(c);
      if (its) add(cleanName(its[1] ?? '', true));
      // "Hello. Viktor, Lumenware licensing.": the author's own name alone as a clause is a signature.
      if (
        BARE_NAME.test(c) &&
        author !== null &&
        !GENERIC_AUTHOR.test(author) &&
        sameWord(c.split(/\s+/)[0]!, author)
      )
        add(cleanName(c, true));
      const m = SIGNATURE.exec(c);
      // "jess here": casual agents write their own name in lower case; the "here" form is specific enough.
      if (!m) continue;
      // Round 16: "Will do": a preposition after the name needs its team ("Rui do suporte").
      if (PREPOSITION.test(m[2] ?? '') && c.slice(m[0].length).trim() === '') continue;
      // Round 18: "Bear with me": a pronoun after the link is no team or company.
      if (
        PREPOSITION.test(m[2] ?? '') &&
        /^\s*(?:me|us|you|him|her|them|it)(?!\p{L})/iu.test(c.slice(m[0].length))
      )
        continue;
      // Round 20: de/nl "Marco Keller hier" only from Marco Keller ("Klicken Sie hier" names no one).
      if (/^hier$/i.test(m[2] ?? '') && (author === null || GENERIC_AUTHOR.test(author))) continue;
      const words = (m[1] ?? '').split(/\s+/);
      // "Bank feeds from…", "Please stay in…": every word of a signature name is capitalised.
      const casual = m[2]?.toLowerCase() === 'here' || CASUAL_SIGNATURE.test(c);
      if (!casual && words.some((w) => w[0] === w[0]?.toLowerCase())) continue;
      const name = cleanName(m[1] ?? '', !casual);
      if (
        BARE_DE.test(m[2] ?? '') &&
        !(author !== null && !GENERIC_AUTHOR.test(author) && name !== null && sameWord(name, author))
      )
        continue;
      if (byAuthor(name)) add(name);
    }
  }
  if (selfIntro && author !== null && !GENERIC_AUTHOR.test(author)) {
    for (const m of text.matchAll(AUTHOR_INTRO)) {
      const w = m[1] ?? '';
      const known = found.some((f) => sameWord(w, f));
      const team = continuesAsTeam(text.slice((m.index ?? 0) + m[0].length));
      if (w.length > 1 && !known && !team && !NOT_A_NAME.has(w.toLowerCase()) && sameWord(w, author)) add(w);
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
      for (const value of namesIn(line.text, isAgentSide(line.role), line.author)) {
        out.push({ i, label: 'agent-name', value, evidence: clip(line.text) });
      }
    });
    return out;
  },
};
