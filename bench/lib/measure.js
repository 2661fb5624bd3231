/**
 * Timing one whole process: wall time from spawn to exit, CPU time (user + system, with GNU time), and peak
 * resident memory. On a shared machine with more runnable processes than cores, wall time is mostly waiting;
 * CPU time says what the process itself cost.
 *
 * Peak RSS comes from GNU time (`/usr/bin/time -f %M`, the kernel's ru_maxrss of the child as wait4 reports
 * it: worker threads count in full, child processes as the largest one). Without GNU time, /proc/<pid>/status
 * VmHWM is polled every few milliseconds, which can miss a peak in the last moments before exit.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const GNU_TIME = '/usr/bin/time';
/** Peak RSS in KiB, user and system CPU seconds. */
const FORMAT = '%M %U %S';

/** How peak memory is measured on this machine: 'gnu-time' or 'proc-poll'. */
export function rssMethod() {
  if (!existsSync(GNU_TIME)) return 'proc-poll';
  const probe = spawnSync(GNU_TIME, ['-f', FORMAT, 'true'], { encoding: 'utf8' });
  return probe.status === 0 && /^\d+ [\d.]+ [\d.]+\s*$/m.test(probe.stderr) ? 'gnu-time' : 'proc-poll';
}

const scratch = mkdtempSync(path.join(os.tmpdir(), 'servicebook-bench-time-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
let counter = 0;

/**
 * Runs `argv` once in `cwd`. Resolves to { wallMs, cpuMs, rssKiB, code, signal, stderr }; stdout is discarded
 * (cpuMs only with GNU time).
 */
export function measure(argv, { cwd, env, method }) {
  return new Promise((resolve, reject) => {
    const rssFile = path.join(scratch, `rss-${counter++}`);
    const [command, ...args] = method === 'gnu-time' ? [GNU_TIME, '-f', FORMAT, '-o', rssFile, '--', ...argv] : argv;
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      if (stderr.length < 64 * 1024) stderr += chunk;
    });
    let polledKiB = 0;
    const poll = method === 'proc-poll' ? setInterval(() => (polledKiB = Math.max(polledKiB, readHighWaterKiB(child.pid))), 5) : undefined;
    let wallMs;
    child.on('error', reject);
    child.on('exit', () => {
      wallMs = Number(process.hrtime.bigint() - started) / 1e6;
    });
    child.on('close', (code, signal) => {
      if (poll) clearInterval(poll);
      let rssKiB = polledKiB || undefined;
      let cpuMs;
      if (method === 'gnu-time') {
        try {
          // GNU time writes "Command exited with non-zero status N" before the figure when the command fails.
          const lines = readFileSync(rssFile, 'utf8').trim().split('\n');
          const [rss, user, system] = lines[lines.length - 1].split(' ').map(Number);
          rssKiB = rss;
          cpuMs = (user + system) * 1000;
          const status = /exited with non-zero status (\d+)/.exec(lines.join('\n'));
          if (status) code = Number(status[1]);
          const killed = /terminated by signal (\d+)/.exec(lines.join('\n'));
          if (killed) signal = `signal ${killed[1]}`;
        } catch {
          rssKiB = undefined;
        }
        rmSync(rssFile, { force: true });
      }
      resolve({ wallMs, cpuMs, rssKiB, code, signal, stderr });
    });
  });
}

function readHighWaterKiB(pid) {
  try {
    const match = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}
