import rule from '../../src/rules/follow-up-due.js';
import { playbookWith, testRule } from '../helpers/ruleTester.js';

testRule(rule, {
  valid: [
    {
      name: 'suppressed with a reason on the line before the step',
      yaml: playbookWith({
        scripts: [
          '      chat:',
          '        steps:',
          '          # servicebook-disable-next-line follow-up-due -- 재입고일은 제조사 회신 후 확정',
          '          - kind: follow-up',
          '            say: 재입고일이 확정되면 바로 알려 드리겠습니다.',
        ].join('\n'),
      }),
    },
    {
      name: 'an ISO 8601 due',
      yaml: playbookWith({
        scripts: [
          '      chat:',
          '        steps:',
          '          - kind: follow-up',
          '            say: 내일 오후 3시까지 처리 결과를 문자로 다시 안내해 드리겠습니다.',
          '            due: P1D',
          '            via: sms',
        ].join('\n'),
      }),
    },
    {
      name: 'a short due, in English',
      yaml: playbookWith({
        channels: ['email'],
        scripts: [
          '      email:',
          '        subject: Your refund',
          '        steps:',
          '          - kind: follow-up',
          "            say: We'll email you again within 4 hours with the card issuer's answer.",
          '            due: 4h',
        ].join('\n'),
      }),
    },
    {
      name: 'other kinds need no due',
      yaml: playbookWith({
        scripts: [
          '      chat:',
          '        steps:',
          '          - kind: explanation',
          '            say: 환불은 카드사 처리에 따라 3~5영업일이 걸립니다.',
          '          - kind: feedback',
          '            say: 상담 후 받으실 만족도 설문에 응답해 주시면 큰 도움이 됩니다.',
        ].join('\n'),
      }),
    },
  ],
  invalid: [
    {
      name: 'a follow-up with a channel but no due',
      yaml: playbookWith({
        scripts: [
          '      chat:',
          '        steps:',
          '          - kind: empathy',
          '            say: 환불이 늦어져 답답하셨겠습니다. 죄송합니다.',
          '          - kind: follow-up', // 15
          '            say: 처리 결과를 문자로 다시 안내해 드리겠습니다.',
          '            via: sms',
        ].join('\n'),
      }),
      errors: [
        {
          messageId: 'missingDue',
          line: 15,
          column: 13,
          endLine: 17,
          endColumn: 21,
          data: { channel: 'chat', number: 2, name: '' },
          message: 'chat: step 2 is a follow-up with no `due`. Add when the follow-up happens, counted from the conversation, e.g. `due: P1D` (or 4h, 2d), so the team can keep the promise on time.',
        },
      ],
    },
    {
      name: 'a named follow-up in each of two channels',
      yaml: playbookWith({
        channels: ['phone', 'sms'],
        scripts: [
          '      phone:',
          '        steps:',
          '          - id: promise', // 13
          '            kind: follow-up',
          '            say: 확인되는 대로 다시 전화드리겠습니다.',
          '      sms:',
          '        steps:',
          '          - kind: follow-up', // 18
          '            say: "[고객센터] 결과는 문자로 다시 알려 드리겠습니다."',
        ].join('\n'),
      }),
      errors: [
        { messageId: 'missingDue', line: 13, column: 13, data: { channel: 'phone', number: 1, name: ' "promise"' }, message: /^phone: step 1 "promise" is a follow-up/ },
        { messageId: 'missingDue', line: 18, column: 13, data: { channel: 'sms', number: 1, name: '' } },
      ],
    },
  ],
});

testRule(rule, {
  valid: [
    {
      name: 'a step of several kinds with a follow-up and a due',
      yaml: playbookWith({ scripts: ['      chat:', '        steps:', '          - kind: [explanation, follow-up]', '            say: 내일 다시 안내드리겠습니다.', '            due: P1D'].join('\n') }),
    },
  ],
  invalid: [
    {
      name: 'a step of several kinds, one of them follow-up, without due',
      yaml: playbookWith({ scripts: ['      chat:', '        steps:', '          - kind: [explanation, follow-up]', '            say: 내일 다시 안내드리겠습니다.'].join('\n') }),
      errors: [{ messageId: 'missingDue', line: 13, column: 13 }],
    },
  ],
});
