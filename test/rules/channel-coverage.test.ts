import rule from '../../src/rules/channel-coverage.js';
import { playbookWith, testRule } from '../helpers/ruleTester.js';

const phoneScript = [
  '      phone:',
  '        steps:',
  '          - kind: empathy',
  '            say: 환불이 늦어져 많이 답답하셨겠습니다. 불편을 드려 죄송합니다.',
].join('\n');

const chatScript = [
  '      chat:',
  '        steps:',
  '          - kind: empathy',
  '            say: 환불이 늦어져 불편하셨죠. 정말 죄송합니다.',
].join('\n');

const kakaoScript = [
  '      kakao:',
  '        steps:',
  '          - kind: empathy',
  '            say: 환불이 늦어져서 많이 답답하셨을 것 같아요. 죄송해요.',
].join('\n');

const twoScenarios = [
  'kind: playbook',
  'format: 1',
  'id: refund-delay',
  'title: 환불 지연 문의 응대',
  'channels: [phone, chat, sms]',
  'scenarios:',
  '  - id: refund-not-received',
  '    title: 환불 금액 미입금',
  '    when: 환불 승인 후 입금되지 않았다는 문의',
  '    scripts:',
  phoneScript,
  chatScript,
  '      sms:',
  '        steps:',
  '          - kind: empathy',
  '            say: "[고객센터] 환불이 늦어져 죄송합니다."',
  '  - id: partial-refund',
  '    title: 부분 환불 금액 문의',
  '    when: 환불 금액이 결제 금액보다 적다는 문의',
  '    scripts:',
  phoneScript,
  '',
].join('\n');

testRule(rule, {
  valid: [
    {
      name: 'suppressed with a reason on the line before the first channel key',
      yaml: playbookWith({
        channels: ['phone', 'sms'],
        scripts: `      # servicebook-disable-next-line channel-coverage -- 방문 설치 건은 문자 안내 없이 전화로만 진행\n${phoneScript}`,
      }),
    },
    { name: 'every listed channel has a script', yaml: playbookWith({ channels: ['phone', 'chat'], scripts: `${phoneScript}\n${chatScript}` }) },
    { name: 'a script for a channel the playbook does not list', yaml: playbookWith({ channels: ['phone'], scripts: `${phoneScript}\n${kakaoScript}` }) },
    {
      name: 'the config requires a channel the playbook scripts',
      yaml: playbookWith({ channels: ['phone', 'kakao'], scripts: `${phoneScript}\n${kakaoScript}` }),
      config: { channels: ['kakao'] },
    },
  ],
  invalid: [
    {
      name: 'the playbook lists chat but the scenario has only phone',
      yaml: playbookWith({ channels: ['phone', 'chat'], scripts: phoneScript }),
      errors: [
        {
          messageId: 'missingForPlaybook',
          line: 11,
          column: 7,
          endLine: 14,
          data: { scenario: 'refund-not-received', channel: 'chat' },
          message: 'Scenario "refund-not-received" has no chat script, but the playbook lists chat under `channels`. Add a `chat:` script under `scripts`, or take chat out of the playbook\'s `channels`.',
        },
      ],
    },
    {
      name: 'servicebook.yaml requires kakao, which the playbook neither lists nor scripts',
      yaml: playbookWith({ channels: ['phone'], scripts: phoneScript }),
      config: { channels: ['phone', 'kakao'] },
      errors: [{ messageId: 'missingForConfig', line: 11, column: 7, data: { scenario: 'refund-not-received', channel: 'kakao' }, message: /servicebook\.yaml requires/ }],
    },
    {
      name: 'one finding per missing channel, in the scenario that misses them',
      yaml: twoScenarios,
      errors: [
        { messageId: 'missingForPlaybook', line: 27, column: 7, endLine: 30, data: { scenario: 'partial-refund', channel: 'chat' } },
        { messageId: 'missingForPlaybook', line: 27, column: 7, endLine: 30, data: { scenario: 'partial-refund', channel: 'sms' } },
      ],
    },
  ],
});
