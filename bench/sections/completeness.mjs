// Completeness against a page snapshot. The chat widget keeps only its last `keep` lines in the DOM
// (a virtualised list) and clears the transcript when the chat ends, as many widgets do. A page-saving
// tool keeps what the DOM holds when it saves (page.content(), the serialised DOM, stands for it);
// Chatproof keeps what it stored while the chat ran.
import { readStore } from '../../tests/e2e/harness.mjs';
import {
  closeQuietly,
  countMessages,
  sessionsOf,
  settle,
  siteUrl,
  storePage,
  until,
} from '../lib/browser.mjs';

const markersIn = (text, total) => {
  let n = 0;
  for (let i = 0; i < total; i++) if (text.includes(`[#${i}]`)) n++;
  return n;
};

export async function runCompleteness({ pair, lines, keep, rate }) {
  const b = pair.with;
  const page = await b.ctx.newPage();
  try {
    await page.goto(siteUrl('complete', `/bench/chat.html?prefill=1&keep=${keep}`));
    await until(async () => (await countMessages(b, 'complete')) >= 1, {
      timeout: 20_000,
      what: 'the greeting stored',
    });
    await page.evaluate(([n, r]) => window.streamMessages(n, r), [lines - 1, rate]);
    await settle(500);
    const beforeEnd = markersIn(await page.content(), lines);
    await page.evaluate(() => window.endChat());
    await settle(500);
    const atEnd = markersIn(await page.content(), lines);
    await until(async () => (await countMessages(b, 'complete')) >= lines, {
      timeout: 30_000,
      what: `${lines} stored lines`,
    }).catch(() => {});
    const store = await storePage(b);
    const ids = new Set((await sessionsOf(b, 'complete')).map((x) => x.id));
    const rows = (await readStore(store)).messages
      .filter((m) => ids.has(m.sessionId))
      .sort((x, y) => x.seq - y.seq);
    await closeQuietly(store);
    const indices = rows.map((r) => Number(/\[#(\d+)\]$/.exec(r.text)?.[1] ?? -1));
    const distinct = new Set(indices.filter((i) => i >= 0 && i < lines));
    return {
      lines,
      keep,
      stored: distinct.size,
      duplicates: indices.length - distinct.size,
      inOrder: indices.every((v, i) => i === 0 || v > indices[i - 1]),
      chatproofShare: distinct.size / lines,
      snapshotBeforeEnd: beforeEnd,
      snapshotAtEnd: atEnd,
      snapshotShare: atEnd / lines,
    };
  } finally {
    await closeQuietly(page);
  }
}
