#!/usr/bin/env node
/**
 * `npm run realism`: how the rules fare on real published customer-service text (test/realism/).
 *
 * Lints test/realism/playbooks/*.yaml with test/realism/servicebook.yaml through the built library (dist/),
 * maps every finding to its place (file, scenario, channel) by position, and compares the places each rule
 * fires on with a CS trainer's judgements (test/realism/judgements/*.yaml, written before the linter ran):
 * per rule, the places the trainer flagged and how many the rule caught (recall), and the places the trainer
 * called fine for that rule and how many it fired on anyway (false alarms).
 *
 *   node scripts/realism.mjs [--json] [--without-additions] [--dir test/realism]
 *
 * --without-additions lints the corpus as a team would have written it before format 1's additions (no
 * `purpose`, one kind per step: the first of a list, placeholders in the short form, no `purposes` in the
 * config): the "before" table, which the tool as it was can read.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMap, isScalar, isSeq, parse, parseAllDocuments } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const COMBINED = 'required-steps + step-order';

function parseArgs(argv) {
  const options = { json: false, withoutAdditions: false, dir: path.join(root, 'test', 'realism') };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === '--json') options.json = true;
    else if (arg === '--without-additions') options.withoutAdditions = true;
    else if (arg === '--dir') options.dir = path.resolve(argv[++index] ?? '.');
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write('usage: node scripts/realism.mjs [--json] [--without-additions] [--dir DIR]\n');
      process.exit(0);
    } else {
      process.stderr.write(`realism: unknown option ${arg}\n`);
      process.exit(2);
    }
  }
  return options;
}

/** A playbook as format 1 read it before the additions: the first kind of a list, no purpose, short placeholders. */
function withoutAdditions(text) {
  const documents = parseAllDocuments(text);
  return documents
    .map((document, index) => {
      const playbook = document.contents;
      if (isMap(playbook)) {
        const placeholders = playbook.get('placeholders');
        if (isMap(placeholders)) {
          for (const pair of placeholders.items) {
            if (isMap(pair.value)) pair.value = document.createNode(String(pair.value.get('description') ?? ''));
          }
        }
        const scenarios = playbook.get('scenarios');
        for (const scenario of isSeq(scenarios) ? scenarios.items : []) {
          if (!isMap(scenario)) continue;
          scenario.delete('purpose');
          const scripts = scenario.get('scripts');
          for (const pair of isMap(scripts) ? scripts.items : []) {
            const steps = isMap(pair.value) ? pair.value.get('steps') : undefined;
            for (const step of isSeq(steps) ? steps.items : []) {
              const kind = isMap(step) ? step.get('kind', true) : undefined;
              if (isSeq(kind) && kind.items[0]) step.set('kind', kind.items[0]);
            }
          }
        }
      }
      const written = document.toString({ lineWidth: 0 });
      return index > 0 && !written.startsWith('---') ? `---\n${written}` : written;
    })
    .join('');
}

function configWithoutAdditions(text) {
  const config = parse(text) ?? {};
  delete config.purposes;
  delete config.publicChannels;
  if (config.limits) delete config.limits.kakao;
  return JSON.stringify(config);
}

function lineStarts(text) {
  const starts = [0];
  for (let index = 0; index < text.length; index++) if (text[index] === '\n') starts.push(index + 1);
  return starts;
}

/** The places of one file: [start, end) offsets of each scenario and each of its scripts. */
function placesOf(text) {
  const places = [];
  for (const document of parseAllDocuments(text)) {
    const scenarios = isMap(document.contents) ? document.contents.get('scenarios', true) : undefined;
    for (const scenario of isSeq(scenarios) ? scenarios.items : []) {
      if (!isMap(scenario) || !scenario.range) continue;
      const id = scenario.get('id');
      if (typeof id !== 'string') continue;
      const scripts = [];
      const scriptsNode = scenario.get('scripts', true);
      for (const pair of isMap(scriptsNode) ? scriptsNode.items : []) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const end = pair.value?.range?.[2] ?? pair.key.range[2];
        scripts.push({ channel: String(pair.key.value), start: pair.key.range[0], end });
      }
      places.push({ scenario: id, start: scenario.range[0], end: scenario.range[2], scripts });
    }
  }
  return places;
}

function placeOf(places, offset) {
  for (const place of places) {
    if (offset < place.start || offset > place.end) continue;
    const script = place.scripts.find((candidate) => offset >= candidate.start && offset <= candidate.end);
    return { scenario: place.scenario, channel: script ? script.channel : '*' };
  }
  return { scenario: '*', channel: '*' };
}

const keyOf = (file, scenario, channel) => `${file}|${scenario}|${channel}`;

function ratio(part, whole) {
  return whole === 0 ? null : part / whole;
}

function percent(value) {
  return value === null ? '—' : `${(value * 100).toFixed(0)}%`;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const playbookDir = path.join(options.dir, 'playbooks');
  const judgementDir = path.join(options.dir, 'judgements');
  const files = readdirSync(playbookDir).filter((name) => /\.ya?ml$/.test(name)).sort();
  const sources = files.map((name) => {
    const text = readFileSync(path.join(playbookDir, name), 'utf8');
    return { filePath: `playbooks/${name}`, text: options.withoutAdditions ? withoutAdditions(text) : text };
  });

  const library = await import(pathToFileURL(path.join(root, 'dist', 'index.js')).href);
  let configFile = path.join(options.dir, 'servicebook.yaml');
  let scratch;
  if (options.withoutAdditions) {
    scratch = mkdtempSync(path.join(tmpdir(), 'servicebook-realism-'));
    const plain = path.join(scratch, 'servicebook.yaml');
    writeFileSync(plain, configWithoutAdditions(readFileSync(configFile, 'utf8')));
    configFile = plain;
  }
  let results;
  try {
    results = await library.lint({ sources }, { cwd: options.dir, configFile });
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }

  // Where each rule fired.
  const fired = new Map();
  const unjudged = [];
  const judged = new Map();
  for (const name of readdirSync(judgementDir).filter((file) => /\.ya?ml$/.test(file)).sort()) {
    const judgement = parse(readFileSync(path.join(judgementDir, name), 'utf8'));
    for (const place of judgement.places ?? []) {
      // A place judged in two files (a later pass for new rules) is flagged for what either file flags.
      const key = keyOf(judgement.source, place.scenario, place.channel);
      const earlier = judged.get(key);
      judged.set(key, { flag: new Set([...(earlier?.flag ?? []), ...(place.flag ?? [])]), why: earlier ? `${earlier.why}; ${place.why}` : place.why });
    }
  }
  for (const result of results) {
    const text = sources.find((source) => source.filePath === result.filePath)?.text ?? '';
    const starts = lineStarts(text);
    const places = placesOf(text);
    for (const finding of result.findings) {
      if (!finding.ruleId) continue;
      const offset = (starts[finding.line - 1] ?? 0) + finding.column - 1;
      const { scenario, channel } = placeOf(places, offset);
      const key = keyOf(result.filePath, scenario, channel);
      if (!fired.has(finding.ruleId)) fired.set(finding.ruleId, new Set());
      fired.get(finding.ruleId).add(key);
      if (!judged.has(key)) unjudged.push({ place: key, ruleId: finding.ruleId, line: finding.line, message: finding.message });
    }
  }

  const registry = new Set(library.rules.map((rule) => rule.id));
  const ruleIds = new Set(registry);
  for (const { flag } of judged.values()) for (const id of flag) ruleIds.add(id);
  const rows = [];
  const measure = (id, ids) => {
    const flagged = [...judged].filter(([, place]) => ids.some((rule) => place.flag.has(rule))).map(([key]) => key);
    const fine = [...judged].filter(([, place]) => !ids.some((rule) => place.flag.has(rule))).map(([key]) => key);
    const firedOn = (key) => ids.some((rule) => fired.get(rule)?.has(key));
    const caught = flagged.filter(firedOn);
    const falseAlarms = fine.filter(firedOn);
    return {
      rule: id,
      inThisBuild: ids.every((rule) => registry.has(rule)),
      flagged: flagged.length,
      caught: caught.length,
      recall: ratio(caught.length, flagged.length),
      fine: fine.length,
      falseAlarms: falseAlarms.length,
      falseAlarmRate: ratio(falseAlarms.length, fine.length),
      missed: flagged.filter((key) => !firedOn(key)),
      falseAlarmPlaces: falseAlarms,
    };
  };
  for (const id of [...ruleIds].sort()) rows.push(measure(id, [id]));
  const combined = measure(COMBINED, ['required-steps', 'step-order']);
  const report = {
    corpus: path.relative(root, options.dir) || '.',
    mode: options.withoutAdditions ? 'without-additions' : 'as-written',
    files: files.length,
    places: judged.size,
    rules: rows,
    combined,
    unjudged,
  };
  if (options.json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  const lines = [
    `realism corpus: ${report.files} files, ${report.places} places (${report.mode})`,
    '',
    '| rule | flagged | caught | recall | fine | false alarms | rate |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const row of [...rows, combined]) {
    const name = row.inThisBuild ? row.rule : `${row.rule} (not in this build)`;
    const shown = row.rule === COMBINED ? `**${name}**` : name;
    lines.push(`| ${shown} | ${row.flagged} | ${row.caught} | ${percent(row.recall)} | ${row.fine} | ${row.falseAlarms} | ${percent(row.falseAlarmRate)} |`);
  }
  if (unjudged.length > 0) {
    lines.push('', `${unjudged.length} finding(s) on places without a judgement:`);
    for (const item of unjudged) lines.push(`  ${item.place} ${item.ruleId} (line ${item.line})`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error) => {
  process.stderr.write(`realism: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
