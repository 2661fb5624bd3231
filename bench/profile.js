#!/usr/bin/env node
/**
 * Where servicebook's time goes: runs one command under `node --cpu-prof` in a corpus folder and summarises
 * the profile by self time per function and per module (package, servicebook file, Node internals, GC),
 * plus inclusive time of servicebook's own functions.
 *
 *   node bench/profile.js                                  # lint on bench/corpus/2000 (--corpus 2000-classic: issue 7's)
 *   node bench/profile.js --corpus 200 --top 30 -- validate --format json --output /tmp/v.json
 *   node bench/profile.js --keep prof/                     # keep the .cpuprofile (open it in Chrome DevTools)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { corpusIsCurrent, writeCorpus } from './lib/corpus.js';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(benchDir);

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    corpus: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '1' },
    top: { type: 'string', default: '25' },
    interval: { type: 'string', default: '500' },
    keep: { type: 'string' },
  },
});

// `2000`: the markdown corpus; `2000-classic`: issue 7's (bench/README.md).
const count = Number.parseInt(options.corpus, 10);
const flavor = options.corpus.endsWith('-classic') ? 'classic' : 'markdown';
const corpusDir = path.join(benchDir, 'corpus', options.corpus);
if (!corpusIsCurrent(corpusDir, { count, seed: Number(options.seed), flavor })) writeCorpus({ count, seed: Number(options.seed), out: corpusDir, flavor });

const scratch = mkdtempSync(path.join(os.tmpdir(), 'servicebook-profile-'));
const args = positionals.length ? positionals : ['lint', '--format', 'json', '--output', path.join(scratch, 'report.json')];
const started = performance.now();
const run = spawnSync(
  process.execPath,
  ['--cpu-prof', '--cpu-prof-dir', scratch, '--cpu-prof-interval', options.interval, path.join(root, 'bin', 'servicebook.js'), ...args],
  { cwd: corpusDir, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NO_COLOR: '1' } },
);
const wall = performance.now() - started;
const profileFile = readdirSync(scratch).find((name) => name.endsWith('.cpuprofile'));
if (!profileFile) {
  console.error(`profile: no .cpuprofile written (exit ${run.status})`);
  process.exit(2);
}
const profile = JSON.parse(readFileSync(path.join(scratch, profileFile), 'utf8'));
if (options.keep) {
  cpSync(path.join(scratch, profileFile), path.join(path.resolve(options.keep), profileFile));
  console.error(`profile: kept ${path.join(options.keep, profileFile)}`);
}
rmSync(scratch, { recursive: true, force: true });

// Self time per node: the time until the next sample is charged to the sampled node (as DevTools does).
const nodes = new Map(profile.nodes.map((node) => [node.id, { ...node, self: 0 }]));
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
for (let i = 0; i < profile.samples.length; i++) {
  const delta = profile.timeDeltas[i + 1] ?? 0;
  nodes.get(profile.samples[i]).self += delta;
}
const total = [...nodes.values()].reduce((sum, node) => sum + node.self, 0);
const idle = [...nodes.values()].filter((n) => n.callFrame.functionName === '(idle)').reduce((s, n) => s + n.self, 0);

const shortUrl = (url) => {
  if (!url) return '';
  const clean = url.replace(/^file:\/\//, '');
  const nm = clean.lastIndexOf('node_modules/');
  if (nm >= 0) return clean.slice(nm + 'node_modules/'.length);
  if (clean.startsWith(root)) return path.relative(root, clean);
  return clean;
};

function moduleOf(callFrame) {
  const { url, functionName } = callFrame;
  if (!url && functionName.startsWith('RegExp:')) return '(regular expressions, compiled by V8)';
  if (!url) return functionName.startsWith('(') ? functionName : '(native / builtins)';
  if (url.startsWith('node:')) return 'node: internals';
  const short = shortUrl(url);
  if (url.includes('node_modules/')) {
    const [first, second] = short.split('/');
    return first.startsWith('@') ? `${first}/${second}` : first;
  }
  if (short.startsWith('dist/')) return `servicebook ${short}`;
  return short;
}

const functionKey = (callFrame) => {
  const name = callFrame.functionName || '(anonymous)';
  const shown = name.length > 70 ? `${name.slice(0, 69)}…` : name;
  return `${shown}  ${shortUrl(callFrame.url)}${callFrame.url ? `:${callFrame.lineNumber + 1}` : ''}`.trim();
};

function tally(keyOf) {
  const table = new Map();
  for (const node of nodes.values()) {
    if (!node.self) continue;
    const key = keyOf(node.callFrame);
    table.set(key, (table.get(key) ?? 0) + node.self);
  }
  return [...table.entries()].sort((a, b) => b[1] - a[1]);
}

/** Inclusive time of servicebook's functions; recursion is counted once (outermost frame only). */
function inclusiveServicebook() {
  const inclusive = new Map();
  const totals = new Map();
  const totalOf = (id) => {
    if (totals.has(id)) return totals.get(id);
    const node = nodes.get(id);
    const value = node.self + (node.children ?? []).reduce((sum, child) => sum + totalOf(child), 0);
    totals.set(id, value);
    return value;
  };
  for (const node of nodes.values()) {
    if (!shortUrl(node.callFrame.url).startsWith('dist/')) continue;
    const key = functionKey(node.callFrame);
    let ancestor = parent.get(node.id);
    let nested = false;
    while (ancestor !== undefined) {
      if (functionKey(nodes.get(ancestor).callFrame) === key) nested = true;
      ancestor = parent.get(ancestor);
    }
    if (!nested) inclusive.set(key, (inclusive.get(key) ?? 0) + totalOf(node.id));
  }
  return [...inclusive.entries()].sort((a, b) => b[1] - a[1]);
}

const top = Number(options.top);
const ms = (us) => `${(us / 1000).toFixed(0)} ms`;
const pct = (us) => `${((100 * us) / total).toFixed(1)}%`;
const table = (title, rows) => {
  console.log(`\n${title}\n`);
  console.log('| | time | share |\n|---|--:|--:|');
  for (const [key, us] of rows.slice(0, top)) console.log(`| \`${key.replace(/\|/g, '\\|')}\` | ${ms(us)} | ${pct(us)} |`);
};

console.log(`### CPU profile: \`servicebook ${args.join(' ')}\` on ${count} playbooks`);
console.log(`\nwall ${ms(wall * 1000)} (with profiling overhead), exit ${run.status}; ${ms(total)} sampled, ${ms(idle)} idle; sampling every ${options.interval} µs.`);
table('Self time by module', tally(moduleOf));
table('Self time by function', tally(functionKey));
table('Inclusive time of servicebook functions (dist/)', inclusiveServicebook());
if (!existsSync(path.join(root, 'dist', 'cli.js'))) console.error('profile: dist/ is missing; run npm run build');
