import { isPublicChannel } from '../model/config.js';
import { placeholderDescription, type PlaceholderDeclaration, type Script } from '../model/types.js';
import { PlaceholderScanner } from '../model/text.js';
import { scriptsOf, type Rule } from './types.js';

/**
 * A customer who is greeted by name and told about their own order feels heard; a form letter does not. On a
 * public channel (a review reply) it is the other way round: personal data there is a privacy breach, so the
 * rule is silent (public-privacy guards it).
 */
export default {
  id: 'no-personalization',
  severity: 'warn',
  description: 'A script uses no declared placeholder ({{facts.…}} does not count); never on a public channel.',
  messages: {
    noPlaceholder: {
      en: 'The {{channel}} script of scenario "{{scenario}}" reads the same to every customer: none of its texts uses a placeholder ({{examples}}). Address the customer by name or mention their own order, e.g. {{example}}.',
      ko: '시나리오 "{{scenario}}"의 {{channel}} 스크립트는 어느 고객에게나 똑같이 읽힙니다. 어느 문구에도 플레이스홀더({{examples}})를 쓰지 않았습니다. {{example}}처럼 고객 이름을 부르거나 고객의 주문 정보를 넣어 주세요.',
    },
    noneDeclared: {
      en: 'The {{channel}} script of scenario "{{scenario}}" reads the same to every customer, and the playbook declares no placeholders. Declare one under `placeholders` (e.g. `customer_name: 고객 성함`) and greet the customer with "{{customer_name}}님".',
      ko: '시나리오 "{{scenario}}"의 {{channel}} 스크립트는 어느 고객에게나 똑같이 읽히고, 플레이북에는 선언된 플레이스홀더가 없습니다. `placeholders`에 `customer_name: 고객 성함`처럼 선언하고, 인사에서 "{{customer_name}}님"으로 고객을 불러 주세요.',
    },
  },
  examples: {
    bad: [
      'placeholders:',
      '  customer_name: 고객 성함',
      '# …',
      '      chat:',
      '        steps:',
      '          - kind: greeting',
      '            say: 안녕하세요, 고객님. 한결몰 고객센터입니다.',
    ].join('\n'),
    good: [
      'placeholders:',
      '  customer_name: 고객 성함',
      '# …',
      '      chat:',
      '        steps:',
      '          - kind: greeting',
      '            say: 안녕하세요, {{customer_name}}님. 한결몰 고객센터입니다.',
    ].join('\n'),
  },
  check(context) {
    const scan = new PlaceholderScanner();
    for (const playbook of context.playbooks) {
      const declared = Object.keys(playbook.data.placeholders ?? {});
      const names = new Set(declared);
      for (const { scenario, channel, script, path } of scriptsOf(playbook.data)) {
        if (isPublicChannel(context.config, channel) || isPersonal(script, names, scan)) continue;
        // Reported at the channel key, so a disable comment goes on the line above `chat:`.
        const data = { channel, scenario: scenario.id };
        if (declared.length === 0) {
          context.report({ at: playbook, path, target: 'key', messageId: 'noneDeclared', data });
        } else {
          const examples = declared.map((name) => `{{${name}}}`).join(', ');
          const example = exampleOf(playbook.data.placeholders ?? {});
          context.report({ at: playbook, path, target: 'key', messageId: 'noPlaceholder', data: { ...data, examples, example } });
        }
      }
    }
  },
} satisfies Rule;

/** Whether the subject or a say uses one of the declared placeholders; the first one found ends the search. */
function isPersonal(script: Script, names: ReadonlySet<string>, scan: PlaceholderScanner): boolean {
  if (names.size === 0) return false;
  if (script.subject !== undefined && usesOneOf(script.subject, names, scan)) return true;
  for (let index = 0; index < script.steps.length; index++) if (usesOneOf(script.steps[index]!.say, names, scan)) return true;
  return false;
}

function usesOneOf(text: string, names: ReadonlySet<string>, scan: PlaceholderScanner): boolean {
  if (!text.includes('{{')) return false;
  scan.reset(text);
  while (scan.next()) if (!scan.isFact && names.has(scan.name)) return true;
  return false;
}

/** The customer's name if the playbook declares one ("{{customer_name}}님"), else its first placeholder. */
function exampleOf(placeholders: Readonly<Record<string, PlaceholderDeclaration>>): string {
  const names = Object.keys(placeholders);
  const described = (key: string) => `${key} ${placeholderDescription(placeholders[key]!)}`;
  const nameLike = names.filter((key) => /name|성함|이름/i.test(described(key)));
  const name = nameLike.find((key) => /customer|고객/i.test(described(key))) ?? nameLike[0];
  return name === undefined ? `{{${names[0]}}}` : `"{{${name}}}님"`;
}
