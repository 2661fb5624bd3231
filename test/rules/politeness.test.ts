import { describe, expect, it } from 'vitest';
import { impoliteEnding, mayEndImpolitely } from '../../src/rules/korean-endings.js';
import rule from '../../src/rules/politeness.js';
import { finalWords, plainSaysOf, plainTextOf, sentencesOf } from '../../src/rules/sentences.js';
import { playbookWith, testRule } from '../helpers/ruleTester.js';

/** A script of explanation steps; the first `say` is on line 14, column 18 (value after `say: `). */
function script(channel: string, ...says: string[]): string {
  return [`      ${channel}:`, '        steps:', ...says.flatMap((say) => ['          - kind: explanation', `            say: ${say}`])].join('\n');
}

testRule(rule, {
  valid: [
    {
      name: '합쇼체 on the phone, with a question and a closing',
      yaml: playbookWith({
        channels: ['phone'],
        scripts: script(
          'phone',
          '안녕하세요, 한결몰 고객센터 김하늘입니다. 무엇을 도와드릴까요?',
          '확인을 위해 주문하신 분 성함과 주문 번호를 말씀해 주시겠습니까?',
          '환불이 늦어져 많이 답답하셨겠습니다. 불편을 드려 죄송합니다.',
          '환불은 카드사 처리에 따라 {{facts.refund_window}}가 걸립니다. 오늘 카드사에 확인을 요청해 두겠습니다.',
          '잠시만 기다려 주십시오. 지금 바로 조회하고 있습니다.',
          '기다려 주셔서 감사합니다. 좋은 하루 보내십시오.',
        ),
      }),
    },
    {
      name: '해요체 on KakaoTalk, with emoji, ㅎㅎ and a tilde',
      yaml: playbookWith({
        channels: ['kakao'],
        scripts: script(
          'kakao',
          '"{{customer_name}}님, 안녕하세요! 한결몰 카카오톡 상담이에요 😊"',
          '배송이 늦어져서 많이 기다리셨죠? 정말 죄송해요.',
          '택배사에 확인해 보니 내일 도착할 예정이에요~ 도착하면 알림이 갈 거예요.',
          '혹시 더 궁금하신 점 있으세요? 편하게 물어보셔도 돼요ㅎㅎ',
          '결과가 나오면 이 채팅방으로 바로 알려 드릴게요!',
          '기다려 주셔서 고마워요. 좋은 하루 보내세요!',
        ),
      }),
    },
    {
      name: 'an email body in Markdown: heading, list of noun fragments, link, signature',
      yaml: playbookWith({
        channels: ['email'],
        scripts: [
          '      email:',
          '        subject: "[한결몰] 주문 {{order_id}} 환불 진행 안내"',
          '        steps:',
          '          - kind: explanation',
          '            say: |',
          '              ## 환불 진행 안내',
          '',
          '              {{customer_name}}님, 안녕하세요. 한결몰 고객센터입니다.',
          '              요청하신 환불은 아래와 같이 진행됩니다.',
          '',
          '              - 주문 번호: {{order_id}}',
          '              - 환불 금액: {{refund_amount}}',
          '              - 입금 예정: 카드사 처리 후 {{facts.refund_window}}',
          '              1. 앱 실행',
          '              2. **주문 내역** 메뉴 선택',
          '',
          '              자세한 내용은 [환불 정책](https://example.com/refund)에서 확인하실 수 있습니다.',
          '              문의하신 내용을 꼼꼼히 확인해',
          '              드리겠습니다.',
          '',
          '              한결몰 고객센터 김하늘 드림',
        ].join('\n'),
      }),
    },
    {
      name: "the customer's own words in quotes are not the agent's",
      yaml: playbookWith({
        scripts: script(
          'chat',
          '"\\"빨리 해 줘\\"라고 하셨는데, 그만큼 급하셨던 마음 충분히 이해합니다."',
          '"화면 아래 \'주문 취소\' 버튼을 눌러 주세요."',
          '“그냥 환불해”라고 적어 주신 문의도 확인했습니다.',
          '「기다려」 알림은 무시하셔도 됩니다.',
        ),
      }),
    },
    {
      name: 'nouns that end like verbs: 하자, 피해, 장바구니, 메시지, 배송지, 동네',
      yaml: playbookWith({
        scripts: script(
          'chat',
          '"접수 유형: 제품 하자"',
          '"보상 범위: 배송 중 생긴 재산 피해"',
          '"위치: 앱 하단 장바구니"',
          '"발송 방법: 카카오톡 알림 메시지"',
          '"변경 항목: 배송지"',
          '"운영 시간: 평일 오전 9시부터 오후 6시까지"',
        ),
      }),
    },
    {
      name: 'English text and a parenthetical after a polite ending',
      yaml: playbookWith({
        scripts: script(
          'chat',
          'Thank you for waiting. Your refund will arrive within 3-5 business days.',
          '배송비는 무료입니다 (제주·도서 산간 지역 제외).',
          '네. 확인 부탁드립니다 :)',
        ),
      }),
    },
    {
      name: 'suppressed with a reason',
      yaml: playbookWith({
        scripts: [
          '      chat:',
          '        steps:',
          '          - kind: explanation',
          '            # servicebook-disable-next-line politeness -- 고객이 보낸 문구를 그대로 인용해 교육하는 예시',
          '            say: 고객 문의 원문 - 그냥 빨리 해.',
        ].join('\n'),
      }),
    },
  ],
  invalid: [
    {
      name: '반말 promise: 확인해 줄게',
      yaml: playbookWith({ scripts: script('chat', '결과 나오면 바로 확인해 줄게.') }),
      errors: [
        {
          messageId: 'banmal',
          line: 14,
          column: 18,
          endLine: 14,
          endColumn: 35,
          data: { ending: '확인해 줄게', polite: '확인해 드릴게요' },
          message: 'A sentence ends in 반말 ("확인해 줄게"), which is never used toward a customer. Write it in 합쇼체 or 해요체, e.g. "확인해 드릴게요".',
        },
      ],
    },
    {
      name: '반말 imperative: 기다려, with both polite forms',
      yaml: playbookWith({ scripts: script('chat', '조회 중이니까 잠깐만 기다려.') }),
      errors: [{ messageId: 'banmal', line: 14, column: 18, data: { ending: '잠깐만 기다려', polite: '잠깐만 기다려 주세요" / "잠깐만 기다려 주십시오' } }],
    },
    {
      name: '반말 question: 됐니?',
      yaml: playbookWith({ scripts: script('chat', '앱 업데이트는 됐니?') }),
      errors: [{ messageId: 'banmal', line: 14, column: 18, data: { ending: '업데이트는 됐니', polite: '업데이트는 됐나요' } }],
    },
    {
      name: '해라체: 처리한다.',
      yaml: playbookWith({ scripts: script('chat', '환불은 오늘 안에 처리한다.') }),
      errors: [
        {
          messageId: 'haera',
          line: 14,
          column: 18,
          data: { ending: '안에 처리한다', polite: '안에 처리합니다' },
          message: /해라체.*e\.g\. "안에 처리합니다"/,
        },
      ],
    },
    {
      name: 'each offending sentence of one say (same place, so sorted by message); the polite one between them is fine',
      yaml: playbookWith({ scripts: script('chat', '알았어. 확인해 드리겠습니다. 내일 다시 연락할게!') }),
      errors: [
        { messageId: 'banmal', line: 14, column: 18, data: { ending: '다시 연락할게', polite: '다시 연락할게요' } },
        { messageId: 'banmal', line: 14, column: 18, data: { ending: '알았어', polite: '알았어요' } },
      ],
    },
    {
      name: 'the second step of the script, a line-broken block scalar',
      yaml: playbookWith({
        channels: ['kakao'],
        scripts: [
          '      kakao:',
          '        steps:',
          '          - kind: empathy',
          '            say: 많이 기다리셨죠? 죄송해요.',
          '          - kind: explanation',
          '            say: |',
          '              택배사에 확인해 봤어요.',
          '              내일 도착한대',
        ].join('\n'),
      }),
      errors: [{ messageId: 'banmal', line: 16, column: 18, endLine: 18, data: { ending: '내일 도착한대', polite: '내일 도착한대요' } }],
    },
    {
      name: '해라체 imperative inside a Markdown list',
      yaml: playbookWith({
        channels: ['email'],
        scripts: [
          '      email:',
          '        subject: 반품 접수 안내',
          '        steps:',
          '          - kind: explanation',
          '            say: "- 상자에 송장을 붙여라"',
        ].join('\n'),
      }),
      errors: [{ messageId: 'haera', line: 15, column: 18, data: { ending: '송장을 붙여라', polite: '송장을 붙여 주십시오' } }],
    },
  ],
});

describe('impoliteEnding', () => {
  const judge = (sentence: string) => {
    const words = finalWords(sentence);
    return words && impoliteEnding(words.last, words.before);
  };

  it.each([
    '감사합니다', '좋은 하루 되세요', '잠시만요', '도와드릴까요?', '맞으십니까?', '확인해 보시겠어요?', '물론이죠',
    '알려 드릴게요', '괜찮으신가요?', '처리되었나요?', '부탁드려요', '부탁드립니다', '안녕히 계십시오', '함께 확인해 봅시다',
    '전액 환불해 드렸어요', '고객님 되시죠?', '그러셨군요', '다행이네요', '연락드릴게요', '환불받으실 수 있어요',
    '네', '아니요', '제품 하자', '상품 교환 가능 여부', '오후 6시까지', '안내 문자', '담당자', '주문서', '카카오페이 결제',
  ])('%s is fine', (sentence) => {
    expect(judge(sentence)).toBeUndefined();
  });

  it.each([
    ['알았어', '알았어요'], ['미안해', '미안해요'], ['고마워', '고마워요'], ['있어', '있어요'], ['없어', '없어요'],
    ['전화해', '전화해 주세요'], ['기다려', '기다려 주세요'], ['환불해 줘', '주세요'], ['할게', '할게요'],
    ['할까?', '할까요'], ['하니?', '하나요'], ['되니?', '되나요'], ['뭐냐?', '뭐나요'], ['상품이야', '상품이에요'],
    ['문제야', '문제예요'], ['아니야', '아니에요'], ['맞지?', '맞죠'], ['그렇구나', '그렇군요'], ['좋네', '좋네요'],
    ['확인하자', '확인하시죠'], ['같이 하자', '하시죠'], ['걱정 마', '마세요'], ['하지마', '하지 마세요'], ['응', '네'],
    ['처리한다', '처리합니다'], ['받는다', '받습니다'], ['했다', '했습니다'], ['상품이다', '상품입니다'], ['해라', '해 주십시오'],
    ['확인하라', '확인해 주십시오'], ['몰라', '모르겠습니다'], ['재고가 없는데', '없는데요'], ['거니까', '거니까요'],
  ])('%s is 반말 or 해라체, politely %s', (sentence, polite) => {
    expect(judge(sentence)?.politeForms[0]).toBe(polite);
  });
});

describe('mayEndImpolitely', () => {
  it('passes every word that impoliteEnding judges, whatever its last syllable', () => {
    const words = ['그래', '아니', '몰라', '미안', '안녕', '잠깐만', '잠시만'];
    for (let code = 0xac00; code <= 0xd7a3; code++) {
      const syllable = String.fromCharCode(code);
      for (const before of ['', '확인', '기다려', '하', '있', '했', '좋', '하는']) words.push(`${before}${syllable}`);
    }
    const judged = words.filter((word) => impoliteEnding(word) !== undefined || impoliteEnding(word, '같이') !== undefined);
    expect(judged.length).toBeGreaterThan(100);
    expect(judged.filter((word) => !mayEndImpolitely(word, word.length))).toEqual([]);
  });
});

describe('plainSaysOf', () => {
  it('gives each say as plainTextOf does, once for every rule that asks about the same steps', () => {
    const steps = [{ say: '**확인해 줄게.**' }, { say: '"그래"라고 하셨죠?\n- 네' }];
    const file: unknown[] = [];
    const says = plainSaysOf(steps, file);
    expect(steps.map((_, index) => says.of(index))).toEqual(steps.map((step) => plainTextOf(step.say)));
    expect(plainSaysOf(steps, file)).toBe(says);
    expect(plainSaysOf([...steps], file)).not.toBe(says);
  });

  it("keeps nothing of a file once the next file's are asked for", () => {
    const steps = [{ say: '확인해 드리겠습니다.' }];
    const says = plainSaysOf(steps, []);
    expect(plainSaysOf(steps, [])).not.toBe(says);
  });
});

describe('sentencesOf', () => {
  it('splits at . ? ! and line breaks, not at a decimal point', () => {
    expect(sentencesOf('금리는 3.5%입니다. 괜찮으세요?\n네!')).toEqual(['금리는 3.5%입니다.', '괜찮으세요?', '네!']);
  });

  it('splits after a tilde or an emoji before a space, not inside 3~5영업일', () => {
    expect(sentencesOf('3~5영업일 걸려요~ 도착하면 알려 드릴게요 😊 감사해요')).toEqual(['3~5영업일 걸려요~', '도착하면 알려 드릴게요 😊', '감사해요']);
  });

  it('joins a line that carries on the verb of the line before', () => {
    expect(sentencesOf('확인해\n드리겠습니다.')).toEqual(['확인해 드리겠습니다.']);
  });

  it('leaves out quoted text and Markdown markup', () => {
    expect(sentencesOf('- **"해 줘"** 대신 [여기](https://a.b)를 눌러 주세요')).toEqual(['대신 여기를 눌러 주세요']);
  });
});
