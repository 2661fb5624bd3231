/**
 * Black-box helpers for the contract tests: they only spawn the built binary (bin/servicebook.js)
 * in temporary project folders and read what it prints, the way an outside tester would.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const BIN = fileURLToPath(new URL('../../bin/servicebook.js', import.meta.url));

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export interface Message {
  ruleId: string | null;
  severity: number;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface FileReport {
  filePath: string;
  messages: Message[];
  errorCount: number;
  warningCount: number;
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh project folder under the OS temp dir (never under the repo, so no servicebook.yaml is found upward). */
export function project(files: Record<string, string> = {}): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'sb-contract-')));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) write(dir, name, text);
  return dir;
}

export function write(dir: string, name: string, text: string): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** Runs `servicebook ...args` as a child process, without a terminal. Colour variables are cleared unless given. */
export function sb(args: string[], cwd: string, env: Record<string, string | undefined> = {}, input = ''): Run {
  const base: Record<string, string | undefined> = { ...process.env };
  delete base.NO_COLOR;
  delete base.FORCE_COLOR;
  delete base.CI;
  delete base.GITHUB_ACTIONS;
  const merged = { ...base, ...env };
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
  let run: Run = { code: -1, stdout: '', stderr: '' };
  for (let attempt = 0; attempt < 8; attempt++) {
    const result = spawnSync(process.execPath, [BIN, ...args], {
      cwd,
      env: merged as NodeJS.ProcessEnv,
      encoding: 'utf8',
      input,
      timeout: 60_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    run = { code: result.status ?? -1, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
    if (!isHalfBuilt(run)) break;
    sleep(3000);
  }
  return run;
}

/**
 * Other sessions rebuild dist/ while these tests run; for a moment the binary may load a half-written
 * module graph. Only that signature is retried: a finished build never fails to load its own modules.
 */
export function isHalfBuilt(run: Run): boolean {
  return (
    run.code !== 0 &&
    /Cannot find module '[^']*\/dist\/|does not provide an export named|ERR_MODULE_NOT_FOUND|SyntaxError: Unexpected end of input/.test(run.stderr)
  );
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** `servicebook lint --format json ...args` parsed. */
export function lintJson(cwd: string, args: string[], env: Record<string, string | undefined> = {}): { run: Run; reports: FileReport[] } {
  const run = sb(['lint', '--format', 'json', ...args], cwd, env);
  let reports: FileReport[];
  try {
    reports = JSON.parse(run.stdout) as FileReport[];
  } catch {
    throw new Error(`not JSON (exit ${run.code}):\nstdout: ${run.stdout}\nstderr: ${run.stderr}`);
  }
  return { run, reports };
}

/** Lints one playbook text (as `pb.yaml`) in a fresh project, optionally with a servicebook.yaml. */
export function lintText(text: string, options: { config?: string; args?: string[]; name?: string; extra?: Record<string, string> } = {}) {
  const name = options.name ?? 'pb.yaml';
  const files: Record<string, string> = { [name]: text, ...(options.extra ?? {}) };
  if (options.config !== undefined) files['servicebook.yaml'] = options.config;
  const dir = project(files);
  const { run, reports } = lintJson(dir, [name, ...Object.keys(options.extra ?? {}), ...(options.args ?? [])]);
  const report = reports.find((r) => r.filePath === name);
  if (!report) throw new Error(`no report for ${name}: ${run.stdout}`);
  return { dir, run, reports, report, messages: report.messages };
}

export function ofRule(messages: Message[], ruleId: string): Message[] {
  return messages.filter((m) => m.ruleId === ruleId);
}

/** 1-based line and column where the `occurrence`-th `needle` starts in `text`. */
export function at(text: string, needle: string, occurrence = 1): { line: number; column: number } {
  let index = -1;
  for (let i = 0; i < occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`needle not found (${occurrence}): ${needle}`);
  }
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  const column = index - before.lastIndexOf('\n');
  return { line, column };
}

/** Position of the value of `key: value` (the `occurrence`-th `key: value` line). */
export function valueAt(text: string, keyAndValue: string, occurrence = 1): { line: number; column: number } {
  const start = at(text, keyAndValue, occurrence);
  const colon = keyAndValue.indexOf(':');
  let offset = colon + 1;
  while (keyAndValue[offset] === ' ') offset++;
  return { line: start.line, column: start.column + offset };
}

export const ANSI = /\u001b\[[0-9;]*m/;

/** Bytes as Korean carriers count them (EUC-KR / CP949): ASCII 1, Hangul 2. Only for ASCII + Hangul text. */
export function eucKrBytes(text: string): number {
  let n = 0;
  for (const ch of text) n += ch.codePointAt(0)! < 0x80 ? 1 : 2;
  return n;
}

export const ALL_RULES = [
  'yaml-syntax',
  'schema',
  'duplicate-id',
  'channel-coverage',
  'required-steps',
  'broken-goto',
  'unreachable-step',
  'unknown-placeholder',
  'empty-step',
  'fact-drift',
  'risky-promise',
  'no-personalization',
  'follow-up-due',
  'step-order',
  'politeness',
  'channel-limit',
  'unknown-playbook',
  'public-privacy',
] as const;

export const RECOMMENDED: Record<string, 'error' | 'warn'> = {
  'yaml-syntax': 'error',
  schema: 'error',
  'duplicate-id': 'error',
  'channel-coverage': 'error',
  'required-steps': 'error',
  'broken-goto': 'error',
  'unreachable-step': 'warn',
  'unknown-placeholder': 'error',
  'empty-step': 'error',
  'fact-drift': 'error',
  'risky-promise': 'warn',
  'no-personalization': 'warn',
  'follow-up-due': 'warn',
  'step-order': 'warn',
  politeness: 'warn',
  'channel-limit': 'error',
  'unknown-playbook': 'error',
  'public-privacy': 'error',
};

/**
 * A clean two-channel playbook (phone + email) in Korean, lint-clean under the recommended defaults.
 * Tests derive bad variants from it by replacing one line.
 */
export const GOOD = `kind: playbook
format: 1
id: refund-delay
title: 환불 지연 문의 응대
locale: ko-KR
owner: billing-cs
revision: 1.3.0
tags: [billing, refund]
channels: [phone, email]
placeholders:
  customer_name: 고객 성함
  order_id: 주문 번호
facts:
  refund_window: 3~5영업일
  hotline: 1588-0000
scenarios:
  - id: refund-not-received
    title: 환불 금액 미입금
    when: 환불 승인 후 5영업일이 지나도 입금되지 않았다는 문의
    goal: 고객이 입금 예정일을 정확히 알고 안심한다
    escalation:
      authority: 5,000원 이하 쿠폰은 상담원이 즉시 발급
      to: 결제팀 2선
      when: 10영업일이 지나도 미입금
    scripts:
      phone:
        steps:
          - kind: greeting
            say: 안녕하세요, {{customer_name}}님. 고객센터 김하늘입니다.
          - kind: empathy
            say: 환불 금액이 아직 들어오지 않아 많이 답답하셨겠습니다. 불편을 드려 죄송합니다.
          - kind: questioning
            say: 확인을 위해 주문 번호를 말씀해 주시겠습니까?
          - id: explain
            kind: explanation
            say: 환불은 카드사 처리에 따라 {{facts.refund_window}}가 걸립니다. 오늘 카드사에 확인 요청을 넣겠습니다.
            note: 문제 → 해결 → 고객에게 돌아가는 이점 순서로 설명합니다.
            replies:
              - customer: 너무 늦어요. 지금 당장 해결해 주세요.
                goto: escalate
              - customer: 네, 알겠습니다.
                goto: promise
          - id: escalate
            kind: escalation
            say: 결제팀 담당자가 직접 확인하도록 바로 연결해 드리겠습니다.
            goto: promise
          - id: promise
            kind: follow-up
            say: 내일 오후까지 처리 결과를 문자로 다시 안내해 드리겠습니다.
            due: P1D
            via: sms
          - kind: feedback
            say: 통화 후 받으실 만족도 설문에 응답해 주시면 큰 도움이 됩니다.
          - kind: closing
            say: 기다려 주셔서 감사합니다. 좋은 하루 보내십시오.
      email:
        subject: "[고객센터] 주문 {{order_id}} 환불 진행 안내"
        steps:
          - kind: greeting
            say: "{{customer_name}}님, 안녕하세요. 고객센터입니다."
          - kind: empathy
            say: 환불이 늦어져 불편을 드려 죄송합니다.
          - kind: explanation
            say: 환불은 카드사 처리에 따라 {{facts.refund_window}}가 걸립니다.
          - kind: follow-up
            say: 처리 결과는 내일 중으로 다시 메일 드리겠습니다.
            due: 1d
          - kind: closing
            say: 문의해 주셔서 감사합니다.
`;

/** An English playbook with one chat script, lint-clean under the recommended defaults. */
export const GOOD_EN = `kind: playbook
format: 1
id: late-delivery
title: Late delivery
locale: en-US
channels: [chat]
placeholders:
  customer_name: Customer's first name
  tracking_id: Tracking number
facts:
  courier_sla: 2 business days
scenarios:
  - id: parcel-late
    title: Parcel has not arrived
    when: The customer says the parcel is late
    scripts:
      chat:
        steps:
          - kind: greeting
            say: Hi {{customer_name}}, thanks for reaching out.
          - kind: empathy
            say: I'm sorry your parcel is late. I understand how frustrating that is.
          - kind: explanation
            say: The courier usually needs {{facts.courier_sla}}. I have asked them to check parcel {{tracking_id}}.
          - kind: follow-up
            say: I will message you tomorrow with the courier's answer.
            due: 1d
          - kind: closing
            say: Thank you for your patience.
`;

/** Replaces exactly one occurrence of `from` in `text`, failing loudly if it is not there. */
export function replace(text: string, from: string, to: string): string {
  const index = text.indexOf(from);
  if (index < 0) throw new Error(`not in fixture: ${from}`);
  return text.slice(0, index) + to + text.slice(index + from.length);
}

/** Indents every non-empty line of `block` by `n` spaces. */
export function indent(block: string, n: number): string {
  const pad = ' '.repeat(n);
  return block
    .split('\n')
    .map((line) => (line.length > 0 ? pad + line : line))
    .join('\n');
}

/**
 * A one-scenario, one-channel (chat) Korean playbook whose steps are given at zero indent.
 * `extraHeader` goes after `placeholders`, e.g. a `facts:` block.
 */
export function chatPlaybook(steps: string, options: { id?: string; extraHeader?: string; scenarioId?: string } = {}): string {
  return `kind: playbook
format: 1
id: ${options.id ?? 'password-reset'}
title: 비밀번호 재설정 문의
channels: [chat]
placeholders:
  customer_name: 고객 성함
${options.extraHeader ?? ''}scenarios:
  - id: ${options.scenarioId ?? 'reset-mail-missing'}
    title: 재설정 메일 미수신
    when: 비밀번호 재설정 메일이 오지 않는다는 문의
    scripts:
      chat:
        steps:
${indent(steps.trim(), 10)}
`;
}

/** Steps of a clean chat script (zero indent), for chatPlaybook. */
export const CHAT_STEPS = `- kind: greeting
  say: "{{customer_name}}님, 안녕하세요. 상담원 이서연입니다."
- kind: empathy
  say: 메일을 받지 못하셔서 많이 불편하셨겠어요. 죄송합니다.
- kind: explanation
  say: 재설정 메일이 스팸함으로 분류되는 경우가 있어 지금 다시 보내 드렸습니다.
- kind: follow-up
  say: 10분 안에 도착하지 않으면 이 창에 말씀해 주세요. 바로 다른 방법으로 도와드리겠습니다.
  due: 10m
- kind: closing
  say: 문의해 주셔서 감사합니다.
`;
