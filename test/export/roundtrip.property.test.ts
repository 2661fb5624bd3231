/**
 * The round trip over generated playbooks: what `export` writes, `import` reads back to the same says in the same
 * order. Exactly, for Markdown as authors write it; for any text the pools hold, Zendesk's HTML gives back Markdown
 * that reads the same (the same HTML, up to spaces): HTML keeps neither a run of spaces nor the author's choice
 * between two writings of one paragraph break.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildExport, SPOKEN_CHANNELS } from '../../src/export/export.js';
import { defaultConfig, type ProjectConfig } from '../../src/model/config.js';
import { safeMarkdown } from '../../src/model/markdown.js';
import type { Playbook } from '../../src/model/types.js';
import { defaultPools, playbookArbitrary, SEED } from '../property/arbitraries.js';
import { draftSays, importBack, projectRoot, sourceSays, validators } from './support.js';

fc.configureGlobal({ seed: SEED, numRuns: 60 });

const NAMES = ['customer_name', 'order_id', 'agent_name', 'refund_amount', 'custmer_name'];
const config: ProjectConfig = {
  ...defaultConfig(projectRoot),
  export: {
    zendesk: { placeholders: Object.fromEntries(NAMES.map((name, index) => [name, index === 0 ? '{{ticket.requester.name}}' : `{{ticket.ticket_field_${index}}}`])) },
    chatwoot: { placeholders: Object.fromEntries(NAMES.map((name) => [name, `{{contact.custom_attribute.${name}}}`])) },
  },
};

/** Markdown as an author writes it: sentences, paragraphs, bold, links, lists, line breaks, placeholders, facts. */
const canonicalSay = fc
  // Unique: two lists of one kind with a blank line between them are one list in CommonMark.
  .uniqueArray(
    fc.constantFrom(
      '{{customer_name}}님, 안녕하세요.',
      '주문 {{order_id}}의 환불은 {{facts.refund_window}} 안에 입금됩니다.',
      '**중요:** 신분증을 꼭 지참해 주세요.',
      '[자주 묻는 질문](https://example.com/faq)을 참고해 주세요.',
      '- 환불 금액: {{refund_amount}}\n- 카드사 반영: {{facts.refund_window}}',
      '1. 앱을 여세요.\n2. 주문 내역을 누르세요.',
      '확인해\n드리겠습니다.',
      '*천천히* 읽어 보시고 `주문번호`를 알려 주세요.',
      '[한결몰] 문의는 {{facts.hotline}}으로 주십시오.',
      '> 고객님의 말씀: 너무 늦어요.',
      'Thanks for waiting: have a good day!',
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((parts) => parts.join('\n\n'));

/** Lint-clean as far as the export cares: scenario ids unique (duplicate-id refuses the export otherwise). */
const uniqueIds = (playbook: Playbook) => new Set(playbook.scenarios.map((scenario) => scenario.id)).size === playbook.scenarios.length;
const canonicalPlaybook = playbookArbitrary({ pools: { say: canonicalSay, short: defaultPools().short } }).filter(uniqueIds);
const anyPlaybook = playbookArbitrary({ pools: { ...defaultPools(), say: defaultPools().say.filter((say) => say.trim() !== '' && !/^(TODO|미정|\?\?\?|TBD)/.test(say.trim())) } }).filter(uniqueIds);

const source = (playbook: Playbook) => [{ filePath: `${playbook.id}.yaml`, playbook }];
const markdown = safeMarkdown();
const reads = (say: string) => markdown.render(say).replace(/>\s+</g, '><').replace(/\s+/g, ' ').trim();

describe('export → import over generated playbooks', () => {
  it('gives back the exact says from Zendesk macros, for Markdown as authors write it', () => {
    fc.assert(
      fc.property(canonicalPlaybook, (playbook) => {
        const result = buildExport('zendesk', source(playbook), config);
        for (const file of result.files) expect(validators.zendesk(JSON.parse(file.content))).toBe(true);
        expect(draftSays(importBack(result, 'zendesk', config))).toEqual(sourceSays(source(playbook), () => true));
      }),
    );
  });

  it('gives back the says from Zendesk macros, that read the same, for any text', () => {
    fc.assert(
      fc.property(anyPlaybook, (playbook) => {
        const result = buildExport('zendesk', source(playbook), config);
        const back = draftSays(importBack(result, 'zendesk', config)).map(([key, says]) => [key, says.map(reads)]);
        expect(back).toEqual(sourceSays(source(playbook), () => true).map(([key, says]) => [key, says.map(reads)]));
      }),
    );
  });

  it('gives back the exact says from Chatwoot canned responses, for any text', () => {
    fc.assert(
      fc.property(anyPlaybook, (playbook) => {
        const result = buildExport('chatwoot', source(playbook), config);
        for (const file of result.files) expect(validators.chatwoot(JSON.parse(file.content))).toBe(true);
        expect(draftSays(importBack(result, 'chatwoot', config))).toEqual(sourceSays(source(playbook), (channel) => !SPOKEN_CHANNELS.includes(channel)));
      }),
    );
  });
});
