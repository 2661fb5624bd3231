/** The handbook with FORMAT.md §1.1's additions: a purpose badge per scenario, every kind of a step on its card, coverage by purpose. */
import { describe, expect, it } from 'vitest';
import { parse as parseHtml } from 'node-html-parser';
import { parse } from 'yaml';
import type { Playbook } from '../../src/model/types.js';
import { renderHtml } from '../../src/render/html.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { buildHandbook } from '../../src/render/model.js';
import { config } from './support.js';

const playbook = parse(`kind: playbook
format: 1
id: dispatch
title: 출고 지연
locale: ko-KR
channels: [sms]
placeholders:
  customer_name: { description: 고객 성함, personal: true, example: 김하늘 }
  order_id: 주문 번호
facts:
  delay: 이틀
scenarios:
  - id: dispatch-delay-notice
    purpose: notice
    title: 출고 지연 안내
    when: 출고가 늦어진다
    scripts:
      sms:
        steps:
          - kind: [explanation, empathy]
            say: "[한결몰] {{customer_name}}님, 출고가 {{facts.delay}} 늦어집니다. 죄송합니다."
  - id: no-purpose
    title: 목적 없는 시나리오
    when: 예전처럼
    scripts:
      sms:
        steps:
          - kind: explanation
            say: 출고가 늦어집니다.
`) as Playbook;

const handbook = buildHandbook({ playbooks: [playbook], config });

describe('the handbook with purposes and multi-kind steps', () => {
  it('puts every kind of a step on its card, in order', () => {
    const step = handbook.chapters[0]!.playbooks[0]!.scenarios[0]!.scripts[0]!.steps[0]!;
    expect(step.kinds).toEqual(['explanation', 'empathy']);
    const html = parseHtml(renderHtml(handbook));
    expect(html.querySelectorAll('li.step')[0]!.querySelectorAll('.kind').map((node) => node.text)).toEqual(['설명', '공감']);
    expect(renderMarkdown(handbook)).toContain('**1단계 · 설명 + 공감**');
  });

  it('gives a scenario with a purpose its badge, and one without none', () => {
    const html = parseHtml(renderHtml(handbook));
    const headings = html.querySelectorAll('section.scenario > h3, section.scenario > h2, section.scenario > h4');
    expect(headings[0]!.querySelector('.purpose')?.text).toBe('안내');
    expect(headings[1]!.querySelector('.purpose')).toBeNull();
    const markdown = renderMarkdown(handbook);
    expect(markdown).toContain('- **목적**: `안내`');
    expect(markdown.match(/\*\*목적\*\*/g)).toHaveLength(1);
  });

  it('checks coverage by purpose: a notice needs the explanation only, a scenario without one needs "*"', () => {
    const [notice, plain] = handbook.chapters[0]!.playbooks[0]!.coverage;
    expect(notice!.cells[0]!.kinds!.map((kind) => [kind.kind, kind.covered])).toEqual([['explanation', true]]);
    expect(plain!.cells[0]!.kinds!.map((kind) => kind.kind)).toEqual(['empathy', 'explanation', 'follow-up']);
    expect(renderMarkdown(handbook)).toMatch(/\| 출고 지연 안내 \(안내\) \| ✓ 설명 \|/);
  });

  it('shows a long-form placeholder by its description, with its example', () => {
    const markdown = renderMarkdown(handbook);
    expect(markdown).toContain('| `customer_name` | 고객 성함 (예: 김하늘) |');
    expect(markdown).toContain('| `order_id` | 주문 번호 |');
  });
});
