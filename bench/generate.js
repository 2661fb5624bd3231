#!/usr/bin/env node
/**
 * Seeded generator of realistic playbooks for the benchmark (issue 7).
 *
 *   node bench/generate.js --count 2000 --seed 1 --out bench/corpus/2000 [--flavor markdown|classic] [--defect-rate 0.04] [--check]
 *
 * The same seed gives the same bytes on every machine; file i depends only on (seed, i), so a smaller
 * corpus is a prefix of a larger one. manifest.json lists every seeded defect with the rule it should trip.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './lib/corpus.js';
import { FLAVORS } from './lib/playbook.js';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    'defect-rate': { type: 'string', default: '0.04' },
    flavor: { type: 'string', default: 'markdown' },
    check: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log('usage: node bench/generate.js --count N --seed S --out DIR [--flavor markdown|classic] [--defect-rate 0.04] [--check]');
  process.exit(0);
}

const count = Number(values.count);
const seed = Number(values.seed);
const defectRate = Number(values['defect-rate']);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed) || !(defectRate >= 0 && defectRate <= 1)) {
  console.error('generate: --count and --seed take whole numbers, --defect-rate a number from 0 to 1');
  process.exit(2);
}
const flavor = values.flavor;
if (!FLAVORS.includes(flavor)) {
  console.error(`generate: --flavor takes ${FLAVORS.join(' or ')}`);
  process.exit(2);
}
const out = path.resolve(values.out ?? `bench/corpus/${count}${flavor === 'classic' ? '-classic' : ''}`);
const started = performance.now();
const manifest = writeCorpus({ count, seed, out, defectRate, flavor });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `${path.relative(process.cwd(), out) || '.'}: ${manifest.files} files (${manifest.documents} playbooks + manual), ` +
    `${(manifest.bytes / 1024 / 1024).toFixed(1)} MiB, ko ${manifest.languages.ko} / en ${manifest.languages.en}, ` +
    `${manifest.defectiveFiles} files with ${manifest.defects.length} seeded defects, in ${seconds} s`,
);

if (values.check) {
  const { checkCorpus } = await import('./lib/check.js');
  const problems = await checkCorpus(out, manifest);
  for (const problem of problems.slice(0, 50)) console.error(`check: ${problem}`);
  if (problems.length) {
    console.error(`check: ${problems.length} problem(s)`);
    process.exit(1);
  }
  console.log('check: every file parses as the generator meant it');
}
