/**
 * The prompt under each step of a walk, built on @inquirer/core: the customer's replies to pick from (or
 * Enter to go on), `b` to go back a step, `e` to show the scenario's escalation info. Only prompts.ts calls it.
 */
import { createPrompt, isBackspaceKey, isDownKey, isEnterKey, isNumberKey, isUpKey, useKeypress, useState, type KeypressEvent } from '@inquirer/core';

export interface StepPromptConfig {
  /** The question above the replies, e.g. "What did the customer say?"; unused without replies. */
  message: string;
  /** The customer's replies as the list shows them, already wrapped to the terminal. */
  replies: string[];
  canGoBack: boolean;
  /** The escalation info, rendered; `e` shows and hides it. */
  escalation: string;
  /** The help line: which keys do what. */
  keysHelp: string;
  /** Said when `b` is pressed on the first step. */
  firstStep: string;
  style: { highlight(text: string): string; message(text: string): string };
}

export type StepPromptAnswer = ({ action: 'next' } | { action: 'reply'; reply: number } | { action: 'back' }) & { escalationShown: boolean };

/** b, ←, Backspace; and ㅠ, which is b on a Korean (두벌식) keyboard left in Hangul mode. */
const BACK_KEYS = new Set(['b', 'ㅠ', 'left']);
/** e, and ㄷ (e in Hangul mode). */
const ESCALATION_KEYS = new Set(['e', 'ㄷ']);
const HIDE_CURSOR = '\u001B[?25l';

export const stepPrompt = createPrompt<StepPromptAnswer, StepPromptConfig>((config, done) => {
  const [active, setActive] = useState(0);
  const [showEscalation, setShowEscalation] = useState(false);
  const [escalationShown, setEscalationShown] = useState(false);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const count = config.replies.length;

  useKeypress((key, rl) => {
    const typed = keyName(key, rl.line);
    rl.clearLine(0);
    setNotice(undefined);
    if (isEnterKey(key)) {
      done(count > 0 ? { action: 'reply', reply: active, escalationShown } : { action: 'next', escalationShown });
    } else if (count > 0 && (isUpKey(key) || isDownKey(key))) {
      setActive((active + (isUpKey(key) ? count - 1 : 1)) % count);
    } else if (count > 0 && isNumberKey(key) && Number(typed) >= 1 && Number(typed) <= count) {
      setActive(Number(typed) - 1);
    } else if (isBackspaceKey(key) || BACK_KEYS.has(typed)) {
      if (config.canGoBack) done({ action: 'back', escalationShown });
      else setNotice(config.firstStep);
    } else if (ESCALATION_KEYS.has(typed)) {
      setShowEscalation(!showEscalation);
      setEscalationShown(true);
    }
  });

  const lines: string[] = [];
  if (count > 0) {
    lines.push(`  ${config.style.message(config.message)}`);
    config.replies.forEach((reply, index) => {
      const [first = '', ...rest] = reply.split('\n');
      const pointer = index === active ? '❯' : ' ';
      const item = [`  ${pointer} ${index + 1}. ${first}`, ...rest.map((line) => `       ${line}`)].join('\n');
      lines.push(index === active ? config.style.highlight(item) : item);
    });
  }
  if (showEscalation) lines.push(config.escalation);
  if (notice) lines.push(notice);
  lines.push(config.keysHelp);
  return `${lines.join('\n')}${HIDE_CURSOR}`;
});

/** The key pressed: readline names ASCII keys; other characters (Hangul jamo) are only in the line. */
function keyName(key: KeypressEvent, line: string): string {
  const sequence = (key as KeypressEvent & { sequence?: string }).sequence;
  return key.name || sequence || line.slice(-1);
}
