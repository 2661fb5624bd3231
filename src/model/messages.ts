/**
 * Messages of the findings made outside rules — a file that cannot be read as text, YAML syntax, the JSON
 * Schema, and the engine's own (no document, unused disable comment, a rule that failed) — as `{ en, ko }`
 * templates with {{named}} placeholders, like the rules' own `messages`.
 */
import type { DataPath, Finding } from '../core/findings.js';
import { fill, type MessageData, type Text } from '../core/messages.js';
import type { Lang, Message } from '../core/language.js';

/** A place where a document breaks its schema, before it has a line and column. */
export interface SchemaProblem {
  path: DataPath;
  target: 'key' | 'value';
  /** In every language: the config turns it into a UsageError, documents into findings. */
  message: Text;
}

const START_WITH_KIND: Message = {
  en: 'start it with `kind: playbook` or `kind: manual`.',
  ko: '`kind: playbook` 또는 `kind: manual`로 시작하세요.',
};

export const findingMessages = {
  // Reading the file (src/files.ts)
  tooLarge: {
    en: 'The file is {{size}}, over the limit of {{limit}} (maxFileBytes in servicebook.yaml).',
    ko: '파일 크기({{size}})가 한도({{limit}})를 넘습니다. 한도는 servicebook.yaml의 maxFileBytes로 정합니다.',
  },
  binary: { en: 'The file is binary (it holds NUL bytes), not YAML text.', ko: 'YAML 텍스트가 아니라 바이너리 파일입니다(NUL 바이트가 들어 있습니다).' },
  utf16: {
    en: 'The file is saved as UTF-16 (Windows "Unicode"): save it as UTF-8.',
    ko: '파일이 UTF-16(Windows의 "유니코드")으로 저장되어 있습니다. UTF-8로 저장해 주세요.',
  },
  notUtf8: {
    en: 'The file is not UTF-8 text (Latin-1 or EUC-KR?): save it as UTF-8.',
    ko: 'UTF-8 텍스트가 아닙니다(Latin-1이나 EUC-KR로 저장한 파일인가요?). UTF-8로 저장해 주세요.',
  },
  // Channels (src/model/channels.ts): the schema cannot know the channels a project declares.
  unknownChannel: {
    en: '`{{channel}}` is not a channel: use {{known}}, or declare it under `channels` in servicebook.yaml.',
    ko: '`{{channel}}`은(는) 채널이 아닙니다. {{known}} 중 하나를 쓰거나 servicebook.yaml의 `channels`에 선언하세요.',
  },
  // Purposes (src/model/purposes.ts): the schema cannot know the purposes a project declares.
  unknownPurpose: {
    en: 'Scenario "{{scenario}}" has the purpose `{{purpose}}`, which is neither built in nor declared in servicebook.yaml (known: {{known}}){{hint}} Use one of them, or declare it under `purposes` with the step kinds it requires.',
    ko: '시나리오 "{{scenario}}"의 purpose `{{purpose}}`은(는) 기본 목적도 아니고 servicebook.yaml에 선언된 목적도 아닙니다(사용 가능: {{known}}).{{hint}} 이 중 하나를 쓰거나, `purposes`에 필요한 단계 종류와 함께 선언하세요.',
  },
  subjectNotEmail: {
    en: '`subject` is for email scripts only; the {{channel}} script has no subject line.',
    ko: '`subject`는 이메일 스크립트에만 씁니다. {{channel}} 스크립트에는 제목이 없습니다.',
  },
  // YAML (src/model/load.ts): yaml's own texts stay in English, introduced in Korean.
  yamlError: { en: '{{message}}', ko: 'YAML 문법 오류: {{message}}' },
  duplicateKey: { en: 'The key {{key}} appears twice in this mapping: keep one.', ko: '이 매핑에 같은 키가 두 번 있습니다: {{key}}. 하나만 남기세요.' },
  tooDeep: {
    en: 'The YAML nests too deeply to read (thousands of levels): flatten it.',
    ko: 'YAML이 너무 깊게 중첩되어(수천 단계) 읽을 수 없습니다. 구조를 얕게 바꿔 주세요.',
  },
  aliasBomb: {
    en: 'Too many alias expansions (a YAML "billion laughs" document?); servicebook expands at most 100.',
    ko: '별칭(alias) 확장이 너무 많습니다(YAML "billion laughs" 문서인가요?). servicebook은 별칭을 최대 100번까지만 펼칩니다.',
  },
  // The document's kind (src/model/schema.ts)
  emptyDocument: { en: `The document is empty: ${START_WITH_KIND.en}`, ko: `문서가 비어 있습니다. ${START_WITH_KIND.ko}` },
  notMapping: {
    en: `The document is {{what}}, not a mapping: ${START_WITH_KIND.en}`,
    ko: `문서가 매핑(키: 값)이 아니라 {{what}}입니다. ${START_WITH_KIND.ko}`,
  },
  aList: { en: 'a list', ko: '목록' },
  aSingleValue: { en: 'a single value ({{value}})', ko: '단일 값({{value}})' },
  noKind: {
    en: 'The document has no `kind`: add `kind: playbook` or `kind: manual`.',
    ko: '문서에 `kind`가 없습니다. `kind: playbook` 또는 `kind: manual`을 추가하세요.',
  },
  unknownKind: {
    en: '`{{kind}}` is not a document kind: use `playbook` or `manual`{{hint}}',
    ko: '`{{kind}}`은(는) 문서 종류가 아닙니다. `playbook` 또는 `manual`을 쓰세요.{{hint}}',
  },
  // JSON Schema errors (src/model/schema.ts); {{Place}} is {{place}} capitalized
  didYouMean: { en: '; did you mean `{{suggestion}}`?', ko: ' 혹시 `{{suggestion}}` 아닌가요?' },
  fullStop: { en: '.', ko: '' },
  useOneOf: { en: '; use one of: {{allowed}}.', ko: ' 다음 중 하나를 쓰세요: {{allowed}}.' },
  required: { en: '{{Place}} has no `{{field}}`: add it.', ko: '{{place}}에 `{{field}}` 항목이 없습니다. 추가해 주세요.' },
  notAField: { en: '`{{name}}` is not a field of {{place}}{{hint}}', ko: '`{{name}}`은(는) {{place}}의 항목이 아닙니다.{{hint}}' },
  notAStepKind: { en: '`{{given}}` is not a step kind ({{place}}){{hint}}', ko: '`{{given}}`은(는) 단계 종류가 아닙니다({{place}}).{{hint}}' },
  notAValidValue: {
    en: '`{{given}}` is not a valid value for `{{key}}` ({{place}}){{hint}}',
    ko: '`{{given}}`은(는) `{{key}}`에 쓸 수 있는 값이 아닙니다({{place}}).{{hint}}',
  },
  unsupportedFormat: {
    en: 'Format {{given}} is not supported: this servicebook reads `format: 1`.',
    ko: 'format {{given}}은(는) 지원하지 않습니다. 이 servicebook은 `format: 1`만 읽습니다.',
  },
  mustBe: { en: '{{Place}} must be `{{value}}`.', ko: '{{place}}에는 `{{value}}`만 쓸 수 있습니다.' },
  wrongType: { en: '{{Place}} must be {{expected}}, not {{actual}}.', ko: '{{place}}의 값은 {{expected}} 형식이어야 합니다. 지금은 {{actual}}입니다.' },
  notADuration: {
    en: '{{given}} is not a duration ({{place}}): use ISO 8601 such as P1D or PT4H, or 30m / 4h / 2d.',
    ko: '{{given}}은(는) 기간 형식이 아닙니다({{place}}). P1D, PT4H 같은 ISO 8601 형식이나 30m / 4h / 2d로 쓰세요.',
  },
  notALocale: {
    en: '{{given}} is not a BCP 47 locale ({{place}}): use a tag such as ko-KR or en-US.',
    ko: '{{given}}은(는) BCP 47 로캘이 아닙니다({{place}}). ko-KR, en-US 같은 태그를 쓰세요.',
  },
  notAStepId: {
    en: '{{given}} is not a step id ({{place}}): use a kebab-case step id or `end`.',
    ko: '{{given}}은(는) 단계 id 형식이 아닙니다({{place}}). 케밥 케이스(kebab-case) 단계 id나 `end`를 쓰세요.',
  },
  notAnId: {
    en: '{{given}} is not a valid id ({{place}}): use kebab-case (lowercase letters, digits and hyphens), e.g. `{{example}}`.',
    ko: '{{given}}은(는) 올바른 id가 아닙니다({{place}}). 영문 소문자, 숫자, 하이픈으로 된 케밥 케이스(kebab-case)로 쓰세요. 예: `{{example}}`',
  },
  badKey: { en: '{{Place}} has a key that is not a valid name.', ko: '{{place}}에 이름으로 쓸 수 없는 키가 있습니다.' },
  badIdentifierKey: {
    en: '`{{name}}` cannot be a name in {{place}}: use letters, digits and underscores, not starting with a digit (e.g. `customer_name`), so that it can be written as {{example}}.',
    ko: '`{{name}}`은(는) {{place}}의 이름으로 쓸 수 없습니다. 영문자, 숫자, 밑줄(_)로 쓰고 숫자로 시작하지 마세요(예: `customer_name`). 그래야 {{example}}처럼 쓸 수 있습니다.',
  },
  badKebabKey: {
    en: '`{{name}}` cannot be a key of {{place}}: use kebab-case (lowercase letters, digits and hyphens), e.g. `{{example}}`.',
    ko: '`{{name}}`은(는) {{place}}의 키로 쓸 수 없습니다. 영문 소문자, 숫자, 하이픈으로 된 케밥 케이스로 쓰세요. 예: `{{example}}`',
  },
  tooFewItems: { en: '{{Place}} must list at least {{limit}} {{items}}.', ko: '{{place}}에는 항목이 {{limit}}개 이상 있어야 합니다.' },
  tooFewEntries: { en: '{{Place}} must have at least {{limit}} {{entries}}.', ko: '{{place}}에는 항목이 {{limit}}개 이상 있어야 합니다.' },
  emptyText: { en: '{{Place}} must not be empty.', ko: '{{place}}의 값이 비어 있습니다. 내용을 채워 주세요.' },
  sameValueTwice: {
    en: '{{Place}} lists the same value twice (items {{first}} and {{second}}).',
    ko: '{{place}}에 같은 값이 두 번 있습니다({{first}}번째와 {{second}}번째 항목).',
  },
  invalid: { en: '{{Place}} {{detail}}.', ko: '{{place}}의 값이 스키마에 맞지 않습니다({{detail}}).' },
  // The engine (src/lint.ts)
  noDocument: { en: `The file holds no document: ${START_WITH_KIND.en}`, ko: `파일에 문서가 없습니다. ${START_WITH_KIND.ko}` },
  unusedDirective: {
    en: 'Unused servicebook-disable directive (no problem from {{rules}} was reported).',
    ko: '쓰이지 않은 servicebook-disable 주석입니다({{rules}} 규칙이 보고한 문제가 없습니다).',
  },
  unusedDirectiveNoRule: {
    en: 'Unused servicebook-disable directive (it names no rule).',
    ko: '쓰이지 않은 servicebook-disable 주석입니다(규칙 이름이 없습니다).',
  },
  unusedSuppression: {
    en: '{{file}} records {{recorded}} finding(s) of {{rule}} in this file, and {{found}} occur now: run `servicebook lint --prune-suppressions`.',
    ko: '{{file}}에는 이 파일의 {{rule}} 문제가 {{recorded}}개로 기록되어 있는데 지금은 {{found}}개입니다. `servicebook lint --prune-suppressions`를 실행하세요.',
  },
  ruleFailed: {
    en: 'Rule {{rule}} failed: {{error}}. Please report this to the servicebook maintainers.',
    ko: '{{rule}} 규칙을 실행하다 실패했습니다: {{error}}. servicebook 관리자에게 알려 주세요.',
  },
} satisfies Record<string, Message>;

export type FindingMessageId = keyof typeof findingMessages;

/** A finding message in every language. */
export function findingText(id: FindingMessageId, data?: MessageData): Text {
  return fill(findingMessages[id], data);
}

/** A finding message in one language. */
export function findingMessage(lang: Lang, id: FindingMessageId, data?: MessageData): string {
  return findingText(id, data)[lang];
}

/**
 * Findings made before the language is known (files.ts reads files for every command and the API) carry
 * their messageId and data; the engine words them in the run's language.
 */
export function inLang(finding: Finding, lang: Lang): Finding {
  const id = finding.messageId;
  if (lang === 'en' || id === undefined || !Object.hasOwn(findingMessages, id)) return finding;
  return { ...finding, message: findingMessage(lang, id as FindingMessageId, finding.data) };
}
