// The extension's own share of a page's main thread, from V8's sampling profiler (CDP Profiler on the
// page target, which samples every world of the page: the page's scripts and the content scripts).
// A sample counts as the extension's when any frame on its stack comes from a chrome-extension://
// script, so DOM calls made by the content script count too. This is far less noisy than the
// difference of two runs on a loaded machine, and it says where the time goes.
import fs from 'node:fs';
import path from 'node:path';

/** Starts sampling; the benchmark profiles the runs without the extension too, so both pay the same overhead. */
export async function startProfile(cdp, intervalUs = 500) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
}

/**
 * Stops sampling and attributes the samples: `scriptMs` (JavaScript, the DOM calls it makes and GC:
 * every sample but idle and "(program)"), `extensionMs` (time with extension code on the stack),
 * `longestMs` (the longest stretch of consecutive extension samples: one uninterrupted run of it),
 * and `top`, the extension functions with the most self+callee time, as "file:line:col".
 */
export async function stopProfile(cdp) {
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  return attribute(profile);
}

export function attribute(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // outermost extension frame of each node's stack (null: no extension code on it)
  const outer = new Map();
  const outerOf = (id) => {
    if (outer.has(id)) return outer.get(id);
    const n = byId.get(id);
    const up = parent.has(id) ? outerOf(parent.get(id)) : null;
    const mine = n.callFrame.url.startsWith('chrome-extension://') ? n : null;
    const r = up ?? mine;
    outer.set(id, r);
    return r;
  };
  let extensionMs = 0;
  let totalMs = 0;
  let scriptMs = 0;
  let stretch = 0;
  let longestMs = 0;
  const top = new Map();
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    const dt = (timeDeltas[i + 1] ?? 0) / 1000; // a sample stands for the time until the next one
    totalMs += dt;
    const fn = byId.get(samples[i]).callFrame.functionName;
    if (fn !== '(idle)' && fn !== '(program)') scriptMs += dt;
    const o = outerOf(samples[i]);
    if (!o) {
      stretch = 0;
      continue;
    }
    extensionMs += dt;
    stretch += dt;
    longestMs = Math.max(longestMs, stretch);
    const f = o.callFrame;
    const key = `${f.url.replace(/^chrome-extension:\/\/[^/]+\//, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    top.set(key, (top.get(key) ?? 0) + dt);
  }
  return {
    extensionMs,
    totalMs,
    scriptMs,
    longestMs,
    top: [...top]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([where, ms]) => ({ where, ms })),
  };
}

/** Adds the first characters of the built source at each "file:line:col" (the build is minified). */
export function withSource(top, extDir) {
  return top.map((t) => {
    const m = /^(.*):(\d+):(\d+)$/.exec(t.where);
    if (!m) return t;
    const file = path.join(extDir, m[1]);
    const line = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n')[Number(m[2]) - 1] : '';
    return { ...t, code: line?.slice(Number(m[3]) - 1, Number(m[3]) + 79) ?? '' };
  });
}

/**
 * The extension's share of the profile applied to the page's script time in thread CPU time
 * (CDP ScriptDuration over the same window). The profiler's samples are spaced in wall time, so on a
 * loaded machine its raw milliseconds include time the thread was waiting for a core; the share does not.
 */
export const extensionCpuMs = (prof, scriptMs) =>
  prof.scriptMs > 0 ? (prof.extensionMs / prof.scriptMs) * scriptMs : 0;

/** Merges the `top` lists of several runs (sums by location). */
export function mergeTop(lists, n = 5) {
  const acc = new Map();
  for (const list of lists) for (const t of list) acc.set(t.where, (acc.get(t.where) ?? 0) + t.ms);
  return [...acc]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([where, ms]) => ({ where, ms }));
}
