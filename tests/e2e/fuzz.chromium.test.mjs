// Seeded end-to-end fuzz (issue 9, item 4): the BUILT extension records every vendor fixture page on
// its real hostname while the test drives the widget's own FIXTURE.render / list with a random sequence
// — lines added (the same line sent twice in a row too), framework re-renders, a virtualised window
// and scroll-back, two old lines swapping, minimise/reopen — then the stored transcript must equal the
// lines sent exactly: roles, authors, texts, order, nothing twice, nothing missing.
// The standard chat script is replaced by an empty one (the player only mounts the widget), and
// FIXTURE.mount is wrapped so the test can reach the list the player mounted.
// VENDORS=intercom,drift limits the run; FUZZ_E2E_SEQUENCES (default 3) and FUZZ_E2E_STEPS (15) size it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { FIXTURES, launchChromium, readStore, SHOP, sleep, startFixtureServer, until } from './harness.mjs';

const SEQUENCES = Number(process.env.FUZZ_E2E_SEQUENCES ?? 3);
const STEPS = Number(process.env.FUZZ_E2E_STEPS ?? 15);
const GAP_MS = 120; // between steps: the recorder reads every line before the widget moves it
const only = process.env.VENDORS?.split(',').filter(Boolean);
const vendors = fs
  .readdirSync(path.join(FIXTURES, 'vendors'))
  .filter((d) => fs.existsSync(path.join(FIXTURES, 'vendors', d, 'fixture.json')))
  .filter((d) => !only || only.includes(d))
  .sort();

// served instead of tests/fixtures/lib/script.js: no standard chat, and the mounted view is kept
const FUZZ_SCRIPT = `window.CHAT_SCRIPT = [];
(() => {
  const F = window.FIXTURE;
  const mount = F.mount;
  F.mount = function (doc) {
    const env = mount.call(this, doc);
    window.__fuzzEnv = env;
    return env;
  };
})();`;

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded sequence of steps and the lines it sends. */
function sequence(seed, tag) {
  const rnd = mulberry32(seed);
  const ops = [];
  const sent = [];
  let shown = 0;
  for (let i = 0; i < STEPS; i++) {
    const r = shown > 2 ? rnd() : 0;
    if (r < 0.5) {
      let m;
      if (sent.length && rnd() < 0.2)
        m = { ...sent.at(-1) }; // the same line sent twice in a row
      else {
        const x = rnd();
        const role = x < 0.45 ? 'agent' : x < 0.85 ? 'customer' : 'system';
        const what = role === 'system' ? 'Marco joined the chat' : role;
        m = {
          role,
          author: role === 'agent' ? (rnd() < 0.7 ? 'Priya' : 'Marco') : null,
          text: `Fuzz ${tag} line ${sent.length + 1}: ${what}.`,
        };
      }
      sent.push(m);
      shown++;
      ops.push({ do: 'add', m });
    } else if (r < 0.62) ops.push({ do: 'rerender' });
    else if (r < 0.72) ops.push({ do: 'window', from: Math.floor(rnd() * (shown / 2)) });
    else if (r < 0.8) ops.push({ do: 'window', from: 0 });
    else if (r < 0.9) ops.push({ do: 'swap', at: rnd() });
    else ops.push({ do: 'minimise' });
  }
  return { ops, sent };
}

/**
 * Runs in the widget's frame: plays `ops` through the fixture's own render and list. After the first
 * line it waits for `window.__fuzzGo` (set once that line is stored): the recorder is injected some
 * time after the page loads, and one that starts after a swap reads the swapped lines as history, in
 * the order they are then shown.
 */
async function play({ ops, gap }) {
  const F = window.FIXTURE;
  let env = window.__fuzzEnv;
  const shown = [];
  let from = 0;
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  // tests/fixtures/lib/player.js plays window.CHAT_SCRIPT (empty here) from 600 ms after load; lines
  // pushed before it looked would be played a second time by it, so start once it is done
  while (document.documentElement.dataset.fixture !== 'done') await sleep(20);
  const renderWindow = () => {
    const out = [];
    let prev = null;
    for (const m of shown.slice(from)) {
      out.push(F.render(m, prev));
      prev = m;
    }
    return out;
  };
  const draw = () => env.list.replaceChildren(...renderWindow());
  for (const op of ops) {
    if (op.do === 'add') {
      const m = { ...op.m };
      window.CHAT_SCRIPT.push(m); // some fixtures derive stable ids from it
      const prev = shown.length > from ? shown.at(-1) : null;
      shown.push(m);
      env.list.append(F.render(m, prev));
    } else if (op.do === 'rerender') draw();
    else if (op.do === 'window') {
      from = op.from;
      draw();
    } else if (op.do === 'swap') {
      // two old lines swap places (never the newest)
      const a = from + Math.floor(op.at * (shown.length - from - 2));
      if (shown.length - from > 2) [shown[a], shown[a + 1]] = [shown[a + 1], shown[a]];
      draw();
    } else if (op.do === 'minimise') {
      if (F.unmount) F.unmount(env);
      else env.list.remove();
      await sleep(gap * 2);
      env = F.mount(document);
      env.list.append(...renderWindow());
    }
    await sleep(gap);
    while (!window.__fuzzGo) await sleep(20);
  }
  from = 0;
  draw();
}

let srv;
let b;
let ext;
before(async () => {
  srv = await startFixtureServer();
  b = await launchChromium(srv.port);
  await b.ctx.route('**/lib/script.js', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: FUZZ_SCRIPT }),
  );
  ext = await b.ctx.newPage();
  await ext.goto(`chrome-extension://${b.extId}/dashboard.html`);
});
after(async () => {
  await b?.ctx.close();
  await srv?.close();
});

describe('recorder fuzz end to end', { concurrency: 4 }, () => {
  vendors.forEach((id, vi) => {
    const meta = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'vendors', id, 'fixture.json'), 'utf8'));
    test(`${id} (${meta.frame}): ${SEQUENCES} seeded sequences of ${STEPS} steps, stored exactly as sent`, async () => {
      const vendor = meta.vendor ?? id;
      const page = await b.ctx.newPage();
      try {
        for (let k = 1; k <= SEQUENCES; k++) {
          const seed = (vi + 1) * 1000 + k;
          const tag = `${id}-${seed}`;
          const ctx = `${id} seed ${seed} (VENDORS=${id})`;
          const { ops, sent } = sequence(seed, tag);
          await page.goto(`http://${SHOP}/vendors/${id}/${meta.page ?? 'index.html'}`);
          const frame = await until(
            async () => {
              for (const f of page.frames())
                if (await f.evaluate(() => !!window.__fuzzEnv).catch(() => false)) return f;
              return null;
            },
            { what: `${ctx}: the mounted widget` },
          );
          const mine = async () => {
            const s = await readStore(ext);
            const sessions = new Set(s.sessions.filter((x) => x.vendor === vendor).map((x) => x.id));
            return s.messages
              .filter((m) => sessions.has(m.sessionId) && m.text.startsWith(`Fuzz ${tag} `))
              .sort((x, y) =>
                x.sessionId === y.sessionId ? x.seq - y.seq : x.sessionId < y.sessionId ? -1 : 1,
              );
          };
          await frame.evaluate(() => {
            window.__fuzzGo = false;
          });
          const played = frame.evaluate(play, { ops, gap: GAP_MS });
          // the first step is always a line: the rest waits until the recorder has stored it
          await until(async () => (await mine()).length >= 1, {
            timeout: 15_000,
            what: `${ctx}: the first line`,
          });
          await frame.evaluate(() => {
            window.__fuzzGo = true;
          });
          await played;
          await until(async () => (await mine()).length >= sent.length, {
            timeout: 10_000,
            what: `${ctx}: ${sent.length} lines`,
          }).catch(() => {});
          await sleep(500); // a late duplicate would show up here
          const got = await mine();
          if (process.env.FUZZ_E2E_DEBUG)
            console.log(got.map((m) => `${m.sessionId} ${m.seq} ${m.key} ${m.at} ${m.text}`).join('\n'));
          const line = (m) => `${m.role}|${m.author ?? ''}|${m.text}`;
          assert.deepEqual(
            got.map(line),
            sent.map(line),
            `${ctx}: stored transcript differs from the lines sent; steps: ${ops.map((o) => o.do).join(' ')}`,
          );
          assert.equal(new Set(got.map((m) => m.sessionId)).size, 1, `${ctx}: one session`);
        }
      } finally {
        await page.close();
      }
    });
  });
});
