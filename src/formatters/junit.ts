/**
 * JUnit XML (FORMAT.md §5): <testsuites> with one <testsuite name="servicebook">, one <testcase> per
 * linted file, clean files included, so a CI shows what was checked and not only what failed.
 *
 * A file with errors gets exactly one <failure> listing all of them: the Ant JUnit schema allows one
 * per testcase, Jenkins reads only the first and GitLab shows one per test, so several would hide
 * problems. Jenkins shows the message attribute (the error, or the count and the first) as
 * "Error Message" and the body (every error, one per line) as the details; GitLab shows the body. Warnings never fail a testcase: they go to <system-out>, which both show.
 */
import { countBySeverity, type FileResult, type Finding } from '../core/findings.js';
import type { Lang } from '../core/language.js';
import type { Formatter } from './types.js';

const words: Record<Lang, { error: string; warning: string; errors: (n: number) => string }> = {
  en: { error: 'error', warning: 'warning', errors: (n) => `${n} errors` },
  ko: { error: '오류', warning: '경고', errors: (n) => `오류 ${n}개` },
};

const junit: Formatter = (results, context) => {
  const text = words[context.lang];
  const failed = results.filter((result) => countBySeverity(result.findings).errors > 0).length;
  const counts = `tests="${results.length}" failures="${failed}" errors="0"`;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="servicebook" ${counts}>`,
    `  <testsuite name="servicebook" ${counts}>`,
  ];
  for (const result of results) {
    const errors = result.findings.filter((finding) => finding.severity === 'error');
    const warnings = result.findings.filter((finding) => finding.severity !== 'error');
    const open = `    <testcase name="${attribute(result.filePath)}" classname="${attribute(classnameOf(result.filePath))}"`;
    if (errors.length === 0 && warnings.length === 0) {
      out.push(`${open}/>`);
      continue;
    }
    out.push(`${open}>`);
    if (errors.length > 0) {
      const lines = errors.map((finding) => findingLine(result, finding, text.error));
      const message = errors.length === 1 ? errors[0]!.message : `${text.errors(errors.length)}: ${errors[0]!.message}`;
      out.push(`      <failure message="${attribute(message)}" type="${attribute(failureType(errors))}">${body(lines)}</failure>`);
    }
    if (warnings.length > 0) {
      out.push(`      <system-out>${body(warnings.map((finding) => findingLine(result, finding, text.warning)))}</system-out>`);
    }
    out.push('    </testcase>');
  }
  out.push('  </testsuite>', '</testsuites>', '');
  return out.join('\n');
};

/** `path:line:col: severity message (rule)`, the shape editors and CI logs turn into links. */
function findingLine(result: FileResult, finding: Finding, severity: string): string {
  const rule = finding.ruleId === null ? '' : ` (${finding.ruleId})`;
  return `${result.filePath}:${finding.line}:${finding.column}: ${severity} ${finding.message}${rule}`;
}

/** The rule id when one rule failed the file, else the generic kind. */
function failureType(errors: readonly Finding[]): string {
  const ids = new Set(errors.map((finding) => finding.ruleId));
  const [only] = ids;
  return ids.size === 1 && typeof only === 'string' ? only : 'servicebook';
}

/** Jenkins splits classname at dots into package and class: the file's folder becomes the package. */
function classnameOf(filePath: string): string {
  const folders = filePath.split(/[\\/]/).slice(0, -1);
  const names = folders.filter((folder) => folder !== '' && folder !== '.' && folder !== '..');
  return ['servicebook', ...names.map((name) => name.replaceAll('.', '_'))].join('.');
}

function body(lines: readonly string[]): string {
  return `\n${lines.map(textContent).join('\n')}\n      `;
}

// XML 1.0 has no way to write these, not even as character references.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** A carriage return as a reference too: parsers turn a literal one into a newline. */
function textContent(value: string): string {
  return value
    .replace(NOT_XML_CHAR, '\uFFFD')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('\r', '&#13;');
}

/** Whitespace as character references, since a parser would turn a literal newline in an attribute into a space. */
function attribute(value: string): string {
  return textContent(value)
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')
    .replaceAll('\t', '&#9;')
    .replaceAll('\n', '&#10;');
}

export default junit;
