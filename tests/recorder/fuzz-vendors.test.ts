/**
 * Seeded fuzzing of the recorder over EVERY vendor fixture (issue 9, item 4). Each case loads the
 * fixture's widget document (its markup and `window.FIXTURE`, the same code the e2e fixtures run),
 * then plays a random sequence: lines added (some really sent twice: the last line again, or an
 * earlier one), framework re-renders, a virtualised window and scroll-back, adjacent swaps, in-place
 * text edits, deleted lines (removed in place or by a re-render) and minimise/reopen. Invariants: the
 * recorder never throws, never stores a key twice, stores what was sent (role, author and text) in
 * the order it was sent, no line more often than it was sent, and every line but the ones a content
 * match cannot tell from a moved line (see `mayLose`).
 * Reproduce one case with FUZZ_VENDOR=<id> FUZZ_SEED=<n> (prints the operations and transcripts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Role } from '../../lib/model';
import { readAll } from '../../lib/vendors/define';
import { SIGNATURES } from '../../lib/vendors/signatures';
import { loadMarkup, scripts } from '../vendors/page-fixture';
import { checkKeys, checkTranscript, fuzzRecorder, fuzzSeeds, mulberry32 } from './fuzz-helpers';

const FIXTURES = path.resolve(__dirname, '../fixtures');
const CASES = Number(process.env.FUZZ_VENDOR_CASES ?? 2016);
const OPS = 12;
const RENEW = 20; // cases per happy-dom window (see openWindow)

const VENDORS = fs
  .readdirSync(path.join(FIXTURES, 'vendors'))
  .filter((d) => fs.existsSync(path.join(FIXTURES, 'vendors', d, 'fixture.json')))
  .filter((d) => !process.env.FUZZ_VENDOR || d === process.env.FUZZ_VENDOR)
  .sort();
const PER_VENDOR = Math.ceil(CASES / Math.max(VENDORS.length, 1));

/** What the host page (index.html) writes into a same-origin frame before its widget.js runs. */
const SKELETONS: Record<string, string> = {
  intercom: '<div id="intercom-container" class="intercom-namespace" role="main"></div>',
  tawk: '<div id="tawk-app"></div>',
  tidio: '<div id="body" class="tidio-1ktc0bh"></div>',
};

interface Msg {
  role: Role;
  author: string | null;
  text: string;
}
interface Env {
  list: Element;
  composer: HTMLElement | null;
}
interface Fixture {
  mount(doc: Document): Env;
  render(m: Msg, prev: Msg | null): Node;
  unmount?(env: Env): void;
}

/** Where a vendor's FIXTURE lives and which host its widget document is on. */
function fixtureOf(id: string) {
  const dir = path.join(FIXTURES, 'vendors', id);
  const meta = JSON.parse(fs.readFileSync(path.join(dir, 'fixture.json'), 'utf8')) as { frame: string };
  const script = fs.existsSync(path.join(dir, 'widget.js'));
  const file = script
    ? 'widget.js'
    : ['index.html', 'widget.html', 'messenger.html'].find(
        (f) =>
          fs.existsSync(path.join(dir, f)) &&
          fs.readFileSync(path.join(dir, f), 'utf8').includes('window.FIXTURE'),
      );
  if (!file) throw new Error(`${id}: no window.FIXTURE`);
  // a cross-origin widget document is on the vendor's frame host (the recorder picks the adapter by it)
  const host =
    meta.frame === 'cross-origin'
      ? (SIGNATURES.find((s) => s.id === id)?.frameHosts?.[0] ?? 'shop.example.test')
      : 'shop.example.test';
  return { id, file, script, host, url: `http://${host}/vendors/${id}/${file}` };
}

type Fx = ReturnType<typeof fixtureOf>;

/**
 * A happy-dom window on the widget document's URL. Each vendor's cases run in windows of their own,
 * renewed every few cases: happy-dom keeps detached nodes reachable through its query caches
 * (about 2 MB a case here), which would exhaust the heap over thousands of cases in one window.
 */
function openWindow(fx: Fx): Document {
  return new Window({ url: fx.url }).document as unknown as Document;
}
const closeWindow = (doc: Document) =>
  (doc.defaultView as unknown as { happyDOM: { close(): Promise<void> } }).happyDOM.close();

/** Loads the widget document into `doc` and mounts it; `chat` is its CHAT_SCRIPT (ids derive from it). */
function loadWidget(fx: Fx, chat: Msg[], doc: Document) {
  let src: string | undefined;
  if (fx.script) {
    doc.head.innerHTML = '';
    doc.body.innerHTML = SKELETONS[fx.id] ?? '';
    src = fs.readFileSync(path.join(FIXTURES, 'vendors', fx.id, fx.file), 'utf8');
  } else {
    src = scripts(loadMarkup(path.join('vendors', fx.id, fx.file), doc)).find((s) =>
      s.includes('window.FIXTURE'),
    );
  }
  const win: { FIXTURE?: Fixture; CHAT_SCRIPT: Msg[] } = { CHAT_SCRIPT: chat };
  new Function('window', 'document', src!)(win, doc);
  const F = win.FIXTURE!;
  return { F, env: F.mount(doc) };
}

const line = (m: Msg) => `${m.role}|${m.author ?? ''}|${m.text}`;

/** Text nodes under `el` containing `text`, in document order. */
function textNodes(el: Node, text: string): Text[] {
  const out: Text[] = [];
  const walk = el.ownerDocument!.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walk.nextNode(); n; n = walk.nextNode())
    if ((n as Text).data.includes(text)) out.push(n as Text);
  return out;
}

async function runCase(fx: Fx, seed: number, doc: Document) {
  let h = seed;
  for (const c of fx.id) h = Math.imul(h ^ c.charCodeAt(0), 0x9e3779b1);
  const rnd = mulberry32(h);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  /** Every line really sent, as sent. */
  const sent: Msg[] = [];
  /** The objects the widget renders, index for index with `sent` (its CHAT_SCRIPT); edits change them. */
  const chat: Msg[] = [];
  let { F, env } = loadWidget(fx, chat, doc);
  const fz = await fuzzRecorder(fx.id, fx.host, doc);
  const { stored } = fz;
  const shown: number[] = []; // indexes into `sent`, in display order
  let from = 0; // virtualised: lines before `from` are not in the DOM
  let edits = 0;
  const edited = new Set<string>(); // the texts edits wrote
  const mayLose = new Map<string, number>();
  const log: string[] = [];
  const renderWindow = () => {
    const nodes: Node[] = [];
    let prev: Msg | null = null;
    for (const i of shown.slice(from)) {
      nodes.push(F.render(chat[i]!, prev));
      prev = chat[i]!;
    }
    return nodes;
  };
  const draw = () => env.list.replaceChildren(...renderWindow());
  /** The element showing display position `pos`: the adapter's items that read as a line, in order. */
  const itemAt = (pos: number): Element | undefined => {
    const { adapter } = fz.rec;
    const root = adapter.findRoot(doc);
    return root
      ? adapter.listItems(root).filter((el) => adapter.readItem(el, undefined))[pos - from]
      : undefined;
  };
  const tick = async () => {
    // a person's pace: the recorder's own timers (the generic rules' root search back-off) run between steps
    vi.advanceTimersByTime(100);
    await fz.tick();
    log.push(`   shown ${shown.slice(from).join(' ')} (from ${from}) | stored ${stored.length}`);
    if (process.env.FUZZ_SEED) {
      const { adapter } = fz.rec;
      const root = adapter.findRoot(doc);
      const reads = root
        ? readAll(adapter, root).map(
            (m) => `${m.role[0]}:${m.author ?? ''}:${m.text.replace(/ of case.*/, '')}`,
          )
        : [];
      log.push(`   reads ${reads.join(' | ')}`);
    }
  };
  // Content alone cannot tell a line sent again later on from an old line that moved (swapped, edited,
  // deleted): [A B A'] after a swap reads [B A A'], which is also a window from B plus A sent again. So
  // without vendor ids, even cases send lines again later on and odd cases move old lines; with ids, both.
  let ids = false;
  for (let op = 0; op < OPS; op++) {
    const visible = shown.length - from;
    const resends = ids || seed % 2 === 0;
    // an operation that needs lines adds one instead while there are too few
    let r = visible > 2 ? rnd() : 0;
    if (r >= 0.68 && r < 0.92 && !ids && resends) r = 0;
    if (r < 0.42) {
      let m: Msg;
      if (sent.length > 0 && rnd() < 0.25) {
        // the same line really sent again: right after itself ("ok", "ok") or later on
        m = { ...(resends && rnd() < 0.4 ? pick(sent) : sent.at(-1)!) };
      } else {
        const x = rnd();
        const role: Role = x < 0.45 ? 'agent' : x < 0.85 ? 'customer' : 'system';
        const author = role === 'agent' ? (rnd() < 0.7 ? 'Priya' : 'Marco') : null;
        // system lines in system wording: without layout (happy-dom) some adapters know them by it
        const what = role === 'system' ? `${pick(['Marco', 'Priya'])} joined the chat` : role;
        m = { role, author, text: `Line ${sent.length + 1} of case ${seed}: ${what}.` };
      }
      sent.push(m);
      chat.push({ ...m });
      const prev = shown.length > from ? chat[shown.at(-1)!]! : null;
      shown.push(sent.length - 1);
      log.push(`add ${sent.length - 1}: ${line(m)}`);
      env.list.append(F.render(chat.at(-1)!, prev));
    } else if (r < 0.54) {
      log.push('rerender');
      draw();
    } else if (r < 0.62) {
      from = Math.floor(rnd() * (shown.length / 2));
      log.push(`virtualise from ${from}`);
      draw();
    } else if (r < 0.68) {
      from = 0;
      log.push('scrollback');
      draw();
    } else if (r < 0.76) {
      // two adjacent lines swap places (not the newest one)
      const a = from + Math.floor(rnd() * (visible - 2));
      [shown[a], shown[a + 1]] = [shown[a + 1]!, shown[a]!];
      log.push(`swap ${shown[a + 1]} ${shown[a]}`);
      draw();
    } else if (r < 0.84) {
      // an old line (never the newest) is edited in place; re-renders keep the edit
      const pos = from + Math.floor(rnd() * (visible - 1));
      const idx = shown[pos]!;
      const item = itemAt(pos);
      const nodes = item ? textNodes(item, chat[idx]!.text) : [];
      if (!nodes.length) throw new Error(`${fx.id}: line ${idx} "${chat[idx]!.text}" is not in the DOM`);
      const text = `Edited ${++edits} of case ${seed}.`;
      for (const n of nodes) n.data = n.data.replace(chat[idx]!.text, text);
      chat[idx]!.text = text;
      edited.add(text);
      mayLose.set(line(sent[idx]!), (mayLose.get(line(sent[idx]!)) ?? 0) + 1);
      log.push(`edit ${idx} → ${text}`);
    } else if (r < 0.92) {
      // an old line is deleted: the widget removes its element, or re-renders without it
      const pos = from + Math.floor(rnd() * (visible - 1));
      const idx = shown[pos]!;
      mayLose.set(line(sent[idx]!), (mayLose.get(line(sent[idx]!)) ?? 0) + 1);
      // in place only when no other line changes: deleting the first line of a group that shows its
      // author once makes the widget draw that name on the next line (a re-render)
      const next = shown[pos + 1];
      const grouped =
        next !== undefined && line({ ...sent[next]!, text: '' }) === line({ ...sent[idx]!, text: '' });
      const item = rnd() < 0.5 && !grouped ? itemAt(pos) : undefined;
      shown.splice(pos, 1);
      log.push(`delete ${idx}${item ? ' in place' : ''}`);
      if (item) item.remove();
      else draw();
    } else {
      // minimise and reopen: the conversation view goes away, then is rendered again
      log.push('minimise');
      if (F.unmount) F.unmount(env);
      else env.list.remove();
      await tick();
      log.push('reopen');
      env = F.mount(doc);
      env.list.append(...renderWindow());
    }
    // The recorder reads in batches: a re-render, swap, edit or deletion sometimes shares a batch with
    // the next step. Lines added and windows moved are read at once: a line first seen above known
    // lines reads as an edit, and a window that drops one "ok" as another "ok" arrives reads as unchanged.
    const batched = (r >= 0.42 && r < 0.54) || (r >= 0.62 && r < 0.92);
    if (!batched || rnd() < 0.6) await tick();
    ids ||= stored.some((m) => m.key.includes('.id:'));
  }
  from = 0;
  log.push('scrollback');
  draw();
  vi.advanceTimersByTime(2000);
  await tick();
  fz.stop();
  vi.clearAllTimers(); // timers left by this case would slow every later step
  return { stored, sent, edited, mayLose, log, adapter: fz.rec.adapter.id };
}

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'],
  });
});
afterEach(() => {
  vi.useRealTimers();
});

describe.each(VENDORS.map(fixtureOf))('recorder fuzz: $id fixture', (fx) => {
  test('the fixture fuzzes as this vendor: its adapter is chosen and reads one item per line', async () => {
    const doc = openWindow(fx);
    const chat: Msg[] = [
      { role: 'agent', author: 'Priya', text: 'Probe line one.' },
      { role: 'customer', author: null, text: 'Probe line two.' },
    ];
    const { F, env } = loadWidget(fx, chat, doc);
    env.list.append(F.render(chat[0]!, null), F.render(chat[1]!, chat[0]!));
    const fz = await fuzzRecorder(fx.id, fx.host, doc);
    await fz.tick();
    fz.stop();
    await closeWindow(doc);
    expect(fz.rec.adapter.id).toBe(fx.id);
    expect(fz.stored.map(line)).toEqual(chat.map(line));
  });

  test(`${PER_VENDOR} seeded random mutation sequences`, async () => {
    const stats = { cases: 0, exact: 0 };
    let doc = openWindow(fx);
    for (const seed of fuzzSeeds(PER_VENDOR)) {
      if (stats.cases++ % RENEW === RENEW - 1) {
        await closeWindow(doc);
        doc = openWindow(fx);
      }
      const ctx = `${fx.id} seed ${seed}; reproduce with FUZZ_VENDOR=${fx.id} FUZZ_SEED=${seed}`;
      let res: Awaited<ReturnType<typeof runCase>>;
      try {
        res = await runCase(fx, seed, doc);
      } catch (e) {
        throw new Error(`${ctx}: threw ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      }
      const { stored, sent, edited, mayLose, log } = res;
      if (process.env.FUZZ_SEED)
        console.log(
          `${log.join('\n')}\nSTORED\n${stored.map((s) => `  ${line(s)}  [${s.key}]`).join('\n')}\nSENT\n${sent.map((s) => `  ${line(s)}`).join('\n')}`,
        );
      checkKeys(ctx, stored);
      // a vendor id tells an edited or deleted line from a new one; content alone cannot
      const ids = stored.length > 0 && stored.every((s) => s.key.includes('.id:'));
      const isEdit = (l: string) => edited.has(l.slice(l.lastIndexOf('|') + 1));
      const exact = checkTranscript({
        ctx,
        got: stored.map(line),
        sent: sent.map(line),
        ignore: isEdit,
        mayLose: (l) => (ids ? 0 : (mayLose.get(l) ?? 0)),
      });
      if (exact) stats.exact++;
      // an edited line may be stored in its new words (a new version of the line), once at most
      const edits = stored.map(line).filter(isEdit);
      expect(new Set(edits).size, `${ctx}: an edited line stored twice`).toBe(edits.length);
    }
    await closeWindow(doc);
    if (process.env.FUZZ_STATS)
      console.log(
        `${fx.id}: ${stats.cases} cases, ${stats.exact} stored exactly the lines sent (the rest within the content allowances)`,
      );
  }, 120_000);
});
