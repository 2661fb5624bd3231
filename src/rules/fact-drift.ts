import type { DataPath } from '../core/findings.js';
import type { Playbook, Scenario } from '../model/types.js';
import { fillFacts } from '../model/text.js';
import { figuresIn, sameFigure, type Figure, type FigureUnit } from './figures.js';
import type { DocumentRef, Rule, RuleContext } from './types.js';

/** A figure as one channel states it to the customer, and where. */
interface Statement {
  channel: string;
  path: DataPath;
  figure: Figure;
}

type ComparedUnit = Exclude<FigureUnit, 'time-of-day'>;

/** Clock times are not compared: "오후 3시까지 회신" and "상담 시간 오전 9시~오후 6시" are different promises. */
const UNITS: Record<ComparedUnit, { en: string; ko: string; fact: string }> = {
  'business-days': { en: 'number of business days', ko: '영업일 기준 기간', fact: 'processing_window' },
  days: { en: 'number of days', ko: '기간(일)', fact: 'processing_window' },
  weeks: { en: 'number of weeks', ko: '기간(주)', fact: 'processing_window' },
  months: { en: 'number of months', ko: '기간(개월)', fact: 'processing_window' },
  hours: { en: 'number of hours', ko: '소요 시간', fact: 'response_time' },
  minutes: { en: 'number of minutes', ko: '소요 시간(분)', fact: 'response_time' },
  krw: { en: 'amount in won', ko: '원화 금액', fact: 'amount' },
  usd: { en: 'dollar amount', ko: '달러 금액', fact: 'amount_usd' },
  percent: { en: 'percentage', ko: '비율(%)', fact: 'rate' },
  phone: { en: 'phone number', ko: '전화번호', fact: 'hotline' },
};

const COMPARED_UNITS = Object.keys(UNITS) as ComparedUnit[];

/** One promise, two figures: a customer who calls and then reads the email trusts neither. */
export default {
  id: 'fact-drift',
  severity: 'error',
  description: "Within one scenario, two channels' scripts state figures of one unit (days, hours, won, %, phone numbers…) and share none of them.",
  messages: {
    drift: {
      en: 'The {{channel}} script says {{figures}} here, but the {{otherChannel}} script says {{otherFigures}} (line {{otherLine}}): within one scenario every channel must give the customer the same {{unit}}. Decide which is right, put it in facts (e.g. `facts.{{fact}}: {{factValue}}`) and write {{factUse}} in both scripts.',
      ko: '이 {{channel}} 스크립트는 {{figures}}, {{otherChannel}} 스크립트({{otherLine}}행)는 {{otherFigures}}라고 안내합니다. 한 시나리오 안에서 {{unitKo}} 안내는 모든 채널이 같아야 합니다. 맞는 값을 정해 facts에 두고(예: `facts.{{fact}}: {{factValue}}`) 두 스크립트 모두 {{factUse}}로 쓰세요.',
    },
    driftFromFact: {
      en: 'The {{channel}} script says {{figures}} here, but the {{otherChannel}} script says {{otherFigures}} (line {{otherLine}}): within one scenario every channel must give the customer the same {{unit}}. `facts.{{fact}}` already holds {{factValue}}: if that is right, write {{factUse}} in both scripts instead of the figure; if not, correct the fact and still use {{factUse}} in both.',
      ko: '이 {{channel}} 스크립트는 {{figures}}, {{otherChannel}} 스크립트({{otherLine}}행)는 {{otherFigures}}라고 안내합니다. 한 시나리오 안에서 {{unitKo}} 안내는 모든 채널이 같아야 합니다. `facts.{{fact}}` 값({{factValue}})이 이미 있으니, 그 값이 맞으면 숫자를 직접 쓰지 말고 두 스크립트 모두 {{factUse}}로 쓰고, 틀리면 fact 값을 고친 뒤 두 곳 모두 {{factUse}}로 쓰세요.',
    },
  },
  examples: {
    bad: [
      'scripts:',
      '  phone:',
      '    steps:',
      '      - kind: explanation',
      '        say: 환불은 카드사 처리에 따라 3~5영업일이 걸립니다.',
      '  email:',
      '    subject: "[고객센터] 환불 진행 안내"',
      '    steps:',
      '      - kind: explanation',
      '        say: 환불 금액은 7영업일 안에 입금됩니다.   # the phone says 3~5영업일',
    ].join('\n'),
    good: [
      'facts:',
      '  refund_window: 3~5영업일',
      '...',
      'scripts:',
      '  phone:',
      '    steps:',
      '      - kind: explanation',
      '        say: 환불은 카드사 처리에 따라 {{facts.refund_window}}이 걸립니다.',
      '  email:',
      '    subject: "[고객센터] 환불 진행 안내"',
      '    steps:',
      '      - kind: explanation',
      '        say: 환불 금액은 {{facts.refund_window}} 안에 입금됩니다.',
    ].join('\n'),
  },
  check(context) {
    for (const playbook of context.playbooks) {
      const { scenarios, facts } = playbook.data;
      for (let scenarioIndex = 0; scenarioIndex < scenarios.length; scenarioIndex++) {
        const statements = statementsOf(scenarios[scenarioIndex]!, scenarioIndex, facts);
        if (statements.length === 0) continue;
        const byUnit = new Map<FigureUnit, Statement[]>();
        for (const statement of statements) {
          const { unit } = statement.figure;
          const same = byUnit.get(unit);
          if (same) same.push(statement);
          else byUnit.set(unit, [statement]);
        }
        for (const unit of COMPARED_UNITS) {
          const stated = byUnit.get(unit);
          if (stated !== undefined) checkUnit(context, playbook, unit, stated);
        }
      }
    }
  },
} satisfies Rule;

/** What the customer reads or hears: every `say` and the email `subject`, facts filled in; never `note` or replies. */
function statementsOf(scenario: Scenario, scenarioIndex: number, facts: Playbook['facts']): Statement[] {
  const statements: Statement[] = [];
  for (const [channel, script] of Object.entries(scenario.scripts)) {
    // Step -1 is the subject. Paths are built only for texts that state a figure: most state none.
    for (let step = -1; step < script.steps.length; step++) {
      const text = step < 0 ? script.subject : script.steps[step]!.say;
      if (typeof text !== 'string') continue;
      // fillFacts changes only {{facts.…}}: most texts hold none.
      const figures = figuresIn(text.includes('facts.') ? fillFacts(text, facts) : text);
      if (figures.length === 0) continue;
      const scriptPath: DataPath = ['scenarios', scenarioIndex, 'scripts', channel];
      const path: DataPath = step < 0 ? [...scriptPath, 'subject'] : [...scriptPath, 'steps', step, 'say'];
      for (const figure of figures) statements.push({ channel, path, figure });
    }
  }
  return statements;
}

/** Once per scenario and unit: the first channel that shares no figure with an earlier one, at its first mention. */
function checkUnit(context: RuleContext, playbook: DocumentRef<Playbook>, unit: ComparedUnit, statements: readonly Statement[]): void {
  // Grouped once: filtering every statement again for each pair of channels was the rule's hottest loop.
  const byChannel = new Map<string, Statement[]>();
  for (const statement of statements) {
    const same = byChannel.get(statement.channel);
    if (same) same.push(statement);
    else byChannel.set(statement.channel, [statement]);
  }
  if (byChannel.size < 2) return;
  const channels = [...byChannel.keys()];
  for (let laterIndex = 1; laterIndex < channels.length; laterIndex++) {
    const later = channels[laterIndex]!;
    const here = byChannel.get(later)!;
    const earlier = channels.slice(0, laterIndex).find((channel) => !sharesAny(byChannel.get(channel)!, here));
    if (earlier === undefined) continue;
    const there = byChannel.get(earlier)!;
    const { messageId, data: fact } = suggestion(playbook.data, unit, [...there, ...here]);
    context.report({
      at: playbook,
      path: here[0]!.path,
      messageId,
      data: {
        channel: later,
        figures: quoted(here),
        otherChannel: earlier,
        otherFigures: quoted(there),
        otherLine: playbook.document.locate(there[0]!.path).line,
        unit: UNITS[unit].en,
        unitKo: UNITS[unit].ko,
        ...fact,
      },
    });
    return;
  }
}

function sharesAny(some: readonly Statement[], others: readonly Statement[]): boolean {
  return some.some((one) => others.some((other) => sameFigure(one.figure, other.figure)));
}

function quoted(statements: readonly Statement[]): string {
  return [...new Set(statements.map((statement) => `"${statement.figure.raw}"`))].join(', ');
}

/** A fact that already holds one of the figures, else a new fact named after the unit, holding the earlier figure. */
function suggestion(playbook: Playbook, unit: ComparedUnit, statements: readonly Statement[]) {
  const facts = playbook.facts ?? {};
  for (const [name, value] of Object.entries(facts)) {
    const held = figuresIn(String(value)).find((figure) => statements.some((statement) => sameValue(figure, statement.figure)));
    if (held) return { messageId: 'driftFromFact', data: { fact: name, factValue: String(value), factUse: `{{facts.${name}}}` } };
  }
  const base = UNITS[unit].fact;
  let name = base;
  for (let n = 2; Object.hasOwn(facts, name); n++) name = `${base}_${n}`;
  return { messageId: 'drift', data: { fact: name, factValue: statements[0]!.figure.raw, factUse: `{{facts.${name}}}` } };
}

function sameValue(a: Figure, b: Figure): boolean {
  if (a.unit === 'phone' || b.unit === 'phone') return a.unit === b.unit && sameFigure(a, b);
  return a.unit === b.unit && a.low === b.low && a.high === b.high;
}
