/** Every rule, listed by hand in the order of FORMAT.md §3. */
import schema from './schema.js';
import type { Rule } from './types.js';
import yamlSyntax from './yaml-syntax.js';

export const rules: readonly Rule[] = [
  yamlSyntax,
  schema,
];

export const ruleIds: readonly string[] = rules.map((rule) => rule.id);
