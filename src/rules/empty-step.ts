import { scriptsOf, type Rule } from './types.js';

/** Draft markers that stand in for a `say` nobody has written yet; servicebook.yaml `words.emptyMarkers` adds more. */
export const EMPTY_MARKERS = ['TODO', 'TBD', 'FIXME', 'XXX', '???', '미정', '작성 예정', '추후 작성'];

const OPENING = String.raw`[\s\[(<{【「『〈《*_~\x60"'“‘#-]*`;
const CLOSING = String.raw`[\s\])>}】」』〉》*_~\x60"'”’.!…-]*`;

/** An agent with an empty line has nothing to say: the step was never written. */
export default {
  id: 'empty-step',
  severity: 'error',
  description: '`say` is blank or only a marker such as TODO, TBD, FIXME, ???, 미정.',
  messages: {
    blank: {
      en: 'This step has nothing to say: `say` is blank. Write what the agent says or writes to the customer here, or remove the step.',
      ko: '이 단계의 `say`가 비어 있어 상담원이 할 말이 없습니다. 고객에게 말하거나 쓸 문구를 채우거나, 이 단계를 지워 주세요.',
    },
    noWords: {
      en: 'This step says nothing in words: `say` is only "{{text}}". Write what the agent says or writes to the customer, or remove the step.',
      ko: '이 단계의 `say`에는 "{{text}}"뿐이고 할 말이 없습니다. 고객에게 말하거나 쓸 문구를 채우거나, 이 단계를 지워 주세요.',
    },
    marker: {
      en: 'This step is not written yet: `say` holds only the draft marker "{{marker}}". Write what the agent says or writes to the customer, or remove the step.',
      ko: '아직 작성되지 않은 단계입니다. `say`에 작성 표시 "{{marker}}"만 있습니다. 고객에게 말하거나 쓸 문구를 채우거나, 이 단계를 지워 주세요.',
    },
  },
  examples: {
    bad: ['  - kind: explanation', '    say: "TODO: 환불 일정 안내 문구"'].join('\n'),
    good: ['  - kind: explanation', '    say: 환불은 카드사 처리에 따라 {{facts.refund_window}}가 걸립니다.'].join('\n'),
  },
  check(context) {
    const matcher = projectMatcher(context.config.words.emptyMarkers);
    for (const playbook of context.playbooks) {
      for (const { script, path } of scriptsOf(playbook.data)) {
        for (let index = 0; index < script.steps.length; index++) {
          const step = script.steps[index]!;
          if (beginsWithWord(step.say, matcher)) continue;
          const at = () => [...path, 'steps', index, 'say'];
          const text = step.say.trim();
          const marker = markerIn(text, matcher);
          if (text === '') context.report({ at: playbook, path: at(), messageId: 'blank' });
          else if (marker !== undefined) context.report({ at: playbook, path: at(), messageId: 'marker', data: { marker } });
          // "???", "...", "-": punctuation alone is a placeholder too.
          else if (!/[\p{L}\p{N}]/u.test(text)) context.report({ at: playbook, path: at(), messageId: 'noWords', data: { text } });
        }
      }
    }
  },
} satisfies Rule;

/**
 * The marker a `say` consists of: the marker alone ("TODO", "[미정]", "**TBD**"), or the marker in brackets
 * or before a colon, followed by a note to the writer ("TODO: 환불 일정 확인 후 작성", "[TBD] 보상 기준").
 */
export function markerOf(say: string, markers: readonly string[]): string | undefined {
  return markerIn(say, matcherFor(markers));
}

/** The patterns of a marker list, longest marker first, and one pattern that any of them needs to match. */
interface MarkerMatcher {
  any: RegExp;
  markers: { marker: string; alone: RegExp; leading: RegExp }[];
  /** The first character of each marker, in every case the `iu` patterns match it in. */
  firstCodes: number[];
}

/**
 * Almost every say begins with a letter or digit (ASCII or a Hangul syllable) that begins no marker: it is neither
 * blank, nor a marker, nor without words — one character decides it before any trimming or pattern.
 */
function beginsWithWord(say: string, matcher: MarkerMatcher): boolean {
  const code = say.charCodeAt(0);
  const lower = code | 0x20;
  const word = (code >= 0x30 && code <= 0x39) || (lower >= 0x61 && lower <= 0x7a) || (code >= 0xac00 && code <= 0xd7a3);
  return word && !matcher.firstCodes.includes(code);
}

function markerIn(say: string, matcher: MarkerMatcher): string | undefined {
  const text = say.trim();
  // Almost every say starts with no marker: one anchored test instead of two patterns per marker.
  if (!matcher.any.test(text)) return undefined;
  return matcher.markers.find(({ alone, leading }) => alone.test(text) || leading.test(text))?.marker;
}

const PROJECT_MATCHERS = new WeakMap<readonly string[], MarkerMatcher>();

/** The matcher of the defaults and a project's `words.emptyMarkers`, looked up by the project's list, once per file. */
function projectMatcher(projectMarkers: readonly string[]): MarkerMatcher {
  let matcher = PROJECT_MATCHERS.get(projectMarkers);
  if (matcher === undefined) PROJECT_MATCHERS.set(projectMarkers, (matcher = matcherFor([...EMPTY_MARKERS, ...projectMarkers])));
  return matcher;
}

// Compiled once per marker list (the defaults plus a project's `words.emptyMarkers`).
const MATCHERS = new Map<string, MarkerMatcher>();
const AFTER_LEADING = String.raw`(?:\s*[:：]|\s*[\])}】」』>]|\s+[-–—]\s)`;

function matcherFor(markerList: readonly string[]): MarkerMatcher {
  const key = JSON.stringify(markerList);
  const cached = MATCHERS.get(key);
  if (cached) return cached;
  const words: string[] = [];
  const firstCodes = markerList.flatMap((marker) => {
    const first = marker.trim()[0] ?? '';
    return [first, first.toLowerCase(), first.toUpperCase(), first.toLowerCase().toUpperCase(), first.toUpperCase().toLowerCase()].map((char) => char.charCodeAt(0));
  });
  const markers = [...markerList]
    .sort((a, b) => b.length - a.length)
    .map((marker) => {
      const word = marker.trim().split(/\s+/).map(escapeRegExp).join(String.raw`\s*`);
      words.push(word);
      const alone = new RegExp(`^${OPENING}${word}${CLOSING}$`, 'iu');
      const leading = new RegExp(`^${OPENING}${word}${AFTER_LEADING}`, 'iu');
      return { marker, alone, leading };
    });
  const any = new RegExp(`^${OPENING}(?:${words.map((word) => `(?:${word})(?:${CLOSING}$|${AFTER_LEADING})`).join('|')})`, 'iu');
  if (MATCHERS.size >= 16) MATCHERS.clear();
  const matcher = { any, markers, firstCodes };
  MATCHERS.set(key, matcher);
  return matcher;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
