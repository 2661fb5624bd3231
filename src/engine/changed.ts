/**
 * `--changed-since REF` (FORMAT.md §4): the files that `git diff --name-only --diff-filter=ACMR REF` lists —
 * the working tree against REF, so uncommitted edits count — asked of the real git, as absolute real paths.
 */
import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { usage } from '../core/messages.js';

function git(args: readonly string[], cwd: string) {
  // LC_ALL=C: git's own words stay English, whatever the user's locale; -c core.quotepath: names as they are.
  const result = spawnSync('git', ['-c', 'core.quotepath=off', ...args], { cwd, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' }, maxBuffer: 64 * 1024 * 1024 });
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? usage('noGit') : usage('gitFailed', { reason: result.error.message }));
  }
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr.trim() };
}

/** The real paths of the files changed since `ref`, in the repository that holds `cwd`. */
export function changedFiles(ref: string, cwd: string): Set<string> {
  const top = git(['rev-parse', '--show-toplevel'], cwd);
  if (top.status !== 0) throw new UsageError(usage('notInGit', { dir: cwd }));
  const root = top.stdout.trim();
  // A ref that starts with "-" would be read as an option: it names no commit.
  const known = !ref.startsWith('-') && git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], cwd).status === 0;
  if (!known) throw new UsageError(usage('unknownRef', { ref }));
  const diff = git(['diff', '--name-only', '--diff-filter=ACMR', '-z', '--no-ext-diff', ref, '--'], root);
  if (diff.status !== 0) throw new UsageError(usage('gitFailed', { reason: diff.stderr.split('\n')[0] ?? '' }));
  const names = diff.stdout.split('\0').filter((name) => name !== '');
  return new Set(names.map((name) => realPath(path.join(root, name))));
}

export function realPath(absolutePath: string): string {
  try {
    return realpathSync.native(absolutePath);
  } catch {
    return absolutePath;
  }
}
