#!/usr/bin/env node
// Tags a release that installs from git without a build: `node scripts/tag-release.mjs [--no-build] [vX.Y.Z]`.
//
// The tag points at a commit of its own, made beside the branch (the branch and the work tree are left as
// they are): the branch's tree plus the built dist/, with a package.json that has no `prepare` script and no
// devDependencies. pre-commit installs a node hook by running `npm install` and `npm pack` in a clone at the
// tag, then `npm install -g` of the tarball; a `prepare` that needs tsc fails where npm leaves devDependencies
// out, and its banner on stdout becomes the tarball name pre-commit reads. From the tag, neither happens.
// The major tag (v0) is moved to the same commit, for `uses: servicebook/servicebook@v0` (docs/ci.md).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const build = !args.includes('--no-build');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const tag = args.find((arg) => !arg.startsWith('--')) ?? `v${pkg.version}`;

function git(gitArgs, options = {}) {
  return execFileSync('git', gitArgs, { cwd: root, encoding: 'utf8', stdio: ['pipe', 'pipe', 'inherit'], ...options }).trim();
}

function fail(message) {
  process.stderr.write(`tag-release: ${message}\n`);
  process.exit(2);
}

if (!/^v\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(tag)) fail(`"${tag}" is not a version tag (vX.Y.Z)`);
if (tag !== `v${pkg.version}`) fail(`the tag ${tag} is not package.json's version (${pkg.version}): bump the version first`);
if (git(['status', '--porcelain', '--untracked-files=no'])) fail('the work tree has uncommitted changes: the tag would not hold what was built');
if (build) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 2, 2] });

// A package.json for the tag: what a user's install runs, without what only a developer's needs.
const { prepare: _prepare, ...scripts } = pkg.scripts ?? {};
const { devDependencies: _dev, ...released } = { ...pkg, scripts };
const manifest = `${JSON.stringify(released, null, 2)}\n`;

const scratch = mkdtempSync(path.join(tmpdir(), 'servicebook-release-'));
try {
  const env = { ...process.env, GIT_INDEX_FILE: path.join(scratch, 'index') };
  git(['read-tree', 'HEAD'], { env });
  git(['add', '--force', '--', 'dist'], { env });
  const blob = git(['hash-object', '-w', '--stdin'], { input: manifest });
  git(['update-index', '--cacheinfo', `100644,${blob},package.json`], { env });
  // The lockfile names the devDependencies too: without it, npm resolves the dependencies from package.json.
  git(['rm', '--cached', '--quiet', '--ignore-unmatch', '--', 'package-lock.json'], { env });
  const tree = git(['write-tree'], { env });
  const commit = git(['commit-tree', tree, '-p', 'HEAD', '-m', `Release ${tag}: the built dist/, no build at install`]);
  git(['tag', '--annotate', '--message', `servicebook ${tag}`, tag, commit]);
  const major = tag.replace(/\..*$/, '');
  git(['tag', '--force', major, commit]);
  process.stdout.write(`${tag} (and ${major}) → ${commit}\n`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
