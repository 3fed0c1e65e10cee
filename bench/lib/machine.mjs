// What the machine was doing while the benchmark ran: CPU model, cores, Chromium version, and the
// load (load averages and CPU busy share sampled from /proc during the run, and the busy share of
// the other processes just before it, while the benchmark itself was idle).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { sleep } from '../../tests/e2e/harness.mjs';
import { median } from './stats.mjs';

function cpuTicks() {
  const [, ...f] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const v = f.map(Number);
  const idle = v[3] + (v[4] ?? 0);
  return { idle, total: v.reduce((a, b) => a + b, 0) };
}

const busyShare = (a, b) => 1 - (b.idle - a.idle) / Math.max(1, b.total - a.total);
const loadAvg1 = () => Number(fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);

export function describeMachine(chromiumPath) {
  let chromium = 'unknown';
  try {
    chromium = execFileSync(chromiumPath, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {}
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium,
  };
}

/** Busy share of all CPUs over `ms` while the benchmark does nothing: the other users' load. */
export async function othersLoad(ms = 3000) {
  const a = cpuTicks();
  await sleep(ms);
  return { busy: busyShare(a, cpuTicks()), loadAvg1: loadAvg1() };
}

/** Samples the load every `everyMs` until `stop()`; returns a summary. */
export function watchLoad(everyMs = 5000) {
  const start = cpuTicks();
  const loads = [loadAvg1()];
  const timer = setInterval(() => loads.push(loadAvg1()), everyMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      loads.push(loadAvg1());
      return {
        busy: busyShare(start, cpuTicks()),
        loadAvg1: { min: Math.min(...loads), median: median(loads), max: Math.max(...loads) },
      };
    },
  };
}
