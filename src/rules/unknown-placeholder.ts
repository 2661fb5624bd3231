import { distance } from 'fastest-levenshtein';
import type { DataPath } from '../core/findings.js';
import type { Playbook, Script } from '../model/types.js';
import { placeholdersIn, type PlaceholderUse } from '../model/text.js';
import { scriptsOf, type Rule } from './types.js';

/** An undeclared placeholder reaches the customer as "{{custmer_name}}님" or as an empty promise. */
export default {
  id: 'unknown-placeholder',
  severity: 'error',
  description: 'Text uses {{name}} or {{facts.name}} that the playbook does not declare.',
  messages: {
    undeclared: {
      en: 'The text uses {{placeholder}}, but the playbook declares no `{{name}}` under `placeholders`. Did you mean {{suggestion}}? Fix the name, or declare `{{name}}` under `placeholders` with what it stands for.',
      ko: '문구에 쓴 {{placeholder}}에 해당하는 이름이 플레이북의 `placeholders`에 없습니다. 혹시 {{suggestion}} 아닌가요? 이름을 고치거나, `placeholders`에 `{{name}}: <무엇을 넣는 자리인지>` 형식으로 선언해 주세요.',
    },
    undeclaredNoSuggestion: {
      en: 'The text uses {{placeholder}}, but the playbook declares no `{{name}}` under `placeholders`. Declare it there as `{{name}}: <what it stands for>`, or take it out of the text.',
      ko: '문구에 쓴 {{placeholder}}에 해당하는 이름이 플레이북의 `placeholders`에 없습니다. `placeholders`에 `{{name}}: <무엇을 넣는 자리인지>` 형식으로 선언하거나, 문구에서 빼 주세요.',
    },
    undeclaredFact: {
      en: 'The text uses {{placeholder}}, but the playbook has no fact `{{name}}` under `facts`. Did you mean {{suggestion}}? Fix the name, or add `{{name}}: <value>` under `facts`.',
      ko: '문구에 쓴 {{placeholder}}에 해당하는 값이 플레이북의 `facts`에 없습니다. 혹시 {{suggestion}} 아닌가요? 이름을 고치거나, `facts`에 `{{name}}: <값>` 형식으로 추가해 주세요.',
    },
    undeclaredFactNoSuggestion: {
      en: 'The text uses {{placeholder}}, but the playbook has no fact `{{name}}` under `facts`. Add `{{name}}: <value>` there with the value the customer should hear (e.g. 3~5영업일), so every channel states the same figure.',
      ko: '문구에 쓴 {{placeholder}}에 해당하는 값이 플레이북의 `facts`에 없습니다. `facts`에 `{{name}}: <고객에게 안내할 값>`(예: 3~5영업일) 형식으로 추가해 주세요. 그래야 모든 채널이 같은 숫자를 말합니다.',
    },
  },
  examples: {
    bad: [
      'placeholders:',
      '  customer_name: 고객 성함',
      'facts:',
      '  refund_window: 3~5영업일',
      '# …',
      '            say: "{{custmer_name}}님, 환불은 {{facts.refund_days}} 안에 입금됩니다."',
    ].join('\n'),
    good: [
      'placeholders:',
      '  customer_name: 고객 성함',
      'facts:',
      '  refund_window: 3~5영업일',
      '# …',
      '            say: "{{customer_name}}님, 환불은 {{facts.refund_window}} 안에 입금됩니다."',
    ].join('\n'),
  },
  check(context) {
    for (const playbook of context.playbooks) {
      const declared = declaredNames(playbook.data);
      for (const { script, path } of scriptsOf(playbook.data)) {
        for (const [text, at] of textsOf(script)) {
          for (const use of distinctUses(text)) {
            if ((use.isFact ? declared.facts : declared.placeholders).includes(use.name)) continue;
            const suggestion = closest(use, declared);
            const messageId = `undeclared${use.isFact ? 'Fact' : ''}${suggestion === undefined ? 'NoSuggestion' : ''}`;
            const placeholder = use.isFact ? `{{facts.${use.name}}}` : `{{${use.name}}}`;
            context.report({ at: playbook, path: [...path, ...at], messageId, data: { placeholder, name: use.name, ...(suggestion ? { suggestion } : {}) } });
          }
        }
      }
    }
  },
} satisfies Rule;

/**
 * Every text of a script that holds a placeholder — the subject, and each step's say, note and replies — with
 * its path within the script. Most texts hold none and are passed over without building anything.
 */
function textsOf(script: Script): [string, DataPath][] {
  const texts: [string, DataPath][] = [];
  const holdsOne = (text: string | undefined): text is string => text !== undefined && text.includes('{{');
  if (holdsOne(script.subject)) texts.push([script.subject, ['subject']]);
  for (let index = 0; index < script.steps.length; index++) {
    const { say, note, replies = [] } = script.steps[index]!;
    if (holdsOne(say)) texts.push([say, ['steps', index, 'say']]);
    if (holdsOne(note)) texts.push([note, ['steps', index, 'note']]);
    for (let reply = 0; reply < replies.length; reply++) {
      const { customer } = replies[reply]!;
      if (holdsOne(customer)) texts.push([customer, ['steps', index, 'replies', reply, 'customer']]);
    }
  }
  return texts;
}

function declaredNames(playbook: Playbook) {
  return { placeholders: Object.keys(playbook.placeholders ?? {}), facts: Object.keys(playbook.facts ?? {}) };
}

/** Each placeholder once per text, however often it is written. */
function distinctUses(text: string): PlaceholderUse[] {
  const seen = new Set<string>();
  return placeholdersIn(text).filter((use) => {
    const key = `${use.isFact}:${use.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The declared placeholder or fact nearest to a misspelt one; a fact written as a placeholder (or back) counts as near. */
function closest(use: PlaceholderUse, declared: ReturnType<typeof declaredNames>): string | undefined {
  const candidates = [
    ...declared.placeholders.map((name) => ({ written: `{{${name}}}`, name, isFact: false })),
    ...declared.facts.map((name) => ({ written: `{{facts.${name}}}`, name, isFact: true })),
  ];
  const limit = Math.max(2, Math.floor(use.name.length / 3));
  let best: { written: string; score: number } | undefined;
  for (const candidate of candidates) {
    const score = distance(use.name.toLowerCase(), candidate.name.toLowerCase()) + (candidate.isFact === use.isFact ? 0 : 1);
    if (score <= limit && (best === undefined || score < best.score)) best = { written: candidate.written, score };
  }
  return best?.written;
}
