/**
 * Valid files, broken at random: lines deleted, doubled, swapped and re-indented, bytes and YAML indicators inserted,
 * the file cut short. Lint never throws, never hangs, keeps every position inside the file, and both
 * parsers give the same answer. Each run happens in a worker (lint-worker.mjs, on the dist/ that
 * test/globalSetup.ts builds) that is stopped after 5 s: a hang guard, not a speed test.
 */
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { FileResult, Range } from '../../src/core/findings.js';
import { linesOf, playbookArbitrary, SEED, toYaml, yamlStyleArbitrary } from './arbitraries.js';

fc.configureGlobal({ seed: SEED, numRuns: 150 });

const HANG_AFTER_MS = 5_000;
const FILE = 'playbooks/mutated.yaml';

/** Inserted at random: YAML indicators, tabs, NUL, Hangul, a BOM, line separators, lone surrogates, bombs. */
const TOKENS = [
  '\t', ':', ': ', '[', ']', '{', '}', '&', '&a ', '*', '*a', '<<: *a', '{{', '}}', '{{facts.', '#', '# ', '- ', '? ', '!', '!!str ',
  '!!binary ', '|', '>', '|-', '>+2', '"', "'", '%YAML 1.1\n', '%TAG ! tag:x,2000:\n', '@', '`', '---\n', '...\n', '\r', '\n', '\r\n',
  ' ', '  ', '\0', '\uFEFF', '\u2028', '\u0085', '\uD800', '\uDC00', '가', '힣', 'ㅎ', '😀', 'kind: manual\n', 'id: ', 'steps:\n',
  '\n  - kind: empathy\n    say: 죄송합니다.\n', '[[[[[[[[[[[[[[[[[[[[', '{a: {b: {c: {d: ', '- - - - - - - - -',
  'x: &a [1, 1, 1, 1, 1, 1, 1, 1, 1]\ny: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nz: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n',
  `${'['.repeat(3000)}`, `${'- '.repeat(400)}x`, `${'가'.repeat(20000)}`, '#'.repeat(5000),
];

type Mutation =
  | { op: 'delete-line' | 'duplicate-line' | 'dedent-line' | 'indent-line'; at: number }
  | { op: 'swap-lines'; at: number; other: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'truncate'; at: number };

const position = fc.nat({ max: 1_000_000 });
const inserted = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
);
const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('delete-line' as const, 'duplicate-line' as const, 'dedent-line' as const, 'indent-line' as const), at: position }),
  fc.record({ op: fc.constant('swap-lines' as const), at: position, other: position }),
  { weight: 3, arbitrary: fc.record({ op: fc.constant('insert' as const), at: position, text: inserted }) },
  fc.record({ op: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: position }),
);

function mutate(text: string, mutation: Mutation): string {
  const lines = text.split('\n');
  const line = (at: number) => at % lines.length;
  const offset = (at: number) => at % (text.length + 1);
  switch (mutation.op) {
    case 'delete-line':
      lines.splice(line(mutation.at), 1);
      return lines.join('\n');
    case 'duplicate-line':
      lines.splice(line(mutation.at), 0, lines[line(mutation.at)]!);
      return lines.join('\n');
    case 'dedent-line':
      lines[line(mutation.at)] = lines[line(mutation.at)]!.trimStart();
      return lines.join('\n');
    case 'indent-line':
      lines[line(mutation.at)] = `  ${lines[line(mutation.at)]!}`;
      return lines.join('\n');
    case 'swap-lines': {
      const [a, b] = [line(mutation.at), line(mutation.other)];
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines.join('\n');
    }
    case 'insert':
      return text.slice(0, offset(mutation.at)) + mutation.text + text.slice(offset(mutation.at));
    case 'delete':
      return text.slice(0, offset(mutation.at)) + text.slice(offset(mutation.at) + mutation.length);
    case 'truncate':
      return text.slice(0, offset(mutation.at));
  }
}

const mutatedArbitrary = fc
  .record({
    playbooks: fc.array(playbookArbitrary(), { minLength: 1, maxLength: 2 }),
    style: yamlStyleArbitrary,
    mutations: fc.array(mutationArbitrary, { minLength: 1, maxLength: 5 }),
  })
  .map(({ playbooks, style, mutations }) => ({ mutations, text: mutations.reduce(mutate, toYaml(playbooks, style)) }));

/** Files that once broke a property, run first every time (fast-check's `examples`). */
const KNOWN = {
  /** yaml's LineCounter misses the line breaks inside a token it rejects: every later line number was short. */
  tokenOverLines: 'a: 1\n]\n"x\n\ny"\nb: [\n',
  /** A quoted title whose second line is not indented: YAML 1.2 (and yaml) reject it, js-yaml reads it. */
  unindentedContinuation: [
    'kind: playbook', 'format: 1', 'id: refund-delay', 'title: "환불', '지연 문의"', 'channels: [chat]', 'scenarios:', '  - id: s',
    '    title: 환불 금액 미입금', '    when: 환불 문의', '    scripts:', '      chat:', '        steps:', '          - kind: empathy',
    '            say: 반드시 3~5영업일 안에 입금됩니다.', '',
  ].join('\n'),
};
const known = (...texts: string[]) => texts.map((text) => [{ mutations: [] as Mutation[], text }] as [{ mutations: Mutation[]; text: string }]);

interface Outcome {
  fast?: FileResult[];
  full?: FileResult[];
  error?: string;
  ms?: number;
}

/** One worker for the whole file; a run that takes too long is stopped, reported, and the worker replaced. */
class GuardedLinter {
  private worker?: Worker;
  private nextId = 0;
  private readonly waiting = new Map<number, (outcome: Outcome) => void>();

  lint(text: string): Promise<Outcome> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        void this.stop();
        reject(new Error(`lint did not return within ${HANG_AFTER_MS} ms on a ${text.length}-character file: a hang`));
      }, HANG_AFTER_MS);
      this.waiting.set(id, (outcome) => {
        clearTimeout(timer);
        resolve(outcome);
      });
      worker.postMessage({ id, filePath: FILE, text });
    });
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./lint-worker.mjs', import.meta.url));
    worker.on('message', (outcome: Outcome & { id: number }) => {
      this.waiting.get(outcome.id)?.(outcome);
      this.waiting.delete(outcome.id);
    });
    worker.on('error', (error) => {
      for (const settle of this.waiting.values()) settle({ error: `the worker died: ${error.stack ?? error.message}` });
      this.waiting.clear();
      this.worker = undefined;
    });
    this.worker = worker;
    return worker;
  }
}

const linter = new GuardedLinter();
afterAll(() => linter.stop());

/** A playbook whose every customer-facing text is `say` (JSON strings are YAML double-quoted scalars). */
function longSayPlaybook(say: string): string {
  return [
    'kind: playbook', 'format: 1', 'id: long-run', 'title: 긴 문장', 'channels: [sms, email]', 'facts:', '  refund_window: 3~5영업일',
    'scenarios:', '  - id: s', '    title: 시나리오', '    when: 문의', '    scripts:',
    '      sms:', '        steps:', '          - kind: empathy', `            say: ${JSON.stringify(say)}`,
    '      email:', `        subject: ${JSON.stringify(say)}`, '        steps:', '          - kind: explanation', `            say: ${JSON.stringify(`${say} 7영업일`)}`,
    '',
  ].join('\n');
}

const withoutBom = (text: string) => (text.startsWith('\uFEFF') ? text.slice(1) : text);

function expectInside(range: Range, lines: readonly string[], why: string): void {
  expect(range.line, why).toBeGreaterThanOrEqual(1);
  expect(range.line, why).toBeLessThanOrEqual(lines.length);
  expect(range.column, why).toBeGreaterThanOrEqual(1);
  expect(range.column, why).toBeLessThanOrEqual(lines[range.line - 1]!.length + 1);
  expect(range.endLine, why).toBeGreaterThanOrEqual(range.line);
  expect(range.endLine, why).toBeLessThanOrEqual(lines.length);
  expect(range.endColumn, why).toBeGreaterThanOrEqual(1);
  expect(range.endColumn, why).toBeLessThanOrEqual(lines[range.endLine - 1]!.length + 1);
  if (range.endLine === range.line) expect(range.endColumn, why).toBeGreaterThanOrEqual(range.column);
}

describe('broken and truncated files', () => {
  it('lint without throwing or hanging, and every position lies inside the file', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedArbitrary, async ({ text }) => {
        const outcome = await linter.lint(text);
        expect(outcome.error).toBeUndefined();
        const lines = linesOf(withoutBom(text));
        for (const results of [outcome.fast!, outcome.full!]) {
          expect(results.map((result) => result.filePath)).toEqual([FILE]);
          for (const finding of results[0]!.findings) {
            const why = JSON.stringify(finding);
            expectInside(finding, lines, why);
            for (const place of finding.flow ?? []) expectInside(place, lines, why);
          }
        }
      }),
      { examples: known(KNOWN.tokenOverLines) },
    );
  }, 120_000);

  it('make the fast parser report a syntax error whenever yaml reports one', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedArbitrary, async ({ text }) => {
        const outcome = await linter.lint(text);
        expect(outcome.error).toBeUndefined();
        const syntaxErrors = (results: FileResult[]) => results[0]!.findings.filter((finding) => finding.ruleId === 'yaml-syntax').length > 0;
        expect(syntaxErrors(outcome.fast!), text).toBe(syntaxErrors(outcome.full!));
      }),
      { examples: known(KNOWN.unindentedContinuation) },
    );
  }, 120_000);

  it('give the same findings with the fast parser and with yaml', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedArbitrary, async ({ text }) => {
        const outcome = await linter.lint(text);
        expect(outcome.error).toBeUndefined();
        expect(outcome.fast).toEqual(outcome.full);
      }),
      { examples: known(KNOWN.unindentedContinuation) },
    );
  }, 120_000);

  it('read a long run of one token in a say in linear time (no regex backtracks over it)', async () => {
    const runs = ['“', '‘', '「', '『', '"', "'", '![', '](', '`', '**', '_', '<a', '（', '【', 'ㅎ', '😀', '{{', '3일', '$1', '010-', '줄게. ', '즉시 ', '100%', '  '];
    for (const run of runs) {
      // Long enough that a quadratic regex takes many seconds over it, while a linear read takes well under one.
      const say = run.repeat(Math.ceil(60_000 / run.length));
      const outcome = await linter.lint(longSayPlaybook(say));
      expect(outcome.error, JSON.stringify(run)).toBeUndefined();
      // The rules did read it: the SMS is far over its limit.
      expect(outcome.fast![0]!.findings.map((finding) => finding.ruleId), JSON.stringify(run)).toContain('channel-limit');
    }
  }, 300_000);

  it('are still linted when cut short at every line', async () => {
    const text = toYaml(fc.sample(playbookArbitrary(), { seed: SEED, numRuns: 1 }), fc.sample(yamlStyleArbitrary, { seed: SEED, numRuns: 1 })[0]!);
    const cuts = [...text.matchAll(/\n/g)].map((match) => match.index);
    for (const cut of cuts) {
      const outcome = await linter.lint(text.slice(0, cut));
      expect(outcome.error, `cut at ${cut}`).toBeUndefined();
      expect(outcome.fast, `cut at ${cut}`).toEqual(outcome.full);
    }
  }, 120_000);
});
