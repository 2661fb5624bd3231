/**
 * KakaoTalk 알림톡 template drafts, from the `kakao` scripts of `notice` scenarios: one per script (a branching one,
 * per step). Variables are written `#{변수}` through the config; the draft is checked as Kakao's review would:
 * at most 1,000 characters once variables are filled, informational only (no advertising), at most 5 buttons (a
 * step's replies, as bot-keyword buttons) of at most 14 characters.
 */
import { createHash } from 'node:crypto';
import { fill } from '../core/messages.js';
import { fileSafe, jsonFile, type ExportProblem, type ExportResult } from './output.js';
import { placeholderExample, targetText, type PlaceholderWriter, type DeskReply } from './scripts.js';

export const ALIMTALK_MAX_CHARS = 1000;
export const ALIMTALK_MAX_BUTTONS = 5;
export const ALIMTALK_MAX_BUTTON_NAME = 14;

export interface AlimtalkTemplate {
  templateCode: string;
  templateName: string;
  content: string;
  messageType: 'BA';
  emphasizeType: 'NONE';
  buttons: { order: number; type: string; name: string }[];
}

/** Words that make a message advertising, which 알림톡 refuses (정보통신망법: 광고성 정보는 친구톡이나 (광고) 문자로). */
const ADVERTISING = /할인|이벤트|쿠폰|특가|프로모션|사은품|적립금\s*증정|무료\s*증정|광고|\b(?:sale|coupon|promo(?:tion)?|discount)s?\b/i;

export function exportAlimtalk(replies: readonly DeskReply[], write: PlaceholderWriter): ExportResult {
  const problems: ExportProblem[] = [];
  const files = replies.map((reply) => {
    const template = alimtalkTemplate(reply, write);
    problems.push(...templateProblems(reply, template, write));
    const path = `${fileSafe(reply.source.playbook.id)}/${fileSafe(reply.scenario.id)}${reply.stepNumber === undefined ? '' : `.${String(reply.stepNumber).padStart(2, '0')}`}.json`;
    return { path, content: jsonFile(template) };
  });
  return {
    target: 'alimtalk',
    files,
    items: replies.map((reply, index) => ({ key: reply.key, file: files[index]!.path, content: files[index]!.content })),
    problems,
  };
}

export function alimtalkTemplate(reply: DeskReply, write: PlaceholderWriter): AlimtalkTemplate {
  const { playbook } = reply.source;
  const name = [playbook.title, reply.scenario.title, ...(reply.stepName === undefined ? [] : [reply.stepName])].join(' - ');
  return {
    templateCode: templateCode(reply.key),
    templateName: [...name].slice(0, 150).join(''),
    content: reply.steps.map((step) => targetText(step.say, playbook, write).trim()).join('\n\n'),
    messageType: 'BA',
    emphasizeType: 'NONE',
    // What the customer may answer is a button: a bot keyword (BK) sends its name back, as the reply's text.
    buttons: reply.steps.flatMap((step) => step.replies ?? []).map((answer, index) => ({ order: index + 1, type: 'BK', name: answer.customer.trim() })),
  };
}

/** Template codes are short (at most 20 characters here): the scenario id, or its start and a hash of the key. */
export function templateCode(key: string): string {
  const [, scenario = key, , step] = key.split('/');
  const readable = (step === undefined ? scenario : `${scenario}-${step}`).replace(/[^A-Za-z0-9_-]/g, '_');
  if (readable.length <= 20) return readable;
  return `${readable.slice(0, 11)}_${createHash('sha256').update(key).digest('hex').slice(0, 8)}`;
}

/** The length a customer receives: each variable as the placeholder's example when it has one, else as written. */
export function filledLength(reply: DeskReply, write: PlaceholderWriter): number {
  const { playbook } = reply.source;
  const asSent = (name: string) => placeholderExample(playbook, name) ?? write(name);
  return [...reply.steps.map((step) => targetText(step.say, playbook, asSent).trim()).join('\n\n')].length;
}

function templateProblems(reply: DeskReply, template: AlimtalkTemplate, write: PlaceholderWriter): ExportProblem[] {
  const problems: ExportProblem[] = [];
  const at = { filePath: reply.source.filePath, key: reply.key };
  const length = filledLength(reply, write);
  if (length > ALIMTALK_MAX_CHARS) {
    problems.push({ ...at, message: fill(MESSAGES.tooLong, { key: reply.key, length, max: ALIMTALK_MAX_CHARS }) });
  }
  const advertising = ADVERTISING.exec(template.content);
  if (advertising) problems.push({ ...at, message: fill(MESSAGES.advertising, { key: reply.key, word: advertising[0] }) });
  for (const button of template.buttons.filter((one) => [...one.name].length > ALIMTALK_MAX_BUTTON_NAME)) {
    problems.push({ ...at, message: fill(MESSAGES.buttonName, { key: reply.key, name: button.name, max: ALIMTALK_MAX_BUTTON_NAME }) });
  }
  if (template.buttons.length > ALIMTALK_MAX_BUTTONS) {
    problems.push({ ...at, message: fill(MESSAGES.buttons, { key: reply.key, count: template.buttons.length, max: ALIMTALK_MAX_BUTTONS }) });
  }
  return problems;
}

const MESSAGES = {
  tooLong: {
    en: '알림톡 template {{key}}: {{length}} characters once variables are filled, over the {{max}} Kakao allows.',
    ko: '알림톡 템플릿 {{key}}: 변수를 채우면 {{length}}자로, 카카오가 허용하는 {{max}}자를 넘습니다.',
  },
  advertising: {
    en: '알림톡 template {{key}}: "{{word}}" advertises, and 알림톡 carries information only; send offers as a (광고) message.',
    ko: '알림톡 템플릿 {{key}}: "{{word}}"은(는) 광고성 표현입니다. 알림톡은 정보성 메시지만 보낼 수 있으니, 혜택 안내는 (광고) 메시지로 보내세요.',
  },
  buttonName: {
    en: '알림톡 template {{key}}: the button "{{name}}" (a customer\'s reply) is longer than the {{max}} characters Kakao allows.',
    ko: '알림톡 템플릿 {{key}}: 버튼 "{{name}}"(고객 답변)이 카카오가 허용하는 {{max}}자보다 깁니다.',
  },
  buttons: {
    en: '알림톡 template {{key}}: {{count}} buttons, over the {{max}} Kakao allows.',
    ko: '알림톡 템플릿 {{key}}: 버튼이 {{count}}개로, 카카오가 허용하는 {{max}}개를 넘습니다.',
  },
};
