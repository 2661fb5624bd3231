/** Korean messages (issue 8 item 5): --lang, else SERVICEBOOK_LANG, else the locale; English by default. */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KOREAN_DESCRIPTIONS } from '../src/cli/commands/rules.js';
import { UsageError } from '../src/core/errors.js';
import { lint } from '../src/index.js';
import { chooseLang, langFromArgv } from '../src/cli/choose-lang.js';
import { usage, usageMessages } from '../src/core/messages.js';
import { findingMessages } from '../src/model/messages.js';
import { rules } from '../src/rules/index.js';
import { runInProcess, runProcess, type CliRun } from './helpers/cli.js';

const fixtures = fileURLToPath(new URL('./fixtures/cli/', import.meta.url));
const hostile = fileURLToPath(new URL('./hostile/', import.meta.url));

/** An environment that says nothing about the language, so that only what a test sets counts. */
const NEUTRAL = { LANG: 'C', LC_ALL: '', LC_MESSAGES: '', SERVICEBOOK_LANG: '' };

interface JsonMessage {
  ruleId: string | null;
  severity: number;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

function messagesOf(run: CliRun): JsonMessage[] {
  return (JSON.parse(run.stdout) as { messages: JsonMessage[] }[]).flatMap((result) => result.messages);
}

const HANGUL = /[가-힣]/;

/** A playbook that breaks rules (not the schema): required-steps, risky-promise, follow-up-due, politeness. */
const RULE_BREAKER = `kind: playbook
format: 1
id: refund-late
title: 환불 지연 문의
channels: [chat]
placeholders:
  customer_name: 고객 성함
scenarios:
  - id: refund-not-received
    title: 환불 금액 미입금
    when: 환불 승인 후 입금되지 않았다는 문의
    scripts:
      chat:
        steps:
          - kind: explanation
            say: "{{customer_name}}님, 환불은 반드시 오늘 처리됩니다."
          - kind: follow-up
            say: 결과는 문자로 알려 줄게.
`;

function tempProject(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'servicebook-lang-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

describe('choosing the language', () => {
  it.each([
    ['--lang ko', 'ko', {}, 'ko'],
    ['--lang en over SERVICEBOOK_LANG=ko', 'en', { SERVICEBOOK_LANG: 'ko' }, 'en'],
    ['SERVICEBOOK_LANG=ko over LANG=C', undefined, { SERVICEBOOK_LANG: 'ko', LANG: 'C' }, 'ko'],
    ['LANG=ko_KR.UTF-8', undefined, { LANG: 'ko_KR.UTF-8' }, 'ko'],
    ['LC_ALL=ko_KR.UTF-8 over LANG=en_US.UTF-8', undefined, { LC_ALL: 'ko_KR.UTF-8', LANG: 'en_US.UTF-8' }, 'ko'],
    ['an empty SERVICEBOOK_LANG counts as unset', undefined, { SERVICEBOOK_LANG: '', LANG: 'ko_KR.UTF-8' }, 'ko'],
    ['LANG=C', undefined, { LANG: 'C' }, 'en'],
    ['nothing at all', undefined, {}, 'en'],
  ] as const)('%s', (_name, option, env, lang) => {
    expect(chooseLang(option, env)).toBe(lang);
  });

  it('reads --lang from argv before commander does, the last one winning, never after --', () => {
    expect(langFromArgv(['lint', '--lang', 'ko'], {})).toBe('ko');
    expect(langFromArgv(['lint', '--lang=ko'], {})).toBe('ko');
    expect(langFromArgv(['lint', '--lang', 'ko', '--lang', 'en'], { LANG: 'ko_KR.UTF-8' })).toBe('en');
    expect(langFromArgv(['lint', '--', '--lang', 'ko'], {})).toBe('en');
  });
});

describe.each([
  ['in-process', (args: string[], cwd: string, env: Record<string, string> = {}) => runInProcess(args, { cwd, env: { ...NEUTRAL, ...env } })],
  ['child process', async (args: string[], cwd: string, env: Record<string, string> = {}) => runProcess(args, { cwd, env: { ...NEUTRAL, ...env } })],
] as const)('Korean messages (%s)', (_how, run) => {
  it('a missing path: one Korean line with --lang ko, exit 2', async () => {
    const result = await run(['lint', 'no-such-playbook.yaml', '--lang', 'ko'], fixtures);
    expect(result.exitCode).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual(['servicebook: 파일이나 폴더가 없습니다: no-such-playbook.yaml']);
    expect(result.stdout).toBe('');
  });

  it.each([
    ['SERVICEBOOK_LANG=ko', { SERVICEBOOK_LANG: 'ko' }, 'servicebook: 파일이나 폴더가 없습니다: nope.yaml'],
    ['LANG=ko_KR.UTF-8', { LANG: 'ko_KR.UTF-8' }, 'servicebook: 파일이나 폴더가 없습니다: nope.yaml'],
    ['LANG=C (the default)', { LANG: 'C' }, 'servicebook: No such file or folder: nope.yaml'],
  ])('%s chooses the language of errors', async (_name, env, line) => {
    const result = await run(['lint', 'nope.yaml'], fixtures, env);
    expect(result.exitCode).toBe(2);
    expect(result.stderr.trim()).toBe(line);
  });

  it("commander's own errors and ours are Korean too, and still exit 2", async () => {
    const unknown = await run(['lint', '--frobnicate', '--lang', 'ko'], fixtures);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr.trim()).toBe("오류: 알 수 없는 옵션입니다: '--frobnicate'");
    const misspelt = await run(['lnt', '--lang', 'ko'], fixtures);
    expect(misspelt.exitCode).toBe(2);
    expect(misspelt.stderr.trim()).toBe("오류: 알 수 없는 명령입니다: 'lnt'\n(혹시 lint을(를) 뜻하셨나요?)");
    const choice = await run(['lint', '--format', 'xml', '--lang', 'ko'], fixtures);
    expect(choice.exitCode).toBe(2);
    expect(choice.stderr.trim()).toBe("오류: 옵션 '-f, --format <format>'에 'xml'은(는) 쓸 수 없습니다. 다음 중 하나를 쓰세요: stylish, json, sarif, junit, github, gitlab.");
    const english = await run(['lint', '--format', 'xml'], fixtures);
    expect(english.stderr.trim()).toBe("error: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are stylish, json, sarif, junit, github, gitlab.");
    const rule = await run(['lint', 'clean.yaml', '--rule', 'no-such-rule=off', '--lang', 'ko'], fixtures);
    expect(rule.exitCode).toBe(2);
    expect(rule.stderr.trim()).toBe('servicebook: --rule에 쓴 "no-such-rule"은(는) 없는 규칙입니다. `servicebook rules`로 규칙 목록을 확인하세요.');
  });

  it('schema messages in Korean, at the same line and column as in English', async () => {
    const en = await run(['validate', 'broken.yaml', '--format', 'json'], fixtures);
    const ko = await run(['validate', 'broken.yaml', '--format', 'json', '--lang', 'ko'], fixtures);
    expect(ko.exitCode).toBe(1);
    const [english] = messagesOf(en);
    const [korean] = messagesOf(ko);
    expect(korean).toEqual({ ...english, message: korean!.message });
    expect(english!.message).toMatch(/^`empaty` is not a step kind \(scenario "parcel-stuck" › chat script › step 1 › `kind`\); did you mean `empathy`\?$/);
    expect(korean!.message).toBe('`empaty`은(는) 단계 종류가 아닙니다(시나리오 "parcel-stuck" › chat 스크립트 › 1번째 단계 › `kind`). 혹시 `empathy` 아닌가요?');
  });

  it('rule messages in Korean in --format json, with the same rule ids and positions', async () => {
    const dir = tempProject({ 'refund.yaml': RULE_BREAKER });
    const en = messagesOf(await run(['lint', 'refund.yaml', '--format', 'json'], dir));
    const ko = messagesOf(await run(['lint', 'refund.yaml', '--format', 'json', '--lang', 'ko'], dir));
    expect(ko.map(({ message: _message, ...rest }) => rest)).toEqual(en.map(({ message: _message, ...rest }) => rest));
    expect(ko.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['required-steps', 'risky-promise', 'follow-up-due', 'politeness']));
    for (const [i, message] of ko.entries()) {
      expect(message.message).not.toBe(en[i]!.message);
      expect(message.message).toMatch(HANGUL);
    }
  });

  it('--help of lint in Korean: the summary, the option descriptions, the section titles', async () => {
    const ko = await run(['lint', '--help', '--lang', 'ko'], fixtures);
    expect(ko.exitCode).toBe(0);
    expect(ko.stdout).toContain('검증한 뒤 모든 규칙을 검사합니다');
    expect(ko.stdout).toMatch(/^사용법: servicebook lint/);
    expect(ko.stdout).toContain('오류만 보고합니다');
    expect(ko.stdout).toContain('예:');
    const top = await run(['--help'], fixtures, { SERVICEBOOK_LANG: 'ko' });
    expect(top.stdout).toContain('종료 코드: 0 문제 없음');
    const en = await run(['lint', '--help'], fixtures);
    expect(en.stdout).toContain('validate, then check every rule');
    expect(en.stdout).toMatch(/^Usage: servicebook lint/);
    expect(en.stdout).toContain('Examples:');
  });
});

describe('Korean messages, more places', () => {
  const ko = (args: string[], cwd: string, env: Record<string, string> = {}) => runInProcess(args, { cwd, env: { ...NEUTRAL, ...env } });

  it('the hostile corpus: every finding at the same place with the same rule, worded in Korean', async () => {
    for (const file of readdirSync(hostile).filter((name) => name.endsWith('.yaml'))) {
      const en = messagesOf(await ko(['lint', file, '--format', 'json'], hostile));
      const korean = messagesOf(await ko(['lint', file, '--format', 'json', '--lang', 'ko'], hostile));
      const place = ({ message: _m, ...rest }: JsonMessage) => rest;
      expect(korean.map(place), file).toEqual(en.map(place));
      for (const [i, finding] of korean.entries()) {
        if (finding.ruleId === 'schema' || finding.ruleId === 'yaml-syntax') {
          expect(finding.message, `${file}: ${en[i]!.message}`).not.toBe(en[i]!.message);
          expect(finding.message, file).toMatch(HANGUL);
        }
      }
    }
  });

  it('a config error names file, line and column, in Korean', async () => {
    const dir = tempProject({ 'servicebook.yaml': 'rules:\n  risky-promis: error\n' });
    const run = await ko(['lint', '--lang', 'ko'], dir);
    expect(run.exitCode).toBe(2);
    expect(run.stderr.trim()).toBe('servicebook: servicebook.yaml:2:3: `risky-promis`은(는) `rules`의 항목이 아닙니다. 혹시 `risky-promise` 아닌가요?');
    const syntax = await ko(['validate', '--lang', 'ko'], tempProject({ 'servicebook.yaml': 'extends: strict\nextends: recommended\n' }));
    expect(syntax.stderr.trim()).toBe('servicebook: servicebook.yaml:2:1: 이 매핑에 같은 키가 두 번 있습니다: extends. 하나만 남기세요.');
  });

  it('an unused disable comment, in Korean', async () => {
    const dir = tempProject({ 'clean.yaml': `# servicebook-disable-next-line risky-promise -- 법무팀 승인\n${RULE_BREAKER.replace('반드시 ', '')}` });
    const run = await ko(['lint', 'clean.yaml', '--format', 'json', '--report-unused-disables', '--lang', 'ko'], dir);
    expect(messagesOf(run).find((m) => m.ruleId === null)?.message).toBe('쓰이지 않은 servicebook-disable 주석입니다(risky-promise 규칙이 보고한 문제가 없습니다).');
  });

  it('a file that is not text: the API words it in the language asked for', async () => {
    const dir = tempProject({ 'binary.yaml': new Uint8Array([0x6b, 0x69, 0x6e, 0x64, 0x00, 0x01]) });
    const [korean] = await lint({ files: ['binary.yaml'] }, { cwd: dir, lang: 'ko' });
    const [english] = await lint({ files: ['binary.yaml'] }, { cwd: dir });
    expect(korean!.findings[0]!.message).toBe('YAML 텍스트가 아니라 바이너리 파일입니다(NUL 바이트가 들어 있습니다).');
    expect(english!.findings[0]!.message).toBe('The file is binary (it holds NUL bytes), not YAML text.');
  });

  it('init says what it created and kept in Korean', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'servicebook-lang-init-'));
    const first = await ko(['init', '--yes', '--lang', 'ko'], dir);
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toContain('생성  servicebook.yaml\n');
    expect(first.stdout).toContain('다음 단계: npx servicebook lint');
    const again = await ko(['init', '--yes'], dir, { LANG: 'ko_KR.UTF-8' });
    expect(again.stdout).toContain('유지  servicebook.yaml (이미 있어 그대로 둡니다)\n');
    const noTerminal = await ko(['init', '--lang', 'ko'], dir);
    expect(noTerminal.exitCode).toBe(0);
    expect(noTerminal.stderr).toMatch(/^질문할 터미널이 없어/);
  });

  it('walk refuses a bad --var in Korean', async () => {
    const run = await ko(['walk', '--var', 'customer_name', '--answers', 'answers.yaml', '--lang', 'ko'], fixtures);
    expect(run.exitCode).toBe(2);
    expect(run.stderr.trim()).toBe('servicebook: --var는 이름=값 형식으로 주세요(예: --var customer_name=김민수). "customer_name"은(는) 쓸 수 없습니다.');
  });

  it('servicebook rules lists Korean descriptions, ids and severities unchanged', async () => {
    const run = await ko(['rules', '--json', '--lang', 'ko'], fixtures);
    const listed = JSON.parse(run.stdout) as { id: string; severity: string; description: string }[];
    expect(listed.map(({ id, severity }) => ({ id, severity }))).toEqual(rules.map(({ id, severity }) => ({ id, severity })));
    for (const rule of listed) expect(rule.description, rule.id).toMatch(HANGUL);
    expect((await ko(['rules'], fixtures)).stdout).toContain('A `goto` names no step of its script.');
  });

  it('every rule has a Korean description, and every Korean description a rule', () => {
    expect(Object.keys(KOREAN_DESCRIPTIONS).sort()).toEqual(rules.map((rule) => rule.id).sort());
  });
});

describe('message catalogs', () => {
  // {{Place}} is {{place}} capitalized for English sentences; Korean has no capitals.
  const placeholders = (template: string) => new Set([...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]!.replace(/^Place$/, 'place')));

  it.each(Object.entries({ ...usageMessages, ...findingMessages }))('%s: Korean uses only the data English is given', (_id, message) => {
    const english = placeholders(message.en);
    for (const name of placeholders(message.ko)) expect(english, name).toContain(name);
  });

  it('a UsageError keeps its English message and carries the Korean one', () => {
    const error = new UsageError(usage('noSuchPath', { path: 'x.yaml' }));
    expect(error.message).toBe('No such file or folder: x.yaml');
    expect(error.messageIn('ko')).toBe('파일이나 폴더가 없습니다: x.yaml');
    expect(new UsageError('plain').messageIn('ko')).toBe('plain');
  });
});
