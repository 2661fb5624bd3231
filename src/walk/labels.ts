/** Step kinds as an agent reads them: a label in the document's language and a colour per kind. */
import type { ChalkInstance } from 'chalk';
import type { StepKind } from '../model/types.js';
import type { Lang } from '../rules/types.js';

export const KIND_LABELS: Record<StepKind, Record<Lang, string>> = {
  greeting: { ko: '인사', en: 'Greeting' },
  verification: { ko: '본인 확인', en: 'Verification' },
  questioning: { ko: '질문', en: 'Questioning' },
  empathy: { ko: '공감', en: 'Empathy' },
  explanation: { ko: '설명', en: 'Explanation' },
  action: { ko: '조치', en: 'Action' },
  escalation: { ko: '에스컬레이션', en: 'Escalation' },
  'follow-up': { ko: '후속 조치', en: 'Follow-up' },
  feedback: { ko: '피드백 요청', en: 'Feedback' },
  closing: { ko: '마무리', en: 'Closing' },
};

type Hue = 'cyan' | 'blue' | 'magenta' | 'green' | 'yellow' | 'red' | 'gray';

/** Related kinds share a hue: the opening in cyan, the heart of the call warm, the close cool. */
const KIND_HUES: Record<StepKind, Hue> = {
  greeting: 'cyan',
  verification: 'blue',
  questioning: 'blue',
  empathy: 'magenta',
  explanation: 'green',
  action: 'yellow',
  escalation: 'red',
  'follow-up': 'green',
  feedback: 'cyan',
  closing: 'gray',
};

export function kindLabel(kind: StepKind, lang: Lang): string {
  return KIND_LABELS[kind][lang];
}

/** ` 공감 ` on the kind's colour; without colour, `[공감]` so the label still stands out. */
export function kindBadge(kind: StepKind, lang: Lang, chalk: ChalkInstance): string {
  const label = kindLabel(kind, lang);
  if (chalk.level === 0) return `[${label}]`;
  return chalk.bold.inverse[KIND_HUES[kind]](` ${label} `);
}

/** The kind's label in its colour, without the badge: for lists and summaries. */
export function kindText(kind: StepKind, lang: Lang, chalk: ChalkInstance): string {
  return chalk[KIND_HUES[kind]](kindLabel(kind, lang));
}

/** The language a playbook is written in, from its locale (else the project's). */
export function documentLang(locale: string | undefined, projectLocale: string): Lang {
  return /^ko\b|^ko[_-]/i.test(locale ?? projectLocale) ? 'ko' : 'en';
}

const CHANNEL_LABELS: Record<string, Record<Lang, string>> = {
  phone: { ko: '전화', en: 'Phone' },
  email: { ko: '이메일', en: 'Email' },
  chat: { ko: '채팅', en: 'Chat' },
  sms: { ko: '문자', en: 'SMS' },
  kakao: { ko: '카카오톡', en: 'KakaoTalk' },
  'in-person': { ko: '대면', en: 'In person' },
  social: { ko: '소셜', en: 'Social' },
};

/** A channel's name for people; a project's own channel ids are shown as written. */
export function channelLabel(channel: string, lang: Lang): string {
  return CHANNEL_LABELS[channel]?.[lang] ?? channel;
}
