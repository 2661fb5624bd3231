/** Step kinds and channels as people read them, in the document's language: one vocabulary for the handbook and the walk. */
import type { StepKind } from './types.js';
import type { Lang } from '../core/language.js';

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

const CHANNEL_LABELS: Record<string, Record<Lang, string>> = {
  phone: { ko: '전화', en: 'Phone' },
  email: { ko: '이메일', en: 'Email' },
  chat: { ko: '채팅', en: 'Chat' },
  sms: { ko: '문자', en: 'SMS' },
  kakao: { ko: '카카오톡', en: 'KakaoTalk' },
  'in-person': { ko: '대면', en: 'In person' },
  social: { ko: '소셜 미디어', en: 'Social media' },
};

const PURPOSE_LABELS: Record<string, Record<Lang, string>> = {
  complaint: { ko: '불만', en: 'Complaint' },
  inquiry: { ko: '문의', en: 'Inquiry' },
  request: { ko: '요청', en: 'Request' },
  notice: { ko: '안내', en: 'Notice' },
  transfer: { ko: '연결', en: 'Transfer' },
};

export function kindLabel(kind: StepKind, lang: Lang): string {
  return KIND_LABELS[kind][lang];
}

/** Every kind of a step, joined: "설명 + 공감", "Explanation + Empathy". */
export function kindsLabel(kinds: readonly StepKind[], lang: Lang): string {
  return kinds.map((kind) => kindLabel(kind, lang)).join(' + ');
}

/** A scenario purpose's name for people; a project's own purposes are shown as written. */
export function purposeLabel(purpose: string, lang: Lang): string {
  return PURPOSE_LABELS[purpose]?.[lang] ?? purpose;
}

/** A channel's name for people; a project's own channel ids are shown as written. */
export function channelLabel(channel: string, lang: Lang): string {
  return CHANNEL_LABELS[channel]?.[lang] ?? channel;
}

/** The language a document is written in, from its locale: Korean for ko, ko-KR…; English otherwise. */
export function langOfLocale(locale: string): Lang {
  return /^ko\b|^ko[_-]/i.test(locale) ? 'ko' : 'en';
}
