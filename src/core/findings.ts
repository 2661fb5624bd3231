/** What rules and checks report, and the one position shape used everywhere. */

export type Severity = 'error' | 'warn';

/** The name machine formats give an unused disable comment, whose ruleId is null (as ESLint does). */
export const UNUSED_DISABLE_RULE_ID = 'unused-disable-directive';

/** A path into a document's data, as rules and schema errors name it: ['scenarios', 0, 'scripts', 'chat']. */
export type DataPath = readonly (string | number)[];

/** 1-based; endColumn is the column just after the last character, as ESLint reports it. */
export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** One place on a path that a finding walks through (required-steps shows the path that skips a kind). */
export interface FlowLocation extends Range {
  message: string;
}

export interface Finding extends Range {
  /** null only for directive problems (an unused disable comment), as ESLint does. */
  ruleId: string | null;
  severity: Severity;
  message: string;
  messageId?: string;
  data?: Record<string, string | number>;
  /** The steps of a path, for SARIF codeFlows. */
  flow?: FlowLocation[];
  /** A certain correction: the file's text[range[0], range[1]) (UTF-16 code units of the file as read) becomes `text`. */
  fix?: Fix;
}

export interface Fix {
  range: [number, number];
  text: string;
}

export interface FileResult {
  filePath: string;
  findings: Finding[];
}

export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const finding of findings) if (finding.severity === 'error') errors++;
  return { errors, warnings: findings.length - errors };
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    (a.ruleId ?? '').localeCompare(b.ruleId ?? '') ||
    a.message.localeCompare(b.message)
  );
}

export function formatPath(path: DataPath): string {
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`)).join('').replace(/^\./, '');
}
