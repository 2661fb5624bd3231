/** ESLint's JSON formatter shape (FORMAT.md §5). */
import { countBySeverity } from '../core/findings.js';
import type { Formatter } from './types.js';

const json: Formatter = (results) =>
  JSON.stringify(
    results.map((result) => {
      const { errors, warnings } = countBySeverity(result.findings);
      return {
        filePath: result.filePath,
        messages: result.findings.map((finding) => ({
          ruleId: finding.ruleId,
          severity: finding.severity === 'error' ? 2 : 1,
          message: finding.message,
          line: finding.line,
          column: finding.column,
          endLine: finding.endLine,
          endColumn: finding.endColumn,
          ...(finding.fix ? { fix: { range: finding.fix.range, text: finding.fix.text } } : {}),
        })),
        errorCount: errors,
        warningCount: warnings,
      };
    }),
  ) + '\n';

export default json;
