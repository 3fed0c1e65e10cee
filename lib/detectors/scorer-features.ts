import { isAgentSide, normWords, tokens } from './text';
import type { Label, Line } from './types';

/**
 * Sparse binary features of each message for the learned scorer (`scorer.ts`), shared by the
 * runtime and by scripts/train-scorer.ts so both see exactly the same names. Features of message i
 * read only messages 0..i and the rule findings of messages 0..i (which are prefix-stable), so the
 * scorer is prefix-stable too. One pass with running context: linear in the transcript.
 *
 * Names: `r:` role, `w:` word, `b:` word bigram, `c:` character 4-gram, `p:` word of the message
 * before, `x:` context from earlier messages, `rule:` a rule analyser's label on this message.
 */
/** What earlier messages tell about the next one. */
interface Context {
  agentBigrams: Set<string>;
  offerAt: number;
  customerGaveId: boolean;
  customerDidStep: boolean;
  prevWords: string[];
  prevRole: string | null;
}

export function messageFeatures(
  lines: readonly Line[],
  ruleLabels: readonly (readonly Label[])[],
  /** Messages whose features are wanted (default all); the others get [] but still feed the context. */
  wanted: (i: number) => boolean = () => true,
): string[][] {
  const out: string[][] = [];
  const ctx: Context = {
    agentBigrams: new Set<string>(),
    offerAt: -1,
    customerGaveId: false,
    customerDidStep: false,
    prevWords: [],
    prevRole: null,
  };
  lines.forEach((line, i) => {
    const agentSide = isAgentSide(line.role);
    const words = tokens(line.text).map((w) => w.replace(/\p{N}+/gu, '0'));
    const bigrams = words.slice(1).map((w, k) => `${words[k]}_${w}`);
    out.push(wanted(i) ? featuresOf(line, i, words, bigrams, ruleLabels[i] ?? [], ctx) : []);

    // context for later messages
    if (agentSide) for (const b of bigrams) ctx.agentBigrams.add(b);
    if ((ruleLabels[i] ?? []).includes('upsell-offer')) ctx.offerAt = i;
    if (line.role === 'customer') {
      if (/\d{4,}|@\S+\.|\b[a-z]{2,}\d{3,}/i.test(line.text)) ctx.customerGaveId = true;
      if (/\b(?:already|tried|did that|done|restarted|rebooted|ya lo|déjà|schon|já)\b/i.test(line.text)) {
        ctx.customerDidStep = true;
      }
    }
    ctx.prevWords = words.slice(0, 30);
    ctx.prevRole = agentSide ? 'company' : line.role;
  });
  return out;
}

/**
 * The features of a text alone (`w:`, `b:`, `c:`), in order: most of the scorer's cost. The
 * background reads the same context lines pass after pass, so the latest texts are kept (a cache of
 * a pure function of the text: outputs are the same with or without it).
 */
const TEXT_FEATURES = new Map<string, readonly string[]>();
const TEXT_FEATURES_KEPT = 400; // the agent lines of two 200-line contexts (≈ 4 KB each)

function textFeatures(text: string, words: readonly string[], bigrams: readonly string[]): readonly string[] {
  const hit = TEXT_FEATURES.get(text);
  if (hit) return hit;
  const f = new Set<string>();
  for (const w of words) f.add(`w:${w}`);
  for (const b of bigrams) f.add(`b:${b}`);
  const flat = ` ${normWords(text)
    .replace(/\p{N}+/gu, '0')
    .replace(/[^\p{L}0'?$%]+/gu, ' ')} `;
  for (let k = 0; k + 4 <= flat.length && k < 600; k++) f.add(`c:${flat.slice(k, k + 4)}`);
  const out = [...f];
  if (TEXT_FEATURES.size >= TEXT_FEATURES_KEPT) TEXT_FEATURES.delete(TEXT_FEATURES.keys().next().value!);
  TEXT_FEATURES.set(text, out);
  return out;
}

function featuresOf(
  line: Line,
  i: number,
  words: readonly string[],
  bigrams: readonly string[],
  labels: readonly Label[],
  ctx: Readonly<Context>,
): string[] {
  const agentSide = isAgentSide(line.role);
  const f = new Set<string>();
  f.add(`r:${agentSide ? 'company' : line.role}`);
  for (const x of textFeatures(line.text, words, bigrams)) f.add(x);
  if (/\?\s*$/.test(line.text)) f.add('x:ends-question');
  f.add(`x:len${Math.min(4, Math.floor(Math.log2(words.length + 1)))}`);
  // no feature for the first line: in the corpus it is always a greeting, and a refusal or an
  // offer that opens a chat must not be scored down for where it stands
  if (ctx.prevRole !== null) f.add(`x:prev-${ctx.prevRole}`);
  for (const w of ctx.prevWords) f.add(`p:${w}`);
  if (ctx.offerAt >= 0 && i - ctx.offerAt <= 2) f.add('x:offer-recent');
  if (ctx.offerAt >= 0) f.add('x:offer-earlier');
  if (ctx.customerGaveId) f.add('x:customer-gave-id');
  if (ctx.customerDidStep) f.add('x:customer-did-step');
  if (agentSide && bigrams.length >= 3) {
    const seen = bigrams.filter((b) => ctx.agentBigrams.has(b)).length / bigrams.length;
    if (seen >= 0.3) f.add('x:echo30');
    if (seen >= 0.6) f.add('x:echo60');
  }
  for (const l of labels) f.add(`rule:${l}`);
  return [...f];
}
