/**
 * A run given some files of a project that has a config (a pre-commit hook, `--changed-since`, an editor): the
 * rules across files still read every playbook and manual of the include, and report only in the files given
 * (FORMAT.md §4).
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, runProcess } from './helpers/cli.js';
import { copyInto, tempDir } from './ecosystem/support.js';

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; message: string; line: number }[];
}

const LIBRARY = 'test/fixtures/render/library';

/** The render library (three playbooks, a manual naming them) under playbooks/, with a config. */
function project(config = 'include: ["playbooks/**/*.yaml"]\n'): string {
  const dir = tempDir('subset');
  copyInto(dir, ['billing-double', 'billing-refund', 'delivery-late', 'manual'].map((name): [string, string] => [`${LIBRARY}/${name}.yaml`, `playbooks/${name}.yaml`]));
  writeFileSync(path.join(dir, 'servicebook.yaml'), config);
  return dir;
}

async function lintJson(dir: string, args: string[]): Promise<{ exitCode: number; results: JsonResult[]; stderr: string }> {
  const run = await runInProcess(['lint', '--format', 'json', ...args], { cwd: dir });
  return { exitCode: run.exitCode, results: run.stdout ? (JSON.parse(run.stdout) as JsonResult[]) : [], stderr: run.stderr };
}

const ruleIds = (results: JsonResult[]) => results.flatMap((result) => result.messages.map((message) => `${result.filePath} ${message.ruleId}`));

describe('a run given some files of a project', () => {
  it('the manual alone: its chapters find the playbooks of the include (no unknown-playbook)', async () => {
    const dir = project();
    expect(await lintJson(dir, ['playbooks/manual.yaml'])).toMatchObject({ exitCode: 0, results: [{ filePath: 'playbooks/manual.yaml', messages: [] }] });
  });

  it('the manual alone, naming a playbook that is nowhere: unknown-playbook, with the suggestion from the include', async () => {
    const dir = project();
    const manual = path.join(dir, 'playbooks/manual.yaml');
    writeFileSync(manual, readFileSync(manual, 'utf8').replace('[delivery-late]', '[delivery-lat]'));
    const { exitCode, results } = await lintJson(dir, ['playbooks/manual.yaml']);
    expect(exitCode).toBe(1);
    expect(results).toHaveLength(1);
    expect(results[0]!.messages).toEqual([expect.objectContaining({ ruleId: 'unknown-playbook', message: expect.stringContaining('"delivery-late"') })]);
  });

  it('a new playbook that takes an id of the include: duplicate-id in the file given, naming the other file', async () => {
    const dir = project();
    const copy = readFileSync(path.join(dir, 'playbooks/delivery-late.yaml'), 'utf8');
    // "a-…" sorts before the playbook it copies: in the whole project the copy comes first.
    writeFileSync(path.join(dir, 'playbooks/a-copy.yaml'), copy);
    const { exitCode, results } = await lintJson(dir, ['playbooks/a-copy.yaml']);
    expect(exitCode).toBe(1);
    expect(results.map((result) => result.filePath)).toEqual(['playbooks/a-copy.yaml']);
    expect(results[0]!.messages).toEqual([expect.objectContaining({ ruleId: 'duplicate-id', message: expect.stringContaining('playbooks/delivery-late.yaml:3') })]);
  });

  it('reports nothing in the files not given: a duplicate among them is theirs', async () => {
    const dir = project();
    writeFileSync(path.join(dir, 'playbooks/z-copy.yaml'), readFileSync(path.join(dir, 'playbooks/delivery-late.yaml'), 'utf8'));
    const { exitCode, results } = await lintJson(dir, ['playbooks/billing-refund.yaml']);
    expect(exitCode).toBe(0);
    expect(results.map((result) => result.filePath)).toEqual(['playbooks/billing-refund.yaml']);
    // The whole project has it, in the file that comes second.
    expect(ruleIds((await lintJson(dir, [])).results).filter((id) => id.endsWith('duplicate-id'))).toEqual(['playbooks/z-copy.yaml duplicate-id']);
  });

  it('a file reached through a symlink is not read twice as the rest of the project', async () => {
    const dir = project();
    mkdirSync(path.join(dir, 'elsewhere'));
    symlinkSync(path.join(dir, 'playbooks/delivery-late.yaml'), path.join(dir, 'elsewhere/link.yaml'));
    expect(await lintJson(dir, ['elsewhere/link.yaml'])).toMatchObject({ exitCode: 0, results: [{ filePath: 'elsewhere/link.yaml', messages: [] }] });
  });

  it('without a config file, the files given are the whole run (as before)', async () => {
    const dir = project();
    const { rmSync } = await import('node:fs');
    rmSync(path.join(dir, 'servicebook.yaml'));
    const { exitCode, results } = await lintJson(dir, ['playbooks/manual.yaml']);
    expect(exitCode).toBe(1);
    expect(results[0]!.messages.every((message) => message.ruleId === 'unknown-playbook')).toBe(true);
  });

  it('the same with --cache and with --jobs 2 (the built binary: its threads run the bundle)', () => {
    const dir = project();
    writeFileSync(path.join(dir, 'playbooks/a-copy.yaml'), readFileSync(path.join(dir, 'playbooks/delivery-late.yaml'), 'utf8'));
    for (const options of [['--cache', '--cache-location', path.join(dir, 'cache.json')], ['--jobs', '2']]) {
      for (let run = 0; run < 2; run++) {
        const { exitCode, stdout } = runProcess(['lint', '--format', 'json', ...options, 'playbooks/a-copy.yaml', 'playbooks/manual.yaml'], { cwd: dir });
        expect({ options, exitCode, ids: ruleIds(JSON.parse(stdout) as JsonResult[]) }).toEqual({ options, exitCode: 1, ids: ['playbooks/a-copy.yaml duplicate-id'] });
      }
    }
  });

  it('validate reads nothing more than the files given', async () => {
    const dir = project();
    writeFileSync(path.join(dir, 'playbooks/broken.yaml'), 'kind: playbook\nformat: 1\n');
    const run = await runInProcess(['validate', '--format', 'json', 'playbooks/manual.yaml'], { cwd: dir });
    expect(run.exitCode).toBe(0);
    expect((JSON.parse(run.stdout) as JsonResult[]).map((result) => result.filePath)).toEqual(['playbooks/manual.yaml']);
  });
});

describe('--only-included', () => {
  it('checks only the files given that the include selects, with the rest of the include behind them', async () => {
    const dir = project();
    writeFileSync(path.join(dir, '.gitlab-ci.yml'), 'servicebook:\n  script: [npx servicebook lint]\n');
    writeFileSync(path.join(dir, 'docker-compose.yaml'), 'services: {}\n');
    const { exitCode, results } = await lintJson(dir, ['--only-included', '.gitlab-ci.yml', 'docker-compose.yaml', 'playbooks/manual.yaml']);
    expect(exitCode).toBe(0);
    expect(results.map((result) => result.filePath)).toEqual(['playbooks/manual.yaml']);
  });

  it('with no file of the include among them: nothing to check, exit 0', async () => {
    const dir = project();
    writeFileSync(path.join(dir, '.gitlab-ci.yml'), 'servicebook:\n  script: [npx servicebook lint]\n');
    expect(await lintJson(dir, ['--only-included', '.gitlab-ci.yml'])).toMatchObject({ exitCode: 0, results: [] });
  });

  it('follows the exclude too', async () => {
    const dir = project('include: ["playbooks/**/*.yaml"]\nexclude: ["playbooks/billing-*.yaml"]\n');
    writeFileSync(path.join(dir, 'playbooks/billing-broken.yaml'), 'kind: playbook\nformat: 1\n');
    const { results } = await lintJson(dir, ['--only-included', 'playbooks/billing-broken.yaml', 'playbooks/delivery-late.yaml']);
    expect(results.map((result) => result.filePath)).toEqual(['playbooks/delivery-late.yaml']);
  });
});

describe('the API given files', () => {
  it('lint({ files }) reads the rest of the include for the rules across files, as the CLI does', async () => {
    const { lint } = await import('../src/index.js');
    const dir = project();
    const [result, ...more] = await lint({ files: ['playbooks/manual.yaml'] }, { cwd: dir });
    expect(more).toEqual([]);
    expect(result).toMatchObject({ filePath: 'playbooks/manual.yaml', findings: [] });
  });
});

describe('the heads of the rest of the project, read without parsing', async () => {
  const { scanPlaybookHeads } = await import('../src/engine/heads.js');
  const { parseSource } = await import('../src/model/load.js');
  const scan = (text: string) => scanPlaybookHeads(Buffer.from(text, 'utf8'))?.heads.map((head) => head.id);

  it('agree with a full parse on every playbook of the repository that the scan reads', async () => {
    const { globSync } = await import('tinyglobby');
    const files = globSync(['playbooks/**/*.yaml', 'test/fixtures/**/*.yaml', 'test/hostile/*.yaml'], { cwd: path.resolve(import.meta.dirname, '..') });
    let read = 0;
    for (const file of files) {
      const bytes = readFileSync(path.resolve(import.meta.dirname, '..', file));
      const scanned = scanPlaybookHeads(bytes);
      if (!scanned) continue;
      read++;
      const parsed = parseSource(file, bytes.toString('utf8'));
      expect({ file, syntax: parsed.syntaxFindings }).toEqual({ file, syntax: [] });
      expect({ file, ids: scanned.heads.map((head) => head.id) }).toEqual({ file, ids: parsed.documents.map((document) => (document.value as { id: string }).id) });
    }
    expect(read).toBeGreaterThan(10);
  });

  it.each([
    ['a flow mapping', '{kind: playbook, id: a}\n'],
    ['an id in a block scalar', 'kind: playbook\nid: >\n  a\n'],
    ['an anchor', 'kind: playbook\nid: &x a\n'],
    ['a tag', 'kind: !!str playbook\nid: a\n'],
    ['a repeated key', 'kind: playbook\nid: a\nid: b\n'],
    ['a manual', 'kind: manual\nid: a\n'],
    ['no kind', 'id: a\n'],
    ['an id that is not kebab-case', 'kind: playbook\nid: Not_Kebab\n'],
    ['a directive', '%YAML 1.2\n---\nkind: playbook\nid: a\n'],
    ['an empty document', 'kind: playbook\nid: a\n---\n---\nkind: playbook\nid: b\n'],
    ['a merge key', 'kind: playbook\nid: a\n<<: *base\n'],
    ['a quoted key', '"kind": playbook\nid: a\n'],
  ])('leave %s to the full check', (_, text) => {
    expect(scan(text)).toBeUndefined();
  });

  it('read several documents, quotes, comments, CRLF and a BOM', () => {
    expect(scan('# head\n---\nkind: playbook   # or: manual\nid: "a-1"\ntitle: \'제목\'\nscenarios:\n  - id: not-this\n---\nkind: playbook\r\nid: b\r\n')).toEqual(['a-1', 'b']);
    expect(scanPlaybookHeads(Buffer.from('\ufeffkind: playbook\r\nid: a\r\n', 'utf8'))).toEqual({ heads: [{ kind: 'playbook', id: 'a', title: '' }], byteLength: 'kind: playbook\r\nid: a\r\n'.length });
  });

  it('a duplicate id against a file read by its head names the line, in a file with a BOM and CRLF', async () => {
    const dir = project();
    const other = readFileSync(path.join(dir, 'playbooks/delivery-late.yaml'), 'utf8').replace(/\n/g, '\r\n');
    writeFileSync(path.join(dir, 'playbooks/delivery-late.yaml'), `\ufeff# 배송\r\n${other}`);
    writeFileSync(path.join(dir, 'playbooks/a-copy.yaml'), readFileSync(path.join(dir, 'playbooks/billing-refund.yaml'), 'utf8').replace(/^id: .*$/m, 'id: delivery-late'));
    const { results } = await lintJson(dir, ['playbooks/a-copy.yaml']);
    expect(results[0]!.messages).toEqual([expect.objectContaining({ ruleId: 'duplicate-id', message: expect.stringContaining('playbooks/delivery-late.yaml:4') })]);
  });
});

describe('--changed-since', () => {
  it('lints the changed manual alone, with the playbooks that did not change behind it', async () => {
    const { execFileSync } = await import('node:child_process');
    const dir = project();
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t.invalid' } });
    git('init', '--quiet');
    git('add', '--all');
    git('commit', '--quiet', '--message', 'library');
    const manual = path.join(dir, 'playbooks/manual.yaml');
    writeFileSync(manual, readFileSync(manual, 'utf8').replace(/^title: (.*)$/m, 'title: $1 (2판)'));
    writeFileSync(path.join(dir, 'playbooks/a-copy.yaml'), readFileSync(path.join(dir, 'playbooks/delivery-late.yaml'), 'utf8'));
    git('add', '--all');
    const { results } = await lintJson(dir, ['--changed-since', 'HEAD']);
    expect(results.map((result) => result.filePath).sort()).toEqual(['playbooks/a-copy.yaml', 'playbooks/manual.yaml']);
    expect(ruleIds(results)).toEqual(['playbooks/a-copy.yaml duplicate-id']);
  });
});
