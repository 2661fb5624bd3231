import { describe, expect, it } from 'vitest';
import rule, { misspellingsIn } from '../../src/rules/spelling.js';
import { playbookWith, testRule } from '../helpers/ruleTester.js';

/** A chat script of explanation steps; the first `say` value starts on line 14, column 18. */
function chat(...says: string[]): string {
  return ['      chat:', '        steps:', ...says.flatMap((say) => ['          - kind: explanation', `            say: ${say}`])].join('\n');
}

testRule(rule, {
  valid: [
    { name: 'correct spelling', yaml: playbookWith({ scripts: chat('확인되는 대로 연락드릴게요. 며칠 걸릴 수 있어요.', '안 돼요. 됐습니다. 금세 도착해요.') }) },
    { name: 'a misspelling inside quotation marks is the customer\'s', yaml: playbookWith({ scripts: chat(`'"되요"라고 쓰셨는데 바른 말은 돼요예요.'`) }) },
    { name: '께 after a word without ㄹ is the honorific particle', yaml: playbookWith({ scripts: chat('고객님께 안내해 드렸어요. 선생님께.') }) },
    { name: 'the note is guidance, not text the customer reads', yaml: playbookWith({ scripts: ['      chat:', '        steps:', '          - kind: explanation', '            say: 며칠 걸립니다.', '            note: 몇일이라고 쓰지 마세요.'].join('\n') }) },
  ],
  invalid: [
    {
      name: 'the words at fault, with their line and column inside a plain scalar',
      yaml: playbookWith({ scripts: chat('확인되는 대로 연락드릴께요. 몇일 걸려요.') }),
      errors: [
        { messageId: 'misspelt', line: 14, column: 26, endLine: 14, endColumn: 31, data: { word: '연락드릴께', correction: '연락드릴게' } },
        { messageId: 'misspelt', line: 14, column: 34, endLine: 14, endColumn: 36, data: { word: '몇일', correction: '며칠' } },
      ],
    },
    {
      name: 'inside a double-quoted scalar with an escape before the word',
      yaml: playbookWith({ scripts: chat('"\\"환불\\" 요청은 안되요."') }),
      errors: [{ messageId: 'misspelt', line: 14, column: 30, endColumn: 33, data: { word: '안되요', correction: '안 돼요' } }],
    },
    {
      name: 'inside a literal block scalar, on its second line',
      yaml: playbookWith({ scripts: ['      chat:', '        steps:', '          - kind: explanation', '            say: |', '              안녕하세요.', '              처리가 됬습니다.'].join('\n') }),
      errors: [{ messageId: 'misspelt', line: 16, column: 19, endLine: 16, endColumn: 20, data: { word: '됬', correction: '됐' } }],
    },
    {
      name: 'inside a folded block scalar, and in an email subject',
      yaml: playbookWith({
        channels: ['email'],
        scripts: ['      email:', '        subject: 금새 도착합니다', '        steps:', '          - kind: explanation', '            say: >-', '              배송이', '              지연되서 죄송해요. 어떻해 드릴까요?'].join('\n'),
      }),
      errors: [
        { messageId: 'misspelt', line: 12, column: 18, endColumn: 20, data: { word: '금새', correction: '금세' } },
        { messageId: 'misspelt', line: 17, column: 17, endColumn: 19, data: { word: '되서', correction: '돼서' } },
        { messageId: 'misspelt', line: 17, column: 26, endColumn: 29, data: { word: '어떻해', correction: '어떡해' } },
      ],
    },
    {
      name: 'English misspellings',
      yaml: playbookWith({ scripts: chat('You will recieve it tommorow.') }),
      errors: [
        { messageId: 'misspelt', line: 14, column: 27, data: { word: 'recieve', correction: 'receive' } },
        { messageId: 'misspelt', line: 14, column: 38, data: { word: 'tommorow', correction: 'tomorrow' } },
      ],
    },
  ],
});

describe('misspellingsIn', () => {
  it.each([
    ['환불되요', '돼요'], ['안되요', '안 돼요'], ['됬어요', '됐'], ['할께요', '할게'], ['드릴께', '드릴게'], ['지연되서', '돼서'], ['몇 일', '며칠'],
    ['어떻해', '어떡해'], ['금새', '금세'], ['바램', '바람'], ['역활', '역할'], ['뵈요', '봬요'], ['걱정 않하셔도', '안 하'],
    ['있읍니다', '있습니다'], ['감사함니다', '감사합니다'], ['기다려 주새요', '주세요'], ['카드 결재', '카드 결제'],
    ['가능하십닉까', '십니까'], ['문안하죠', '무난'],
  ])('%s → %s', (text, correction) => {
    expect(misspellingsIn(text).map((found) => found.correction)).toEqual([correction]);
  });

  it.each(['돼요', '됐어요', '할게요', '며칠', '어떻게', '금세', '선생님께', '몇일본', '결재 서류를 올렸습니다', '고객님께요'])('%s is fine', (text) => {
    expect(misspellingsIn(text)).toEqual([]);
  });
});
