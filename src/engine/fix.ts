/**
 * `lint --fix`: the findings' fixes applied to the text as read, every other byte kept. Pure, but for the one
 * function that writes a file; the command decides when to call it.
 */
import { openSync, readSync, closeSync } from 'node:fs';
import { createTwoFilesPatch } from 'diff';
import type { Finding } from '../core/findings.js';
import { parseSource } from '../model/load.js';
import { writeFileAtomic } from './io.js';

/**
 * The text with the fixes of `findings` applied, from the first; a fix that overlaps one already taken waits for
 * the next run (as ESLint does). `fixed` holds the findings whose fix was applied.
 */
export function applyFixes(text: string, findings: readonly Finding[]): { text: string; fixed: Finding[] } {
  const fixable = findings.filter((finding) => finding.fix !== undefined).sort((a, b) => a.fix!.range[0] - b.fix!.range[0] || a.fix!.range[1] - b.fix!.range[1]);
  const fixed: Finding[] = [];
  const parts: string[] = [];
  let at = 0;
  for (const finding of fixable) {
    const [start, end] = finding.fix!.range;
    if (start < at || end > text.length || start > end) continue;
    parts.push(text.slice(at, start), finding.fix!.text);
    at = end;
    fixed.push(finding);
  }
  if (fixed.length === 0) return { text, fixed };
  parts.push(text.slice(at));
  return { text: parts.join(''), fixed };
}

/**
 * Whether the fixed text reads as the same documents apart from strings: the same keys, lists and values
 * everywhere, only some strings changed. A fix that would change anything else is not written.
 */
export function sameShape(before: string, after: string): boolean {
  const [a, b] = [parseSource('before', before), parseSource('after', after)];
  if (b.syntaxFindings.length !== a.syntaxFindings.length || a.documents.length !== b.documents.length) return false;
  return a.documents.every((document, index) => shapeMatches(document.value, b.documents[index]!.value));
}

function shapeMatches(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' || typeof b === 'string') return typeof a === typeof b;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => shapeMatches(item, b[index]));
  }
  if (a !== null && typeof a === 'object' && b !== null && typeof b === 'object') {
    const [keysA, keysB] = [Object.keys(a), Object.keys(b)];
    return keysA.length === keysB.length && keysA.every((key, index) => key === keysB[index] && shapeMatches((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
  }
  return Object.is(a, b);
}

/** A unified diff of one file's fix, as `--fix-dry-run` prints it. */
export function fixDiff(filePath: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${filePath}`, `b/${filePath}`, before, after, undefined, undefined, { context: 3 }).replace(/^[\s\S]*?(?=^--- )/m, '');
}

/** Writes the fixed text in place of the file, atomically, keeping the byte-order mark it was read without. */
export function writeFixed(absolutePath: string, text: string): void {
  writeFileAtomic(absolutePath, hasBom(absolutePath) ? `\uFEFF${text}` : text);
}

function hasBom(absolutePath: string): boolean {
  const head = Buffer.alloc(3);
  const fd = openSync(absolutePath, 'r');
  try {
    readSync(fd, head, 0, 3, 0);
  } finally {
    closeSync(fd);
  }
  return head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
}
