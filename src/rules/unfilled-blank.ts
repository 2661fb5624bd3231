import { maskedText } from './sentences.js';
import { forEachAgentText, declaredPlaceholders, type Rule } from './types.js';

type BlankKind = 'run' | 'underscores' | 'slot' | 'foreign';

interface Blank {
  kind: BlankKind;
  index: number;
  raw: string;
  /** What the slot names: 이름 in [이름], order_id in #{order_id}. */
  name?: string;
}

/** ○○○님, OOO-OOOO, XXX원, $XXX: runs of a fill-in mark standing for letters or digits, joined by - . or a space. */
const MARK_RUN = String.raw`(?:[○◯●□■△▲◇◆☆★＊]{2,}|(?<![A-Za-z])(?:O{2,}|X{2,}|x{3,}|o{3,})(?![A-Za-z])|(?<![\d,.])0{3}(?=\s?(?:고객)?님))`;
const RUN = new RegExp(String.raw`\$?${MARK_RUN}(?:[-.]${MARK_RUN})*`, 'g');
/** A run of three or more underscores inside a line (a line of them alone is a Markdown rule). */
const UNDERSCORES = /_{3,}/g;
/** Another tool's placeholder: #{이름} (알림톡), ${name}, %NAME%, [[name]], {name} (a single brace). */
const FOREIGN = /[#$]\{([^{}\s][^{}\n]{0,39})\}|%([A-Za-z][A-Za-z0-9_]{1,39})%|\[\[([^[\]\n]{1,40})\]\]|(?<![{#$])\{([A-Za-z_][A-Za-z0-9_./ -]{0,39}|[가-힣][가-힣\s]{0,19})\}(?!\})/g;
/** A bracketed slot naming what goes there: [이름], [Name], <name>, (부서명). */
const SLOT = /\[([^[\]\n]{1,30})\](?![([])|<([A-Za-z_][A-Za-z0-9_ ]{0,29}|[가-힣][가-힣\s]{0,19})>|\(([가-힣][가-힣\s]{0,14}|(?:insert|enter|add|your)\s[^()\n]{1,30})\)/gi;

/** Words that name a value to fill in: a slot is one only when what it holds ends in one of them. */
const SLOT_NOUNS = '이름|성함|성명|고객명|상품명|제품명|부서명|업체명|회사명|매장명|지점명|상호명?|담당자명?|상담원명?|직원명|번호|날짜|일자|일시|시간|시각|금액|가격|주소|연락처|이메일|메일 ?주소|링크|기간|수량|사유|내용|코드|요일|택배사|은행명?|카드사|○+|\\*+';
const SLOT_NOUN = new RegExp(`(?:${SLOT_NOUNS})$`);
const SLOT_WORDS = 'name|number|no|id|date|time|amount|price|address|email|phone|link|url|code|quantity|reason';
const SLOT_WORD = new RegExp(`^(?:(?:customer|first|last|full|agent|company|product|store|branch|department|team|order|tracking|account|phone|reference|case|ticket|coupon)[ _]?)*(?:${SLOT_WORDS})$`, 'i');
/** What a slot may start with instead: [insert date], (enter your name). */
const SLOT_START = /^(?:insert|enter|add|your)\s/i;
/** HTML tags that Markdown lets through: <br>, <b> … are no slots. */
const HTML = /^(?:br|b|i|u|p|em|strong|small|sup|sub|hr|span|div|a|ul|ol|li|code|pre|table|tr|td|th)$/i;

/** A suggestion of a placeholder name for what a slot names. */
const SUGGESTIONS: [RegExp, string][] = [
  [/이름|성함|성명|고객|customer|^name$|님/i, 'customer_name'],
  [/주문|order/i, 'order_id'],
  [/상품|제품|product/i, 'product_name'],
  [/송장|운송장|tracking/i, 'tracking_number'],
  [/담당자|상담원|직원|agent/i, 'agent_name'],
  [/날짜|일자|일시|date/i, 'date'],
  [/시간|시각|time/i, 'time'],
  [/금액|가격|원$|amount|price|\$/i, 'amount'],
  [/연락처|전화|phone/i, 'phone'],
];

/** A blank the agent must fill by hand is a blank the customer receives when they forget. */
export default {
  id: 'unfilled-blank',
  severity: 'error',
  description: 'A `say` or `subject` keeps a fill-in marker instead of a placeholder: ○○○님, OOO-OOOO, XXX원, ____, [이름], <name>, #{이름}, {name}, %NAME%.',
  messages: {
    run: {
      en: '"{{blank}}" is a blank to fill in by hand, which the customer receives as it is when it is forgotten. Declare a placeholder and write "{{suggestion}}" (or a `{{facts.…}}`).',
      ko: '"{{blank}}"은(는) 손으로 채워야 하는 빈칸이라, 잊으면 고객에게 그대로 나갑니다. 플레이스홀더를 선언하고 "{{suggestion}}"처럼 써 주세요(고정값이면 `{{facts.…}}`).',
    },
    slot: {
      en: '"{{blank}}" is a slot to fill in by hand. Declare a placeholder under `placeholders` and write "{{suggestion}}" instead.',
      ko: '"{{blank}}"은(는) 손으로 채우는 빈칸입니다. `placeholders`에 선언하고 "{{suggestion}}"(으)로 바꿔 주세요.',
    },
    foreign: {
      en: '"{{blank}}" is another tool\'s placeholder syntax, which servicebook and the help-desk export leave as it is. Write "{{suggestion}}" and declare it under `placeholders`.',
      ko: '"{{blank}}"은(는) 다른 도구의 변수 문법이라 servicebook과 헬프데스크 내보내기가 채우지 못합니다. "{{suggestion}}"(으)로 쓰고 `placeholders`에 선언해 주세요.',
    },
  },
  examples: {
    bad: ['  - kind: greeting', '    say: 안녕하세요, ○○○ 고객님. 문의하신 주문 [주문번호] 건 안내드립니다.'].join('\n'),
    good: ['  - kind: greeting', '    say: 안녕하세요, {{customer_name}} 고객님. 문의하신 주문 {{order_id}} 건 안내드립니다.'].join('\n'),
  },
  check(context) {
    for (const playbook of context.playbooks) {
      let declared: ReadonlySet<string> | undefined;
      forEachAgentText(playbook.data, MAY_HOLD, ({ text, path }) => {
        for (const blank of blanksIn(maskedText(text))) {
          declared ??= declaredPlaceholders(playbook.data);
          const within = [blank.index, blank.index + blank.raw.length] as const;
          const name = blank.name?.trim();
          const isDeclared = blank.kind === 'foreign' && name !== undefined && /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && declared.has(name);
          const suggestion = isDeclared ? `{{${name}}}` : `{{${suggestionFor(blank, text)}}}`;
          context.report({
            at: playbook,
            path,
            within,
            messageId: blank.kind === 'underscores' ? 'run' : blank.kind,
            data: { blank: blank.raw, suggestion },
            ...(isDeclared ? { fix: { within, text: suggestion } } : {}),
          });
        }
      });
    }
  },
} satisfies Rule;

/** English words in both cases, for a test that must tell the blank OO from the oo of book (so without the i flag). */
function anyCase(words: string): string {
  return words.replace(/[a-z]/g, (letter) => `[${letter}${letter.toUpperCase()}]`);
}

/** Looking back from a slot's closing bracket: a word that names a value right before it. */
const NAMED = String.raw`(?<=(?:${SLOT_NOUNS}|${anyCase(SLOT_WORDS)})\s*[\])>])`;
const STARTS = anyCase('insert|enter|add|your');
/** What maskedText blanks out (quotations, inline code, addresses) can start only at one of these. */
const MAY_BE_MASKED = String.raw`["“‘「『\`]|(?<![A-Za-z0-9])'|\bhttps?:\/\/`;

/**
 * What any blank needs, as written: most texts hold none of it. Brackets count only around a word that names a
 * value, so that the [브랜드] before an SMS and 을(를) pass no text. maskedText may turn brackets around a quotation
 * into a slot ([이름 "홍길동"] is [이름]), so an opening bracket with a quotation after it, within a slot's length
 * and before any other bracket (a link's address is no slot), passes too.
 */
const MAY_HOLD = new RegExp(
  [
    MARK_RUN,
    '___',
    String.raw`[#$]\{|%[A-Za-z][A-Za-z0-9_]{1,39}%|\[\[|(?<![{#$])\{[A-Za-z_가-힣]`,
    // One look back for the three kinds of bracket: three cost V8 ten times as long to compile.
    String.raw`(?:\[[^\]\n]{1,30}\](?![([])|<(?:[A-Za-z][A-Za-z0-9_ ]{0,29}|[가-힣][가-힣\s]{0,19})>|\([가-힣][가-힣\s]{0,14}\))${NAMED}`,
    String.raw`[[(<]\s*(?:${STARTS})\s`,
    // ( and < hold a letter before anything masked, so a link's (https://… passes no text.
    String.raw`\[[^[\]()<>]{0,40}?(?:${MAY_BE_MASKED})|[(<][^[\]()<>]{1,40}?(?:${MAY_BE_MASKED})`,
  ].join('|'),
);

/** Every blank of a masked text, in order, none inside another. */
export function blanksIn(text: string): Blank[] {
  const found: Blank[] = [];
  const add = (blank: Blank) => {
    const end = blank.index + blank.raw.length;
    if (!found.some((other) => blank.index < other.index + other.raw.length && other.index < end)) found.push(blank);
  };
  for (const match of text.matchAll(FOREIGN)) {
    add({ kind: 'foreign', index: match.index, raw: match[0], name: match[1] ?? match[2] ?? match[3] ?? match[4] });
  }
  for (const match of text.matchAll(SLOT)) {
    const name = (match[1] ?? match[2] ?? match[3])!.trim();
    if (match[2] !== undefined && HTML.test(name)) continue;
    if (!SLOT_NOUN.test(name) && !SLOT_WORD.test(name) && !SLOT_START.test(name)) continue;
    add({ kind: 'slot', index: match.index, raw: match[0], name });
  }
  for (const match of text.matchAll(RUN)) add({ kind: 'run', index: match.index, raw: match[0] });
  for (const match of text.matchAll(UNDERSCORES)) {
    const lineStart = text.lastIndexOf('\n', match.index) + 1;
    const lineEnd = text.indexOf('\n', match.index);
    if (/^[\s_]*$/.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd))) continue;
    add({ kind: 'underscores', index: match.index, raw: match[0] });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** A placeholder name for a blank, from what it names or from the word after it (○○○님 → customer_name). */
function suggestionFor(blank: Blank, text: string): string {
  if (blank.name !== undefined && /^[A-Za-z_][A-Za-z0-9_]*$/.test(blank.name)) return blank.name.toLowerCase();
  const around = `${blank.name ?? blank.raw}${text.slice(blank.index + blank.raw.length, blank.index + blank.raw.length + 4)}`;
  for (const [pattern, name] of SUGGESTIONS) if (pattern.test(around)) return name;
  if (/^[O○X\d-]+$/i.test(blank.raw) && blank.raw.includes('-')) return 'phone';
  return 'value';
}
