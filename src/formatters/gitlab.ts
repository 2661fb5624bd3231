/**
 * GitLab's Code Quality report (FORMAT.md §5): a JSON array of issues that the merge request widget shows and
 * compares with the target branch's by `fingerprint`. The fingerprint is a hash of the rule, the file, what
 * the finding says (its message id and data, language-free where the rule gives them) and its occurrence
 * among the same in that file, never the line: a finding keeps its fingerprint when lines above it move.
 */
import { createHash } from 'node:crypto';
import { UNUSED_DISABLE_RULE_ID, type Finding } from '../core/findings.js';
import type { Formatter } from './types.js';

interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'major' | 'minor';
  location: { path: string; lines: { begin: number } };
}

const gitlab: Formatter = (results) => {
  const issues: CodeQualityIssue[] = [];
  for (const result of results) {
    const path = result.filePath.replaceAll('\\', '/').replace(/^(\.\/)+/, '');
    const seen = new Map<string, number>();
    for (const finding of result.findings) {
      const checkName = finding.ruleId ?? UNUSED_DISABLE_RULE_ID;
      const identity = JSON.stringify([checkName, path, finding.messageId ?? finding.message, sortedData(finding)]);
      const occurrence = seen.get(identity) ?? 0;
      seen.set(identity, occurrence + 1);
      issues.push({
        description: `${finding.message} (${checkName})`,
        check_name: checkName,
        fingerprint: createHash('sha256').update(`${identity}#${occurrence}`).digest('hex').slice(0, 32),
        severity: finding.severity === 'error' ? 'major' : 'minor',
        location: { path, lines: { begin: finding.line } },
      });
    }
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
};

/** The finding's data without the places it names (duplicate-id's "line 12", "a.yaml:12"): those move with lines. */
function sortedData(finding: Finding): [string, string | number][] {
  if (!finding.messageId || !finding.data) return [];
  return Object.entries(finding.data)
    .filter(([key]) => key !== 'line' && key !== 'column')
    .map(([key, value]): [string, string | number] => [key, typeof value === 'string' ? value.replace(/(:\d+)+$/, '') : value])
    .sort(([a], [b]) => (a < b ? -1 : 1));
}

export default gitlab;
