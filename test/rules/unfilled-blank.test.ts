import { describe, expect, it } from 'vitest';
import rule, { blanksIn } from '../../src/rules/unfilled-blank.js';
import { placeOf, playbookWith, testRule } from '../helpers/ruleTester.js';

function chat(...says: string[]): string {
  return ['      chat:', '        steps:', ...says.flatMap((say) => ['          - kind: explanation', `            say: ${say}`])].join('\n');
}

const declared = 'placeholders:\n  order_id: 주문 번호\n  customer_name: 고객 성함';
const runs = playbookWith({ scripts: chat('○○○ 고객님, 담당자 연락처는 OOO-OOOO입니다.', '결제 금액 XXX원은 $XXX입니다.') });
const slots = playbookWith({ scripts: chat('"[이름]님, 문의하신 <order_number> 건은 (부서명)에서 안내합니다."', 'Dear __________, thanks.') });
const quoted = playbookWith({ scripts: chat(`'[고객명 "홍길동"]님, 안내드립니다. 링크: [안내](https://example.com/"a")'`) });
const foreign = playbookWith({ extra: declared, scripts: chat('"#{order_id} 주문과 {customer_name}님, %NAME%, [[상품명]], #{고객명}"') });

testRule(rule, {
  valid: [
    {
      name: 'placeholders, brand tags in brackets, Markdown links and HTML, a (광고) mark, XXL',
      yaml: playbookWith({
        extra: declared,
        scripts: chat(
          '"[한결몰] {{customer_name}}님, 주문 {{order_id}} 안내입니다. (광고) 아님"',
          '"자세한 내용은 [배송 안내](https://example.com)를 보세요.<br>사이즈는 XXL입니다."',
          '"점수는 100%입니다. 영업시간(평일 9시~18시)"',
        ),
      }),
    },
    { name: 'a Markdown rule of underscores on a line of its own', yaml: playbookWith({ scripts: ['      email:', '        subject: 안내', '        steps:', '          - kind: explanation', '            say: |', '              안내드립니다.', '              ___', '              감사합니다.'].join('\n'), channels: ['email'] }) },
  ],
  invalid: [
    {
      name: 'runs of fill-in marks: ○○○, OOO-OOOO, XXX원, $XXX',
      yaml: runs,
      errors: [
        { messageId: 'run', ...placeOf(runs, '○○○'), data: { blank: '○○○', suggestion: '{{customer_name}}' } },
        { messageId: 'run', ...placeOf(runs, 'OOO-OOOO'), data: { blank: 'OOO-OOOO' } },
        { messageId: 'run', ...placeOf(runs, 'XXX'), data: { blank: 'XXX' } },
        { messageId: 'run', ...placeOf(runs, '$XXX'), data: { blank: '$XXX', suggestion: '{{amount}}' } },
      ],
    },
    {
      name: 'bracketed slots and underscores',
      yaml: slots,
      errors: [
        { messageId: 'slot', ...placeOf(slots, '[이름]'), data: { blank: '[이름]', suggestion: '{{customer_name}}' } },
        { messageId: 'slot', ...placeOf(slots, '<order_number>'), data: { suggestion: '{{order_number}}' } },
        { messageId: 'slot', ...placeOf(slots, '(부서명)') },
        { messageId: 'run', ...placeOf(slots, '__________') },
      ],
    },
    {
      // The quotation is someone else's words, so the brackets hold only 고객명: the pre-test must not miss it.
      name: 'a slot whose brackets also hold a quotation',
      yaml: quoted,
      errors: [{ messageId: 'slot', ...placeOf(quoted, '[고객명 "홍길동"]'), data: { suggestion: '{{customer_name}}' } }],
    },
    {
      name: "another tool's placeholders; a fix only for a declared ASCII name",
      yaml: foreign,
      errors: [
        { messageId: 'foreign', ...placeOf(foreign, '#{order_id}'), data: { blank: '#{order_id}', suggestion: '{{order_id}}' } },
        { messageId: 'foreign', ...placeOf(foreign, '{customer_name}'), data: { suggestion: '{{customer_name}}' } },
        { messageId: 'foreign', ...placeOf(foreign, '%NAME%') },
        { messageId: 'foreign', ...placeOf(foreign, '[[상품명]]') },
        { messageId: 'foreign', ...placeOf(foreign, '#{고객명}') },
      ],
    },
  ],
});

describe('unfilled-blank fixes', () => {
  it('replaces #{order_id} with {{order_id}} and offers nothing for an undeclared or Korean name', async () => {
    const { lint } = await import('../../src/engine/lint.js');
    const { defaultConfig } = await import('../../src/model/config.js');
    const [result] = lint([{ filePath: 'a.yaml', text: foreign }], { config: defaultConfig('/'), mode: 'lint', rules: [rule] });
    const fixes = result!.findings.filter((finding) => finding.fix).map((finding) => [foreign.slice(...finding.fix!.range), finding.fix!.text]);
    expect(fixes).toEqual([
      ['#{order_id}', '{{order_id}}'],
      ['{customer_name}', '{{customer_name}}'],
    ]);
  });
});

describe('blanksIn', () => {
  it.each([
    ['○○님', '○○'], ['000님', '000'], ['OO택배', 'OO'], ['(insert date)', '(insert date)'], ['<Customer Name>', '<Customer Name>'], ['{name}', '{name}'], ['${name}', '${name}'],
  ])('%s holds the blank %s', (text, blank) => {
    expect(blanksIn(text).map((found) => found.raw)).toEqual([blank]);
  });

  it.each(['GOOD', 'XXL', 'Zoom', '{{customer_name}}', '[한결몰]', '(광고)', '1,000원', '<br>', '[자세히](https://a.kr)', '3~5영업일'])('%s holds none', (text) => {
    expect(blanksIn(text)).toEqual([]);
  });
});
