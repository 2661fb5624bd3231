/**
 * SARIF 2.1.0 (FORMAT.md §5), for GitHub code scanning, Azure DevOps and the VS Code SARIF viewer.
 * One run; every rule in tool.driver.rules, whether it fired or not; no timestamps, so the same
 * results and context give the same bytes.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { UNUSED_DISABLE_RULE_ID, type FileResult, type Finding, type Range } from '../core/findings.js';
import type { Rule } from '../rules/types.js';
import type { Formatter } from './types.js';

const SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/servicebook/servicebook';
const RULE_DOCS_URI = `${INFORMATION_URI}/blob/main/docs/rules`;
const SRCROOT = '%SRCROOT%';

/**
 * Unused disable comments come with ruleId null (as in ESLint). Code scanning groups alerts by rule,
 * so they get a descriptor of their own, listed after the real rules.
 */


const unusedDisableDescriptor = {
  id: UNUSED_DISABLE_RULE_ID,
  shortDescription: { text: 'A servicebook-disable comment suppresses no problem.' },
  fullDescription: {
    text: 'A servicebook-disable comment suppresses no problem (reported with --report-unused-disables). Remove it, or fix the rule id it names.',
  },
  help: helpOf('A servicebook-disable comment suppresses no problem: remove it, or fix the rule id it names.', {
    bad: '# servicebook-disable-next-line risky-promise -- 법무팀 승인 문구\nsay: 영업일 기준 3~5일 안에 환불됩니다.',
    good: 'say: 영업일 기준 3~5일 안에 환불됩니다.',
  }),
  defaultConfiguration: { level: 'error' },
};

const sarif: Formatter = (results, context) => {
  const ruleIndex = new Map(context.rules.map((rule, index) => [rule.id, index]));
  ruleIndex.set(UNUSED_DISABLE_RULE_ID, context.rules.length);
  const artifactIndex = new Map(results.map((result, index) => [result.filePath, index]));
  const all = fingerprinted(results);
  const kept = all.length > MAX_RESULTS ? errorsFirst(all).slice(0, MAX_RESULTS) : all;

  const log = {
    $schema: SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'servicebook',
            version: context.version,
            informationUri: INFORMATION_URI,
            rules: [...context.rules.map(ruleDescriptor), unusedDisableDescriptor],
          },
        },
        // Only with an absolute cwd: resolving a relative one would read the process's directory.
        ...(path.isAbsolute(context.cwd) ? { originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(context.cwd) } } } : {}),
        artifacts: results.map((result) => ({ location: artifactLocation(result.filePath) })),
        results: kept.map(({ filePath, finding, fingerprint }) => {
          const location = { ...artifactLocation(filePath), index: artifactIndex.get(filePath) };
          return { ...sarifResult(finding, location, ruleIndex), partialFingerprints: fingerprint };
        }),
        ...(all.length > kept.length ? { invocations: [capNote(all.length)] } : {}),
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

/** GitHub code scanning refuses a run of more than 25,000 results: a report keeps that many, errors first. */
export const MAX_RESULTS = 25_000;

interface Fingerprinted {
  filePath: string;
  finding: Finding;
  fingerprint: Record<string, string>;
}

/**
 * Every finding with partialFingerprints that stay the same from run to run while the finding stays, wherever
 * its line moves: a hash of the rule, the file and what the finding says (its messageId and data, which do not
 * change with the language of the run, without the line numbers some messages name), and which occurrence of
 * that it is in the file. Two findings on one line stay two alerts. `primaryLocationLineHash` is the key GitHub
 * reads (upload-sarif would otherwise compute one from the line's text); `servicebook/v1` is the same, named.
 */
function fingerprinted(results: readonly FileResult[]): Fingerprinted[] {
  return results.flatMap((result) => {
    const occurrences = new Map<string, number>();
    return result.findings.map((finding) => {
      const key = JSON.stringify([finding.ruleId, result.filePath.replaceAll('\\', '/'), ...whatItSays(finding)]);
      const occurrence = (occurrences.get(key) ?? 0) + 1;
      occurrences.set(key, occurrence);
      const hash = createHash('sha256').update(`${key}\0${occurrence}`).digest('hex');
      return { filePath: result.filePath, finding, fingerprint: { primaryLocationLineHash: `${hash.slice(0, 16)}:${occurrence}`, 'servicebook/v1': hash } };
    });
  });
}

/** What a finding says, without where it is: line numbers (and ordinals) named in its data or its text are left out. */
function whatItSays(finding: Finding): unknown[] {
  if (finding.messageId === undefined) return [finding.message.replace(/\d+:\d+|\b(?:line|lines|column)\s+\d+|\d+\s*(?:행|열)/gi, '#')];
  const data = Object.entries(finding.data ?? {})
    .filter(([name]) => !/line$/i.test(name) && name !== 'number') // where the other one is: a line, a step's ordinal
    .map(([name, value]) => [name, typeof value === 'string' ? value.replace(/:\d+$/, '') : value])
    .sort(([a], [b]) => String(a).localeCompare(String(b)));
  return [finding.messageId, data];
}

function errorsFirst(all: readonly Fingerprinted[]): Fingerprinted[] {
  return [...all.filter(({ finding }) => finding.severity === 'error'), ...all.filter(({ finding }) => finding.severity !== 'error')];
}

/** The note a capped report carries, where SARIF viewers and code scanning show a tool's notifications. */
function capNote(total: number) {
  const text =
    `servicebook found ${total.toLocaleString('en-US')} problems; this report holds ${MAX_RESULTS.toLocaleString('en-US')} of them (errors first), ` +
    'the most GitHub code scanning takes in one run. Run `servicebook lint` (or --format json) for every one.';
  return { executionSuccessful: true, toolExecutionNotifications: [{ level: 'warning', message: { text } }] };
}

function ruleDescriptor(rule: Rule) {
  return {
    id: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.description },
    help: helpOf(rule.description, rule.examples),
    helpUri: `${RULE_DOCS_URI}/${rule.id}.md`,
    defaultConfiguration: { level: levelOf(rule.severity) },
  };
}

function sarifResult(finding: Finding, artifact: ReturnType<typeof artifactLocation>, ruleIndex: ReadonlyMap<string, number>) {
  const ruleId = finding.ruleId ?? UNUSED_DISABLE_RULE_ID;
  const index = ruleIndex.get(ruleId);
  const physicalLocation = (range: Range) => ({ artifactLocation: artifact, region: regionOf(range) });
  return {
    ruleId,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: levelOf(finding.severity),
    message: { text: finding.message },
    locations: [{ physicalLocation: physicalLocation(finding) }],
    ...(finding.flow && finding.flow.length > 0
      ? {
          codeFlows: [
            {
              threadFlows: [
                {
                  locations: finding.flow.map((place) => ({
                    location: { physicalLocation: physicalLocation(place), message: { text: place.message } },
                  })),
                },
              ],
            },
          ],
        }
      : {}),
    ...(finding.fix
      ? {
          fixes: [
            {
              description: { text: `Replace with "${finding.fix.text}"` },
              artifactChanges: [
                {
                  artifactLocation: artifact,
                  replacements: [
                    {
                      deletedRegion: { charOffset: finding.fix.range[0], charLength: finding.fix.range[1] - finding.fix.range[0] },
                      insertedContent: { text: finding.fix.text },
                    },
                  ],
                },
              ],
            },
          ],
        }
      : {}),
  };
}

function regionOf(range: Range) {
  return { startLine: range.line, startColumn: range.column, endLine: range.endLine, endColumn: range.endColumn };
}

function levelOf(severity: Finding['severity']): 'error' | 'warning' {
  return severity === 'error' ? 'error' : 'warning';
}

/** Relative paths stay relative (to %SRCROOT%, the cwd); absolute ones become file URLs. */
function artifactLocation(filePath: string): { uri: string; uriBaseId?: string } {
  if (path.isAbsolute(filePath)) return { uri: pathToFileURL(filePath).href };
  const uri = filePath.replaceAll('\\', '/').split('/').map(encodeURIComponent).join('/');
  return { uri, uriBaseId: SRCROOT };
}

function directoryUri(directory: string): string {
  const href = pathToFileURL(directory).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function helpOf(description: string, examples: Rule['examples']) {
  const indent = (code: string) => code.replace(/^/gm, '    ');
  return {
    text: `${description}\n\nBad:\n${indent(examples.bad)}\n\nGood:\n${indent(examples.good)}`,
    markdown: `${description}\n\nBad:\n\n${fenced(examples.bad)}\n\nGood:\n\n${fenced(examples.good)}`,
  };
}

/** A fence longer than any run of backticks in the code, so an example cannot close it. */
function fenced(code: string): string {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}yaml\n${code}\n${fence}`;
}

export default sarif;
