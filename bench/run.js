#!/usr/bin/env node
/**
 * `npm run bench`: whole-process benchmark of servicebook against the `yaml` parse floor and `node -e 0`
 * (issue 7). Builds the seeded corpora when missing, runs every command once to warm up, then in paired,
 * interleaved rounds (a fresh shuffled order each round) and prints medians, min–max, peak RSS, the
 * per-round paired ratios and the issue's targets.
 *
 *   npm run bench                      # corpora of 200 and 2,000 playbooks and the classic 2,000, 7 rounds
 *   npm run bench -- --quick           # 200 only, 3 rounds
 *   npm run bench -- --anchors         # also ajv-cli and Spectral, when installed
 *   npm run bench -- --rounds 11 --corpus 2000 --markdown bench/results.md --json bench/results.json
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { corpusIsCurrent, writeCorpus } from './lib/corpus.js';
import { measure, rssMethod } from './lib/measure.js';
import { createRandom } from './lib/prng.js';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(benchDir);

const { values: options } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    anchors: { type: 'boolean', default: false },
    rounds: { type: 'string' },
    'anchor-rounds': { type: 'string', default: '3' },
    corpus: { type: 'string' },
    seed: { type: 'string', default: '1' },
    build: { type: 'boolean', default: false },
    snapshot: { type: 'boolean', default: true },
    only: { type: 'string' },
    json: { type: 'string' },
    markdown: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (options.help) {
  const header = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n');
  console.log(header.slice(2, header.indexOf(' */')).map((l) => l.replace(/^ \*\s?/, '')).join('\n'));
  console.log('\nOptions: --quick --anchors --rounds N --anchor-rounds N --corpus 200,2000 --seed N --only id,id --build --no-snapshot --markdown FILE --json FILE (see bench/README.md)');
  process.exit(0);
}

// A corpus is a size, of the markdown flavour (issue 16), or a size with -classic: issue 7's corpus, kept so that
// the passes stay comparable.
const corpusSpecs = (options.corpus ?? (options.quick ? '200' : '200,2000,2000-classic')).split(',').map((spec) => {
  const match = /^(\d+)(-classic)?$/.exec(spec.trim());
  return match ? { count: Number(match[1]), flavor: match[2] ? 'classic' : 'markdown', name: spec.trim() } : { count: NaN };
});
const rounds = Number(options.rounds ?? (options.quick ? 3 : 7));
const anchorRounds = Math.min(rounds, Number(options['anchor-rounds']));
const seed = Number(options.seed);
if (corpusSpecs.some(({ count }) => !Number.isInteger(count) || count < 1) || !Number.isInteger(rounds) || rounds < 1) {
  console.error('bench: --corpus takes sizes like 200,2000,2000-classic and --rounds a whole number');
  process.exit(2);
}

const log = (message) => process.stderr.write(`${message}\n`);

// ---------------------------------------------------------------------------------------------------------------
// The build and the corpora

ensureBuilt();
const bin = snapshotBuild();
const corpora = corpusSpecs.map(({ count, flavor, name }) => {
  const dir = path.join(benchDir, 'corpus', name);
  if (!corpusIsCurrent(dir, { count, seed, flavor })) {
    log(`bench: generating ${path.relative(root, dir)} (${count} playbooks, ${flavor}, seed ${seed})…`);
    writeCorpus({ count, seed, out: dir, flavor });
  }
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  return { count, flavor, name, dir, manifest, fullParser: fullParserShare(dir) };
});

/**
 * How many playbook files the measured build leaves to `yaml`'s full parser, and why (issue 16: at most 1 %).
 * Counted once, untimed, with the build's own fastRead.
 */
function fullParserShare(dir) {
  const fastYaml = path.join(path.dirname(path.dirname(bin)), 'dist', 'model', 'fast-yaml.js');
  const script = `
    const { readdirSync, readFileSync } = await import('node:fs');
    const { fastRead } = await import(${JSON.stringify(pathToFileURL(fastYaml).href)});
    const files = readdirSync('playbooks').filter((name) => name.endsWith('.yaml'));
    const reasons = {};
    for (const name of files) {
      const text = readFileSync('playbooks/' + name, 'utf8').replace(/^\uFEFF/, '');
      const { reason } = fastRead(text);
      if (reason) reasons[reason] = (reasons[reason] ?? 0) + 1;
    }
    process.stdout.write(JSON.stringify({ files: files.length, reasons }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8' });
  if (run.status !== 0) return undefined; // a build before issue 16 has no fastRead
  const { files, reasons } = JSON.parse(run.stdout);
  return { files, full: Object.values(reasons).reduce((sum, n) => sum + n, 0), reasons };
}

function ensureBuilt() {
  const cli = path.join(root, 'dist', 'cli.js');
  if (options.build || !existsSync(cli)) {
    log('bench: npm run build…');
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0) {
      console.error('bench: the build failed; fix it (or wait for the edit in progress) and run again.');
      process.exit(2);
    }
    return;
  }
  const newest = newestMtime(path.join(root, 'src'));
  if (newest > statSync(cli).mtimeMs) log('bench: warning: src/ is newer than dist/; run `npm run build` (or `npm run bench -- --build`).');
}

/**
 * The build measured is a copy of bin/, dist/, schemas/ and package.json taken now, so that a rebuild by
 * someone else during the run cannot mix two builds in one table. It sits under bench/corpus/ so that
 * node_modules still resolves. --no-snapshot measures the live tree instead.
 */
function snapshotBuild() {
  if (!options.snapshot) return path.join(root, 'bin', 'servicebook.js');
  const snapshot = path.join(benchDir, 'corpus', `.build-${process.pid}`);
  for (const entry of ['bin', 'dist', 'schemas', 'package.json']) cpSync(path.join(root, entry), path.join(snapshot, entry), { recursive: true });
  process.on('exit', () => rmSync(snapshot, { recursive: true, force: true }));
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));
  return path.join(snapshot, 'bin', 'servicebook.js');
}

function newestMtime(dir) {
  let newest = 0;
  for (const name of readdirSync(dir, { recursive: true })) {
    const stats = statSync(path.join(dir, name));
    if (stats.isFile()) newest = Math.max(newest, stats.mtimeMs);
  }
  return newest;
}

// ---------------------------------------------------------------------------------------------------------------
// The machine and the tools

const method = rssMethod();
const machine = {
  date: new Date().toISOString(),
  cpus: os.availableParallelism?.() ?? os.cpus().length,
  nproc: spawnSync('nproc', { encoding: 'utf8' }).stdout?.trim(),
  cpuModel: /model name\s*:\s*(.*)/.exec(safeRead('/proc/cpuinfo'))?.[1] ?? os.cpus()[0]?.model,
  memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
  node: process.version,
  platform: `${os.type()} ${os.release()}`,
  servicebook: spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' }).stdout?.trim(),
  rules: countRules(),
  rssMethod: method,
  loadAverage: os.loadavg().map((l) => l.toFixed(2)).join(' '),
};
if (os.loadavg()[0] > machine.cpus) log(`bench: warning: load average ${machine.loadAverage} on ${machine.cpus} CPUs; other work will add noise (paired ratios absorb some of it).`);

function safeRead(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function countRules() {
  const listed = spawnSync(process.execPath, [bin, 'rules', '--json'], { encoding: 'utf8' });
  try {
    return JSON.parse(listed.stdout).length;
  } catch {
    return undefined;
  }
}

const requireFromRoot = createRequire(path.join(root, 'package.json'));
const hasPackage = (name) => {
  try {
    requireFromRoot.resolve(name);
    return true;
  } catch {
    return false;
  }
};

/** A command on PATH or in node_modules/.bin, or undefined. */
/** A peer's command: from bench/anchors (`npm ci --prefix bench/anchors`), the project, or PATH. */
function findBin(name) {
  for (const dir of [path.join(benchDir, 'anchors'), root]) {
    const local = path.join(dir, 'node_modules', '.bin', name);
    if (existsSync(local)) return local;
  }
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && existsSync(path.join(dir, name))) return path.join(dir, name);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// The commands

const scratch = mkdtempSync(path.join(os.tmpdir(), 'servicebook-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
if (env.NODE_OPTIONS) log(`bench: warning: NODE_OPTIONS is set (${env.NODE_OPTIONS}); it applies to every command measured.`);

const OK = [0];
const LINT_OK = [0, 1]; // findings are expected: the corpus has seeded defects

function commandsFor(corpus) {
  const out = (name) => path.join(scratch, `${corpus.name}-${name}`);
  const cacheDir = out('cache');
  const sb = (...args) => [process.execPath, bin, ...args];
  const report = (name) => ['--format', 'json', '--output', out(`${name}.json`)];
  const removeCache = () => {
    rmSync(cacheDir, { recursive: true, force: true });
    rmSync(path.join(corpus.dir, 'node_modules', '.cache', 'servicebook'), { recursive: true, force: true });
  };
  const commands = [
    { id: 'node', label: '`node -e 0` (start-up baseline)', argv: [process.execPath, '-e', '0'], ok: OK },
    { id: 'floor', label: 'parse floor: read + `yaml` parseAllDocuments + LineCounter', argv: [process.execPath, path.join(benchDir, 'floor', 'yaml.js'), corpus.dir], ok: OK },
    hasPackage('js-yaml')
      ? { id: 'js-yaml', label: 'js-yaml loadAll (no positions)', argv: [process.execPath, path.join(benchDir, 'floor', 'js-yaml.js'), corpus.dir], ok: OK }
      : { id: 'js-yaml', label: 'js-yaml loadAll (no positions)', skip: 'js-yaml is not installed' },
    hasPackage('js-yaml') && hasPackage('ajv')
      ? { id: 'ajv-like', label: 'schema only, as ajv-cli does it: js-yaml + ajv compiled once', argv: [process.execPath, path.join(benchDir, 'floor', 'ajv-like.js'), corpus.dir], ok: OK }
      : { id: 'ajv-like', label: 'schema only, as ajv-cli does it: js-yaml + ajv compiled once', skip: 'js-yaml or ajv is not installed' },
    { id: 'version', label: '`servicebook --version`', argv: sb('--version'), ok: OK },
    { id: 'single', label: `\`servicebook lint\` one small file (${(corpus.manifest.single.bytes / 1024).toFixed(1)} KB)`, argv: sb('lint', 'single.yaml', ...report('single')), ok: LINT_OK },
    { id: 'lint', label: '`servicebook lint` (corpus)', argv: sb('lint', ...report('lint')), ok: LINT_OK },
    { id: 'validate', label: '`servicebook validate` (corpus)', argv: sb('validate', ...report('validate')), ok: LINT_OK },
    // Without --cache-location the cache goes to the default node_modules/.cache/servicebook under the corpus.
    { id: 'cache-cold', label: '`servicebook lint --cache`, empty cache (first run)', argv: sb('lint', '--cache', '--cache-location', cacheDir, ...report('cache-cold')), fallback: sb('lint', '--cache', ...report('cache-cold')), ok: LINT_OK, before: removeCache },
    { id: 'cache-warm', label: '`servicebook lint --cache`, warm (second run)', argv: sb('lint', '--cache', '--cache-location', cacheDir, ...report('cache-warm')), fallback: sb('lint', '--cache', ...report('cache-warm')), ok: LINT_OK, needs: 'cache-cold' },
    { id: 'render', label: '`servicebook render --format html` (corpus)', argv: sb('render', '--format', 'html', '--out', out('handbook.html'), '--force'), ok: OK },
  ];
  if (options.anchors) commands.push(...anchorCommands(corpus, out));
  const only = options.only?.split(',');
  return only ? commands.filter((c) => ['node', 'floor', ...only].includes(c.id)) : commands;
}

function anchorCommands(corpus, out) {
  const commands = [];
  const ajv = findBin('ajv');
  const schema = path.join(root, 'schemas', 'playbook.schema.json');
  if (ajv) {
    // ajv-cli stops the whole run at the first file its js-yaml `load` rejects (two documents, a repeated key):
    // it is given the files it can open, named one by one.
    const readable = filesAjvCliCanOpen(corpus);
    const argv = [ajv, 'validate', '--spec=draft2020', '--strict=false', '--errors=no', '-s', schema, ...readable.flatMap((file) => ['-d', file])];
    commands.push({ id: 'ajv', label: `ajv-cli validate, schema only (js-yaml inside; the ${readable.length} files it can open)`, argv, ok: LINT_OK, anchor: true });
  } else {
    commands.push({ id: 'ajv', label: 'ajv-cli validate, schema only', skip: 'ajv-cli is not installed (npm ci --prefix bench/anchors)' });
  }
  const spectral = findBin('spectral');
  if (spectral) {
    const ruleset = out('spectral-ruleset.json');
    writeFileSync(ruleset, JSON.stringify(spectralRuleset(schema)));
    commands.push({ id: 'spectral', label: 'Spectral, schema + the three step kinds present', argv: [spectral, 'lint', 'playbooks/*.yaml', '--ruleset', ruleset, '--format', 'json', '--output', out('spectral.json'), '--quiet'], ok: LINT_OK, anchor: true });
  } else {
    commands.push({ id: 'spectral', label: 'Spectral, schema + the three step kinds', skip: 'Spectral is not installed (npm ci --prefix bench/anchors)' });
  }
  return commands;
}

/** The playbooks that ajv-cli's own js-yaml (3.x `safeLoad`) reads without throwing. */
function filesAjvCliCanOpen(corpus) {
  const jsYaml = createRequire(realpathSync(findBin('ajv')))('js-yaml'); // ajv-cli's own copy
  const files = readdirSync(path.join(corpus.dir, 'playbooks')).filter((name) => name.endsWith('.yaml')).sort();
  return files.map((name) => `playbooks/${name}`).filter((file) => {
    try {
      jsYaml.safeLoad(readFileSync(path.join(corpus.dir, file), 'utf8'));
      return true;
    } catch {
      return false;
    }
  });
}

/** The issue's Spectral anchor: the JSON Schema, and "every script has the three required kinds" (presence only). */
function spectralRuleset(schemaFile) {
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
  const has = (kind) => ({ contains: { type: 'object', properties: { kind: { const: kind } }, required: ['kind'] } });
  return {
    rules: {
      'playbook-schema': { given: '$', severity: 'error', then: { function: 'schema', functionOptions: { schema, dialect: 'draft2020-12' } } },
      'required-kinds': {
        given: '$.scenarios[*].scripts[*].steps',
        severity: 'error',
        then: { function: 'schema', functionOptions: { schema: { allOf: ['empathy', 'explanation', 'follow-up'].map(has) } } },
      },
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Running

const results = [];
for (const corpus of corpora) results.push(await runCorpus(corpus));

async function runCorpus(corpus) {
  const commands = commandsFor(corpus);
  const rng = createRandom(seed, corpus.count, 0xbe7c4);
  const run = (command) => {
    command.before?.();
    return measure(command.argv, { cwd: corpus.dir, env, method });
  };
  const mib = (corpus.manifest.bytes / 2 ** 20).toFixed(1);
  log(`\nbench: corpus ${corpus.name}: ${corpus.manifest.files} files, ${mib} MiB — warm-up…`);

  // Warm-up: fills the page cache, fills the --cache, and finds commands that cannot run here (n/a).
  for (const command of commands) {
    if (command.skip) continue;
    if (command.needs && commands.find((c) => c.id === command.needs)?.skip) {
      command.skip = `needs ${command.needs}`;
      continue;
    }
    let sample = await run(command);
    const needsFallback = (c) => c.fallback && /cache-location/.test(sample.stderr);
    if (!command.ok.includes(sample.code) && needsFallback(command)) {
      for (const c of commands) if (c.fallback) c.argv = c.fallback;
      sample = await run(command);
    }
    if (!command.ok.includes(sample.code)) command.skip = notAvailable(command, sample);
    else log(`  ${command.id.padEnd(10)} ${formatMs(sample.wallMs).padStart(9)}  exit ${sample.code}`);
  }

  const active = commands.filter((c) => !c.skip);
  const samples = Object.fromEntries(active.map((c) => [c.id, []]));
  const started = performance.now();
  for (let round = 0; round < rounds; round++) {
    const order = rng.shuffle(active.filter((c) => !c.anchor || round < anchorRounds));
    const times = [];
    for (const command of order) {
      const sample = await run(command);
      if (!command.ok.includes(sample.code)) {
        console.error(`bench: ${command.id} exited ${sample.code ?? sample.signal} in round ${round + 1}:\n${sample.stderr.trim().split('\n').slice(0, 5).join('\n')}`);
        process.exit(1);
      }
      samples[command.id][round] = sample;
      times.push(`${command.id} ${formatMs(sample.wallMs)}`);
    }
    log(`  round ${round + 1}/${rounds}: ${times.join(', ')}`);
  }
  log(`bench: corpus ${corpus.name} took ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return { corpus, commands, rows: summarise(commands, samples) };
}

function notAvailable(command, sample) {
  const reason = sample.stderr.trim().split('\n').find((line) => line.trim()) ?? '';
  const why = `exit ${sample.code ?? sample.signal}${reason ? `: ${reason.replace(/^servicebook:\s*/, '').replace(/^error:\s*/, '').slice(0, 90)}` : ''}`;
  log(`  ${command.id.padEnd(10)} n/a (${why})`);
  return why;
}

// ---------------------------------------------------------------------------------------------------------------
// Statistics: medians of the samples, and medians of per-round ratios (paired: both taken in the same round)

function median(values) {
  const sorted = values.filter((v) => v !== undefined && !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function pairedRatio(samples, a, b, measure = 'wallMs') {
  const ratios = [];
  for (let round = 0; round < rounds; round++) {
    const x = samples[a]?.[round]?.[measure];
    const y = samples[b]?.[round]?.[measure];
    if (x !== undefined && y) ratios.push(x / y);
  }
  return median(ratios);
}

function summarise(commands, samples) {
  const rows = {};
  for (const command of commands) {
    const row = { id: command.id, label: command.label, skip: command.skip };
    const list = (samples[command.id] ?? []).filter(Boolean);
    if (!command.skip && list.length) {
      const wall = list.map((s) => s.wallMs);
      const rss = list.map((s) => s.rssKiB).filter((v) => v !== undefined);
      const cpu = list.map((s) => s.cpuMs).filter((v) => v !== undefined);
      Object.assign(row, {
        runs: list.length,
        wallMs: { median: median(wall), min: Math.min(...wall), max: Math.max(...wall) },
        rssMiB: rss.length ? { median: median(rss) / 1024, max: Math.max(...rss) / 1024 } : undefined,
        cpuMs: cpu.length ? { median: median(cpu), min: Math.min(...cpu), max: Math.max(...cpu) } : undefined,
        exitCodes: [...new Set(list.map((s) => s.code))],
        vsFloor: pairedRatio(samples, command.id, 'floor'),
        vsNode: pairedRatio(samples, command.id, 'node'),
      });
    }
    rows[command.id] = row;
  }
  const ratio = (a, b, measure) => (rows[a]?.wallMs && rows[b]?.wallMs ? pairedRatio(samples, a, b, measure) : undefined);
  rows.pairs = {
    validateVsLint: ratio('validate', 'lint'),
    warmVsCold: ratio('cache-warm', 'cache-cold'),
    renderVsLint: ratio('render', 'lint'),
    lintVsAjv: ratio('lint', 'ajv'),
    validateVsAjv: ratio('validate', 'ajv'),
    lintVsAjvCpu: ratio('lint', 'ajv', 'cpuMs'),
    validateVsAjvCpu: ratio('validate', 'ajv', 'cpuMs'),
    lintVsAjvLike: ratio('lint', 'ajv-like'),
    spectralVsLint: ratio('spectral', 'lint'),
  };
  return rows;
}

// ---------------------------------------------------------------------------------------------------------------
// The issue's targets

function targets(result, all) {
  const { rows } = result;
  const big = result.corpus.count >= 2000;
  const out = [];
  const add = (target, measured, limit, pass, note = '') => out.push({ target, measured, limit, pass, note });
  const fmt = (v, digits = 2) => (v === undefined ? 'n/a' : `${v.toFixed(digits)}×`);
  const na = (reason) => ({ measured: 'n/a', pass: undefined, note: reason });

  const lintVsAjv = rows.pairs.lintVsAjv;
  const lintVsAjvLike = rows.pairs.lintVsAjvLike;
  if (lintVsAjv !== undefined) add('`lint` no slower than ajv-cli (schema only)', fmt(lintVsAjv), '≤ 1.0×', lintVsAjv <= 1);
  else if (lintVsAjvLike !== undefined) add('`lint` no slower than ajv-cli (schema only)', fmt(lintVsAjvLike), '≤ 1.0×', lintVsAjvLike <= 1, `vs the stand-in (js-yaml + ajv); ajv-cli itself ${options.anchors ? 'is not installed' : 'needs --anchors'}`);
  else add('`lint` no slower than ajv-cli (schema only)', 'n/a', '≤ 1.0×', undefined, options.anchors ? 'ajv-cli not installed' : 'run with --anchors');
  const spectral = rows.pairs.spectralVsLint;
  add('`lint` ≥ 30× faster than Spectral', spectral === undefined ? 'n/a' : `${spectral.toFixed(1)}× faster`, '≥ 30×', spectral === undefined ? undefined : spectral >= 30, spectral === undefined ? (options.anchors ? 'Spectral not installed' : 'run with --anchors') : '');
  const v = rows.pairs.validateVsLint;
  add('`validate` at least as fast as `lint`', fmt(v), '≤ 1.0× lint', v === undefined ? undefined : v <= 1);
  const version = rows.version?.vsNode;
  add('cold start: `--version`', fmt(version), '≤ 1.5× `node -e 0`', version === undefined ? undefined : version <= 1.5);
  const single = rows.single?.vsNode;
  add('cold start: `lint` one small file', fmt(single), '≤ 2.5× `node -e 0`', single === undefined ? undefined : single <= 2.5);
  const rss = rows.lint?.rssMiB?.max;
  add(`peak memory, \`lint\` on ${result.corpus.count} files (max of runs)`, rss === undefined ? 'n/a' : `${rss.toFixed(0)} MiB`, big ? '≤ 150 MiB' : '(target is for 2,000)', big && rss !== undefined ? rss <= 150 : undefined);
  const vrss = rows.validate?.rssMiB?.max;
  add(`peak memory, \`validate\` on ${result.corpus.count} files (max of runs)`, vrss === undefined ? 'n/a' : `${vrss.toFixed(0)} MiB`, big ? '≤ 150 MiB' : '(target is for 2,000)', big && vrss !== undefined ? vrss <= 150 : undefined);
  if (big) {
    const small = all.find((r) => r.corpus.flavor === result.corpus.flavor && r.corpus.count < result.corpus.count && r.rows.lint?.rssMiB);
    if (small && rows.lint?.rssMiB && rows.node?.rssMiB) {
      const base = rows.node.rssMiB.median;
      const growth = (rows.lint.rssMiB.median - base) / (small.rows.lint.rssMiB.median - base);
      const files = result.corpus.count / small.corpus.count;
      add(`memory grows less than linearly (lint RSS above \`node -e 0\`, ${small.corpus.count} → ${result.corpus.count} files)`, `${growth.toFixed(1)}×`, `< ${files}× (the file ratio)`, growth < files);
    } else {
      add('memory grows less than linearly', 'n/a', '', undefined, 'needs both corpora');
    }
  }
  const warm = rows.pairs.warmVsCold;
  add('`--cache`: second run over an unchanged library', fmt(warm), '≤ 0.2× the first', warm === undefined ? undefined : warm <= 0.2, warm === undefined ? rows['cache-cold']?.skip ?? '' : '');
  const render = rows.pairs.renderVsLint;
  add('`render --format html`', fmt(render), '≤ 2× `lint`', render === undefined ? undefined : render <= 2, render === undefined ? rows.render?.skip ?? '' : '');
  // Issue 16, on the markdown corpus (informative on the classic one).
  const judged = big && result.corpus.flavor === 'markdown';
  const issue16 = (target, value, cpu, limit, max) => {
    const note = value === undefined ? (options.anchors ? 'ajv-cli not installed' : 'run with --anchors') : `${judged ? '' : 'informative; '}CPU time ${fmt(cpu, 3)}`;
    add(`${target} (issue 16)`, fmt(value, 3), limit, judged && value !== undefined ? value <= max : undefined, note);
  };
  issue16('`validate` no slower than ajv-cli', rows.pairs.validateVsAjv, rows.pairs.validateVsAjvCpu, '≤ 1.0× ajv-cli', 1);
  issue16('`lint`, every rule, within 2× ajv-cli', rows.pairs.lintVsAjv, rows.pairs.lintVsAjvCpu, '≤ 2.0× ajv-cli', 2);
  const share = result.corpus.fullParser;
  const shareText = share ? `${share.full} of ${share.files} (${((100 * share.full) / share.files).toFixed(2)} %)${share.full ? `: ${Object.entries(share.reasons).map(([reason, n]) => `${reason} ${n}`).join(', ')}` : ''}` : 'n/a';
  add('files read by `yaml`\'s full parser (issue 16)', shareText, '≤ 1 %', share ? share.full <= share.files / 100 : undefined, share ? '' : 'the build has no fastRead');
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Output

function formatMs(ms) {
  if (ms === undefined) return 'n/a';
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

function markdown() {
  const lines = [];
  lines.push(`### servicebook benchmark, ${machine.date.slice(0, 10)}`, '');
  lines.push(
    `Machine: ${machine.cpuModel}, nproc ${machine.nproc}, ${machine.memory} RAM, ${machine.platform}; Node ${machine.node}. ` +
      `servicebook ${machine.servicebook} (${machine.rules ?? '?'} rules registered). ` +
      `Load average at start ${machine.loadAverage}. ${rounds} paired rounds after one warm-up run${options.anchors ? ` (anchors: first ${anchorRounds} rounds)` : ''}; ` +
      `peak RSS by ${machine.rssMethod === 'gnu-time' ? 'GNU time (%M)' : 'polling /proc VmHWM'}.`,
    '',
  );
  for (const result of results) {
    const { corpus, rows } = result;
    const m = corpus.manifest;
    lines.push(
      `#### ${corpus.count} playbooks, ${corpus.flavor === 'classic' ? "issue 7's classic corpus" : 'markdown corpus'} — ${m.files} files (${m.documents} playbook documents + a manual), ${(m.bytes / 2 ** 20).toFixed(1)} MiB, ` +
        `ko ${m.languages.ko} / en ${m.languages.en}, ${m.defectiveFiles} files with seeded defects (seed ${m.seed})`,
      '',
    );
    lines.push('| command | wall median | min–max | × floor | × `node -e 0` | CPU median | peak RSS median (max) | exit |');
    lines.push('|---|--:|--:|--:|--:|--:|--:|:-:|');
    for (const row of Object.values(rows)) {
      if (!row.id) continue;
      if (!row.wallMs) {
        lines.push(`| ${row.label} | n/a | | | | | | ${row.skip ?? ''} |`);
        continue;
      }
      const ratio = (v) => (v === undefined ? '' : `${v.toFixed(2)}`);
      const rss = row.rssMiB ? `${row.rssMiB.median.toFixed(0)} MiB (${row.rssMiB.max.toFixed(0)})` : 'n/a';
      lines.push(
        `| ${row.label} | ${formatMs(row.wallMs.median)} | ${formatMs(row.wallMs.min)}–${formatMs(row.wallMs.max)} | ${ratio(row.vsFloor)} | ${ratio(row.vsNode)} | ${formatMs(row.cpuMs?.median)} | ${rss} | ${row.exitCodes.join(', ')} |`,
      );
    }
    lines.push('', `Targets (issues 7 and 16)${corpus.count >= 2000 ? '' : ' — informative: the targets are set on 2,000 playbooks'}:`, '');
    lines.push('| target | measured (median of paired ratios) | limit | result |', '|---|--:|--:|:-:|');
    for (const t of targets(result, results)) {
      const verdict = t.pass === undefined ? `n/a${t.note ? ` (${t.note})` : ''}` : t.pass ? '**pass**' : '**FAIL**';
      lines.push(`| ${t.target} | ${t.measured} | ${t.limit} | ${verdict}${t.pass !== undefined && t.note ? ` — ${t.note}` : ''} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

const text = markdown();
process.stdout.write(`\n${text}\n`);
if (options.markdown) writeFileSync(path.resolve(options.markdown), `${text}\n`);
const json = {
  machine,
  rounds,
  anchorRounds: options.anchors ? anchorRounds : 0,
  corpora: results.map((r) => ({
    count: r.corpus.count,
    flavor: r.corpus.flavor,
    fullParser: r.corpus.fullParser,
    files: r.corpus.manifest.files,
    bytes: r.corpus.manifest.bytes,
    seed: r.corpus.manifest.seed,
    rows: r.rows,
    targets: targets(r, results),
  })),
};
mkdirSync(path.join(benchDir, 'corpus'), { recursive: true });
writeFileSync(path.join(benchDir, 'corpus', 'results-latest.json'), `${JSON.stringify(json, null, 2)}\n`);
if (options.json) writeFileSync(path.resolve(options.json), `${JSON.stringify(json, null, 2)}\n`);
