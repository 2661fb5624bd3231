import { describe, expect, it } from 'vitest';
import { particleAfter, resolveDoubleParticles, spokenEnd } from '../../src/rules/hangul.js';
import rule from '../../src/rules/josa-after-placeholder.js';
import { placeOf, playbookWith, testRule } from '../helpers/ruleTester.js';

function chat(...says: string[]): string {
  return ['      chat:', '        steps:', ...says.flatMap((say) => ['          - kind: explanation', `            say: ${say}`])].join('\n');
}

const extra = ['placeholders:', '  product_name: 상품명', '  customer_name: 고객 성함', 'facts:', '  refund_window: 3~5영업일', '  courier: 한결택배', '  fee: 3,000원', '  brand: Hangyeol', '  plan: 프리미엄 플러스'].join('\n');
const unknown = playbookWith({ extra, scripts: chat('"{{product_name}}을 보내 드렸어요. {{product_name}}이 마음에 드세요? {{customer_name}}과 통화했어요."') });
const facts = playbookWith({ extra, scripts: chat('"환불은 {{facts.refund_window}}가 걸리고 {{facts.courier}}으로 보냅니다. 요금제는 {{facts.plan}}이에요."') });
const hotline = playbookWith({ extra: 'facts:\n  hotline: 1588-0000', scripts: chat('"문의는 {{facts.hotline}}로 주세요."') });

testRule(rule, {
  valid: [
    {
      name: 'both forms, a word that fits every value, the right form after a fact, a quantity with its unit (FORMAT.md writes {{facts.refund_window}}가), a word that starts with the particle',
      yaml: playbookWith({
        extra,
        scripts: chat(
          '"{{product_name}}을(를) 보내 드렸어요. {{product_name}}(이)가 {{customer_name}}님께 갑니다."',
          '"환불은 {{facts.refund_window}}이 걸리고 {{facts.courier}}로 보내요. {{facts.fee}}이에요. {{facts.brand}}가 보냅니다. {{facts.refund_window}}가 걸립니다."',
          '"{{product_name}} 이후 안내, {{product_name}}이벤트"',
        ),
      }),
    },
  ],
  invalid: [
    {
      name: 'one form after a placeholder whose value is unknown',
      yaml: unknown,
      errors: [
        { messageId: 'unknownValue', ...placeOf(unknown, '을 보내'), endColumn: placeOf(unknown, '을 보내').column + 1, data: { written: '을', both: '을(를)' } },
        { messageId: 'unknownValue', ...placeOf(unknown, '이 마음'), endColumn: placeOf(unknown, '이 마음').column + 1, data: { written: '이', both: '이(가)' } },
        { messageId: 'unknownValue', ...placeOf(unknown, '과 통화'), endColumn: placeOf(unknown, '과 통화').column + 1, data: { written: '과', both: '과(와)' } },
      ],
    },
    {
      name: 'the wrong form after a fact, which its value decides',
      yaml: facts,
      errors: [
        { messageId: 'wrongAfterFact', ...placeOf(facts, '으로 보냅'), endColumn: placeOf(facts, '으로 보냅').column + 2, data: { written: '으로', right: '로' } },
        { messageId: 'wrongAfterFact', ...placeOf(facts, '이에요'), endColumn: placeOf(facts, '이에요').column + 3, data: { written: '이에요', right: '예요', value: '프리미엄 플러스' } },
      ],
    },
    {
      name: 'a phone number is read aloud: 1588-0000 (영) takes 으로',
      yaml: hotline,
      errors: [{ messageId: 'wrongAfterFact', ...placeOf(hotline, '로 주세요'), endColumn: placeOf(hotline, '로 주세요').column + 1, data: { written: '로', right: '으로' } }],
    },
  ],
});

describe('josa-after-placeholder fixes', () => {
  it('fixes the particle after a fact, and only there', async () => {
    const { lint } = await import('../../src/engine/lint.js');
    const { defaultConfig } = await import('../../src/model/config.js');
    const [result] = lint([{ filePath: 'a.yaml', text: facts }], { config: defaultConfig('/'), mode: 'lint', rules: [rule] });
    expect(result!.findings.map((finding) => finding.fix?.text)).toEqual(['로', '예요']);
  });
});

describe('particleAfter', () => {
  it.each([
    ['사과', '을', '를'], ['책', '을', '을'], ['서울', '으로', '로'], ['3', '이', '이'], ['2', '이', '가'], ['10', '이', '이'],
    ['1,000', '이', '이'], ['20%', '이', '가'], ['3~5영업일', '이', '이'], ['1588-0000', '이', '이'],
  ])('after %s, %s is written %s', (value, form, right) => {
    const pair = (['이에요', '이라고', '으로', '이나', '은', '이', '을', '과'] as const).indexOf(form as never);
    const pairs = [['이에요', '예요'], ['이라고', '라고'], ['으로', '로'], ['이나', '나'], ['은', '는'], ['이', '가'], ['을', '를'], ['과', '와']] as const;
    expect(particleAfter(value, pairs[pair]!)).toBe(right);
  });

  it('knows no sound after a Latin word', () => {
    expect(spokenEnd('Hangyeol')).toBeUndefined();
  });
});

describe('resolveDoubleParticles', () => {
  const values: Record<string, string> = { product_name: '샴푸', courier: '한결택배', window: '3~5영업일', city: '서울' };
  const known = (name: string) => values[name];
  it.each([
    ['{{product_name}}을(를) 보냈어요', '{{product_name}}를 보냈어요'],
    ['{{facts.window}}(이)가 걸려요', '{{facts.window}}이 걸려요'],
    ['{{city}}(으)로 보냅니다', '{{city}}로 보냅니다'],
    ['{{courier}}를(을) 통해', '{{courier}}를 통해'],
    ['{{unknown}}을(를) 보냈어요', '{{unknown}}을(를) 보냈어요'],
    ['{{product_name}}을 보냈어요', '{{product_name}}을 보냈어요'],
  ])('%s → %s', (text, resolved) => {
    expect(resolveDoubleParticles(text, known)).toBe(resolved);
  });

  it('lets walk show the particle that fits the value it was given', async () => {
    const { showText } = await import('../../src/walk/fill.js');
    const playbook = { kind: 'playbook', format: 1, id: 'a', title: 'a', channels: ['chat'], scenarios: [], facts: { window: '3~5영업일' } } as never;
    expect(showText(playbook, '{{product_name}}을(를) 보냈고 {{facts.window}}(이)가 걸려요', { product_name: '샴푸' })).toBe('샴푸를 보냈고 3~5영업일이 걸려요');
  });
});
