/**
 * npm run eval -- <corpus.jsonl> [--details] [--no-customer-cases]
 * Runs every analyser over a labelled corpus and prints per-label tp/fp/fn, precision, recall
 * and F1; the last line is one JSON object {"labels":{...}} for scripts and CI.
 * --no-customer-cases: leave case numbers on customer lines out of both sides (`withoutCustomerCases`).
 */
import { readFileSync } from 'node:fs';
import { analyse } from '../lib/detectors';
import {
  type CorpusConversation,
  evaluate,
  formatTable,
  parseCorpus,
  summaryJson,
  withoutCustomerCases,
} from '../lib/detectors/evaluate';

const args = process.argv.slice(2);
const details = args.includes('--details');
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npm run eval -- <corpus.jsonl> [--details]');
  process.exit(2);
}

let convs: CorpusConversation[];
try {
  convs = parseCorpus(readFileSync(file, 'utf8'));
} catch (e) {
  console.error(`eval: cannot read ${file}: ${(e as Error).message}`);
  process.exit(1);
}

const run = args.includes('--no-customer-cases') ? withoutCustomerCases(convs, analyse) : { convs, analyse };
const result = evaluate(run.convs, run.analyse);
if (details) {
  for (const m of result.mismatches) {
    const v = m.value === undefined ? '' : `=${m.value}`;
    console.log(`${m.kind.toUpperCase()} ${m.id}#${m.i} ${m.label}${v}  | ${m.text}`);
  }
  console.log('');
}
console.log(`${file}: ${result.conversations} conversations, ${result.messages} messages`);
console.log(formatTable(result));
console.log(summaryJson(result));
