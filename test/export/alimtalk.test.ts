/** 알림톡 drafts: from the kakao scripts of notice scenarios, `#{변수}` variables, Kakao's 1,000-character and no-advertising rules. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { filledLength, templateCode } from '../../src/export/alimtalk.js';
import { buildExport } from '../../src/export/export.js';
import { repliesOf } from '../../src/export/scripts.js';
import { defaultConfig, type ProjectConfig } from '../../src/model/config.js';
import type { Playbook } from '../../src/model/types.js';
import { projectRoot, validators } from './support.js';

const notice = parse(readFileSync(new URL('../../playbooks/delivery-notices.yaml', import.meta.url), 'utf8')) as Playbook;
const config: ProjectConfig = {
  ...defaultConfig(projectRoot),
  export: { alimtalk: { placeholders: { customer_name: '#{고객명}', order_id: '#{주문번호}', product_name: '#{상품명}', dispatch_date: '#{출고예정일}' } } },
};
const sources = (playbook: Playbook) => [{ filePath: 'playbooks/delivery-notices.yaml', playbook }];
const withSay = (say: string): Playbook => {
  const copy = structuredClone(notice);
  copy.scenarios[0]!.scripts.kakao!.steps[2]!.say = say;
  return copy;
};

describe('export --to alimtalk', () => {
  it('drafts one template from the kakao script of the notice scenario, variables as #{…}, facts filled in', () => {
    const result = buildExport('alimtalk', sources(notice), config);
    expect(result.problems).toEqual([]);
    expect(result.files.map((file) => file.path)).toEqual(['delivery-notices/dispatch-delayed.json']);
    const template = JSON.parse(result.files[0]!.content) as { content: string; templateCode: string };
    expect(validators.alimtalk(template), JSON.stringify(validators.alimtalk.errors)).toBe(true);
    expect(template.content).toContain('#{고객명}님, 주문하신 #{상품명}(주문번호 #{주문번호})의 출고가 입고 지연으로 2영업일 늦어지게');
    expect(template.content).toContain('문의: 고객센터 1588-0000');
    expect(template.content).not.toMatch(/\{\{/);
    expect(template.templateCode).toBe('dispatch-delayed');
  });

  it('leaves out scenarios that are not notices, and channels other than kakao', () => {
    const inquiry = structuredClone(notice);
    (inquiry.scenarios[0] as { purpose?: string }).purpose = 'inquiry';
    expect(buildExport('alimtalk', sources(inquiry), config).files).toEqual([]);
  });

  it('counts the length with each variable as its example: the bundled notice is well under 1,000', () => {
    const [reply] = repliesOf(sources(notice), (scenario, channel) => channel === 'kakao');
    const length = filledLength(reply!, (name) => config.export!.alimtalk!.placeholders![name]);
    expect(length).toBeGreaterThan(100);
    expect(length).toBeLessThan(1000);
  });

  it('refuses a draft over 1,000 characters once variables are filled', () => {
    const long = withSay('기다리기 어려우시면 주문 내역에서 바로 취소하실 수 있습니다. '.repeat(30));
    const result = buildExport('alimtalk', sources(long), config);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.message.en).toMatch(/^알림톡 template delivery-notices\/dispatch-delayed\/kakao: \d{4} characters once variables are filled, over the 1000 Kakao allows\.$/);
    expect(result.problems[0]!.message.ko).toContain('1000자를 넘습니다');
  });

  it('refuses a draft that advertises: 알림톡 carries information only', () => {
    const result = buildExport('alimtalk', sources(withSay('기다려 주신 분께 5,000원 할인 쿠폰을 드립니다.')), config);
    expect(result.problems.map((problem) => problem.message.en)).toEqual([expect.stringContaining('"할인" advertises')]);
  });

  it('makes the replies of a branching notice its buttons, at most 5 of at most 14 characters', () => {
    const branching = structuredClone(notice);
    const steps = branching.scenarios[0]!.scripts.kakao!.steps;
    steps[0] = { ...steps[0]!, replies: [{ customer: '기다릴게요', goto: 'end' }, { customer: '주문 취소', goto: 'end' }] };
    const result = buildExport('alimtalk', sources(branching), config);
    const first = JSON.parse(result.files[0]!.content) as { buttons: unknown[] };
    expect(first.buttons).toEqual([
      { order: 1, type: 'BK', name: '기다릴게요' },
      { order: 2, type: 'BK', name: '주문 취소' },
    ]);
    expect(result.problems).toEqual([]);
    steps[0] = { ...steps[0]!, replies: ['하나', '둘', '셋', '넷', '다섯', '여섯'].map((customer) => ({ customer, goto: 'end' })) };
    steps[1] = { ...steps[1]!, replies: [{ customer: '출고 예정일을 다시 한번 알려 주세요', goto: 'end' }] };
    const messages = buildExport('alimtalk', sources(branching), config).problems.map((problem) => problem.message.en);
    expect(messages).toEqual([expect.stringContaining('6 buttons, over the 5'), expect.stringContaining('longer than the 14 characters')]);
  });

  it('keeps template codes within 20 characters and apart', () => {
    expect(templateCode('p/a-very-long-scenario-id-indeed/kakao')).toHaveLength(20);
    expect(templateCode('p/a-very-long-scenario-id-indeed/kakao')).not.toBe(templateCode('q/a-very-long-scenario-id-indeed/kakao'));
  });
});
