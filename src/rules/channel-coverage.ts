import type { Rule } from './types.js';

/** The customer gets the same answer on every channel only if every channel has a script. */
export default {
  id: 'channel-coverage',
  severity: 'error',
  description: 'A scenario has no script for a channel that its playbook or the config requires.',
  messages: {
    missingForPlaybook: {
      en: 'Scenario "{{scenario}}" has no {{channel}} script, but the playbook lists {{channel}} under `channels`. Add a `{{channel}}:` script under `scripts`, or take {{channel}} out of the playbook\'s `channels`.',
      ko: '시나리오 "{{scenario}}"에 {{channel}} 스크립트가 없습니다. 플레이북의 `channels`에 {{channel}} 채널이 있으므로 `scripts` 아래에 `{{channel}}:` 스크립트를 추가하거나, 플레이북의 `channels`에서 {{channel}} 채널을 빼세요.',
    },
    missingForConfig: {
      en: 'Scenario "{{scenario}}" has no {{channel}} script, but servicebook.yaml requires every playbook to cover {{channel}} (`channels`). Add a `{{channel}}:` script under `scripts` and list {{channel}} in the playbook\'s `channels`.',
      ko: '시나리오 "{{scenario}}"에 {{channel}} 스크립트가 없습니다. servicebook.yaml의 `channels`가 모든 플레이북에 {{channel}} 채널 응대를 요구하므로 `scripts` 아래에 `{{channel}}:` 스크립트를 추가하고 플레이북의 `channels`에도 {{channel}} 채널을 넣으세요.',
    },
  },
  examples: {
    bad: [
      'channels: [phone, chat]',
      'scenarios:',
      '  - id: refund-not-received',
      '    title: 환불 금액 미입금',
      '    when: 환불 승인 후 입금되지 않았다는 문의',
      '    scripts:          # no chat script',
      '      phone:',
      '        steps:',
      '          - kind: empathy',
      '            say: 환불이 늦어져 답답하셨겠습니다. 죄송합니다.',
    ].join('\n'),
    good: [
      'channels: [phone, chat]',
      'scenarios:',
      '  - id: refund-not-received',
      '    title: 환불 금액 미입금',
      '    when: 환불 승인 후 입금되지 않았다는 문의',
      '    scripts:',
      '      phone:',
      '        steps:',
      '          - kind: empathy',
      '            say: 환불이 늦어져 답답하셨겠습니다. 죄송합니다.',
      '      chat:',
      '        steps:',
      '          - kind: empathy',
      '            say: 환불이 늦어져 불편하셨겠습니다. 죄송합니다.',
    ].join('\n'),
  },
  check(context) {
    for (const playbook of context.playbooks) {
      const { channels, scenarios } = playbook.data;
      const required = requiredChannels(channels, context.config.channels);
      for (let scenarioIndex = 0; scenarioIndex < scenarios.length; scenarioIndex++) {
        const scenario = scenarios[scenarioIndex]!;
        for (const channel of required) {
          if (Object.hasOwn(scenario.scripts, channel)) continue;
          context.report({
            at: playbook,
            path: ['scenarios', scenarioIndex, 'scripts'],
            messageId: channels.includes(channel) ? 'missingForPlaybook' : 'missingForConfig',
            data: { scenario: scenario.id, channel },
          });
        }
      }
    }
  },
} satisfies Rule;

/** The playbook's channels, then the config's, each once; most playbooks list each once and the config adds none. */
function requiredChannels(listed: readonly string[], configured: readonly string[]): readonly string[] {
  if (configured.length === 0 && new Set(listed).size === listed.length) return listed;
  return [...new Set([...listed, ...configured])];
}
