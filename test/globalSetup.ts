import { execFileSync } from 'node:child_process';

/** The process-level tests run bin/servicebook.js, which runs dist/: build it once, fresh (validators included). */
export default function setup(): void {
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
}
