/**
 * FORMAT.md §1.1 "Additions to format 1", §2 `purposes` / `publicChannels` / `limits.kakao`, §3 `public-privacy`,
 * `channel-limit`, `no-personalization`, `required-steps` and `step-order`: through the real command line.
 */
import { describe, expect, it } from 'vitest';
import { at, chatPlaybook, indent, lintText, ofRule, sb, project, valueAt } from './support.js';

const CLEAN_STEPS = `- kind: empathy
  say: "{{customer_name}}님, 메일을 받지 못하셔서 답답하셨겠어요. 죄송합니다."
- kind: explanation
  say: 재설정 메일은 스팸함으로 분류되는 경우가 있습니다.
- kind: follow-up
  say: 10분 뒤에 다시 확인해서 알려 드리겠습니다.
  due: 10m`;

/** A playbook whose one scenario has `purpose` and scripts given per channel. */
function withPurpose(purpose: string | undefined, scripts: Record<string, string>, header = ''): string {
  const blocks = Object.entries(scripts).map(([channel, steps]) => `      ${channel}:\n        steps:\n${indent(steps.trim(), 10)}`);
  return `kind: playbook
format: 1
id: notices
title: 안내
channels: [${Object.keys(scripts).join(', ')}]
placeholders:
  customer_name: 고객 성함
${header}scenarios:
  - id: the-scenario
${purpose === undefined ? '' : `    purpose: ${purpose}\n`}    title: 시나리오
    when: 언제
    scripts:
${blocks.join('\n')}
`;
}

describe('purpose', () => {
  it('a notice needs only an explanation: no required-steps for the missing empathy and follow-up', () => {
    const text = withPurpose('notice', { sms: '- kind: explanation\n  say: "[한결몰] {{customer_name}}님, 출고가 하루 늦어집니다."' });
    const { messages, run } = lintText(text);
    expect(ofRule(messages, 'required-steps')).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('without purpose the scenario is checked against required."*", as before', () => {
    const text = withPurpose(undefined, { sms: '- kind: explanation\n  say: "[한결몰] {{customer_name}}님, 출고가 하루 늦어집니다."' });
    const kinds = ofRule(lintText(text).messages, 'required-steps').map((m) => m.message);
    expect(kinds).toHaveLength(2);
    expect(kinds.join()).toMatch(/empathy/);
    expect(kinds.join()).toMatch(/follow-up/);
  });

  it('a transfer must pass an escalation, and the per-channel list of required is added whatever the purpose', () => {
    const text = withPurpose('transfer', { phone: '- kind: explanation\n  say: "{{customer_name}}님, 결제팀으로 연결해 드리겠습니다."' });
    const messages = ofRule(lintText(text, { config: 'required:\n  phone: [greeting]\n' }).messages, 'required-steps').map((m) => m.message);
    expect(messages).toHaveLength(2);
    expect(messages.join()).toMatch(/escalation/);
    expect(messages.join()).toMatch(/greeting/);
  });

  it('a purpose the config declares is known, with its own kinds; a config entry replaces the preset for that purpose', () => {
    const config = 'purposes:\n  warranty-claim: [empathy, escalation]\n  notice: [explanation, follow-up]\n';
    const claim = withPurpose('warranty-claim', { chat: '- kind: empathy\n  say: "{{customer_name}}님, 불편을 드려 죄송합니다."' });
    const claimed = lintText(claim, { config }).messages;
    expect(ofRule(claimed, 'schema')).toEqual([]);
    expect(ofRule(claimed, 'required-steps').map((m) => m.message).join()).toMatch(/escalation/);
    const notice = withPurpose('notice', { sms: '- kind: explanation\n  say: "[한결몰] {{customer_name}}님, 출고가 하루 늦어집니다."' });
    expect(ofRule(lintText(notice, { config }).messages, 'required-steps').map((m) => m.message).join()).toMatch(/follow-up/);
  });

  it('an unknown purpose is a schema error at its value, with did-you-mean', () => {
    const text = withPurpose('complant', { chat: CLEAN_STEPS });
    const { messages, run } = lintText(text);
    const schema = ofRule(messages, 'schema');
    expect(schema).toHaveLength(1);
    expect(schema[0]).toMatchObject(valueAt(text, 'purpose: complant'));
    expect(schema[0]!.message).toMatch(/complant/);
    expect(schema[0]!.message).toMatch(/did you mean `complaint`\?/);
    expect(run.code).toBe(1);
  });

  it('a purpose of another project is unknown here; declared, it is fine', () => {
    const text = withPurpose('warranty-claim', { chat: CLEAN_STEPS });
    expect(ofRule(lintText(text).messages, 'schema')).toHaveLength(1);
    expect(ofRule(lintText(text, { config: 'purposes:\n  warranty-claim: [empathy]\n' }).messages, 'schema')).toEqual([]);
  });

  it('a config purpose with an unknown step kind stops the run (exit 2) naming the file and position', () => {
    const dir = project({ 'pb.yaml': chatPlaybook(CLEAN_STEPS), 'servicebook.yaml': 'purposes:\n  warranty-claim: [empaty]\n' });
    const run = sb(['lint', 'pb.yaml'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/servicebook\.yaml:2:\d+/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('kind as a list', () => {
  it('counts as each of its kinds on every path', () => {
    const text = chatPlaybook(`
- kind: [empathy, explanation]
  say: "{{customer_name}}님, 기다리시게 해 죄송합니다. 재설정 메일은 스팸함으로 분류되는 경우가 있습니다."
- kind: follow-up
  say: 10분 뒤에 다시 확인해서 알려 드리겠습니다.
  due: 10m
`);
    const { messages, run } = lintText(text);
    expect(ofRule(messages, 'required-steps')).toEqual([]);
    expect(ofRule(messages, 'step-order')).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('its kinds happen together: [explanation, empathy] puts no explanation before empathy', () => {
    const text = chatPlaybook(`
- kind: [explanation, empathy]
  say: "{{customer_name}}님, 재설정 메일은 스팸함으로 분류되는 경우가 있습니다. 불편을 드려 죄송합니다."
- kind: empathy
  say: 많이 답답하셨겠어요.
- kind: follow-up
  say: 10분 뒤에 다시 확인해서 알려 드리겠습니다.
  due: 10m
`);
    expect(ofRule(lintText(text).messages, 'step-order')).toEqual([]);
  });

  it('a follow-up in a list is a follow-up for follow-up-due', () => {
    const text = chatPlaybook(`
- kind: [empathy, explanation]
  say: "{{customer_name}}님, 죄송합니다. 재설정 메일은 스팸함으로 분류되는 경우가 있습니다."
- kind: [follow-up, closing]
  say: 다시 확인해서 알려 드리겠습니다. 감사합니다.
`);
    const due = ofRule(lintText(text).messages, 'follow-up-due');
    expect(due).toHaveLength(1);
  });

  it('a repeated kind is a schema error at the repeated item', () => {
    const text = chatPlaybook(`
- kind: [empathy, explanation, empathy]
  say: "{{customer_name}}님, 죄송합니다."
`);
    const schema = ofRule(lintText(text).messages, 'schema');
    expect(schema).toHaveLength(1);
    expect(schema[0]).toMatchObject(at(text, 'empathy]'));
    expect(schema[0]!.message).toMatch(/same value twice/);
  });

  it('an empty list is a schema error at the list', () => {
    const text = chatPlaybook(`
- kind: []
  say: "{{customer_name}}님, 죄송합니다."
`);
    const schema = ofRule(lintText(text).messages, 'schema');
    expect(schema).toHaveLength(1);
    expect(schema[0]).toMatchObject(at(text, '[]'));
    expect(schema[0]!.message).toMatch(/at least 1 item/);
  });

  it('an unknown kind in a list is named, with did-you-mean, at the item', () => {
    const text = chatPlaybook(`
- kind: [empathy, explanaton]
  say: "{{customer_name}}님, 죄송합니다."
`);
    const schema = ofRule(lintText(text).messages, 'schema');
    expect(schema).toHaveLength(1);
    expect(schema[0]).toMatchObject(at(text, 'explanaton'));
    expect(schema[0]!.message).toMatch(/did you mean `explanation`\?/);
  });
});

describe('placeholders in the long form', () => {
  const header = (declaration: string) => `placeholders:\n${declaration}\n`;
  const text = (declaration: string) =>
    chatPlaybook(CLEAN_STEPS).replace('placeholders:\n  customer_name: 고객 성함\n', header(declaration));

  it('description, personal and example are accepted; the short form stays', () => {
    const long = text('  customer_name:\n    description: 고객 성함\n    personal: true\n    example: 김하늘\n  order_id: 주문 번호');
    const { messages, run } = lintText(long);
    expect(messages).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('a mapping without description is a schema error at the mapping', () => {
    const bad = text('  customer_name:\n    personal: true\n    example: 김하늘');
    const schema = ofRule(lintText(bad).messages, 'schema');
    expect(schema).toHaveLength(1);
    expect(schema[0]!.line).toBe(at(bad, 'personal: true').line);
    expect(schema[0]!.message).toMatch(/`description`/);
  });

  it('a value that is neither text nor a mapping is a schema error', () => {
    const bad = text('  customer_name: 42');
    const schema = ofRule(lintText(bad).messages, 'schema');
    expect(schema).toHaveLength(1);
    expect(schema[0]).toMatchObject(valueAt(bad, 'customer_name: 42'));
  });

  it('an unknown key in the mapping is named', () => {
    const bad = text('  customer_name:\n    description: 고객 성함\n    exampel: 김하늘');
    const schema = ofRule(lintText(bad).messages, 'schema');
    expect(schema).toHaveLength(1);
    expect(schema[0]).toMatchObject(at(bad, 'exampel'));
    expect(schema[0]!.message).toMatch(/did you mean `example`\?/);
  });
});

describe('x- keys', () => {
  it('are allowed in every mapping whose keys the schema fixes, and ignored by every rule', () => {
    const text = chatPlaybook(
      `
- kind: empathy
  x-zendesk-id: 901
  say: "{{customer_name}}님, 메일을 받지 못하셔서 답답하셨겠어요. 죄송합니다."
  replies:
    - customer: 네.
      goto: explain
      x-weight: 2
- id: explain
  kind: explanation
  say: 재설정 메일은 스팸함으로 분류되는 경우가 있습니다.
- kind: follow-up
  say: 10분 뒤에 다시 확인해서 알려 드리겠습니다.
  due: 10m
`,
      { extraHeader: 'x-owner-slack: "#cs-billing"\n' },
    ).replace('    title: 재설정 메일 미수신\n', '    title: 재설정 메일 미수신\n    x-import: { source: zendesk, macro: 12 }\n');
    const { messages, run } = lintText(text);
    expect(messages).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('in a manual too', () => {
    const manual = `kind: manual
format: 1
id: handbook
title: 매뉴얼
x-print: { paper: A4 }
chapters:
  - title: 비밀번호
    x-color: blue
    playbooks: [password-reset]
`;
    const { reports } = lintText(chatPlaybook(CLEAN_STEPS), { extra: { 'manual.yaml': manual } });
    expect(reports.find((r) => r.filePath === 'manual.yaml')!.messages).toEqual([]);
  });

  it('where keys are names, an x- key is a name like any other (here not a valid placeholder name)', () => {
    const text = chatPlaybook(CLEAN_STEPS).replace('  customer_name: 고객 성함\n', '  customer_name: 고객 성함\n  x-note: 메모\n');
    const schema = ofRule(lintText(text).messages, 'schema');
    expect(schema).toHaveLength(1);
    expect(schema[0]).toMatchObject(at(text, 'x-note'));
    expect(schema[0]!.message).toMatch(/`x-note` cannot be a name in `placeholders`/);
  });
});

describe('public channels', () => {
  const review = (say: string, header = 'placeholders:\n  customer_name: 고객 성함\n') =>
    withPurpose('complaint', { social: `- kind: [empathy, explanation, follow-up]\n  say: "${say}"\n  due: P1D` }, '').replace(
      'placeholders:\n  customer_name: 고객 성함\n',
      header,
    );

  it('no-personalization is silent on social', () => {
    const text = review('늦어져서 죄송합니다. 물량이 몰려 늦어졌고, 1:1 문의로 남겨 주시면 하루 안에 답변드리겠습니다.');
    const { messages, run } = lintText(text);
    expect(ofRule(messages, 'no-personalization')).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('public-privacy reports a personal placeholder, a phone number, an e-mail address and a long number', () => {
    const header = 'placeholders:\n  customer_name: { description: 고객 성함, personal: true }\nfacts:\n  hotline: 1588-0000\n';
    const text = review(
      '{{customer_name}}님, 주문 2024031512345 건 죄송합니다. 010-1234-5678 또는 cs@example.com으로 연락드리겠습니다. 대표번호 {{facts.hotline}}',
      header,
    );
    const { messages, run } = lintText(text);
    const privacy = ofRule(messages, 'public-privacy');
    expect(privacy).toHaveLength(4);
    for (const finding of privacy) {
      expect(finding.severity).toBe(2);
      expect(finding.line).toBe(at(text, 'say: "{{customer_name}}').line);
    }
    const all = privacy.map((m) => m.message).join('\n');
    expect(all).toMatch(/\{\{customer_name\}\}/);
    expect(all).toMatch(/010-1234-5678/);
    expect(all).toMatch(/cs@example\.com/);
    expect(all).toMatch(/2024031512345/);
    expect(all).not.toMatch(/1588-0000/);
    expect(run.code).toBe(1);
  });

  it('publicChannels in the config decides which channels are public', () => {
    const text = withPurpose('notice', { chat: '- kind: explanation\n  say: "{{customer_name}}님, 010-1234-5678로 연락 주세요."' });
    expect(ofRule(lintText(text).messages, 'public-privacy')).toEqual([]);
    const publicChat = lintText(text, { config: 'publicChannels: [chat]\n' }).messages;
    expect(ofRule(publicChat, 'public-privacy')).toHaveLength(1);
    expect(ofRule(publicChat, 'no-personalization')).toEqual([]);
  });
});

describe('channel-limit counts the text as the customer gets it', () => {
  it('facts filled in and a placeholder as its example', () => {
    const header = 'facts:\n  window: 영업일 기준 삼 일에서 오 일 사이\n';
    const short = withPurpose('notice', { sms: '- kind: explanation\n  say: "[한결몰] {{customer_name}}님, 환불은 {{facts.window}} 안에 들어옵니다."' }, header);
    expect(ofRule(lintText(short).messages, 'channel-limit')).toEqual([]);
    const longFact = short.replace('영업일 기준 삼 일에서 오 일 사이', '영업일 기준 삼 일에서 오 일 사이이며 주말과 공휴일은 빼고 셉니다');
    expect(ofRule(lintText(longFact).messages, 'channel-limit')).toHaveLength(1);
    const longName = short.replace('  customer_name: 고객 성함', '  customer_name: { description: 고객 성함, example: 김하늘하늘하늘하늘하늘하늘 }');
    expect(ofRule(lintText(longName).messages, 'channel-limit')).toHaveLength(1);
  });

  it('a kakao message over limits.kakao.maxChars (default 1,000 characters)', () => {
    const say = '가'.repeat(970); // 17 ({{customer_name}} as written) + 3 + 970 = 990 characters
    const text = withPurpose('notice', { kakao: `- kind: explanation\n  say: "{{customer_name}}님, ${say}"` });
    expect(ofRule(lintText(text).messages, 'channel-limit')).toEqual([]);
    const over = withPurpose('notice', { kakao: `- kind: explanation\n  say: "{{customer_name}}님, ${say}"` }).replace(
      '  customer_name: 고객 성함',
      `  customer_name: { description: 고객 성함, example: ${'나'.repeat(30)} }`, // 990 - 17 + 30 = 1,003
    );
    const limited = ofRule(lintText(over).messages, 'channel-limit');
    expect(limited).toHaveLength(1);
    expect(limited[0]!.message).toMatch(/1000/);
    expect(ofRule(lintText(text, { config: 'limits:\n  kakao: { maxChars: 500 }\n' }).messages, 'channel-limit')).toHaveLength(1);
  });
});
