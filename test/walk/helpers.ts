/** Shared by the walk tests: the fixture project, a fake clock, an in-process Io. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Io } from '../../src/engine/io.js';
import { loadProject } from '../../src/engine/lint.js';
import type { Playbook } from '../../src/model/types.js';
import type { DocumentRef } from '../../src/rules/types.js';

export const fixtureDir = fileURLToPath(new URL('../fixtures/walk/', import.meta.url));

/** The fixture playbooks, parsed and schema-checked as the CLI reads them. */
export function fixturePlaybooks(): DocumentRef<Playbook>[] {
  const folder = path.join(fixtureDir, 'playbooks');
  const inputs = readdirSync(folder)
    .sort()
    .map((name) => ({ filePath: `playbooks/${name}`, text: readFileSync(path.join(folder, name), 'utf8') }));
  return loadProject(inputs).playbooks;
}

export function fixturePlaybook(id: string): Playbook {
  const found = fixturePlaybooks().find((ref) => ref.data.id === id);
  if (!found) throw new Error(`no fixture playbook ${id}`);
  return found.data;
}

/** A clock the test moves; each call to `tick` advances it. */
export function fakeClock(start = Date.UTC(2026, 0, 14, 9, 0, 0)) {
  let now = start;
  const clock = () => now;
  clock.tick = (seconds: number) => void (now += seconds * 1000);
  return clock;
}

export interface CapturedIo extends Io {
  out: string;
  err: string;
}

export function capturedIo(options: { cwd?: string; stdinIsTTY?: boolean; env?: Record<string, string> } = {}): CapturedIo {
  const io: CapturedIo = {
    out: '',
    err: '',
    stdout: (text) => void (io.out += text),
    stderr: (text) => void (io.err += text),
    cwd: options.cwd ?? fixtureDir,
    env: { NO_COLOR: '1', LANG: 'ko_KR.UTF-8', ...options.env },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: options.stdinIsTTY ?? false,
  };
  return io;
}
