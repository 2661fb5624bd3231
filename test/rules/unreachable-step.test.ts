import rule from '../../src/rules/unreachable-step.js';
import { playbookWith, testRule } from '../helpers/ruleTester.js';

testRule(rule, {
  valid: [
    {
      name: 'suppressed with a reason on the line before the step',
      yaml: playbookWith({
        scripts: [
          '      chat:',
          '        steps:',
          '          - kind: closing',
          '            say: 이용해 주셔서 감사합니다.',
          '            end: true',
          '          # servicebook-disable-next-line unreachable-step -- 신규 교육용 예시 문구',
          '          - kind: feedback',
          '            say: 상담이 끝나면 나오는 만족도 평가에 참여해 주세요.',
        ].join('\n'),
      }),
    },
    {
      name: 'steps one after another',
      yaml: playbookWith({
        scripts: [
          '      chat:',
          '        steps:',
          '          - kind: empathy',
          '            say: 환불이 늦어져 많이 답답하셨겠습니다. 죄송합니다.',
          '          - kind: explanation',
          '            say: 환불은 카드사 처리에 따라 3~5영업일이 걸립니다.',
        ].join('\n'),
      }),
    },
    {
      name: 'a step after an ending step, reached by a reply',
      yaml: playbookWith({
        channels: ['phone'],
        scripts: [
          '      phone:',
          '        steps:',
          '          - kind: explanation',
          '            say: 환불은 카드사 처리에 따라 3~5영업일이 걸립니다.',
          '            replies:',
          '              - customer: 네, 알겠습니다.',
          '                goto: bye',
          '              - customer: 너무 늦어요. 담당자 바꿔 주세요.',
          '                goto: escalate',
          '          - id: bye',
          '            kind: closing',
          '            say: 기다려 주셔서 감사합니다. 좋은 하루 보내십시오.',
          '            end: true',
          '          - id: escalate',
          '            kind: escalation',
          '            say: 결제팀 담당자에게 바로 연결해 드리겠습니다.',
        ].join('\n'),
      }),
    },
    {
      name: 'a loop back to an earlier question',
      yaml: playbookWith({
        scripts: [
          '      chat:',
          '        steps:',
          '          - id: ask',
          '            kind: questioning',
          '            say: 주문 번호를 알려 주시겠습니까?',
          '          - kind: verification',
          '            say: 주문 번호 {{order_id}}, 맞으십니까?',
          '            replies:',
          '              - customer: 아니요, 다른 주문이에요.',
          '                goto: ask',
          '              - customer: 네, 맞아요.',
          '                goto: end',
        ].join('\n'),
      }),
    },
  ],
  invalid: [
    {
      name: 'a step jumped over by the goto before it',
      yaml: playbookWith({
        scripts: [
          '      chat:',
          '        steps:',
          '          - kind: explanation',
          '            say: 환불은 카드사 처리에 따라 3~5영업일이 걸립니다.',
          '            goto: promise',
          '          - kind: action', // 16
          '            say: 카드사에 확인 요청을 넣어 두겠습니다.',
          '          - id: promise',
          '            kind: follow-up',
          '            say: 내일 오후 3시까지 처리 결과를 문자로 안내해 드리겠습니다.',
        ].join('\n'),
      }),
      errors: [
        {
          messageId: 'unreachable',
          line: 16,
          column: 13,
          endLine: 17,
          data: { channel: 'chat', number: 2, step: 'action' },
          message: 'chat: no conversation ever reaches step 2 (action): the steps before it end the conversation or jump past it. Point a goto or a reply at it (give it an `id`), or remove it.',
        },
      ],
    },
    {
      name: 'steps after `end: true` that nothing points at, each reported',
      yaml: playbookWith({
        scripts: [
          '      chat:',
          '        steps:',
          '          - kind: closing',
          '            say: 이용해 주셔서 감사합니다.',
          '            end: true',
          '          - id: survey', // 16
          '            kind: feedback',
          '            say: 상담이 끝나면 나오는 만족도 평가에 참여해 주세요.',
          '            goto: bye',
          '          - kind: follow-up',
          '            say: 처리 결과는 내일 문자로 안내해 드리겠습니다.',
          '          - id: bye', // 22
          '            kind: closing',
          '            say: 좋은 하루 보내세요.',
        ].join('\n'),
      }),
      errors: [
        { messageId: 'unreachable', line: 16, column: 13, endLine: 19, data: { number: 2, step: 'survey' } },
        { messageId: 'unreachable', line: 20, column: 13, data: { number: 3, step: 'follow-up' } },
        { messageId: 'unreachable', line: 22, column: 13, data: { number: 4, step: 'bye' } },
      ],
    },
    {
      name: 'replies that both skip the step in between',
      yaml: playbookWith({
        channels: ['kakao'],
        scripts: [
          '      kakao:',
          '        steps:',
          '          - kind: explanation',
          '            say: 제조사 입고가 늦어져서 출고가 3~5영업일 늦어질 예정이에요.',
          '            replies:',
          '              - customer: 기다릴게요.',
          '                goto: credit',
          '              - customer: 취소해 주세요.',
          '                goto: credit',
          '          - id: cancel', // 20
          '            kind: action',
          '            say: 주문 취소를 접수했어요.',
          '          - id: credit',
          '            kind: action',
          '            say: 사과의 뜻으로 적립금 3,000원을 넣어 드렸어요.',
        ].join('\n'),
      }),
      errors: [{ messageId: 'unreachable', line: 20, column: 13, data: { channel: 'kakao', number: 2, step: 'cancel' } }],
    },
  ],
});
