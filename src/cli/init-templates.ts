/** What `servicebook init` writes: a config, a starter playbook and manual that lint clean, editor and CI setup. */
import { version } from '../core/version.js';

export type StarterLocale = 'ko' | 'en';

interface StepText {
  kind: string | string[];
  say: string;
  note?: string;
  due?: string;
  via?: string;
  id?: string;
  goto?: string;
  replies?: { customer: string; goto: string }[];
}

/**
 * init writes the JSON Schemas into the project (SCHEMA_FOLDER), so that an editor validates as soon as init has
 * run, with no `npm install` and no network; the modelines and .vscode/settings.json point there.
 */
export const SCHEMA_FOLDER = '.servicebook/schemas';
const SCHEMA_BASE = `../${SCHEMA_FOLDER}`;

const texts = {
  ko: {
    playbook: { id: 'delivery-delay', title: '배송 지연 문의 응대', locale: 'ko-KR' },
    scenario: { id: 'parcel-not-moving', purpose: 'complaint', title: '배송 조회가 멈춰 있음', when: '배송 조회가 이틀 넘게 같은 단계에 머물러 있다는 문의', goal: '고객이 예상 도착 시점과 다음 안내 시점을 알고 안심한다' },
    placeholders: { customer_name: '{ description: 고객 성함, personal: true, example: 김하늘 }', order_id: '주문 번호' },
    facts: { delivery_window: '2~3영업일' },
    subject: '[고객센터] 주문 {{order_id}} 배송 안내',
    long: [
      { kind: 'empathy', say: '{{customer_name}}님, 기다리시는 상품이 오지 않아 많이 걱정되셨겠습니다. 불편을 드려 죄송합니다.' },
      { kind: 'questioning', say: '주문 번호 {{order_id}} 건이 맞으신지 확인 부탁드립니다.' },
      { kind: 'explanation', id: 'explain', say: '택배사 물량이 몰려 배송이 늦어지고 있습니다. 보통 {{facts.delivery_window}} 안에 다시 움직이며, 오늘 택배사에 확인을 요청해 두겠습니다.', note: '문제 → 해결 → 고객에게 돌아가는 이점 순서로 설명합니다.',
        replies: [{ customer: '너무 늦어요. 더 빨리는 안 되나요?', goto: 'escalate' }, { customer: '네, 알겠습니다.', goto: 'promise' }] },
      { kind: 'escalation', id: 'escalate', say: '배송 담당 부서에서 직접 확인하도록 바로 요청하겠습니다.', goto: 'promise' },
      { kind: 'follow-up', id: 'promise', say: '확인 결과는 내일 중으로 문자로 다시 안내해 드리겠습니다.', due: 'P1D', via: 'sms' },
      { kind: 'closing', say: '기다려 주셔서 감사합니다. 좋은 하루 보내세요.' },
    ],
    public: [
      { kind: ['empathy', 'explanation'], say: '배송이 늦어져 걱정을 드려 죄송합니다. 택배사 물량이 몰려 늦어지고 있으며, 보통 {{facts.delivery_window}} 안에 다시 움직입니다.', note: '공개 답글입니다. 이름, 주문 번호, 연락처를 쓰지 않습니다.' },
      { kind: 'follow-up', say: '주문 번호는 여기에 남기지 마시고 1:1 문의로 보내 주시면 내일 중으로 확인해 답변드리겠습니다.', due: 'P1D' },
    ],
    short: [
      { kind: ['empathy', 'explanation'], say: '{{customer_name}}님, 배송이 늦어져 죄송합니다. {{facts.delivery_window}} 안에 도착 예정입니다.' },
      { kind: 'follow-up', say: '출발하는 날 다시 알려 드리겠습니다.', due: 'P1D', via: 'sms' },
    ],
    manual: { id: 'cs-handbook', title: '고객 응대 매뉴얼', audience: '신입 상담원', chapter: '배송', intro: '모든 채널에서 같은 약속, 같은 태도로 응대하기 위한 기준입니다.', principle: '일관성', body: '전화, 이메일, 채팅 어디서든 같은 사실과 같은 약속을 전합니다.' },
  },
  en: {
    playbook: { id: 'order-status', title: 'Order status questions', locale: 'en-US' },
    scenario: { id: 'parcel-not-moving', purpose: 'complaint', title: 'Tracking has not moved', when: 'The customer says tracking has shown the same status for more than two days', goal: 'The customer knows when to expect the parcel and when we will update them' },
    placeholders: { customer_name: '{ description: Customer name, personal: true, example: Sam Lee }', order_id: 'Order number' },
    facts: { delivery_window: '2-3 business days' },
    subject: 'Your order {{order_id}}: delivery update',
    long: [
      { kind: 'empathy', say: "{{customer_name}}, I'm sorry your parcel hasn't arrived yet. I understand how frustrating the wait is." },
      { kind: 'questioning', say: 'Could you confirm that this is about order {{order_id}}?' },
      { kind: 'explanation', id: 'explain', say: 'The carrier is handling a high volume, which has delayed some parcels. They usually move again within {{facts.delivery_window}}, and I am asking the carrier to check yours today.', note: 'Explain as problem, then solution, then what the customer gains.',
        replies: [{ customer: 'That is too slow. Can you speed it up?', goto: 'escalate' }, { customer: 'Okay, thanks.', goto: 'promise' }] },
      { kind: 'escalation', id: 'escalate', say: 'I am asking our delivery team to look into it directly.', goto: 'promise' },
      { kind: 'follow-up', id: 'promise', say: 'We will text you the result by tomorrow.', due: 'P1D', via: 'sms' },
      { kind: 'closing', say: 'Thank you for your patience. Have a good day.' },
    ],
    public: [
      { kind: ['empathy', 'explanation'], say: "We're sorry your parcel is late. The carrier is handling a high volume, and parcels usually move again within {{facts.delivery_window}}.", note: 'A public reply: no names, order numbers or contact details.' },
      { kind: 'follow-up', say: 'Please send us your order number in a private message, not here, and we will reply by tomorrow.', due: 'P1D' },
    ],
    short: [
      { kind: ['empathy', 'explanation'], say: '{{customer_name}}, sorry your parcel is late. It should arrive within {{facts.delivery_window}}.' },
      { kind: 'follow-up', say: 'We will text you the day it ships.', due: 'P1D', via: 'sms' },
    ],
    manual: { id: 'cs-handbook', title: 'Customer service handbook', audience: 'New agents', chapter: 'Delivery', intro: 'The standard for answering customers the same way on every channel.', principle: 'Consistency', body: 'The same facts and the same promises on the phone, by email and in chat.' },
  },
} satisfies Record<StarterLocale, unknown>;

const SHORT_CHANNELS = new Set(['sms']);
/** Replies everyone can read (the default publicChannels): no personal data, so no personal placeholder. */
const PUBLIC_CHANNELS = new Set(['social']);

export function configFile(locale: StarterLocale, channels: readonly string[]): string {
  return [
    `# yaml-language-server: $schema=./${SCHEMA_FOLDER}/config.schema.json`,
    'extends: recommended',
    'include: ["playbooks/**/*.yaml"]',
    `locale: ${texts[locale].playbook.locale}`,
    `channels: [${channels.join(', ')}]`,
    '',
  ].join('\n');
}

export function playbookFile(locale: StarterLocale, channels: readonly string[]): string {
  const t = texts[locale];
  const lines = [
    `# yaml-language-server: $schema=${SCHEMA_BASE}/playbook.schema.json`,
    'kind: playbook',
    'format: 1',
    `id: ${t.playbook.id}`,
    `title: ${t.playbook.title}`,
    `locale: ${t.playbook.locale}`,
    `channels: [${channels.join(', ')}]`,
    'placeholders:',
    ...Object.entries(t.placeholders).map(([name, label]) => `  ${name}: ${label}`),
    'facts:',
    ...Object.entries(t.facts).map(([name, value]) => `  ${name}: ${value}`),
    'scenarios:',
    `  - id: ${t.scenario.id}`,
    `    purpose: ${t.scenario.purpose}   # complaint | inquiry | request | notice | transfer: which step kinds every script needs`,
    `    title: ${t.scenario.title}`,
    `    when: ${t.scenario.when}`,
    `    goal: ${t.scenario.goal}`,
    '    scripts:',
  ];
  for (const channel of channels) {
    lines.push(`      ${channel}:`);
    if (channel === 'email') lines.push(`        subject: ${quote(t.subject)}`);
    lines.push('        steps:');
    const steps = PUBLIC_CHANNELS.has(channel) ? t.public : SHORT_CHANNELS.has(channel) ? t.short : t.long;
    for (const step of steps as StepText[]) lines.push(...stepLines(step));
  }
  return `${lines.join('\n')}\n`;
}

function stepLines(step: StepText): string[] {
  const indent = '          ';
  const lines = [`${indent}- kind: ${Array.isArray(step.kind) ? `[${step.kind.join(', ')}]` : step.kind}`];
  if (step.id) lines.push(`${indent}  id: ${step.id}`);
  lines.push(`${indent}  say: ${quote(step.say)}`);
  if (step.note) lines.push(`${indent}  note: ${quote(step.note)}`);
  for (const key of ['due', 'via'] as const) if (step[key]) lines.push(`${indent}  ${key}: ${step[key]}`);
  if (step.replies) {
    lines.push(`${indent}  replies:`);
    for (const reply of step.replies) lines.push(`${indent}    - customer: ${quote(reply.customer)}`, `${indent}      goto: ${reply.goto}`);
  }
  if (step.goto) lines.push(`${indent}  goto: ${step.goto}`);
  return lines;
}

function quote(text: string): string {
  return JSON.stringify(text);
}

export function manualFile(locale: StarterLocale): string {
  const t = texts[locale];
  return [
    `# yaml-language-server: $schema=${SCHEMA_BASE}/manual.schema.json`,
    'kind: manual',
    'format: 1',
    `id: ${t.manual.id}`,
    `title: ${t.manual.title}`,
    `locale: ${t.playbook.locale}`,
    `audience: ${t.manual.audience}`,
    'edition: "1"',
    `intro: ${quote(t.manual.intro)}`,
    'principles:',
    `  - title: ${t.manual.principle}`,
    `    body: ${quote(t.manual.body)}`,
    'chapters:',
    `  - title: ${t.manual.chapter}`,
    `    playbooks: [${t.playbook.id}]`,
    '',
  ].join('\n');
}

export function vscodeSettings(): string {
  const settings = {
    'yaml.schemas': { [`./${SCHEMA_FOLDER}/config.schema.json`]: ['servicebook.yaml'] },
    'files.encoding': 'utf8',
  };
  return `${JSON.stringify(settings, null, 2)}\n`;
}

export function githubWorkflow(): string {
  return `# Lints the playbooks on every push and pull request; problems show as annotations and in code scanning.
name: servicebook
on:
  push:
  pull_request:
permissions:
  contents: read
  security-events: write
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v6
      - uses: actions/setup-node@v6
        with:
          node-version: lts/*
      - name: Lint playbooks
        run: npx --yes servicebook@${version} lint --format github
      - name: SARIF report for code scanning
        if: always()
        run: npx --yes servicebook@${version} lint --format sarif --output servicebook.sarif || true
      - uses: github/codeql-action/upload-sarif@v4
        if: always()
        with:
          sarif_file: servicebook.sarif
`;
}
