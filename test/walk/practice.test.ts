import { describe, expect, it } from 'vitest';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { buildGraph } from '../../src/model/flow.js';
import { documentLang } from '../../src/walk/labels.js';
import { buildQuestion, customerReply, drillRandom, libraryLines, score, shuffle } from '../../src/walk/practice.js';
import { fixturePlaybook, fixturePlaybooks } from './helpers.js';

const library = libraryLines(fixturePlaybooks().map((ref) => ({ playbook: ref.data, lang: documentLang(ref.data.locale, 'ko-KR') })));
const refund = fixturePlaybook('refund-delay');
const target = (stepIndex: number) => ({ playbook: refund, scenarioId: 'refund-not-received', channel: 'chat', stepIndex, lang: 'ko' as const });
const explainSay = '주문 [주문 번호]의 환불은 카드사 처리에 따라 3~5영업일이 걸립니다. 오늘 카드사에 확인 요청을 넣고, 입금 예정일을 정확히 알려 드리겠습니다.';

describe('seeded drills', () => {
  it('draws the same numbers from the same seed and parts', () => {
    const draw = (seed: number, ...parts: (string | number)[]) => {
      const rng = drillRandom(seed, ...parts);
      return Array.from({ length: 8 }, () => uniformInt(rng, 0, 99));
    };
    expect(draw(7, 'question', 3)).toEqual(draw(7, 'question', 3));
    expect(draw(7, 'question', 3)).not.toEqual(draw(8, 'question', 3));
    expect(draw(7, 'question', 3)).not.toEqual(draw(7, 'question', 4));
  });

  it('shuffles without losing or changing the input', () => {
    const items = ['가', '나', '다', '라', '마'];
    const shuffled = shuffle(items, drillRandom(1));
    expect([...shuffled].sort()).toEqual([...items].sort());
    expect(items).toEqual(['가', '나', '다', '라', '마']);
  });
});

describe('buildQuestion', () => {
  it('puts the real line among distractors of the same kind from other scenarios', () => {
    const question = buildQuestion({ lines: library, target: target(2), variables: {}, seed: 7 })!;
    expect(question.candidates).toHaveLength(4);
    expect(question.candidates[question.correct]).toBe(explainSay);
    const distractors = question.candidates.filter((_, index) => index !== question.correct);
    const explanationsElsewhere = [
      '사용하신 쿠폰 금액만큼 빼고 환불되었습니다. 쿠폰은 오늘 다시 넣어 드렸습니다.',
      '쿠폰 할인 금액을 빼고 환불되어 금액이 다릅니다. 쿠폰은 다시 넣어 드렸습니다.',
      '택배사 물류센터에 물량이 몰려 화물이 잠시 머물러 있습니다. 택배사에 화물 위치 확인을 요청해 두겠습니다.',
      '아직 출고 전이라 지금 바로 주소를 바꿔 드릴 수 있습니다.',
    ];
    for (const distractor of distractors) expect(explanationsElsewhere).toContain(distractor);
    // Not the phone script of the same scenario (it would be right too), and no English line.
    expect(question.candidates.join('\n')).not.toContain('카드 취소는 끝났고');
    expect(question.candidates.join('\n')).not.toMatch(/parcel/);
  });

  it('gives the same drill for the same seed, another for another seed', () => {
    const ask = (seed: number) => [0, 1, 2, 4, 5].map((step) => buildQuestion({ lines: library, target: target(step), variables: {}, seed }));
    expect(ask(42)).toEqual(ask(42));
    expect(ask(42)).not.toEqual(ask(43));
  });

  it('fills values and facts the same way in every candidate', () => {
    const question = buildQuestion({ lines: library, target: target(0), variables: { customer_name: '김민수' }, seed: 3 })!;
    expect(question.candidates[question.correct]).toBe('김민수님, 안녕하세요. 고객센터 채팅 상담원입니다.');
    expect(question.candidates).toContain('김민수님, 안녕하세요. 배송 상담 채팅입니다.');
    expect(question.candidates.join('\n')).not.toMatch(/\{\{/);
  });

  it('leaves out lines that read the same as the answer or each other', () => {
    const question = buildQuestion({ lines: [...library, ...library], target: target(1), variables: {}, seed: 5 })!;
    expect(new Set(question.candidates).size).toBe(question.candidates.length);
  });

  it('has no question when the library has no other line of the kind', () => {
    expect(buildQuestion({ lines: library, target: target(3), variables: {}, seed: 1 })).toBeUndefined(); // the only escalation step
  });
});

describe('customerReply', () => {
  const graph = buildGraph(refund.scenarios[0]!.scripts.chat!);

  it('is drawn from the seed: the same seed, the same reply', () => {
    const reply = (seed: number) => customerReply({ edges: graph.edges[2]!, timesOnPath: () => 1, seed, parts: ['refund', 2, 1] });
    expect(reply(9)).toBe(reply(9));
    const seen = new Set(Array.from({ length: 40 }, (_, seed) => reply(seed)));
    expect([...seen].sort()).toEqual([0, 1, 2]);
  });

  it('steers away from a step the path has passed twice', () => {
    for (let seed = 0; seed < 40; seed++) {
      const reply = customerReply({ edges: graph.edges[2]!, timesOnPath: (step) => (step === 2 ? 2 : 0), seed, parts: [] });
      expect(reply).not.toBe(2); // the reply that loops back to explain
    }
  });

  it('is undefined for a step without replies', () => {
    expect(customerReply({ edges: graph.edges[0]!, timesOnPath: () => 0, seed: 1, parts: [] })).toBeUndefined();
  });
});

it('scores the questions answered', () => {
  const question = { candidates: ['가', '나', '다'], correct: 1 };
  expect(score([{ visit: 0, question, chosen: 1 }, { visit: 1, question, chosen: 0 }, { visit: 2 }, { visit: 3, question }])).toEqual({ right: 1, asked: 2 });
});
