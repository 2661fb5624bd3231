import rule from '../../src/rules/broken-goto.js';
import { playbookWith, testRule } from '../helpers/ruleTester.js';

testRule(rule, {
  valid: [
    {
      name: 'suppressed with a reason on the line before the goto',
      yaml: playbookWith({
        scripts: [
          '      chat:',
          '        steps:',
          '          - kind: escalation',
          '            say: 2선 담당자에게 바로 연결해 드리겠습니다.',
          '            # servicebook-disable-next-line broken-goto -- 2선 이관 스크립트는 별도 플레이북에 있음',
          '            goto: second-line',
        ].join('\n'),
      }),
    },
    {
      name: 'replies and gotos that name steps of the script, forward and back',
      yaml: playbookWith({
        scripts: [
          '      chat:',
          '        steps:',
          '          - id: ask',
          '            kind: questioning',
          '            say: 주문 번호를 알려 주시겠습니까?',
          '          - kind: explanation',
          '            say: 환불은 카드사 처리에 따라 3~5영업일이 걸립니다.',
          '            replies:',
          '              - customer: 주문 번호를 잘못 말씀드렸어요.',
          '                goto: ask',
          '              - customer: 알겠습니다.',
          '                goto: promise',
          '          - id: promise',
          '            kind: follow-up',
          '            say: 내일 오후 3시까지 문자로 다시 안내해 드리겠습니다.',
          '            due: P1D',
          '            goto: end',
        ].join('\n'),
      }),
    },
    {
      name: 'a reply that ends the conversation',
      yaml: playbookWith({
        scripts: [
          '      chat:',
          '        steps:',
          '          - kind: closing',
          '            say: 더 궁금하신 점은 없으실까요?',
          '            replies:',
          '              - customer: 없어요, 감사합니다.',
          '                goto: end',
        ].join('\n'),
      }),
    },
  ],
  invalid: [
    {
      name: "a step's own goto with a typo",
      yaml: playbookWith({
        scripts: [
          '      chat:',
          '        steps:',
          '          - id: explain',
          '            kind: explanation',
          '            say: 환불은 카드사 처리에 따라 3~5영업일이 걸립니다.',
          '            goto: promse', // 16
          '          - id: promise',
          '            kind: follow-up',
          '            say: 내일 오후 3시까지 문자로 다시 안내해 드리겠습니다.',
        ].join('\n'),
      }),
      errors: [
        {
          messageId: 'unknownStep',
          line: 16,
          column: 19,
          endLine: 16,
          endColumn: 25,
          data: { target: 'promse', channel: 'chat', suggestion: 'promise', ids: 'explain, promise' },
          message: 'goto "promse" names no step of the chat script. Did you mean "promise"? Steps you can jump to: explain, promise, or `end` to end the conversation.',
        },
      ],
    },
    {
      name: "a reply's goto with a typo",
      yaml: playbookWith({
        channels: ['phone'],
        scripts: [
          '      phone:',
          '        steps:',
          '          - kind: explanation',
          '            say: 환불은 카드사 처리에 따라 3~5영업일이 걸립니다.',
          '            replies:',
          '              - customer: 네, 알겠습니다.',
          '                goto: promise',
          '              - customer: 너무 늦어요. 지금 당장 해결해 주세요.',
          '                goto: escalte', // 19
          '          - id: escalate',
          '            kind: escalation',
          '            say: 결제팀 담당자가 직접 확인하도록 바로 연결해 드리겠습니다.',
          '          - id: promise',
          '            kind: follow-up',
          '            say: 내일 오후 3시까지 문자로 다시 안내해 드리겠습니다.',
        ].join('\n'),
      }),
      errors: [{ messageId: 'unknownStep', line: 19, column: 23, endColumn: 30, data: { target: 'escalte', channel: 'phone', suggestion: 'escalate' } }],
    },
    {
      name: 'a step id of another channel does not count',
      yaml: playbookWith({
        channels: ['phone', 'chat'],
        scripts: [
          '      phone:',
          '        steps:',
          '          - kind: empathy',
          '            say: 불편을 드려 죄송합니다.',
          '            goto: explain',
          '          - id: explain',
          '            kind: explanation',
          '            say: 환불은 카드사 처리에 따라 3~5영업일이 걸립니다.',
          '      chat:',
          '        steps:',
          '          - kind: empathy',
          '            say: 불편을 드려 죄송해요.',
          '            goto: explain', // 23
          '          - kind: explanation',
          '            say: 환불은 카드사 처리에 따라 3~5영업일이 걸려요.',
        ].join('\n'),
      }),
      errors: [
        {
          messageId: 'noStepIds',
          line: 23,
          column: 19,
          data: { target: 'explain', channel: 'chat' },
          message: /no step there has an `id`\. Give the step to jump to `id: explain`/,
        },
      ],
    },
    {
      name: 'a misspelt end is offered end',
      yaml: playbookWith({
        scripts: [
          '      chat:',
          '        steps:',
          '          - id: bye',
          '            kind: closing',
          '            say: 이용해 주셔서 감사합니다.',
          '            goto: edn',
        ].join('\n'),
      }),
      errors: [{ messageId: 'unknownStep', line: 16, column: 19, data: { target: 'edn', suggestion: 'end', ids: 'bye' } }],
    },
  ],
});
