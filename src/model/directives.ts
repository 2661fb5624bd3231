/** Suppression comments (FORMAT.md §3): `# servicebook-disable-next-line RULE[, RULE] -- reason`. */
import type { Range } from '../core/findings.js';

export interface Directive extends Range {
  scope: 'next-line' | 'document';
  ruleIds: string[];
  reason: string;
  /** For next-line: the line it covers (the next line that is neither blank nor a comment). */
  targetLine: number;
}

const DIRECTIVE = /^(\s*)#\s*servicebook-(disable-next-line|disable)(?=\s|$)([^\n]*)$/;

export function parseDirectives(text: string): Directive[] {
  if (!text.includes('servicebook-disable')) return [];
  const lines = text.split(/\r?\n/);
  const directives: Directive[] = [];
  for (const [i, line] of lines.entries()) {
    const match = DIRECTIVE.exec(line);
    if (!match) continue;
    const [, indent = '', keyword, rest = ''] = match;
    const [ruleList = '', ...reasonParts] = rest.split(/\s--\s?/);
    const ruleIds = ruleList.split(/[\s,]+/).filter(Boolean);
    const targetLine = nextContentLine(lines, i + 1);
    directives.push({
      scope: keyword === 'disable' ? 'document' : 'next-line',
      ruleIds,
      reason: reasonParts.join(' -- ').trim(),
      targetLine,
      line: i + 1,
      column: indent.length + 1,
      endLine: i + 1,
      endColumn: line.trimEnd().length + 1,
    });
  }
  return directives;
}

function nextContentLine(lines: string[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const trimmed = lines[i]?.trim() ?? '';
    if (trimmed !== '' && !trimmed.startsWith('#')) return i + 1;
  }
  return lines.length + 1;
}
