/** Channel ids: the known ones plus those the config declares (FORMAT.md §1.1); `subject` is email only. */
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/model/config.js';
import { lint } from '../../src/engine/lint.js';

const playbook = (channel: string, extra = '') => `kind: playbook
format: 1
id: refund-delay
title: 환불 지연 문의 응대
channels: [${channel}]
scenarios:
  - id: late
    title: 미입금
    when: 입금이 늦다는 문의
    scripts:
      ${channel}:${extra}
        steps:
          - kind: empathy
            say: 불편을 드려 죄송합니다.
`;

const validate = (text: string, channels: string[] = []) =>
  lint([{ filePath: 'p.yaml', text }], { config: { ...defaultConfig('/'), channels }, mode: 'validate' })[0]!.findings;

describe('channels', () => {
  it('accepts every known channel', () => {
    for (const channel of ['phone', 'email', 'chat', 'sms', 'kakao', 'in-person', 'social']) expect(validate(playbook(channel))).toEqual([]);
  });

  it('reports a channel the project does not declare, at the list and at the script', () => {
    expect(validate(playbook('video-call'))).toEqual([
      expect.objectContaining({ ruleId: 'schema', line: 5, column: 12, message: expect.stringMatching(/^`video-call` is not a channel: use phone, email, .*declare it under `channels`/) }),
      expect.objectContaining({ ruleId: 'schema', line: 11, column: 7 }),
    ]);
  });

  it('accepts a channel declared in the config', () => {
    expect(validate(playbook('video-call'), ['phone', 'video-call'])).toEqual([]);
  });

  it('reports `subject` outside email, at the key', () => {
    expect(validate(playbook('chat', '\n        subject: 환불 안내'))).toEqual([
      expect.objectContaining({ ruleId: 'schema', line: 12, column: 9, message: expect.stringContaining('`subject` is for email scripts only') }),
    ]);
  });
});
