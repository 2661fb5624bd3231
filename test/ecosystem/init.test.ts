/** `servicebook init`: a starter project that lints clean, never overwrites, and takes the defaults without a terminal. */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { runInProcess, runProcess } from '../helpers/cli.js';
import { repoRoot, tempDir } from './support.js';

const ALL_CHANNELS = ['phone', 'email', 'chat', 'sms', 'kakao', 'in-person', 'social'];
const version = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; message: string; line: number }[];
}

const starterOf = { ko: 'playbooks/delivery-delay.yaml', en: 'playbooks/order-status.yaml' } as const;
const filesOf = (locale: 'ko' | 'en') => ['servicebook.yaml', starterOf[locale], 'playbooks/manual.yaml', '.vscode/settings.json', '.github/workflows/servicebook.yml', ...['playbook', 'manual', 'config'].map((name) => `.servicebook/schemas/${name}.schema.json`)];

async function init(dir: string, ...args: string[]) {
  return runInProcess(['init', ...args], { cwd: dir });
}

/** Lints a folder with its own config and returns every finding as "file:line rule message", so a failure shows them. */
async function findingsIn(dir: string, ...args: string[]): Promise<{ exitCode: number; files: string[]; findings: string[] }> {
  const result = await runInProcess(['lint', '--format', 'json', '--lang', 'en', ...args], { cwd: dir });
  expect(result.stderr).toBe('');
  const report = JSON.parse(result.stdout) as JsonResult[];
  return {
    exitCode: result.exitCode,
    files: report.map((file) => file.filePath),
    findings: report.flatMap((file) => file.messages.map((m) => `${file.filePath}:${m.line} ${m.ruleId} ${m.message}`)),
  };
}

describe('servicebook init, then lint', () => {
  const cases: [locale: 'ko' | 'en', channels: string | undefined][] = [
    ['ko', undefined],
    ['en', undefined],
    ['ko', ALL_CHANNELS.join(',')],
    ['en', ALL_CHANNELS.join(',')],
    ['ko', 'sms'],
    ['en', 'sms'],
    ['ko', 'email'],
    ['ko', 'kakao,in-person,social'],
    ['en', 'phone,chat'],
    ['en', 'email,sms,social'],
    ['ko', 'chat,kakao,kakao'],
  ];

  it.each(cases)('--yes --locale %s --channels %s: every file written, and lint finds nothing at all', async (locale, channels) => {
    const dir = tempDir('init');
    const result = await init(dir, '--yes', '--locale', locale, ...(channels ? ['--channels', channels] : []));
    expect(result).toMatchObject({ exitCode: 0, stderr: '' });
    for (const file of filesOf(locale)) {
      expect(result.stdout).toContain(`created  ${file}\n`);
      expect(existsSync(path.join(dir, file))).toBe(true);
    }

    const lint = await findingsIn(dir);
    expect(lint.findings).toEqual([]);
    expect(lint.exitCode).toBe(0);
    // The config's include finds the starter playbook and the manual, and nothing else.
    expect(lint.files.sort()).toEqual([starterOf[locale], 'playbooks/manual.yaml'].sort());

    const expected = channels ? [...new Set(channels.split(','))] : ['phone', 'email', 'chat', 'sms'];
    const config = parseYaml(readFileSync(path.join(dir, 'servicebook.yaml'), 'utf8')) as { channels: string[] };
    const playbook = parseYaml(readFileSync(path.join(dir, starterOf[locale]), 'utf8')) as { channels: string[]; scenarios: { scripts: Record<string, unknown> }[] };
    expect(config.channels).toEqual(expected);
    expect(playbook.channels).toEqual(expected);
    expect(Object.keys(playbook.scenarios[0]!.scripts)).toEqual(expected);
  });

  it('stays clean under the strict preset and with --report-unused-disables', async () => {
    for (const locale of ['ko', 'en'] as const) {
      const dir = tempDir('init-strict');
      await init(dir, '--yes', '--locale', locale, '--channels', ALL_CHANNELS.join(','));
      const config = path.join(dir, 'servicebook.yaml');
      writeFileSync(config, readFileSync(config, 'utf8').replace('extends: recommended', 'extends: strict'));
      expect(await findingsIn(dir, '--report-unused-disables', '--max-warnings', '0')).toMatchObject({ exitCode: 0, findings: [] });
    }
  });

  it('writes the starter in the language asked for', async () => {
    const ko = tempDir('init-ko');
    const en = tempDir('init-en');
    await init(ko, '--yes', '--locale', 'ko');
    await init(en, '--yes', '--locale', 'en');
    const hangul = /[\uac00-\ud7a3]/;
    expect(readFileSync(path.join(ko, starterOf.ko), 'utf8')).toMatch(hangul);
    expect(readFileSync(path.join(ko, 'playbooks/manual.yaml'), 'utf8')).toMatch(hangul);
    expect(readFileSync(path.join(ko, 'servicebook.yaml'), 'utf8')).toContain('locale: ko-KR');
    expect(readFileSync(path.join(en, starterOf.en), 'utf8')).not.toMatch(hangul);
    expect(readFileSync(path.join(en, 'playbooks/manual.yaml'), 'utf8')).not.toMatch(hangul);
    expect(readFileSync(path.join(en, 'servicebook.yaml'), 'utf8')).toContain('locale: en-US');
  });

  it('sets up a named folder, creating it, and lints clean there', async () => {
    const parent = tempDir('init-dir');
    const result = await init(parent, 'cs-playbooks', '--yes', '--locale', 'ko', '--channels', 'phone,chat,kakao');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(`created  ${path.join('cs-playbooks', 'servicebook.yaml')}\n`);
    expect(readdirSync(parent)).toEqual(['cs-playbooks']);
    expect(await findingsIn(path.join(parent, 'cs-playbooks'))).toMatchObject({ exitCode: 0, findings: [] });
  });

  it('works as the README says, as real processes: init --yes --locale ko && lint', () => {
    const dir = tempDir('init-process');
    const init = runProcess(['init', '--yes', '--locale', 'ko'], { cwd: dir });
    expect(init.exitCode).toBe(0);
    const lint = runProcess(['lint'], { cwd: dir });
    expect(lint).toMatchObject({ exitCode: 0, stdout: '', stderr: '' });
  });
});

describe('the files init writes', () => {
  const dir = tempDir('init-files');
  const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');
  const ready = init(dir, '--yes', '--locale', 'ko');
  const schemaFile = (reference: string) => path.join(repoRoot, 'schemas', path.basename(reference));
  /** The schema a reference names, resolved from the file that holds it: written by init into the project, as published. */
  const expectProjectSchema = (from: string, reference: string) => {
    const written = path.join(dir, path.dirname(from), reference);
    expect(path.relative(dir, written).split(path.sep).join('/')).toMatch(/^\.servicebook\/schemas\/[a-z]+\.schema\.json$/);
    expect(JSON.parse(readFileSync(written, 'utf8'))).toEqual(JSON.parse(readFileSync(schemaFile(reference), 'utf8')));
  };

  it('servicebook.yaml: the recommended preset, include playbooks/**/*.yaml, schema modeline', async () => {
    await ready;
    const text = read('servicebook.yaml');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./.servicebook/schemas/config.schema.json');
    expectProjectSchema('servicebook.yaml', './.servicebook/schemas/config.schema.json');
    expect(parseYaml(text)).toMatchObject({ extends: 'recommended', include: ['playbooks/**/*.yaml'], locale: 'ko-KR' });
  });

  it.each([
    [starterOf.ko, 'playbook'],
    ['playbooks/manual.yaml', 'manual'],
  ])('%s starts with a yaml-language-server modeline to the %s schema init wrote (no node_modules needed)', async (file, kind) => {
    await ready;
    const [modeline, second] = read(file).split('\n');
    const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(modeline ?? '');
    expect(match).not.toBeNull();
    expect(path.posix.normalize(path.posix.join('playbooks', match![1]!))).toBe(`.servicebook/schemas/${kind}.schema.json`);
    expectProjectSchema(file, match![1]!);
    expect(second).toBe(`kind: ${kind}`);
  });

  it('.vscode/settings.json is valid JSON mapping published schemas', async () => {
    await ready;
    const settings = JSON.parse(read('.vscode/settings.json')) as { 'yaml.schemas': Record<string, string[]> };
    const mapped = Object.keys(settings['yaml.schemas']);
    expect(mapped.length).toBeGreaterThan(0);
    for (const schema of mapped) {
      expectProjectSchema('.', schema);
    }
  });

  it('.github/workflows/servicebook.yml is valid YAML that runs servicebook lint, pinned to this version', async () => {
    await ready;
    const workflow = parseYaml(read('.github/workflows/servicebook.yml')) as { on: unknown; jobs: Record<string, { steps: { run?: string; uses?: string; with?: Record<string, unknown> }[] }> };
    expect(workflow.on).toMatchObject({ push: null, pull_request: null });
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    const runs = steps.flatMap((step) => (step.run ? [step.run] : []));
    expect(runs.some((run) => run.startsWith(`npx --yes servicebook@${version} lint`))).toBe(true);
    expect(runs.every((run) => !run.includes('servicebook@') || run.includes(`servicebook@${version} `))).toBe(true);
    // The current majors (Node 24 runtimes; upload-sarif v3 is deprecated), and Node.js at its current LTS.
    expect(steps.map((step) => step.uses).filter(Boolean)).toEqual(['actions/checkout@v6', 'actions/setup-node@v6', 'github/codeql-action/upload-sarif@v4']);
    expect(steps.find((step) => step.uses === 'actions/setup-node@v6')).toMatchObject({ with: { 'node-version': 'lts/*' } });
  });
});

describe('init never overwrites', () => {
  it('a second init keeps every file, unchanged, and says which it kept', async () => {
    const dir = tempDir('init-twice');
    await init(dir, '--yes', '--locale', 'ko');
    const edited = '# our own config\nextends: strict\ninclude: ["playbooks/**/*.yaml"]\n';
    writeFileSync(path.join(dir, 'servicebook.yaml'), edited);
    const before = new Map(filesOf('ko').map((file) => [file, readFileSync(path.join(dir, file), 'utf8')]));

    const again = await init(dir, '--yes', '--locale', 'ko');
    expect(again.exitCode).toBe(0);
    for (const file of filesOf('ko')) {
      expect(again.stdout).toContain(`kept     ${file} (it exists)\n`);
      expect(readFileSync(path.join(dir, file), 'utf8')).toBe(before.get(file));
    }
    expect(again.stdout).not.toContain('created');
    expect(readFileSync(path.join(dir, 'servicebook.yaml'), 'utf8')).toBe(edited);
  });

  it('writes only what is missing', async () => {
    const dir = tempDir('init-missing');
    await init(dir, '--yes', '--locale', 'en');
    rmSync(path.join(dir, '.github'), { recursive: true });
    const again = await init(dir, '--yes', '--locale', 'en');
    expect(again.stdout).toContain('created  .github/workflows/servicebook.yml\n');
    expect(again.stdout.match(/^kept /gm)).toHaveLength(filesOf('en').length - 1);
  });

  it('a ko init after an en one adds the Korean starter beside the English one, and both lint clean', async () => {
    const dir = tempDir('init-both');
    await init(dir, '--yes', '--locale', 'en');
    const again = await init(dir, '--yes', '--locale', 'ko');
    expect(again.stdout).toContain(`created  ${starterOf.ko}\n`);
    expect(again.stdout).toContain('kept     playbooks/manual.yaml (it exists)\n');
    const lint = await findingsIn(dir);
    expect(lint.files.sort()).toEqual([starterOf.ko, 'playbooks/manual.yaml', starterOf.en].sort());
    expect(lint).toMatchObject({ exitCode: 0, findings: [] });
  });
});

describe('init without --yes and without a terminal', () => {
  it('takes the flags and the defaults, says so on stderr, and writes a project that lints clean (in-process)', async () => {
    const dir = tempDir('init-notty');
    const result = await init(dir);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain('--yes');
    expect(result.stderr).not.toMatch(/bug|at .*\.ts:\d+/);
    expect(readdirSync(dir).sort()).toEqual(['.github', '.servicebook', '.vscode', 'playbooks', 'servicebook.yaml']);
    expect((await runInProcess(['lint'], { cwd: dir })).exitCode).toBe(0);
  });

  it('works as a real process with stdin not a terminal, as CI runs it', () => {
    const dir = tempDir('init-notty-process');
    const result = runProcess(['init', 'cs', '--locale', 'en'], { cwd: dir });
    expect(result.exitCode).toBe(0);
    expect(readdirSync(path.join(dir, 'cs', 'playbooks')).sort()).toEqual(['manual.yaml', 'order-status.yaml']);
  });

  it.each([
    [['--locale', 'ja']],
    [['--channels', 'phone,fax']],
    [['--channels', ',']],
  ])('exits 2 on a bad flag %j, writing nothing', async (args) => {
    const dir = tempDir('init-bad');
    const result = await init(dir, '--yes', ...args);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^servicebook: Unknown/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
