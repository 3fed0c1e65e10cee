import {
  AGENT_COMING,
  afterName,
  anyOf,
  clip,
  continuesAsTeam,
  FOREIGN_TITLES,
  HANDOFF_OTHER,
  isAgentSide,
  normWords,
  ROLE_TITLES,
  sameAgent,
  sentences,
  TEAM_WORDS,
  WIDGET_WAIT_NOTE,
} from './text';
import type { Analyser, Finding } from './types';

/** Someone on the company side saying the chat is being handed on. */
const HANDOFF = [
  // Round 21: es "Has sido transferido a Reembolsos", a dropped g ("I'm gettin you over to our service manager").
  /(?<!\p{L})(?:has|ha|han) sido (?:transferid|derivad)[oa]s?(?!\p{L})|\bgettin'? you (?:over |through )?to\b/u,
  // Round 20: a bot handing on to a person it does not name ("Thank you. An adviser will continue with
  // you shortly."); before anyone from the company spoke, the same words are the queue (`present`).
  new RegExp(AGENT_COMING),
  /\btransfer(?:ring|red)? (?:you|your (?:chat|call|conversation)|the chat|this chat)\b/,
  /\b(?:you(?:'ve| have)? been|you are being|you're being|(?:chat|conversation) (?:is being|has been|was)) transferred\b/,
  /\btransferring (?:you |your chat )?to\b/,
  /\b(?:route|routing|forward|forwarding|escalate|escalating|refer|referring) (?:you|your (?:chat|call|conversation)|this chat|the chat) to\b/,
  /\b(?:chat|conversation) (?:is being|has been|was) (?:passed|handed|routed|forwarded|reassigned)\b/,
  // Round 9, widget lines: "Chat transferred to Claims", "Marco assigned this conversation to Billing".
  /^(?:chat|conversation) (?:transferred|reassigned|assigned|routed|forwarded) to\b|\b(?:assigned|reassigned|transferred|routed|forwarded|handed) (?:this|the|your) (?:chat|conversation)(?: over)? to\b/,
  // Round 9, pronoun after the infinitive and German verb-second order: "Voy a comunicarte con un
  // agente", "Dafür verbinde ich Sie mit unserer Technik-Abteilung".
  // (round 28: not the thanks, "Gracias por comunicarte con RápidoEnvíos")
  /(?<!\p{L})(?<!\bpor )(?:(?:comunicar|conectar|pasar)(?:te|le|lo|la) con|(?:transferir|derivar)(?:te|le|lo|la)|(?:verbinde|leite) ich (?:sie|dich)(?: \p{L}+){0,3} (?:mit|an|weiter)|(?:verbinden|leiten) wir (?:sie|dich)(?: \p{L}+){0,3} (?:mit|an|weiter))(?!\p{L})/u,
  // "A specialist will join you shortly", said mid-chat (the queue case is ruled out by `present`).
  // (round 30: "My supervisor, Dana, is going to join the chat")
  /\b(?:specialist|colleague|supervisor|manager|agent|advisor|adviser|representative|team lead|someone from (?:our |the )?\w+)(?:, [\p{L}'’-]+(?: [\p{L}'’-]+)?,)? (?:will|is going to|is about to) (?:join|be joining|take over|pick (?:this|it) up)\b/u,
  /\bconnect(?:ing)? you (?:with|to|now|through|shortly)\b/,
  // Round 17: "Refund questions are handled by our Billing team, let me connect you 🔄".
  // (round 32: "Please hold while I connect you.")
  /\b(?:let me|i'll|i will|i'm going to|i am going to|while i|while we) connect you(?= *(?:[.!,;]|$|\p{Extended_Pictographic}))/u,
  // Round 6: "Please wait while an adviser joins", "Let me get someone from our device team for you".
  /\b(?:wait|hold on|bear with (?:me|us)) while (?:an?|the|our) (?:adviser|advisor|agent|specialist|colleague|representative|human|person|expert)\b/,
  // (round 25: "Let me get a member of the community team for you.")
  /\b(?:let me|i'll|i will|i'm going to) (?:get|grab|find|fetch) (?:you )?(?:someone|somebody) from\b|\b(?:let me|i'll|i will|i'm going to) (?:get|grab|find|fetch) (?:you )?(?:a|one) (?:member|colleague) (?:of|from) (?:the|our) \w+(?: \w+)? team\b/,
  // (round 23: "Reconnecting you with another agent…")
  /\b(?:get|getting|put|putting|reconnect|reconnecting) you (?:over |through |back )?to\b|\breconnect(?:ing)? you with\b/,
  /\b(?:find|finding|get|getting) (?:you )?(?:a|an) (?:human|agent|person|representative|specialist|live agent)\b/,
  // (round 33: "Refunds are done by our Billing team, so I'm moving this over to them now")
  /\b(?:moving|passing|sending|handing) (?:this|your (?:chat|case|query|request)) (?:over |across )?to (?:them|the \w+|our \w+)\b/,
  /\b(?:pass|passing|hand|handing) you (?:over )?to\b|\b(?:pass|passing|hand|handing) you (?:across|over|along|on)\b|\b(?:put|putting) you (?:through|across)\b|\b(?:send|sending) you (?:across|over) to\b|\b(?:pop|popping|bounce|bouncing) you (?:across|over|through) to\b/,
  // A system line in the progressive with no object: "Transferring…", "A transferir para: Oficina".
  // (round 26: "Transfiriendo con Administración...")
  // (round 28: "Transfiriendo al área de Reubicaciones…", fr "Transfert en cours vers le Support Technique…",
  // nl "U wordt doorverbonden met de dienst Abonnementen…", es "Lucía transfirió la conversación a Soporte")
  // (round 30: it "Trasferimento in corso…", es "Conectando con otro agente..."; round 32: it "Chat trasferita al
  // Supporto Tecnico", pt/fr the same)
  /^(?:transferring|redirecting|rerouting|transfiriendo|transferindo|a transferir|transfert(?: en cours)?|trasferimento(?: in corso)?|weiterleitung|conectando con)(?: (?:the |your |la |a |o |du )?(?:chat|conversation|conversación|conversa))?\s*(?:\.\.\.|…|:|to\b|para\b|vers\b|an\b|con\b|al?\b|$)/u,
  /(?<!\p{L})(?:(?:u|je) wordt doorverbonden(?: met)?|(?:transfirió|derivó|pasó) (?:la|tu|su) (?:conversación|chat) a|transferiu (?:a|sua) (?:conversa|chat|conversação) para|a transféré (?:la|votre|cette) (?:conversation|discussion|demande|chat)|ha trasferito (?:la|questa) (?:chat|conversazione)|(?:chat|conversazione) trasferita (?:a|al|alla|allo|ad)|ha transferido (?:el chat|la conversación|tu chat|su chat)|(?:conversa|chat) transferid[oa] para|(?:conversation|discussion) transférée (?:à|au|vers))(?!\p{L})/u,
  // (Round 14: in the progressive, or opening the sentence: "I'm bringing in my supervisor, Dolores",
  // "Getting a teammate to review this fee for you.")
  // (round 18: "please hold while I get my supervisor")
  /(?:^|[.!?] |\b(?:i'll|i will|let me|i'm going to|i am going to|i'm|i am|while i) )(?:get|grab|bring in|fetch|loop in|getting|grabbing|bringing in|looping in) (?:my|a|an|our) (?:supervisor|manager|colleague|team lead|specialist|lead|teammate)\b/,
  // The passive, usually a system line: "You're being connected to an agent", "you'll be put through".
  // (round 24: "You've been reconnected to a new agent.")
  /\b(?:you(?:'re| are) being|you(?:'ve| have) been|you(?:'ll| will) be|you(?:'re| are) now being) (?:connected|put through|passed|routed|handed|redirected)\b|\byou(?:'ve| have) been reconnected (?:to|with) (?:a|an|another|a new)\b/,
  // Round 24: "I'm bringing in one of our vets now, she'll join in a moment."
  // (round 30: "I'm bringing in our Tier 2 identity team")
  /\bbring(?:ing)? in our (?:[\w-]+ ){0,3}team\b|\bbring(?:ing)? in (?:one of our|a|an|another)(?: \w+)? (?:vets?|colleagues?|supervisors?|managers?|specialists?|experts?|nurses?|doctors?|technicians?|engineers?|advis[eo]rs?|agents?)\b/,
  // "Billing needs a specialist, so hold on while I find one for you": the staff word is in the clause before.
  /\bwhile (?:i|we) (?:find|get|fetch|grab|look for|locate) (?:you )?(?:one|someone|somebody|(?:a|an) (?:human|agent|person|specialist|colleague|advisor))\b/,
  // First person with any object pronoun: "le paso con", "te derivo", "vou passá-la para", "ich leite dich".
  HANDOFF_OTHER,
  // Round 16: "claims is other team. moving you.", "moving you over to Claims", "Finding someone on
  // the team for you now", "te pongo en contacto con un gestor", "le paso ahora mismo". "I can move
  // you to paperless billing" moves an account, so without "over" the object must be staff or a team;
  // "finding someone to visit" books a visit.
  new RegExp(
    String.raw`\bmov(?:e|ing) you(?: over| across| now)?(?=[.!]|$)|\bmov(?:e|ing) you (?:over|across) to (?:the |our |a |an |my )?(?:[\p{L}-]+ ){0,2}(?:${TEAM_WORDS}|colleague|specialist|agent|advisor|adviser|supervisor|manager|someone|somebody)(?!\p{L})|\bmov(?:e|ing) you to (?:the |our |a |an |my )?(?:[\p{L}-]+ ){0,2}(?:team|department|desk|queue|colleague|specialist|agent|advisor|adviser|supervisor|manager|someone|somebody)(?!\p{L})|\bfinding (?:you )?(?:someone|somebody)(?: (?:on|from|in) (?:the|our|my) (?:[\p{L}-]+ ){0,2}?(?:team|department|desk))?(?: for you)?(?: now)?(?=[.!]|$)|(?<!\p{L})(?:te|le|lo|la|les|os) pongo en contacto con(?!\p{L})|(?<!\p{L})(?:te|le|lo|la|les|os) paso (?:ahora(?: mismo)?|ya|enseguida|en (?:un|este) momento)(?=[.!,]|$)`,
    'u',
  ),
  // Progressive and passive forms: "estou te transferindo", "le estoy transfiriendo", "Sie werden weitergeleitet".
  /\b(?:estou|estamos) (?:te |lhe |o |a )?(?:transferindo|passando|encaminhando)\b|\b(?:le|te) (?:estoy|estamos|vamos a) (?:transfiriendo|pasando|transferir|pasar)\b|\bvous (?:êtes|allez être) (?:transféré|mis en relation)|\b(?:sie werden|du wirst|ihr werdet|(?:chat|gespräch|anfrage) (?:wird|wurde)) (?:[^.]{0,40} )?(?:weitergeleitet|verbunden|übergeben)(?!\p{L})|(?<!\p{L})(?:está|estás|está a ser|vai ser|foi) (?:sendo |a ser )?(?:transferid|encaminhad)[oa]s?(?!\p{L})|(?<!\p{L})(?:está siendo|ha sido) (?:transferid|derivad)[oa](?!\p{L})/u,
];
// "Would you like me to transfer you?" is a proposal; "I can't transfer you" is the opposite.
const PROPOSAL = /^(?:would you like|do you want|shall i|should i|can i|may i|want me to)\b/;
/**
 * Round 31: the hand-off put to the customer in the next sentence ("…but I can transfer you straight to
 * our billing team. Would that be OK?"): proposed, not done yet.
 */
const CONSENT_ASKED =
  /^(?:would|will|is|does) (?:that|this|it) (?:be )?(?:ok|okay|alright|all right|fine|work(?: for you)?)\b[^.!]*\?$|^(?:shall|should) i\b[^.!]*\?$/;
// (round 18: "We couldn't reconnect you to the chat" failed to hand on)
const NEGATED =
  /\b(?:can't|cannot|can not|unable to|not able to|won't|no way to|don't|do not|isn't possible|no need to|without|couldn't|could not|wasn't able to|weren't able to|failed to)\b/;
/**
 * "I could transfer you, but they're closed", "if it breaks I can transfer you to repairs": a
 * hand-off that might happen, not one that is happening (a modal right before it, and a "but" or
 * an "if" in the sentence).
 */
const MODAL_BEFORE = /\b(?:i|we) (?:could|can|would|might)(?: always| also| just)? $/;
// (round 21: a "but" before the modal affirms: "I'm not able to change it myself, but I can transfer you")
const HYPOTHETICAL = /\b(?:if|unless|should (?:it|that|anything))\b/;
const BUT = /\bbut\b/;
const NOT_YET_HANDOFF = /\bbefore (?:i|we)(?: can)? $/;

/** A participant arriving: "Marco has joined", "You are now chatting with Marco". */
const JOIN = [
  // (round 28: fr "Geneviève s'est jointe à la conversation", a team after the name, "Aisha from
  // Returns & Replacements has joined the chat")
  /^(?<name>[\p{L}][\p{L}.'’ -]{0,40}?)(?: \([^)]{1,30}\))?(?: from [\p{L}&'’ ]{1,40}?)? (?:has )?(?:joined|(?:entered|taken over|took over) (?:the |this |your )?(?:chat|conversation)|a rejoint|s'est jointe? à (?:la conversation|la discussion|la session)|se ha unido|se unió|entrou (?:na|no) (?:chat|conversa|atendimento)\b|ist (?:dem|der) \p{L}+ beigetreten|è entrat[oa]|si è unit[oa]|is toegevoegd|neemt (?:het gesprek|de chat) over|neemt (?:nu )?deel aan (?:het gesprek|de chat)|juntou-se (?:à|ao) (?:conversa|chat)|ist (?:jetzt|nun) für sie da|is de chat binnengekomen|übernimmt (?:den chat|das gespräch)|hat den chat betreten)/u,
  // Name after the verb: "Se ha unido a la conversación: Jordi", "Connected to Bilal", "you're through to Olga".
  /^(?:se ha unido|ha entrado|a rejoint|hat sich) [\p{L} ]{0,30}?[:,-] ?(?<name>[\p{L}][\p{L}'’-]*)/u,
  // The whole line is the name ("Connected to Lumen & Loom Support" names a company, not an agent;
  // round 22: a team after it in brackets, "Connected to Sam (PulseBand Support)").
  /^(?:you(?:'re| are) (?:now )?|you(?:'ve| have) been |chat )?connected (?:with|to) (?<name>(?:(?:mr|mrs|ms|miss|dr)\. )?[\p{L}][\p{L}'’-]*(?: [\p{L}][\p{L}'’-]*)?)(?=(?: \([^)]{1,40}\))?[.!]?$)/u,
  /\byou(?:'re| are) (?:now )?through to (?<name>[\p{L}][\p{L}'’-]*)/u,
  // The name stops at punctuation ("…with Olga. How can I help?"); only a title keeps its dot.
  /\byou(?:'re| are)(?: now)? (?:chatting|speaking|connected|talking) (?:with|to) (?<name>(?:(?:mr|mrs|ms|miss|dr)\. )?[\p{L}][\p{L}'’-]*(?: [\p{L}][\p{L}'’-]*)?)/u,
  /^(?<name>[\p{L}][\p{L}.'’ -]{0,40}?) (?:is now|will now be) (?:assisting|helping|chatting with|handling|looking after|taking care of|taking over)\b/u,
  new RegExp(
    // (round 33: it "Sei in chat con Sara del Servizio Clienti", es "Te atiende Fernando", nl "Je bent doorverbonden
    // met Mehmet", "U bent nu in gesprek met Fatima (team Parkeren)")
    String.raw`\b(?:estás chateando con|estás hablando con|está hablando con|le atiende|te atiende(?! (?:una?|uno|alguien)(?!\p{L}))|sei in chat con|(?:je|u) bent (?:nu )?(?:doorverbonden|in gesprek) met|sie chatten jetzt mit|sie sind (?:jetzt |nun )?mit|vous discutez (?:maintenant |désormais )?avec|vous êtes (?:maintenant |désormais )?en relation avec|você está (?:falando|conversando) com|(?:agora )?está (?:agora )?a (?:falar|conversar) com|você está sendo atendid[oa] por|stai parlando con) (?:(?:a|o|la|el|le|dem|der|den|einem|einer) )?(?:(?:${FOREIGN_TITLES})\.? )?(?<name>[\p{L}][\p{L}'’-]*)`,
    'u',
  ),
];
// "An agent has joined", "Un conseiller a rejoint", "connected to our billing team": nobody named.
const UNNAMED =
  /^(?:an?|the|another|our|your|un|une|una|uno|um|uma|ein|eine|een) |^(?:an?|the|another) (?:agent|representative|advisor|specialist|person)$/;
/**
 * "You are now chatting with Payroll Support": a team or queue, not a person. Round 16: the team
 * word alone in another language ("Está a falar com o suporte ReparaJá" keeps "suporte").
 */
const TEAM_NAME = new RegExp(
  String.raw`(?<!\p{L})(?:${TEAM_WORDS}|assistant|bot|suporte|soporte|apoio|atendimento|servicio|serviço|servizio|assistenza|équipe|equipo|equipa)$|(?:kundenservice|kundendienst|kundensupport)$`,
  'u',
);
/** Round 16: a German article before the name ("Sie sind jetzt mit der Rheinland Direkt Versicherung verbunden") names a firm or a team. */
const GERMAN_ARTICLE_BEFORE = / (?:dem|der|den|einem|einer) $/;
// (round 20: "Supervisor Peter Mwangi joined the chat")
const ROLE_PREFIX = new RegExp(`^(?:${ROLE_TITLES}) `);

/**
 * The new agent saying they took the chat over: their own arrival, even after a hand-off line
 * (round 19: in es/pt/fr/de, "Me acaban de transferir su caso"; round 22: "Geneviève m'a transféré votre
 * demande").
 */
const TAKEN_OVER =
  /\b(?:i've|i have|i'm|i am) (?:just )?(?:taken over|taking over|picked up|joined) (?:your|this|the) (?:chat|conversation|case)\b|\b(?:i've|i have|i'm|i am) (?:just )?(?:taken|taking) over from (?:my|a|your|the other|another) (?:colleague|teammate|agent)\b|\b(?:i've|i have)(?: just)? been (?:passed|handed|given|assigned|transferred) (?:your|this|the) (?:chat|conversation|case)\b|(?<!\p{L})(?:me (?:acaban de|han) (?:transferir|pasar|transferido|pasado|asignar|asignado)|(?:acabo de|he) (?:recibir|recibido|tomar|tomado) (?:su|tu|el|la|este|esta) (?:caso|chat|conversación|consulta)|(?:me transferiram|acabei de receber|assumi) (?:o |a )?(?:seu |sua |este |esta )?(?:caso|chat|conversa|atendimento)|on vient de me (?:transférer|passer|confier)|(?:\p{L}+ )?m'a (?:transféré|transmis|passé|confié) (?:votre|ta|la|cette) (?:demande|conversation|discussion|dossier)|je reprends (?:votre|la|cette) (?:conversation|demande|discussion)|(?:ich habe|habe ich) (?:ihren|deinen|den|diesen) (?:chat|fall|vorgang) übernommen|(?:wurde|ist) (?:mir|an mich) (?:weitergeleitet|übergeben|zugewiesen))(?!\p{L})/u;

const ANY_HANDOFF = anyOf(HANDOFF);
const ANY_JOIN = anyOf(JOIN);

/** A sentence end inside what was read as a name (a word of two letters or more, then the stop). */
const SENTENCE_IN_NAME = /(?<!\p{L})(?!(?:mr|mrs|ms|dr|prof|st|jr|sr)\.)\p{L}{2,}[.!?]\s/u;

function joinIn(t: string): { name: string | null } | null {
  if (!ANY_JOIN.test(t)) return null;
  const whole = joinInPart(t);
  // Round 32: a name never runs across a sentence ("Sophie has left the chat. Liam has joined the
  // chat." read "sophie has left the chat. liam" as the name): the sentences are read one by one.
  if (!whole?.name || !SENTENCE_IN_NAME.test(whole.name)) return whole;
  for (const part of sentences(t)) {
    const j = ANY_JOIN.test(part) ? joinInPart(part) : null;
    if (j && !(j.name && SENTENCE_IN_NAME.test(j.name))) return j;
  }
  return null;
}

function joinInPart(t: string): { name: string | null } | null {
  for (const re of JOIN) {
    const m = re.exec(t);
    if (!m) continue;
    const name = (m.groups?.name ?? '')
      .trim()
      .replace(/[.'’-]+$/, '')
      .replace(ROLE_PREFIX, '')
      .replace(/ (?:from|at|of|with|in|on|and|here)$/, ''); // "…to Anna from support"
    const before = m[0].slice(0, m[0].lastIndexOf(name));
    const after = afterName(t, m, name);
    const team =
      TEAM_NAME.test(name) ||
      continuesAsTeam(after) ||
      GERMAN_ARTICLE_BEFORE.test(before) ||
      WIDGET_WAIT_NOTE.test(t);
    return { name: name === '' || UNNAMED.test(name) || team ? null : name };
  }
  return null;
}

function isHandoff(t: string): string | null {
  if (!ANY_HANDOFF.test(t)) return null;
  const ss = sentences(t);
  for (const [k, s] of ss.entries()) {
    if (PROPOSAL.test(s) && s.endsWith('?')) continue;
    if (CONSENT_ASKED.test(ss[k + 1] ?? '')) continue;
    for (const re of HANDOFF) {
      const m = re.exec(s);
      // Negation counts only in the same clause: "I don't have access, so I'll transfer you" hands off
      // (round 18: so does "Sales can't lodge claims but I'm transferring you").
      const clause =
        s
          .slice(0, m?.index ?? 0)
          .split(/[,;:]|\bbut\b/)
          .at(-1) ?? '';
      if (!m || NEGATED.test(clause)) continue;
      // Round 28: "Before I connect you with our Roaming team, could you please enter…" (3 of 3 such lines
      // in the readable files are no transfer yet).
      if (NOT_YET_HANDOFF.test(s.slice(0, m.index))) continue;
      if (MODAL_BEFORE.test(s.slice(0, m.index)) && (HYPOTHETICAL.test(s) || BUT.test(s.slice(m.index))))
        continue;
      return m[0];
    }
  }
  return null;
}

/**
 * `transfer`: the customer is being or has been handed to someone else, or a new agent joined.
 * A join line or a first message from a new author counts only when someone on the company side
 * was already present: the first agent arriving from the queue is not a transfer.
 */
export const transfer: Analyser = {
  id: 'transfer',
  labels: ['transfer'],
  analyse(lines) {
    const out: Finding[] = [];
    let present = false; // someone on the company side has spoken or joined
    let current: string | null = null; // who we believe is handling the chat
    let unnamedJoin = false; // "An agent has joined": the next new author is that agent
    // Round 11: who said the line that introduced `current` ("You are speaking with Helen" under the
    // author "Adviser"): that author is Helen too.
    let currentAuthor: string | null = null;
    let humanSpoke = false; // a human agent has spoken (a bot after them is no new agent)
    let handoffBy: { author: string | null } | null = null; // whose hand-off the next new author answers
    // Round 20: agents who have spoken in this chat. One of them speaking again after another agent
    // left ("Marco Keller hat den Chat verlassen", then Sandra, who opened the chat) is no new agent.
    const spoke = new Set<string>();
    lines.forEach((line, i) => {
      if (line.role === 'customer') return;
      const add = (evidence: string) => out.push({ i, label: 'transfer', evidence });
      const returning = line.author !== null && spoke.has(line.author);
      if (isAgentSide(line.role) && line.author !== null) spoke.add(line.author);
      const t = normWords(line.text);
      const handoff = isHandoff(t);
      const join = joinIn(t);
      // Round 13: "An admissions officer has joined", then that officer: "you're chatting with
      // Westmoor Admissions" names no one new (the same arrival, announced twice).
      // Round 18: "You're now connected to Tellio Support", then "Hi, you're speaking to Mo" from the
      // agent: the one who arrived names themself.
      const sameArrival =
        join !== null &&
        unnamedJoin &&
        isAgentSide(line.role) &&
        (join.name === null ||
          (current === null && sameAgent(join.name, line.author ?? join.name)) ||
          // Round 22: the agent a hand-off announced, introducing themself ("Te resumo para pasarte con
          // un asesor", then "Buenas tardes, le atiende Guadalupe")
          handoffBy !== null);
      if (sameArrival && join.name !== null) {
        current = join.name;
        currentAuthor = line.author;
      }
      if (
        join &&
        !sameArrival &&
        !(join.name !== null && sameAgent(join.name, current)) &&
        !(isAgentSide(line.role) && sameAgent(join.name, line.author))
      ) {
        if (present) add(`joined: ${clip(line.text, 60)}`);
        present = true;
        current = join.name;
        currentAuthor = isAgentSide(line.role) ? line.author : null;
        unnamedJoin = join.name === null;
        if (line.role === 'agent') humanSpoke = true;
        return;
      }
      // Before anyone from the company spoke, "connecting you to an agent" is the queue, not a transfer.
      if (handoff && present) add(`handoff: ${handoff}`);
      // Round 12: "Dev from Reservations here — I've taken over your chat" says a new agent joined,
      // even right after the line that announced them.
      const takenOver = !handoff && present && isAgentSide(line.role) && TAKEN_OVER.test(t);
      if (takenOver) add(`taken over: ${clip(line.text, 60)}`);
      // A system line announcing the hand-off ("You have been transferred to the Savings team",
      // "Chat transferred to Claims", round 9) announces the next new author, like an unnamed join line.
      if (!isAgentSide(line.role)) {
        if (handoff && present) unnamedJoin = true;
        return;
      }
      const author = line.author;
      if (author !== null && !sameAgent(author, current) && author !== currentAuthor) {
        // Round 11: the bot speaking after a human ("Our agents are currently unavailable") hands nothing on.
        const botAfterHuman = line.role === 'bot' && humanSpoke;
        if (present && !unnamedJoin && !handoff && !botAfterHuman && !takenOver && !returning)
          add(`new agent: ${author}`);
        current = author;
        currentAuthor = null;
      }
      if (line.role === 'agent') humanSpoke = true;
      // Round 16: an agent or bot handing the chat on ("I'm transferring you to Billing", "Connecting
      // you to a team member") is the transfer; the next new author is that hand-off arriving, also
      // when the same agent says more before they arrive ("Please don't close the window").
      if (handoff !== null && present) handoffBy = { author };
      else if (handoffBy?.author !== author) handoffBy = null;
      unnamedJoin = handoffBy !== null;
      present = true;
    });
    return out;
  },
};
