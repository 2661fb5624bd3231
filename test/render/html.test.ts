import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Manual, Playbook } from '../../src/model/types.js';
import { renderHtml } from '../../src/render/html.js';
import { buildHandbook } from '../../src/render/model.js';
import { config, loadFixture } from './support.js';

const library = loadFixture('library');
const html = renderHtml(buildHandbook({ ...library, config }));
const root = parseHtml(html);

const texts = (selector: string, within: HTMLElement = root) => within.querySelectorAll(selector).map((element) => element.text.replace(/\s+/g, ' ').trim());

describe('HTML handbook', () => {
  it('is one self-contained document: lang from the locale, inline CSS, no script, nothing fetched', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(root.querySelector('html')!.getAttribute('lang')).toBe('ko-KR');
    expect(root.querySelectorAll('style')).toHaveLength(1);
    expect(root.querySelectorAll('script, link, img, iframe, object, embed')).toHaveLength(0);
    expect(html).not.toMatch(/\bsrc=|url\(/);
    expect(root.querySelector('title')!.text).toBe('테스트 고객 응대 매뉴얼');
  });

  it('prints for A4 with a running header, page numbers, chapters on new pages and cards kept whole', () => {
    const css = root.querySelector('style')!.text;
    expect(css).toContain('size: A4');
    expect(css).toMatch(/@top-left \{ content: "테스트 고객 응대 매뉴얼"/);
    expect(css).toContain('@bottom-center { content: counter(page)');
    expect(css).toMatch(/\.toc, \.front, \.chapter, \.glossary \{ break-before: page; \}/);
    expect(css).toMatch(/\.step \{ break-inside: avoid;/);
    expect(css).toMatch(/tr \{ break-inside: avoid;/);
    expect(css).toContain('word-break: keep-all');
    expect(css).toMatch(/font-family: "NanumGothic".*"Noto Sans CJK KR"/);
  });

  it('has a cover with title, audience, edition and locale, and no date', () => {
    const cover = root.querySelector('header.cover')!;
    expect(cover.querySelector('h1')!.text).toBe('테스트 고객 응대 매뉴얼');
    expect(texts('dt', cover)).toEqual(['대상', '판', '언어']);
    expect(texts('dd', cover)).toEqual(['신입 상담원', '2026.1', 'ko-KR']);
    expect(html).not.toMatch(/20\d\d-\d\d-\d\d/);
  });

  it('has a table of contents whose links all land on a heading', () => {
    const links = root.querySelectorAll('nav.toc a').map((a) => a.getAttribute('href')!);
    expect(links).toEqual(['#intro', '#principles', '#sec-1', '#sec-1-1', '#sec-1-1-1', '#sec-1-2', '#sec-1-2-1', '#sec-2', '#sec-2-1', '#sec-2-1-1', '#glossary']);
    for (const link of links) expect(root.querySelector(link)?.tagName).toMatch(/^H[2-4]$/);
  });

  it('nests semantic headings: chapter h2, playbook h3, scenario h4, channel h5', () => {
    expect(texts('h2')).toEqual(['목차', '들어가며', '응대 원칙', '1결제와 환불', '2배송', '용어 풀이']);
    expect(texts('section.chapter h3')).toEqual(['1.1이중 결제 문의 응대', '1.2환불 지연 문의 응대', '2.1배송 지연 문의 응대']);
    expect(texts('#sec-1-2-1')).toEqual(['1.2.1환불 금액 미입금 refund-not-received']);
    expect(texts('section.playbook')).toHaveLength(3);
    expect(texts('#sec-1-2-1 ~ section.script h5')).toEqual(['전화', '채팅']);
  });

  it('shows the scenario: when, goal, facts table and the escalation box', () => {
    const scenario = root.querySelector('#sec-1-2-1')!.parentNode as HTMLElement;
    expect(texts('dl.situation dt', scenario)).toEqual(['이럴 때', '목표']);
    expect(texts('dl.situation dd', scenario)[1]).toBe('고객이 입금 예정일을 정확히 알고 안심한다');
    expect(texts('aside.escalation dt', scenario)).toEqual(['상담원 재량', '넘길 곳', '넘길 때']);
    expect(texts('aside.escalation dd', scenario)[1]).toBe('결제팀 2선');
    const playbook = scenario.parentNode as HTMLElement;
    const facts = playbook.querySelectorAll('table.pairs').find((table) => table.querySelector('caption')!.text === '약속과 수치')!;
    expect(texts('tbody td', facts)).toEqual(['refund_window', '3~5영업일']);
  });

  it('numbers the step cards, labels their kind in Korean, marks placeholders and fills facts', () => {
    const phone = root.querySelectorAll('section.script').find((script) => script.querySelector('h5')!.text === '전화')!;
    const cards = phone.querySelectorAll('li.step');
    expect(cards.map((card) => texts('.step-no, .kind', card).join(' '))).toEqual(['1단계 인사', '2단계 공감', '3단계 설명', '4단계 에스컬레이션', '5단계 후속 조치', '6단계 마무리']);
    expect(cards[0]!.classList.contains('k-greeting')).toBe(true);
    const slots = cards[0]!.querySelectorAll('.slot');
    expect(slots.map((slot) => [slot.text, slot.getAttribute('title')])).toEqual([
      ['응대하는 상담원 이름', 'agent_name'],
      ['고객 성함', 'customer_name'],
    ]);
    expect(texts('.fact', cards[2]!)).toEqual(['3~5영업일']);
    expect(cards[2]!.text).not.toContain('{{');
  });

  it('shows replies as branches, the trainer note as a callout, and the follow-up due and channel', () => {
    const phone = root.querySelectorAll('section.script').find((script) => script.querySelector('h5')!.text === '전화')!;
    const [, , explain, , promise] = phone.querySelectorAll('li.step');
    expect(texts('.replies li', explain)).toEqual(['고객: “너무 늦어요. 지금 바로 해결해 주세요.” → 4단계', '고객: “네, 알겠습니다.” → 5단계']);
    expect(texts('aside.note .label', explain)).toEqual(['트레이너 노트']);
    expect(texts('aside.note p', explain)).toEqual(['문제 → 해결 → 고객에게 돌아가는 이점 순서로 설명합니다.']);
    expect(texts('.follow', promise)).toEqual(['후속 조치: 1일 안에 · 문자로']);
  });

  it('has a coverage matrix per playbook: scenario × channel with the required kinds', () => {
    const matrix = root.querySelector('#sec-1-2-coverage')!.parentNode as HTMLElement;
    expect(texts('thead th', matrix)).toEqual(['시나리오', '전화', '채팅']);
    const [phone, chat] = matrix.querySelectorAll('tbody td').slice(1);
    expect(texts('li', phone)).toEqual(['✓ 공감', '✓ 설명', '✓ 후속 조치', '✓ 인사', '✓ 마무리']);
    expect(texts('li', chat)).toEqual(['✓ 공감', '✓ 설명', '✓ 후속 조치']);
  });

  it('puts the glossary at the end', () => {
    const glossary = root.querySelector('section.glossary')!;
    expect(root.querySelectorAll('body > *').at(-1)).toBe(glossary);
    expect(texts('dt', glossary)).toEqual(['CSAT', '영업일']);
  });

  it('labels in English for an English manual, and says so in lang', () => {
    const manual: Manual = { ...library.manual!, locale: 'en-US', title: 'Service handbook' };
    const english = parseHtml(renderHtml(buildHandbook({ playbooks: library.playbooks, manual, config })));
    expect(english.querySelector('html')!.getAttribute('lang')).toBe('en-US');
    expect(texts('nav.toc h2', english)).toEqual(['Contents']);
    expect(texts('.step-no', english)[0]).toBe('Step 1');
    expect(texts('.kind', english)[0]).toBe('Empathy');
    // The playbooks stay Korean: their sections say so for fonts and screen readers.
    expect(english.querySelector('section.playbook')!.getAttribute('lang')).toBe('ko-KR');
  });

  it('is the same, byte for byte, every time', () => {
    expect(renderHtml(buildHandbook({ ...loadFixture('library'), config }))).toBe(html);
  });
});

describe('HTML escaping', () => {
  const hostile = parseYaml(`
kind: playbook
format: 1
id: hostile
title: "환불 <script>alert('title')</script> 안내"
locale: 'ko-KR" onload="alert(1)'
owner: '<img src=x onerror=alert(0)>'
channels: [chat, '<b>x</b>']
placeholders:
  customer_name: '고객 <img src=x onerror=alert> 성함'
facts:
  window: '</style><script>alert("fact")</script>'
scenarios:
  - id: s
    title: "</style><script>alert('scenario')</script>"
    when: '[링크](javascript:alert(1)) <a href="javascript:alert(2)">a</a>'
    goal: '<img src=x onerror="alert(3)">'
    escalation:
      authority: '<b onmouseover=alert(4)>굵게</b>'
      to: '[메일](mailto:cs@example.com)'
      when: '[웹](https://example.com/help)'
    scripts:
      chat:
        subject: '<script>alert("subject")</script> {{customer_name}}'
        steps:
          - kind: empathy
            say: |-
              {{customer_name}}님, <script>alert("say")</script> 죄송합니다.
              [클릭](JaVaScRiPt:alert(5)) [둘](java\\script:alert(6)) ![사진](https://example.com/x.png)
              <iframe src="https://example.com"></iframe> </style><style>body{display:none}</style>
              # 제목처럼 보이는 줄
          - kind: explanation
            say: "환불은 {{facts.window}} 안에 됩니다. [참고](vbscript:msgbox) [정상](https://example.com/ok) [상대](/relative)"
            note: '<div onclick="alert(7)">노트</div> &lt;script&gt;'
            replies:
              - customer: '<script>alert("reply")</script>'
                goto: end
`) as Playbook;
  const manual = {
    kind: 'manual',
    format: 1,
    id: 'm',
    title: '매뉴얼 </style><script>alert("manual")</script> "따옴표" \\',
    locale: 'ko-KR" onload="alert(9)',
    chapters: [{ title: '<script>alert("chapter")</script>', playbooks: ['hostile'] }],
    glossary: [{ term: '<script>x</script>', definition: '[x](javascript:alert(10))' }],
  } as Manual;
  const output = renderHtml(buildHandbook({ playbooks: [hostile], manual, config }));
  const dom = parseHtml(output);
  const elements = dom.querySelectorAll('*');

  it('lets no element in: no script, img, iframe, and only the one style', () => {
    expect(dom.querySelectorAll('script, img, iframe, object, embed, div[onclick]')).toHaveLength(0);
    expect(dom.querySelectorAll('style')).toHaveLength(1);
    expect(output.match(/<script/gi)).toBeNull();
    expect(output.match(/<\/style>/gi)).toHaveLength(1);
  });

  it('lets no event handler attribute in', () => {
    for (const element of elements) {
      expect(Object.keys(element.attributes).filter((name) => /^on/i.test(name))).toEqual([]);
    }
    expect(dom.querySelector('html')!.getAttribute('lang')).toBe('ko-KR" onload="alert(9)');
  });

  it('keeps links to http, https and mailto only; an image is a link, never loaded', () => {
    const hrefs = dom.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!).filter((href) => !href.startsWith('#'));
    expect(hrefs.sort()).toEqual(['https://example.com/help', 'https://example.com/ok', 'https://example.com/x.png', 'mailto:cs@example.com']);
    expect(dom.querySelector('.say')!.text).toContain('[클릭](JaVaScRiPt:alert(5))');
  });

  it('shows the hostile text as text', () => {
    expect(dom.querySelector('title')!.text).toBe('매뉴얼 </style><script>alert("manual")</script> "따옴표" \\');
    expect(dom.querySelector('#sec-1-1-1')!.text).toContain("</style><script>alert('scenario')</script>");
    expect(dom.querySelector('.fact')!.text).toBe('</style><script>alert("fact")</script>');
    expect(dom.querySelector('.slot')!.text).toBe('고객 <img src=x onerror=alert> 성함');
    expect(dom.querySelector('.replies')!.text).toContain('<script>alert("reply")</script>');
  });

  it('keeps the running header a CSS string nothing breaks out of', () => {
    const css = dom.querySelector('style')!.text;
    expect(css).not.toContain('<');
    expect(css).toMatch(/@top-left \{ content: "매뉴얼 \\00003c\\00002fstyle/);
  });

  it('turns Markdown headings inside a step into bold paragraphs (they would enter the PDF outline)', () => {
    expect(dom.querySelectorAll('.say h1, .say h2, .say h3')).toHaveLength(0);
    expect(dom.querySelector('.say .md-heading')!.text).toBe('제목처럼 보이는 줄');
  });
});
