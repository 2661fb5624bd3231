/**
 * FORMAT.md §4 (commands and options) and §6 (exit codes), through the built binary.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES, ANSI, BIN, GOOD, GOOD_EN, RECOMMENDED, lintJson, ofRule, project, replace, sb } from './support.js';

// Chromium is needed for PDF: locally its tests may skip; in CI (.ci/run installs it) they must run.
const chromiumOnPath = spawnSync('sh', ['-c', 'command -v chromium']).status === 0;

const STACK = /^\s+at .+(:\d+:\d+\)?|\(node:.+\))$/m;

/** GOOD with one warning (risky-promise) and one more warning (follow-up-due), no error. */
const TWO_WARNINGS = replace(
  replace(GOOD, 'say: 내일 오후까지 처리 결과를 문자로 다시 안내해 드리겠습니다.', 'say: 반드시 내일 오후까지 처리 결과를 문자로 안내해 드리겠습니다.'),
  '            due: 1d\n',
  '',
);
/** GOOD with an error (email without subject) and a warning (risky-promise). */
const ERROR_AND_WARNING = replace(
  replace(GOOD, '        subject: "[고객센터] 주문 {{order_id}} 환불 진행 안내"\n', ''),
  'say: 내일 오후까지 처리 결과를 문자로 다시 안내해 드리겠습니다.',
  'say: 무조건 내일 오후까지 처리해 드리겠습니다.',
);

const MANUAL = `kind: manual
format: 1
id: cs-handbook-2026
title: 2026 고객 응대 표준 매뉴얼
locale: ko-KR
audience: 신입 상담원
edition: 2026.1
intro: |
  이 매뉴얼은 모든 채널에서 같은 품질의 응대를 하기 위한 기준입니다.
principles:
  - title: 일관성
    body: 매장, 전화, 이메일 어디서든 같은 약속, 같은 태도.
chapters:
  - title: 결제와 환불
    intro: 환불 문의는 숫자와 날짜를 정확히 안내합니다.
    playbooks: [refund-delay]
  - title: 배송
    playbooks: ["late-*"]
glossary:
  - term: CSAT
    definition: 고객 만족도 점수
`;

function noStackTrace(stderr: string): void {
  expect(stderr).not.toMatch(STACK);
}

describe('validate', () => {
  it('checks YAML syntax and JSON Schema only: rule findings are not reported', () => {
    // risky promise, missing due, duplicate ids across files, no subject: all rules, none schema
    const dir = project({ 'a.yaml': ERROR_AND_WARNING, 'b.yaml': GOOD });
    const run = sb(['validate', '--format', 'json', 'a.yaml', 'b.yaml'], dir);
    const reports = JSON.parse(run.stdout);
    expect(reports).toEqual([
      { filePath: 'a.yaml', messages: [], errorCount: 0, warningCount: 0 },
      { filePath: 'b.yaml', messages: [], errorCount: 0, warningCount: 0 },
    ].map((r) => expect.objectContaining(r)));
    expect(run.code).toBe(0);
  });

  it('reports schema errors (exit 1)', () => {
    const dir = project({ 'pb.yaml': replace(GOOD, 'title: 환불 지연 문의 응대\n', '') });
    const run = sb(['validate', '--format', 'json', 'pb.yaml'], dir);
    const [report] = JSON.parse(run.stdout);
    expect(report.messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['schema']);
    expect(run.code).toBe(1);
  });

  it('reports YAML syntax errors (exit 1)', () => {
    const dir = project({ 'pb.yaml': 'kind: playbook\ntitle: [환불\n' });
    const run = sb(['validate', '--format', 'json', 'pb.yaml'], dir);
    const [report] = JSON.parse(run.stdout);
    expect(report.messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['yaml-syntax']);
    expect(run.code).toBe(1);
  });

  it("with no paths validates the config's include", () => {
    const dir = project({ 'servicebook.yaml': 'include: ["playbooks/**/*.yaml"]\n', 'playbooks/refund.yaml': GOOD, 'other/broken.yaml': 'kind: [\n' });
    const run = sb(['validate', '--format', 'json'], dir);
    expect(JSON.parse(run.stdout).map((r: { filePath: string }) => r.filePath)).toEqual(['playbooks/refund.yaml']);
    expect(run.code).toBe(0);
  });

  it('takes folders and globs', () => {
    const dir = project({ 'playbooks/a.yaml': GOOD, 'playbooks/b.yaml': GOOD_EN });
    const byFolder = JSON.parse(sb(['validate', '--format', 'json', 'playbooks'], dir).stdout);
    expect(byFolder.map((r: { filePath: string }) => r.filePath).sort()).toEqual(['playbooks/a.yaml', 'playbooks/b.yaml']);
    const byGlob = JSON.parse(sb(['validate', '--format', 'json', 'playbooks/*.yaml'], dir).stdout);
    expect(byGlob.map((r: { filePath: string }) => r.filePath).sort()).toEqual(['playbooks/a.yaml', 'playbooks/b.yaml']);
  });
});

describe('lint options', () => {
  it('--format stylish (the default) names the file, line:column, severity, message and rule id', () => {
    const dir = project({ 'pb.yaml': TWO_WARNINGS });
    const { reports } = lintJson(dir, ['pb.yaml']);
    const risky = ofRule(reports[0]!.messages, 'risky-promise')[0]!;
    for (const args of [['lint', 'pb.yaml'], ['lint', '--format', 'stylish', 'pb.yaml']]) {
      const run = sb(args, dir);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('pb.yaml');
      const line = run.stdout.split('\n').find((l) => l.includes('risky-promise'));
      expect(line).toBeDefined();
      expect(line).toContain(`${risky.line}:${risky.column}`);
      expect(line).toMatch(/warning/);
      expect(run.stdout).not.toMatch(ANSI);
    }
  });

  it('an unknown --format is a usage error', () => {
    const dir = project({ 'pb.yaml': GOOD });
    const run = sb(['lint', '--format', 'xml', 'pb.yaml'], dir);
    expect(run.code).toBe(2);
    noStackTrace(run.stderr);
  });

  it('--output FILE writes the report there and keeps the exit code', () => {
    const dir = project({ 'bad.yaml': ERROR_AND_WARNING, 'good.yaml': GOOD_EN });
    const withErrors = sb(['lint', '--format', 'json', '--output', 'report.json', 'bad.yaml'], dir);
    expect(withErrors.code).toBe(1);
    expect(withErrors.stdout).not.toContain('channel-limit');
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(report[0].filePath).toBe('bad.yaml');
    expect(report[0].errorCount).toBeGreaterThanOrEqual(1);

    const clean = sb(['lint', '--format', 'json', '--output', 'clean.json', 'good.yaml'], dir);
    expect(clean.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'clean.json'), 'utf8'))).toEqual([
      { filePath: 'good.yaml', messages: [], errorCount: 0, warningCount: 0 },
    ].map((r) => expect.objectContaining(r)));

    const stylish = sb(['lint', '--output', 'report.txt', 'bad.yaml'], dir);
    expect(stylish.code).toBe(1);
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toContain('channel-limit');
  });

  it('--output works for validate too', () => {
    const dir = project({ 'pb.yaml': 'kind: playbook\ntitle: [환불\n' });
    const run = sb(['validate', '--format', 'json', '--output', 'out.json', 'pb.yaml'], dir);
    expect(run.code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'))[0].messages[0].ruleId).toBe('yaml-syntax');
  });

  it('--max-warnings N: exit 1 only when there are more than N warnings', () => {
    const dir = project({ 'pb.yaml': TWO_WARNINGS });
    expect(sb(['lint', 'pb.yaml'], dir).code).toBe(0);
    expect(sb(['lint', 'pb.yaml', '--max-warnings', '2'], dir).code).toBe(0);
    expect(sb(['lint', 'pb.yaml', '--max-warnings', '5'], dir).code).toBe(0);
    expect(sb(['lint', 'pb.yaml', '--max-warnings', '1'], dir).code).toBe(1);
    expect(sb(['lint', 'pb.yaml', '--max-warnings', '0'], dir).code).toBe(1);
    expect(sb(['lint', 'pb.yaml', '--max-warnings', '1', '--format', 'json', '--output', 'r.json'], dir).code).toBe(1);
  });

  it('--max-warnings counts warnings across all files', () => {
    const dir = project({ 'a.yaml': TWO_WARNINGS, 'b.yaml': replace(GOOD_EN, '            due: 1d\n', '') });
    expect(sb(['lint', 'a.yaml', 'b.yaml', '--max-warnings', '3'], dir).code).toBe(0);
    expect(sb(['lint', 'a.yaml', 'b.yaml', '--max-warnings', '2'], dir).code).toBe(1);
  });

  it('--max-warnings with a value that is not a number is a usage error', () => {
    const dir = project({ 'pb.yaml': GOOD });
    expect(sb(['lint', 'pb.yaml', '--max-warnings', 'many'], dir).code).toBe(2);
  });

  it('--quiet reports errors only', () => {
    const dir = project({ 'bad.yaml': ERROR_AND_WARNING, 'warn.yaml': TWO_WARNINGS });
    const { run, reports } = lintJson(dir, ['bad.yaml', 'warn.yaml', '--quiet']);
    const all = reports.flatMap((r) => r.messages);
    expect(all.length).toBeGreaterThanOrEqual(1);
    expect(all.every((m) => m.severity === 2)).toBe(true);
    expect(reports.map((r) => r.filePath)).toEqual(['bad.yaml', 'warn.yaml']);
    expect(run.code).toBe(1);

    const stylish = sb(['lint', '--quiet', 'warn.yaml'], dir);
    expect(stylish.stdout).not.toContain('risky-promise');
    expect(stylish.code).toBe(0);
  });

  it('--no-color and NO_COLOR keep colour out of the output, even on a terminal', () => {
    const dir = project({ 'pb.yaml': TWO_WARNINGS });
    expect(sb(['lint', '--no-color', 'pb.yaml'], dir).stdout).not.toMatch(ANSI);
    expect(sb(['lint', '--no-color', 'pb.yaml'], dir, { FORCE_COLOR: '1' }).stdout).not.toMatch(ANSI);
    expect(sb(['validate', '--no-color', 'pb.yaml'], dir, { FORCE_COLOR: '1' }).code).toBe(0);
    expect(sb(['lint', 'pb.yaml'], dir, { NO_COLOR: '1' }).stdout).not.toMatch(ANSI);

    // on a real terminal (util-linux `script` gives one), colour is on unless switched off
    const hasScript = spawnSync('script', ['--version']).status === 0;
    if (!hasScript) return;
    const onTty = (extra: string, env: Record<string, string>) => {
      const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} lint pb.yaml ${extra}`;
      const clean = { ...process.env, ...env } as Record<string, string | undefined>;
      delete clean.FORCE_COLOR;
      if (!('NO_COLOR' in env)) delete clean.NO_COLOR;
      return spawnSync('script', ['-qec', command, '/dev/null'], { cwd: dir, env: clean as NodeJS.ProcessEnv, encoding: 'utf8' }).stdout;
    };
    expect(onTty('', {})).toMatch(ANSI);
    expect(onTty('--no-color', {})).not.toMatch(ANSI);
    expect(onTty('', { NO_COLOR: '1' })).not.toMatch(ANSI);
  });

  it('JSON, SARIF, JUnit and GitHub output never carry colour codes', () => {
    const dir = project({ 'pb.yaml': TWO_WARNINGS });
    for (const format of ['json', 'sarif', 'junit', 'github']) {
      expect(sb(['lint', '--format', format, 'pb.yaml'], dir, { FORCE_COLOR: '3' }).stdout, format).not.toMatch(ANSI);
    }
  });
});

describe('exit codes', () => {
  it('0 when clean, 1 on an error, 0 on warnings only', () => {
    const dir = project({ 'good.yaml': GOOD, 'bad.yaml': ERROR_AND_WARNING, 'warn.yaml': TWO_WARNINGS });
    expect(sb(['lint', 'good.yaml'], dir).code).toBe(0);
    expect(sb(['lint', 'bad.yaml'], dir).code).toBe(1);
    expect(sb(['lint', 'warn.yaml'], dir).code).toBe(0);
    expect(sb(['lint', 'good.yaml', 'bad.yaml'], dir).code).toBe(1);
  });

  it('2 on an unknown option, without a stack trace', () => {
    const dir = project({ 'pb.yaml': GOOD });
    for (const command of ['lint', 'validate']) {
      const run = sb([command, '--frobnicate', 'pb.yaml'], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('frobnicate');
      noStackTrace(run.stderr);
    }
  });

  it('2 on a missing file, naming it', () => {
    const dir = project({ 'pb.yaml': GOOD });
    for (const command of ['lint', 'validate']) {
      const run = sb([command, 'pb.yaml', 'playbooks/nope.yaml'], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('nope.yaml');
      noStackTrace(run.stderr);
    }
  });

  it('2 on an unreadable config: broken YAML found upward, a missing --config, an invalid value', () => {
    const broken = project({ 'servicebook.yaml': 'rules: [\n  risky-promise: error\n', 'pb.yaml': GOOD });
    const a = sb(['lint', 'pb.yaml'], broken);
    expect(a.code).toBe(2);
    noStackTrace(a.stderr);

    const dir = project({ 'pb.yaml': GOOD, 'bad-extends.yaml': 'extends: lenient\n', 'bad-rule.yaml': 'rules:\n  risky-promise: fatal\n' });
    const b = sb(['lint', 'pb.yaml', '--config', 'ci/missing.yaml'], dir);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('missing.yaml');
    noStackTrace(b.stderr);
    for (const file of ['bad-extends.yaml', 'bad-rule.yaml']) {
      const c = sb(['lint', 'pb.yaml', '--config', file], dir);
      expect(c.code, file).toBe(2);
      noStackTrace(c.stderr);
    }
    // the config is unreadable for validate as well
    expect(sb(['validate', 'pb.yaml'], broken).code).toBe(2);
  });

  it('--output changes where the report goes, never the exit code', () => {
    const dir = project({ 'bad.yaml': ERROR_AND_WARNING, 'good.yaml': GOOD });
    for (const format of ['stylish', 'json', 'sarif', 'junit', 'github']) {
      expect(sb(['lint', '--format', format, '--output', `r.${format}`, 'bad.yaml'], dir).code, format).toBe(1);
      expect(sb(['lint', '--format', format, '--output', `g.${format}`, 'good.yaml'], dir).code, format).toBe(0);
    }
  });

  it('bad input never prints a stack trace: binary garbage, an empty file, a list document', () => {
    const dir = project({
      'garbage.yaml': '\u0000\u0001\u0002kind: [[[{{{\n\t- :\n',
      'empty.yaml': '',
      'list.yaml': '- kind: playbook\n- format: 1\n',
      'scalar.yaml': '환불 지연\n',
    });
    for (const file of ['garbage.yaml', 'empty.yaml', 'list.yaml', 'scalar.yaml']) {
      const run = sb(['lint', '--format', 'json', file], dir);
      expect([0, 1], file).toContain(run.code);
      noStackTrace(run.stderr);
      expect(JSON.parse(run.stdout)[0].filePath).toBe(file);
    }
  });
});

describe('render', () => {
  it('--format html writes the handbook with the playbooks, scenarios and scripts', () => {
    const dir = project({ 'playbooks/refund.yaml': GOOD, 'playbooks/late.yaml': GOOD_EN });
    const run = sb(['render', 'playbooks', '--format', 'html', '--out', 'handbook.html'], dir);
    expect(run.code).toBe(0);
    const html = readFileSync(join(dir, 'handbook.html'), 'utf8');
    expect(html).toMatch(/<html/i);
    for (const text of ['환불 지연 문의 응대', '환불 금액 미입금', 'Late delivery', 'Parcel has not arrived', '결제팀 담당자가 직접 확인하도록']) {
      expect(html).toContain(text);
    }
  });

  it('--format md writes Markdown with the same content', () => {
    const dir = project({ 'playbooks/refund.yaml': GOOD, 'playbooks/late.yaml': GOOD_EN });
    const run = sb(['render', 'playbooks', '--format', 'md', '--out', 'handbook.md'], dir);
    expect(run.code).toBe(0);
    const md = readFileSync(join(dir, 'handbook.md'), 'utf8');
    expect(md).toMatch(/^#{1,3} /m);
    expect(md).not.toMatch(/<html/i);
    for (const text of ['환불 지연 문의 응대', '환불 금액 미입금', 'Late delivery', '결제팀 담당자가 직접 확인하도록']) {
      expect(md).toContain(text);
    }
  });

  it('--manual FILE puts the manual in the handbook, edition printed and no build date; output is reproducible', () => {
    const dir = project({ 'playbooks/refund.yaml': GOOD, 'playbooks/late.yaml': GOOD_EN, 'manual.yaml': MANUAL });
    for (const format of ['html', 'md']) {
      const first = sb(['render', 'playbooks', '--manual', 'manual.yaml', '--format', format, '--out', `a.${format}`], dir);
      expect(first.code, first.stderr).toBe(0);
      const second = sb(['render', 'playbooks', '--manual', 'manual.yaml', '--format', format, '--out', `b.${format}`], dir);
      expect(second.code).toBe(0);
      const a = readFileSync(join(dir, `a.${format}`), 'utf8');
      const b = readFileSync(join(dir, `b.${format}`), 'utf8');
      expect(a).toBe(b);
      for (const text of ['2026 고객 응대 표준 매뉴얼', '2026.1', '결제와 환불', '일관성', 'CSAT', '환불 지연 문의 응대', 'Late delivery']) {
        expect(a, `${format}: ${text}`).toContain(text);
      }
      const today = new Date().toISOString().slice(0, 10);
      expect(a).not.toContain(today);
      expect(a).not.toContain(today.replace(/-/g, '.'));
    }
  });

  it.skipIf(!chromiumOnPath && !process.env.CI)('--format pdf writes a PDF when Chromium is on PATH', () => {
    const dir = project({ 'refund.yaml': GOOD });
    const run = sb(['render', 'refund.yaml', '--format', 'pdf', '--out', 'handbook.pdf'], dir);
    expect(run.code, run.stderr).toBe(0);
    const pdf = readFileSync(join(dir, 'handbook.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1000);
  }, 120_000);

  it('--format pdf without Chromium exits 2 and writes nothing', () => {
    const dir = project({ 'refund.yaml': GOOD, 'bin/.keep': '' });
    const run = sb(['render', 'refund.yaml', '--format', 'pdf', '--out', 'handbook.pdf'], dir, {
      PATH: join(dir, 'bin'),
      SERVICEBOOK_CHROMIUM: undefined,
      CHROME_PATH: undefined,
      PLAYWRIGHT_BROWSERS_PATH: join(dir, 'none'),
    });
    expect(run.code).toBe(2);
    expect(run.stderr.toLowerCase()).toContain('chromium');
    noStackTrace(run.stderr);
    expect(existsSync(join(dir, 'handbook.pdf'))).toBe(false);
  });

  it.skipIf(!chromiumOnPath && !process.env.CI)('Ctrl-C during a PDF render exits 130 and leaves the PDF whole or not at all', async () => {
    const dir = project({ 'refund.yaml': GOOD });
    const child = spawn(process.execPath, [BIN, 'render', 'refund.yaml', '--format', 'pdf', '--out', 'handbook.pdf'], {
      cwd: dir,
      stdio: 'ignore',
    });
    setTimeout(() => child.kill('SIGINT'), 1000);
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    const file = join(dir, 'handbook.pdf');
    if (code === 0) {
      // it finished before the signal: the PDF must be complete
      expect(readFileSync(file, 'latin1').trimEnd().endsWith('%%EOF')).toBe(true);
      return;
    }
    expect(code).toBe(130);
    if (existsSync(file)) expect(readFileSync(file, 'latin1').trimEnd().endsWith('%%EOF')).toBe(true);
    expect(readdirSync(dir).filter((n) => n !== 'refund.yaml' && n !== 'handbook.pdf')).toEqual([]);
  }, 120_000);

  it('renders `say` as Markdown and escapes raw HTML in the texts', () => {
    const text = replace(
      replace(GOOD, 'say: 결제팀 담당자가 직접 확인하도록 바로 연결해 드리겠습니다.', 'say: "**결제팀 담당자**가 직접 확인하도록 연결해 드리겠습니다. <script>alert(1)</script>"'),
      'title: 환불 금액 미입금',
      'title: 환불 금액 <b>미입금</b>',
    );
    const dir = project({ 'refund.yaml': text });
    expect(sb(['render', 'refund.yaml', '--format', 'html', '--out', 'h.html'], dir).code).toBe(0);
    const html = readFileSync(join(dir, 'h.html'), 'utf8');
    expect(html).toContain('<strong>결제팀 담당자</strong>');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<b>미입금</b>');
  });

  it("with no paths renders the config's include", () => {
    const dir = project({ 'servicebook.yaml': 'include: ["playbooks/**/*.yaml"]\n', 'playbooks/refund.yaml': GOOD, 'other/late.yaml': GOOD_EN });
    expect(sb(['render', '--format', 'md', '--out', 'h.md'], dir).code).toBe(0);
    const md = readFileSync(join(dir, 'h.md'), 'utf8');
    expect(md).toContain('환불 지연 문의 응대');
    expect(md).not.toContain('Late delivery');
  });

  it('with a missing input file exits 2', () => {
    const dir = project({});
    expect(sb(['render', 'nope.yaml', '--format', 'html', '--out', 'x.html'], dir).code).toBe(2);
  });
});

describe('walk', () => {
  it('exits 2 without a terminal, and says why', () => {
    const dir = project({ 'refund.yaml': GOOD });
    const run = sb(['walk', 'refund.yaml', '--scenario', 'refund-not-received', '--channel', 'phone'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().length).toBeGreaterThan(0);
    noStackTrace(run.stderr);
    const bare = sb(['walk', 'refund.yaml'], dir);
    expect(bare.code).toBe(2);
  });
});

describe('walk on a terminal', () => {
  it('walks the chosen scenario and channel, following the reply chosen', () => {
    const hasScript = spawnSync('script', ['--version']).status === 0;
    if (!hasScript) return;
    const dir = project({ 'refund.yaml': GOOD });
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} walk refund.yaml --scenario refund-not-received --channel phone`;
    // press Enter again and again: blank placeholders, next step, the first reply (너무 늦어요 → escalate)
    const feeder = `for i in $(seq 1 40); do printf '\\r'; sleep 0.2; done | script -qec '${command}' /dev/null`;
    const run = spawnSync('sh', ['-c', feeder], { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
    const out = run.stdout.replace(/\u001b\[[0-9;?]*[a-zA-Z]/g, '');
    expect(out).toContain('고객센터 김하늘입니다');
    expect(out).toContain('결제팀 담당자가 직접 확인하도록');
    expect(out).toContain('좋은 하루 보내십시오');
    expect(out).not.toMatch(STACK);
  }, 90_000);
});

describe('init', () => {
  it('writes a starter config and playbook that lint clean', () => {
    const dir = project({});
    // --yes: the product asks questions on a terminal; see the report for init without a terminal
    const run = sb(['init', 'cs'], dir);
    expect(run.code, run.stderr).toBe(0);
    const root = join(dir, 'cs');
    expect(existsSync(join(root, 'servicebook.yaml'))).toBe(true);
    const yamlFiles = (function walk(d: string): string[] {
      return readdirSync(d).flatMap((n) => {
        const p = join(d, n);
        if (statSync(p).isDirectory()) return walk(p);
        return /\.ya?ml$/.test(n) && n !== 'servicebook.yaml' ? [readFileSync(p, 'utf8')] : [];
      });
    })(root);
    expect(yamlFiles.some((t) => /^kind: playbook$/m.test(t))).toBe(true);
    const lint = sb(['lint', '--format', 'json'], root);
    expect(lint.code, lint.stdout + lint.stderr).toBe(0);
    expect(JSON.parse(lint.stdout).length).toBeGreaterThanOrEqual(1);
  });
});

describe('schema', () => {
  const require = createRequire(import.meta.url);

  it.each(['playbook', 'manual'])('schema %s prints the published JSON Schema', (kind) => {
    const dir = project({});
    const run = sb(['schema', kind], dir);
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed.type).toBe('object');
    const published = JSON.parse(readFileSync(require.resolve(`../../schemas/${kind}.schema.json`), 'utf8'));
    expect(printed).toEqual(published);
  });

  it('the printed playbook and manual schemas accept the good documents and reject a bad one', async () => {
    const dir = project({});
    const Ajv2020 = (await import('ajv/dist/2020.js')).default as unknown as new (o: object) => {
      compile: (s: object) => ((d: unknown) => boolean) & { errors?: unknown };
    };
    const { parse } = await import('yaml');
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const playbook = ajv.compile(JSON.parse(sb(['schema', 'playbook'], dir).stdout));
    expect(playbook(parse(GOOD)), JSON.stringify(playbook.errors)).toBe(true);
    expect(playbook(parse(GOOD_EN))).toBe(true);
    expect(playbook(parse(replace(GOOD, 'title: 환불 지연 문의 응대\n', '')))).toBe(false);
    const manual = ajv.compile(JSON.parse(sb(['schema', 'manual'], dir).stdout));
    expect(manual(parse(MANUAL)), JSON.stringify(manual.errors)).toBe(true);
  });

  it('an unknown kind is a usage error', () => {
    const run = sb(['schema', 'handbook'], project({}));
    expect(run.code).toBe(2);
    noStackTrace(run.stderr);
  });
});

describe('rules', () => {
  it('lists every rule with its recommended severity and a description', () => {
    const run = sb(['rules'], project({}));
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    for (const id of ALL_RULES) {
      const line = lines.find((l) => new RegExp(`(^|\\s)${id}(\\s|$)`).test(l));
      expect(line, id).toBeDefined();
      expect(line, id).toMatch(new RegExp(`\\b${RECOMMENDED[id]}(ing)?\\b`));
      // a description follows the id and severity
      expect(line!.replace(id, '').replace(RECOMMENDED[id]!, '').trim().length, id).toBeGreaterThan(10);
    }
  });
});

describe('paths', () => {
  it('lint takes files, folders and globs, and every linted file appears in the report', () => {
    const dir = project({
      'playbooks/billing/refund.yaml': GOOD,
      'playbooks/delivery/late.yaml': GOOD_EN,
      'manual.yaml': MANUAL,
    });
    const { run, reports } = lintJson(dir, ['playbooks/billing', 'playbooks/delivery/*.yaml', 'manual.yaml']);
    expect(reports.map((r) => r.filePath).sort()).toEqual(['manual.yaml', 'playbooks/billing/refund.yaml', 'playbooks/delivery/late.yaml']);
    expect(run.code).toBe(0);
  });

  it('a folder with a .yml file is linted too', () => {
    const dir = project({ 'playbooks/late.yml': GOOD_EN });
    const { reports } = lintJson(dir, ['playbooks']);
    expect(reports.map((r) => r.filePath)).toEqual(['playbooks/late.yml']);
  });
});

