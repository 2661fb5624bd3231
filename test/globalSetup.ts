import { execFileSync } from 'node:child_process';

/** The process-level tests run bin/servicebook.js, which runs dist/: build it once, fresh. */
export default function setup(): void {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
