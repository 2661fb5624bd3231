/**
 * End to end in a real pseudo-terminal: the built binary (globalSetup builds dist/) runs inside tmux; keys
 * go in with send-keys, the screen comes back with capture-pane. Skipped only where tmux is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { binPath, runProcess } from '../helpers/cli.js';
import { fixtureDir } from './helpers.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const WIDTH = 100;

/** One tmux server per test, on its own socket in the test's folder, so nothing else's sessions are touched. */
class Terminal {
  private readonly socket: string;
  readonly exitFile: string;

  constructor(
    readonly folder: string,
    args: string[],
    env: Record<string, string> = {},
  ) {
    this.socket = path.join(folder, 'tmux.sock');
    this.exitFile = path.join(folder, 'exit-status');
    const command = [process.execPath, binPath, ...args].map(quote).join(' ');
    const exports = Object.entries({ LANG: 'ko_KR.UTF-8', FORCE_COLOR: '1', ...env }).map(([name, value]) => `${name}=${quote(value)}`).join(' ');
    // The shell stays after the walk ends, so the last screen can still be read.
    const script = `cd ${quote(fixtureDir)} && env ${exports} ${command}; echo EXIT=$? > ${quote(this.exitFile)}; sleep 600`;
    this.tmux('new-session', '-d', '-x', String(WIDTH), '-y', '40', 'sh', '-c', script);
  }

  screen(): string {
    return this.tmux('capture-pane', '-p');
  }

  keys(...keys: string[]): void {
    this.tmux('send-keys', ...keys);
  }

  /** Literal text, as typed (Hangul included). */
  type(text: string): void {
    this.tmux('send-keys', '-l', text);
  }

  async waitFor(what: string | RegExp, timeoutMs = 15_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (typeof what === 'string' ? screen.includes(what) : what.test(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(what)}; the screen:\n${screen}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async exitCode(timeoutMs = 15_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (!existsSync(this.exitFile) || !readFileSync(this.exitFile, 'utf8').includes('\n')) {
      if (Date.now() > deadline) throw new Error(`the walk did not end; the screen:\n${this.screen()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return Number(/EXIT=(\d+)/.exec(readFileSync(this.exitFile, 'utf8'))![1]);
  }

  close(): void {
    spawnSync('tmux', ['-S', this.socket, 'kill-server']);
  }

  private tmux(...args: string[]): string {
    const result = spawnSync('tmux', ['-u', '-S', this.socket, ...args], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`tmux ${args[0]} failed: ${result.stderr}`);
    return result.stdout;
  }
}

function quote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

const terminals: Terminal[] = [];
afterEach(() => {
  for (const terminal of terminals.splice(0)) terminal.close();
});

function open(args: string[], env?: Record<string, string>): Terminal {
  const terminal = new Terminal(mkdtempSync(path.join(tmpdir(), 'walk-tty-')), args, env);
  terminals.push(terminal);
  return terminal;
}

// In CI (.ci/run installs tmux) a missing tmux fails the suite instead of skipping it.
describe.skipIf(!hasTmux && !process.env.CI)('walk in a real terminal (tmux)', () => {
  it('chooses a Korean scenario from lists, takes a branch, finishes, and writes the transcript', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'walk-tty-'));
    const record = path.join(folder, 'walk.md');
    const terminal = open(['walk', '--record', record]);

    await terminal.waitFor('어떤 플레이북으로 할까요?');
    terminal.type('환불');
    await terminal.waitFor(/어떤 플레이북으로 할까요\? 환불\n❯ 환불 지연 문의 응대 +refund-delay\n\n/);
    terminal.keys('Enter');
    // The highlighted scenario shows its trigger under the list.
    await terminal.waitFor(/어떤 상황인가요\?[^]*언제: 환불 승인 후 5영업일이 지나도 입금되지 않았다는 문의/);
    terminal.keys('Enter');
    await terminal.waitFor(/채팅 +chat · 6단계 · 분기 1곳/);
    terminal.keys('Enter');
    await terminal.waitFor('고객 성함 · {{customer_name}}');
    terminal.type('김민수');
    terminal.keys('Enter');
    await terminal.waitFor('{{order_id}}');
    terminal.type('A20260114KR01');
    terminal.keys('Enter');

    await terminal.waitFor('김민수님, 안녕하세요. 고객센터 채팅 상담원입니다.');
    terminal.keys('Enter');
    await terminal.waitFor(/공감 +2\/6/);
    terminal.keys('Enter');
    let screen = await terminal.waitFor('고객이 뭐라고 했나요?');
    // Wrapped by display width before the terminal had to: every line of the step keeps its indent.
    const explain = screen.slice(screen.indexOf('3/6 · explain'), screen.indexOf('│ 참고'));
    const lines = explain.split('\n').slice(1).filter((line) => line.trim() !== '');
    expect(lines.length, explain).toBe(2);
    for (const line of lines) expect(line).toMatch(/^ {2}\S/);
    expect(lines.join(' ').replace(/ {2,}/g, ' ').trim()).toBe(
      '주문 A20260114KR01의 환불은 카드사 처리에 따라 3~5영업일이 걸립니다. 오늘 카드사에 확인 요청을 넣고, 입금 예정일을 정확히 알려 드리겠습니다.',
    );
    terminal.keys('e');
    await terminal.waitFor(/넘길 곳 +결제팀 2선/);
    terminal.keys('Down', 'Enter'); // 네, 알겠습니다. → promise
    await terminal.waitFor('⏱ 기한 1일 · 채널 문자');
    terminal.keys('Enter');
    await terminal.waitFor(/마무리 +6\/6/);
    terminal.keys('Enter');

    expect(await terminal.exitCode()).toBe(0);
    screen = terminal.screen();
    expect(screen).toContain('↳ 고객: “네, 알겠습니다.”');
    expect(screen).toContain('대화가 끝났습니다.');
    expect(screen).toMatch(/경로 +인사 → 공감 → explain “네, 알겠습니다.” → promise → 마무리/);
    expect(screen).toMatch(/합계 +\d:\d\d/);
    expect(screen).toContain('필수 단계  ✓ 공감  ✓ 설명  ✓ 후속 조치');

    const transcript = readFileSync(record, 'utf8');
    expect(transcript).toContain('| 상태 | 끝까지 진행 |');
    expect(transcript).toContain('*에스컬레이션 정보를 확인했습니다.*');
    expect(transcript).toContain('**고객:** “네, 알겠습니다.” → `promise`');
    expect(transcript).toContain('- **필수 단계:** ✓ 공감 · ✓ 설명 · ✓ 후속 조치');
  });

  it('Ctrl-C mid-walk exits 130 and leaves the whole transcript so far', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'walk-tty-'));
    const record = path.join(folder, 'walk.json');
    const terminal = open(['walk', 'refund-delay', '--scenario', 'refund-not-received', '--channel', 'chat', '--var', 'customer_name=김민수', '--var', 'order_id=A1', '--record', record]);
    await terminal.waitFor(/인사 +1\/6/);
    terminal.keys('Enter');
    await terminal.waitFor(/공감 +2\/6/);
    terminal.keys('Enter');
    await terminal.waitFor('고객이 뭐라고 했나요?');
    terminal.keys('C-c');

    expect(await terminal.exitCode()).toBe(130);
    expect(await terminal.waitFor('중단했습니다.')).toContain(`지금까지의 기록을 ${record}에 저장했습니다.`);
    const transcript = JSON.parse(readFileSync(record, 'utf8'));
    expect(transcript.status).toBe('interrupted');
    expect(transcript.steps.map((step: { kind: string; left: string }) => `${step.kind}:${step.left}`)).toEqual(['greeting:next', 'empathy:next', 'explanation:interrupted']);
    // Nothing half-written beside it.
    expect(readdirSync(folder)).toEqual(['walk.json']);
  });

  it('a practice drill in the terminal: choose lines, see the answer and why, get a score', async () => {
    const terminal = open(['walk', 'refund-delay', '-s', 'partial-refund', '--channel', 'chat', '--practice', '--seed', '3']);
    let screen = await terminal.waitFor('지금 할 말은? (공감)');
    expect(screen).toContain('연습 문제, 시드 3');
    for (const kind of ['공감', '설명', '후속 조치']) {
      await terminal.waitFor(`지금 할 말은? (${kind})`);
      terminal.keys('Enter');
    }
    expect(await terminal.exitCode()).toBe(0);
    screen = terminal.screen();
    expect(screen).toMatch(/점수 +\d\/3 \(\d+%\)/);
  });
});

describe('walk without a terminal (child process)', () => {
  it('exits 2 with one line saying how to run it', () => {
    const run = runProcess(['walk'], { cwd: fixtureDir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      'servicebook: walk needs a terminal: run it in one (e.g. `npx servicebook walk`), or drive it with --answers FILE (a YAML list of choices; see docs/walk.md).',
    ]);
    expect(run.stdout).toBe('');
  });

  it('runs from an answers file, printing plainly', () => {
    const run = runProcess(['walk', '--answers', 'answers/branch.yaml'], { cwd: fixtureDir, env: { LANG: 'ko_KR.UTF-8', FORCE_COLOR: '0' } });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).not.toMatch(/\u001B/);
    expect(run.stdout).toContain('필수 단계  ✓ 공감  ✓ 설명  ✓ 후속 조치');
  });
});
