/**
 * The pre-commit hook with the real pre-commit (Debian's package; .ci/run installs it): a copy of this repository
 * tagged by scripts/tag-release.mjs as a release is tagged, a project that `init` set up, `pre-commit install`,
 * and real `git commit`s. pre-commit installs the node hook as it does for any user: `npm install` and `npm pack`
 * in its clone at the tag, then `npm install -g` of the tarball (the dependencies come from the npm registry).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { runInProcess } from '../helpers/cli.js';
import { copyInto, repoRoot, tempDir } from './support.js';

const version = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

interface Run {
  status: number | null;
  output: string;
}

const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'servicebook test',
  GIT_AUTHOR_EMAIL: 'test@servicebook.invalid',
  GIT_COMMITTER_NAME: 'servicebook test',
  GIT_COMMITTER_EMAIL: 'test@servicebook.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  SERVICEBOOK_LANG: 'en',
  NO_COLOR: '1',
};

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = gitEnv): Run {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 280_000 });
  if (result.error) throw new Error(`${command} could not run (${result.error.message}); pre-commit comes from Debian's package: apt-get install pre-commit`);
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function ok(command: string, args: string[], cwd: string, env?: NodeJS.ProcessEnv): string {
  const result = run(command, args, cwd, env);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.output}`);
  return result.output;
}

/** This repository as committed and as in the work tree (dist/ as the test run built it), tagged as a release. */
function hookRepository(): string {
  const dir = tempDir('hook-repo');
  const files = ok('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], repoRoot).split('\0').filter(Boolean);
  for (const file of files) {
    try {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      cpSync(path.join(repoRoot, file), path.join(dir, file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error; // deleted in the work tree, not yet committed
    }
  }
  cpSync(path.join(repoRoot, 'dist'), path.join(dir, 'dist'), { recursive: true });
  ok('git', ['init', '--quiet', '--initial-branch', 'main'], dir);
  ok('git', ['add', '--all'], dir);
  ok('git', ['commit', '--quiet', '--message', 'servicebook'], dir);
  ok(process.execPath, ['scripts/tag-release.mjs', '--no-build'], dir);
  return dir;
}

describe('the pre-commit hook, with the real pre-commit', () => {
  let hookRepo: string;
  let project: string;
  let env: NodeJS.ProcessEnv;
  const commit = (message: string) => run('git', ['commit', '--message', message], project, env);
  const commits = () => ok('git', ['rev-list', '--count', 'HEAD'], project, env).trim();

  beforeAll(async () => {
    hookRepo = hookRepository();
    project = tempDir('pre-commit-project');
    env = { ...gitEnv, PRE_COMMIT_HOME: tempDir('pre-commit-home') };
    ok('git', ['init', '--quiet', '--initial-branch', 'main'], project);
    expect((await runInProcess(['init', '--yes', '--locale', 'en'], { cwd: project })).exitCode).toBe(0);
    // docs/ci.md's GitLab recipe, which a project may have beside its playbooks: not a playbook.
    const gitlab = readFileSync(path.join(repoRoot, 'docs/ci.md'), 'utf8').match(/## GitLab CI[\s\S]*?```yaml\n([\s\S]*?)```/)![1]!;
    writeFileSync(path.join(project, '.gitlab-ci.yml'), gitlab);
    writeFileSync(path.join(project, 'docker-compose.yaml'), 'services:\n  web:\n    image: nginx\n');
    writeFileSync(
      path.join(project, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${hookRepo}\n    rev: v${version}\n    hooks:\n      - id: servicebook-lint\n      - id: servicebook-validate\n`,
    );
    ok('pre-commit', ['install'], project, env);
  }, 300_000);

  it('the release tag holds the build and installs without devDependencies', () => {
    const manifest = JSON.parse(ok('git', ['show', `v${version}:package.json`], hookRepo)) as { scripts: Record<string, string>; devDependencies?: object };
    expect(manifest.scripts.prepare).toBeUndefined();
    expect(manifest.devDependencies).toBeUndefined();
    expect(ok('git', ['ls-tree', '-r', '--name-only', `v${version}`, '--', 'dist/bundle/cli.js', 'dist/validators.cjs'], hookRepo).trim().split('\n')).toEqual(['dist/bundle/cli.js', 'dist/validators.cjs']);
    // The branch itself is left as it was: no dist/ committed on it.
    expect(ok('git', ['ls-tree', '-r', '--name-only', 'main', '--', 'dist'], hookRepo).trim()).toBe('');
  });

  it('installs the hook from the tag and passes the first commit of a project init set up (.gitlab-ci.yml and docker-compose.yaml left alone)', () => {
    ok('git', ['add', '--all'], project, env);
    const first = commit('first');
    expect(first.output).toMatch(/servicebook lint\.+Passed/);
    expect(first.output).toMatch(/servicebook validate\.+Passed/);
    expect(first.status).toBe(0);
    expect(commits()).toBe('1');
  }, 300_000);

  it('accepts a commit that changes only the manual (its chapters find the playbooks that are not staged)', () => {
    const manual = path.join(project, 'playbooks/manual.yaml');
    writeFileSync(manual, readFileSync(manual, 'utf8').replace(/^title: (.*)$/m, 'title: $1 (2nd edition)'));
    ok('git', ['add', 'playbooks/manual.yaml'], project, env);
    const result = commit('manual: second edition');
    expect(result.output).toMatch(/servicebook lint\.+Passed/);
    expect(result.status).toBe(0);
    expect(commits()).toBe('2');
  }, 120_000);

  it('refuses a commit with a bad playbook, naming the file and the position', () => {
    copyInto(project, [['test/fixtures/cli/broken.yaml', 'playbooks/broken.yaml']]);
    ok('git', ['add', 'playbooks/broken.yaml'], project, env);
    const result = commit('a broken playbook');
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/servicebook lint\.+Failed/);
    expect(result.output).toMatch(/playbooks\/broken\.yaml\n\s+13:19\s+error\s+.*empaty.*schema/);
    expect(commits()).toBe('2');
  }, 120_000);

  it('refuses a new playbook that takes an id of a playbook already committed', () => {
    ok('git', ['rm', '--cached', '--quiet', 'playbooks/broken.yaml'], project, env);
    const copy = readFileSync(path.join(project, 'playbooks/order-status.yaml'), 'utf8');
    writeFileSync(path.join(project, 'playbooks/another.yaml'), copy);
    ok('git', ['add', 'playbooks/another.yaml'], project, env);
    const result = commit('a copy');
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/playbooks\/another\.yaml\n.*is already taken by the playbook at playbooks\/order-status\.yaml.*duplicate-id/);
    expect(commits()).toBe('2');
  }, 120_000);
});

describe('docs/ci.md', () => {
  it('names the release tag of this version in its pre-commit example, and hooks this repository offers', () => {
    const text = readFileSync(path.join(repoRoot, 'docs/ci.md'), 'utf8');
    const example = text.match(/## pre-commit[\s\S]*?```yaml\n([\s\S]*?)```/)![1]!;
    const config = parseYaml(example) as { repos: { rev: string; hooks: { id: string }[] }[] };
    const ids = (parseYaml(readFileSync(path.join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string }[]).map((hook) => hook.id);
    expect(config.repos[0]!.rev).toBe(`v${version}`);
    for (const hook of config.repos[0]!.hooks) expect(ids).toContain(hook.id);
  });
});
