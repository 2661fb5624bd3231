/**
 * FORMAT.md §1.1 "Flow": a script is a graph that starts at its first step. After a step comes each
 * reply's goto if it has replies, else its own goto, else nothing if `end: true` or it is the last step,
 * else the next step. Seen through required-steps, unreachable-step, broken-goto and step-order.
 */
import { describe, expect, it } from 'vitest';
import { at, chatPlaybook, lintText, ofRule } from './support.js';

const FLOW_RULES = ['required-steps', 'unreachable-step', 'broken-goto', 'step-order'];
const flowFindings = (text: string) => lintText(text).messages.filter((m) => FLOW_RULES.includes(m.ruleId ?? ''));

describe('flow', () => {
  it("after a step with replies come only the replies' gotos, not the next step", () => {
    const text = chatPlaybook(`
- kind: empathy
  say: "{{customer_name}}님, 메일을 받지 못하셔서 불편하셨겠어요. 죄송합니다."
- kind: questioning
  say: 혹시 스팸함도 확인해 보셨을까요?
  replies:
    - customer: 네, 거기도 없었어요.
      goto: resend
    - customer: 아직 안 봤어요.
      goto: spam
- kind: questioning
  say: 혹시 다른 메일 주소를 쓰고 계신가요?
- id: spam
  kind: explanation
  say: 재설정 메일은 스팸함으로 분류되는 경우가 많습니다. 한 번 확인해 주시겠어요?
  goto: done
- id: resend
  kind: explanation
  say: 확인해 보니 발송이 지연되고 있어 메일을 다시 보내 드렸습니다.
- id: done
  kind: follow-up
  say: 10분 안에 도착하지 않으면 이 창에 말씀해 주세요.
  due: 10m
`);
    const found = flowFindings(text);
    expect(found).toEqual([
      expect.objectContaining({ ruleId: 'unreachable-step', severity: 1, ...at(text, 'kind: questioning\n  ', 2) }),
    ]);
  });

  it("a step's own goto is not followed when the step has replies", () => {
    const text = chatPlaybook(`
- kind: empathy
  say: "{{customer_name}}님, 불편을 드려 죄송합니다."
- kind: explanation
  say: 재설정 메일이 스팸함으로 분류되는 경우가 있어 다시 보내 드렸습니다.
  goto: security
  replies:
    - customer: 받았어요, 감사합니다.
      goto: done
- id: security
  kind: action
  say: 추가로 계정 보안 설정을 점검해 드리겠습니다.
- id: done
  kind: follow-up
  say: 내일 한 번 더 로그인 상태를 확인해 연락드리겠습니다.
  due: 1d
`);
    const found = flowFindings(text);
    expect(found).toEqual([
      expect.objectContaining({ ruleId: 'unreachable-step', severity: 1, line: at(text, 'id: security').line }),
    ]);
  });

  it("a step's goto jumps over the steps in between, which are then unreachable", () => {
    const text = chatPlaybook(`
- kind: empathy
  say: "{{customer_name}}님, 불편을 드려 죄송합니다."
  goto: explain
- kind: verification
  say: 본인 확인을 위해 생년월일을 말씀해 주시겠어요?
- kind: questioning
  say: 가입하신 메일 주소가 어떻게 되시나요?
- id: explain
  kind: explanation
  say: 재설정 메일을 다시 보내 드렸습니다.
- kind: follow-up
  say: 10분 안에 도착하지 않으면 말씀해 주세요.
  due: 10m
`);
    const found = flowFindings(text);
    expect(found).toHaveLength(2);
    expect(found.every((m) => m.ruleId === 'unreachable-step' && m.severity === 1)).toBe(true);
    expect(found.map((m) => m.line).sort((a, b) => a - b)).toEqual([at(text, 'kind: verification').line, at(text, 'kind: questioning').line]);
  });

  it('`end: true` ends the conversation: the path through it must still pass the required kinds', () => {
    const text = chatPlaybook(`
- kind: empathy
  say: "{{customer_name}}님, 불편을 드려 죄송합니다."
- kind: explanation
  say: 재설정 메일을 다시 보내 드렸습니다. 지금 받은편지함을 확인해 주시겠어요?
  replies:
    - customer: 왔어요! 해결됐어요.
      goto: thanks
    - customer: 아직 안 왔어요.
      goto: later
- id: thanks
  kind: closing
  say: 해결되셨다니 다행입니다. 이용해 주셔서 감사합니다.
  end: true
- id: later
  kind: follow-up
  say: 10분 뒤에 제가 다시 확인해서 이 창으로 알려 드리겠습니다.
  due: 10m
`);
    const found = flowFindings(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.ruleId).toBe('required-steps');
    expect(found[0]!.severity).toBe(2);
    expect(found[0]!.message).toContain('follow-up');
    // the message shows the path that skips it: it ends at the closing step
    expect(found[0]!.message).toMatch(/closing|thanks/);
  });

  it('`end: true` makes the following step unreachable unless something jumps to it', () => {
    const text = chatPlaybook(`
- kind: empathy
  say: "{{customer_name}}님, 불편을 드려 죄송합니다."
- kind: explanation
  say: 재설정 메일을 다시 보내 드렸습니다.
- kind: follow-up
  say: 10분 안에 도착하지 않으면 이 창에 말씀해 주세요.
  due: 10m
  end: true
- kind: closing
  say: 이용해 주셔서 감사합니다.
`);
    const found = flowFindings(text);
    expect(found).toEqual([expect.objectContaining({ ruleId: 'unreachable-step', severity: 1, line: at(text, 'kind: closing').line })]);
  });

  it("a reply's `goto: end` ends the path there", () => {
    const text = chatPlaybook(`
- kind: empathy
  say: "{{customer_name}}님, 불편을 드려 죄송합니다."
- kind: explanation
  say: 재설정 메일을 다시 보내 드렸습니다. 받으셨나요?
  replies:
    - customer: 네, 받았어요.
      goto: end
    - customer: 아니요.
      goto: later
- id: later
  kind: follow-up
  say: 10분 뒤에 다시 확인해서 알려 드리겠습니다.
  due: 10m
`);
    const found = flowFindings(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'required-steps', severity: 2 });
    expect(found[0]!.message).toContain('follow-up');
  });

  it('the last step ends the path (no wrap-around), so every branch joining before it is fine', () => {
    const text = chatPlaybook(`
- kind: greeting
  say: "{{customer_name}}님, 안녕하세요."
  replies:
    - customer: 정말 화가 나네요.
      goto: sorry
    - customer: 메일이 안 와요.
      goto: sorry
- id: sorry
  kind: empathy
  say: 불편을 드려 정말 죄송합니다.
- kind: explanation
  say: 재설정 메일을 다시 보내 드렸습니다.
- kind: follow-up
  say: 10분 뒤에 다시 확인해서 알려 드리겠습니다.
  due: 10m
`);
    expect(flowFindings(text)).toEqual([]);
  });

  it('loops are allowed and analysed without hanging', () => {
    const text = chatPlaybook(`
- kind: empathy
  say: "{{customer_name}}님, 불편을 드려 죄송합니다."
- id: ask
  kind: questioning
  say: 가입하신 메일 주소를 한 번 더 말씀해 주시겠어요?
  replies:
    - customer: 아, 잘못 말씀드렸어요. 다시 말할게요.
      goto: ask
    - customer: 네, 그 주소가 맞아요.
      goto: explain
- id: explain
  kind: explanation
  say: 그 주소로 재설정 메일을 다시 보내 드렸습니다.
- id: check
  kind: follow-up
  say: 메일이 왔는지 확인해 주시겠어요?
  due: 10m
  replies:
    - customer: 아직이요.
      goto: explain
    - customer: 왔어요.
      goto: end
`);
    const { run, messages } = lintText(text);
    expect(messages.filter((m) => FLOW_RULES.includes(m.ruleId ?? ''))).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('a loop that skips a required kind on some path is still found', () => {
    const text = chatPlaybook(`
- id: sorry
  kind: empathy
  say: "{{customer_name}}님, 불편을 드려 죄송합니다."
- id: explain
  kind: explanation
  say: 재설정 메일을 다시 보내 드렸습니다. 받으셨나요?
  replies:
    - customer: 아직이요.
      goto: explain
    - customer: 받았어요.
      goto: end
    - customer: 다른 문제도 있어요.
      goto: later
- id: later
  kind: follow-up
  say: 담당 부서에 전달하고 내일 연락드리겠습니다.
  due: 1d
`);
    const found = ofRule(lintText(text).messages, 'required-steps');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('follow-up');
  });

  it('step-order follows paths, not the order of the file', () => {
    // the explanation is written before the empathy, but every path meets empathy first
    const text = chatPlaybook(`
- kind: greeting
  say: "{{customer_name}}님, 안녕하세요."
  goto: sorry
- id: explain
  kind: explanation
  say: 재설정 메일을 다시 보내 드렸습니다.
  goto: later
- id: sorry
  kind: empathy
  say: 메일을 받지 못하셔서 불편하셨겠어요. 죄송합니다.
  goto: explain
- id: later
  kind: follow-up
  say: 10분 뒤에 다시 확인해서 알려 드리겠습니다.
  due: 10m
`);
    expect(flowFindings(text)).toEqual([]);
  });

  it('step-order leaves a branch that never passes empathy to required-steps (FORMAT.md §3: "on some path that passes both kinds")', () => {
    const text = chatPlaybook(`
- kind: greeting
  say: "{{customer_name}}님, 안녕하세요."
  replies:
    - customer: 너무 답답해요.
      goto: sorry
    - customer: 그냥 방법만 알려 주세요.
      goto: explain
- id: sorry
  kind: empathy
  say: 메일을 받지 못하셔서 답답하셨겠어요. 죄송합니다.
- id: explain
  kind: explanation
  say: 재설정 메일은 스팸함으로 분류되는 경우가 있습니다.
- kind: follow-up
  say: 10분 뒤에 다시 확인해서 알려 드리겠습니다.
  due: 10m
`);
    const messages = lintText(text).messages;
    expect(ofRule(messages, 'step-order')).toHaveLength(0);
    // that branch never passes empathy: required-steps' business
    expect(ofRule(messages, 'required-steps').map((m) => m.message).join()).toContain('empathy');
  });

  it('step-order fires when a path passes the explanation before its first empathy', () => {
    const text = chatPlaybook(`
- kind: greeting
  say: "{{customer_name}}님, 안녕하세요."
- id: explain
  kind: explanation
  say: 재설정 메일은 스팸함으로 분류되는 경우가 있습니다.
- id: sorry
  kind: empathy
  say: 메일을 받지 못하셔서 답답하셨겠어요. 죄송합니다.
- kind: follow-up
  say: 10분 뒤에 다시 확인해서 알려 드리겠습니다.
  due: 10m
`);
    const messages = lintText(text).messages;
    const order = ofRule(messages, 'step-order');
    expect(order).toHaveLength(1);
    expect(order[0]!.severity).toBe(1);
    // the step at fault: its mapping (line of `id: explain`) or its `kind: explanation`
    expect([at(text, 'id: explain').line, at(text, 'kind: explanation').line]).toContain(order[0]!.line);
    expect(ofRule(messages, 'required-steps')).toHaveLength(0);
  });
});
