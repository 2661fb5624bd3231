/**
 * The npm package: the tarball holds bin, dist, schemas, README and LICENSE and nothing else, and it installs
 * and runs from a fresh folder. Fast enough to always run (a few seconds: the dependencies come from the npm cache).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyInto, repoRoot, tempDir } from './support.js';
import { rules as registry } from '../../src/rules/index.js';

interface PackedFile {
  path: string;
}

interface PackResult {
  name: string;
  version: string;
  filename: string;
  files: PackedFile[];
}

interface PackageJson {
  version: string;
  bin: Record<string, string>;
  main: string;
  types: string;
  exports: Record<string, string | Record<string, string>>;
}

const packageJson = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as PackageJson;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** `--ignore-scripts`: globalSetup has built dist/ already, and rebuilding it here would race the other test files. */
function pack(args: string[], cwd = repoRoot): PackResult {
  const stdout = execFileSync(npm, ['pack', '--json', '--ignore-scripts', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [result] = JSON.parse(stdout) as PackResult[];
  return result!;
}

describe('npm pack --dry-run', () => {
  const files = pack(['--dry-run']).files.map((file) => file.path);

  it('holds bin/, dist/, schemas/, README.md, LICENSE and package.json, and nothing else', () => {
    expect([...new Set(files.map((file) => file.split('/')[0]))].sort()).toEqual(['LICENSE', 'README.md', 'bin', 'dist', 'package.json', 'schemas']);
  });

  it('holds the entry points, the validators and the schemas', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'bin/servicebook.js',
        'dist/bundle/cli.js',
        'dist/bundle/lint-worker.js',
        'dist/cli.js',
        'dist/index.js',
        'dist/index.d.ts',
        'dist/validators.cjs',
        'schemas/playbook.schema.json',
        'schemas/manual.schema.json',
        'schemas/config.schema.json',
      ]),
    );
  });

  it('holds no sources, tests, benchmarks, fixtures or TypeScript other than declarations', () => {
    expect(files.filter((file) => /^(src|test|bench|scripts|docs|playbooks|node_modules)\//.test(file))).toEqual([]);
    expect(files.filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))).toEqual([]);
    expect(files.filter((file) => /\.test\.|fixtures|\.tsbuildinfo$|\.map$/.test(file))).toEqual([]);
  });

  it('holds every file package.json points at', () => {
    const exportTargets = Object.values(packageJson.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
    const targets = [...Object.values(packageJson.bin), packageJson.main, packageJson.types, ...exportTargets]
      .filter((target) => !target.includes('*'))
      .map((target) => path.posix.normalize(target));
    for (const target of targets) expect(files).toContain(target);
  });

  it('ships a declaration beside every module of dist/ but the bundled command line', () => {
    for (const file of files.filter((file) => file.startsWith('dist/') && !file.startsWith('dist/bundle/') && file.endsWith('.js'))) {
      expect(files).toContain(file.replace(/\.js$/, '.d.ts'));
    }
  });
});

describe('the packed tarball, installed into a fresh folder', () => {
  let app = '';
  let bin = '';

  beforeAll(() => {
    const packDir = tempDir('pack');
    const { filename } = pack(['--pack-destination', packDir]);
    const tarball = path.join(packDir, filename);
    app = tempDir('installed');
    writeFileSync(path.join(app, 'package.json'), `${JSON.stringify({ name: 'cs-team-playbooks', private: true, type: 'module' }, null, 2)}\n`);
    const install = (offline: boolean) =>
      spawnSync(npm, ['install', '--no-audit', '--no-fund', '--no-package-lock', ...(offline ? ['--offline'] : []), tarball], { cwd: app, encoding: 'utf8', timeout: 120_000 });
    // The dependencies are in the npm cache since the repository installed them; online only if one is missing.
    let result = install(true);
    if (result.status !== 0) result = install(false);
    expect(result.status, result.stderr).toBe(0);
    bin = path.join(app, 'node_modules', '.bin', 'servicebook');
  }, 180_000);

  const run = (args: string[]) => spawnSync(bin, args, { cwd: app, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', SERVICEBOOK_LANG: 'en' } });

  it('runs servicebook lint on a copied playbook: exit 0', () => {
    copyInto(app, [['playbooks/billing-refund-delay.yaml', 'playbooks/billing-refund-delay.yaml']]);
    const result = run(['lint', 'playbooks/billing-refund-delay.yaml']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('exits 1 on a broken playbook, and prints its version', () => {
    copyInto(app, [['test/fixtures/cli/broken.yaml', 'broken/broken.yaml']]);
    const broken = run(['lint', 'broken/broken.yaml', '--format', 'json']);
    expect(broken.status).toBe(1);
    expect(JSON.parse(broken.stdout)).toEqual([expect.objectContaining({ filePath: 'broken/broken.yaml', errorCount: 1 })]);
    expect(run(['--version']).stdout.trim()).toBe(packageJson.version);
  });

  it('works as a library through its exports: lint, validate, render and the published schemas', () => {
    copyInto(app, [['playbooks/billing-refund-delay.yaml', 'playbooks/billing-refund-delay.yaml']]);
    const script = `
      import { lint, validate, render, rules } from 'servicebook';
      import { createRequire } from 'node:module';
      const require = createRequire(import.meta.url);
      const schema = require('servicebook/schemas/playbook.schema.json');
      const files = ['playbooks/billing-refund-delay.yaml'];
      const linted = await lint({ files });
      const validated = await validate({ files });
      const rendered = await render({ files }, { format: 'md' });
      console.log(JSON.stringify({ linted, validated, ok: rendered.ok, md: rendered.ok && rendered.text.startsWith('# '), rules: rules.length, schema: typeof schema.$schema }));
    `;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const out = JSON.parse(result.stdout) as { linted: unknown; validated: unknown; ok: boolean; md: boolean; rules: number; schema: string };
    const clean = [{ filePath: 'playbooks/billing-refund-delay.yaml', findings: [] }];
    expect(out).toEqual({ linted: clean, validated: clean, ok: true, md: true, rules: registry.length, schema: 'string' });
  });

  it('gives TypeScript users its types (NodeNext resolution through exports)', () => {
    const consumer = path.join(app, 'consumer.ts');
    writeFileSync(
      consumer,
      [
        "import { lint, render, type FileResult, type Finding } from 'servicebook';",
        "const results: FileResult[] = await lint({ sources: [{ filePath: 'a.yaml', text: 'kind: playbook' }] }, { lang: 'ko' });",
        'const first: Finding | undefined = results[0]?.findings[0];',
        "const handbook = await render({ files: ['playbooks/'] }, { format: 'html', force: true });",
        'const text: string = handbook.ok ? handbook.text : "";',
        'export { first, text };',
        '',
      ].join('\n'),
    );
    writeFileSync(
      path.join(app, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, types: ['node'], typeRoots: [path.join(repoRoot, 'node_modules', '@types')] }, files: ['consumer.ts'] }),
    );
    const tsc = path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = spawnSync(process.execPath, [tsc, '-p', app], { cwd: app, encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(existsSync(path.join(app, 'node_modules/servicebook/dist/index.d.ts'))).toBe(true);
  });
});
