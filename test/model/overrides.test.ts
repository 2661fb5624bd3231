/** How an override is laid over the config (FORMAT.md §2): per key for maps, a list replaces a list. */
import { describe, expect, it } from 'vitest';
import { defaultConfig, parseConfig, type ProjectConfig } from '../../src/model/config.js';
import { applyOverride, configFor, matchingOverrides } from '../../src/model/overrides.js';

const base = (): ProjectConfig => ({
  ...defaultConfig('/library'),
  channels: ['phone', 'chat'],
  required: { '*': ['empathy', 'explanation', 'follow-up'], phone: ['greeting'] },
  rules: { 'risky-promise': 'error', 'step-order': 'warn' },
  limits: { sms: { maxBytes: 90 }, kakao: { maxChars: 1000 } } as ProjectConfig['limits'],
});

describe('overrides', () => {
  it('merge rules, required, purposes and limits per key, down to each limit, and replace lists and values', () => {
    const config = { ...base(), purposes: { notice: ['explanation'], complaint: ['empathy'] } } as ProjectConfig;
    const merged = applyOverride(config, {
      files: ['**'],
      rules: { 'step-order': 'off' },
      required: { '*': ['explanation'] },
      purposes: { notice: ['explanation', 'follow-up'] },
      limits: { sms: { maxChars: 45 } },
      channels: ['chat'],
      locale: 'en-US',
      publicChannels: ['social', 'kakao'],
    }) as ProjectConfig & { purposes: unknown; publicChannels: unknown };
    expect(merged.rules).toEqual({ 'risky-promise': 'error', 'step-order': 'off' });
    expect(merged.required).toEqual({ '*': ['explanation'], phone: ['greeting'] });
    expect(merged.purposes).toEqual({ notice: ['explanation', 'follow-up'], complaint: ['empathy'] });
    expect(merged.limits).toEqual({ sms: { maxBytes: 90, maxChars: 45 }, kakao: { maxChars: 1000 } });
    expect(merged.channels).toEqual(['chat']);
    expect(merged.locale).toBe('en-US');
    expect(merged.publicChannels).toEqual(['social', 'kakao']);
    // The config it was laid over is left as it was.
    expect(config.rules['step-order']).toBe('warn');
    expect(config.limits.sms).toEqual({ maxBytes: 90 });
  });

  it('match globs relative to the config folder, minus excludeFiles, in order; a later one wins', () => {
    const config = parseConfig(
      'servicebook.yaml',
      [
        'overrides:',
        '  - files: ["playbooks/legacy/**"]',
        '    excludeFiles: ["**/keep-*.yaml"]',
        '    rules: { step-order: off, risky-promise: warn }',
        '  - files: ["**/*-notice.yaml"]',
        '    rules: { step-order: error }',
      ].join('\n'),
      '/library/servicebook.yaml',
    );
    const rulesOf = (file: string) => configFor(config, file).rules;
    expect(rulesOf('/library/playbooks/legacy/refund.yaml')).toEqual({ 'step-order': 'off', 'risky-promise': 'warn' });
    expect(rulesOf('/library/playbooks/legacy/keep-refund.yaml')).toEqual({});
    expect(rulesOf('/library/playbooks/legacy/delay-notice.yaml')).toEqual({ 'step-order': 'error', 'risky-promise': 'warn' });
    expect(rulesOf('/elsewhere/playbooks/legacy/refund.yaml')).toEqual({});
    expect(matchingOverrides(config, '/library/playbooks/new/refund.yaml')).toEqual([]);
    // No override: the very same config; the same set of overrides: the same merged object.
    expect(configFor(config, '/library/playbooks/new/refund.yaml')).toBe(config);
    expect(configFor(config, '/library/playbooks/legacy/a.yaml')).toBe(configFor(config, '/library/playbooks/legacy/b.yaml'));
  });
});
