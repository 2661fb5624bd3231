/** Every word the handbook prints around the playbooks' own text, in the document's language (its locale). */
import { channelLabel, kindLabel, langOfLocale, purposeLabel } from '../model/labels.js';
import { STEP_KINDS, type Escalation, type StepKind } from '../model/types.js';
export type DocLang = 'ko' | 'en';

/** Where a reply or a goto leads: a step number, the end, or (only with --force) a step that does not exist. */
export type Target = { step: number } | { end: true } | { missing: string };

export function docLangOf(locale: string): DocLang {
  return langOfLocale(locale);
}

function kindLabelsIn(lang: DocLang): Record<StepKind, string> {
  return Object.fromEntries(STEP_KINDS.map((kind) => [kind, kindLabel(kind, lang)])) as Record<StepKind, string>;
}

export interface Labels {
  defaultTitle: string;
  kind: Record<StepKind, string>;
  channel(id: string): string;
  /** A scenario purpose's name, for its badge. */
  purpose(id: string): string;
  purposeTitle: string;
  /** A placeholder's example, after its description: (예: 김하늘). */
  example(value: string): string;
  audience: string;
  edition: string;
  locale: string;
  contents: string;
  intro: string;
  principles: string;
  glossary: string;
  owner: string;
  revision: string;
  channels: string;
  tags: string;
  placeholders: string;
  facts: string;
  name: string;
  value: string;
  when: string;
  goal: string;
  escalation: string;
  authority: string;
  handTo: string;
  handWhen: string;
  subject: string;
  trainerNote: string;
  customer: string;
  /** In a sentence: → 3단계, → step 3. */
  step(number: number): string;
  /** On a card: 3단계, Step 3. */
  stepTitle(number: number): string;
  endOfConversation: string;
  unknownStep(id: string): string;
  then: string;
  endsHere: string;
  followUp: string;
  due(due: string): string;
  via(channel: string): string;
  coverage: string;
  coverageLegend: string;
  scenario: string;
  noScript: string;
}



const ko: Labels = {
  defaultTitle: '고객 응대 스크립트 핸드북',
  kind: kindLabelsIn('ko'),
  channel: (id) => channelLabel(id, 'ko'),
  purpose: (id) => purposeLabel(id, 'ko'),
  purposeTitle: '목적',
  example: (value) => `(예: ${value})`,
  audience: '대상',
  edition: '판',
  locale: '언어',
  contents: '목차',
  intro: '들어가며',
  principles: '응대 원칙',
  glossary: '용어 풀이',
  owner: '담당',
  revision: '개정',
  channels: '채널',
  tags: '태그',
  placeholders: '채워 넣을 정보',
  facts: '약속과 수치',
  name: '이름',
  value: '내용',
  when: '이럴 때',
  goal: '목표',
  escalation: '에스컬레이션',
  authority: '상담원 재량',
  handTo: '넘길 곳',
  handWhen: '넘길 때',
  subject: '제목',
  trainerNote: '트레이너 노트',
  customer: '고객',
  step: (number) => `${number}단계`,
  stepTitle: (number) => `${number}단계`,
  endOfConversation: '대화 종료',
  unknownStep: (id) => `없는 단계 "${id}"`,
  then: '다음',
  endsHere: '여기서 대화를 마칩니다.',
  followUp: '후속 조치',
  due: (due) => `${humanDuration(due, 'ko') ?? due} 안에`,
  via: (channel) => `${ko.channel(channel)}로`,
  coverage: '채널별 필수 단계 점검',
  coverageLegend: '✓ 모든 대화 흐름에서 거치는 단계 · ✗ 거치지 않고 끝나는 흐름이 있는 단계 · — 스크립트 없음',
  scenario: '시나리오',
  noScript: '—',
};

const en: Labels = {
  defaultTitle: 'Customer service script handbook',
  kind: kindLabelsIn('en'),
  channel: (id) => channelLabel(id, 'en'),
  purpose: (id) => purposeLabel(id, 'en'),
  purposeTitle: 'Purpose',
  example: (value) => `(e.g. ${value})`,
  audience: 'Audience',
  edition: 'Edition',
  locale: 'Language',
  contents: 'Contents',
  intro: 'Introduction',
  principles: 'Principles',
  glossary: 'Glossary',
  owner: 'Owner',
  revision: 'Revision',
  channels: 'Channels',
  tags: 'Tags',
  placeholders: 'To fill in',
  facts: 'Facts and figures',
  name: 'Name',
  value: 'Value',
  when: 'When',
  goal: 'Goal',
  escalation: 'Escalation',
  authority: 'The agent may decide',
  handTo: 'Hand over to',
  handWhen: 'Hand over when',
  subject: 'Subject',
  trainerNote: "Trainer's note",
  customer: 'Customer',
  step: (number) => `step ${number}`,
  stepTitle: (number) => `Step ${number}`,
  endOfConversation: 'end of conversation',
  unknownStep: (id) => `missing step "${id}"`,
  then: 'Then',
  endsHere: 'The conversation ends here.',
  followUp: 'Follow-up',
  due: (due) => `within ${humanDuration(due, 'en') ?? due}`,
  via: (channel) => `by ${en.channel(channel)}`,
  coverage: 'Required steps by channel',
  coverageLegend: '✓ passed on every path · ✗ some path ends without it · — no script',
  scenario: 'Scenario',
  noScript: '—',
};

export function labelsFor(lang: DocLang): Labels {
  return lang === 'ko' ? ko : en;
}

/** Where a reply or a goto leads, in words: 3단계, 대화 종료. */
export function targetText(target: Target, labels: Labels): string {
  if ('step' in target) return labels.step(target.step);
  if ('end' in target) return labels.endOfConversation;
  return labels.unknownStep(target.missing);
}

const UNITS = {
  ko: { W: '주', D: '일', H: '시간', M: '분' },
  en: { W: 'week', D: 'day', H: 'hour', M: 'minute' },
} as const;

/** `P1D` → 1일, `PT4H` → 4시간, `30m` → 30분; undefined when the text is neither form. */
export function humanDuration(due: string, lang: DocLang): string | undefined {
  const parts: [keyof (typeof UNITS)['ko'], number][] = [];
  const short = /^(\d+)\s*([mhdw])$/i.exec(due.trim());
  const iso = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/i.exec(due.trim());
  if (short) {
    parts.push([short[2]!.toUpperCase() as 'W' | 'D' | 'H' | 'M', Number(short[1])]);
  } else if (iso && due.trim().length > 1 && !/T$/i.test(due.trim())) {
    (['W', 'D', 'H', 'M'] as const).forEach((unit, index) => {
      const value = iso[index + 1];
      if (value !== undefined) parts.push([unit, Number(value)]);
    });
  }
  if (parts.length === 0) return undefined;
  return parts
    .map(([unit, value]) => {
      const word = UNITS[lang][unit];
      return lang === 'ko' ? `${value}${word}` : `${value} ${word}${value === 1 ? '' : 's'}`;
    })
    .join(' ');
}

/** The escalation box's rows that the scenario fills in: who decides, to whom, when. */
export function escalationRows(escalation: Escalation, labels: Labels): [term: string, value: string][] {
  const rows: [string, string | undefined][] = [
    [labels.authority, escalation.authority],
    [labels.handTo, escalation.to],
    [labels.handWhen, escalation.when],
  ];
  return rows.filter((row): row is [string, string] => Boolean(row[1]));
}
