/** Walk and practice with FORMAT.md §1.1's additions: every kind shown, examples in previews, no question for a kind a step already covers. */
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Playbook } from '../../src/model/types.js';
import { showText } from '../../src/walk/fill.js';
import { kindsBadge } from '../../src/walk/labels.js';
import { buildQuestion, libraryLines } from '../../src/walk/practice.js';

const playbook = (id: string, steps: [kind: string, say: string][]) =>
  parse(`kind: playbook
format: 1
id: ${id}
title: ${id}
channels: [chat]
placeholders:
  customer_name: { description: 고객 성함, example: 김하늘 }
  order_id: 주문 번호 (영문과 숫자)
scenarios:
  - id: ${id}-scenario
    purpose: notice
    title: 시나리오
    when: 언제
    scripts:
      chat:
        steps:
${steps.map(([kind, say]) => `          - kind: ${kind}\n            say: "${say}"`).join('\n')}
`) as Playbook;

const target = playbook('target', [['[explanation, empathy]', '출고가 늦어집니다. 죄송합니다.'], ['explanation', '택배사에 확인했습니다.']]);
const others = [
  playbook('a', [['[explanation, empathy]', '입고가 늦어집니다. 기다리시게 해 죄송합니다.'], ['explanation', '환불은 3~5영업일이 걸립니다.']]),
  playbook('b', [['[empathy, explanation]', '죄송합니다. 점검으로 주문이 멈춥니다.'], ['empathy', '많이 답답하셨겠어요.']]),
  playbook('c', [['[explanation, empathy, follow-up]', '배송이 늦어집니다. 죄송합니다. 내일 알려 드릴게요.'], ['explanation', '주문이 취소되었습니다.']]),
];
const lines = libraryLines([target, ...others].map((each) => ({ playbook: each, lang: 'ko' as const })));
const ask = (stepIndex: number) =>
  buildQuestion({ lines, target: { playbook: target, scenarioId: 'target-scenario', channel: 'chat', stepIndex, lang: 'ko' }, variables: {}, seed: 3 })!;

describe('practice with multi-kind steps', () => {
  it('asks about a step of several kinds as all of them: the distractors do the same kinds, in any order', () => {
    const question = ask(0);
    const distractors = question.candidates.filter((_, index) => index !== question.correct).sort();
    expect(distractors).toEqual(['입고가 늦어집니다. 기다리시게 해 죄송합니다.', '죄송합니다. 점검으로 주문이 멈춥니다.'].sort());
  });

  it('never offers a multi-kind line for a single-kind step (it would cover the asked kind and more)', () => {
    const question = ask(1);
    const distractors = question.candidates.filter((_, index) => index !== question.correct).sort();
    expect(distractors).toEqual(['주문이 취소되었습니다.', '환불은 3~5영업일이 걸립니다.'].sort());
  });
});

describe('walk previews', () => {
  it('show a placeholder as its example, else as a blank from its description', () => {
    expect(showText(target, '{{customer_name}}님, 주문 {{order_id}} 건입니다.', {})).toBe('김하늘님, 주문 [주문 번호] 건입니다.');
    expect(showText(target, '{{customer_name}}님', { customer_name: '이도윤' })).toBe('이도윤님');
  });

  it('badge every kind of a step', () => {
    expect(kindsBadge(['explanation', 'empathy'], 'ko', new Chalk({ level: 0 }))).toBe('[설명][공감]');
  });
});
