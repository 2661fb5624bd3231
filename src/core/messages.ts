/**
 * What the CLI says to the user outside findings and --help — usage errors, warnings on stderr, `init`'s
 * lines — as `{ en, ko }` templates with {{named}} placeholders. A UsageError carries both languages
 * (`usage(id, data)`), so code that throws needs no language; main() prints the one the user chose.
 */
import type { Lang, Message } from './language.js';

/** A text already filled in, in every language. */
export type Text = Readonly<Record<Lang, string>>;

/** A value for a placeholder: plain, or itself a text in every language (a nested message). */
export type MessageData = Readonly<Record<string, string | number | Text>>;

/** Fills {{name}} placeholders; unknown names are left as written, so `{{facts.x}}` in a template survives. */
export function interpolate(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (Object.hasOwn(data, name) ? String(data[name]) : whole));
}

/** A template filled in for every language; nested texts are taken in the same language. */
export function fill(template: Message, data: MessageData = {}): Text {
  const inLang = (lang: Lang) =>
    interpolate(template[lang], Object.fromEntries(Object.entries(data).map(([name, value]) => [name, typeof value === 'object' ? value[lang] : value])));
  return { en: inLang('en'), ko: inLang('ko') };
}

const INSTALL_CHROMIUM: Message = {
  en: 'Install it with `apt-get install chromium fonts-noto-cjk fonts-nanum` (Debian/Ubuntu), or name one with --chromium PATH or SERVICEBOOK_CHROMIUM. `--format html` works without Chromium, and prints the same from a browser.',
  ko: '`apt-get install chromium fonts-noto-cjk fonts-nanum`(Debian/Ubuntu)으로 설치하거나, --chromium PATH 또는 SERVICEBOOK_CHROMIUM으로 위치를 알려 주세요. `--format html`은 Chromium 없이도 되고, 브라우저에서 인쇄하면 같은 결과가 나옵니다.',
};

const withInstallHint = (message: Message): Message => ({ en: `${message.en} ${INSTALL_CHROMIUM.en}`, ko: `${message.ko} ${INSTALL_CHROMIUM.ko}` });

/** The advice that ends `noIncludeMatch`; `walk` gives its own instead. */
export const LINT_ADVICE: Text = { en: '; name files or folders to lint.', ko: '. 검사할 파일이나 폴더를 지정하세요.' };

export const usageMessages = {
  // main()
  bug: {
    en: 'this is a bug in servicebook; run again with --debug for details and report it.',
    ko: 'servicebook의 버그입니다. --debug를 붙여 다시 실행하면 자세한 내용이 나오니, 그 내용을 함께 알려 주세요.',
  },
  // Files and folders
  noIncludeMatch: {
    en: `No files match the config's include ({{include}})${LINT_ADVICE.en}`,
    ko: `설정의 include({{include}})에 맞는 파일이 없습니다${LINT_ADVICE.ko}`,
  },
  noYamlInFolder: { en: 'No YAML files in folder {{folder}}', ko: '{{folder}} 폴더에 YAML 파일이 없습니다.' },
  noGlobMatch: { en: 'No files match {{pattern}}', ko: '{{pattern}}에 맞는 파일이 없습니다.' },
  noSuchPath: { en: 'No such file or folder: {{path}}', ko: '파일이나 폴더가 없습니다: {{path}}' },
  cannotRead: { en: 'Cannot read {{file}}: {{reason}}', ko: '{{file}} 파일을 읽을 수 없습니다: {{reason}}' },
  // Config
  cannotReadConfig: { en: 'Cannot read config {{file}}: {{reason}}', ko: '설정 파일 {{file}}을(를) 읽을 수 없습니다: {{reason}}' },
  configAt: { en: '{{file}}:{{line}}:{{column}}: {{problem}}', ko: '{{file}}:{{line}}:{{column}}: {{problem}}' },
  configNotMapping: {
    en: '{{file}}:1:1: the config must be a mapping of settings.',
    ko: '{{file}}:1:1: 설정 파일은 설정 항목의 매핑(키: 값)이어야 합니다.',
  },
  // lint, validate
  unknownFormat: { en: 'Unknown format "{{format}}": use one of {{formats}}.', ko: '알 수 없는 형식 "{{format}}"입니다. 다음 중 하나를 쓰세요: {{formats}}.' },
  maxWarnings: { en: '--max-warnings takes a whole number, not "{{value}}".', ko: '--max-warnings에는 0 이상의 정수를 주세요. "{{value}}"은(는) 쓸 수 없습니다.' },
  jobs: { en: '--jobs takes a whole number of threads, 1 or more, not "{{value}}".', ko: '--jobs에는 1 이상의 스레드 수(정수)를 주세요. "{{value}}"은(는) 쓸 수 없습니다.' },
  ruleOverride: { en: '--rule takes ID=off|warn|error, not "{{value}}".', ko: '--rule은 ID=off|warn|error 형식으로 주세요. "{{value}}"은(는) 쓸 수 없습니다.' },
  unknownRule: {
    en: 'Unknown rule "{{id}}" in --rule: run `servicebook rules` to list them.',
    ko: '--rule에 쓴 "{{id}}"은(는) 없는 규칙입니다. `servicebook rules`로 규칙 목록을 확인하세요.',
  },
  unknownSeverity: { en: 'Unknown severity "{{setting}}" in --rule.', ko: '--rule에 쓴 심각도 "{{setting}}"은(는) 알 수 없는 값입니다.' },
  // lint, validate: the baseline, --report, --changed-since
  cannotReadSuppressions: { en: 'Cannot read the suppressions file {{file}}: {{reason}}', ko: '억제 파일 {{file}}을(를) 읽을 수 없습니다: {{reason}}' },
  suppressionsAt: { en: '{{file}}:{{line}}:{{column}}: {{problem}}', ko: '{{file}}:{{line}}:{{column}}: {{problem}}' },
  suppressionsNotJson: {
    en: 'the suppressions file is not valid JSON ({{reason}}): restore it from git, or delete it and run `servicebook lint --suppress-all`.',
    ko: '억제 파일이 올바른 JSON이 아닙니다({{reason}}). git에서 되살리거나, 지우고 `servicebook lint --suppress-all`을 다시 실행하세요.',
  },
  suppressionsNotObject: {
    en: 'the suppressions file must be a JSON object of files, each an object of rule ids: { "file": { "rule-id": { "count": 1 } } }.',
    ko: '억제 파일은 파일별로 규칙 id를 담은 JSON 객체여야 합니다: { "file": { "rule-id": { "count": 1 } } }',
  },
  suppressionsFileEntry: {
    en: 'the entry of "{{key}}" must be an object of rule ids, each { "count": N }.',
    ko: '"{{key}}" 항목은 규칙 id마다 { "count": N }을 담은 객체여야 합니다.',
  },
  suppressionsUnknownRule: { en: 'unknown rule "{{rule}}" in the suppressions file.{{hint}}', ko: '억제 파일에 쓴 "{{rule}}"은(는) 없는 규칙입니다.{{hint}}' },
  suppressionsCount: {
    en: 'the entry of {{rule}} must be { "count": N }, N a whole number of 1 or more.',
    ko: '{{rule}} 항목은 { "count": N } 형식이어야 하고, N은 1 이상의 정수여야 합니다.',
  },
  unknownSuppressRule: {
    en: 'Unknown rule "{{id}}" in --suppress-rule.{{hint}} Run `servicebook rules` to list them.',
    ko: '--suppress-rule에 쓴 "{{id}}"은(는) 없는 규칙입니다.{{hint}} `servicebook rules`로 규칙 목록을 확인하세요.',
  },
  suppressNeedsLint: {
    en: '{{option}} is for `servicebook lint`: validate checks syntax and schema only.',
    ko: '{{option}}은(는) `servicebook lint`에서만 씁니다. validate는 문법과 스키마만 검사합니다.',
  },
  reportFormat: {
    en: '--report takes FORMAT=FILE (e.g. --report sarif=servicebook.sarif), not "{{value}}".',
    ko: '--report는 FORMAT=FILE 형식으로 주세요(예: --report sarif=servicebook.sarif). "{{value}}"은(는) 쓸 수 없습니다.',
  },
  reportUnknownFormat: {
    en: 'Unknown format "{{format}}" in --report {{value}}: use one of {{formats}}.',
    ko: '--report {{value}}의 "{{format}}"은(는) 알 수 없는 형식입니다. 다음 중 하나를 쓰세요: {{formats}}.',
  },
  reportTwice: { en: '{{file}} is named twice as a report: give each report a file of its own.', ko: '{{file}}이(가) 보고서 파일로 두 번 지정되었습니다. 보고서마다 다른 파일을 쓰세요.' },
  cannotWrite: { en: 'Cannot write {{file}}: {{reason}}', ko: '{{file}}에 쓸 수 없습니다: {{reason}}' },
  notInGit: {
    en: '--changed-since needs a git repository, and {{dir}} is in none.',
    ko: '--changed-since는 git 저장소 안에서만 쓸 수 있는데, {{dir}}은(는) git 저장소가 아닙니다.',
  },
  noGit: { en: '--changed-since runs git, and git was not found on PATH.', ko: '--changed-since는 git을 실행하는데, PATH에서 git을 찾지 못했습니다.' },
  unknownRef: {
    en: '--changed-since: git knows no commit "{{ref}}" (a branch, tag or commit such as origin/main or HEAD~1).',
    ko: '--changed-since: git에 "{{ref}}"라는 커밋이 없습니다(origin/main, HEAD~1 같은 브랜치, 태그, 커밋을 쓰세요).',
  },
  gitFailed: { en: '--changed-since: git diff failed: {{reason}}', ko: '--changed-since: git diff가 실패했습니다: {{reason}}' },
  // init
  unknownLocale: { en: 'Unknown --locale "{{value}}": use ko or en.', ko: '--locale "{{value}}"은(는) 알 수 없는 언어입니다. ko 또는 en을 쓰세요.' },
  unknownChannels: {
    en: 'Unknown channel {{channels}} in --channels: use {{known}}.',
    ko: '--channels에 알 수 없는 채널이 있습니다: {{channels}}. 다음 채널을 쓸 수 있습니다: {{known}}.',
  },
  noChannels: { en: 'Unknown channel (none) in --channels: use {{known}}.', ko: '--channels에 채널이 하나도 없습니다. 다음 채널을 쓸 수 있습니다: {{known}}.' },
  // render
  unknownRenderFormat: { en: 'Unknown format "{{format}}": use html, md or pdf.', ko: '알 수 없는 형식 "{{format}}"입니다. html, md, pdf 중 하나를 쓰세요.' },
  needOut: { en: 'Name the file to write with --out FILE.', ko: '만들 파일을 --out FILE로 지정하세요.' },
  noFolderFor: { en: 'Cannot write {{file}}: there is no folder {{folder}}.', ko: '{{file}} 파일을 쓸 수 없습니다. {{folder}} 폴더가 없습니다.' },
  outIsFolder: { en: 'Cannot write {{file}}: it is a folder.', ko: '{{file}}에 쓸 수 없습니다. 파일이 아니라 폴더입니다.' },
  noValidManual: {
    en: '{{file}} holds no valid manual (a document with `kind: manual`).',
    ko: '{{file}}에 올바른 매뉴얼(`kind: manual`인 문서)이 없습니다.',
  },
  manyManuals: {
    en: 'The inputs hold {{count}} manuals ({{files}}): choose one with --manual FILE.',
    ko: '입력에 매뉴얼이 {{count}}개 있습니다({{files}}). --manual FILE로 하나를 고르세요.',
  },
  noChromiumAt: withInstallHint({ en: 'No Chromium at {{path}} (from {{source}}).', ko: '{{path}}에 Chromium이 없습니다({{source}}에서 지정).' }),
  noChromium: withInstallHint({ en: 'A PDF needs Chromium, and none was found on PATH.', ko: 'PDF를 만들려면 Chromium이 필요한데, PATH에서 찾지 못했습니다.' }),
  chromiumFailed: withInstallHint({ en: 'Chromium at {{path}} did not start: {{reason}}.', ko: '{{path}}의 Chromium이 시작되지 않았습니다: {{reason}}.' }),
  // walk
  varFormat: {
    en: '--var takes name=value (e.g. --var customer_name=김민수), not "{{value}}".',
    ko: '--var는 이름=값 형식으로 주세요(예: --var customer_name=김민수). "{{value}}"은(는) 쓸 수 없습니다.',
  },
  seedFormat: { en: '--seed takes a whole number, not "{{value}}".', ko: '--seed에는 0 이상의 정수를 주세요. "{{value}}"은(는) 쓸 수 없습니다.' },
  noFolderForTranscript: {
    en: 'Cannot write the transcript {{file}}: there is no folder {{folder}}.',
    ko: '기록 파일 {{file}}을(를) 쓸 수 없습니다. {{folder}} 폴더가 없습니다.',
  },
  transcriptIsFolder: { en: 'Cannot write the transcript {{file}}: it is a folder.', ko: '기록 파일 {{file}}에 쓸 수 없습니다. 파일이 아니라 폴더입니다.' },
  cannotReadAnswers: { en: 'Cannot read the answers file {{file}}: {{reason}}', ko: '답변 파일 {{file}}을(를) 읽을 수 없습니다: {{reason}}' },
  walkNeedsFile: {
    en: '{{reason}}: name a playbook file to walk, e.g. `servicebook walk playbooks/refund.yaml`.',
    ko: '{{reason}}. 진행할 플레이북 파일을 지정하세요. 예: `servicebook walk playbooks/refund.yaml`',
  },
  noPlaybookToWalk: {
    en: 'No playbook without errors to walk: run `servicebook lint` to see why.',
    ko: '오류 없이 진행할 수 있는 플레이북이 없습니다. `servicebook lint`로 이유를 확인하세요.',
  },
  noPlaybookIn: {
    en: '{{file}} holds no playbook without errors: run `servicebook lint {{file}}` to see why.',
    ko: '{{file}}에 오류 없는 플레이북이 없습니다. `servicebook lint {{file}}`로 이유를 확인하세요.',
  },
  unknownPlaybook: {
    en: 'No playbook "{{id}}"{{hint}} Name a file, or one of: {{ids}}.',
    ko: '플레이북 "{{id}}"이(가) 없습니다.{{hint}} 파일을 지정하거나 다음 중 하나를 쓰세요: {{ids}}.',
  },
  didYouMeanPlaybook: { en: '; did you mean {{suggestion}}?', ko: ' 혹시 {{suggestion}} 아닌가요?' },
  noPlaybookSuggestion: { en: '.', ko: '' },
  unknownScenario: {
    en: 'No scenario "{{wanted}}" in playbook {{playbook}}.{{hint}} It has: {{known}}.',
    ko: '플레이북 {{playbook}}에 시나리오 "{{wanted}}"이(가) 없습니다.{{hint}} 있는 시나리오: {{known}}.',
  },
  unknownChannel: {
    en: 'No channel "{{wanted}}" in scenario {{scenario}} of {{playbook}}.{{hint}} It has: {{known}}.',
    ko: '{{playbook}}의 시나리오 {{scenario}}에 채널 "{{wanted}}"이(가) 없습니다.{{hint}} 있는 채널: {{known}}.',
  },
  didYouMean: { en: ' Did you mean {{suggestion}}?', ko: ' 혹시 {{suggestion}} 아닌가요?' },
  brokenGotoInWalk: {
    en: 'Step {{step}} of the {{channel}} script of {{scenario}} goes to "{{target}}", which is no step of it: run `servicebook lint` and fix it first.',
    ko: '{{scenario}}의 {{channel}} 스크립트에서 {{step}}번째 단계가 "{{target}}"(으)로 가는데, 그런 단계가 없습니다. `servicebook lint`로 확인해 먼저 고쳐 주세요.',
  },
  walkLoops: {
    en: 'The walk passed {{limit}} steps without an end: does the script loop without replies? Run `servicebook lint`.',
    ko: '{{limit}}단계를 지나도 대화가 끝나지 않았습니다. 스크립트가 고객 답변 없이 같은 자리를 돌고 있지 않나요? `servicebook lint`로 확인하세요.',
  },
  answersNotYaml: { en: '{{file}} is not valid YAML or JSON: {{reason}}', ko: '{{file}}은(는) 올바른 YAML이나 JSON이 아닙니다: {{reason}}' },
  answersNotList: {
    en: '{{file}} must hold a list of answers, one per question (e.g. `- chat`); see docs/walk.md.',
    ko: '{{file}}에는 질문마다 하나씩 답을 적은 목록이 있어야 합니다(예: `- chat`). docs/walk.md를 참고하세요.',
  },
  answerShape: {
    en: '{{file}}, answer {{number}}: an answer is a number, a text, or a mapping of placeholder values, not {{entry}}.',
    ko: '{{file}}의 {{number}}번째 답: 답은 번호, 텍스트, 또는 플레이스홀더 값의 매핑이어야 합니다. {{entry}}은(는) 쓸 수 없습니다.',
  },
  answersRanOut: {
    en: '{{file}} ran out of answers at "{{question}}" (after {{count}}): add one for it.',
    ko: '{{file}}의 답 {{count}}개를 다 써서 "{{question}}"에 줄 답이 없습니다. 이 질문의 답을 추가하세요.',
  },
  answerRefused: { en: '{{file}}, answer {{number}} ({{entry}}): {{why}}.', ko: '{{file}}의 {{number}}번째 답({{entry}}): {{why}}.' },
  answerNoStepBefore: { en: 'there is no step before the first one', ko: '첫 단계라서 돌아갈 단계가 없습니다' },
  answerMappingForChoice: {
    en: 'a mapping answers placeholders, not a choice among {{choices}}',
    ko: '매핑은 플레이스홀더 값을 줄 때 씁니다. 여기서는 다음 중에서 골라야 합니다: {{choices}}',
  },
  answerOutOfRange: { en: 'there are {{count}} choices: {{choices}}', ko: '보기는 {{count}}개입니다: {{choices}}' },
  answerAmbiguous: {
    en: 'it fits more than one of {{choices}}; give the number',
    ko: '다음 중 여러 개에 맞습니다: {{choices}}. 번호로 골라 주세요',
  },
  answerFitsNone: { en: 'it fits none of {{choices}}', ko: '다음 중 어느 것에도 맞지 않습니다: {{choices}}' },
  // walk: notes on stderr (not errors)
  seedIgnored: { en: '--seed is for --practice drills; ignored.', ko: '--seed는 --practice 연습에만 씁니다. 무시했습니다.' },
  answersUnused: { en: '{{count}} answer(s) in {{file}} were not needed.', ko: '{{file}}의 답 중 {{count}}개는 쓰이지 않았습니다.' },
  leftOut: {
    en: 'left out {{files}} (errors; run `servicebook lint`).',
    ko: '오류가 있어 뺀 파일: {{files}} (`servicebook lint`로 확인하세요).',
  },
  // render: notes on stderr
  renderRefused: {
    en: 'The handbook was not written: fix the errors above, or render anyway with --force.',
    ko: '핸드북을 만들지 않았습니다. 위 오류를 고치거나, --force로 그대로 만드세요.',
  },
  renderLeftOut: { en: 'Left out (in no chapter of the manual): {{ids}}', ko: '매뉴얼의 어느 장에도 없어 빠진 플레이북: {{ids}}' },
  renderPdfPass: { en: 'printing PDF, pass {{pass}}…', ko: 'PDF 인쇄 중 ({{pass}}회차)…' },
  // init output
  initCreated: { en: 'created  {{file}}', ko: '생성  {{file}}' },
  initKept: { en: 'kept     {{file}} (it exists)', ko: '유지  {{file}} (이미 있어 그대로 둡니다)' },
  initNext: { en: 'Next: npx servicebook lint', ko: '다음 단계: npx servicebook lint' },
  initNextIn: { en: 'Next: npx servicebook lint (in {{dir}})', ko: '다음 단계: {{dir}} 폴더에서 npx servicebook lint' },
  initNoTerminal: {
    en: 'No terminal to ask on: using --locale, --channels and the defaults (ko; phone, email, chat, sms). Pass --yes to silence this note.',
    ko: '질문할 터미널이 없어 --locale, --channels와 기본값(ko; phone, email, chat, sms)으로 만듭니다. 이 안내를 없애려면 --yes를 쓰세요.',
  },
  initAskLocale: { en: 'Language of the starter playbook / 예제 플레이북 언어', ko: '예제 플레이북 언어 / Language of the starter playbook' },
  initAskChannels: { en: 'Channels your team answers on', ko: '팀이 응대하는 채널' },
  // export, import
  unknownExportTarget: {
    en: 'Unknown target "{{target}}" for --to: use zendesk, chatwoot, alimtalk or csv.',
    ko: '--to에 쓴 "{{target}}"은(는) 알 수 없는 대상입니다. zendesk, chatwoot, alimtalk, csv 중 하나를 쓰세요.',
  },
  unknownImportSource: {
    en: 'Unknown source "{{source}}" for --from: use zendesk or chatwoot.',
    ko: '--from에 쓴 "{{source}}"은(는) 알 수 없는 출처입니다. zendesk 또는 chatwoot를 쓰세요.',
  },
  needOutFolder: { en: 'Name the folder to write with --out DIR.', ko: '결과를 쓸 폴더를 --out DIR로 지정하세요.' },
  outIsFile: { en: 'Cannot write to {{folder}}: it is a file, not a folder.', ko: '{{folder}}에 쓸 수 없습니다. 폴더가 아니라 파일입니다.' },
  exportNoMapping: {
    en: 'Cannot export to {{target}}: no mapping for {{list}}; add it under {{section}} in servicebook.yaml. Nothing was written.',
    ko: '{{target}}(으)로 내보낼 수 없습니다. 매핑이 없는 플레이스홀더: {{list}}. servicebook.yaml의 {{section}}에 추가하세요. 아무것도 쓰지 않았습니다.',
  },
  exportBadLock: { en: '{{file}}: cannot read the export lock: {{reason}}.', ko: '{{file}}: 내보내기 잠금 파일을 읽을 수 없습니다: {{reason}}.' },
  exportOtherTarget: {
    en: '{{file}} records an export to {{found}}, not {{target}}: export each target to a folder of its own.',
    ko: '{{file}}은(는) {{target}}이(가) 아니라 {{found}}(으)로 내보낸 기록입니다. 대상마다 다른 폴더로 내보내세요.',
  },
  exportRefused: {
    en: 'Nothing was exported: fix the errors above, or export anyway with --force.',
    ko: '아무것도 내보내지 않았습니다. 위 오류를 고치거나, --force로 그대로 내보내세요.',
  },
  exportWrote: {
    en: 'Wrote {{count}} file(s) for {{target}} to {{folder}}: {{new}} new, {{changed}} changed, {{gone}} gone.',
    ko: '{{folder}}에 {{target}}용 파일 {{count}}개를 썼습니다: 새 항목 {{new}}, 바뀐 항목 {{changed}}, 없어진 항목 {{gone}}.',
  },
  importNotJson: { en: '{{file}}:{{line}}:{{column}}: not JSON: {{reason}}', ko: '{{file}}:{{line}}:{{column}}: JSON이 아닙니다: {{reason}}' },
  importNotMacros: {
    en: '{{file}}: not Zendesk macros: expected {"macros": [...]} as the API lists them, or {"macro": {...}} as export writes it.',
    ko: '{{file}}: Zendesk 매크로가 아닙니다. API 목록 형식 {"macros": [...]} 또는 export가 쓰는 {"macro": {...}}이어야 합니다.',
  },
  importBadMacro: {
    en: '{{file}}: macro {{index}} is not a Zendesk macro: it needs a "title" and a list of "actions" with a "field" each.',
    ko: '{{file}}: {{index}}번째 매크로가 Zendesk 매크로 형식이 아닙니다. "title"과, 항목마다 "field"가 있는 "actions" 목록이 필요합니다.',
  },
  importNotCanned: {
    en: '{{file}}: not Chatwoot canned responses: expected a list of {"short_code", "content"}.',
    ko: '{{file}}: Chatwoot 상용구가 아닙니다. {"short_code", "content"}의 목록이어야 합니다.',
  },
  importBadCanned: {
    en: '{{file}}: canned response {{index}} needs a "short_code" and a "content", both text.',
    ko: '{{file}}: {{index}}번째 상용구에 텍스트로 된 "short_code"와 "content"가 필요합니다.',
  },
  importNothing: { en: '{{file}} holds no JSON file to import.', ko: '{{file}}에 가져올 JSON 파일이 없습니다.' },
  importExists: {
    en: 'Cannot write {{file}}: it exists. Choose another --out, or overwrite with --force. Nothing was written.',
    ko: '{{file}} 파일이 이미 있어 쓸 수 없습니다. 다른 --out을 고르거나 --force로 덮어쓰세요. 아무것도 쓰지 않았습니다.',
  },
  importWrote: {
    en: 'Wrote {{count}} draft playbook(s) to {{folder}}: run `servicebook lint {{folder}}` to see what to fix.',
    ko: '{{folder}}에 초안 플레이북 {{count}}개를 썼습니다. `servicebook lint {{folder}}`로 고칠 점을 확인하세요.',
  },
  exportPlanHead: {
    en: 'Export plan for {{target}} in {{folder}}: {{new}} new, {{changed}} changed, {{gone}} gone.',
    ko: '{{folder}}의 {{target}} 내보내기 계획: 새 항목 {{new}}, 바뀐 항목 {{changed}}, 없어진 항목 {{gone}}.',
  },
  exportPlanNew: { en: 'new', ko: '새 항목' },
  exportPlanChanged: { en: 'changed', ko: '바뀜' },
  exportPlanGone: { en: 'gone', ko: '없어짐' },
} satisfies Record<string, Message>;

export type UsageMessageId = keyof typeof usageMessages;

/** A CLI message in every language, ready for `new UsageError(…)` or for `say(lang, …)`. */
export function usage(id: UsageMessageId, data?: MessageData): Text {
  return fill(usageMessages[id], data);
}

/** A CLI message in one language. */
export function say(lang: Lang, id: UsageMessageId, data?: MessageData): string {
  return usage(id, data)[lang];
}
