/** The prompt under each step, rendered by @inquirer/testing: keys pressed, screen asserted. */
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { stepPrompt, type StepPromptConfig } from '../../src/walk/step-prompt.js';

const escalation = ['  ⚑ 에스컬레이션', '    넘길 곳  결제팀 2선'].join('\n');

function config(overrides: Partial<StepPromptConfig> = {}): StepPromptConfig {
  return {
    message: '고객이 뭐라고 했나요?',
    replies: [],
    canGoBack: true,
    escalation,
    keysHelp: '  ⏎ 다음 · b 이전 · e 에스컬레이션',
    firstStep: '  첫 단계라서 돌아갈 단계가 없습니다.',
    style: { highlight: (text) => `>>${text}`, message: (text) => text },
    ...overrides,
  };
}

const replies = ['너무 늦어요. 지금 당장 해결해 주세요.', '네, 알겠습니다.', '다시 한 번 설명해 주시겠어요?'];

describe('step prompt', () => {
  it('goes on with Enter when the step has no replies', async () => {
    const { answer, events, getScreen } = await render(stepPrompt, config());
    expect(getScreen()).toBe('⏎ 다음 · b 이전 · e 에스컬레이션');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ action: 'next', escalationShown: false });
  });

  it('lists the replies, moves with the arrows and chooses with Enter', async () => {
    const { answer, events, getScreen } = await render(stepPrompt, config({ replies }));
    expect(getScreen()).toBe(
      [
        '고객이 뭐라고 했나요?',
        '>>  ❯ 1. 너무 늦어요. 지금 당장 해결해 주세요.',
        '    2. 네, 알겠습니다.',
        '    3. 다시 한 번 설명해 주시겠어요?',
        '  ⏎ 다음 · b 이전 · e 에스컬레이션',
      ].join('\n'),
    );
    events.keypress('down');
    expect(getScreen()).toContain('>>  ❯ 2. 네, 알겠습니다.');
    events.keypress('up');
    events.keypress('up'); // wraps around to the last
    expect(getScreen()).toContain('>>  ❯ 3. 다시 한 번 설명해 주시겠어요?');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ action: 'reply', reply: 2, escalationShown: false });
  });

  it('jumps to a reply by its number', async () => {
    const { answer, events, getScreen } = await render(stepPrompt, config({ replies }));
    events.keypress('2');
    expect(getScreen()).toContain('>>  ❯ 2. 네, 알겠습니다.');
    events.keypress('9'); // no such reply: nothing moves
    expect(getScreen()).toContain('>>  ❯ 2. 네, 알겠습니다.');
    events.keypress('enter');
    await expect(answer).resolves.toMatchObject({ action: 'reply', reply: 1 });
  });

  it('shows and hides the escalation info with e, and says it was seen', async () => {
    const { answer, events, getScreen } = await render(stepPrompt, config({ replies }));
    expect(getScreen()).not.toContain('결제팀 2선');
    // keypress, not type: type() writes to the input too, and readline reports that as a second key.
    events.keypress('e');
    expect(getScreen()).toContain('⚑ 에스컬레이션\n    넘길 곳  결제팀 2선');
    events.keypress('e');
    expect(getScreen()).not.toContain('결제팀 2선');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ action: 'reply', reply: 0, escalationShown: true });
  });

  it('goes back with b', async () => {
    const { answer, events } = await render(stepPrompt, config());
    events.keypress('b');
    await expect(answer).resolves.toEqual({ action: 'back', escalationShown: false });
  });

  it('goes back with ㅠ, the b key while typing Hangul, and with Backspace', async () => {
    const hangul = await render(stepPrompt, config({ replies }));
    hangul.events.type('ㅠ');
    await expect(hangul.answer).resolves.toMatchObject({ action: 'back' });
    const backspace = await render(stepPrompt, config());
    backspace.events.keypress('backspace');
    await expect(backspace.answer).resolves.toMatchObject({ action: 'back' });
  });

  it('says so when b is pressed on the first step, and stays', async () => {
    const { answer, events, getScreen } = await render(stepPrompt, config({ canGoBack: false, keysHelp: '  ⏎ 다음 · e 에스컬레이션' }));
    events.keypress('b');
    expect(getScreen()).toBe('첫 단계라서 돌아갈 단계가 없습니다.\n  ⏎ 다음 · e 에스컬레이션');
    events.keypress('down'); // any other key clears the notice
    expect(getScreen()).toBe('⏎ 다음 · e 에스컬레이션');
    events.keypress('enter');
    await expect(answer).resolves.toMatchObject({ action: 'next' });
  });

  it('shows wrapped replies under their number', async () => {
    const { answer, events, getScreen } = await render(stepPrompt, config({ replies: ['벌써 일주일째예요.\n카드사는 모른다고 하던데요.', '네.'] }));
    expect(getScreen()).toContain('>>  ❯ 1. 벌써 일주일째예요.\n       카드사는 모른다고 하던데요.');
    // Answer it: a prompt left open is force-closed when the test worker exits, an unhandled rejection.
    events.keypress('enter');
    await expect(answer).resolves.toMatchObject({ action: 'reply', reply: 0 });
  });
});
