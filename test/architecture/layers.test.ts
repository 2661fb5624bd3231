/** The layout of docs/architecture.md, checked from the import statements: layers import downward only, no cycles. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../src/', import.meta.url));

/** Lower numbers sit lower; a file may import its own layer and those below it. Edges do not import each other. */
const LAYERS: Record<string, number> = {
  core: 0,
  model: 1,
  rules: 2,
  engine: 3,
  formatters: 4,
  render: 5,
  walk: 5,
  export: 5,
  cli: 6,
  '.': 7,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'";]*?from\s+'(\.{1,2}\/[^']+)'|import\(\s*'(\.{1,2}\/[^']+)'\s*\)/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((match) => path.resolve(path.dirname(file), (match[1] ?? match[2])!).replace(/\.js$/, '.ts'));
}

const layerOf = (file: string) => path.relative(src, file).split(path.sep).slice(0, -1)[0] ?? '.';
const files = sourceFiles(src);
const graph = new Map(files.map((file) => [file, importsOf(file)]));
const name = (file: string) => path.relative(src, file);

describe('src/ layout', () => {
  it('keeps at most three files at the root of src/', () => {
    expect(files.filter((file) => layerOf(file) === '.').map(name).sort()).toEqual(['cli.ts', 'index.ts']);
  });

  it('puts every folder in a known layer', () => {
    expect([...new Set(files.map(layerOf))].filter((layer) => !(layer in LAYERS))).toEqual([]);
  });

  it('imports only files that exist', () => {
    const missing = files.flatMap((file) => graph.get(file)!.filter((target) => !graph.has(target)).map((target) => `${name(file)} → ${target}`));
    expect(missing).toEqual([]);
  });

  it('imports downward only, and no edge imports another edge', () => {
    const upward = files.flatMap((file) =>
      graph.get(file)!
        .filter((target) => {
          const from = layerOf(file);
          const to = layerOf(target);
          return from !== to && LAYERS[to]! >= LAYERS[from]!;
        })
        .map((target) => `${name(file)} → ${name(target)}`),
    );
    expect(upward).toEqual([]);
  });

  it('has no import cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].map(name).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const target of graph.get(file) ?? []) visit(target, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
