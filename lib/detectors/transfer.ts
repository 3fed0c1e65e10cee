import { anyOf, clip, isAgentSide, norm, sentences } from './text';
import type { Analyser, Finding } from './types';

/** Someone on the company side saying the chat is being handed on. */
const HANDOFF = [
  /\btransfer(?:ring|red)? (?:you|your (?:chat|call|conversation)|the chat|this chat)\b/,
  /\b(?:you(?:'ve| have)? been|you are being|you're being|(?:chat|conversation) (?:is being|has been|was)) transferred\b/,
  /\btransferring (?:you |your chat )?to\b/,
  /\bconnect(?:ing)? you (?:with|to)\b/,
  /\b(?:get|getting) you (?:over )?to\b/,
  /\b(?:find|finding|get|getting) (?:you )?(?:a|an) (?:human|agent|person|representative|specialist|live agent)\b/,
  /\b(?:pass|passing|hand|handing) you (?:over )?to\b/,
  /\b(?:i'll|i will|let me|i'm going to|i am going to) (?:get|grab|bring in|fetch|loop in) (?:my|a|an|our) (?:supervisor|manager|colleague|team lead|specialist|lead)\b/,
  /\b(?:le|te) (?:transfiero|paso con|comunico con)\b|\bje vous (?:transf[èe]re|mets en relation)|\bich (?:verbinde|leite) sie\b|\bvou (?:te |lhe )?(?:transferir|passar)\b|\bla trasferisco\b/,
];
// "Would you like me to transfer you?" is a proposal; "I can't transfer you" is the opposite.
const PROPOSAL = /^(?:would you like|do you want|shall i|should i|can i|may i|want me to)\b/;
const NEGATED =
  /\b(?:can't|cannot|can not|unable to|not able to|won't|no way to|don't|do not|isn't possible)\b/;

/** A participant arriving: "Marco has joined", "You are now chatting with Marco". */
const JOIN = [
  /^(?<name>[\p{L}][\p{L}.'’ -]{0,40}?) (?:has )?joined\b/u,
  // The name stops at punctuation ("…with Olga. How can I help?"); only a title keeps its dot.
  /\byou(?:'re| are)(?: now)? (?:chatting|speaking|connected|talking) (?:with|to) (?<name>(?:(?:mr|mrs|ms|miss|dr)\. )?[\p{L}][\p{L}'’-]*(?: [\p{L}][\p{L}'’-]*)?)/u,
  /^(?<name>[\p{L}][\p{L}.'’ -]{0,40}?) is now (?:assisting|helping|chatting with) you\b/u,
  /\b(?:estás chateando con|sie chatten jetzt mit|vous discutez avec|você está (?:falando|conversando) com|stai parlando con) (?<name>[\p{L}][\p{L}'’-]*)/u,
];
const UNNAMED = /^(?:an?|the|another) (?:agent|representative|advisor|specialist|person)$/;
const ROLE_PREFIX = /^(?:agent|representative|advisor|specialist) /;

const ANY_HANDOFF = anyOf(HANDOFF);
const ANY_JOIN = anyOf(JOIN);

function joinIn(t: string): { name: string | null } | null {
  if (!ANY_JOIN.test(t)) return null;
  for (const re of JOIN) {
    const m = re.exec(t);
    if (!m) continue;
    const name = (m.groups?.name ?? '')
      .trim()
      .replace(/[.'’-]+$/, '')
      .replace(ROLE_PREFIX, '');
    return { name: name === '' || UNNAMED.test(name) ? null : name };
  }
  return null;
}

function isHandoff(t: string): string | null {
  if (!ANY_HANDOFF.test(t)) return null;
  for (const s of sentences(t)) {
    if (PROPOSAL.test(s) && s.endsWith('?')) continue;
    for (const re of HANDOFF) {
      const m = re.exec(s);
      // Negation counts only in the same clause: "I don't have access, so I'll transfer you" hands off.
      const clause =
        s
          .slice(0, m?.index ?? 0)
          .split(/[,;:]/)
          .at(-1) ?? '';
      if (m && !NEGATED.test(clause)) return m[0];
    }
  }
  return null;
}

const firstWord = (s: string) =>
  norm(s)
    .replace(/^(?:mr|mrs|ms|miss|dr)\.?\s+/, '')
    .split(/[\s(]/)[0] ?? '';
const sameAgent = (a: string | null, b: string | null) =>
  a !== null && b !== null && firstWord(a) === firstWord(b);

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
    lines.forEach((line, i) => {
      if (line.role === 'customer') return;
      const add = (evidence: string) => out.push({ i, label: 'transfer', evidence });
      const t = norm(line.text);
      const handoff = isHandoff(t);
      const join = joinIn(t);
      if (
        join &&
        !(join.name !== null && sameAgent(join.name, current)) &&
        !(isAgentSide(line.role) && sameAgent(join.name, line.author))
      ) {
        if (present) add(`joined: ${clip(line.text, 60)}`);
        present = true;
        current = join.name;
        unnamedJoin = join.name === null;
        return;
      }
      // Before anyone from the company spoke, "connecting you to an agent" is the queue, not a transfer.
      if (handoff && present) add(`handoff: ${handoff}`);
      if (!isAgentSide(line.role)) return;
      const author = line.author;
      if (author !== null && !sameAgent(author, current)) {
        if (present && !unnamedJoin && !handoff) add(`new agent: ${author}`);
        current = author;
      }
      unnamedJoin = false;
      present = true;
    });
    return out;
  },
};
