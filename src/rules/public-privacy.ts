import type { DataPath } from '../core/findings.js';
import { isPublicChannel } from '../model/config.js';
import { PlaceholderScanner } from '../model/text.js';
import { placeholderSpec, type Playbook } from '../model/types.js';
import { scriptsOf, type DocumentRef, type Rule, type RuleContext } from './types.js';

/**
 * A reply on a public channel (a review reply, a public comment) is read by everyone, for years: a customer's
 * name, phone number, e-mail address, card, account or order number there is a privacy breach.
 */
/** The longest an address can be (RFC 5321): a scan from an `@` never goes further, so no text is read twice over. */
const MAX_EMAIL = 254;
const LOCAL = /[A-Za-z0-9._%+-]/;
const DOMAIN = /[A-Za-z0-9.-]/;
/** Korean numbers (010-1234-5678, 02-123-4567, +82 10 1234 5678, 1588-0000) and North American ones ((555) 123-4567). */
const PHONE =
  /(?<![\d-])(?:(?:\+82[-\s.]?|0)\d{1,2}[-\s.)]\s?\d{3,4}[-\s.]\d{4}|1[5-9]\d{2}-\d{4}|(?:\+1[-\s.]?)?\(?\d{3}\)?[-\s.]\s?\d{3}[-\s.]\d{4})(?![\d-])/g;
const MIN_DIGITS = 10;
const DIGIT = /\d/;
/** Dates and clock times are not numbers of a person: 2026-03-15, 2026.3.15, 14:30 are masked before counting digits. */
const DATE_OR_TIME = /(?<!\d)(?:(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}:\d{2})(?!\d)/g;

export default {
  id: 'public-privacy',
  severity: 'error',
  description:
    'A script on a public channel uses a placeholder declared `personal: true`, or states a phone number, an e-mail address, or a number of 10 or more digits that is not a {{facts.…}}.',
  messages: {
    personalPlaceholder: {
      en: '{{channel}} is a public channel: everyone can read this reply, and it uses {{placeholder}}, which is declared `personal: true`. Leave personal data out of public replies: thank and apologise in general terms, and ask the customer to contact you privately.',
      ko: '{{channel}}은(는) 누구나 읽을 수 있는 공개 채널인데, 이 답글에 개인정보로 선언된(`personal: true`) {{placeholder}}이(가) 들어 있습니다. 공개 답글에는 개인정보를 쓰지 말고, 감사와 사과는 일반적으로 전한 뒤 개별 연락을 부탁하세요.',
    },
    phoneNumber: {
      en: '{{channel}} is a public channel: everyone can read this reply, and it states the phone number {{value}}. Take it out; if it is the company\'s own number, state it as a fact (`{{facts.hotline}}`) so that it is known to be public.',
      ko: '{{channel}}은(는) 누구나 읽을 수 있는 공개 채널인데, 이 답글에 전화번호 {{value}}이(가) 적혀 있습니다. 빼 주세요. 회사 대표 번호라면 공개해도 되는 값임을 알 수 있게 fact(`{{facts.hotline}}`)로 적어 주세요.',
    },
    emailAddress: {
      en: '{{channel}} is a public channel: everyone can read this reply, and it states the e-mail address {{value}}. Take it out; if it is the company\'s own address, state it as a fact (`{{facts.support_email}}`).',
      ko: '{{channel}}은(는) 누구나 읽을 수 있는 공개 채널인데, 이 답글에 이메일 주소 {{value}}이(가) 적혀 있습니다. 빼 주세요. 회사 공식 주소라면 fact(`{{facts.support_email}}`)로 적어 주세요.',
    },
    longNumber: {
      en: '{{channel}} is a public channel: everyone can read this reply, and it states a number of {{digits}} digits ({{value}}), like a card, account or order number. Take it out of the public reply.',
      ko: '{{channel}}은(는) 누구나 읽을 수 있는 공개 채널인데, 이 답글에 카드·계좌·주문 번호 같은 {{digits}}자리 숫자({{value}})가 적혀 있습니다. 공개 답글에서 빼 주세요.',
    },
  },
  examples: {
    bad: [
      'placeholders:',
      '  customer_name: { description: 고객 성함, personal: true, example: 김하늘 }',
      '# …',
      '      social:',
      '        steps:',
      '          - kind: [empathy, follow-up]',
      '            say: "{{customer_name}}님, 주문번호 2024031512345 건 확인했습니다. 010-1234-5678로 연락드리겠습니다."',
    ].join('\n'),
    good: [
      '      social:',
      '        steps:',
      '          - kind: [empathy, follow-up]',
      '            say: 불편을 드려 죄송합니다. 자세한 내용은 1:1 문의로 남겨 주시면 담당자가 바로 연락드리겠습니다.',
    ].join('\n'),
  },
  check(context) {
    for (const playbook of context.playbooks) {
      const { placeholders: declared = {} } = playbook.data;
      let personal: Set<string> | undefined; // most scripts are on private channels: built at the first public one
      for (const { channel, script, path } of scriptsOf(playbook.data)) {
        if (!isPublicChannel(context.config, channel)) continue;
        personal ??= new Set(Object.keys(declared).filter((name) => placeholderSpec(declared[name]!).personal === true));
        if (script.subject !== undefined) checkText(context, playbook, personal, channel, script.subject, [...path, 'subject']);
        for (let index = 0; index < script.steps.length; index++) {
          checkText(context, playbook, personal, channel, script.steps[index]!.say, [...path, 'steps', index, 'say']);
        }
      }
    }
  },
} satisfies Rule;

/** One text of a public script: each finding once, however often the text repeats it. */
function checkText(context: RuleContext, playbook: DocumentRef<Playbook>, personal: ReadonlySet<string>, channel: string, text: string, at: DataPath): void {
  // What each finding needs: a placeholder `{{`, an address's `@`, a number's digits; most replies hold none.
  const hasPlaceholder = text.includes('{{');
  const hasAt = text.includes('@');
  const hasDigit = DIGIT.test(text);
  if (!hasPlaceholder && !hasAt && !hasDigit) return;
  const seen = new Set<string>();
  const report = (messageId: string, data: Record<string, string | number>) => {
    const key = `${messageId}|${JSON.stringify(data)}`;
    if (seen.has(key)) return;
    seen.add(key);
    context.report({ at: playbook, path: at, messageId, data: { channel, ...data } });
  };
  if (hasPlaceholder && personal.size > 0) {
    const scan = new PlaceholderScanner().reset(text);
    while (scan.next()) if (!scan.isFact && personal.has(scan.name)) report('personalPlaceholder', { placeholder: `{{${scan.name}}}` });
  }
  if (!hasAt && !hasDigit) return;
  // Outside placeholders only: `{{facts.hotline}}` is a number the team chose to publish.
  let plain = hasPlaceholder ? text.replace(/\{\{[^{}]*\}\}/g, ' ') : text;
  if (hasDigit) plain = plain.replace(DATE_OR_TIME, (date) => ' '.repeat(date.length));
  const found: [number, number][] = [];
  const taken = (start: number, end: number) => found.some(([from, to]) => start < to && end > from);
  if (hasAt) {
    for (const [start, end] of emailsIn(plain)) {
      found.push([start, end]);
      report('emailAddress', { value: plain.slice(start, end) });
    }
  }
  if (!hasDigit) return;
  PHONE.lastIndex = 0; // an `exec` loop: `matchAll` builds a new RegExp on every call
  for (let match = PHONE.exec(plain); match !== null; match = PHONE.exec(plain)) {
    const [start, end] = [match.index, match.index + match[0].length];
    if (taken(start, end)) continue;
    found.push([start, end]);
    report('phoneNumber', { value: match[0].trim() });
  }
  for (const [start, end, digits] of digitGroupsIn(plain)) {
    if (digits < MIN_DIGITS || taken(start, end)) continue;
    found.push([start, end]);
    report('longNumber', { digits, value: plain.slice(start, end) });
  }
}

/** E-mail addresses, found from each `@` outwards in one pass (a regex would read a long word again from every letter). */
function emailsIn(text: string): [number, number][] {
  const found: [number, number][] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < MAX_EMAIL && LOCAL.test(text[start - 1]!)) start--;
    let end = at + 1;
    while (end < text.length && end - at < MAX_EMAIL && DOMAIN.test(text[end]!)) end++;
    while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
    const domain = text.slice(at + 1, end);
    if (start < at && /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(domain)) found.push([start, end]);
  }
  return found;
}

/**
 * Runs of digits, alone or in groups joined by one hyphen or one space (1234-5678-9012-3456, 110 123 456789),
 * with how many digits each holds: one pass over the text.
 */
function digitGroupsIn(text: string): [number, number, number][] {
  const groups: [number, number, number][] = [];
  const isDigit = (index: number) => index < text.length && text.charCodeAt(index) >= 48 && text.charCodeAt(index) <= 57;
  let index = 0;
  while (index < text.length) {
    if (!isDigit(index)) {
      index++;
      continue;
    }
    const start = index;
    let digits = 0;
    let end = index;
    for (;;) {
      while (isDigit(index)) {
        index++;
        digits++;
      }
      end = index;
      const separator = text[index];
      if ((separator === '-' || separator === ' ') && isDigit(index + 1)) index++;
      else break;
    }
    groups.push([start, end, digits]);
  }
  return groups;
}
