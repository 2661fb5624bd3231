/**
 * channel-limit measures a message with its facts and examples filled in, and counts SMS bytes piece by piece
 * without building the filled text: it must report what measuring the filled text reports, whatever the values.
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/model/config.js';
import { fillAll, placeholderExamples } from '../../src/model/text.js';
import type { Playbook } from '../../src/model/types.js';
import rule from '../../src/rules/channel-limit.js';
import type { Report } from '../../src/rules/types.js';
import { SEED } from './arbitraries.js';

/** The text as the customer gets it, filled in the plain way: what channel-limit must measure. */
function filledText(text: string, playbook: Pick<Playbook, 'facts' | 'placeholders'>): string {
  return fillAll(text, playbook.facts, placeholderExamples(playbook.placeholders));
}

fc.configureGlobal({ seed: SEED, numRuns: 1000 });

// Text, braces and placeholders, Hangul, ASCII, and characters iconv must count (or cannot encode).
const PIECES = [
  '{{customer_name}}', '{{ order_id }}', '{{facts.refund_window}}', '{{facts.fee}}', '{{facts.missing}}', '{{unknown}}',
  '{{ {{facts.refund_window}} }}', '{{{{facts.fee}}}}', '{{', '}}', '{', '}', ' ', '환불', '안내', 'SMS', '3~5', '똠', 'é', '😀', '·', '\n',
];
// Values that stay put, and values that could make a new placeholder: empty, braces, a placeholder itself.
const VALUES = ['3~5영업일', '3,000원', 'A', '', '{{order_id}}', '{', 'order_id', '😀', '똠얌'];

const playbookArbitrary = fc.record({
  refund_window: fc.constantFrom(...VALUES),
  fee: fc.oneof(fc.constantFrom(...VALUES), fc.integer({ min: 0, max: 99_999 })),
  customer_name: fc.option(fc.constantFrom(...VALUES), { nil: undefined }),
  order_id: fc.option(fc.constantFrom(...VALUES), { nil: undefined }),
  says: fc.array(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((pieces) => pieces.join('')), { minLength: 1, maxLength: 4 }),
  limit: fc.integer({ min: 0, max: 60 }),
});

function run(channel: string, limits: Record<string, { maxBytes?: number; maxChars?: number }>, playbook: Playbook): Report[] {
  const reports: Report[] = [];
  const config = { ...defaultConfig('/'), limits };
  rule.check({ playbooks: [{ file: undefined as never, document: undefined as never, data: playbook }], manuals: [], config, report: (report) => reports.push(report) });
  return reports.filter((report) => report.messageId !== 'missingSubject' && report.path.includes(channel));
}

function playbookOf(channel: string, generated: { refund_window: string; fee: string | number; customer_name?: string; order_id?: string; says: string[] }): Playbook {
  const declare = (example: string | undefined) => (example === undefined ? '설명' : { description: '설명', example });
  return {
    kind: 'playbook',
    format: 1,
    id: 'refund-delay',
    title: '환불 지연 문의 응대',
    channels: [channel],
    facts: { refund_window: generated.refund_window, fee: generated.fee },
    placeholders: { customer_name: declare(generated.customer_name), order_id: declare(generated.order_id) },
    scenarios: [{ id: 'refund', title: '환불', when: '환불 문의', scripts: { [channel]: { steps: generated.says.map((say) => ({ kind: 'follow-up' as const, say })) } } }],
  };
}

describe('channel-limit on filled-in text', () => {
  it('counts SMS bytes as the filled text encoded in CP949 has them', () => {
    fc.assert(
      fc.property(playbookArbitrary, (generated) => {
        const playbook = playbookOf('sms', generated);
        const expected = generated.says.flatMap((say, index) => {
          const filled = filledText(say, playbook);
          const bytes = iconv.encode(filled, 'cp949').length;
          const roundTrips = iconv.decode(iconv.encode(filled, 'cp949'), 'cp949') === filled;
          return [...(roundTrips ? [] : [{ index, messageId: 'unencodable' }]), ...(bytes > generated.limit ? [{ index, messageId: 'tooLong', bytes }] : [])];
        });
        const found = run('sms', { sms: { maxBytes: generated.limit } }, playbook).map((report) => ({
          index: report.path[5],
          messageId: report.messageId,
          ...(report.messageId === 'tooLong' ? { bytes: report.data!.bytes } : {}),
        }));
        expect(found).toEqual(expected);
      }),
    );
  });

  it('counts kakao characters as the filled text has them', () => {
    fc.assert(
      fc.property(playbookArbitrary, (generated) => {
        const playbook = playbookOf('kakao', generated);
        const expected = generated.says.flatMap((say, index) => {
          const chars = [...filledText(say, playbook)].length;
          return chars > generated.limit ? [{ index, chars }] : [];
        });
        const found = run('kakao', { kakao: { maxChars: generated.limit } }, playbook).map((report) => ({ index: report.path[5], chars: report.data!.chars }));
        expect(found).toEqual(expected);
      }),
    );
  });
});
