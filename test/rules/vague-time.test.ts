import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/vague-time.js';
import { placeOf, playbookWith, testRule } from '../helpers/ruleTester.js';

function followUps(...says: string[]): string {
  return ['      chat:', '        steps:', ...says.flatMap((say) => ['          - kind: follow-up', '            due: P1D', `            say: ${say}`])].join('\n');
}

const extra = 'facts:\n  reply_window: 1영업일\n  hotline: 1588-0000';
const vague = playbookWith({ extra, scripts: followUps('확인 후 곧 연락드리겠습니다.', 'We will get back to you shortly.') });
const noTime = playbookWith({ extra, scripts: followUps('결과를 문자로 다시 안내해 드리겠습니다.') });
const listKind = playbookWith({
  extra,
  scripts: ['      chat:', '        steps:', '          - kind: [empathy, follow-up]', '            say: 불편을 드려 죄송합니다. 최대한 빨리 처리해 드리겠습니다.'].join('\n'),
});

testRule(rule, {
  valid: [
    {
      name: 'a date, a clock time, a duration, a fact that holds one',
      yaml: playbookWith({
        extra,
        scripts: followUps(
          '내일 오후 3시까지 처리 결과를 문자로 안내해 드리겠습니다.',
          '"{{facts.reply_window}} 안에 답변드리겠습니다."',
          'We will call you back within 2 business days.',
          '확인 후 오늘 중으로 연락드리겠습니다.',
          '궁금한 점은 언제든 {{facts.hotline}}으로 문의 주세요.',
        ),
      }),
    },
    { name: 'a vague word in a step that is no follow-up', yaml: playbookWith({ scripts: ['      chat:', '        steps:', '          - kind: explanation', '            say: 곧 도착합니다.'].join('\n') }) },
    { name: 'a quoted vague word is the customer\'s', yaml: playbookWith({ extra, scripts: followUps(`'"곧"이 언제냐고 하셨죠. 내일 오전 10시까지 연락드리겠습니다.'`) }) },
  ],
  invalid: [
    {
      name: 'a vague time, pointed at the words',
      yaml: vague,
      errors: [
        { messageId: 'vague', ...placeOf(vague, '확인 후'), data: { words: '확인 후' } },
        { messageId: 'vague', ...placeOf(vague, 'shortly'), data: { words: 'shortly' } },
      ],
    },
    { name: 'no time at all: the whole say', yaml: noTime, errors: [{ messageId: 'noTime', line: 18, column: 18 }] },
  ],
});

describe('vague-time on a step of several kinds', () => {
  it('reads the kinds through kindsOf: a list that includes follow-up is a follow-up (when the schema reads kind lists)', async () => {
    const { lint } = await import('../../src/engine/lint.js');
    const { defaultConfig } = await import('../../src/model/config.js');
    const [result] = lint([{ filePath: 'a.yaml', text: listKind }], { config: defaultConfig('/'), mode: 'lint', rules: [rule] });
    if (result!.findings.some((finding) => finding.ruleId === 'schema')) return expect(result!.findings.every((finding) => finding.ruleId === 'schema')).toBe(true);
    expect(result!.findings).toMatchObject([{ messageId: 'vague', ...placeOf(listKind, '최대한 빨리') }]);
  });
});
