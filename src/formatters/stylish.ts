/** Grouped by file, columns aligned by display width so Hangul lines up, a closing summary. */
import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import { countBySeverity } from '../core/findings.js';
import type { Lang } from '../core/language.js';
import type { FormatContext, Formatter } from './types.js';

const words: Record<
  Lang,
  { error: string; warning: string; problems: (n: number, e: number, w: number) => string; suppressed: (n: number, file: string) => string; unused: (n: number) => string }
> = {
  en: {
    error: 'error',
    warning: 'warning',
    problems: (n, e, w) => `${n} problem${n === 1 ? '' : 's'} (${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'})`,
    suppressed: (n, file) => `${n} problem${n === 1 ? '' : 's'} suppressed by the baseline (${file})`,
    unused: (n) => `${n} recorded count${n === 1 ? ' no longer occurs' : 's no longer occur'}: run \`servicebook lint --prune-suppressions\``,
  },
  ko: {
    error: '오류',
    warning: '경고',
    problems: (n, e, w) => `문제 ${n}개 (오류 ${e}개, 경고 ${w}개)`,
    suppressed: (n, file) => `기준선(${file})으로 억제한 문제 ${n}개는 보고하지 않았습니다`,
    unused: (n) => `기록된 개수 ${n}건은 더 이상 나오지 않습니다. \`servicebook lint --prune-suppressions\`를 실행하세요`,
  },
};

const stylish: Formatter = (results, context) => {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const text = words[context.lang];
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    if (result.findings.length === 0) continue;
    const counts = countBySeverity(result.findings);
    errors += counts.errors;
    warnings += counts.warnings;
    const rows = result.findings.map((finding) => [
      `${finding.line}:${finding.column}`,
      finding.severity === 'error' ? text.error : text.warning,
      finding.message,
      finding.ruleId ?? '',
    ]);
    const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => stringWidth(row[column]!))));
    out.push(chalk.underline(result.filePath));
    for (const [i, row] of rows.entries()) {
      const [position, severity, message, ruleId] = row.map((cell, column) => pad(cell, widths[column] ?? 0)) as [string, string, string, string];
      const paint = result.findings[i]!.severity === 'error' ? chalk.red : chalk.yellow;
      out.push(`  ${chalk.dim(position)}  ${paint(severity)}  ${message}  ${chalk.dim(ruleId.trimEnd())}`.trimEnd());
    }
    out.push('');
  }
  const total = errors + warnings;
  const notes = baselineNotes(context.baseline, text);
  if (total === 0) return notes.length === 0 ? '' : `${notes.map((note) => chalk.dim(note)).join('\n')}\n`;
  const summary = `✖ ${text.problems(total, errors, warnings)}`;
  out.push(errors > 0 ? chalk.red.bold(summary) : chalk.yellow.bold(summary), ...notes.map((note) => chalk.dim(note)), '');
  return out.join('\n');
};

/** What the baseline left out, so that a clean run on a library with a baseline says it is not all clean. */
function baselineNotes(baseline: FormatContext['baseline'], text: (typeof words)[Lang]): string[] {
  if (!baseline) return [];
  const notes: string[] = [];
  if (baseline.suppressed > 0) notes.push(text.suppressed(baseline.suppressed, baseline.file));
  if (baseline.unused > 0) notes.push(text.unused(baseline.unused));
  return notes;
}

function pad(cell: string, width: number): string {
  return cell + ' '.repeat(Math.max(0, width - stringWidth(cell)));
}

export default stylish;
