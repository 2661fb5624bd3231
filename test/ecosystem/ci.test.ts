/**
 * The CI integrations, run as a runner would run them: each `run:` script of action.yml and of the workflow
 * init writes, with its `${{ inputs.* }}` filled in, by bash, against this repository's built binary
 * (an `npx` shim first on PATH stands in for the registry).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { runInProcess } from '../helpers/cli.js';
import { copyInto, npxShim, repoRoot, runnerEnv, runScript, tempDir, type StepRun } from './support.js';

interface ActionStep {
  name: string;
  shell?: string;
  if?: string;
  env?: Record<string, string>;
  run?: string;
  uses?: string;
}

interface Action {
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

interface Sarif {
  version: string;
  runs: { tool: { driver: { name: string; rules: { id: string }[] } }; results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[];
}

const version = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
const actionFile = path.join(repoRoot, 'action.yml');
/** Parsed per test, so that a broken action.yml fails each test with the parser's message. */
const loadAction = (): Action => parseYaml(readFileSync(actionFile, 'utf8')) as Action;

/** What GitHub does with `${{ inputs.name }}`: the given value, else the input's default. Any other expression is a test failure. */
function substitute(text: string, inputs: Record<string, string>): string {
  const action = loadAction();
  const replaced = text.replace(/\$\{\{\s*inputs\.([A-Za-z0-9_-]+)\s*\}\}/g, (_, name: string) => {
    const declared = action.inputs[name];
    if (!declared) throw new Error(`action.yml uses an undeclared input: ${name}`);
    return inputs[name] ?? declared.default ?? '';
  });
  if (replaced.includes('${{')) throw new Error(`an expression this test cannot evaluate: ${replaced}`);
  return replaced;
}

/**
 * Runs the composite action's steps in order, as the runner does: `${{ inputs.* }}` evaluated in `env:`, a
 * failed step skipping the rest unless they say `if: always()`. A `uses:` step (setup-node) is the runner's
 * business: it is listed, not run. (A composite action's steps get no INPUT_* variables: what they read
 * comes through `env:`.)
 */
function runAction(cwd: string, inputs: Record<string, string> = {}): { steps: StepRun[]; calls: string[]; uses: string[] } {
  const action = loadAction();
  const unknown = Object.keys(inputs).filter((name) => !(name in action.inputs));
  if (unknown.length) throw new Error(`not inputs of action.yml: ${unknown.join(', ')}`);
  const shim = npxShim();
  const steps: StepRun[] = [];
  const uses: string[] = [];
  for (const step of action.runs.steps) {
    if (steps.some((run) => run.exitCode !== 0) && !/always\(\)/.test(step.if ?? '')) continue;
    if (step.uses) {
      uses.push(step.uses);
      continue;
    }
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, substitute(String(value), inputs)]));
    // A composite step's `shell: bash` runs as `bash --noprofile --norc -eo pipefail {0}`.
    steps.push(runScript(substitute(step.run!, inputs), { name: step.name, cwd, env: runnerEnv(shim, env), shellArgs: ['--noprofile', '--norc', '-eo', 'pipefail'] }));
  }
  return { steps, calls: readFileSync(shim.log, 'utf8').split('\n').filter(Boolean), uses };
}

const BROKEN = 'test/fixtures/cli/broken.yaml';
const CLEAN = 'test/fixtures/cli/clean.yaml';

function project(files: [string, string][]): string {
  const dir = tempDir('action');
  copyInto(dir, files);
  return dir;
}

function readSarif(file: string): Sarif {
  expect(existsSync(file)).toBe(true);
  return JSON.parse(readFileSync(file, 'utf8')) as Sarif;
}

const WARNING_ONLY = `kind: playbook
format: 1
id: delivery-late-promise
title: 배송 지연 문의
channels: [chat]
placeholders:
  customer_name: 고객 성함
scenarios:
  - id: parcel-stuck
    title: 택배가 움직이지 않음
    when: 배송 조회가 멈춰 있다는 문의
    scripts:
      chat:
        steps:
          - kind: empathy
            say: "{{customer_name}}님, 불편을 드려 죄송합니다."
          - kind: explanation
            say: 택배사 물량이 몰려 늦어지고 있으며, 오늘 중 반드시 출발합니다.
          - kind: follow-up
            say: 내일 오후 3시까지 채팅으로 다시 안내해 드리겠습니다.
            due: P1D
`;

const annotationsOf = (step: StepRun) => step.stdout.split('\n').filter((line) => line.startsWith('::'));

describe('action.yml', () => {
  it('is valid YAML (GitHub refuses an action.yml it cannot parse)', () => {
    expect(() => parseYaml(readFileSync(actionFile, 'utf8'))).not.toThrow();
  });

  it('is a composite action: bash scripts fed only by declared inputs, and the current setup-node for the current Node LTS', () => {
    const action = loadAction();
    expect(action.runs.using).toBe('composite');
    const scripts = action.runs.steps.filter((step) => !step.uses);
    expect(scripts.length).toBeGreaterThan(0);
    for (const step of scripts) {
      expect(step.shell).toBe('bash');
      expect(typeof step.run).toBe('string');
      // Inputs reach the scripts through env, never pasted into the script (no injection through an input).
      expect(step.run).not.toContain('${{');
    }
    expect(action.runs.steps.filter((step) => step.uses).map((step) => step.uses)).toEqual(['actions/setup-node@v6']);
    expect(action.inputs['node-version']!.default).toBe('lts/*');
    expect(action.outputs['sarif-file']!.value).toBe('${{ inputs.sarif-file }}');
  });

  it('on a broken and a clean playbook: writes valid SARIF, annotates with ::error, fails the job with exit 1', () => {
    const dir = project([[BROKEN, 'playbooks/broken.yaml'], [CLEAN, 'playbooks/clean.yaml']]);
    const { steps, calls, uses } = runAction(dir);
    expect(uses).toEqual(['actions/setup-node@v6']);
    const [setup, lint] = steps;
    expect(setup).toMatchObject({ exitCode: 0, stdout: `servicebook ${version}\n` });

    const sarif = readSarif(path.join(dir, substitute(loadAction().outputs['sarif-file']!.value, {})));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.tool.driver.name).toBe('servicebook');
    expect(sarif.runs[0]!.results).toEqual([
      expect.objectContaining({
        ruleId: 'schema',
        level: 'error',
        locations: [expect.objectContaining({ physicalLocation: expect.objectContaining({ artifactLocation: expect.objectContaining({ uri: 'playbooks/broken.yaml' }), region: expect.objectContaining({ startLine: 13 }) }) })],
      }),
    ]);

    expect(lint!.exitCode).toBe(1);
    const annotations = annotationsOf(lint!);
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatch(/^::error file=playbooks\/broken\.yaml,line=13,(col|endLine)=.*::.*empaty/);
    expect(calls).toEqual(['servicebook', 'servicebook', 'servicebook']);
  });

  it('on a clean folder: an empty SARIF run and exit 0', () => {
    const dir = project([[CLEAN, 'playbooks/clean.yaml'], ['test/fixtures/render/library/billing-refund.yaml', 'playbooks/billing-refund.yaml']]);
    const { steps } = runAction(dir);
    expect(steps.map((step) => step.exitCode)).toEqual([0, 0]);
    expect(steps[1]!.stdout).not.toContain('::error');
    const sarif = readSarif(path.join(dir, 'servicebook.sarif'));
    expect(sarif.runs[0]!.results).toEqual([]);
    expect(sarif.runs[0]!.tool.driver.rules.length).toBeGreaterThan(10);
  });

  it('takes paths, sarif-file and version as inputs', () => {
    const dir = project([[BROKEN, 'playbooks/broken.yaml'], [CLEAN, 'playbooks/clean.yaml']]);
    const { steps, calls } = runAction(dir, { paths: 'playbooks/clean.yaml', 'sarif-file': 'reports.sarif', version });
    expect(steps.map((step) => step.exitCode)).toEqual([0, 0]);
    expect(readSarif(path.join(dir, 'reports.sarif')).runs[0]!.results).toEqual([]);
    expect(existsSync(path.join(dir, 'servicebook.sarif'))).toBe(false);
    expect(calls).toEqual([`servicebook@${version}`, `servicebook@${version}`, `servicebook@${version}`]);
  });

  it('passes several paths separated by spaces or new lines', () => {
    const dir = project([[BROKEN, 'a/broken.yaml'], [CLEAN, 'b/clean.yaml'], [BROKEN, 'c/broken.yaml']]);
    const { steps } = runAction(dir, { paths: 'a b\nc\n' });
    expect(steps.map((step) => step.exitCode)).toEqual([0, 1]);
    expect(readSarif(path.join(dir, 'servicebook.sarif')).runs[0]!.results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual(['a/broken.yaml', 'c/broken.yaml']);
  });

  it('hands globs to servicebook unexpanded: playbooks/**/*.yaml takes a top-level playbook (bash without globstar would not)', () => {
    const dir = project([[BROKEN, 'playbooks/broken.yaml'], [CLEAN, 'playbooks/billing/clean.yaml'], [BROKEN, 'playbooks/billing/deep/broken.yaml']]);
    const { steps } = runAction(dir, { paths: 'playbooks/**/*.yaml' });
    expect(steps.map((step) => step.exitCode)).toEqual([0, 1]);
    const uris = readSarif(path.join(dir, 'servicebook.sarif')).runs[0]!.results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris).toEqual(['playbooks/billing/deep/broken.yaml', 'playbooks/broken.yaml']);
    expect(annotationsOf(steps[1]!).map((line) => line.replace(/,line=.*/, ''))).toEqual(['::error file=playbooks/billing/deep/broken.yaml', '::error file=playbooks/broken.yaml']);
  });

  it('a glob that bash would expand reaches servicebook as written', () => {
    const dir = project([[BROKEN, 'playbooks/broken.yaml'], [CLEAN, 'playbooks/clean.yaml']]);
    const { steps } = runAction(dir, { paths: 'playbooks/c*.yaml' });
    expect(steps.map((step) => step.exitCode)).toEqual([0, 0]);
    // A pattern that matches nothing is servicebook's error (exit 2), not bash's literal string.
    const none = runAction(dir, { paths: 'nowhere/**/*.yaml' });
    expect(none.steps[1]!.stderr).toContain('nowhere/**/*.yaml');
    expect(none.steps[1]!.exitCode).toBe(2);
  });

  it('lets warnings pass unless max-warnings says otherwise', () => {
    const dir = project([[CLEAN, 'playbooks/clean.yaml']]);
    writeFileSync(path.join(dir, 'playbooks/promise.yaml'), WARNING_ONLY);

    const lenient = runAction(dir);
    expect(lenient.steps.map((step) => step.exitCode)).toEqual([0, 0]);
    expect(lenient.steps[1]!.stdout).toMatch(/^::warning file=playbooks\/promise\.yaml,line=18,.*::.*반드시/m);
    expect(readSarif(path.join(dir, 'servicebook.sarif')).runs[0]!.results).toEqual([expect.objectContaining({ ruleId: 'risky-promise', level: 'warning' })]);

    const strict = runAction(dir, { 'max-warnings': '0' });
    expect(strict.steps.map((step) => step.exitCode)).toEqual([0, 1]);
  });

  it('exit 2 from servicebook fails the step as an error of its own, not as findings', () => {
    const dir = project([[CLEAN, 'playbooks/clean.yaml']]);
    const { steps, calls } = runAction(dir, { paths: 'playbooks/missing.yaml' });
    expect(steps.map((step) => step.exitCode)).toEqual([0, 2]);
    expect(steps[1]!.stderr).toContain('No such file or folder: playbooks/missing.yaml');
    expect(annotationsOf(steps[1]!)).toEqual(['::error title=servicebook could not run (exit 2)::servicebook: No such file or folder: playbooks/missing.yaml']);
    // It stopped at the SARIF run: the annotations run never came.
    expect(calls).toHaveLength(2);
  });

  it('a package that cannot be fetched fails the setup step as such, and nothing is linted', () => {
    const dir = project([[BROKEN, 'playbooks/broken.yaml']]);
    const { steps, calls } = runAction(dir, { version: '0.0.0-unpublished' });
    expect(steps.map((step) => step.exitCode)).toEqual([2]);
    expect(steps[0]!.stderr).toContain('npm error 404');
    expect(annotationsOf(steps[0]!)).toEqual([expect.stringMatching(/^::error title=servicebook could not be set up::npx could not fetch or start servicebook@0\.0\.0-unpublished/)]);
    expect(calls).toEqual([]);
    expect(existsSync(path.join(dir, 'servicebook.sarif'))).toBe(false);
  });
});

describe('the workflow servicebook init writes', () => {
  interface Workflow {
    jobs: Record<string, { steps: (ActionStep & { with?: Record<string, string> })[] }>;
  }

  async function initProject(): Promise<{ dir: string; workflow: Workflow }> {
    const dir = tempDir('workflow');
    expect((await runInProcess(['init', '--yes', '--locale', 'ko'], { cwd: dir })).exitCode).toBe(0);
    return { dir, workflow: parseYaml(readFileSync(path.join(dir, '.github/workflows/servicebook.yml'), 'utf8')) as Workflow };
  }

  /** Runs the job's `run:` steps; `uses:` steps (checkout, setup-node, upload) are the runner's business. */
  function runJob(dir: string, workflow: Workflow): { steps: StepRun[]; calls: string[] } {
    const shim = npxShim();
    const steps: StepRun[] = [];
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps) {
        if (!step.run) continue;
        if (steps.some((run) => run.exitCode !== 0) && !/always\(\)/.test(step.if ?? '')) continue;
        expect(step.run).not.toContain('${{');
        // A `run:` step without `shell` runs as `bash -e {0}` on ubuntu-latest.
        steps.push(runScript(step.run, { name: step.name, cwd: dir, env: runnerEnv(shim), shellArgs: ['-e'] }));
      }
    }
    return { steps, calls: readFileSync(shim.log, 'utf8').split('\n').filter(Boolean) };
  }

  function sarifUpload(workflow: Workflow): string {
    const upload = Object.values(workflow.jobs).flatMap((job) => job.steps).find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif'));
    expect(upload?.if).toBe('always()');
    return upload!.with!.sarif_file!;
  }

  it('passes on the starter project, and writes the SARIF file it uploads', async () => {
    const { dir, workflow } = await initProject();
    const { steps, calls } = runJob(dir, workflow);
    expect(steps.length).toBeGreaterThanOrEqual(2);
    expect(steps.map((step) => step.exitCode)).toEqual(steps.map(() => 0));
    expect(steps.map((step) => step.stdout).join('')).not.toContain('::');
    expect(readSarif(path.join(dir, sarifUpload(workflow))).runs[0]!.results).toEqual([]);
    expect(calls.every((call) => call === `servicebook@${version}`)).toBe(true);
  });

  it('fails with ::error annotations when a playbook is broken, and still writes the SARIF file', async () => {
    const { dir, workflow } = await initProject();
    mkdirSync(path.join(dir, 'playbooks/billing'), { recursive: true });
    copyInto(dir, [[BROKEN, 'playbooks/billing/broken.yaml']]);
    const { steps } = runJob(dir, workflow);
    const lint = steps.find((step) => step.script.includes('--format github'));
    expect(lint?.exitCode).toBe(1);
    expect(lint!.stdout).toMatch(/^::error file=playbooks\/billing\/broken\.yaml,line=13,/m);
    // The SARIF step runs `if: always()` after the failed lint step.
    const sarif = readSarif(path.join(dir, sarifUpload(workflow)));
    expect(sarif.runs[0]!.results.map((result) => result.ruleId)).toEqual(['schema']);
  });
});

describe('action.yml inputs that name a new place', () => {
  it('a sarif-file in a folder that does not exist: written, or refused with a clear message, never "a bug"', () => {
    const dir = project([[CLEAN, 'playbooks/clean.yaml']]);
    const { steps } = runAction(dir, { 'sarif-file': 'reports/servicebook.sarif' });
    if (steps[1]!.exitCode === 0) {
      expect(readSarif(path.join(dir, 'reports/servicebook.sarif')).runs[0]!.results).toEqual([]);
    } else {
      expect(steps[1]!.stderr).toContain('reports');
      expect(steps[1]!.stderr).not.toContain('bug in servicebook');
    }
  });
});

describe('docs/ci.md', () => {
  it('holds only YAML and JSON examples that parse', () => {
    const text = readFileSync(path.join(repoRoot, 'docs/ci.md'), 'utf8');
    const blocks = [...text.matchAll(/```(yaml|json)\n([\s\S]*?)```/g)];
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    for (const [, language, body] of blocks) {
      if (language === 'json') expect(() => JSON.parse(body!)).not.toThrow();
      else expect(() => parseYaml(body!)).not.toThrow();
    }
  });
});
