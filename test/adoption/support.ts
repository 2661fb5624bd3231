/** A library of playbooks in a real git repository, for the adoption tests (overrides, baseline, changed files). */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { project, sb, write, type FileReport, type Run } from '../contract/support.js';

export { project, sb, write };
export type { FileReport, Run };

/**
 * A playbook with three warnings in recommended: step-order (an explanation before empathy), risky-promise
 * ("반드시") and follow-up-due (no `due`).
 */
export function playbook(id: string, extraSay = ''): string {
  return `kind: playbook
format: 1
id: ${id}
title: 환불 지연 문의
channels: [chat]
placeholders:
  customer_name: 고객 성함
scenarios:
  - id: refund-late
    title: 환불 금액 미입금
    when: 환불 승인 후 입금이 늦다는 문의
    scripts:
      chat:
        steps:
          - kind: explanation
            say: "{{customer_name}}님, 환불은 반드시 오늘 안에 처리됩니다."
          - kind: empathy
            say: 기다리시게 해 죄송합니다.${extraSay}
          - kind: follow-up
            say: 내일 오후 3시까지 채팅으로 다시 안내해 드리겠습니다.
`;
}

/** A playbook with no finding at all. */
export function cleanPlaybook(id: string): string {
  return `kind: playbook
format: 1
id: ${id}
title: 배송 지연 문의
channels: [chat]
placeholders:
  customer_name: 고객 성함
scenarios:
  - id: parcel-stuck
    title: 택배가 움직이지 않음
    when: 배송 조회가 이틀째 같은 단계에 머물러 있다는 문의
    scripts:
      chat:
        steps:
          - kind: empathy
            say: "{{customer_name}}님, 기다리시는 상품이 오지 않아 걱정되셨겠습니다. 불편을 드려 죄송합니다."
          - kind: explanation
            say: 택배사 물량이 몰려 배송이 늦어지고 있습니다. 오늘 택배사에 확인을 요청하겠습니다.
          - kind: follow-up
            say: 확인 결과는 내일 오후 3시까지 채팅으로 다시 안내해 드리겠습니다.
            due: P1D
            via: chat
`;
}

export function git(dir: string, ...args: string[]): string {
  const result = spawnSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'CS Lead', GIT_AUTHOR_EMAIL: 'lead@example.com', GIT_COMMITTER_NAME: 'CS Lead', GIT_COMMITTER_EMAIL: 'lead@example.com' },
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

/** A folder with the files, made a git repository with one commit of them. */
export function repository(files: Record<string, string>): string {
  const dir = project(files);
  git(dir, 'init', '-q', '-b', 'main');
  commitAll(dir, 'The library as it is');
  return dir;
}

export function commitAll(dir: string, message: string): void {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--no-gpg-sign', '-m', message);
}

/** `servicebook lint --format json …` parsed, with the run. */
export function lintJson(dir: string, args: string[] = []): { run: Run; reports: FileReport[] } {
  const run = sb(['lint', '--format', 'json', ...args], dir);
  try {
    return { run, reports: JSON.parse(run.stdout) as FileReport[] };
  } catch {
    throw new Error(`not JSON (exit ${run.code}):\nstdout: ${run.stdout}\nstderr: ${run.stderr}`);
  }
}

/** Rule ids of one file's findings, sorted. */
export function rulesIn(reports: readonly FileReport[], filePath: string): string[] {
  const report = reports.find((r) => r.filePath === filePath);
  if (!report) throw new Error(`no report for ${filePath}: ${reports.map((r) => r.filePath).join(', ')}`);
  return report.messages.map((m) => m.ruleId ?? 'unused-disable-directive').sort();
}

export function readText(dir: string, name: string): string {
  return readFileSync(join(dir, name), 'utf8');
}
