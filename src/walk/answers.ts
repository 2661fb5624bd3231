/**
 * `walk --answers FILE`: a YAML or JSON list of choices drives the walk without a terminal (scripted runs,
 * tests). Each entry answers the next question that needs a decision, in the order the walk asks them:
 *
 *   - which playbook, scenario, channel — only when not given on the command line and there is a choice;
 *   - each placeholder value not given with --var;
 *   - at a step with replies, what the customer said (steps without replies go on by themselves);
 *   - in practice mode, which candidate line (the customer's replies are drawn from the seed there).
 *
 * An entry is a number (the n-th choice, from 1, as the list shows them), or a string: a choice's id (a
 * playbook, scenario or channel id, or the `goto` of a reply), else its text exactly, else the one choice
 * whose text contains it, ignoring case; for a placeholder, the value itself. At a step, `back` goes back one
 * step and `escalation` shows the escalation info (the next entry then answers the step). A mapping
 * (`customer_name: 김민수`) gives placeholder values by name, used as those placeholders are asked.
 * docs/walk.md has examples.
 */
import { stripVTControlCharacters } from 'node:util';
import { parse } from 'yaml';
import { UsageError } from '../core/errors.js';
import { usage, type Text } from '../core/messages.js';
import { truncate } from './view.js';
import type { AskQuestion, Choice, ChooseQuestion, Prompter, StepAnswer, StepQuestion } from './prompts.js';

export type AnswerEntry = string | number | Readonly<Record<string, string | number>>;

export function parseAnswers(text: string, file: string): AnswerEntry[] {
  let value: unknown;
  try {
    value = parse(text);
  } catch (error) {
    throw new UsageError(usage('answersNotYaml', { file, reason: (error instanceof Error ? error.message : String(error)).split('\n')[0]! }));
  }
  if (!Array.isArray(value)) throw new UsageError(usage('answersNotList', { file }));
  return value.map((entry: unknown, index): AnswerEntry => {
    if (typeof entry === 'string' || (typeof entry === 'number' && Number.isFinite(entry))) return entry;
    if (entry !== null && typeof entry === 'object' && !Array.isArray(entry) && Object.values(entry).every((v) => typeof v === 'string' || typeof v === 'number')) {
      return entry as Record<string, string | number>;
    }
    throw new UsageError(usage('answerShape', { file, number: index + 1, entry: JSON.stringify(entry) }));
  });
}

export class AnswersPrompter implements Prompter {
  private position = 0;
  private readonly values = new Map<string, string>();

  constructor(
    private readonly entries: readonly AnswerEntry[],
    private readonly file: string,
    /** Where the questions and the answers taken are printed, plainly. */
    private readonly out: (text: string) => void,
  ) {}

  /** Answers never asked for: the file does not fit the walk it drove, which is worth a word. */
  get unused(): number {
    return this.entries.length - this.position;
  }

  async choose<T>(question: ChooseQuestion<T>): Promise<T> {
    const entry = this.take(question.message);
    const choice = this.resolve(entry, question.choices);
    const answer = plain(choice.short ?? choice.name);
    if (!question.showChoices) this.out(`? ${question.message} ${answer}\n`);
    else this.out(`? ${question.message}\n${question.choices.map((c) => `  ${stripVTControlCharacters(c.name)}\n`).join('')}  › ${answer}\n`);
    return choice.value;
  }

  async ask(question: AskQuestion): Promise<string> {
    while (!this.values.has(question.name)) {
      const entry = this.take(question.message);
      if (typeof entry !== 'object') {
        this.values.set(question.name, String(entry));
        break;
      }
      for (const [name, value] of Object.entries(entry)) if (!this.values.has(name)) this.values.set(name, String(value));
    }
    const value = this.values.get(question.name)!;
    this.out(`? ${question.message} ${value}\n`);
    return value;
  }

  async step(question: StepQuestion): Promise<StepAnswer> {
    if (question.replies.length === 0) return { action: 'next', escalationShown: false };
    let escalationShown = false;
    for (;;) {
      const entry = this.take(question.message);
      if (entry === 'escalation') {
        this.out(`${question.escalation}\n`);
        escalationShown = true;
        continue;
      }
      if (entry === 'back') {
        if (!question.canGoBack) throw this.error(entry, usage('answerNoStepBefore'));
        return { action: 'back', escalationShown };
      }
      const choices = question.replies.map((reply, index) => ({ value: index, id: reply.goto, name: reply.label }));
      return { action: 'reply', reply: this.resolve(entry, choices).value, escalationShown };
    }
  }

  private take(what: string): AnswerEntry {
    const entry = this.entries[this.position];
    if (entry === undefined) throw new UsageError(usage('answersRanOut', { file: this.file, question: plain(what), count: this.entries.length }));
    this.position += 1;
    return entry;
  }

  private resolve<T>(entry: AnswerEntry, choices: readonly Choice<T>[]): Choice<T> {
    if (typeof entry === 'object') throw this.error(entry, usage('answerMappingForChoice', { choices: list(choices) }));
    if (typeof entry === 'number') {
      const choice = Number.isInteger(entry) ? choices[entry - 1] : undefined;
      if (!choice) throw this.error(entry, usage('answerOutOfRange', { count: choices.length, choices: list(choices) }));
      return choice;
    }
    const wanted = entry.replace(/\s+/g, ' ').trim();
    const lower = wanted.toLowerCase();
    const tiers = [
      choices.filter((choice) => choice.id === wanted),
      choices.filter((choice) => plain(choice.name) === wanted),
      choices.filter((choice) => plain(choice.name).toLowerCase().includes(lower) || choice.id.toLowerCase() === lower),
    ];
    for (const found of tiers) {
      if (found.length === 1) return found[0]!;
      if (found.length > 1) throw this.error(entry, usage('answerAmbiguous', { choices: list(found) }));
    }
    throw this.error(entry, usage('answerFitsNone', { choices: list(choices) }));
  }

  private error(entry: AnswerEntry, why: Text): UsageError {
    return new UsageError(usage('answerRefused', { file: this.file, number: this.position, entry: JSON.stringify(entry), why }));
  }
}

function plain(text: string): string {
  return stripVTControlCharacters(text).replace(/\s+/g, ' ').trim();
}

function list(choices: readonly Choice<unknown>[]): string {
  return choices.map((choice, index) => `${index + 1}. ${truncate(plain(choice.name), 40)}`).join(', ');
}
