/** The validators compiled at build time (dist/validators.cjs) judge exactly as ajv compiling at run time. */
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compileValidators } from '../../src/model/schema.js';

const precompiled = createRequire(import.meta.url)('../../dist/validators.cjs') as Record<string, ValidateFunction>;
const compiled = compileValidators();

const documents: [string, 'playbook' | 'manual' | 'config', string][] = [
  ['a step kind typo', 'playbook', 'kind: playbook\nformat: 1\nid: a\ntitle: t\nchannels: [chat]\nscenarios:\n  - id: s\n    title: t\n    when: w\n    scripts:\n      chat:\n        steps:\n          - kind: empaty\n            say: 죄송합니다.\n'],
  ['many mistakes at once', 'playbook', 'kind: playbook\nformat: 2\nid: A_B\nchannels: chat\nscenarios: []\nextra: 1\n'],
  ['a manual without chapters', 'manual', 'kind: manual\nformat: 1\nid: m\ntitle: 매뉴얼\nglossary:\n  - term: CSAT\n'],
  ['a config with an unknown rule', 'config', 'rules:\n  risky-promis: error\nlimits:\n  sms: { maxBytes: 0 }\n'],
];

describe('precompiled validators', () => {
  it.each(documents)('agree on %s', (_name, kind, text) => {
    const value = parse(text);
    const fromBuild = precompiled[kind]!;
    const fromSource = compiled[kind];
    expect(fromBuild(value)).toBe(fromSource(value));
    expect(fromBuild.errors).not.toBeNull();
    const strip = (errors: ValidateFunction['errors']) => errors?.map(({ instancePath, keyword, params, message }) => ({ instancePath, keyword, params, message }));
    expect(strip(fromBuild.errors)).toEqual(strip(fromSource.errors));
  });
});
