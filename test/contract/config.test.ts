/**
 * FORMAT.md §2 (project config), §3 (severities, strict, suppression comments) and the
 * --rule / --config / --report-unused-disables options of §4.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHAT_STEPS, GOOD, GOOD_EN, at, chatPlaybook, lintJson, lintText, ofRule, project, replace, sb } from './support.js';

/** GOOD with one risky promise (warn), one follow-up without due (warn) and no errors. */
const WARNY = replace(
  replace(GOOD, 'say: 내일 오후까지 처리 결과를 문자로 다시 안내해 드리겠습니다.', 'say: 반드시 내일 오후까지 처리 결과를 문자로 안내해 드리겠습니다.'),
  '            due: 1d\n',
  '',
);
const RISKY_SAY = 'say: 반드시 내일 오후까지 처리 결과를 문자로 안내해 드리겠습니다.';

describe('severities', () => {
  it('recommended: risky-promise and follow-up-due are warnings, exit 0', () => {
    const { run, report } = lintText(WARNY);
    expect(report.messages.map((m) => [m.ruleId, m.severity]).sort()).toEqual([
      ['follow-up-due', 1],
      ['risky-promise', 1],
    ]);
    expect(report).toMatchObject({ errorCount: 0, warningCount: 2 });
    expect(run.code).toBe(0);
  });

  it('`extends: strict` turns every warn into error', () => {
    const { run, report } = lintText(WARNY, { config: 'extends: strict\n' });
    expect(report.messages.map((m) => [m.ruleId, m.severity]).sort()).toEqual([
      ['follow-up-due', 2],
      ['risky-promise', 2],
    ]);
    expect(report).toMatchObject({ errorCount: 2, warningCount: 0 });
    expect(run.code).toBe(1);
  });

  it('`extends: recommended` is the default', () => {
    const { run, report } = lintText(WARNY, { config: 'extends: recommended\n' });
    expect(report).toMatchObject({ errorCount: 0, warningCount: 2 });
    expect(run.code).toBe(0);
  });

  it('`rules:` in the config sets off | warn | error per rule id', () => {
    const config = 'rules:\n  risky-promise: error\n  follow-up-due: off\n  channel-limit: warn\n';
    const text = replace(WARNY, '        subject: "[고객센터] 주문 {{order_id}} 환불 진행 안내"\n', '');
    const { run, report } = lintText(text, { config });
    expect(report.messages.map((m) => [m.ruleId, m.severity]).sort()).toEqual([
      ['channel-limit', 1],
      ['risky-promise', 2],
    ]);
    expect(run.code).toBe(1);
  });

  it('`rules:` in the config override what strict made of them', () => {
    const { report } = lintText(WARNY, { config: 'extends: strict\nrules:\n  follow-up-due: warn\n' });
    expect(report.messages.map((m) => [m.ruleId, m.severity]).sort()).toEqual([
      ['follow-up-due', 1],
      ['risky-promise', 2],
    ]);
  });

  it('--rule ID=SEVERITY overrides the config, and is repeatable', () => {
    const config = 'rules:\n  risky-promise: error\n';
    const { run, report } = lintText(WARNY, { config, args: ['--rule', 'risky-promise=off', '--rule', 'follow-up-due=error'] });
    expect(report.messages.map((m) => [m.ruleId, m.severity])).toEqual([['follow-up-due', 2]]);
    expect(run.code).toBe(1);
  });

  it('--rule can turn a warning into an error and an error off', () => {
    const noSubject = replace(GOOD, '        subject: "[고객센터] 주문 {{order_id}} 환불 진행 안내"\n', '');
    const off = lintText(noSubject, { args: ['--rule', 'channel-limit=off'] });
    expect(off.messages).toEqual([]);
    expect(off.run.code).toBe(0);
    const up = lintText(WARNY, { args: ['--rule', 'risky-promise=error'] });
    expect(ofRule(up.messages, 'risky-promise')[0]!.severity).toBe(2);
    expect(up.run.code).toBe(1);
  });

  it('--rule with an unknown rule id or severity is a usage error (exit 2)', () => {
    const dir = project({ 'pb.yaml': GOOD });
    expect(sb(['lint', 'pb.yaml', '--rule', 'risky-promise=fatal'], dir).code).toBe(2);
    expect(sb(['lint', 'pb.yaml', '--rule', 'no-such-rule=error'], dir).code).toBe(2);
  });
});

describe('required', () => {
  const greetingLess = replace(
    GOOD,
    '          - kind: greeting\n            say: 안녕하세요, {{customer_name}}님. 고객센터 김하늘입니다.\n',
    '',
  );

  it('by default greeting and closing are not required', () => {
    expect(ofRule(lintText(greetingLess).messages, 'required-steps')).toEqual([]);
  });

  it('`required.<channel>` adds kinds for that channel only', () => {
    // the phone script now lacks a greeting; the email script lacks a closing, which only phone requires
    const text = replace(greetingLess, '          - kind: closing\n            say: 문의해 주셔서 감사합니다.\n', '');
    const config = 'required:\n  "*": [empathy, explanation, follow-up]\n  phone: [greeting, closing]\n';
    const found = ofRule(lintText(text, { config }).messages, 'required-steps');
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe(2);
    expect(found[0]!.message).toContain('greeting');
    // reported inside the phone script, not the email one
    expect(found[0]!.line).toBeGreaterThan(at(text, 'phone:').line);
    expect(found[0]!.line).toBeLessThan(at(text, 'email:').line);
  });

  it('`required."*"` replaces the default kinds', () => {
    const noFollowUp = replace(GOOD, '          - kind: follow-up\n            say: 처리 결과는 내일 중으로 다시 메일 드리겠습니다.\n            due: 1d\n', '');
    expect(ofRule(lintText(noFollowUp).messages, 'required-steps')).toHaveLength(1);
    const config = 'required:\n  "*": [empathy, explanation]\n';
    expect(ofRule(lintText(noFollowUp, { config }).messages, 'required-steps')).toEqual([]);
    const stricter = 'required:\n  "*": [empathy, explanation, follow-up, feedback]\n';
    const found = ofRule(lintText(GOOD, { config: stricter }).messages, 'required-steps');
    // the email script has no feedback step; the phone script has one on every path
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('feedback');
    expect(found[0]!.line).toBeGreaterThan(at(GOOD, 'email:').line);
  });

  it('a channel entry without "*" keeps the default kinds for every script', () => {
    const noFollowUp = replace(GOOD, '          - kind: follow-up\n            say: 처리 결과는 내일 중으로 다시 메일 드리겠습니다.\n            due: 1d\n', '');
    const config = 'required:\n  phone: [greeting, closing]\n';
    const found = ofRule(lintText(noFollowUp, { config }).messages, 'required-steps');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('follow-up');
  });
});

describe('config discovery', () => {
  it('is found from the current directory upward', () => {
    const dir = project({ 'servicebook.yaml': 'rules:\n  risky-promise: error\n', 'team/billing/pb.yaml': WARNY });
    const { run, reports } = lintJson(join(dir, 'team/billing'), ['pb.yaml']);
    expect(ofRule(reports[0]!.messages, 'risky-promise')[0]!.severity).toBe(2);
    expect(run.code).toBe(1);
  });

  it('--config FILE is used instead', () => {
    const dir = project({
      'servicebook.yaml': 'rules:\n  risky-promise: error\n',
      'ci/lenient.yaml': 'rules:\n  risky-promise: off\n  follow-up-due: off\n',
      'pb.yaml': WARNY,
    });
    const { run, reports } = lintJson(dir, ['pb.yaml', '--config', 'ci/lenient.yaml']);
    expect(reports[0]!.messages).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('with no paths, lint takes the config include and honours exclude', () => {
    const dir = project({
      'servicebook.yaml': 'include: ["playbooks/**/*.yaml"]\nexclude: ["playbooks/drafts/**"]\n',
      'playbooks/billing/refund.yaml': GOOD,
      'playbooks/delivery.yaml': GOOD_EN,
      'playbooks/drafts/wip.yaml': 'kind: playbook\nformat: 1\nid: wip\n',
      'notes/other.yaml': 'kind: checklist\n',
    });
    const { run, reports } = lintJson(dir, []);
    expect(reports.map((r) => r.filePath.replace(/\\/g, '/')).sort()).toEqual(['playbooks/billing/refund.yaml', 'playbooks/delivery.yaml']);
    expect(run.code).toBe(0);
  });
});

describe('suppression comments', () => {
  it('servicebook-disable-next-line RULE -- reason suppresses that rule on the next line', () => {
    const text = replace(
      WARNY,
      `            ${RISKY_SAY}\n`,
      `            # servicebook-disable-next-line risky-promise -- 법무팀 승인 문구\n            ${RISKY_SAY}\n`,
    );
    const { run, messages } = lintText(text);
    expect(ofRule(messages, 'risky-promise')).toEqual([]);
    expect(ofRule(messages, 'follow-up-due')).toHaveLength(1);
    expect(run.code).toBe(0);
  });

  it('the example of FORMAT.md: 100% 환불을 보장합니다', () => {
    const text = chatPlaybook(
      CHAT_STEPS.replace(
        '  say: 10분 안에 도착하지 않으면 이 창에 말씀해 주세요. 바로 다른 방법으로 도와드리겠습니다.\n',
        '  # servicebook-disable-next-line risky-promise -- 법무팀 승인 문구\n  say: 100% 환불을 보장합니다.\n',
      ),
    );
    expect(ofRule(lintText(text).messages, 'risky-promise')).toEqual([]);
  });

  it('only covers the named rule and only the next line', () => {
    const otherRule = replace(
      WARNY,
      `            ${RISKY_SAY}\n`,
      `            # servicebook-disable-next-line politeness -- 다른 규칙\n            ${RISKY_SAY}\n`,
    );
    expect(ofRule(lintText(otherRule).messages, 'risky-promise')).toHaveLength(1);

    const tooEarly = replace(
      WARNY,
      '          - id: promise\n',
      '          # servicebook-disable-next-line risky-promise -- 법무팀 승인 문구\n          - id: promise\n',
    );
    expect(ofRule(lintText(tooEarly).messages, 'risky-promise')).toHaveLength(1);
  });

  it('# servicebook-disable RULE -- reason before the first key covers the whole document, and only that document', () => {
    const impersonal = (text: string) =>
      replace(replace(text, '"{{customer_name}}님, 안녕하세요. 고객센터입니다."', '안녕하세요. 고객센터입니다.'), '주문 {{order_id}} 환불', '환불');
    const doc = impersonal(GOOD);
    const suppressed = `# servicebook-disable no-personalization -- 전 고객 대상 공지 메일\n${doc.replace('id: refund-delay', 'id: refund-delay-notice')}`;
    const text = `${doc}---\n${suppressed}`;
    const messages = ofRule(lintText(text).messages, 'no-personalization');
    // the first document still reports; the second is covered
    expect(messages).toHaveLength(1);
    expect(messages[0]!.line).toBeLessThan(at(text, '---\n').line);

    const alone = lintText(suppressed);
    expect(alone.messages).toEqual([]);
    expect(alone.run.code).toBe(0);
  });

  it('a whole-document disable after a yaml-language-server comment still counts', () => {
    const text = `# yaml-language-server: $schema=../schemas/playbook.schema.json\n# servicebook-disable risky-promise -- 법무팀 승인 문구\n${WARNY}`;
    const { messages } = lintText(text);
    expect(ofRule(messages, 'risky-promise')).toEqual([]);
    expect(ofRule(messages, 'follow-up-due')).toHaveLength(1);
  });

  it('--report-unused-disables reports a disable comment that suppresses nothing, at its line', () => {
    const text = replace(
      GOOD,
      '            say: 환불이 늦어져 불편을 드려 죄송합니다.\n',
      '            # servicebook-disable-next-line risky-promise -- 예전 문구용\n            say: 환불이 늦어져 불편을 드려 죄송합니다.\n',
    );
    const quiet = lintText(text);
    expect(quiet.messages).toEqual([]);
    expect(quiet.run.code).toBe(0);
    const { messages } = lintText(text, { args: ['--report-unused-disables'] });
    expect(messages).toHaveLength(1);
    expect(messages[0]!.line).toBe(at(text, '# servicebook-disable-next-line').line);
    expect(messages[0]!.message).toContain('risky-promise');
  });

  it('--report-unused-disables also reports an unused whole-document disable', () => {
    const text = `# servicebook-disable politeness -- 반말 허용 캠페인\n${GOOD}`;
    const { messages } = lintText(text, { args: ['--report-unused-disables'] });
    expect(messages).toHaveLength(1);
    expect(messages[0]!.line).toBe(1);
  });

  it('--report-unused-disables does not report a disable that is used', () => {
    const text = replace(
      WARNY,
      `            ${RISKY_SAY}\n`,
      `            # servicebook-disable-next-line risky-promise -- 법무팀 승인 문구\n            ${RISKY_SAY}\n`,
    );
    const { messages } = lintText(text, { args: ['--report-unused-disables'] });
    expect(messages.map((m) => m.ruleId)).toEqual(['follow-up-due']);
  });
});

describe('config-declared channels', () => {
  it('`channels:` in the config: every playbook must list at least these', () => {
    const { messages } = lintText(GOOD_EN, { config: 'channels: [chat, email]\n' });
    const found = ofRule(messages, 'channel-coverage');
    expect(found.length).toBeGreaterThanOrEqual(1);
    expect(found[0]!.severity).toBe(2);
    expect(found.map((m) => m.message).join()).toContain('email');
  });

  it('a kebab-case channel that the project declares is accepted', () => {
    const text = GOOD_EN.replace('channels: [chat]', 'channels: [video-call]').replace('      chat:', '      video-call:');
    const { run, messages } = lintText(text, { config: 'channels: [video-call]\n' });
    expect(messages).toEqual([]);
    expect(run.code).toBe(0);
  });
});
