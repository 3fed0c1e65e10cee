import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../lib/detectors';
import { parseCorpus } from '../../lib/detectors/evaluate';

/**
 * The analysers over a 10,000-message chat: linear, and well under the bound. CPU time of the whole
 * process, so this file runs on its own after the other unit tests (`npm test`'s "unit timing" step;
 * vitest.config.ts leaves tests/timing out of the parallel run): beside another test worker on this
 * machine's two cores the same pass measured 5.4 s in one CI run and 8.5 s in the next (session 22).
 * In Node the figure also depends on how much regexp code the process compiled before
 * (docs/analysers.md, "Speed"); the extension's service worker runs it faster
 * (`npm run bench:analysers`). The bound only catches a quadratic regression.
 */
const train = parseCorpus(readFileSync(join(__dirname, '../corpus/train.jsonl'), 'utf8'));

// As when this test sat in tests/detectors/invariants.test.ts, after the tests that analyse the first
// 25 training chats: the regexps are compiled before the timed pass.
beforeAll(() => {
  for (const c of train.slice(0, 25)) analyse(c.messages);
});

test('10,000-message chat: linear and well under a few seconds', () => {
  const pool = train.flatMap((c) => c.messages);
  const lines = Array.from({ length: 10_000 }, (_, k) => pool[k % pool.length]!);
  const t0 = process.cpuUsage();
  const out = analyse(lines);
  const used = process.cpuUsage(t0);
  const ms = (used.user + used.system) / 1000;
  console.log(`analyse(): 10,000 messages, ${out.length} findings, ${ms.toFixed(0)} ms CPU`);
  expect(ms).toBeLessThan(10_000);
}, 60_000);
