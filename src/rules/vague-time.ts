import { placeholdersIn } from '../model/text.js';
import { hasKind, type Playbook } from '../model/types.js';
import { maskedText, sentenceSpans } from './sentences.js';
import { scriptsOf, type Rule } from './types.js';

/** Times that promise nothing: 곧, 조만간, 빠른 시일 내, 최대한 빨리, 확인 후, shortly, as soon as possible … */
const VAGUE =
  /곧(?=\s|바로|$)|조만간|빠른\s?시일|빠른\s?시간|최대한\s?(?:빨리|빠르게|신속)|가능한\s?한?\s?(?:빨리|빠르게)|신속(?:히|하게)|빠르게|빨리|확인\s?(?:후|되는\s?대로|되면|하는\s?대로)|확인이\s?되면|처리되는\s?대로|추후|나중에|차후|순차적으로|\b(?:shortly|soon|asap|as soon as (?:possible|we can)|in due course|at (?:our|the) earliest|when (?:we|it) (?:can|is ready)|later)\b/gi;

/** A time the customer can hold the team to: a date, a clock time, a duration, a day. */
const CONCRETE = new RegExp(
  [
    String.raw`\d+\s*(?:분|시간|시|일|영업일|주|개월|달|월|년|business\s*days?|working\s*days?|days?|hours?|hrs?|minutes?|mins?|weeks?|months?)`,
    String.raw`\d{1,2}:\d{2}`,
    String.raw`\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)`,
    String.raw`\d{1,2}[./-]\d{1,2}`,
    String.raw`(?:한|두|세|네|다섯)\s?(?:시간|주|달)|하루|이틀|사흘|나흘|일주일|반나절`,
    '오늘|내일|모레|금일|익일|당일|명일|전날|다음\\s?날|직후|이번\\s?주|다음\\s?주|금주|차주|주말|이번\\s?달|다음\\s?달|오전|오후|저녁|아침|점심|[월화수목금토일]요일|[는은]\\s?날',
    String.raw`\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week)|next (?:week|month|business day)|by (?:noon|midnight|end of day|eod)|within|(?:the )?day before|the day (?:it|you|your|we|the)|right after|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`,
  ].join('|'),
  'i',
);

/** Placeholder names that hold a time (callback_time, due_date): filled in, they are one. */
const TIME_NAME = /date|time|day|due|deadline|until|by_|일시|날짜|시간/i;

/** "곧 연락드리겠습니다" sets no time the customer can wait for, so they call again, angrier. */
export default {
  id: 'vague-time',
  severity: 'warn',
  description: "A `follow-up` step's `say` names no time the customer can hold the team to, or only a vague one (곧, 조만간, 확인 후, shortly, as soon as possible).",
  messages: {
    vague: {
      en: '"{{words}}" gives no time the customer can hold the team to. Say when: a date, a clock time or a duration ("by 3 p.m. tomorrow", "within {{facts.reply_window}}").',
      ko: '"{{words}}"(이)라는 말로는 고객이 언제까지 기다리면 되는지 알 수 없습니다. 날짜, 시각, 기간을 말해 주세요(예: "내일 오후 3시까지", "{{facts.reply_window}} 안에").',
    },
    noTime: {
      en: 'This follow-up names no time. Say when the customer will hear back: a date, a clock time or a duration ("by 3 p.m. tomorrow", "within {{facts.reply_window}}").',
      ko: '이 후속 안내에는 시점이 없습니다. 고객이 언제 다시 연락을 받는지 날짜, 시각, 기간으로 말해 주세요(예: "내일 오후 3시까지", "{{facts.reply_window}} 안에").',
    },
  },
  examples: {
    bad: ['  - kind: follow-up', '    say: 확인 후 곧 연락드리겠습니다.'].join('\n'),
    good: ['  - kind: follow-up', '    say: 내일 오후 3시까지 처리 결과를 문자로 안내해 드리겠습니다.'].join('\n'),
  },
  check(context) {
    for (const playbook of context.playbooks) {
      for (const { script, path } of scriptsOf(playbook.data)) {
        let subjectNamesATime: boolean | undefined; // the same for every step: found once, at the first follow-up
        for (let index = 0; index < script.steps.length; index++) {
          const step = script.steps[index]!;
          if (!hasKind(step, 'follow-up') || typeof step.say !== 'string') continue;
          subjectNamesATime ??= typeof script.subject === 'string' && namesATime(maskedText(script.subject), playbook.data);
          if (subjectNamesATime) continue;
          const found = vagueOrMissing(maskedText(step.say), playbook.data);
          if (found === undefined) continue;
          const at = [...path, 'steps', index, 'say'];
          if (found.vague) context.report({ at: playbook, path: at, within: [found.vague.index, found.vague.index + found.vague.words.length], messageId: 'vague', data: { words: found.vague.words } });
          else context.report({ at: playbook, path: at, messageId: 'noTime' });
        }
      }
    }
  },
} satisfies Rule;

/** A sentence in which the team commits to something: 연락드리겠습니다, 처리 예정입니다, we will, I'll. */
const COMMITS = /겠습니다|겠어요|드릴게요|할게요|드릴\s?예정|예정(?:입니다|이며|이에요|이고|이니)|드립니다|\b(?:I|we)(?:'ll|\s+will|\s+shall|\s+can)\b|\bwill\b/i;

/**
 * What is wrong with a follow-up's time: a vague word, or no time at all (vague undefined); undefined when a
 * sentence that commits the team names a time. A step that commits to nothing (an invitation: "궁금한 점은
 * 언제든 문의 주세요") holds the team to nothing, and is left alone.
 */
function vagueOrMissing(text: string, playbook: Playbook): { vague?: { words: string; index: number } } | undefined {
  const vagueIn = (start: number, end: number) => {
    VAGUE.lastIndex = 0;
    const match = VAGUE.exec(start === 0 && end === text.length ? text : text.slice(start, end));
    return match ? { words: match[0], index: start + match.index } : undefined;
  };
  // Neither pattern finds in a sentence what it does not find in the whole text (a sentence ends at a mark or a
  // line break, where \b and $ read the same), so most steps need no sentence at all.
  const vagueInText = vagueIn(0, text.length);
  let commitments: [number, number][] | undefined;
  const commitmentsOf = () => (commitments ??= COMMITS.test(text) ? sentenceSpans(text).filter(([start, end]) => COMMITS.test(text.slice(start, end))) : []);
  // A promise made vaguely is vague, whatever other sentences say ("1~2일 지연될 수 있습니다. 최대한 빠르게 발송드리겠습니다").
  if (vagueInText) {
    for (const [start, end] of commitmentsOf()) {
      const vague = vagueIn(start, end);
      if (vague && !namesATime(text.slice(start, end), playbook)) return { vague };
    }
  }
  // Otherwise a time anywhere in the step counts ("10분 안에 도착하지 않으면 … 바로 도와드리겠습니다").
  if (namesATime(text, playbook)) return undefined;
  if (commitmentsOf().length > 0) return {};
  return vagueInText ? { vague: vagueInText } : undefined;
}

/** A concrete time in the text, with facts filled in; a placeholder that names a time counts as one. */
function namesATime(text: string, playbook: Playbook): boolean {
  if (text === '') return false;
  if (CONCRETE.test(text)) return true;
  for (const use of placeholdersIn(text)) {
    if (use.isFact) {
      const value = playbook.facts?.[use.name];
      if (value !== undefined && CONCRETE.test(String(value))) return true;
    } else if (TIME_NAME.test(use.name)) {
      return true;
    }
  }
  return false;
}
