import { describe, expect, it } from 'vitest';
import { EXTRACTORS, figuresIn, sameFigure, type Figure, type FigureValue } from '../../src/rules/figures.js';

/** A figure in a line: "business-days 3~5", "krw 50000", "phone 15880000". */
function short(figure: Figure): string {
  if (figure.unit === 'phone') return `phone ${figure.number}`;
  return `${figure.unit} ${figure.low === figure.high ? figure.low : `${figure.low}~${figure.high}`}`;
}

/** Every text of the tables below, for the test of the hints. */
const examples: string[] = [];

function table(cases: [text: string, expected: string[]][]) {
  examples.push(...cases.map(([text]) => text));
  it.each(cases)('%s', (text, expected) => {
    expect(figuresIn(text).map(short)).toEqual(expected);
  });
}

describe('figuresIn', () => {
  describe('durations in Korean', () => {
    table([
      ['환불은 카드사 처리에 따라 3~5영업일이 걸립니다.', ['business-days 3~5']],
      ['환불 금액은 7영업일 안에 입금됩니다.', ['business-days 7']],
      ['최대 5 영업일 정도 소요됩니다.', ['business-days 5']],
      ['영업일 기준 3~5일 안에 처리됩니다.', ['business-days 3~5']],
      ['영업일 기준으로 2일이 걸립니다.', ['business-days 2']],
      ['처리까지 3~5일(영업일 기준)이 걸립니다.', ['business-days 3~5']],
      ['3에서 5영업일 사이에 입금됩니다.', ['business-days 3~5']],
      ['교환 상품은 3일 안에 다시 보내 드립니다.', ['days 3']],
      ['반품 접수 후 3일~5일 걸립니다.', ['days 3~5']],
      ['회수까지 3일에서 5일 정도 걸립니다.', ['days 3~5']],
      ['2-3일 뒤에 도착합니다.', ['days 2~3']],
      ['수리는 2주 정도 걸립니다.', ['weeks 2']],
      ['1~2주일 안에 연락드리겠습니다.', ['weeks 1~2']],
      ['할부는 3개월까지 무이자입니다.', ['months 3']],
      ['보증 기간은 6개월입니다.', ['months 6']],
      ['2시간 안에 답변드리겠습니다.', ['hours 2']],
      ['1.5시간 정도 걸립니다.', ['hours 1.5']],
      ['1시간 30분 정도 걸립니다.', ['hours 1', 'minutes 30']],
      ['상담원 연결까지 5분~10분 걸립니다.', ['minutes 5~10']],
      ['30분 정도 기다려 주시겠습니까?', ['minutes 30']],
    ]);
  });

  describe('durations in native Korean words, only where they say how long', () => {
    table([
      ['하루 안에 다시 연락드리겠습니다.', ['days 1']],
      ['이틀 정도 걸립니다.', ['days 2']],
      ['배송까지 사흘이 걸립니다.', ['days 3']],
      ['하루나 이틀 정도 더 걸릴 수 있습니다.', ['days 1~2']],
      ['하루 이틀 안에 도착합니다.', ['days 1~2']],
      ['일주일 이내에 회신드리겠습니다.', ['weeks 1']],
      ['한 시간 이내에 전화드리겠습니다.', ['hours 1']],
      ['두 시간 정도 걸립니다.', ['hours 2']],
      ['한두 시간 안에 처리됩니다.', ['hours 1~2']],
      ['열두 시간 이내에 답변드립니다.', ['hours 12']],
      ['두 달 정도 걸릴 수 있습니다.', ['months 2']],
      ['좋은 하루 보내십시오.', []],
      ['남은 하루 편안히 보내세요.', []],
      ['즐거운 일주일 되세요.', []],
      ['한 달에 한 번 정산합니다.', []],
      ['네 시간 괜찮으실 때 다시 전화 주세요.', []],
      ['세 시에 다시 전화드리겠습니다.', []],
    ]);
  });

  describe('durations in English', () => {
    table([
      ['Refunds take 3 to 5 business days.', ['business-days 3~5']],
      ['within 2 business days', ['business-days 2']],
      ['It takes 3-5 working days.', ['business-days 3~5']],
      ['one business day', ['business-days 1']],
      ['Delivery takes 3–5 days.', ['days 3~5']],
      ['between 3 and 5 days', ['days 3~5']],
      ['in 3 or 4 days', ['days 3~4']],
      ['We will call you back within 24 hours.', ['hours 24']],
      ['a 24-hour window', ['hours 24']],
      ['two hours', ['hours 2']],
      ['2 hours and 30 minutes', ['hours 2', 'minutes 30']],
      ['thirty minutes', ['minutes 30']],
      ['3 weeks', ['weeks 3']],
      ['a 6-month warranty', ['months 6']],
      ['Have a nice day.', []],
      ['Someone will call you.', []],
    ]);
  });

  describe('money and rates', () => {
    table([
      ['배송 지연 적립금 3,000원을 넣어 드렸습니다.', ['krw 3000']],
      ['5만원 쿠폰을 드립니다.', ['krw 50000']],
      ['30만 원 이상은 팀장 승인이 필요합니다.', ['krw 300000']],
      ['1만 5천 원을 환불해 드립니다.', ['krw 15000']],
      ['1만5,000원', ['krw 15000']],
      ['1.5만원', ['krw 15000']],
      ['3천원 할인', ['krw 3000']],
      ['1~2만원 상당의 사은품', ['krw 10000~20000']],
      ['3,000원~5,000원', ['krw 3000~5000']],
      ['1억 2천만 원', ['krw 120000000']],
      ['₩3,000', ['krw 3000']],
      ['KRW 10,000', ['krw 10000']],
      ['10,000 KRW', ['krw 10000']],
      ['$20 credit', ['usd 20']],
      ['$1,000.50', ['usd 1000.5']],
      ['$20-$30', ['usd 20~30']],
      ['USD 20', ['usd 20']],
      ['20 USD', ['usd 20']],
      ['20달러', ['usd 20']],
      ['50 dollars', ['usd 50']],
      ['10% 할인 쿠폰', ['percent 10']],
      ['10~20% 할인', ['percent 10~20']],
      ['10 퍼센트', ['percent 10']],
      ['a 15 percent discount', ['percent 15']],
      ['공정거래 3원칙', []],
    ]);
  });

  describe('phone numbers, in national form', () => {
    table([
      ['급한 문의는 1588-0000으로 연락 주십시오.', ['phone 15880000']],
      ['02-123-4567', ['phone 021234567']],
      ['(02) 123-4567', ['phone 021234567']],
      ['010-1234-5678', ['phone 01012345678']],
      ['+82 2-123-4567', ['phone 021234567']],
      ['+82 10-1234-5678', ['phone 01012345678']],
      ['+82 (0)10 1234 5678', ['phone 01012345678']],
      ['Call 1-800-123-4567.', ['phone 18001234567']],
      ['(555) 123-4567', ['phone 5551234567']],
      ['+1 555 123 4567', ['phone +15551234567']],
      ['1588-0000 또는 02-123-4567', ['phone 15880000', 'phone 021234567']],
      ['1600-2000원', ['krw 1600~2000']],
    ]);
  });

  describe('clock times are a time of day, never hours', () => {
    table([
      ['내일 오후 3시까지 문자로 안내해 드리겠습니다.', ['time-of-day 15']],
      ['3시까지 연락드리겠습니다.', ['time-of-day 3']],
      ['오후 3시 30분에 전화드리겠습니다.', ['time-of-day 15.5']],
      ['10시 반', ['time-of-day 10.5']],
      ['낮 2시', ['time-of-day 14']],
      ['상담 시간은 오전 9시부터 오후 6시까지입니다.', ['time-of-day 9~18']],
      ['9시~18시', ['time-of-day 9~18']],
      ['by 3 p.m. tomorrow', ['time-of-day 15']],
      ['9am-6pm', ['time-of-day 9~18']],
      ['12 a.m.', ['time-of-day 0']],
      ['15:00', ['time-of-day 15']],
    ]);
  });

  describe('what is not a figure', () => {
    table([
      ['2026년 3월 1일부터 적용됩니다.', []],
      ['3월 5일에 출고됩니다.', []],
      ['매월 1일에 정산됩니다.', []],
      ['다음 달 1일부터 바뀝니다.', []],
      ['5일(수)에 도착합니다.', []],
      ['5일 수요일에 도착합니다.', []],
      ['2026-03-01', []],
      ['2026.03.01', []],
      ['2024년 모델', []],
      ['1단계: 본인 확인', []],
      ['2번째 안내', []],
      ['3일차', []],
      ['3일째', []],
      ['2주차', []],
      ['창립 2주년', []],
      ['1분기', []],
      ['3분의 1', []],
      ['주문 {{order_id}} 건', []],
      ['{{facts.refund_window}} 안에 입금됩니다.', []],
      ['주문 번호 20260301-1234', []],
      ['24시간 상담 가능합니다.', []],
      ['24시간 365일 운영합니다.', []],
      ['평일 주 5일 운영합니다.', []],
      ['1일 1회 발송', []],
      ['24/7 support', []],
      ['open 7 days a week', []],
      ['Monday to Friday', []],
      ['The case number is 12345.', []],
    ]);
  });

  describe('beside placeholders, never in them', () => {
    table([
      ['{{customer_name}}님, 교환 상품은 {{order_id}} 주문으로 3일 안에 보내 드립니다.', ['days 3']],
      ['{{customer_name}}three days', ['days 3']],
      ['{{a{{b}} two hours', ['hours 2']],
      ['{{refund_window_5days}} 안에 입금됩니다.', []],
    ]);
  });

  it('keeps the text as written and where it stands, in reading order', () => {
    const text = '적립금 5만원은 3~5영업일 안에, 문의는 1588-0000';
    expect(figuresIn(text).map(({ raw, index }) => ({ raw, index }))).toEqual([
      { raw: '5만원', index: 4 },
      { raw: '3~5영업일', index: 9 },
      { raw: '1588-0000', index: 24 },
    ]);
  });
});

describe('each extractor\'s hint', () => {
  // Texts on the edges of the hints: units after spaces or a hyphen, number words, every kind of date and rate.
  const edges = [
    '3 calendar days', 'three  일', 'a two-week wait', 'twenty-four hours', '5 per cent', '5 ％', 'US$20', 'USD20', 'usd 20',
    'KRW10,000', '₩3,000~₩5,000', '1~2만원', '5천 원', '3 won', '24 / 7 상담', '하루 24시간', '365일 24시간', '월 2회',
    '주 5 일', '1일 3회', '5 days a week', '8 hours per day', '9 a.m.', '9:30pm', '10시~11시 반', '오후 3시부터 6시',
    '2026. 3. 1', '2026/03/01', '3/1', '매월 15일', '다음 달 1일~5일', '5일(금)', '영업일 기준, 3일', '3일 (영업일 기준)',
    '3 영업 일', '3 business days', '3  working days', '2-working-days', '90분', '10 mins', '2 hrs', '3주일', '6 개월', '두 달 후', '한두 시간 이내',
    '일주일 정도', '하루~이틀 안에', '보름 뒤', '+82 10 1234 5678', '1577-1234', '(02)123-4567',
  ];

  it('finds in every match what it looks for in the text, and the match has what `needs` says', () => {
    let matches = 0;
    for (const extractor of EXTRACTORS) {
      for (const text of [...examples, ...edges]) {
        for (const [raw] of text.matchAll(extractor.pattern)) {
          matches++;
          expect({ raw, hint: extractor.hint.test(raw) }).toEqual({ raw, hint: true });
          if (extractor.needs === 'digit') expect(raw).toMatch(/\d/);
          if (extractor.needs === 'number') expect(raw).toMatch(/\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty/i);
        }
      }
    }
    expect(matches).toBeGreaterThan(150);
  });

  it('is tested on matches of every extractor', () => {
    const unmatched = EXTRACTORS.filter((extractor) => ![...examples, ...edges].some((text) => text.match(extractor.pattern)));
    expect(unmatched.map((extractor) => extractor.pattern.source.slice(0, 40))).toEqual([]);
  });
});

describe('sameFigure', () => {
  const days = (low: number, high = low): FigureValue => ({ unit: 'business-days', low, high });
  it.each([
    ['the same value', days(7), days(7), true],
    ['the same range', days(3, 5), days(3, 5), true],
    ['a value inside a range', days(5), days(3, 5), true],
    ['a range around a value', days(3, 5), days(4), true],
    ['a value outside the range', days(7), days(3, 5), false],
    ['two different ranges that overlap', days(3, 5), days(3, 7), false],
    ['different values', days(3), days(5), false],
    ['the same number in another unit', days(3), { unit: 'days', low: 3, high: 3 }, false],
    ['one phone number', { unit: 'phone', number: '15880000' }, { unit: 'phone', number: '15880000' }, true],
    ['two phone numbers', { unit: 'phone', number: '15880000' }, { unit: 'phone', number: '15771234' }, false],
  ] as const)('%s', (_name, a, b, expected) => {
    expect(sameFigure(a, b)).toBe(expected);
    expect(sameFigure(b, a)).toBe(expected);
  });
});
