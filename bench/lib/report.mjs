// Budgets, and the results table (Markdown, so docs/performance.md can hold a copy verbatim).

/** A task this long is a long task (the Long Tasks API's threshold). */
const LONG_TASK_MS = 50;

export const BUDGETS = {
  idleRatio: 1.02,
  loadRatio: 1.02,
  detectorGzipBytes: 4096,
  latencyP95Ms: 100,
  captureMsPerLine: 0.3,
  exportMs: 1000,
  dashboardMs: 500,
  completeness: 1,
};

/**
 * Run-to-run noise of a with/without ratio on this machine: with the extension off on both sides
 * (`--aa`, 6–10 pairs, 2 busy cores) the ratio's median and quartiles strayed up to ×1.06 from 1. The
 * profile's figure decides; the run-to-run ratio only fails a budget when even its lower quartile is
 * above the budget plus this noise.
 */
export const RATIO_NOISE = 0.05;

const ms = (x, digits = x < 10 ? 2 : x < 100 ? 1 : 0) =>
  Number.isFinite(x) ? `${x.toFixed(digits)} ms` : '–';
const ratio = (x) => (Number.isFinite(x) ? `×${x.toFixed(3)}` : '–');
const kb = (b) => (Number.isFinite(b) ? `${(b / 1024).toFixed(2)} KiB` : '–');
const mb = (b) => (Number.isFinite(b) ? `${(b / 2 ** 20).toFixed(1)} MiB` : '–');
const pct = (x) => `${(x * 100).toFixed(x === 1 || x === 0 ? 0 : 1)}%`;
const iqr = (s, f) => `${f(s.median)} (${f(s.q1)}–${f(s.q3)})`;

/** One table row: what, with, without, result, budget, verdict (true ok, false missed, null no budget). */
const row = (measure, withV, withoutV, result, budget, ok) => ({
  measure,
  with: withV,
  without: withoutV,
  result,
  budget,
  ok,
});

export function rowsFor(r) {
  const rows = [];
  for (const i of [r.idle, r.idleShop]) {
    if (!i) continue;
    const page =
      i.variant === 'shop'
        ? `shop page (search box, aria-live cart status), ${i.elements} elements`
        : `plain page, ${i.elements} elements`;
    rows.push(
      row(
        `Idle, ${page}, ${i.perSecond} mutations/s for ${i.windowMs / 1000} s: page scripting time`,
        ms(i.scriptMs.with.median),
        ms(i.scriptMs.without.median),
        `${iqr(i.scriptRatio, ratio)}; profile: ${iqr(i.attributedRatio, ratio)}`,
        `≤ ×${BUDGETS.idleRatio}`,
        // the profile's ratio is the verdict; the run-to-run ratio only beyond its noise (RATIO_NOISE)
        i.attributedRatio.median <= BUDGETS.idleRatio && i.scriptRatio.q1 <= BUDGETS.idleRatio + RATIO_NOISE,
      ),
      row(
        '…content scripts in the profile (per run; longest uninterrupted stretch)',
        ms(i.extensionMs.median),
        i.extensionMsWithout > 0 ? `${ms(i.extensionMsWithout)} (?)` : '0',
        `longest ${ms(i.extensionLongestMs)}; ${i.where[0] ? `mostly ${i.where[0].where}` : 'no samples'}`,
        '< 50 ms (no long task of its own)',
        i.extensionLongestMs < LONG_TASK_MS,
      ),
      row(
        '…long tasks per run (count, total)',
        `${i.longTasks.with.median} (${ms(i.longTaskMs.with.median)})`,
        `${i.longTasks.without.median} (${ms(i.longTaskMs.without.median)})`,
        `+${ms(Math.max(0, i.longTaskMs.with.median - i.longTaskMs.without.median))}`,
        'info',
        null,
      ),
      row(
        '…page main-thread task time',
        ms(i.taskMs.with.median),
        ms(i.taskMs.without.median),
        iqr(i.taskRatio, ratio),
        'info',
        null,
      ),
    );
  }
  if (r.load) {
    const l = r.load;
    rows.push(
      row(
        'Load: time to `load`',
        ms(l.loadMs.with.median),
        ms(l.loadMs.without.median),
        iqr(l.loadRatio, ratio),
        `≤ ×${BUDGETS.loadRatio}`,
        l.loadRatio.median <= BUDGETS.loadRatio,
      ),
      row(
        '…DOMContentLoaded (content scripts run between it and `load`)',
        ms(l.dclMs.with.median),
        ms(l.dclMs.without.median),
        `gap to load ${ms(l.loadMs.with.median - l.dclMs.with.median)} vs ${ms(l.loadMs.without.median - l.dclMs.without.median)}`,
        'info',
        null,
      ),
      row(
        'Load: first contentful paint',
        ms(l.fcpMs.with.median),
        ms(l.fcpMs.without.median),
        iqr(l.fcpRatio, ratio),
        `≤ ×${BUDGETS.loadRatio}`,
        l.fcpRatio.median <= BUDGETS.loadRatio,
      ),
    );
  }
  if (r.size) {
    const d = r.size.detector;
    rows.push(
      row(
        `Detector size (${d.file}, minified${d.minified ? '' : ' — NOT minified'})`,
        `${kb(d.bytes)} raw`,
        '',
        `${kb(d.gzip)} gzip -9 (${kb(d.brotli)} brotli)`,
        `≤ ${kb(BUDGETS.detectorGzipBytes)} gz`,
        d.gzip <= BUDGETS.detectorGzipBytes,
      ),
    );
    if (r.size.recorder)
      rows.push(
        row(
          'Recorder size (injected only where a chat was found)',
          `${kb(r.size.recorder.bytes)} raw`,
          '',
          `${kb(r.size.recorder.gzip)} gzip -9`,
          'info',
          null,
        ),
      );
  }
  if (r.capture) {
    const c = r.capture;
    const l = c.latencyMs;
    rows.push(
      row(
        `Capture latency, DOM → row committed (${c.messages} lines at ${c.rate}/s; ${c.stored} stored)`,
        `p50 ${ms(l.p50)}`,
        '',
        `p95 ${ms(l.p95)}, p99 ${ms(l.p99)}, max ${ms(l.max)}`,
        `p95 ≤ ${BUDGETS.latencyP95Ms} ms`,
        l.p95 <= BUDGETS.latencyP95Ms && c.stored === c.messages,
      ),
      row(
        '…of which DOM → recorder read (batch delay)',
        `p50 ${ms(c.pickupMs.p50)}`,
        '',
        `p95 ${ms(c.pickupMs.p95)}`,
        'info',
        null,
      ),
    );
    if (c.cost) {
      const k = c.cost;
      rows.push(
        row(
          `Capture cost: page scripting per captured line (${k.bySegment.length} segments of ${k.bySegment[0].n})`,
          ms(k.bySegment.reduce((a, s) => a + s.withScript, 0) / c.messages),
          ms(k.bySegment.reduce((a, s) => a + s.withoutScript, 0) / c.messages),
          `+${iqr(k.scriptMsPerLine, ms)}; profile: ${iqr(k.profileMsPerLine, ms)}`,
          `≤ ${BUDGETS.captureMsPerLine} ms`,
          k.profileMsPerLine.median <= BUDGETS.captureMsPerLine &&
            k.scriptMsPerLine.q1 <= BUDGETS.captureMsPerLine,
        ),
        row(
          '…content script per line, first → last segment (profile)',
          '',
          '',
          `${ms(k.firstSegmentMsPerLine)} → ${ms(k.lastSegmentMsPerLine)}; longest stretch ${ms(k.longestMs)}; mostly ${k.where[0]?.where ?? '–'}`,
          'info',
          null,
        ),
      );
    }
  }
  if (r.long) {
    const g = r.long;
    const n = g.lines.toLocaleString('en');
    rows.push(
      row(
        `Long chat (${n} lines): first capture of the page`,
        `${(g.firstCaptureMs / 1000).toFixed(1)} s`,
        '',
        `${g.storedLines} stored`,
        'info',
        null,
      ),
      row(
        `Long chat: IndexedDB growth`,
        mb(g.indexedDbBytes ?? g.storageBytes),
        '',
        `${((g.indexedDbBytes ?? g.storageBytes) / g.lines).toFixed(0)} B/line on disk (estimate()); rows as JSON ${(g.exports.rowBytes / g.lines).toFixed(0)} B/line`,
        'info',
        null,
      ),
      row(
        'Long chat: page heap after GC, reopened',
        mb(g.heapBytes.with.median),
        mb(g.heapBytes.without.median),
        `+${iqr(g.contentScriptHeapBytes, mb)} content script`,
        'info',
        null,
      ),
      row(
        'Long chat: page scripting when reopened',
        ms(g.openScriptMs.with.median),
        ms(g.openScriptMs.without.median),
        `+${iqr(g.openAddedScriptMs, ms)}; content script's longest stretch ${ms(g.openLongestStretchMs.median)}`,
        'info',
        null,
      ),
      row(
        `Long chat: capture cost per new line at ${n} lines`,
        '',
        '',
        `+${iqr(g.captureMsPerLineAtLength, ms)}; profile: ${iqr(g.captureProfileMsPerLineAtLength, ms)}`,
        `≤ ${BUDGETS.captureMsPerLine} ms`,
        g.captureProfileMsPerLineAtLength.median <= BUDGETS.captureMsPerLine &&
          g.captureMsPerLineAtLength.q1 <= BUDGETS.captureMsPerLine,
      ),
      row(
        'Long chat: JSON export (build + sign)',
        ms(g.exports.jsonMs.median),
        '',
        `${mb(g.exports.jsonBytes)}; IDB read ${ms(g.exports.readMs)}`,
        `≤ ${BUDGETS.exportMs} ms`,
        g.exports.jsonMs.median <= BUDGETS.exportMs,
      ),
      row(
        'Long chat: HTML export',
        ms(g.exports.htmlMs.median),
        '',
        mb(g.exports.htmlBytes),
        `≤ ${BUDGETS.exportMs} ms`,
        g.exports.htmlMs.median <= BUDGETS.exportMs,
      ),
      g.dashboard.transcriptShown
        ? row(
            'Long chat: dashboard open → transcript on screen',
            ms(g.dashboard.ms.median),
            '',
            iqr(g.dashboard.ms, ms),
            `≤ ${BUDGETS.dashboardMs} ms`,
            g.dashboard.ms.median <= BUDGETS.dashboardMs,
          )
        : row(
            'Long chat: dashboard open (no transcript shown — page `load` only)',
            ms(g.dashboard.ms.median),
            '',
            `shows: "${g.dashboard.note ?? ''}"`,
            `≤ ${BUDGETS.dashboardMs} ms`,
            null,
          ),
    );
  }
  if (r.completeness) {
    const c = r.completeness;
    rows.push(
      row(
        `Completeness: virtualised widget (last ${c.keep} kept), ${c.lines} lines, cleared at the end`,
        `${pct(c.chatproofShare)} stored${c.duplicates ? `, ${c.duplicates} duplicates` : ''}${c.inOrder ? '' : ', out of order'}`,
        `${pct(c.snapshotShare)} in a snapshot at the end`,
        `snapshot just before the end: ${pct(c.snapshotBeforeEnd / c.lines)}`,
        '100%',
        c.chatproofShare >= BUDGETS.completeness && c.duplicates === 0 && c.inOrder,
      ),
    );
  }
  return rows;
}

export function markdownTable(rows) {
  const verdict = (ok) => (ok === null ? '' : ok ? 'ok' : '**MISSED**');
  const lines = [
    '| Measure | With extension | Without | Result (median, IQR) | Budget | |',
    '|---|---|---|---|---|---|',
  ];
  for (const r of rows)
    lines.push(`| ${r.measure} | ${r.with} | ${r.without} | ${r.result} | ${r.budget} | ${verdict(r.ok)} |`);
  return lines.join('\n');
}
