import { firmPromise } from './promise';
import { messageFeatures } from './scorer-features';
import { SCORER_MODES, SCORER_TABLES } from './scorer-weights';
import { clip, isAgentSide } from './text';
import type { Finding, Label, Line } from './types';

/**
 * How the learned scorer joins the rules for one label (docs/analysers.md, "Round 5" and "Round 7"):
 * a message the rules missed is added when p ≥ `add` (null: never); a rule finding is dropped when
 * p < `drop` (0: never).
 */
export interface ScorerMode {
  add: number | null;
  drop: number;
}

/**
 * The mode per integrated label, chosen by cross-validation grouped by writer and written with the
 * weights by scripts/train-scorer.ts (which prints the tables); the other scored labels keep their
 * rules unchanged because that CV showed no clear gain for them.
 */
export { SCORER_MODES };

/**
 * Labels whose added findings feed later state (an added offer opens an offer the customer can then
 * accept; an added assent accepts it, so it is no longer open): lines before `from` are scored for
 * them too, so a pass over new lines sees the offers and assents in its context lines
 * (docs/analysers.md, "Round 6").
 */
const SCORED_IN_CONTEXT: readonly ScoredLabel[] = ['upsell-offer', 'upsell-assent'];

/** Evidence of every finding the scorer adds starts with this. */
const SCORER_EVIDENCE = 'learned scorer ';

/** Was this finding added by the learned scorer (not by a rule)? */
export function isScorerFinding(f: Finding): boolean {
  return f.evidence.startsWith(SCORER_EVIDENCE);
}

/** The labels the scorer was trained for: the ones that missed the bar on an unseen writer. */
export const SCORED_LABELS = [
  'upsell-offer',
  'upsell-assent',
  'script-loop',
  'cant-help',
  'promise',
] as const;
export type ScoredLabel = (typeof SCORED_LABELS)[number];

/** One logistic-regression model: log-odds = bias + Σ weight × value over the message's features. */
export interface LabelModel {
  bias: number;
  weights: Readonly<Record<string, number>>;
}

/** Only customer lines can assent; every other scored label is said by the company side. */
export function isEligible(label: ScoredLabel, role: Line['role']): boolean {
  return label === 'upsell-assent' ? role === 'customer' : isAgentSide(role);
}

/** A text feature: `w:`, `b:`, `c:` or `p:` (a character test: this runs for every feature). */
function isText(f: string): boolean {
  if (f.charCodeAt(1) !== 58) return false; // ':'
  const c = f.charCodeAt(0);
  return c === 119 || c === 98 || c === 99 || c === 112; // w b c p
}

/** 1/√(number of text features), or 1 when there are none. */
function textUnit(features: readonly string[]): number {
  let text = 0;
  for (const f of features) if (isText(f)) text++;
  return text === 0 ? 1 : 1 / Math.sqrt(text);
}

/**
 * Feature values: text features (words, bigrams, 4-grams, the previous message's words) share a unit
 * of length, 1/√(their count), so long messages do not outvote short ones; context and rule
 * features are 1. The training script uses this same function.
 */
export function featureValues(features: readonly string[]): number[] {
  const unit = textUnit(features);
  return features.map((f) => (isText(f) ? unit : 1));
}

/** Probability that a message with these features carries the model's label. Pure. */
export function probability(model: LabelModel, features: readonly string[]): number {
  // the same sum, in the same order, as over featureValues(): identical to the last bit
  const unit = textUnit(features);
  let z = model.bias;
  for (const f of features) {
    const w = model.weights[f];
    if (w !== undefined) z += w * (isText(f) ? unit : 1);
  }
  return 1 / (1 + Math.exp(-z));
}

/** A generated table ("feature<TAB>weight × 10^4" per line, bias first) as a model. */
export function parseTable(table: string): LabelModel {
  const weights: Record<string, number> = {};
  let bias = 0;
  for (const row of table.split('\n')) {
    const tab = row.lastIndexOf('\t');
    const name = row.slice(0, tab);
    const w = Number(row.slice(tab + 1)) / 1e4;
    if (name === 'bias') bias = w;
    else weights[name] = w;
  }
  return { bias, weights };
}

/**
 * Each label's table is parsed on its first use, not when the module loads: parsing all four took
 * 13.5 ms of every popup open in Chromium's profiler (26–32 ms in Node), and the service worker
 * paid it at every start before it could answer its first message.
 */
const MODELS: Partial<Record<ScoredLabel, LabelModel>> = {};
function modelOf(label: ScoredLabel): LabelModel | undefined {
  const table = SCORER_TABLES[label];
  if (table === undefined) return undefined;
  MODELS[label] ??= parseTable(table);
  return MODELS[label];
}

/** Rule labels per message, from the rule analysers' findings. */
export function labelsByMessage(n: number, findings: readonly Finding[]): Label[][] {
  const out: Label[][] = Array.from({ length: n }, () => []);
  for (const f of findings) out[f.i]?.push(f.label);
  return out;
}

/** The integrated labels whose model is present, with their mode. */
function integrated(): [ScoredLabel, LabelModel, ScorerMode][] {
  return SCORED_LABELS.flatMap((l) => {
    const mode = SCORER_MODES[l];
    const model = mode && modelOf(l);
    return model && mode ? [[l, model, mode] as [ScoredLabel, LabelModel, ScorerMode]] : [];
  });
}

/**
 * Round 13: English function words. The models learned from a corpus that is mostly English, so on
 * a line in another language their low probability is no evidence against a rule finding (holdout13:
 * Italian and Spanish promises and a Spanish refusal vetoed); a line that reads as another
 * language is not vetoed. Adding is unchanged (it needs a high probability, which such lines do not reach).
 */
const ENGLISH_WORD =
  /\b(?:the|you|your|and|is|it|will|this|that|for|of|with|have|are|be|to|can|our|my|i'm|i've|i'll|we'll)\b/gi;
/** Function words of es, fr, de, pt, it and nl that English does not use (round 21: more German ones;
 * round 22: more Italian ones, "Mi dispiace, i rimborsi non li posso gestire io"; round 23: more Dutch
 * ones, "Dat valt helaas buiten ons beleid, reiskosten vergoeden wij niet"; round 25: Italian prepositions,
 * "Le fatture … verranno inviate … appena risolto, al massimo entro giovedì"). */
const OTHER_WORD =
  /(?<!\p{L})(?:el|la|los|las|le|de|del|en|se|que|y|por|para|con|una|les|des|du|au|est|et|vous|je|nous|une|der|die|das|und|ist|sie|ich|nicht|zu|mit|auf|von|im|ihre|ihren|dem|den|ein|eine|einen|não|você|os|da|um|uma|il|di|che|è|per|ti|mi|io|non|sono|ho|gli|della|questo|questa|anche|het|een|niet|ik|dat|wij|ons|uw|van|voor|maar|geen|deze|wordt|kunt|heeft|al|alla|nel|nella|dal|dalla|sul|sulla|entro|appena)(?!\p{L})/giu;
const count = (re: RegExp, text: string) => text.match(re)?.length ?? 0;
/** A line in another language: more of its function words than of English ones, and at least two. */
export const readsForeign = (text: string): boolean => {
  const other = count(OTHER_WORD, text);
  return other >= 2 && other > count(ENGLISH_WORD, text);
};

/**
 * The rule findings with the scorer applied (a line in another language, or a firm first-person
 * promise, `firmPromise`, is never vetoed): for each integrated label, findings the model is
 * confident against are dropped and confident ones the rules missed are added. Message i's result
 * depends only on lines 0..i and the rule findings for them, so it stays prefix-stable.
 */
export function applyScorer(
  lines: readonly Line[],
  ruleFindings: readonly Finding[],
  /** Lines before this index are context only: not scored (their result is not wanted), except for
   * the labels in SCORED_IN_CONTEXT. */
  from = 0,
): Finding[] {
  const active = integrated();
  if (active.length === 0 || lines.length === 0) return [...ruleFindings];
  const ruled = new Set(ruleFindings.map((f) => `${f.i}\u0000${f.label}`));
  const wanted = (label: ScoredLabel, i: number) => i >= from || SCORED_IN_CONTEXT.includes(label);
  // features only where a probability can change something: a line one of the labels may be added
  // to, or dropped from (building them is most of the scorer's cost)
  // Whether a line's rule findings may be vetoed, judged once per line and label (`canChange` is
  // asked again for every line in the scoring loop below).
  const vetoable = new Map<string, boolean>();
  const mayVeto = (label: ScoredLabel, i: number) => {
    const key = `${i}\u0000${label}`;
    let v = vetoable.get(key);
    if (v === undefined) {
      const text = lines[i]!.text;
      v = !readsForeign(text) && !(label === 'promise' && firmPromise(text));
      vetoable.set(key, v);
    }
    return v;
  };
  const canChange = (label: ScoredLabel, mode: ScorerMode, i: number) =>
    wanted(label, i) &&
    isEligible(label, lines[i]!.role) &&
    (ruled.has(`${i}\u0000${label}`) ? mode.drop > 0 && mayVeto(label, i) : mode.add !== null);
  const matters = (i: number) => active.some(([label, , mode]) => canChange(label, mode, i));
  const features = messageFeatures(lines, labelsByMessage(lines.length, ruleFindings), matters);
  const dropped = new Set<string>();
  const added: Finding[] = [];
  lines.forEach((line, i) => {
    for (const [label, model, mode] of active) {
      if (!canChange(label, mode, i)) continue;
      const key = `${i}\u0000${label}`;
      const p = probability(model, features[i]!);
      if (ruled.has(key)) {
        if (p < mode.drop) dropped.add(key);
      } else if (mode.add !== null && p >= mode.add) {
        added.push({ i, label, evidence: `${SCORER_EVIDENCE}${p.toFixed(2)}: ${clip(line.text)}` });
      }
    }
  });
  return [...ruleFindings.filter((f) => !dropped.has(`${f.i}\u0000${f.label}`)), ...added];
}
