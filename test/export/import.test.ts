/** Import of a help desk's own export: legacy macros become drafts that keep everything and that lint then reviews. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { draftPlaybooks, draftYaml } from '../../src/export/drafts.js';
import { htmlSteps, htmlToMarkdown } from '../../src/export/html-to-markdown.js';
import { chatwootReplies, zendeskReplies } from '../../src/export/import-sources.js';
import { lint } from '../../src/engine/lint.js';
import { defaultConfig } from '../../src/model/config.js';
import { projectRoot } from './support.js';

const legacy = { filePath: 'macros.json', value: JSON.parse(readFileSync(new URL('./fixtures/legacy-macros.json', import.meta.url), 'utf8')) as unknown };
const reverse: [string, string][] = [['{{ticket.requester.name}}', 'customer_name']];

describe('import --from zendesk: legacy macros', () => {
  const drafts = draftPlaybooks(zendeskReplies([legacy]), 'zendesk', reverse);

  it('groups macros by title path: the last part a scenario (or a channel), the rest the playbook', () => {
    expect(drafts.map((draft) => [draft.id, draft.title, draft.channels])).toEqual([
      ['billing', 'Billing', ['email']],
      ['zendesk-import-2', '배송', ['chat', 'email']],
    ]);
    expect(drafts[1]!.scenarios.map((scenario) => [scenario.id, scenario.title])).toEqual([
      ['scenario-1', '지연 안내'],
      ['scenario-2', '분실 신고'],
    ]);
  });

  it('makes one explanation step per paragraph or block, placeholders mapped back, Liquid it cannot map left to lint', () => {
    const steps = drafts[0]!.scenarios[0]!.scripts.email!.steps;
    expect(steps.map((step) => [step.kind, step.say])).toEqual([
      ['explanation', '안녕하세요, {{customer_name}}님.'],
      ['explanation', '환불은 카드사 사정에 따라 **3~5영업일**이 걸립니다. 접수 번호는 {{ticket.id}}입니다.'],
      ['explanation', '- 카드 결제: 카드사 영업일 기준\n- 계좌 환불: 다음 영업일'],
    ]);
    expect(drafts[0]!.placeholders).toEqual({ customer_name: 'Zendesk: {{ticket.requester.name}}' });
    expect(drafts[1]!.scenarios[0]!.scripts.chat!.steps.map((step) => step.say)).toEqual(['[한결몰] 배송이 지연되고 있습니다.', '빠르게 처리해 드리겠습니다.']);
    expect(drafts[1]!.scenarios[1]!.scripts.email!.steps.map((step) => step.say)).toEqual(['택배가 분실된 것으로 확인되었습니다.', '새 상품을 오늘 다시 보내 드리겠습니다.']);
  });

  it('loses nothing: unknown actions and every other field of the macro go under x-import', () => {
    const kept = drafts[0]!.scenarios[0]!.scripts.email!.steps[0]!['x-import']!;
    expect(kept).toMatchObject({
      from: 'zendesk',
      id: 360001,
      title: 'Billing::Refund delay',
      description: '환불이 늦어진다는 문의에 쓰는 답변',
      position: 3,
      restriction: { type: 'Group', id: 3, ids: [3] },
      actions: [
        { field: 'status', value: 'pending' },
        { field: 'set_tags', value: 'refund delayed' },
        { field: 'comment_mode_is_public', value: 'true' },
      ],
    });
    expect(drafts[1]!.scenarios[0]!.scripts.chat!.steps[0]!['x-import']).toMatchObject({ actions: [{ field: 'priority', value: 'high' }], active: false });
  });

  it('writes YAML that reads back to the same draft', () => {
    const text = draftYaml(drafts[0]!, 'zendesk', 'macros.json');
    expect(text.split('\n')[0]).toMatch(/^# Drafted by `servicebook import --from zendesk` from macros\.json/);
    expect(parse(text)).toEqual(JSON.parse(JSON.stringify(drafts[0])));
  });

  it('gives drafts that lint reviews: no empathy, no follow-up, a blank placeholder', () => {
    const results = lint(
      drafts.map((draft, index) => ({ filePath: `drafts/${index}.yaml`, text: draftYaml(draft, 'zendesk', 'macros.json') })),
      { config: defaultConfig(projectRoot), mode: 'lint' },
    );
    const rules = new Set(results.flatMap((result) => result.findings.map((finding) => finding.ruleId)));
    expect(rules).toContain('required-steps');
    expect(rules).toContain('unknown-placeholder');
    expect(rules).not.toContain('schema');
  });
});

describe('import --from zendesk: the shapes of a macro file', () => {
  const macro = { title: '배송::지연', actions: [{ field: 'comment_value', value: '배송이 늦어져 죄송합니다.' }] };
  it.each([
    ['the list the API returns', { macros: [macro] }],
    ['the body export writes', { macro }],
    ['a bare macro object', macro],
  ])('reads %s', (_name, value) => {
    const [draft] = draftPlaybooks(zendeskReplies([{ filePath: 'm.json', value }]), 'zendesk', []);
    expect(draft!.scenarios[0]!.scripts.email!.steps.map((step) => step.say)).toEqual(['배송이 늦어져 죄송합니다.']);
  });
});

describe('import --from chatwoot', () => {
  it('reads the canned responses list, one draft step per response, the server\'s fields kept', () => {
    const list = [
      { id: 1, account_id: 9, short_code: 'greet', content: '안녕하세요, {{contact.name}}님! 무엇을 도와드릴까요?', created_at: '2025-01-01T00:00:00Z' },
      { id: 2, account_id: 9, short_code: 'refund', content: '환불은 **3~5영업일** 안에 처리됩니다.' },
    ];
    const [draft] = draftPlaybooks(chatwootReplies([{ filePath: 'canned.json', value: list }]), 'chatwoot', [['{{contact.name}}', 'customer_name']]);
    expect(draft!.scenarios.map((scenario) => [scenario.id, Object.keys(scenario.scripts), scenario.scripts.chat!.steps.map((step) => step.say)])).toEqual([
      ['greet', ['chat'], ['안녕하세요, {{customer_name}}님! 무엇을 도와드릴까요?']],
      ['refund', ['chat'], ['환불은 **3~5영업일** 안에 처리됩니다.']],
    ]);
    expect(draft!.scenarios[0]!.scripts.chat!.steps[0]!['x-import']).toEqual({ from: 'chatwoot', short_code: 'greet', id: 1, account_id: 9, created_at: '2025-01-01T00:00:00Z' });
  });
});

describe('HTML → Markdown', () => {
  it('keeps text as written where nothing in it would read as Markdown', () => {
    expect(htmlToMarkdown('<p>[한결몰] 1. 주문 * 확인 #감사</p>')).toBe('[한결몰] 1. 주문 * 확인 #감사');
  });

  it('escapes where the plain text would read as Markdown, so the meaning stays', () => {
    expect(htmlToMarkdown('<p>*강조 아님*</p>')).toBe('\\*강조 아님\\*');
    expect(htmlToMarkdown('<p>1. 목록 아님</p>')).toBe('1\\. 목록 아님');
  });

  it('writes line breaks as newlines, lists with one space, emphasis with *', () => {
    expect(htmlToMarkdown('<p>첫 줄<br>\n둘째 줄</p>\n<ol><li><em>하나</em></li><li>둘</li></ol>')).toBe('첫 줄\n둘째 줄\n\n1. *하나*\n2. 둘');
  });

  it('splits a reply into steps at its top-level divs, else at its blocks', () => {
    expect(htmlSteps('<div><p>a</p><p>b</p></div>\n<div><p>c</p></div>')).toEqual(['<p>a</p><p>b</p>', '<p>c</p>']);
    expect(htmlSteps('<p>a</p>\n<ul><li>b</li></ul>loose <b>text</b>')).toEqual(['<p>a</p>', '<ul><li>b</li></ul>', '<p>loose <b>text</b></p>']);
  });
});
