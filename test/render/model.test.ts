import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Playbook } from '../../src/model/types.js';
import { humanDuration } from '../../src/render/labels.js';
import { buildHandbook } from '../../src/render/model.js';
import { config, loadFixture } from './support.js';

const library = loadFixture('library');

function playbook(yaml: string): Playbook {
  return parse(yaml) as Playbook;
}

describe('buildHandbook', () => {
  it('orders chapters by the manual, a pattern collecting playbooks in id order', () => {
    const handbook = buildHandbook({ ...library, config });
    expect(handbook.chapters.map((chapter) => [chapter.heading.number, chapter.heading.title])).toEqual([
      ['1', '결제와 환불'],
      ['2', '배송'],
    ]);
    expect(handbook.chapters[0]!.playbooks.map((part) => [part.heading?.number, part.playbook.id])).toEqual([
      ['1.1', 'billing-double'],
      ['1.2', 'billing-refund'],
    ]);
    expect(handbook.leftOut).toEqual([]);
  });

  it('takes cover, intro, principles and glossary from the manual, never a date', () => {
    const handbook = buildHandbook({ ...library, config });
    expect(handbook).toMatchObject({ title: '테스트 고객 응대 매뉴얼', locale: 'ko-KR', lang: 'ko', audience: '신입 상담원', edition: '2026.1' });
    expect(handbook.principles.map((principle) => principle.title)).toEqual(['공감', '후속 조치']);
    expect(handbook.glossary.map((entry) => entry.term)).toEqual(['CSAT', '영업일']);
  });

  it('gives anchors by position, and lists chapters, playbooks and scenarios in the contents', () => {
    const handbook = buildHandbook({ ...library, config });
    expect(handbook.contents.map((heading) => [heading.depth, heading.anchor])).toEqual([
      [1, 'intro'],
      [1, 'principles'],
      [1, 'sec-1'],
      [2, 'sec-1-1'],
      [3, 'sec-1-1-1'],
      [2, 'sec-1-2'],
      [3, 'sec-1-2-1'],
      [1, 'sec-2'],
      [2, 'sec-2-1'],
      [3, 'sec-2-1-1'],
      [1, 'glossary'],
    ]);
  });

  it('without a manual makes each playbook a chapter, in id order', () => {
    const handbook = buildHandbook({ playbooks: library.playbooks, config });
    expect(handbook.chapters.map((chapter) => chapter.heading.title)).toEqual(['이중 결제 문의 응대', '환불 지연 문의 응대', '배송 지연 문의 응대']);
    expect(handbook.chapters.every((chapter) => chapter.playbooks[0]!.heading === undefined)).toBe(true);
    expect(handbook.title).toBe('고객 응대 스크립트 핸드북');
    expect(handbook.contents.slice(0, 2).map((heading) => [heading.depth, heading.number])).toEqual([
      [1, '1'],
      [2, '1.1'],
    ]);
  });

  it('says which playbooks no chapter names', () => {
    const manual = { ...library.manual!, chapters: [{ title: '배송', playbooks: ['delivery-late'] }] };
    expect(buildHandbook({ playbooks: library.playbooks, manual, config }).leftOut).toEqual(['billing-double', 'billing-refund']);
  });

  it('numbers the steps and resolves replies and gotos to step numbers', () => {
    const handbook = buildHandbook({ ...library, config });
    const phone = handbook.chapters[0]!.playbooks[1]!.scenarios[0]!.scripts.find((script) => script.channel === 'phone')!;
    const explain = phone.steps[2]!;
    expect(explain).toMatchObject({ number: 3, kinds: ['explanation'] });
    expect(explain.replies.map((reply) => reply.to)).toEqual([{ step: 4 }, { step: 5 }]);
    // escalate → promise is simply the next step: nothing to show.
    expect(phone.steps[3]!.next).toBeUndefined();
    expect(phone.steps[4]).toMatchObject({ kinds: ['follow-up'], due: 'P1D', via: 'sms', next: undefined });
  });

  it('marks a required kind ✗ when some path skips it, and a missing script as such', () => {
    const skipping = playbook(`
kind: playbook
format: 1
id: skip
title: 후속 안내 누락
channels: [chat, email]
scenarios:
  - id: s
    title: 분기에서 후속 안내를 건너뜀
    when: 문의
    scripts:
      chat:
        steps:
          - kind: empathy
            say: 죄송합니다.
          - kind: explanation
            say: 확인해 드리겠습니다.
            replies:
              - customer: 괜찮아요.
                goto: end
              - customer: 연락 주세요.
                goto: call
          - id: call
            kind: follow-up
            say: 내일 연락드리겠습니다.
`);
    const [row] = buildHandbook({ playbooks: [skipping], config }).chapters[0]!.playbooks[0]!.coverage;
    expect(row!.cells).toEqual([
      {
        channel: 'chat',
        kinds: [
          { kind: 'empathy', covered: true },
          { kind: 'explanation', covered: true },
          { kind: 'follow-up', covered: false },
        ],
      },
      { channel: 'email' },
    ]);
  });

  it('normalises text to NFC', () => {
    const decomposed = '환불'.normalize('NFD');
    const handbook = buildHandbook({ playbooks: [{ ...library.playbooks[0]!, title: decomposed }], config });
    expect(handbook.chapters[0]!.heading.title).toBe('환불'.normalize('NFC'));
  });
});

describe('humanDuration', () => {
  it.each([
    ['P1D', 'ko', '1일'],
    ['PT4H', 'ko', '4시간'],
    ['P1DT2H', 'ko', '1일 2시간'],
    ['30m', 'ko', '30분'],
    ['2d', 'en', '2 days'],
    ['P1W', 'en', '1 week'],
    ['soon', 'en', undefined],
    ['P', 'en', undefined],
  ] as const)('%s in %s is %s', (due, lang, expected) => {
    expect(humanDuration(due, lang)).toBe(expected);
  });
});
