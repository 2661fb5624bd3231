import type { Rule } from './types.js';

/** Reported by the loader (src/model/load.ts) while parsing; listed here for docs, config and SARIF. */
export default {
  id: 'yaml-syntax',
  severity: 'error',
  description: 'The file is not valid YAML, or a mapping repeats a key.',
  messages: {},
  examples: {
    bad: 'kind: playbook\ntitle: 환불 지연\ntitle: 환불 지연 문의   # the same key twice',
    good: 'kind: playbook\ntitle: 환불 지연 문의',
  },
} satisfies Rule;
