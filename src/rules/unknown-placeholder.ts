import { distance } from 'fastest-levenshtein';
import type { DataPath } from '../core/findings.js';
import type { Playbook } from '../model/types.js';
import { PlaceholderScanner } from '../model/text.js';
import { scriptsOf, type DocumentRef, type Rule, type RuleContext } from './types.js';

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
    const scan = new PlaceholderScanner();
    for (const playbook of context.playbooks) {
      const declared = declaredNames(playbook.data);
      const report = (uses: readonly Use[], path: DataPath) => reportUses(context, playbook, declared, uses, path);
      for (const { script, path } of scriptsOf(playbook.data)) {
        // Paths are built only for texts that report: most texts hold no undeclared placeholder.
        let uses = undeclaredIn(script.subject, declared, scan);
        if (uses.length > 0) report(uses, [...path, 'subject']);
        for (let index = 0; index < script.steps.length; index++) {
          const { say, note, replies } = script.steps[index]!;
          if ((uses = undeclaredIn(say, declared, scan)).length > 0) report(uses, [...path, 'steps', index, 'say']);
          if ((uses = undeclaredIn(note, declared, scan)).length > 0) report(uses, [...path, 'steps', index, 'note']);
          if (replies === undefined) continue;
          for (let reply = 0; reply < replies.length; reply++) {
            if ((uses = undeclaredIn(replies[reply]!.customer, declared, scan)).length > 0) report(uses, [...path, 'steps', index, 'replies', reply, 'customer']);
          }
        }
      }
    }
  },
} satisfies Rule;

interface Declared {
  placeholders: string[];
  facts: string[];
  /** The same names, for lookups. */
  placeholderSet: ReadonlySet<string>;
  factSet: ReadonlySet<string>;
}

function declaredNames(playbook: Playbook): Declared {
  const placeholders = Object.keys(playbook.placeholders ?? {});
  const facts = Object.keys(playbook.facts ?? {});
  return { placeholders, facts, placeholderSet: new Set(placeholders), factSet: new Set(facts) };
}

/** A placeholder as written: its name, and whether it is a fact. */
interface Use {
  name: string;
  isFact: boolean;
}

const NONE: readonly Use[] = [];

function reportUses(context: RuleContext, playbook: DocumentRef<Playbook>, declared: Declared, uses: readonly Use[], path: DataPath): void {
  for (const use of uses) {
    const suggestion = closest(use, declared);
    const messageId = `undeclared${use.isFact ? 'Fact' : ''}${suggestion === undefined ? 'NoSuggestion' : ''}`;
    const placeholder = use.isFact ? `{{facts.${use.name}}}` : `{{${use.name}}}`;
    context.report({ at: playbook, path, messageId, data: { placeholder, name: use.name, ...(suggestion ? { suggestion } : {}) } });
  }
}

/** Each undeclared placeholder of a text once, however often it is written, in order; most texts hold none. */
function undeclaredIn(text: string | undefined, declared: Declared, scan: PlaceholderScanner): readonly Use[] {
  if (text === undefined || !text.includes('{{')) return NONE;
  let undeclared: Use[] | undefined;
  scan.reset(text);
  while (scan.next()) {
    const { name, isFact } = scan;
    if ((isFact ? declared.factSet : declared.placeholderSet).has(name)) continue;
    undeclared ??= [];
    if (!undeclared.some((seen) => seen.isFact === isFact && seen.name === name)) undeclared.push({ name, isFact });
  }
  return undeclared ?? NONE;
}

/** The declared placeholder or fact nearest to a misspelt one; a fact written as a placeholder (or back) counts as near. */
function closest(use: Use, declared: Declared): string | undefined {
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
