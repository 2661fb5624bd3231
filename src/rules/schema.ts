import type { Rule } from './types.js';

/** Reported by src/model/schema.ts for every document; listed here for docs, config and SARIF. */
export default {
  id: 'schema',
  severity: 'error',
  description: 'A document does not match its JSON Schema (schemas/playbook.schema.json, schemas/manual.schema.json).',
  messages: {},
  examples: {
    bad: 'steps:\n  - kind: empaty\n    say: 불편을 드려 죄송합니다.',
    good: 'steps:\n  - kind: empathy\n    say: 불편을 드려 죄송합니다.',
  },
} satisfies Rule;
