/** A line as the walk shows it: facts filled in, placeholders with their values or a short blank. */
import { placeholderSpec, type Playbook } from '../model/types.js';
import { fillAll } from '../model/text.js';
import { resolveDoubleParticles } from '../rules/hangul.js';

/**
 * `{{facts.x}}` from the playbook; `{{name}}` from the values given, else the placeholder's `example` where it
 * declares one, else a blank such as `[고객 성함]` (its description up to its first parenthesis), so the agent
 * sees what goes there.
 */
export function showText(playbook: Playbook, text: string, variables: Readonly<Record<string, string>>): string {
  const given = Object.fromEntries(Object.entries(variables).filter(([, value]) => value !== ''));
  // 을(를) after a value the walk knows reads as the one particle that fits it.
  const known = (name: string, isFact: boolean) => {
    const value = isFact ? playbook.facts?.[name] : given[name];
    return value === undefined ? undefined : String(value);
  };
  return fillAll(resolveDoubleParticles(text, known), playbook.facts, { ...blanks(playbook), ...given });
}

function blanks(playbook: Playbook): Record<string, string> {
  return Object.fromEntries(
    Object.entries(playbook.placeholders ?? {}).map(([name, declaration]) => {
      const { description, example } = placeholderSpec(declaration);
      return [name, example ?? `[${description.split(/\s+\(/)[0]!.trim() || name}]`];
    }),
  );
}
