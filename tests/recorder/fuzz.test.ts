/**
 * Seeded fuzzing of the recorder over random DOM mutation sequences (issue 9): lines added (some
 * really sent twice), whole-list re-renders, virtualised windows, scroll-back, adjacent swaps and
 * text edits. Invariants: the recorder never throws, never stores a key twice, never stores a line
 * more often than it was sent, stores every line that was sent, and in the order it was sent.
 * Reproduce one case with FUZZ_SEED=<n>.
 */
import { describe, test } from 'vitest';
import { checkKeys, checkTranscript, fuzzRecorder, fuzzSeeds, mulberry32 } from './fuzz-helpers';

const CASES = Number(process.env.FUZZ_CASES ?? 2000);
const OPS = 16;

interface Line {
  role: 'agent' | 'customer';
  text: string;
}

/** Widget markups to fuzz: the generic log and Chatwoot's (vendor ids on each message). */
const WIDGETS = {
  generic: {
    page: '<div class="chat-panel" aria-label="Support chat"><div role="log" class="chat-log"></div><textarea></textarea></div>',
    list: () => document.querySelector('.chat-log')!,
    render(l: Line) {
      const d = document.createElement('div');
      d.className = `message msg-${l.role}`;
      d.innerHTML = '<p></p>';
      d.querySelector('p')!.textContent = l.text;
      return d;
    },
    setText: (el: Element, t: string) => {
      el.querySelector('p')!.textContent = t;
    },
  },
  chatwoot: {
    page: '<div class="conversation-wrap"><div class="message-list"></div></div><textarea class="user-message-input"></textarea>',
    list: () => document.querySelector('.message-list')!,
    render(l: Line & { id?: number }) {
      const d = document.createElement('div');
      d.id = `cwmsg-${l.id}`;
      d.className = l.role === 'customer' ? 'user-message-wrap' : 'agent-message-wrap';
      d.innerHTML = `<div class="message-wrap"><div class="chat-bubble"></div>${l.role === 'agent' ? '<p class="agent-name">Ana</p>' : ''}</div>`;
      d.querySelector('.chat-bubble')!.textContent = l.text;
      return d;
    },
    setText: (el: Element, t: string) => {
      el.querySelector('.chat-bubble')!.textContent = t;
    },
  },
} as const;

async function runCase(seed: number, kind: keyof typeof WIDGETS) {
  const rnd = mulberry32(seed);
  const w = WIDGETS[kind];
  document.body.innerHTML = w.page;
  const fz = await fuzzRecorder(kind);
  const { stored } = fz;
  const sent: (Line & { id: number })[] = [];
  const shown: number[] = []; // indexes into `sent`, in display order
  let from = 0; // virtualised: lines before `from` are not in the DOM
  const edited = new Set<number>();
  let nextId = 1;
  const els = new Map<number, Element>();
  const draw = () => {
    els.clear();
    w.list().replaceChildren(
      ...shown.slice(from).map((i) => {
        const e = w.render(sent[i]!);
        els.set(i, e);
        return e;
      }),
    );
  };
  const log: string[] = [];
  const tick = async () => {
    log.push(
      `shown: ${Array.from(w.list().children)
        .map((e) =>
          e
            .textContent!.replace(/line (\d+) of case \d+/, 'L$1')
            .replace(/edited (\d+) of case \d+/, 'E$1')
            .replace('Ana', ''),
        )
        .join(' ')} | stored so far ${stored.length}`,
    );
    await fz.tick();
  };
  for (let op = 0; op < OPS; op++) {
    const r = rnd();
    if (r < 0.45) {
      const dup = sent.length > 0 && rnd() < 0.2;
      const role = rnd() < 0.5 ? 'agent' : 'customer';
      const line = dup
        ? { ...sent.at(-1)!, id: nextId++ }
        : { role, text: `line ${nextId} of case ${seed}`, id: nextId++ };
      sent.push(line as Line & { id: number });
      log.push('add');
      shown.push(sent.length - 1);
      const e = w.render(sent.at(-1)!);
      els.set(sent.length - 1, e);
      w.list().append(e);
    } else if (r < 0.6) {
      draw(); // framework re-render
      log.push('rerender');
    } else if (r < 0.7 && shown.length > 4) {
      from = Math.floor(rnd() * (shown.length / 2)); // virtualised window
      log.push('virtualise');
      draw();
    } else if (r < 0.78) {
      from = 0; // scrolled back to the top
      log.push('scrollback');
      draw();
    } else if (r < 0.88 && shown.length - from > 2) {
      // two adjacent lines swap places in the display (not at the very end)
      const a = from + Math.floor(rnd() * (shown.length - from - 2));
      [shown[a], shown[a + 1]] = [shown[a + 1]!, shown[a]!];
      log.push('swap');
      draw();
    } else if (shown.length - from > 2) {
      // an old line is edited in place (never the last one)
      const idx = shown[from + Math.floor(rnd() * (shown.length - from - 1))]!;
      const el = els.get(idx);
      if (el) {
        edited.add(idx);
        log.push('edit');
        w.setText(el, `edited ${idx} of case ${seed}`);
      }
    }
    await tick();
  }
  from = 0;
  await tick();
  fz.stop();
  return { stored, sent, edited, log };
}

describe.each(['generic', 'chatwoot'] as const)('recorder fuzz: %s widget', (kind) => {
  test(`${CASES / 2} seeded random mutation sequences`, async () => {
    for (const seed of fuzzSeeds(CASES / 2)) {
      const { stored, sent, edited, log } = await runCase(seed, kind);
      if (process.env.FUZZ_SEED)
        console.log(
          log.join('\n'),
          '\nSTORED',
          stored.map((m) => m.text),
          '\nSENT',
          sent.map((l) => l.text),
        );
      const ctx = `seed ${seed} (${kind}); reproduce with FUZZ_SEED=${seed}`;
      checkKeys(ctx, stored);
      // as often as sent: exactly, except that a line edited in place while an identical line
      // arrived is indistinguishable by content (at most one fewer per edit of that text)
      checkTranscript({
        ctx,
        got: stored.map((m) => m.text),
        sent: sent.map((l) => l.text),
        ignore: (t) => t.startsWith('edited'),
        mayLose: (t) => [...edited].filter((i) => sent[i]!.text === t).length,
      });
    }
  }, 120_000);
});
