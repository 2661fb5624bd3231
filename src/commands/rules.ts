/** `servicebook rules`: every rule with its default severity and description. */
import stringWidth from 'string-width';
import { rules } from '../rules/index.js';

export function listRules(options: { json?: boolean }): string {
  if (options.json) {
    return `${JSON.stringify(rules.map(({ id, severity, description }) => ({ id, severity, description })), null, 2)}\n`;
  }
  const idWidth = Math.max(...rules.map((rule) => stringWidth(rule.id)));
  return rules.map((rule) => `${rule.id.padEnd(idWidth)}  ${rule.severity.padEnd(5)}  ${rule.description}`).join('\n') + '\n';
}
