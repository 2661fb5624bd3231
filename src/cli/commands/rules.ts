/** `servicebook rules`: every rule with its default severity and description, in the chosen language. */
import stringWidth from 'string-width';
import { rules } from '../../rules/index.js';
import type { Rule } from '../../rules/types.js';
import type { Lang } from '../../core/language.js';

/**
 * Korean one-liners of the rules, kept here so that rules stay `{ id, description, … }` with the English
 * description that SARIF and the docs use. A rule missing here is listed with its English description
 * (test/lang.test.ts checks that every rule has one).
 */
export const KOREAN_DESCRIPTIONS: Readonly<Record<string, string>> = {
  'yaml-syntax': 'YAML 문법에 맞지 않는 파일이거나, 한 매핑에 같은 키가 두 번 나옵니다.',
  schema: '문서가 JSON 스키마(schemas/playbook.schema.json, schemas/manual.schema.json)에 맞지 않습니다.',
  'duplicate-id': '두 플레이북, 한 플레이북의 두 시나리오, 또는 한 스크립트의 두 단계가 같은 id를 씁니다.',
  'channel-coverage': '플레이북이나 설정이 요구하는 채널의 스크립트가 시나리오에 없습니다.',
  'required-steps': '스크립트의 어떤 경로가 필수 단계 종류(시나리오 목적의 종류, 없으면 required."*", 그리고 채널의 종류)를 거치지 않습니다. 메시지에 그 경로가 나옵니다.',
  'broken-goto': '`goto`가 스크립트에 없는 단계를 가리킵니다.',
  'unreachable-step': '첫 단계에서 어떤 경로로도 닿지 않는 단계가 있습니다.',
  'unknown-placeholder': '플레이북에 선언하지 않은 {{name}}이나 {{facts.name}}을 문구에 썼습니다.',
  'empty-step': '`say`가 비어 있거나 TODO, TBD, FIXME, ???, 미정 같은 표시뿐입니다.',
  'fact-drift': '한 시나리오 안에서 두 채널의 스크립트가 같은 단위의 수치(일, 시간, 원, %, 전화번호…)를 안내하는데 겹치는 값이 하나도 없습니다.',
  'risky-promise': '`say`가 반드시, 무조건, 100%, 절대, 즉시, guarantee, always, never, immediately 같은 말로 절대적인 약속을 합니다.',
  'no-personalization': '스크립트가 선언된 플레이스홀더를 하나도 쓰지 않습니다({{facts.…}}는 세지 않습니다). 공개 채널에서는 보고하지 않습니다.',
  'follow-up-due': '`follow-up` 단계에 `due`가 없습니다.',
  'step-order': '두 종류를 모두 거치는 어떤 경로에서 설명보다 후속 안내가 먼저 나오거나, (공감이 필수인 시나리오에서) 공감보다 설명이 먼저 나옵니다.',
  politeness: '한국어 `say` 문장이 고객에게 쓰지 않는 반말이나 해라체(확인해 줄게, 기다려, 됐니?, 처리한다.)로 끝납니다.',
  'channel-limit': '채널 한도를 넘었습니다. `limits.sms.maxBytes`(기본 EUC-KR 90바이트)를 넘는 SMS 메시지, `limits.kakao.maxChars`(기본 1,000자)를 넘는 카카오톡 메시지, `subject`가 없는 이메일 스크립트가 그렇습니다. facts는 값을 채우고 플레이스홀더는 `example`로 셉니다.',
  'unknown-playbook': '매뉴얼의 장이 어떤 플레이북과도 맞지 않는 플레이북 id(또는 패턴)를 가리킵니다.',
  'public-privacy': '공개 채널(`publicChannels`)의 스크립트가 `personal: true`인 플레이스홀더나, {{facts.…}}가 아닌 전화번호, 이메일 주소, 10자리 이상 숫자(카드·계좌·주문 번호)를 씁니다.',
  'unfilled-blank': '`say`나 `subject`에 플레이스홀더 대신 채우지 않은 빈칸이 남아 있습니다(○○○님, OOO-OOOO, XXX원, ____, [이름], <name>, #{이름}, {name}, %NAME%).',
  'josa-after-placeholder': '받침에 따라 형태가 바뀌는 조사(은/는, 이/가, 을/를 …)가 값을 모르는 플레이스홀더 뒤에 한 형태로만 쓰였거나, facts 값 뒤에 맞지 않는 형태로 쓰였습니다.',
  'honorific-object': '사물 존대: 사람이 아닌 사물·가격·규정에 높임 -시-를 썼습니다(주문하신 커피 나오셨습니다, 품절이세요, 3만 원이세요, 할인이 안 되세요).',
  'blunt-refusal': '거절(안 됩니다, 불가합니다, 할 수 없습니다 …)에 같은 단계의 완충 표현도, 같은 단계나 모든 다음 단계의 대안도 없습니다.',
  'vague-time': '`follow-up` 단계가 고객이 기다릴 수 있는 시점을 말하지 않거나 막연하게만 말합니다(곧, 조만간, 확인 후, shortly).',
  spelling: '고객이 읽는 글에 흔한 맞춤법 오류가 있습니다(되요→돼요, 됬→됐, 할께요→할게요, 몇일→며칠 …). 메시지가 바른 말을 알려 줍니다.',
  'sms-advertising': '`sms`나 `kakao` 메시지가 (광고)로 시작하지 않거나 무료 수신거부(무료수신거부와 번호) 없이 광고합니다. `notice` 시나리오의 `kakao` 스크립트(알림톡)는 광고할 수 없습니다.',
};

export function describeRule(rule: Pick<Rule, 'id' | 'description'>, lang: Lang): string {
  return lang === 'ko' ? (KOREAN_DESCRIPTIONS[rule.id] ?? rule.description) : rule.description;
}

export function listRules(options: { json?: boolean; lang?: Lang }): string {
  const lang = options.lang ?? 'en';
  if (options.json) {
    return `${JSON.stringify(rules.map((rule) => ({ id: rule.id, severity: rule.severity, description: describeRule(rule, lang) })), null, 2)}\n`;
  }
  const idWidth = Math.max(...rules.map((rule) => stringWidth(rule.id)));
  return rules.map((rule) => `${rule.id.padEnd(idWidth)}  ${rule.severity.padEnd(5)}  ${describeRule(rule, lang)}`).join('\n') + '\n';
}
