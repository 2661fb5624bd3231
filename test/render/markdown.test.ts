import MarkdownIt from 'markdown-it';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/markdown.js';
import { mdText, sanitizeMarkdown } from '../../src/render/markdown-text.js';
import { buildHandbook } from '../../src/render/model.js';
import { config, loadFixture } from './support.js';

const markdown = renderMarkdown(buildHandbook({ ...loadFixture('library'), config }));
/** Read back the way a wiki would show it (with raw HTML on, as GitHub keeps anchors). */
const shown = parseHtml(new MarkdownIt({ html: true }).render(markdown));

describe('Markdown handbook', () => {
  it('has the same outline as the HTML: title, contents, front matter, chapters, playbooks, scenarios, glossary', () => {
    const headings = shown.querySelectorAll('h1, h2, h3, h4').map((h) => `${h.tagName} ${h.text}`);
    expect(headings).toEqual([
      'H1 테스트 고객 응대 매뉴얼',
      'H2 목차',
      'H2 들어가며',
      'H2 응대 원칙',
      'H3 1. 공감',
      'H3 2. 후속 조치',
      'H2 1 결제와 환불',
      'H3 1.1 이중 결제 문의 응대',
      'H4 1.1.1 카드 승인이 두 번 남',
      'H4 채널별 필수 단계 점검',
      'H3 1.2 환불 지연 문의 응대',
      'H4 1.2.1 환불 금액 미입금',
      'H4 채널별 필수 단계 점검',
      'H2 2 배송',
      'H3 2.1 배송 지연 문의 응대',
      'H4 2.1.1 배송 조회가 멈춰 있음',
      'H4 채널별 필수 단계 점검',
      'H2 용어 풀이',
    ]);
  });

  it('links the contents to anchors by position', () => {
    const targets = shown.querySelectorAll('a[href^="#"]').map((a) => a.getAttribute('href')!.slice(1));
    const anchors = new Set(shown.querySelectorAll('a[id]').map((a) => a.getAttribute('id')));
    expect(targets.length).toBe(11);
    for (const target of targets) expect(anchors.has(target)).toBe(true);
  });

  it('writes the cover without a date', () => {
    expect(markdown).toContain('- **대상**: 신입 상담원\n- **판**: 2026.1\n- **언어**: ko-KR');
    expect(markdown).not.toMatch(/20\d\d-\d\d-\d\d/);
  });

  it('writes step cards with kind, placeholders as code, facts filled, replies, follow-up and trainer note', () => {
    expect(markdown).toContain('**1단계 · 인사**\n\n감사합니다, 고객센터 `응대하는 상담원 이름`입니다. `고객 성함`님 맞으십니까?');
    expect(markdown).toContain('환불은 카드사 처리에 따라 3\\~5영업일가 걸립니다.');
    expect(markdown).toContain('- 고객: “너무 늦어요. 지금 바로 해결해 주세요.” → **4단계**\n- 고객: “네, 알겠습니다.” → **5단계**');
    expect(markdown).toContain('> **트레이너 노트**\n>\n> 문제 → 해결 → 고객에게 돌아가는 이점 순서로 설명합니다.');
    expect(markdown).toContain('- **후속 조치**: 1일 안에 · 문자로');
    expect(markdown).toContain('- **후속 조치**: 4시간 안에 · 문자로');
  });

  it('writes the escalation box and the coverage matrix as a table', () => {
    expect(markdown).toContain('> **에스컬레이션**\n>\n> - **상담원 재량**: 5,000원 이하 적립금은 상담원이 바로 지급합니다.');
    expect(markdown).toContain('| 시나리오 | 전화 | 채팅 |\n| --- | --- | --- |\n| 환불 금액 미입금 | ✓ 공감<br>✓ 설명<br>✓ 후속 조치<br>✓ 인사<br>✓ 마무리 | ✓ 공감<br>✓ 설명<br>✓ 후속 조치 |');
  });

  it('is the same, byte for byte, every time', () => {
    expect(renderMarkdown(buildHandbook({ ...loadFixture('library'), config }))).toBe(markdown);
  });
});

describe('Markdown safety', () => {
  /** A viewer that trusts every link and all HTML: only the sanitizer stands between the author and it. */
  const permissive = new MarkdownIt({ html: true });
  permissive.validateLink = () => true;
  const render = (source: string) => parseHtml(permissive.render(sanitizeMarkdown(source)));

  it.each([
    ['raw HTML', '<script>alert(1)</script> <img src=x onerror=alert(2)>'],
    ['a javascript: link', '[클릭](javascript:alert(1))'],
    ['a link with odd case and a backslash', '[클릭](JaVa\\Script:alert(1))'],
    ['an entity-encoded scheme', '[클릭](javascript&#58;alert(1))'],
    ['a reference definition', '[클릭][x]\n\n[x]: javascript:alert(1)'],
    ['an autolink', '<javascript:alert(1)>'],
    ['an image', '![사진](https://example.com/x.png)'],
  ])('%s cannot come through', (_, source) => {
    const dom = render(source);
    expect(dom.querySelectorAll('script, img, iframe')).toHaveLength(0);
    for (const element of dom.querySelectorAll('*')) {
      expect(Object.keys(element.attributes).filter((name) => /^on/i.test(name))).toEqual([]);
      expect(element.getAttribute('href') ?? '').not.toMatch(/^\s*(javascript|vbscript|data):/i);
      expect(element.getAttribute('src')).toBeUndefined();
    }
  });

  it('shows raw HTML as the text the author typed', () => {
    expect(render('<b>굵게</b> &amp; Q&A').text.trim()).toBe('<b>굵게</b> &amp; Q&A');
  });

  it('keeps Markdown and safe links, and code as written', () => {
    const dom = render('**중요** [도움말](https://example.com/help) `<b>` 3~5영업일');
    expect(dom.querySelector('strong')!.text).toBe('중요');
    expect(dom.querySelector('a')!.getAttribute('href')).toBe('https://example.com/help');
    expect(dom.querySelector('code')!.text).toBe('<b>');
    expect(dom.text).toContain('3~5영업일');
  });

  it('escapes plain text so it shows as written', () => {
    const text = '[한결몰] *주문* <b>1|2</b> 3~5일 #1 $5 & `x`';
    const dom = parseHtml(new MarkdownIt({ html: true }).render(mdText(text)));
    expect(dom.text.trim()).toBe(text);
  });
});
