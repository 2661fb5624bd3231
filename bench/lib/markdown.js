/**
 * The "markdown" flavour of the corpus (issue 16): what people write in e-mail and chat bodies — Markdown bold
 * and italics at line starts, bullet and numbered lists, tables, links, quotes, `*`, `&` and `!` in text,
 * apostrophes — and sentences drawn from combinations, so that far fewer `say`s repeat than in the classic
 * corpus. Everything added is polite, names no figure (fact-drift), no absolute promise, no vague time, no
 * refusal and no fill-in blank, so clean files stay clean.
 *
 * It draws from its own random stream, so the classic corpus (flavour "classic") keeps its bytes.
 */

/** Josa by the last syllable's 받침: 은/는, 이/가, 을/를, 과/와, 으로/로. */
function josa(word, pair) {
  const code = word.charCodeAt(word.length - 1);
  if (code < 0xac00 || code > 0xd7a3) return `${word}${pair[1]}`;
  const final = (code - 0xac00) % 28;
  if (pair[0] === '으로') return `${word}${final === 0 || final === 8 ? '로' : '으로'}`;
  return `${word}${final === 0 ? pair[1] : pair[0]}`;
}
const 은 = ['은', '는'];
const 을 = ['을', '를'];
const 이 = ['이', '가'];

const KO = {
  products: [
    '무선 이어폰', '전기밥솥', '러닝화', '캠핑 의자', '공기청정기', '블루투스 스피커', '가죽 지갑', '유아용 카시트', '원목 책상', '안마 의자',
    '로봇청소기', '커피 머신', '겨울 패딩', '등산 배낭', '스마트워치', '식기세척기', '게이밍 마우스', '수분 크림', '여행용 캐리어', '전동 칫솔',
    '텀블러 세트', '침구 세트', '노트북 거치대', '가습기', '에어프라이어', '요가 매트', '제습기', '무드등', '밀키트 세트', '선글라스',
    '캡슐 커피', '아기 물티슈', '와이셔츠', '운동화 끈', '태블릿 케이스', '보온 도시락', '주방 칼 세트', '홈카메라', '전기 그릴', '실내 자전거',
  ],
  topics: ['진행 상황', '처리 순서', '확인된 내용', '다음 단계', '준비하실 것', '접수 내용', '안내 사항', '처리 방법', '확인 결과', '도움이 될 내용'],
  statuses: ['접수 완료', '확인 중', '담당 부서 전달', '처리 진행 중', '검토 중', '회신 대기'],
  methods: ['원래 결제 수단으로 처리', '담당자 확인 후 진행', '앱에서 바로 신청', '고객센터에서 대신 접수', '매장 방문 없이 처리'],
  places: ['마이페이지', '앱의 주문 내역', '고객센터 홈페이지', '알림함', '주문 상세 화면', '내 정보 메뉴'],
  buttons: ['주문 내역', '배송 조회', '문의 내역', '교환 & 반품', '내 쿠폰함', 'Q&A 게시판', '상담 & 문의'],
  domains: ['hangyeol-mall', 'daon-market', 'saebom-mall', 'onbit-mart', 'narae-mall', 'garam-store', 'nuri-mall', 'haneul-shop'],
  /** 합쇼체 sentences; {p} is a product, {t} a topic, {w} a place, {b} a button. */
  formal: [
    '주문하신 {p} 건으로 연락 주셔서 감사합니다.',
    '{p}의 {t}{을} 차례대로 말씀드리겠습니다.',
    '{w}에서도 같은 내용을 보실 수 있습니다.',
    '{b} 메뉴를 누르시면 {p}의 {t}{을} 한눈에 보실 수 있습니다.',
    '번거로우시겠지만 {w}에서 {p} 주문을 한 번 더 확인해 주십시오.',
    '말씀해 주신 {p} 내용은 상담 기록에 그대로 남겨 두겠습니다.',
    '{p} 관련해서 더 궁금하신 점이 있으면 편하게 말씀해 주십시오.',
    '{t}{은} {w}에 정리해 두었습니다.',
    '불편하셨던 점은 담당 부서에도 함께 전달하겠습니다.',
    '{p} 주문 정보는 제가 화면으로 같이 보고 있습니다.',
    '지금 말씀드린 {t}{은} 문자로도 남겨 드리겠습니다.',
    '혹시 {p} 말고 다른 주문도 있으시면 함께 봐 드리겠습니다.',
    '{{customer_name}}님께서 기다리신 만큼 꼼꼼히 살펴보겠습니다.',
    '{b} 화면이 열리지 않으면 앱을 새로 고침해 주십시오.',
    '{p}{은} 저희가 끝까지 챙기겠습니다.',
  ],
  /** 해요체 sentences for KakaoTalk and chat. */
  casual: [
    '주문하신 {p} 건이죠? 바로 볼게요!',
    '{p}의 {t}{을} 정리해 드릴게요.',
    '{w}에서도 같은 내용을 보실 수 있어요.',
    '{b} 메뉴를 누르면 {t}{이} 보여요.',
    '{p} 관련해서 궁금한 점은 편하게 물어봐 주세요!',
    '말씀해 주신 내용은 그대로 기록해 둘게요.',
    '불편하셨던 점은 담당 부서에도 전해 둘게요.',
    '{t}{은} {w}에 올려 두었어요.',
    '혹시 다른 주문도 있으면 같이 봐 드릴게요 :)',
    '기다려 주셔서 고마워요!',
  ],
  headings: ['**요약**', '**안내 드립니다**', '**확인된 내용**', '### 진행 순서', '## 안내 사항', '**참고해 주세요**', '*주문 요약*', '**한눈에 보기**'],
  numbered: [
    '{w}에 로그인해 주십시오.',
    '{b} 메뉴를 눌러 주십시오.',
    '{p} 주문을 골라 주십시오.',
    '화면 아래의 문의하기를 눌러 주십시오.',
    '접수 내용을 확인하신 뒤 제출해 주십시오.',
    '안내 문자가 오면 링크를 눌러 주십시오.',
  ],
  quotes: [
    '{p}{이} 아직 도착하지 않았어요.',
    '주문 내역이 이상해요.',
    '환불은 언제 되나요?',
    '상담원 연결이 잘 안 됐어요.',
    '포장이 조금 찢어져 있었어요.',
    '결제가 두 번 된 것 같아요.',
  ],
  emphasis: ['**중요**', '**확인해 주세요**', '*참고*', '**안내**', '_도움말_'],
  tableHead: ['| 항목 | 내용 |', '|---|---|'],
  tableRows: [['상품', '{p}'], ['진행 상태', '{s}'], ['처리 방식', '{m}'], ['확인하실 곳', '{w}'], ['주문 번호', '{{order_id}}']],
  linkText: ['주문 내역 보기', '배송 조회하기', '문의 내역 확인', '자주 묻는 질문 & 답변', '교환/반품 안내'],
  linkLine: ['자세한 내용은 [{l}]({u})에서 보실 수 있습니다.', '[{l}]({u}) 링크를 누르시면 바로 열립니다.', '필요하시면 [{l}]({u}) 페이지도 참고해 주십시오.'],
  quoteLead: ['> 남겨 주신 말씀: "{q}"', '> "{q}"라는 말씀을 잘 받았습니다.', '> 고객님 문의: "{q}"'],
  chatLead: ['확인해 봤어요!', '정리해 드릴게요.', '잠시만요, 보고 있어요!', '말씀하신 주문 찾았어요.'],
  exclaim: ['감사합니다!', '문의해 주셔서 고맙습니다!', '늘 이용해 주셔서 감사합니다!', '좋은 하루 보내십시오!'],
};

const EN = {
  products: [
    'wireless earbuds', 'rice cooker', 'running shoes', 'camping chair', 'air purifier', 'bluetooth speaker', 'leather wallet', 'car seat',
    'standing desk', 'robot vacuum', 'coffee machine', 'winter jacket', 'hiking backpack', 'smartwatch', 'dishwasher', 'gaming mouse',
    'suitcase', 'electric toothbrush', 'bedding set', 'laptop stand', 'humidifier', 'air fryer', 'yoga mat', 'desk lamp', 'tablet case',
  ],
  topics: ['status', 'next steps', 'what we found', 'what to prepare', 'the details', 'how it works', 'your options', "what's changed"],
  statuses: ['received', 'in review', 'with our team', 'in progress', 'waiting on the carrier'],
  methods: ['back to the original payment', 'handled by our team', 'request it in the app', "we'll file it for you"],
  places: ['your account page', 'the Orders tab', 'the help center', 'your inbox', 'the order details screen'],
  buttons: ['Orders', 'Track package', 'Returns & exchanges', 'Messages', 'Q&A', 'Help & support'],
  domains: ['northwind-shop', 'bluebird-store', 'maple-market', 'harbor-goods'],
  formal: [
    "Thanks for getting in touch about your {p} order.",
    "Here's a quick look at the {t} for your {p}.",
    "You'll find the same details in {w}.",
    "Tap {b} to see the {t} for your {p}.",
    "I've added a note about your {p} to your case.",
    "If anything about the {p} isn't clear, just let me know.",
    "We've put the {t} in {w} as well.",
    "I'm sorry for the trouble with the {p}.",
    "I'll pass your feedback on to the team that handles {p} orders.",
    "If there's another order you'd like me to check, I'm happy to look.",
    "I can see your {p} order on my screen right now.",
    "{{customer_name}}, thank you for bearing with us!",
  ],
  casual: [
    "Got it, I'm looking at your {p} order now!",
    "Here's the {t} for your {p}.",
    "You can also check {w}.",
    "Tap {b} to see the {t}.",
    "Happy to help with anything else about the {p}!",
  ],
  headings: ['**Summary**', '**What we found**', '### Next steps', '## Details', '*Quick recap*', "**Here's what's happening**"],
  numbered: ['Sign in to {w}.', 'Open {b}.', 'Pick your {p} order.', "Tap \"Contact us\" at the bottom.", "Check the details and hit Submit."],
  quotes: ["My {p} hasn't arrived yet.", "The order page looks wrong.", "When will I get my refund?", "I was charged twice, I think."],
  emphasis: ['**Important**', '**Please note**', '*Tip*', '_Heads-up_'],
  tableHead: ['| Item | Details |', '|---|---|'],
  tableRows: [['Product', '{p}'], ['Status', '{s}'], ['How', '{m}'], ['Where to look', '{w}'], ['Order', '{{order_id}}']],
  linkText: ['View your orders', 'Track your package', 'Returns & exchanges', 'Help center'],
  linkLine: ['You can read more on [{l}]({u}).', 'The [{l}]({u}) page has the details.', "Here's the link: [{l}]({u})."],
  quoteLead: ['> You wrote: "{q}"', '> "{q}" — thanks for telling us.'],
  chatLead: ['Found it!', "Here's what I see.", 'Okay, checking now!'],
  exclaim: ['Thanks so much!', 'Thank you for reaching out!', "We're glad you asked!", 'Have a great day!'],
};

const BANKS = { ko: KO, en: EN };

export class MarkdownWriter {
  constructor(rng, lang, brandIndex) {
    this.rng = rng;
    this.lang = lang;
    this.B = BANKS[lang];
    this.domain = this.B.domains[brandIndex % this.B.domains.length];
  }

  /** A new product for each scenario: the sentences of one scenario speak of one thing. */
  scenario() {
    this.product = this.rng.pick(this.B.products);
  }

  fill(template) {
    const { rng, B } = this;
    const slots = { p: this.product, t: rng.pick(B.topics), w: rng.pick(B.places), b: rng.pick(B.buttons), s: rng.pick(B.statuses), m: rng.pick(B.methods) };
    return template.replace(/\{([ptwbsm])\}(\{[은을이]\})?/g, (_, slot, particle) => {
      const word = slots[slot];
      if (!particle) return word;
      return josa(word, { '{은}': 은, '{을}': 을, '{이}': 이 }[particle]);
    });
  }

  sentence(casual) {
    return this.fill(this.rng.pick(casual ? this.B.casual : this.B.formal));
  }

  /** One or two more sentences after a say, often: the lines of a real library rarely repeat. */
  extend(say, casual) {
    const { rng } = this;
    if (!rng.chance(0.7)) return say;
    const extra = [this.sentence(casual)];
    if (rng.chance(0.3)) extra.push(this.sentence(casual));
    return rng.chance(0.5) ? `${say} ${extra.join(' ')}` : `${extra.join(' ')} ${say}`;
  }

  /** An e-mail body in Markdown: a heading, the explanation, lists, sometimes a table, a quote and a link. */
  emailBody(explain, listLines) {
    const { rng, B } = this;
    const lines = [];
    if (rng.chance(0.75)) lines.push(rng.pick(B.headings));
    lines.push(`${explain[0]} ${this.sentence(false)}`);
    lines.push('');
    if (listLines.length) {
      const bold = rng.chance(0.5);
      const bullet = rng.pick(['-', '*', '+']);
      lines.push(...listLines.map(({ label, value }) => `${bullet} ${bold ? `**${label}**` : label}: ${value}`));
      if (rng.chance(0.5)) lines.push(`${bullet} ${this.fill(rng.pick(B.tableRows.slice(0, 4).map(([label, value]) => `${label}: ${value}`)))}`);
      lines.push('');
    }
    lines.push(this.extend(explain[1], false));
    if (rng.chance(0.5)) {
      lines.push('', rng.pick(B.headings.filter((h) => h !== lines[0])));
      const steps = rng.sample(B.numbered, rng.int(2, 4));
      steps.forEach((step, i) => lines.push(`${i + 1}. ${this.fill(step)}`));
    }
    if (rng.chance(0.35)) {
      lines.push('', ...B.tableHead);
      for (const [label, value] of rng.sample(B.tableRows, rng.int(2, 4))) lines.push(`| ${label} | ${this.fill(value)} |`);
    }
    if (rng.chance(0.4)) lines.push('', this.fill(rng.pick(B.quoteLead)).replace('{q}', this.fill(rng.pick(B.quotes))));
    if (rng.chance(0.5)) {
      lines.push('', `${rng.pick(B.emphasis)} ${explain[2]}`);
    } else {
      lines.push('', explain[2]);
    }
    if (rng.chance(0.6)) {
      const url = `https://www.${this.domain}.${this.lang === 'ko' ? 'co.kr' : 'com'}/${rng.pick(['mypage/orders', 'help', 'orders/track', 'support/returns', 'faq'])}`;
      lines.push('', rng.pick(B.linkLine).replace('{l}', rng.pick(B.linkText)).replace('{u}', url));
    }
    if (rng.chance(0.4)) lines.push('', rng.pick(B.exclaim));
    return lines.join('\n');
  }

  /** A chat explanation: one line with *emphasis*, or a few lines with a bold lead and bullets. */
  chatBody(say) {
    const { rng, B } = this;
    if (rng.chance(0.5)) {
      const lines = [rng.chance(0.5) ? `**${rng.pick(B.chatLead)}**` : rng.pick(B.chatLead)];
      const bullet = rng.pick(['-', '*', '•']);
      lines.push(`${bullet} ${this.fill(rng.pick(B.tableRows.slice(0, 4).map(([label, value]) => `${label}: ${value}`)))}`);
      lines.push(`${bullet} ${this.fill(rng.pick(B.tableRows.slice(0, 4).map(([label, value]) => `${label}: ${value}`)))}`);
      lines.push(say);
      return lines.join('\n');
    }
    return `${rng.pick(B.emphasis)} ${this.extend(say, true)}`;
  }

  exclaim(say) {
    return this.rng.chance(0.4) ? `${say} ${this.rng.pick(this.B.exclaim)}` : say;
  }
}

/**
 * Dresses one script of the markdown flavour: the e-mail's explanation becomes a Markdown body, the chat's
 * gets emphasis or a list, and the other steps (not follow-ups, whose time must stay the only news) get
 * sentences drawn from combinations. SMS and social scripts stay as they are (byte limits, one-liners).
 */
export function dressScript(md, channel, scenario, script, listLines) {
  if (channel === 'sms' || channel === 'social') return;
  const casual = channel === 'kakao' || (channel === 'chat' && md.lang === 'ko' && md.rng.chance(0.3));
  for (const step of script.steps) {
    if (step.say === undefined || step.kind === 'follow-up') continue;
    if (step.kind === 'explanation' && channel === 'email') step.say = md.emailBody(scenario.explain, listLines);
    else if (step.kind === 'explanation' && channel === 'chat') step.say = md.chatBody(step.say);
    else if (step.kind === 'greeting' || step.kind === 'closing') step.say = channel === 'phone' ? step.say : md.exclaim(step.say);
    else step.say = md.extend(step.say, casual);
  }
}
