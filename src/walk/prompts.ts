/**
 * Every question the walk asks goes through a Prompter: in a terminal, @inquirer/prompts (and our step
 * prompt); without one, an answers file (answers.ts). The only module that calls @inquirer/prompts.
 */
import { input, search, select } from '@inquirer/prompts';
import { stripVTControlCharacters, styleText } from 'node:util';
import { Interrupted } from '../core/errors.js';
import { stepPrompt, type StepPromptAnswer } from './step-prompt.js';

export interface Choice<T> {
  value: T;
  /** What an answers file may name it by: a playbook, scenario or channel id, a reply's goto. */
  id: string;
  /** As the list shows it (may carry colour and line breaks). */
  name: string;
  /** Shown under the list for the highlighted choice: the `when` trigger of a scenario, for one. */
  description?: string;
  /** As the answer line shows it once chosen. */
  short?: string;
}

export interface ChooseQuestion<T> {
  message: string;
  choices: Choice<T>[];
  /** A list to type into and filter (playbooks, scenarios), rather than only to move through. */
  searchable?: boolean;
  /** Print the choices also when answered from a file: a drill's candidates belong in its record. */
  showChoices?: boolean;
}

export interface AskQuestion {
  message: string;
  /** The placeholder's name, by which an answers file may give it in a mapping. */
  name: string;
}

export interface StepQuestion {
  message: string;
  /** The customer's replies: label and goto. Empty when Enter goes on. */
  replies: { label: string; goto: string }[];
  canGoBack: boolean;
  escalation: string;
  keysHelp: string;
  firstStep: string;
  style: { highlight(text: string): string; message(text: string): string };
}

export type StepAnswer = StepPromptAnswer;

export interface Prompter {
  choose<T>(question: ChooseQuestion<T>): Promise<T>;
  ask(question: AskQuestion): Promise<string>;
  step(question: StepQuestion): Promise<StepAnswer>;
}

/**
 * Prompts in the terminal. Ctrl-C in any of them becomes Interrupted (exit 130). `keys` names the actions in
 * inquirer's help line (navigate, select) in the UI language.
 */
export function terminalPrompter(keys: Readonly<Record<string, string>> = {}): Prompter {
  const theme = {
    style: {
      keysHelpTip: (tips: [key: string, action: string][]) =>
        tips.map(([key, action]) => `${styleText('bold', key)} ${styleText('dim', keys[action] ?? action)}`).join(styleText('dim', ' • ')),
    },
  };
  return {
    choose: <T>(question: ChooseQuestion<T>) =>
      interruptible(() => {
        const choices = question.choices.map(({ value, name, description, short }) => ({ value, name, description, short: short ?? name }));
        if (!question.searchable) {
          const lines = choices.reduce((sum, choice) => sum + choice.name.split('\n').length, 0);
          return select<T>({ message: question.message, choices, theme, pageSize: Math.max(3, Math.min(Math.max(7, lines), terminalRows() - 6)) });
        }
        return search<T>({
          message: question.message,
          source: (term) => choices.filter((choice, index) => matches(term, [choice.name, choice.description ?? '', question.choices[index]!.id])),
          theme,
          pageSize: Math.min(10, Math.max(4, terminalRows() - 8)),
        });
      }),
    ask: (question) => interruptible(() => input({ message: question.message })),
    step: (question) =>
      interruptible(() =>
        stepPrompt(
          {
            message: question.message,
            replies: question.replies.map((reply) => reply.label),
            canGoBack: question.canGoBack,
            escalation: question.escalation,
            keysHelp: question.keysHelp,
            firstStep: question.firstStep,
            style: question.style,
          },
          // The walk prints what was chosen itself, the same in a terminal and from an answers file.
          { clearPromptOnDone: true },
        ),
      ),
  };
}

export function terminalColumns(): number {
  return process.stdout.columns || 80;
}

function terminalRows(): number {
  return process.stdout.rows || 24;
}

/** Every word typed appears somewhere in the choice, ignoring case and colour. */
export function matches(term: string | undefined, fields: readonly string[]): boolean {
  const words = (term ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = stripVTControlCharacters(fields.join('\n')).toLowerCase();
  return words.every((word) => haystack.includes(word));
}

async function interruptible<T>(ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') throw new Interrupted();
    throw error;
  }
}
