/**
 * FORMAT.md §3: every rule fires on a realistic bad example and stays quiet on a good one,
 * with its id, its recommended severity (2 error / 1 warning) and the position §5 defines.
 */
import { describe, expect, it } from 'vitest';
import {
  CHAT_STEPS,
  GOOD,
  GOOD_EN,
  at,
  chatPlaybook,
  eucKrBytes,
  lintJson,
  lintText,
  ofRule,
  project,
  replace,
  valueAt,
} from './support.js';

const SEV = { error: 2, warn: 1 } as const;

describe('the good fixtures are clean', () => {
  it('the Korean phone + email playbook has no findings', () => {
    const { run, messages } = lintText(GOOD);
    expect(messages).toEqual([]);
    expect(run.code).toBe(0);
  });
  it('the English chat playbook has no findings', () => {
    const { run, messages } = lintText(GOOD_EN);
    expect(messages).toEqual([]);
    expect(run.code).toBe(0);
  });
  it('the Korean chat playbook has no findings', () => {
    const { run, messages } = lintText(chatPlaybook(CHAT_STEPS));
    expect(messages).toEqual([]);
    expect(run.code).toBe(0);
  });
});

describe('yaml-syntax', () => {
  it('fires on a file that is not valid YAML (error)', () => {
    const text = `kind: playbook
format: 1
id: refund-delay
title: "환불 지연 문의 응대
channels: [phone
`;
    const { run, messages } = lintText(text);
    const found = ofRule(messages, 'yaml-syntax');
    expect(found.length).toBeGreaterThanOrEqual(1);
    expect(found[0]!.severity).toBe(2);
    expect(found[0]!.line).toBeGreaterThanOrEqual(1);
    expect(found[0]!.column).toBeGreaterThanOrEqual(1);
    expect(run.code).toBe(1);
  });

  it('fires on a repeated key, at the key where it comes again', () => {
    const text = replace(GOOD, 'owner: billing-cs\n', 'owner: billing-cs\ntitle: 환불 지연 응대 (중복)\n');
    const { messages } = lintText(text);
    const found = ofRule(messages, 'yaml-syntax');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 2, ...at(text, 'title: 환불 지연 응대 (중복)') });
  });

  it('fires on a repeated key inside a step', () => {
    const steps = CHAT_STEPS.replace(
      '  say: 메일을 받지 못하셔서 많이 불편하셨겠어요. 죄송합니다.\n',
      '  say: 메일을 받지 못하셔서 많이 불편하셨겠어요. 죄송합니다.\n  say: 불편을 드려 죄송합니다.\n',
    );
    const text = chatPlaybook(steps);
    const found = ofRule(lintText(text).messages, 'yaml-syntax');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 2, ...at(text, 'say: 불편을 드려 죄송합니다.') });
  });

  it('is not used for an unknown kind, nor for a missing kind', () => {
    const unknownKind = replace(GOOD, 'kind: playbook', 'kind: handbook');
    const a = lintText(unknownKind).messages;
    expect(ofRule(a, 'yaml-syntax')).toEqual([]);
    expect(ofRule(a, 'schema').length).toBeGreaterThanOrEqual(1);

    const noKind = replace(GOOD, 'kind: playbook\n', '');
    const b = lintText(noKind).messages;
    expect(ofRule(b, 'yaml-syntax')).toEqual([]);
    expect(ofRule(b, 'schema').length).toBeGreaterThanOrEqual(1);
  });
});

describe('schema', () => {
  it('an unknown kind is a schema error', () => {
    const text = replace(GOOD, 'kind: playbook', 'kind: handbook');
    const { run, messages } = lintText(text);
    const found = ofRule(messages, 'schema');
    expect(found.length).toBeGreaterThanOrEqual(1);
    expect(found[0]!.severity).toBe(2);
    expect(found[0]!.line).toBe(1);
    expect(run.code).toBe(1);
  });

  it('a document with no kind is a schema error at the mapping that lacks it', () => {
    const text = replace(GOOD, 'kind: playbook\n', '');
    const found = ofRule(lintText(text).messages, 'schema');
    expect(found.length).toBeGreaterThanOrEqual(1);
    expect(found[0]).toMatchObject({ severity: 2, line: 1, column: 1 });
  });

  it('a missing required property is reported at the mapping that lacks it (title of the playbook)', () => {
    const text = replace(GOOD, 'title: 환불 지연 문의 응대\n', '');
    const found = ofRule(lintText(text).messages, 'schema');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 2, line: 1, column: 1 });
  });

  it('a step without `say` is reported at that step mapping', () => {
    const steps = CHAT_STEPS.replace('  say: 문의해 주셔서 감사합니다.\n', '');
    const text = chatPlaybook(steps);
    const found = ofRule(lintText(text).messages, 'schema');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 2, ...at(text, 'kind: closing') });
  });

  it('a scenario without `when` is reported at the scenario mapping', () => {
    const text = replace(GOOD, '    when: 환불 승인 후 5영업일이 지나도 입금되지 않았다는 문의\n', '');
    const found = ofRule(lintText(text).messages, 'schema');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 2, ...at(text, 'id: refund-not-received') });
  });

  it('a value of the wrong type is reported at that value', () => {
    const text = replace(GOOD, 'channels: [phone, email]', 'channels: phone');
    const found = ofRule(lintText(text).messages, 'schema');
    expect(found.length).toBeGreaterThanOrEqual(1);
    expect(found[0]).toMatchObject({ severity: 2, ...valueAt(text, 'channels: phone') });
  });

  it('an unknown step kind is reported at that value', () => {
    const text = chatPlaybook(CHAT_STEPS.replace('- kind: closing', '- kind: goodbye'));
    const found = ofRule(lintText(text).messages, 'schema');
    expect(found.length).toBeGreaterThanOrEqual(1);
    expect(found[0]).toMatchObject({ severity: 2, ...valueAt(text, 'kind: goodbye') });
  });

  it('a playbook id that is not kebab-case is a schema error', () => {
    const text = replace(GOOD, 'id: refund-delay', 'id: Refund_Delay');
    const found = ofRule(lintText(text).messages, 'schema');
    expect(found.length).toBeGreaterThanOrEqual(1);
    expect(found[0]).toMatchObject({ severity: 2, ...valueAt(text, 'id: Refund_Delay') });
  });

  it('a playbook without any scenario is a schema error', () => {
    const text = `kind: playbook
format: 1
id: empty-playbook
title: 빈 플레이북
channels: [phone]
scenarios: []
`;
    const found = ofRule(lintText(text).messages, 'schema');
    expect(found.length).toBeGreaterThanOrEqual(1);
    expect(found[0]!.line).toBe(6);
  });

  it('a well-formed manual passes', () => {
    const manual = `kind: manual
format: 1
id: cs-handbook-2026
title: 2026 고객 응대 표준 매뉴얼
locale: ko-KR
audience: 신입 상담원
edition: 2026.1
intro: |
  이 매뉴얼은 모든 채널에서 같은 품질의 응대를 하기 위한 기준입니다.
principles:
  - title: 일관성
    body: 매장, 전화, 이메일 어디서든 같은 약속, 같은 태도.
chapters:
  - title: 결제와 환불
    intro: 결제와 환불 문의는 숫자와 날짜를 정확히 안내합니다.
    playbooks: [refund-delay]
glossary:
  - term: CSAT
    definition: 고객 만족도 점수
`;
    const dir = project({ 'manual.yaml': manual, 'refund.yaml': GOOD });
    const { run, reports } = lintJson(dir, ['manual.yaml', 'refund.yaml']);
    expect(reports.flatMap((r) => r.messages)).toEqual([]);
    expect(run.code).toBe(0);
  });
});

describe('duplicate-id', () => {
  it('two playbooks in two files: reported in the second file, at its id', () => {
    const other = replace(GOOD_EN, 'id: late-delivery', 'id: refund-delay');
    const dir = project({ 'a.yaml': GOOD, 'b.yaml': other });
    const { run, reports } = lintJson(dir, ['a.yaml', 'b.yaml']);
    const a = reports.find((r) => r.filePath === 'a.yaml')!;
    const b = reports.find((r) => r.filePath === 'b.yaml')!;
    expect(ofRule(a.messages, 'duplicate-id')).toEqual([]);
    const found = ofRule(b.messages, 'duplicate-id');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 2, ...valueAt(other, 'id: refund-delay') });
    expect(run.code).toBe(1);
  });

  it('two playbooks in one multi-document file: reported in the second document', () => {
    const second = replace(GOOD_EN, 'id: late-delivery', 'id: refund-delay');
    const text = `${GOOD}---\n${second}`;
    const found = ofRule(lintText(text).messages, 'duplicate-id');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 2, ...valueAt(text, 'id: refund-delay', 2) });
  });

  it('two scenarios of one playbook: reported at the second scenario id', () => {
    const scenario = `  - id: reset-mail-missing
    title: 재설정 메일 재요청
    when: 재설정 메일을 다시 보내 달라는 문의
    scripts:
      chat:
        steps:
${CHAT_STEPS.trim()
  .split('\n')
  .map((l) => ' '.repeat(10) + l)
  .join('\n')}
`;
    const text = chatPlaybook(CHAT_STEPS) + scenario;
    const found = ofRule(lintText(text).messages, 'duplicate-id');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 2, ...valueAt(text, 'id: reset-mail-missing', 2) });
  });

  it('two steps of one script: reported at the second step id', () => {
    const steps = CHAT_STEPS.replace('- kind: empathy', '- id: sorry\n  kind: empathy').replace(
      '- kind: explanation',
      '- id: sorry\n  kind: explanation',
    );
    const text = chatPlaybook(steps);
    const found = ofRule(lintText(text).messages, 'duplicate-id');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 2, ...valueAt(text, 'id: sorry', 2) });
  });

  it('the same step id in two scripts, and the same scenario id in two playbooks, are fine', () => {
    const text = replace(GOOD, '          - kind: empathy\n            say: 환불이 늦어져', '          - id: explain\n            kind: empathy\n            say: 환불이 늦어져');
    const other = chatPlaybook(CHAT_STEPS, { scenarioId: 'refund-not-received' });
    const dir = project({ 'a.yaml': text, 'b.yaml': other });
    const { reports } = lintJson(dir, ['a.yaml', 'b.yaml']);
    expect(reports.flatMap((r) => ofRule(r.messages, 'duplicate-id'))).toEqual([]);
  });
});

describe('channel-coverage', () => {
  it("fires when a scenario lacks a script for a channel its playbook lists, at the scripts mapping", () => {
    const text = replace(GOOD, 'channels: [phone, email]', 'channels: [phone, email, kakao]');
    const { run, messages } = lintText(text);
    const found = ofRule(messages, 'channel-coverage');
    expect(found).toHaveLength(1);
    // the mapping that lacks `kakao` is `scripts:`'s value, which starts at `phone:`
    expect(found[0]).toMatchObject({ severity: 2, ...at(text, 'phone:\n        steps:') });
    expect(found[0]!.message).toContain('kakao');
    expect(run.code).toBe(1);
  });

  it('fires when the config requires a channel that the scenario does not script', () => {
    const { messages } = lintText(GOOD, { config: 'channels: [phone, email, chat]\n' });
    const found = ofRule(messages, 'channel-coverage');
    expect(found.length).toBeGreaterThanOrEqual(1);
    expect(found[0]!.severity).toBe(2);
    expect(found.map((m) => m.message).join('\n')).toContain('chat');
  });

  it('does not fire when every listed and configured channel is scripted', () => {
    const { messages } = lintText(GOOD, { config: 'channels: [phone]\n' });
    expect(ofRule(messages, 'channel-coverage')).toEqual([]);
  });
});

describe('required-steps', () => {
  const noFollowUp = `- kind: greeting
  say: "{{customer_name}}님, 안녕하세요."
- kind: empathy
  say: 메일을 받지 못하셔서 불편하셨겠어요. 죄송합니다.
- kind: explanation
  say: 재설정 메일이 스팸함으로 분류되는 경우가 있습니다.
- kind: closing
  say: 문의해 주셔서 감사합니다.
`;

  it('fires when a script never passes a required kind (follow-up by default); the message shows the path', () => {
    const text = chatPlaybook(noFollowUp);
    const { run, messages } = lintText(text);
    const found = ofRule(messages, 'required-steps');
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe(2);
    expect(found[0]!.message).toContain('follow-up');
    // the path greeting → empathy → explanation → closing is shown somehow (by kinds or by step)
    expect(found[0]!.message).toMatch(/greeting|closing|1|4/);
    // the script is the node at fault
    expect(found[0]!.line).toBeGreaterThanOrEqual(at(text, 'chat:').line);
    expect(run.code).toBe(1);
  });

  it('fires for each default required kind: empathy, explanation', () => {
    const noEmpathy = chatPlaybook(CHAT_STEPS.replace('- kind: empathy\n  say: 메일을 받지 못하셔서 많이 불편하셨겠어요. 죄송합니다.\n', ''));
    expect(ofRule(lintText(noEmpathy).messages, 'required-steps').map((m) => m.message).join()).toContain('empathy');
    const noExplanation = chatPlaybook(
      CHAT_STEPS.replace('- kind: explanation\n  say: 재설정 메일이 스팸함으로 분류되는 경우가 있어 지금 다시 보내 드렸습니다.\n', ''),
    );
    expect(ofRule(lintText(noExplanation).messages, 'required-steps').map((m) => m.message).join()).toContain('explanation');
  });

  it('does not require greeting or closing by default', () => {
    const steps = CHAT_STEPS.replace('- kind: greeting\n  say: "{{customer_name}}님, 안녕하세요. 상담원 이서연입니다."\n', '').replace(
      '- kind: closing\n  say: 문의해 주셔서 감사합니다.\n',
      '',
    );
    const text = chatPlaybook(steps.replace('메일을 받지 못하셔서', '{{customer_name}}님, 메일을 받지 못하셔서'));
    expect(ofRule(lintText(text).messages, 'required-steps')).toEqual([]);
  });
});

describe('broken-goto', () => {
  it("fires on a reply's goto that names no step, at the goto value", () => {
    const steps = CHAT_STEPS.replace(
      '  say: 재설정 메일이 스팸함으로 분류되는 경우가 있어 지금 다시 보내 드렸습니다.\n',
      `  say: 재설정 메일이 스팸함으로 분류되는 경우가 있어 지금 다시 보내 드렸습니다.
  replies:
    - customer: 스팸함에도 없어요.
      goto: escalte
    - customer: 찾았어요.
      goto: later
`,
    ).replace('- kind: follow-up', '- id: later\n  kind: follow-up');
    const text = chatPlaybook(steps);
    const { run, messages } = lintText(text);
    const found = ofRule(messages, 'broken-goto');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 2, ...valueAt(text, 'goto: escalte') });
    expect(found[0]!.message).toContain('escalte');
    expect(run.code).toBe(1);
  });

  it("fires on a step's own goto that names no step", () => {
    const steps = CHAT_STEPS.replace('- kind: empathy\n  say: 메일을 받지 못하셔서 많이 불편하셨겠어요. 죄송합니다.\n', '- kind: empathy\n  say: 메일을 받지 못하셔서 많이 불편하셨겠어요. 죄송합니다.\n  goto: explain\n');
    const text = chatPlaybook(steps);
    const found = ofRule(lintText(text).messages, 'broken-goto');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 2, ...valueAt(text, 'goto: explain') });
  });

  it('fires on a goto that names a step of another script of the scenario', () => {
    // `explain` is a step id of the phone script only; the email script may not jump there
    const text = replace(
      GOOD,
      '            say: 환불이 늦어져 불편을 드려 죄송합니다.\n',
      '            say: 환불이 늦어져 불편을 드려 죄송합니다.\n            goto: explain\n',
    );
    const found = ofRule(lintText(text).messages, 'broken-goto');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 2, ...valueAt(text, 'goto: explain') });
  });

  it('does not fire on `goto: end` in a reply nor on gotos to existing steps', () => {
    const { messages } = lintText(GOOD);
    expect(ofRule(messages, 'broken-goto')).toEqual([]);
    const steps = CHAT_STEPS.replace(
      '- kind: closing\n  say: 문의해 주셔서 감사합니다.\n',
      `- kind: closing
  say: 더 도와드릴 일이 있을까요?
  replies:
    - customer: 아니요, 없어요.
      goto: end
    - customer: 하나 더 있어요.
      goto: more
- id: more
  kind: questioning
  say: 네, 말씀해 주세요.
`,
    );
    expect(ofRule(lintText(chatPlaybook(steps)).messages, 'broken-goto')).toEqual([]);
  });
});

describe('unreachable-step', () => {
  it('fires (warn) on a step that a goto jumps over, at that step', () => {
    const steps = CHAT_STEPS.replace(
      '- kind: empathy\n  say: 메일을 받지 못하셔서 많이 불편하셨겠어요. 죄송합니다.\n',
      '- kind: empathy\n  say: 메일을 받지 못하셔서 많이 불편하셨겠어요. 죄송합니다.\n  goto: resend\n- kind: questioning\n  say: 혹시 다른 메일 주소를 쓰고 계신가요?\n',
    ).replace('- kind: explanation', '- id: resend\n  kind: explanation');
    const text = chatPlaybook(steps);
    const { run, messages } = lintText(text);
    const found = ofRule(messages, 'unreachable-step');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 1, ...at(text, 'kind: questioning') });
    expect(run.code).toBe(0);
  });

  it('does not fire on a step reached only through a reply', () => {
    expect(ofRule(lintText(GOOD).messages, 'unreachable-step')).toEqual([]);
  });
});

describe('unknown-placeholder', () => {
  it('fires on an undeclared {{name}} in say, at the text that uses it', () => {
    const text = replace(GOOD, '안녕하세요, {{customer_name}}님.', '안녕하세요, {{customer_nmae}}님.');
    const { run, messages } = lintText(text);
    const found = ofRule(messages, 'unknown-placeholder');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 2, ...valueAt(text, 'say: 안녕하세요, {{customer_nmae}}님.') });
    expect(found[0]!.message).toContain('customer_nmae');
    expect(run.code).toBe(1);
  });

  it('fires on an undeclared {{facts.name}}', () => {
    const text = replace(GOOD, '{{facts.refund_window}}가 걸립니다.\n', '{{facts.refund_days}}가 걸립니다.\n');
    const found = ofRule(lintText(text).messages, 'unknown-placeholder');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 2, ...valueAt(text, 'say: 환불은 카드사 처리에 따라 {{facts.refund_days}}') });
    expect(found[0]!.message).toContain('refund_days');
  });

  it('fires on an undeclared placeholder in an email subject', () => {
    const text = replace(GOOD, '주문 {{order_id}} 환불 진행 안내', '주문 {{order_no}} 환불 진행 안내');
    const found = ofRule(lintText(text).messages, 'unknown-placeholder');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 2, ...valueAt(text, 'subject: "[고객센터] 주문 {{order_no}}') });
  });

  it('a fact name used as a plain placeholder, or a placeholder used as a fact, is undeclared', () => {
    const text = replace(GOOD, '안녕하세요, {{customer_name}}님.', '안녕하세요, {{customer_name}}님. 대표번호는 {{hotline}}입니다.');
    expect(ofRule(lintText(text).messages, 'unknown-placeholder')).toHaveLength(1);
  });

  it('does not fire on declared placeholders and facts', () => {
    expect(ofRule(lintText(GOOD).messages, 'unknown-placeholder')).toEqual([]);
  });
});

describe('empty-step', () => {
  const cases: [string, string][] = [
    ['blank', 'say: ""'],
    ['spaces only', 'say: "   "'],
    ['TODO', 'say: TODO'],
    ['TBD', 'say: TBD'],
    ['FIXME', 'say: FIXME'],
    ['???', 'say: "???"'],
    ['미정', 'say: 미정'],
  ];
  it.each(cases)('fires on a say that is %s, at the say value', (_name, line) => {
    const text = chatPlaybook(CHAT_STEPS.replace('say: 문의해 주셔서 감사합니다.', line));
    const { run, messages } = lintText(text);
    const found = ofRule(messages, 'empty-step');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 2, ...valueAt(text, line) });
    expect(run.code).toBe(1);
  });

  it('does not fire on a real sentence', () => {
    expect(ofRule(lintText(chatPlaybook(CHAT_STEPS)).messages, 'empty-step')).toEqual([]);
  });
});

describe('fact-drift', () => {
  const emailExplanation = '            say: 환불은 카드사 처리에 따라 {{facts.refund_window}}가 걸립니다.\n';

  it('fires on 3~5영업일 on the phone (through {{facts.refund_window}}) vs 7영업일 by email; the message names both places and suggests a fact', () => {
    const text = replace(GOOD, emailExplanation, '            say: 환불은 카드사 처리에 따라 7영업일이 걸립니다.\n');
    const { run, messages } = lintText(text);
    const found = ofRule(messages, 'fact-drift');
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe(2);
    const phoneSay = valueAt(text, 'say: 환불은 카드사 처리에 따라 {{facts.refund_window}}가 걸립니다. 오늘');
    const emailSay = valueAt(text, 'say: 환불은 카드사 처리에 따라 7영업일이 걸립니다.');
    expect([phoneSay, emailSay]).toContainEqual({ line: found[0]!.line, column: found[0]!.column });
    const message = found[0]!.message;
    expect(message).toContain('phone');
    expect(message).toContain('email');
    expect(message).toMatch(/7/);
    expect(message).toMatch(/3~5|3-5/);
    expect(message).toMatch(/facts?\b|\{\{facts\./);
    expect(run.code).toBe(1);
  });

  it('fires on literal figures on both sides too', () => {
    let text = replace(GOOD, '{{facts.refund_window}}가 걸립니다. 오늘', '3~5영업일이 걸립니다. 오늘');
    text = replace(text, emailExplanation, '            say: 환불은 카드사 처리에 따라 7영업일이 걸립니다.\n');
    expect(ofRule(lintText(text).messages, 'fact-drift')).toHaveLength(1);
  });

  it('reads the email subject', () => {
    // the email body states no business days at all; only its subject says 7영업일
    let text = replace(GOOD, emailExplanation, '            say: 환불은 카드사 처리 일정에 따라 진행됩니다.\n');
    text = replace(text, '"[고객센터] 주문 {{order_id}} 환불 진행 안내"', '"[고객센터] 주문 {{order_id}} 환불은 7영업일 이내 처리됩니다"');
    const found = ofRule(lintText(text).messages, 'fact-drift');
    expect(found).toHaveLength(1);
  });

  it('does not read `note` (never said to the customer)', () => {
    // the phone note says 7영업일, but only the say (3~5영업일) counts: the email's 7영업일 still drifts
    let text = replace(GOOD, 'note: 문제 → 해결 → 고객에게 돌아가는 이점 순서로 설명합니다.', 'note: 카드사에 따라 최대 7영업일까지 걸릴 수 있음을 참고하세요.');
    text = replace(text, emailExplanation, '            say: 환불은 카드사 처리에 따라 7영업일이 걸립니다.\n');
    expect(ofRule(lintText(text).messages, 'fact-drift')).toHaveLength(1);

    // and a note alone is no statement: a 10영업일 note never drifts from the email's 3~5영업일
    const quiet = replace(GOOD, 'note: 문제 → 해결 → 고객에게 돌아가는 이점 순서로 설명합니다.', 'note: 10영업일이 지나면 결제팀 2선으로 넘기세요.');
    expect(ofRule(lintText(quiet).messages, 'fact-drift')).toEqual([]);
  });

  it('does not fire when both channels say the same figure, one through facts and one written out', () => {
    const text = replace(GOOD, emailExplanation, '            say: 환불은 카드사 처리에 따라 3~5영업일이 걸립니다.\n');
    expect(ofRule(lintText(text).messages, 'fact-drift')).toEqual([]);
  });

  it('does not compare figures of different units', () => {
    const text = replace(GOOD, emailExplanation, '            say: 카드사 확인 결과는 24시간 안에 메일로 알려 드립니다.\n');
    expect(ofRule(lintText(text).messages, 'fact-drift')).toEqual([]);
  });

  it('fires on two different phone numbers', () => {
    let text = replace(GOOD, '좋은 하루 보내십시오.', '추가 문의는 {{facts.hotline}}으로 연락 주십시오.');
    text = replace(text, 'say: 문의해 주셔서 감사합니다.', 'say: 추가 문의는 1577-1234로 연락 주세요. 감사합니다.');
    const found = ofRule(lintText(text).messages, 'fact-drift');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('1577-1234');
  });

  it('fires on two different amounts in 원', () => {
    let text = replace(GOOD, '내일 오후까지 처리 결과를 문자로 다시 안내해 드리겠습니다.', '불편을 드린 만큼 5,000원 쿠폰을 보내 드리겠습니다.');
    text = replace(text, '처리 결과는 내일 중으로 다시 메일 드리겠습니다.', '불편에 대한 보상으로 3,000원 쿠폰을 보내 드리겠습니다.');
    expect(ofRule(lintText(text).messages, 'fact-drift')).toHaveLength(1);
  });

  it('compares only within one scenario', () => {
    const scenario2 = `  - id: partial-refund
    title: 부분 환불 문의
    when: 일부 상품만 환불받고 싶다는 문의
    scripts:
      phone:
        steps:
          - kind: empathy
            say: "{{customer_name}}님, 번거롭게 해 드려 죄송합니다."
          - kind: explanation
            say: 부분 환불은 7영업일이 걸립니다.
          - kind: follow-up
            say: 접수가 끝나면 문자로 알려 드리겠습니다.
            due: 1d
      email:
        subject: "[고객센터] 주문 {{order_id}} 부분 환불 안내"
        steps:
          - kind: empathy
            say: "{{customer_name}}님, 번거롭게 해 드려 죄송합니다."
          - kind: explanation
            say: 부분 환불은 7영업일이 걸립니다.
          - kind: follow-up
            say: 접수가 끝나면 메일로 알려 드리겠습니다.
            due: 1d
`;
    expect(ofRule(lintText(GOOD + scenario2).messages, 'fact-drift')).toEqual([]);
  });
});

describe('risky-promise', () => {
  const words: [string, string][] = [
    ['반드시', '환불은 반드시 내일까지 입금됩니다.'],
    ['무조건', '무조건 전액 환불해 드리겠습니다.'],
    ['100%', '100% 환불을 보장합니다.'],
    ['절대', '이런 일은 절대 다시 없을 것입니다.'],
    ['즉시', '오늘 즉시 입금해 드리겠습니다.'],
  ];
  it.each(words)('fires (warn) on %s, at the say value', (_word, sentence) => {
    const text = replace(GOOD, 'say: 내일 오후까지 처리 결과를 문자로 다시 안내해 드리겠습니다.', `say: ${sentence}`);
    const { run, messages } = lintText(text);
    const found = ofRule(messages, 'risky-promise');
    expect(found.length).toBeGreaterThanOrEqual(1);
    for (const m of found) expect(m).toMatchObject({ severity: 1, ...valueAt(text, `say: ${sentence}`) });
    expect(run.code).toBe(0);
  });

  const english: [string, string][] = [
    ['guarantee', 'We guarantee your parcel arrives tomorrow.'],
    ['always', 'We always deliver on time.'],
    ['never', 'This will never happen again.'],
    ['immediately', 'I will refund you immediately.'],
  ];
  it.each(english)('fires (warn) on English %s', (_word, sentence) => {
    const text = replace(GOOD_EN, "say: I will message you tomorrow with the courier's answer.", `say: ${sentence}`);
    const found = ofRule(lintText(text).messages, 'risky-promise');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 1, ...valueAt(text, `say: ${sentence}`) });
  });

  it('does not fire on a realistic timeline, nor on a word that only appears in a note', () => {
    expect(ofRule(lintText(GOOD).messages, 'risky-promise')).toEqual([]);
    const text = replace(GOOD, 'note: 문제 → 해결 → 고객에게 돌아가는 이점 순서로 설명합니다.', 'note: 반드시 카드사 접수 번호를 기록하세요.');
    expect(ofRule(lintText(text).messages, 'risky-promise')).toEqual([]);
  });
});

describe('no-personalization', () => {
  it('fires (warn) on a script that uses no declared placeholder, at that script; facts do not count', () => {
    let text = replace(GOOD, '"{{customer_name}}님, 안녕하세요. 고객센터입니다."', '안녕하세요. 고객센터입니다.');
    text = replace(text, '주문 {{order_id}} 환불 진행 안내', '환불 진행 안내');
    const { run, messages } = lintText(text);
    const found = ofRule(messages, 'no-personalization');
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe(1);
    // the email script: named by its key `email:` or its mapping (first key `subject:`)
    const key = at(text, 'email:');
    const mapping = at(text, 'subject: "[고객센터] 환불 진행 안내"');
    expect([key, mapping]).toContainEqual({ line: found[0]!.line, column: found[0]!.column });
    expect(run.code).toBe(0);
  });

  it('does not fire when a placeholder appears only in the email subject', () => {
    const text = replace(GOOD, '"{{customer_name}}님, 안녕하세요. 고객센터입니다."', '안녕하세요. 고객센터입니다.');
    expect(ofRule(lintText(text).messages, 'no-personalization')).toEqual([]);
  });
});

describe('follow-up-due', () => {
  it('fires (warn) on a follow-up without due, at that step', () => {
    const text = replace(GOOD, '            due: 1d\n', '');
    const { run, messages } = lintText(text);
    const found = ofRule(messages, 'follow-up-due');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 1, ...at(text, 'kind: follow-up', 2) });
    expect(run.code).toBe(0);
  });
  it('accepts ISO 8601 durations and 30m / 4h / 2d', () => {
    for (const due of ['PT30M', 'P2D', '30m', '4h', '2d']) {
      const text = replace(GOOD, '            due: 1d\n', `            due: ${due}\n`);
      const { messages } = lintText(text);
      expect(ofRule(messages, 'follow-up-due'), due).toEqual([]);
      expect(ofRule(messages, 'schema'), due).toEqual([]);
    }
  });
});

describe('step-order', () => {
  it('fires (warn) when an explanation comes before any empathy, at the explanation step', () => {
    const steps = `- kind: greeting
  say: "{{customer_name}}님, 안녕하세요."
- kind: explanation
  say: 재설정 메일이 스팸함으로 분류되는 경우가 있어 지금 다시 보내 드렸습니다.
- kind: empathy
  say: 기다리시게 해서 죄송합니다.
- kind: follow-up
  say: 10분 안에 도착하지 않으면 이 창에 말씀해 주세요.
  due: 10m
`;
    const text = chatPlaybook(steps);
    const { run, messages } = lintText(text);
    const found = ofRule(messages, 'step-order');
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe(1);
    expect(found[0]!.line).toBe(at(text, 'kind: explanation').line);
    expect(run.code).toBe(0);
  });

  it('fires (warn) when a follow-up comes before any explanation, at the follow-up step', () => {
    const steps = `- kind: empathy
  say: "{{customer_name}}님, 불편을 드려 죄송합니다."
- kind: follow-up
  say: 10분 안에 도착하지 않으면 이 창에 말씀해 주세요.
  due: 10m
- kind: explanation
  say: 재설정 메일이 스팸함으로 분류되는 경우가 있습니다.
`;
    const text = chatPlaybook(steps);
    const found = ofRule(lintText(text).messages, 'step-order');
    expect(found).toHaveLength(1);
    expect(found[0]!.line).toBe(at(text, 'kind: follow-up').line);
  });

  it('does not fire on empathy → explanation → follow-up', () => {
    expect(ofRule(lintText(GOOD).messages, 'step-order')).toEqual([]);
  });
});

describe('politeness', () => {
  const banmal: [string, string][] = [
    ['반말 -줄게', '주문 내역은 지금 확인해 줄게.'],
    ['반말 imperative', '잠깐만 기다려.'],
    ['반말 question', '이제 됐니?'],
    ['해라체', '환불은 내일 처리한다.'],
    ['반말 -야', '그건 카드사 문제야.'],
  ];
  it.each(banmal)('fires (warn) on %s, at the say value', (_name, sentence) => {
    const text = chatPlaybook(CHAT_STEPS.replace('say: 문의해 주셔서 감사합니다.', `say: ${sentence}`));
    const { run, messages } = lintText(text);
    const found = ofRule(messages, 'politeness');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 1, ...valueAt(text, `say: ${sentence}`) });
    expect(run.code).toBe(0);
  });

  it('fires when only a later sentence of the say is 반말', () => {
    const sentence = '확인해 드렸습니다. 다시 해 봐.';
    const text = chatPlaybook(CHAT_STEPS.replace('say: 문의해 주셔서 감사합니다.', `say: ${sentence}`));
    expect(ofRule(lintText(text).messages, 'politeness')).toHaveLength(1);
  });

  const polite: [string, string][] = [
    ['합쇼체', '주문 내역을 확인해 드리겠습니다. 잠시만 기다려 주십시오.'],
    ['합쇼체 question', '다른 궁금하신 점은 없으십니까?'],
    ['해요체', '주문 내역을 확인해 드릴게요. 잠시만 기다려 주세요.'],
    ['해요체 question', '메일은 잘 받으셨어요?'],
    ['해요체 -죠', '이 방법이 가장 빠르죠.'],
  ];
  it.each(polite)('does not fire on %s', (_name, sentence) => {
    const text = chatPlaybook(CHAT_STEPS.replace('say: 문의해 주셔서 감사합니다.', `say: ${sentence}`));
    expect(ofRule(lintText(text).messages, 'politeness')).toEqual([]);
  });

  it('does not fire on English text nor on a 반말 note', () => {
    expect(ofRule(lintText(GOOD_EN).messages, 'politeness')).toEqual([]);
    const text = replace(GOOD, 'note: 문제 → 해결 → 고객에게 돌아가는 이점 순서로 설명합니다.', 'note: 고객이 화내면 먼저 사과한다.');
    expect(ofRule(lintText(text).messages, 'politeness')).toEqual([]);
  });
});

describe('channel-limit', () => {
  const smsPlaybook = (say: string) => `kind: playbook
format: 1
id: delivery-notice
title: 배송 지연 안내
channels: [sms]
placeholders:
  customer_name: 고객 성함
scenarios:
  - id: courier-delay
    title: 택배사 지연
    when: 택배사 사정으로 배송이 하루 이상 늦어질 때
    scripts:
      sms:
        steps:
          - kind: empathy
            say: "{{customer_name}}님, 배송이 늦어져 죄송합니다."
          - kind: explanation
            say: ${say}
          - kind: follow-up
            say: 출발하면 다시 문자 드리겠습니다.
            due: 1d
`;

  it('an SMS say of exactly 90 EUC-KR bytes (Hangul = 2 bytes) passes', () => {
    const exact = '택배사 사정으로 배송이 하루 늦어집니다. 내일 오전 출발 예정이며 출발 시 다시 안내드립니다.';
    expect(eucKrBytes(exact)).toBe(90);
    const text = smsPlaybook(exact);
    expect(ofRule(lintText(text).messages, 'channel-limit')).toEqual([]);
  });

  it('an SMS say of 91 EUC-KR bytes fires (error), at the say value', () => {
    const over = '택배사 사정으로 배송이 하루 늦어집니다. 내일 오전 출발 예정이며, 출발 시 다시 안내드립니다.';
    expect(eucKrBytes(over)).toBe(91);
    // 55 characters only: counted in characters or UTF-16 units it would pass
    expect(over.length).toBeLessThan(90);
    const text = smsPlaybook(over);
    const { run, messages } = lintText(text);
    const found = ofRule(messages, 'channel-limit');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 2, ...valueAt(text, `say: ${over}`) });
    expect(run.code).toBe(1);
  });

  it('counts placeholders as written', () => {
    // 75 bytes of text + {{customer_name}} (17 bytes as written) = 92 bytes; with a name filled in it would fit
    const say = '{{customer_name}} 고객님, 택배사 사정으로 배송이 하루 늦어집니다. 내일 오전 출발 예정입니다.';
    expect(eucKrBytes(say)).toBeGreaterThan(90);
    expect(eucKrBytes(say.replace('{{customer_name}}', '김철수'))).toBeLessThanOrEqual(90);
    const text = smsPlaybook(`"${say}"`);
    expect(ofRule(lintText(text).messages, 'channel-limit')).toHaveLength(1);
  });

  it('follows limits.sms.maxBytes from the config, both ways', () => {
    const over = '택배사 사정으로 배송이 하루 늦어집니다. 내일 오전 출발 예정이며, 출발 시 다시 안내드립니다.';
    const text = smsPlaybook(over);
    expect(ofRule(lintText(text, { config: 'limits:\n  sms: { maxBytes: 140 }\n' }).messages, 'channel-limit')).toEqual([]);
    const shortSay = '택배사 사정으로 배송이 하루 늦어집니다.'; // 38 bytes
    const small = smsPlaybook(shortSay);
    expect(ofRule(lintText(small).messages, 'channel-limit')).toEqual([]);
    const found = ofRule(lintText(small, { config: 'limits:\n  sms: { maxBytes: 30 }\n' }).messages, 'channel-limit');
    // every say of the SMS script is now over 30 bytes, the explanation among them
    expect(found).toContainEqual(expect.objectContaining({ severity: 2, ...valueAt(small, `say: ${shortSay}`) }));
    expect(found).toHaveLength(3);
  });

  it('does not limit the length of other channels', () => {
    const long = '택배사 사정으로 배송이 하루 늦어집니다. 내일 오전 중 출발 예정이며 출발 시 다시 안내드립니다. '.repeat(3);
    const text = replace(GOOD, 'say: 환불이 늦어져 불편을 드려 죄송합니다.', `say: 환불이 늦어져 불편을 드려 죄송합니다. ${long}`);
    expect(ofRule(lintText(text).messages, 'channel-limit')).toEqual([]);
  });

  it('fires (error) on an email script without subject, at the email script mapping', () => {
    const text = replace(GOOD, '        subject: "[고객센터] 주문 {{order_id}} 환불 진행 안내"\n', '');
    const { run, messages } = lintText(text);
    const found = ofRule(messages, 'channel-limit');
    expect(found).toHaveLength(1);
    // the mapping that lacks `subject` starts at its first key, `steps:` under `email:`
    const emailLine = at(text, 'email:').line;
    expect(found[0]).toMatchObject({ severity: 2, line: emailLine + 1, column: 9 });
    expect(run.code).toBe(1);
  });
});

describe('unknown-playbook', () => {
  const manual = (list: string) => `kind: manual
format: 1
id: cs-handbook-2026
title: 2026 고객 응대 표준 매뉴얼
chapters:
  - title: 결제와 환불
    playbooks: ${list}
`;
  const billing = replace(GOOD_EN, 'id: late-delivery', 'id: billing-double-charge');

  it('fires on an id that matches no playbook, at that entry', () => {
    const text = manual('[refund-delay, refund-dealy]');
    const dir = project({ 'manual.yaml': text, 'refund.yaml': GOOD });
    const { run, reports } = lintJson(dir, ['manual.yaml', 'refund.yaml']);
    const found = ofRule(reports.find((r) => r.filePath === 'manual.yaml')!.messages, 'unknown-playbook');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 2, ...at(text, 'refund-dealy') });
    expect(found[0]!.message).toContain('refund-dealy');
    expect(run.code).toBe(1);
  });

  it('fires on a glob pattern that matches no playbook', () => {
    const text = manual('\n      - refund-delay\n      - "shipping-*"\n');
    const dir = project({ 'manual.yaml': text, 'refund.yaml': GOOD, 'billing.yaml': billing });
    const { reports } = lintJson(dir, ['manual.yaml', 'refund.yaml', 'billing.yaml']);
    const found = ofRule(reports.find((r) => r.filePath === 'manual.yaml')!.messages, 'unknown-playbook');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 2, ...at(text, '"shipping-*"') });
  });

  it('does not fire on existing ids and on glob patterns that match', () => {
    const text = manual('[refund-delay, "billing-*", "*-delay"]');
    const dir = project({ 'manual.yaml': text, 'refund.yaml': GOOD, 'billing.yaml': billing });
    const { run, reports } = lintJson(dir, ['manual.yaml', 'refund.yaml', 'billing.yaml']);
    expect(reports.flatMap((r) => ofRule(r.messages, 'unknown-playbook'))).toEqual([]);
    expect(run.code).toBe(0);
  });
});

describe('positions in multi-document files', () => {
  it('every document is linted and positions are those of the file as written', () => {
    const second = replace(chatPlaybook(CHAT_STEPS, { id: 'account-locked' }), 'say: 문의해 주셔서 감사합니다.', 'say: 무조건 오늘 안에 풀어 드리겠습니다.');
    const third = replace(GOOD_EN, '            due: 1d\n', '');
    const text = `${GOOD}---\n${second}---\n${third}`;
    const { messages } = lintText(text);
    expect(ofRule(messages, 'risky-promise')).toEqual([
      expect.objectContaining({ severity: 1, ...valueAt(text, 'say: 무조건 오늘 안에 풀어 드리겠습니다.') }),
    ]);
    expect(ofRule(messages, 'follow-up-due')).toEqual([
      expect.objectContaining({ severity: 1, ...at(text, 'kind: follow-up', 4) }),
    ]);
  });

  it('a schema error in the second document points into the second document', () => {
    const second = replace(GOOD_EN, 'title: Late delivery\n', '');
    const text = `${GOOD}---\n${second}`;
    const found = ofRule(lintText(text).messages, 'schema');
    expect(found).toHaveLength(1);
    // the mapping that lacks `title` is the second document's root: it starts right after `---`
    expect(found[0]).toMatchObject({ line: at(text, '---\n').line + 1, column: 1 });
  });

  it('a document with an unknown kind after a good one is a schema error on its own line', () => {
    const text = `${GOOD}---\nkind: checklist\nformat: 1\nid: opening-checklist\n`;
    const { messages } = lintText(text);
    expect(ofRule(messages, 'yaml-syntax')).toEqual([]);
    const found = ofRule(messages, 'schema');
    expect(found.length).toBeGreaterThanOrEqual(1);
    expect(found[0]!.line).toBe(at(text, 'kind: checklist').line);
  });
});

describe('positions: columns, line endings, BOM, document markers', () => {
  const flowStyle = replace(
    GOOD,
    '              - customer: 너무 늦어요. 지금 당장 해결해 주세요.\n                goto: escalate\n',
    '              - { customer: 너무 늦어요. 지금 당장 해결해 주세요., goto: escalte }\n',
  );

  it('columns count characters (Hangul is one column), not bytes', () => {
    const found = ofRule(lintText(flowStyle).messages, 'broken-goto');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(at(flowStyle, 'escalte }'));
  });

  it('CRLF line endings give the same positions', () => {
    const { messages } = lintText(flowStyle.replace(/\n/g, '\r\n'));
    expect(ofRule(messages, 'broken-goto')[0]).toMatchObject(at(flowStyle, 'escalte }'));
  });

  it('a UTF-8 byte order mark does not shift the first line', () => {
    const { messages } = lintText(`\uFEFF${flowStyle}`);
    expect(ofRule(messages, 'broken-goto')[0]).toMatchObject(at(flowStyle, 'escalte }'));
    const noTitle = lintText(`\uFEFF${replace(GOOD, 'title: 환불 지연 문의 응대\n', '')}`).messages;
    expect(ofRule(noTitle, 'schema')[0]).toMatchObject({ line: 1, column: 1 });
  });

  it('a repeated key in a later document, after `...` and comments, is found on its own line', () => {
    const text = `${GOOD_EN}...\n---\n# 환불 문의 플레이북\n${replace(GOOD, 'owner: billing-cs\n', 'owner: billing-cs\nowner: payments-cs\n')}`;
    const found = ofRule(lintText(text).messages, 'yaml-syntax');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(at(text, 'owner: payments-cs'));
  });
});

describe('fact-drift units', () => {
  const variant = (phone: string, email: string) =>
    replace(
      replace(GOOD, '환불은 카드사 처리에 따라 {{facts.refund_window}}가 걸립니다. 오늘', `${phone} 오늘`),
      '            say: 환불은 카드사 처리에 따라 {{facts.refund_window}}가 걸립니다.\n',
      `            say: ${email}\n`,
    );
  const drifting: [string, string, string][] = [
    ['일/days', '환불은 7일 안에 처리됩니다.', '환불은 14일 안에 처리됩니다.'],
    ['시간/hours', '24시간 안에 답변드리겠습니다.', '48시간 안에 답변드리겠습니다.'],
    ['분/minutes', '30분 안에 다시 연락드리겠습니다.', '10분 안에 다시 연락드리겠습니다.'],
    ['%', '위약금은 결제 금액의 10%입니다.', '위약금은 결제 금액의 20%입니다.'],
    ['$', '해외 결제 수수료 $20는 함께 환불됩니다.', '해외 결제 수수료 $30는 함께 환불됩니다.'],
    ['영업일 = business days', 'Refunds take 5 business days.', '환불은 7영업일이 걸립니다.'],
  ];
  it.each(drifting)('fires on %s', (_unit, phone, email) => {
    const found = ofRule(lintText(variant(phone, email)).messages, 'fact-drift');
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe(2);
  });

  it('does not compare 일 with 영업일', () => {
    expect(ofRule(lintText(variant('환불은 7일 안에 처리됩니다.', '환불은 5영업일 안에 처리됩니다.')).messages, 'fact-drift')).toEqual([]);
  });
});

describe('schema: format version', () => {
  it('a format other than 1 is reported as a schema error', () => {
    const text = replace(GOOD, 'format: 1', 'format: 2');
    const found = ofRule(lintText(text).messages, 'schema');
    expect(found.length).toBeGreaterThanOrEqual(1);
    expect(found[0]!.line).toBe(2);
  });
});

describe('positions: block scalars', () => {
  it('a finding in a multi-line `say: |` is reported at the block scalar node', () => {
    const text = replace(
      GOOD,
      '            say: 내일 오후까지 처리 결과를 문자로 다시 안내해 드리겠습니다.\n',
      '            say: |\n              내일 오후까지 처리 결과를\n              반드시 문자로 안내해 드리겠습니다.\n',
    );
    const found = ofRule(lintText(text).messages, 'risky-promise');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 1, ...valueAt(text, 'say: |') });
    expect(found[0]!.endLine).toBeGreaterThan(found[0]!.line);
  });
});
