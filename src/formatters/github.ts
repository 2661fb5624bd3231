/**
 * GitHub Actions workflow commands (FORMAT.md §5): one `::error` or `::warning` line per finding, which
 * the runner turns into an annotation on the file; clean files print nothing.
 * Escaping follows @actions/core's command.ts, so a message can never end or forge a command.
 */
import { UNUSED_DISABLE_RULE_ID, type Finding } from '../core/findings.js';
import type { Formatter } from './types.js';

const github: Formatter = (results) => {
  const lines = results.flatMap((result) => result.findings.map((finding) => command(result.filePath, finding)));
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};

/** Exactly the properties FORMAT.md §5 shows (file, line, col); the rule id closes the message. */
function command(filePath: string, finding: Finding): string {
  const properties = [
    ['file', filePath.replaceAll('\\', '/')],
    ['line', finding.line],
    ['col', finding.column],
  ] as const;
  const list = properties.map(([name, value]) => `${name}=${escapeProperty(String(value))}`).join(',');
  const message = `${finding.message} (${finding.ruleId ?? UNUSED_DISABLE_RULE_ID})`;
  return `::${finding.severity === 'error' ? 'error' : 'warning'} ${list}::${escapeData(message)}`;
}

function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

export default github;
