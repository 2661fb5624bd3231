/** The handbook's coverage matrix uses the config in force for each playbook's file, overrides applied, as lint does. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

const playbook = (id: string) => `kind: playbook
format: 1
id: ${id}
title: ${id} 안내
locale: ko-KR
channels: [sms]
scenarios:
  - id: ${id}-notice
    title: ${id} 공지
    when: 공지가 필요하다
    scripts:
      sms:
        steps:
          - kind: explanation
            say: 배송이 하루 늦어집니다.
`;

function project(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'servicebook-render-overrides-'));
  mkdirSync(path.join(dir, 'playbooks', 'notices'), { recursive: true });
  writeFileSync(
    path.join(dir, 'servicebook.yaml'),
    [
      'include: ["playbooks/**/*.yaml"]',
      'channels: [sms]',
      'required: { "*": [empathy, explanation, follow-up] }',
      'overrides:',
      '  - files: ["playbooks/notices/**"]',
      '    required: { "*": [explanation] }',
      '',
    ].join('\n'),
  );
  writeFileSync(path.join(dir, 'playbooks', 'notices', 'delay.yaml'), playbook('delay'));
  writeFileSync(path.join(dir, 'playbooks', 'refund.yaml'), playbook('refund'));
  return dir;
}

describe('render with overrides', () => {
  it("checks each playbook's coverage against the kinds its own file requires", async () => {
    const dir = project();
    const out = path.join(dir, 'handbook.md');
    const result = await runInProcess(['render', '--format', 'md', '--force', '--out', out], { cwd: dir });
    expect(result.exitCode).toBe(0);
    // lint agrees: required-steps fires in refund.yaml only.
    expect(result.stderr).toMatch(/refund\.yaml/);
    expect(result.stderr).not.toMatch(/delay\.yaml/);
    const markdown = readFileSync(out, 'utf8');
    const rowOf = (title: string) => markdown.split('\n').find((line) => line.startsWith(`| ${title}`));
    expect(rowOf('delay 공지')).toBe('| delay 공지 | ✓ 설명 |');
    expect(rowOf('refund 공지')).toBe('| refund 공지 | ✗ 공감<br>✓ 설명<br>✗ 후속 조치 |');
  });
});
