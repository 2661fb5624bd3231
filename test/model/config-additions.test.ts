/** servicebook.yaml's `purposes`, `publicChannels` and `limits.kakao` (FORMAT.md §2). */
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { defaultConfig, parseConfig, requiredKinds } from '../../src/model/config.js';

const parsed = (text: string) => parseConfig('servicebook.yaml', text, '/project/servicebook.yaml');

describe('purposes', () => {
  it('recommended has the five built-in purposes with the contract kinds', () => {
    expect(defaultConfig('/').purposes).toEqual({
      complaint: ['empathy', 'explanation', 'follow-up'],
      inquiry: ['explanation'],
      request: ['explanation', 'follow-up'],
      notice: ['explanation'],
      transfer: ['escalation'],
    });
    expect(parsed('extends: strict\n').purposes.notice).toEqual(['explanation']);
  });

  it("a project's entry replaces the preset's for that purpose, and may declare its own", () => {
    const config = parsed('purposes:\n  notice: [explanation, follow-up]\n  warranty-claim: [empathy, escalation]\n');
    expect(config.purposes.notice).toEqual(['explanation', 'follow-up']);
    expect(config.purposes['warranty-claim']).toEqual(['empathy', 'escalation']);
    expect(config.purposes.complaint).toEqual(['empathy', 'explanation', 'follow-up']);
  });

  it('replaces required."*" for a scenario with a purpose; the per-channel list is added whatever the purpose', () => {
    const config = parsed('required:\n  phone: [greeting, closing]\n');
    expect(requiredKinds(config, 'phone', 'notice')).toEqual(['explanation', 'greeting', 'closing']);
    expect(requiredKinds(config, 'phone')).toEqual(['empathy', 'explanation', 'follow-up', 'greeting', 'closing']);
    expect(requiredKinds(config, 'chat', 'transfer')).toEqual(['escalation']);
  });

  it('a bad purpose key or kind stops the run naming the position', () => {
    expect(() => parsed('purposes:\n  Warranty_Claim: [empathy]\n')).toThrow(UsageError);
    expect(() => parsed('purposes:\n  warranty-claim: [empathy, empathy]\n')).toThrow(/servicebook\.yaml:2:\d+/);
  });
});

describe('publicChannels and limits.kakao', () => {
  it('default to [social] and no kakao override', () => {
    const config = parsed('extends: recommended\n');
    expect(config.publicChannels).toEqual(['social']);
    expect(config.limits).toEqual({});
  });

  it('are read from the config', () => {
    const config = parsed('publicChannels: [social, community]\nlimits:\n  kakao: { maxChars: 800 }\n  sms: { maxBytes: 80 }\n');
    expect(config.publicChannels).toEqual(['social', 'community']);
    expect(config.limits).toEqual({ kakao: { maxChars: 800 }, sms: { maxBytes: 80 } });
  });

  it('a maxChars of zero is refused', () => {
    expect(() => parsed('limits:\n  kakao: { maxChars: 0 }\n')).toThrow(UsageError);
  });
});
