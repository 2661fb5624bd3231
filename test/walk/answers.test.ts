/** `walk --answers FILE`: the answers file format, and whole walks driven by it, in-process, without a terminal. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { AnswersPrompter, parseAnswers } from '../../src/walk/answers.js';
import { runInProcess } from '../helpers/cli.js';
import { fixtureDir } from './helpers.js';

const ko = { LANG: 'ko_KR.UTF-8' };

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'walk-answers-'));
}

/** An answers file in a temporary folder. */
function answersFile(content: string): string {
  const file = path.join(tempDir(), 'answers.yaml');
  writeFileSync(file, content);
  return file;
}

describe('parseAnswers', () => {
  it('reads a YAML or JSON list of numbers, texts and mappings', () => {
    expect(parseAnswers('- chat\n- 2\n- customer_name: 김민수\n', 'a.yaml')).toEqual(['chat', 2, { customer_name: '김민수' }]);
    expect(parseAnswers('["chat", 2]', 'a.json')).toEqual(['chat', 2]);
  });

  it.each([
    ['chat: 1', /must hold a list of answers/],
    ['- [1, 2]', /answer 1: an answer is a number, a text, or a mapping/],
    ['- { a: [1] }', /answer 1/],
    ['- "unclosed', /not valid YAML or JSON/],
  ])('refuses %j', (text, message) => {
    expect(() => parseAnswers(text, 'a.yaml')).toThrow(UsageError);
    expect(() => parseAnswers(text, 'a.yaml')).toThrow(message);
  });
});

describe('AnswersPrompter', () => {
  const choices = [
    { value: 'refund', id: 'refund-delay', name: '환불 지연 문의 응대  refund-delay', short: '환불 지연 문의 응대' },
    { value: 'double', id: 'double-charge', name: '이중 결제 문의 응대  double-charge', short: '이중 결제 문의 응대' },
    { value: 'delivery', id: 'delivery-delay', name: '배송 지연 문의 응대  delivery-delay', short: '배송 지연 문의 응대' },
  ];
  const choose = async (entry: string | number) => {
    let out = '';
    const value = await new AnswersPrompter([entry], 'a.yaml', (text) => void (out += text)).choose({ message: '어떤 플레이북?', choices });
    return { value, out };
  };

  it('matches by id, by text, by part of the text, by number', async () => {
    expect((await choose('double-charge')).value).toBe('double');
    expect((await choose('배송 지연 문의 응대  delivery-delay')).value).toBe('delivery');
    expect((await choose('이중 결제')).value).toBe('double');
    expect((await choose('REFUND-DELAY')).value).toBe('refund');
    expect((await choose(3)).value).toBe('delivery');
    expect((await choose('환불')).out).toBe('? 어떤 플레이북? 환불 지연 문의 응대\n');
  });

  it('says which answer fits none or several, and what the choices are', async () => {
    await expect(choose('지연')).rejects.toThrow(/a\.yaml, answer 1 \("지연"\): it fits more than one of 1\. 환불 지연 문의 응대 refund-delay, 2\. 배송 지연.*give the number/);
    await expect(choose('교환')).rejects.toThrow(/it fits none of 1\. 환불 지연/);
    await expect(choose(4)).rejects.toThrow(/there are 3 choices/);
  });

  it('gives placeholder values from a mapping, in any order, or one by one', async () => {
    const prompter = new AnswersPrompter([{ order_id: 'A1', customer_name: '김민수' }, '친절한 상담원'], 'a.yaml', () => {});
    expect(await prompter.ask({ message: '고객 성함', name: 'customer_name' })).toBe('김민수');
    expect(await prompter.ask({ message: '주문 번호', name: 'order_id' })).toBe('A1');
    expect(await prompter.ask({ message: '상담원 이름', name: 'agent_name' })).toBe('친절한 상담원');
    expect(prompter.unused).toBe(0);
  });

  it('answers a step by reply text, goto or number; back and escalation are words of their own', async () => {
    let out = '';
    const prompter = new AnswersPrompter(['escalation', 'promise', 'back', 1], 'a.yaml', (text) => void (out += text));
    const step = {
      message: '고객이 뭐라고 했나요?',
      replies: [
        { label: '너무 늦어요.', goto: 'escalate' },
        { label: '네, 알겠습니다.', goto: 'promise' },
      ],
      canGoBack: true,
      escalation: '⚑ 에스컬레이션',
      keysHelp: '',
      firstStep: '',
      style: { highlight: (text: string) => text, message: (text: string) => text },
    };
    expect(await prompter.step(step)).toEqual({ action: 'reply', reply: 1, escalationShown: true });
    expect(out).toBe('⚑ 에스컬레이션\n');
    expect(await prompter.step(step)).toEqual({ action: 'back', escalationShown: false });
    expect(await prompter.step(step)).toEqual({ action: 'reply', reply: 0, escalationShown: false });
    // A step without replies takes no answer.
    expect(await prompter.step({ ...step, replies: [] })).toEqual({ action: 'next', escalationShown: false });
    await expect(prompter.step(step)).rejects.toThrow(/ran out of answers at "고객이 뭐라고 했나요\?" \(after 4\)/);
    await expect(new AnswersPrompter(['back'], 'a.yaml', () => {}).step({ ...step, canGoBack: false })).rejects.toThrow(/no step before the first one/);
  });
});

describe('walk --answers, end to end in-process', () => {
  it('walks a Korean branching chat script and writes a Markdown transcript', async () => {
    const record = path.join(tempDir(), 'walk.md');
    const run = await runInProcess(['walk', '--answers', 'answers/branch.yaml', '--record', record], { cwd: fixtureDir, env: ko });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).not.toMatch(/\u001B/);
    expect(run.stdout).toContain('? 어떤 플레이북으로 할까요? 환불 지연 문의 응대\n? 어떤 상황인가요? 환불 금액 미입금\n? 어느 채널인가요? 채팅\n');
    expect(run.stdout).toContain('? 고객 성함 · {{customer_name}} 김민수\n');
    expect(run.stdout).toContain('[설명] 3/6 · explain\n  주문 A20260114KR01의 환불은 카드사 처리에 따라 3~5영업일이 걸립니다.');
    expect(run.stdout).toContain('  ↳ 고객: “너무 늦어요. 지금 당장 해결해 주세요.”\n\n[에스컬레이션] 4/6 · escalate');
    expect(run.stdout).toMatch(/경로 +인사 → 공감 → explain “너무 늦어요. 지금 당장…” → escalate → promise\n +→ 마무리/);
    expect(run.stdout).toContain('필수 단계  ✓ 공감  ✓ 설명  ✓ 후속 조치');

    const transcript = readFileSync(record, 'utf8');
    expect(transcript).toMatch(/^# 스크립트 진행 기록: 환불 지연 문의 응대 › 환불 금액 미입금\n/);
    expect(transcript).toContain('| 입력값 | customer_name = 김민수, order_id = A20260114KR01 |');
    expect(transcript).toContain('| 상태 | 끝까지 진행 |');
    expect(transcript).toMatch(/### 3\. 설명 \(`explain`\) · 0:0\d\n\n> 주문 A20260114KR01의 환불은/);
    expect(transcript).toContain('*에스컬레이션 정보를 확인했습니다.*\n\n**고객:** “너무 늦어요. 지금 당장 해결해 주세요.” → `escalate`');
    expect(transcript).toContain('- **필수 단계:** ✓ 공감 · ✓ 설명 · ✓ 후속 조치');
  });

  it('writes JSON when the transcript file ends in .json', async () => {
    const record = path.join(tempDir(), 'walk.json');
    const answers = answersFile('- 1\n- customer_name: 김민수\n  order_id: B7\n- 2\n');
    const run = await runInProcess(['walk', 'refund-delay', '--scenario', 'refund-not-received', '--answers', answers, '--record', record], { cwd: fixtureDir });
    expect(run.exitCode).toBe(0);
    const transcript = JSON.parse(readFileSync(record, 'utf8'));
    expect(transcript).toMatchObject({
      transcript: 'servicebook-walk',
      version: 1,
      mode: 'walk',
      status: 'finished',
      playbook: { id: 'refund-delay', title: '환불 지연 문의 응대', file: 'playbooks/refund.yaml' },
      scenario: { id: 'refund-not-received' },
      channel: 'chat',
      variables: { customer_name: '김민수', order_id: 'B7' },
      pathText: 'greeting → empathy → explain ("네, 알겠습니다.") → promise → closing',
      required: [
        { kind: 'empathy', passed: true },
        { kind: 'explanation', passed: true },
        { kind: 'follow-up', passed: true },
      ],
    });
    expect(transcript.steps.map((step: { kind: string; left: string }) => `${step.kind}:${step.left}`)).toEqual([
      'greeting:next',
      'empathy:next',
      'explanation:reply',
      'follow-up:next',
      'closing:end',
    ]);
    expect(transcript.steps[2].reply).toEqual({ index: 1, customer: '네, 알겠습니다.', goto: 'promise' });
    expect(transcript.steps[0].say).toBe('김민수님, 안녕하세요. 고객센터 채팅 상담원입니다.');
  });

  it('goes back with `back`, and loops where the script loops', async () => {
    const answers = answersFile('- customer_name: 김민수\n  order_id: B7\n- 다시 한 번\n- back\n- 네\n');
    const run = await runInProcess(['walk', 'refund-delay', '-s', 'refund-not-received', '--channel', 'chat', '--answers', answers], { cwd: fixtureDir, env: ko });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('  ↳ 고객: “다시 한 번 설명해 주시겠어요?”\n\n[설명] 3/6 · explain');
    expect(run.stdout).toContain('  ↩ 한 단계 뒤로\n\n[설명] 3/6 · explain');
    expect(run.stdout).toMatch(/경로 +인사 → 공감 → explain “네, 알겠습니다.” → promise → 마무리\n/);
  });

  it('walks a file outside any project, and shows ✗ for a required kind the path skipped', async () => {
    const folder = tempDir();
    const playbook = readFileSync(path.join(fixtureDir, 'playbooks/refund.yaml'), 'utf8').replace(
      '              - customer: 다시 한 번 설명해 주시겠어요?',
      '              - customer: 괜찮습니다, 나중에 다시 연락할게요.\n                goto: end\n              - customer: 다시 한 번 설명해 주시겠어요?',
    );
    writeFileSync(path.join(folder, 'refund.yaml'), playbook);
    writeFileSync(path.join(folder, 'answers.yaml'), '- refund-not-received\n- chat\n- customer_name: 김민수\n  order_id: B7\n- 나중에\n');
    const run = await runInProcess(['walk', 'refund.yaml', '--answers', 'answers.yaml'], { cwd: folder, env: ko });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/경로 +인사 → 공감 → explain “괜찮습니다, 나중에 다시…”\n/);
    expect(run.stdout).toContain('필수 단계  ✓ 공감  ✓ 설명  ✗ 후속 조치');
  });

  it.each([
    {
      name: 'a goto that names no step',
      steps: ['- kind: empathy\n            say: 죄송합니다.\n            goto: nowhere'],
      stderr: /Step 1 of the chat script of loop goes to "nowhere", which is no step of it: run `servicebook lint`/,
    },
    {
      name: 'a loop without replies, which no answer can end',
      steps: ['- id: again\n            kind: empathy\n            say: 죄송합니다.\n            goto: again'],
      stderr: /passed 1000 steps without an end/,
    },
  ])('refuses $name with exit 2', async ({ steps, stderr }) => {
    const folder = tempDir();
    const yaml = ['kind: playbook', 'format: 1', 'id: loop', 'title: 고리', 'channels: [chat]', 'scenarios:', '  - id: loop', '    title: 고리', '    when: 시험', '    scripts:', '      chat:', '        steps:', ...steps.map((step) => `          ${step}`), ''].join('\n');
    writeFileSync(path.join(folder, 'loop.yaml'), yaml);
    writeFileSync(path.join(folder, 'answers.yaml'), '[]\n');
    const run = await runInProcess(['walk', 'loop.yaml', '--answers', 'answers.yaml'], { cwd: folder });
    expect(run.stderr).toMatch(stderr);
    expect(run.exitCode).toBe(2);
  });

  it('notes answers that were not needed', async () => {
    const answers = answersFile('- customer_name: 김민수\n  order_id: B7\n- 네\n- 너무 늦어요\n');
    const run = await runInProcess(['walk', 'refund-delay', '-s', 'refund-not-received', '--channel', 'chat', '--answers', answers], { cwd: fixtureDir });
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe(`servicebook: 1 answer(s) in ${answers} were not needed.\n`);
  });

  it('practice: the same seed gives the same drill, with a score', async () => {
    const answers = answersFile('[1, 2, 3, 1, 2, 3, 1, 2]\n');
    const drill = async () => {
      const record = path.join(tempDir(), 'drill.json');
      const run = await runInProcess(['walk', 'refund-delay', '-s', 'refund-not-received', '--channel', 'chat', '--practice', '--seed', '7', '--answers', answers, '--record', record], {
        cwd: fixtureDir,
        env: ko,
      });
      return { run, transcript: JSON.parse(readFileSync(record, 'utf8')) };
    };
    const first = await drill();
    const second = await drill();
    expect(first.run.exitCode).toBe(0);
    expect(first.run.stdout).toContain('연습 문제, 시드 7 (--seed 7로 같은 문제를 다시 풉니다).');
    const drillOf = (transcript: { steps: { index: number; practice?: unknown; reply?: unknown }[] }) =>
      transcript.steps.map((step) => ({ index: step.index, practice: step.practice, reply: step.reply }));
    expect(drillOf(second.transcript)).toEqual(drillOf(first.transcript));
    expect(first.transcript.mode).toBe('practice');
    expect(first.transcript.seed).toBe(7);
    const asked = first.transcript.steps.filter((step: { practice?: unknown }) => step.practice);
    expect(asked.length).toBeGreaterThanOrEqual(3);
    for (const step of asked) {
      expect(step.practice.candidates.length).toBeGreaterThanOrEqual(2);
      expect(step.practice.candidates.length).toBeLessThanOrEqual(4);
      expect(step.practice.candidates[step.practice.correct]).toBe(step.say);
    }
    const right = asked.filter((step: { practice: { correct: number; chosen: number } }) => step.practice.correct === step.practice.chosen).length;
    expect(first.transcript.score).toEqual({ right, asked: asked.length });
    expect(first.run.stdout).toMatch(new RegExp(`점수 +${right}/${asked.length} \\(\\d+%\\)`));
    expect(first.run.stdout).toMatch(/[✓✗] (정답입니다\.|아쉽습니다\. 정답은 \d번입니다\.)/);
    expect(first.run.stdout).toContain('│ 이유: 문제 → 해결 → 고객에게 돌아가는 이점 순서로 설명합니다.');
  });

  it('practice writes the score into the Markdown transcript', async () => {
    const record = path.join(tempDir(), 'drill.md');
    const answers = answersFile('[1, 1, 1]\n');
    const run = await runInProcess(['walk', 'refund-delay', '-s', 'partial-refund', '--channel', 'chat', '--practice', '--seed', '1', '--answers', answers, '--record', record], { cwd: fixtureDir, env: ko });
    expect(run.exitCode).toBe(0);
    const transcript = readFileSync(record, 'utf8');
    expect(transcript).toMatch(/^# 연습 문제 기록: /);
    expect(transcript).toContain('| 시드 | 1 |');
    expect(transcript).toMatch(/- \*\*점수:\*\* \d\/3 \(\d+%\)/);
    expect(transcript).toMatch(/1\. .* — (\*\*정답\*\*, )?_고른 답_/);
  });

  it.each([
    { name: 'no terminal and no answers', args: ['walk'], stderr: /^servicebook: walk needs a terminal: run it in one .*--answers FILE/ },
    { name: 'an unknown playbook id', args: ['walk', 'refund-dely', '--answers', 'answers/branch.yaml'], stderr: /No playbook "refund-dely"; did you mean refund-delay\?/ },
    {
      name: 'an unknown scenario',
      args: ['walk', 'refund-delay', '--scenario', 'partial-refnd', '--answers', 'answers/branch.yaml'],
      stderr: /No scenario "partial-refnd" in playbook refund-delay\. Did you mean partial-refund\? It has: refund-not-received, partial-refund\./,
    },
    { name: 'a channel the scenario has no script for', args: ['walk', 'refund-delay', '-s', 'partial-refund', '--channel', 'sms', '--answers', 'answers/branch.yaml'], stderr: /No channel "sms"/ },
    { name: 'a bad --var', args: ['walk', '--var', 'customer_name', '--answers', 'answers/branch.yaml'], stderr: /--var takes name=value/ },
    { name: 'a bad --seed', args: ['walk', '--practice', '--seed', 'seven', '--answers', 'answers/branch.yaml'], stderr: /--seed takes a whole number/ },
    { name: 'a missing answers file', args: ['walk', '--answers', 'nope.yaml'], stderr: /Cannot read the answers file nope\.yaml: ENOENT/ },
    { name: 'a transcript in a missing folder', args: ['walk', '--answers', 'answers/branch.yaml', '--record', 'no/such/walk.md'], stderr: /there is no folder no\/such/ },
    { name: 'answers that run out', args: ['walk', 'refund-delay', '--answers', 'answers/short.yaml'], stderr: /answers\/short\.yaml ran out of answers at "Which channel\?"/ },
  ])('exits 2 with one line for $name', async ({ args, stderr }) => {
    const run = await runInProcess(args, { cwd: fixtureDir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(stderr);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
