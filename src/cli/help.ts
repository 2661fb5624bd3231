/**
 * What `--help` says, in English and Korean: commander takes plain strings, so main() builds the program
 * with the strings of the language it chose, and words its own errors (unknown option …) in that language.
 */
import type { Lang } from '../core/language.js';

const en = {
  program: 'Lint, validate, render and rehearse customer-service playbooks kept as YAML.',
  version: 'output the version number',
  help: 'display help for command',
  helpCommand: 'display help for command',
  debug: 'show stack traces of internal errors',
  exitCodes:
    '\nExit codes: 0 clean, 1 lint or validation errors, 2 the command could not run, 130 interrupted.\nFormat: https://github.com/servicebook/servicebook/blob/main/docs/FORMAT.md',
  examples: 'Examples:',
  /** Commander's section titles. */
  titles: {} as Readonly<Record<string, string>>,
  /** Commander's "(choices: …, default: …)" after an option. */
  helpWords: (description: string) => description,
  /** Commander's own error messages, as commander prints them. */
  errorWords: (message: string) => message,
  paths: "files, folders or globs (default: the config's include)",
  format: 'output format',
  config: 'use this config instead of the nearest servicebook.yaml',
  lang: 'language of messages: en or ko',
  check: {
    output: 'write the report to a file (atomically) instead of stdout',
    maxWarnings: 'exit 1 when there are more warnings than this',
    quiet: 'report errors only',
    rule: 'set a rule to off, warn or error (repeatable)',
    noColor: 'no colours (NO_COLOR is respected too)',
    reportUnusedDisables: 'report servicebook-disable comments that suppress nothing',
    fix: 'apply the certain fixes (spelling, another tool\'s placeholders …) to the files, keeping every other byte',
    fixDryRun: 'print the fixes as a unified diff and change nothing',
    cache: 'reuse the last run when no file, config or option changed',
    cacheLocation: 'where the cache lives (default: node_modules/.cache/servicebook/lint-cache.json)',
    jobs: 'threads to check files on (default: one per core but one, each with 100 files or more)',
    onlyIncluded: 'of the files given, check only those the config\'s include selects (for pre-commit hooks)',
    printConfig: 'print the config in force for FILE (its overrides applied) as JSON, and exit',
    report: 'also write FORMAT to FILE in the same run (repeatable), e.g. sarif=servicebook.sarif',
    changedSince: 'only the files changed since REF (git diff --name-only --diff-filter=ACMR REF)',
    suppressionsLocation: 'the baseline file (default: servicebook-suppressions.json beside the config)',
    suppressAll: 'record every current finding in the baseline, so that only new ones are reported',
    suppressRule: "record one rule's current findings in the baseline (repeatable)",
    pruneSuppressions: 'drop baseline counts that no longer occur',
  },
  lint: {
    description: 'validate, then check every rule: coverage of required steps, consistency across channels, tone',
    examples: [
      '  $ servicebook lint                         # the files of servicebook.yaml include',
      '  $ servicebook lint playbooks/refund.yaml --format json',
      '  $ servicebook lint --format sarif --output servicebook.sarif --max-warnings 0',
    ],
  },
  validate: {
    description: 'check YAML syntax and the JSON Schemas only',
    examples: ['  $ servicebook validate playbooks/', "  $ servicebook validate 'playbooks/**/*.yaml' --format json"],
  },
  render: {
    description: 'render playbooks into a training handbook (HTML with print CSS, Markdown, or PDF through Chromium)',
    out: 'the file to write (atomically)',
    manual: 'the manual whose chapters give the order',
    force: 'render even when lint finds errors',
    chromium: 'the Chromium to print PDFs with (else SERVICEBOOK_CHROMIUM, else chromium on PATH)',
    examples: [
      '  $ servicebook render --format html --out handbook.html',
      '  $ servicebook render playbooks/ --manual playbooks/manual.yaml --format pdf --out handbook.pdf',
      '  $ servicebook render playbooks/refund-delay.yaml --format md --out refund.md',
    ],
  },
  walk: {
    description: 'walk through a script interactively in the terminal, or drill it with --practice',
    playbook: 'a playbook file or id (chosen from a list when left out)',
    scenario: 'the scenario (chosen from a list when left out)',
    channel: 'the channel (chosen from a list when left out)',
    var: 'a placeholder value, so it is not asked for (repeatable)',
    record: 'write a transcript: Markdown, or JSON when the file ends in .json',
    practice: 'practice mode: choose the right line among candidates, get a score',
    seed: 'seed of a practice drill, to repeat it',
    answers: 'a YAML or JSON list of choices that drives the walk without a terminal',
    lang: 'language of prompts and labels: en or ko',
    examples: [
      '  $ servicebook walk',
      '  $ servicebook walk refund-delay --scenario refund-not-received --channel chat --record walk.md',
      '  $ servicebook walk --practice --seed 7',
    ],
    keys: [
      'Keys: ↑↓ or 1-9 choose what the customer said, Enter goes on, b goes back one step,',
      'e shows the escalation path, Ctrl-C stops (the transcript so far is kept). See docs/walk.md.',
    ],
  },
  init: {
    description: 'write a starter config, playbook and manual, editor settings and a GitHub workflow',
    dir: 'the folder to set up (default: this one)',
    locale: 'language of the starter playbook: ko or en',
    channels: 'channels, comma-separated (default: phone,email,chat,sms)',
    yes: 'ask nothing: take the flags and the defaults',
    examples: ['  $ servicebook init', '  $ servicebook init cs-playbooks --yes --locale ko --channels phone,chat,kakao'],
  },
  schema: {
    description: 'print the JSON Schema of a document kind',
    kind: 'playbook, manual or config',
    examples: ['  $ servicebook schema playbook > playbook.schema.json'],
  },
  rules: {
    description: 'list the rules with their default severity and description',
    json: 'as JSON',
    lang: 'language: en or ko',
    examples: ['  $ servicebook rules', '  $ servicebook rules --json'],
  },
  export: {
    description: 'write the scripts as a help desk takes them: Zendesk macros, Chatwoot canned responses, 알림톡 template drafts, or CSV',
    to: 'the target: zendesk, chatwoot, alimtalk or csv',
    out: 'the folder to write (servicebook-export.lock.json goes in it)',
    plan: 'print what is new, changed and gone since the last export, and write nothing',
    format: 'format of --plan: stylish or json',
    force: 'export even when lint finds errors',
    examples: [
      '  $ servicebook export --to zendesk --out export/zendesk',
      '  $ servicebook export --to zendesk --out export/zendesk --plan --format json',
      '  $ servicebook export --to alimtalk playbooks/notices/ --out export/alimtalk',
    ],
  },
  import: {
    description: 'turn Zendesk macros or Chatwoot canned responses into draft playbooks',
    file: 'the help desk\'s JSON (or a folder that `export` wrote)',
    from: 'the source: zendesk or chatwoot',
    out: 'the folder to write the drafts to',
    force: 'overwrite drafts that exist',
    examples: ['  $ servicebook import --from zendesk macros.json --out playbooks/imported', '  $ servicebook import --from chatwoot canned_responses.json --out drafts'],
  },
};

export type HelpTexts = typeof en;

const ko: HelpTexts = {
  program: 'YAML로 관리하는 고객 응대 플레이북을 검사(lint)·검증하고, 핸드북으로 만들고, 연습합니다.',
  version: '버전을 출력합니다',
  help: '명령 도움말을 보여 줍니다',
  helpCommand: '명령 도움말을 보여 줍니다',
  debug: '내부 오류의 스택 트레이스를 보여 줍니다',
  exitCodes:
    '\n종료 코드: 0 문제 없음, 1 검사·검증 오류, 2 명령을 실행할 수 없음, 130 중단됨.\n형식: https://github.com/servicebook/servicebook/blob/main/docs/FORMAT.md',
  examples: '예:',
  titles: { 'Usage:': '사용법:', 'Options:': '옵션:', 'Arguments:': '인자:', 'Commands:': '명령:', 'Global Options:': '전역 옵션:' },
  helpWords: (description) => description.replace('(choices: ', '(고를 수 있는 값: ').replace(/(\(|, )default: /, '$1기본값: '),
  // The messages of commander 14 that a user can meet; any other stays as commander words it.
  errorWords: (message) =>
    message
      .replace(/^error: unknown option '(.*)'$/m, "오류: 알 수 없는 옵션입니다: '$1'")
      .replace(/^error: unknown command '(.*)'$/m, "오류: 알 수 없는 명령입니다: '$1'")
      .replace(/^error: option '(.*)' argument missing$/m, "오류: 옵션 '$1'에 값이 필요합니다.")
      .replace(/^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/m, "오류: 옵션 '$1'에 '$2'은(는) 쓸 수 없습니다. 다음 중 하나를 쓰세요: $3.")
      .replace(/^error: missing required argument '(.*)'$/m, "오류: 필요한 인자 '$1'이(가) 없습니다.")
      .replace(/^error: too many arguments for '(.*)'\. Expected (\d+) arguments? but got (\d+)\.$/m, "오류: '$1'에 인자가 너무 많습니다. $2개를 받는데 $3개가 주어졌습니다.")
      .replace(/^\(Did you mean (.*)\?\)$/m, '(혹시 $1을(를) 뜻하셨나요?)'),
  paths: '파일, 폴더 또는 글롭 (기본: 설정의 include)',
  format: '출력 형식',
  config: '가장 가까운 servicebook.yaml 대신 이 설정 파일을 씁니다',
  lang: '메시지 언어: en 또는 ko',
  check: {
    output: '보고서를 표준 출력 대신 파일에 씁니다 (원자적으로)',
    maxWarnings: '경고가 이 수보다 많으면 1로 종료합니다',
    quiet: '오류만 보고합니다',
    rule: '규칙을 off, warn, error 중 하나로 정합니다 (여러 번 쓸 수 있음)',
    noColor: '색을 쓰지 않습니다 (NO_COLOR 환경 변수도 따릅니다)',
    reportUnusedDisables: '아무것도 억제하지 않는 servicebook-disable 주석을 보고합니다',
    fix: '확실한 수정(맞춤법, 다른 도구의 변수 문법 등)을 파일에 적용합니다. 다른 바이트는 그대로 둡니다',
    fixDryRun: '수정 내용을 unified diff로 보여 주고 파일은 바꾸지 않습니다',
    cache: '파일, 설정, 옵션이 그대로면 지난 실행 결과를 다시 씁니다',
    cacheLocation: '캐시 파일 위치 (기본값: node_modules/.cache/servicebook/lint-cache.json)',
    jobs: '파일을 검사할 스레드 수 (기본값: 코어 수보다 하나 적게, 스레드마다 파일 100개 이상일 때만)',
    onlyIncluded: '주어진 파일 중 설정의 include에 드는 것만 검사합니다 (pre-commit 훅용)',
    printConfig: 'FILE에 적용되는 설정(overrides 반영)을 JSON으로 출력하고 끝냅니다',
    report: '같은 실행에서 FORMAT 형식 보고서를 FILE에도 씁니다 (여러 번 쓸 수 있음). 예: sarif=servicebook.sarif',
    changedSince: 'REF 이후 바뀐 파일만 검사합니다 (git diff --name-only --diff-filter=ACMR REF)',
    suppressionsLocation: '기준선 파일 (기본값: 설정 파일 옆의 servicebook-suppressions.json)',
    suppressAll: '지금 나오는 문제를 모두 기준선에 기록해, 새 문제만 보고하게 합니다',
    suppressRule: '한 규칙의 지금 문제를 기준선에 기록합니다 (여러 번 쓸 수 있음)',
    pruneSuppressions: '더 이상 나오지 않는 기준선 개수를 지웁니다',
  },
  lint: {
    description: '검증한 뒤 모든 규칙을 검사합니다: 필수 단계 포함 여부, 채널 간 일관성, 말투',
    examples: [
      '  $ servicebook lint                         # servicebook.yaml의 include에 맞는 파일',
      '  $ servicebook lint playbooks/refund.yaml --format json',
      '  $ servicebook lint --format sarif --output servicebook.sarif --max-warnings 0',
    ],
  },
  validate: {
    description: 'YAML 문법과 JSON 스키마만 검사합니다',
    examples: en.validate.examples,
  },
  render: {
    description: '플레이북으로 교육용 핸드북을 만듭니다 (인쇄용 CSS가 들어간 HTML, Markdown, 또는 Chromium으로 PDF)',
    out: '만들 파일 (원자적으로 씁니다)',
    manual: '장 순서를 정하는 매뉴얼 파일',
    force: 'lint에서 오류가 나와도 만듭니다',
    chromium: 'PDF 인쇄에 쓸 Chromium (없으면 SERVICEBOOK_CHROMIUM, 그다음 PATH의 chromium)',
    examples: en.render.examples,
  },
  walk: {
    description: '터미널에서 스크립트를 한 단계씩 진행하거나, --practice로 연습 문제를 풉니다',
    playbook: '플레이북 파일이나 id (생략하면 목록에서 고릅니다)',
    scenario: '시나리오 (생략하면 목록에서 고릅니다)',
    channel: '채널 (생략하면 목록에서 고릅니다)',
    var: '플레이스홀더 값을 미리 줍니다. 그 값은 묻지 않습니다 (여러 번 쓸 수 있음)',
    record: '진행 기록을 씁니다: Markdown, 파일 이름이 .json으로 끝나면 JSON',
    practice: '연습 모드: 보기 중에서 알맞은 문장을 고르고 점수를 받습니다',
    seed: '연습 문제의 시드 (같은 문제를 다시 풀 때)',
    answers: '터미널 없이 진행하도록 선택을 적은 YAML 또는 JSON 목록',
    lang: '안내 문구와 라벨의 언어: en 또는 ko',
    examples: en.walk.examples,
    keys: [
      '키: ↑↓ 또는 1-9로 고객의 말을 고르고, Enter로 다음, b로 한 단계 뒤로,',
      'e로 에스컬레이션 경로를 보고, Ctrl-C로 멈춥니다 (그때까지의 기록은 남습니다). docs/walk.md 참고.',
    ],
  },
  init: {
    description: '시작용 설정, 플레이북, 매뉴얼, 편집기 설정, GitHub 워크플로를 만듭니다',
    dir: '준비할 폴더 (기본: 현재 폴더)',
    locale: '예제 플레이북의 언어: ko 또는 en',
    channels: '채널 목록, 쉼표로 구분 (기본: phone,email,chat,sms)',
    yes: '묻지 않고 옵션과 기본값을 씁니다',
    examples: en.init.examples,
  },
  schema: {
    description: '문서 종류의 JSON 스키마를 출력합니다',
    kind: 'playbook, manual 또는 config',
    examples: en.schema.examples,
  },
  rules: {
    description: '규칙 목록을 기본 심각도, 설명과 함께 보여 줍니다',
    json: 'JSON으로 출력합니다',
    lang: '언어: en 또는 ko',
    examples: en.rules.examples,
  },
  export: {
    description: '스크립트를 헬프데스크가 받는 형식으로 씁니다: Zendesk 매크로, Chatwoot 상용구, 알림톡 템플릿 초안, CSV',
    to: '대상: zendesk, chatwoot, alimtalk, csv',
    out: '결과를 쓸 폴더 (servicebook-export.lock.json도 여기에 씁니다)',
    plan: '지난 내보내기 이후 새로 생기거나 바뀌거나 없어진 항목만 보여 주고, 아무것도 쓰지 않습니다',
    format: '--plan의 출력 형식: stylish 또는 json',
    force: 'lint에서 오류가 나와도 내보냅니다',
    examples: en.export.examples,
  },
  import: {
    description: 'Zendesk 매크로나 Chatwoot 상용구를 초안 플레이북으로 바꿉니다',
    file: '헬프데스크의 JSON 파일 (또는 export가 쓴 폴더)',
    from: '출처: zendesk 또는 chatwoot',
    out: '초안을 쓸 폴더',
    force: '이미 있는 초안 파일을 덮어씁니다',
    examples: en.import.examples,
  },
};

export function helpTexts(lang: Lang): HelpTexts {
  return lang === 'ko' ? ko : en;
}
