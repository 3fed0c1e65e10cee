// `npm test`: every check the project has, in order, with one plain closing line CI can read:
// "N passed, N failed". Steps: typecheck, lint, unit tests, the CPU-time tests alone, both builds, addons-linter on the
// Firefox build, end-to-end tests in Chromium and Firefox, and the benchmark smoke run.
// SKIP=e2e,bench skips steps (local use only; CI runs everything).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const skip = new Set((process.env.SKIP ?? '').split(',').filter(Boolean));
const out = '.ci-out';
fs.mkdirSync(out, { recursive: true });
let passed = 0;
let failed = 0;
const failures = [];

function run(name, cmd, args, { count, env = {} } = {}) {
  if (skip.has(name)) {
    console.log(`\n=== ${name}: skipped (SKIP)`);
    return;
  }
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0', ...env } });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  const ok = r.status === 0;
  if (count) {
    const c = count();
    passed += c.passed;
    failed += c.failed;
    if (!ok && c.failed === 0) {
      failed += 1; // the runner itself failed (crash, no report)
      failures.push(name);
    } else if (c.failed) failures.push(`${name} (${c.failed})`);
  } else if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(name);
  }
  console.log(`=== ${name}: ${ok ? 'ok' : `FAILED (exit ${r.status})`} in ${secs}s`);
}

// The end-to-end tests drive Debian's chromium and firefox-esr; install them on a fresh machine.
const need = [
  ['chromium', process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'],
  ['firefox-esr', process.env.FIREFOX_PATH ?? '/usr/lib/firefox-esr/firefox-esr'],
].filter(([, p]) => !fs.existsSync(p));
if (need.length && !skip.has('e2e')) {
  const pkgs = need.map(([n]) => n).join(' ');
  console.log(`=== installing ${pkgs} (apt)`);
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  spawnSync(
    'bash',
    [
      '-c',
      `${sudo}apt-get update -qq && DEBIAN_FRONTEND=noninteractive ${sudo}apt-get install -y -qq ${pkgs}`,
    ],
    {
      stdio: 'inherit',
    },
  );
}

const bin = (n) => path.join('node_modules', '.bin', n);
const tapCount = (file) => () => {
  const tap = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const n = (k) => Number((tap.match(new RegExp(`^# ${k} (\\d+)`, 'm')) ?? [0, 0])[1]);
  return { passed: n('pass'), failed: n('fail') + n('cancelled') };
};

run('typecheck', bin('tsc'), ['--noEmit']);
run('lint', bin('biome'), ['check', '.']);
/** A vitest run writing its JSON report to `file`, and the count that report gives. */
const vitestArgs = (file, ...only) => [
  'run',
  ...only,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${file}`,
];
const vitestCount = (file) => () => {
  if (!fs.existsSync(file)) return { passed: 0, failed: 0 };
  const v = JSON.parse(fs.readFileSync(file, 'utf8'));
  return { passed: v.numPassedTests, failed: v.numFailedTests };
};
run('unit', bin('vitest'), vitestArgs(`${out}/vitest.json`), { count: vitestCount(`${out}/vitest.json`) });
// CPU-time bounds, alone on the machine's cores (beside another worker the same pass took 60% more CPU).
run('unit timing', bin('vitest'), vitestArgs(`${out}/vitest-timing.json`, 'tests/timing'), {
  count: vitestCount(`${out}/vitest-timing.json`),
  env: { CHATPROOF_TIMING: '1' },
});
run('build chrome', bin('wxt'), ['build']);
run('build firefox', bin('wxt'), ['build', '-b', 'firefox', '--mv3']);
run('addons-linter', bin('addons-linter'), [
  '--warnings-as-errors',
  '--output',
  'text',
  '.output/firefox-mv3',
]);
const e2eFiles = fs
  .readdirSync('tests/e2e')
  .filter((f) => f.endsWith('.test.mjs'))
  .map((f) => path.join('tests/e2e', f));
run(
  'e2e',
  process.execPath,
  [
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${out}/e2e.tap`,
    ...e2eFiles,
  ],
  { count: tapCount(`${out}/e2e.tap`) },
);
if (fs.existsSync('bench/run.mjs')) run('bench smoke', process.execPath, ['bench/run.mjs', '--smoke']);

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
