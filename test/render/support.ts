/** Shared by the render tests: fixtures, reading a fixture library, and whether Chromium and poppler are here. */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConfig } from '../../src/model/config.js';
import { loadProject } from '../../src/engine/lint.js';
import type { Manual, Playbook } from '../../src/model/types.js';
import { findChromium } from '../../src/render/pdf.js';

export const fixtures = fileURLToPath(new URL('../fixtures/render/', import.meta.url));
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

const configPath = path.join(fixtures, 'servicebook.yaml');
export const config = parseConfig('servicebook.yaml', readFileSync(configPath, 'utf8'), configPath);

/** The schema-valid documents of a fixture folder, as render sees them. */
export function loadFixture(folder: string): { playbooks: Playbook[]; manual?: Manual } {
  const dir = path.join(fixtures, folder);
  const inputs = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ filePath: name, text: readFileSync(path.join(dir, name), 'utf8') }));
  const project = loadProject(inputs);
  return { playbooks: project.playbooks.map((ref) => ref.data), manual: project.manuals[0]?.data };
}

export const hasChromium = (() => {
  try {
    findChromium(undefined, process.env, process.cwd());
    return true;
  } catch {
    return false;
  }
})();

export const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
