import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfigFile, loadConfig, parseConfig, requiredKinds, ruleSetting } from '../src/model/config.js';
import { UsageError } from '../src/core/errors.js';
import { runInProcess } from './helpers/cli.js';

function configError(text: string): string {
  try {
    parseConfig('servicebook.yaml', text, '/project/servicebook.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('expected the config to be refused');
}

describe('config', () => {
  it.each([
    ['a syntax error', 'extends: recommended\nextends: strict\n', /^servicebook\.yaml:2:1: The key extends appears twice/],
    ['an unknown rule, with the nearest one', 'rules:\n  risky-promis: error\n', /^servicebook\.yaml:2:3: `risky-promis` is not a field of `rules`; did you mean `risky-promise`\?/],
    ['a wrong severity', 'rules:\n  risky-promise: fatal\n', /^servicebook\.yaml:2:18: `fatal` is not a/],
    ['an unknown preset', 'extends: strickt\n', /^servicebook\.yaml:1:10: `strickt` is not a.*did you mean `strict`\?/],
    ['an unknown top-level key', 'channel: [phone]\n', /^servicebook\.yaml:1:1: `channel` is not a field of the config; did you mean `channels`\?/],
    ['a required kind that does not exist', 'required:\n  phone: [greeting, goodbye]\n', /^servicebook\.yaml:2:21: `goodbye` is not a step kind/],
    ['a list instead of settings', '- extends\n', /^servicebook\.yaml:1:1: the config must be a mapping/],
  ])('refuses %s, naming file, line and key', (_name, text, message) => {
    expect(configError(text)).toMatch(message);
  });

  it('accepts the contract example and merges it over the defaults', () => {
    const config = parseConfig(
      'servicebook.yaml',
      'extends: strict\ninclude: ["playbooks/**/*.yaml"]\nchannels: [phone, email]\nrequired:\n  phone: [greeting, closing]\nrules:\n  risky-promise: error\nlimits:\n  sms: { maxBytes: 80 }\n',
      '/project/servicebook.yaml',
    );
    expect(config).toMatchObject({ extends: 'strict', baseDir: '/project', channels: ['phone', 'email'], limits: { sms: { maxBytes: 80 } } });
    expect(requiredKinds(config, 'phone')).toEqual(['empathy', 'explanation', 'follow-up', 'greeting', 'closing']);
    expect(requiredKinds(config, 'chat')).toEqual(['empathy', 'explanation', 'follow-up']);
  });

  it('resolves severities: --rule over config over preset; strict turns warn into error', () => {
    const rule = { id: 'risky-promise', severity: 'warn' as const };
    const recommended = parseConfig('s.yaml', '{}', '/p/s.yaml');
    const strict = parseConfig('s.yaml', 'extends: strict\n', '/p/s.yaml');
    const configured = parseConfig('s.yaml', 'extends: strict\nrules:\n  risky-promise: warn\n', '/p/s.yaml');
    expect(ruleSetting(rule, recommended)).toBe('warn');
    expect(ruleSetting(rule, strict)).toBe('error');
    expect(ruleSetting(rule, configured)).toBe('warn');
    expect(ruleSetting(rule, configured, { 'risky-promise': 'off' })).toBe('off');
  });

  it('is found from the working directory upward', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'servicebook-config-'));
    const nested = path.join(root, 'team', 'billing');
    mkdirSync(nested, { recursive: true });
    writeFileSync(path.join(root, 'servicebook.yaml'), 'locale: en-US\n');
    expect(findConfigFile(nested)).toBe(path.join(root, 'servicebook.yaml'));
    expect(loadConfig({ cwd: nested }).locale).toBe('en-US');
  });

  it('a broken config stops lint with exit 2 and one line', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'servicebook-config-'));
    writeFileSync(path.join(root, 'servicebook.yaml'), 'rules:\n  no-such-rule: error\n');
    const run = await runInProcess(['lint'], { cwd: root });
    expect(run.exitCode).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^servicebook: servicebook\.yaml:2:3: `no-such-rule` is not a field of `rules`/);
  });

  it('--config names a config elsewhere; a missing one exits 2', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'servicebook-config-'));
    const run = await runInProcess(['lint', '--config', 'nowhere.yaml'], { cwd: root });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/Cannot read config nowhere\.yaml: ENOENT/);
  });
});
