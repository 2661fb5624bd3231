import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { channelLabel, documentLang, kindBadge, kindLabel } from '../../src/walk/labels.js';
import { messages } from '../../src/walk/messages.js';
import { formatDue, formatDuration, renderEscalation, renderStep, renderSummary, truncate, wrap, type Look } from '../../src/walk/view.js';

const plain = new Chalk({ level: 0 });
const coloured = new Chalk({ level: 1 });

function look(overrides: Partial<Look> = {}): Look {
  return { chalk: plain, width: 40, ui: messages('ko'), uiLang: 'ko', docLang: 'ko', ...overrides };
}

describe('wrap', () => {
  it('wraps Hangul by display width: two columns a syllable', () => {
    const text = '환불은 카드사 처리에 따라 3~5영업일이 걸립니다. 오늘 카드사에 확인 요청을 넣겠습니다.';
    const lines = wrap(text, 24, '  ').split('\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(24);
    expect(lines.every((line) => line.startsWith('  '))).toBe(true);
    expect(lines.join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
  });

  it('hangs list items under their text and keeps blank lines', () => {
    const text = '확인 결과입니다.\n\n- 환불 금액: 35,000원이며 카드사 반영까지 사흘이 걸립니다\n- 카드사: 한결카드';
    expect(wrap(text, 30, '  ')).toBe(['  확인 결과입니다.', '', '  - 환불 금액: 35,000원이며', '    카드사 반영까지 사흘이', '    걸립니다', '  - 카드사: 한결카드'].join('\n'));
  });

  it('never goes narrower than 20 columns', () => {
    expect(wrap('가나다라마바사아자차카타파하', 4)).toBe('가나다라마바사아자차\n카타파하');
  });
});

describe('formatting', () => {
  it.each([
    ['P1D', '1일', '1 day'],
    ['PT4H30M', '4시간 30분', '4 hours 30 minutes'],
    ['P2W', '2주', '2 weeks'],
    ['30m', '30분', '30 minutes'],
    ['2d', '2일', '2 days'],
    ['내일 오전', '내일 오전', '내일 오전'],
    ['P', 'P', 'P'],
  ])('due %s', (due, ko, en) => {
    expect(formatDue(due, 'ko')).toBe(ko);
    expect(formatDue(due, 'en')).toBe(en);
  });

  it.each([
    [0, '0:00'],
    [4_400, '0:04'],
    [65_000, '1:05'],
    [3_723_000, '1:02:03'],
  ])('duration %d ms', (ms, shown) => expect(formatDuration(ms)).toBe(shown));

  it('truncates by display width', () => {
    expect(truncate('벌써 일주일째예요. 카드사는 모른다고 하던데요.', 20)).toBe('벌써 일주일째예요.…');
    expect(stringWidth(truncate('벌써 일주일째예요. 카드사는 모른다고 하던데요.', 20))).toBeLessThanOrEqual(20);
    expect(truncate('짧은 말', 20)).toBe('짧은 말');
  });
});

describe('labels', () => {
  it('names kinds in the document language', () => {
    expect(kindLabel('follow-up', 'ko')).toBe('후속 조치');
    expect(kindLabel('follow-up', 'en')).toBe('Follow-up');
    expect(kindLabel('empathy', 'ko')).toBe('공감');
    expect(documentLang('ko-KR', 'en-US')).toBe('ko');
    expect(documentLang('en-US', 'ko-KR')).toBe('en');
    expect(documentLang(undefined, 'ko-KR')).toBe('ko');
    expect(channelLabel('kakao', 'ko')).toBe('카카오톡');
    expect(channelLabel('fax', 'ko')).toBe('fax');
  });

  it('colours a badge only when colour is on', () => {
    expect(kindBadge('empathy', 'ko', plain)).toBe('[공감]');
    expect(kindBadge('empathy', 'ko', coloured)).toMatch(/\u001B\[.*공감/);
  });
});

describe('renderStep', () => {
  const step = {
    id: 'promise',
    kind: 'follow-up' as const,
    say: '내일 오후 3시까지 처리 결과를 문자로 다시 안내해 드리겠습니다.',
    note: '약속한 시간을 지키지 못할 것 같으면 미리 연락합니다.',
    due: 'P1D',
    via: 'sms',
  };

  it('shows the label, the place, the words wrapped, the note apart, the due', () => {
    const shown = renderStep(look(), { step, index: 4, total: 6, text: step.say });
    expect(shown).toBe(
      [
        '',
        '[후속 조치] 5/6 · promise',
        '  내일 오후 3시까지 처리 결과를 문자로',
        '  다시 안내해 드리겠습니다.',
        '  │ 참고: 약속한 시간을 지키지 못할 것',
        '  │ 같으면 미리 연락합니다.',
        '  ⏱ 기한 1일 · 채널 문자',
        '',
      ].join('\n'),
    );
  });

  it('has no escape codes without colour', () => {
    const shown = renderStep(look({ width: 100 }), { step, index: 0, total: 1, text: step.say });
    expect(shown).not.toMatch(/\u001B/);
  });

  it('shows escalation info, or says there is none', () => {
    const escalation = renderEscalation(look({ width: 80 }), { authority: '5,000원 이하 쿠폰 발급', to: '결제팀 2선', when: '10영업일이 지나도 미입금' });
    expect(escalation.split('\n')).toEqual(['  ⚑ 에스컬레이션', '    상담원 권한  5,000원 이하 쿠폰 발급', '    넘길 곳      결제팀 2선', '    넘길 때      10영업일이 지나도 미입금']);
    expect(renderEscalation(look(), undefined)).toBe('  이 시나리오에는 에스컬레이션 정보가 없습니다.');
  });

  it('sums up the path, times and required kinds', () => {
    const summary = renderSummary(look({ width: 80 }), {
      stops: [
        { step: { kind: 'empathy', say: '' }, ms: 3_000 },
        { step: { id: 'explain', kind: 'explanation', say: '' }, reply: '너무 늦어요.', ms: 12_000 },
      ],
      totalMs: 15_000,
      coverage: [
        { kind: 'empathy', passed: true },
        { kind: 'follow-up', passed: false },
      ],
      transcript: 'walk.md',
    });
    expect(summary).toContain('경로       공감 → explain “너무 늦어요.”');
    expect(summary).toMatch(/1 {2}공감 +0:03/);
    expect(summary).toMatch(/2 {2}설명 \(explain\) +0:12/);
    expect(summary).toMatch(/합계 +0:15/);
    expect(summary).toContain('필수 단계  ✓ 공감  ✗ 후속 조치');
    expect(summary).toContain('기록       walk.md');
  });
});
