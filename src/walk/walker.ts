/**
 * The walk itself: shows each step, asks through the Prompter, moves the session along, and tells the
 * command after every move so the transcript on disk is always whole. No file or process access here.
 */
import stringWidth from 'string-width';
import { Interrupted, UsageError } from '../core/errors.js';
import { buildGraph } from '../model/flow.js';
import { usage } from '../core/messages.js';
import { hasKind, kindsOf, type StepKind } from '../model/types.js';
import type { WalkTarget } from './choose.js';
import { showText } from './fill.js';
import { channelLabel, kindsBadge, kindsLabel } from './labels.js';
import { buildQuestion, customerReply, score, type LibraryLine, type PracticeAnswer } from './practice.js';
import type { Prompter } from './prompts.js';
import { WalkSession, type Clock } from './session.js';
import { padEnd, renderBack, renderEscalation, renderNote, renderReply, renderStep, renderSummary, wrap, type Look } from './view.js';

/** A walk longer than this is a script looping without replies (an answers file would never end it). */
export const MAX_STEPS = 1000;
/** A drill stops here even if the customer's replies keep it in a loop. */
export const MAX_PRACTICE_STEPS = 100;

export interface WalkRun {
  target: WalkTarget;
  look: Look;
  prompter: Prompter;
  out: (text: string) => void;
  clock: Clock;
  required: StepKind[];
  /** Called after every move, with the session and practice answers so far. */
  onChange: (session: WalkSession, practice?: readonly PracticeAnswer[]) => void;
  /** The transcript file, named in the summary. */
  transcript?: string;
  practice?: { seed: number; lines: readonly LibraryLine[] };
}

export interface WalkResult {
  session: WalkSession;
  practice?: PracticeAnswer[];
}

/** Walks the target's script. On Ctrl-C the session is ended where it is, reported, and Interrupted rethrown. */
export async function walk(run: WalkRun): Promise<WalkResult> {
  const graph = buildGraph(run.target.script);
  const broken = graph.brokenGotos[0];
  if (broken) {
    throw new UsageError(
      usage('brokenGotoInWalk', { step: broken.step + 1, channel: run.target.channel, scenario: run.target.scenario.id, target: broken.target }),
    );
  }
  run.out(renderHeader(run));
  const session = new WalkSession(graph, run.clock);
  const practice: PracticeAnswer[] | undefined = run.practice ? [] : undefined;
  run.onChange(session, practice);
  try {
    if (run.practice) await drill(run, session, practice!, run.practice);
    else await walkSteps(run, session);
  } catch (error) {
    if (error instanceof Interrupted) {
      session.interrupt();
      run.onChange(session, practice);
    }
    throw error;
  }
  run.onChange(session, practice);
  run.out(renderEnd(run, session, practice));
  return practice ? { session, practice } : { session };
}

async function walkSteps(run: WalkRun, session: WalkSession): Promise<void> {
  const { look, target } = run;
  const steps = target.script.steps;
  const escalation = renderEscalation(look, target.scenario.escalation);
  for (let index = session.current; index !== undefined; index = session.current) {
    if (session.visits.length > MAX_STEPS) throw new UsageError(usage('walkLoops', { limit: MAX_STEPS }));
    const step = steps[index]!;
    run.out(renderStep(look, { step, index, total: steps.length, text: showText(target.playbook, step.say, target.variables) }));
    // An escalation step is where the agent needs the hand-over details: show them without a key.
    if (hasKind(step, 'escalation') && target.scenario.escalation) run.out(`${escalation}\n`);
    const answer = await run.prompter.step({
      message: look.ui.customerSaid,
      replies: (step.replies ?? []).map((reply) => ({ label: wrap(reply.customer, look.width - 9), goto: reply.goto })),
      canGoBack: session.canGoBack,
      escalation,
      keysHelp: keysHelp(look, (step.replies?.length ?? 0) > 0, session.canGoBack, session.graph.edges[index]?.[0]?.to === 'end'),
      firstStep: look.chalk.yellow(`  ${look.ui.firstStep}`),
      style: { highlight: (text) => look.chalk.cyan(text), message: (text) => look.chalk.bold(text) },
    });
    if (answer.escalationShown) session.noteEscalationShown();
    if (answer.action === 'reply') {
      run.out(`${renderReply(look, step.replies![answer.reply]!.customer)}\n`);
      session.reply(answer.reply);
    } else if (answer.action === 'back') {
      run.out(`${renderBack(look)}\n`);
      session.back();
    } else {
      session.next();
    }
    run.onChange(session);
  }
}

async function drill(run: WalkRun, session: WalkSession, answers: PracticeAnswer[], practice: NonNullable<WalkRun['practice']>): Promise<void> {
  const { look, target } = run;
  const steps = target.script.steps;
  for (let index = session.current; index !== undefined; index = session.current) {
    if (session.visits.length > MAX_PRACTICE_STEPS) {
      run.out(`\n${look.chalk.yellow(look.ui.drillCut(MAX_PRACTICE_STEPS))}\n`);
      session.endHere();
      return;
    }
    const step = steps[index]!;
    const answer: PracticeAnswer = { visit: session.visits.length - 1 };
    answers.push(answer);
    const where = look.chalk.dim(`${index + 1}/${steps.length}`);
    run.out(`\n${kindsBadge(kindsOf(step), look.docLang, look.chalk)} ${where}\n`);
    const question = buildQuestion({
      lines: practice.lines,
      target: { playbook: target.playbook, scenarioId: target.scenario.id, channel: target.channel, stepIndex: index, lang: look.docLang },
      variables: target.variables,
      seed: practice.seed,
    });
    const real = showText(target.playbook, step.say, target.variables);
    if (question) {
      answer.question = question;
      answer.chosen = await run.prompter.choose({
        message: look.ui.whichLine(kindsLabel(kindsOf(step), look.docLang)),
        // Numbered, since the feedback names the right one by number; continuation lines under the text.
        choices: question.candidates.map((text, number) => ({
          value: number,
          id: String(number + 1),
          name: wrap(text, look.width - 2, `${number + 1}. `, '     '),
          short: String(number + 1),
        })),
        showChoices: true,
      });
      run.out(`${renderFeedback(run, answer.chosen === question.correct, question.correct, real, step.note)}\n`);
    } else {
      run.out(`${look.chalk.dim(`  ${look.ui.noQuestion}`)}\n${wrap(real, look.width, '  ')}\n${step.note ? `${renderNote(look, step.note, look.ui.why)}\n` : ''}`);
    }
    run.onChange(session, answers);
    const reply = customerReply({
      edges: session.graph.edges[index] ?? [],
      timesOnPath: (to) => session.timesOnPath(to),
      seed: practice.seed,
      parts: [target.playbook.id, target.scenario.id, target.channel, index, session.timesOnPath(index)],
    });
    if (reply === undefined) session.next();
    else {
      run.out(`${renderReply(look, step.replies![reply]!.customer)}\n`);
      session.reply(reply);
    }
    run.onChange(session, answers);
  }
}

function renderHeader({ look, target, practice }: WalkRun): string {
  const { chalk, ui } = look;
  const title = `${target.playbook.title} › ${target.scenario.title} › ${channelLabel(target.channel, look.uiLang)}`;
  const rows: [string, string | undefined][] = [
    [ui.when, target.scenario.when],
    [ui.goal, target.scenario.goal],
    [ui.subject, target.script.subject && showText(target.playbook, target.script.subject, target.variables)],
  ];
  const labelWidth = Math.max(...rows.map(([label]) => stringWidth(label))) + 2;
  const lines = [chalk.bold(wrap(title, look.width))];
  for (const [label, value] of rows) {
    if (value) lines.push(wrap(value, look.width, `  ${chalk.dim(padEnd(label, labelWidth))}`, `  ${' '.repeat(labelWidth)}`));
  }
  if (practice) lines.push(chalk.dim(`  ${ui.practiceIntro(practice.seed)}`));
  return `${lines.join('\n')}\n`;
}

function renderFeedback(run: WalkRun, right: boolean, correct: number, real: string, note: string | undefined): string {
  const { look } = run;
  const verdict = right ? look.chalk.green(`  ✓ ${look.ui.right}`) : look.chalk.red(`  ✗ ${look.ui.wrong(correct + 1)}`);
  const lines = [verdict];
  if (!right) lines.push(wrap(real, look.width, `  ${look.chalk.green('│')} `));
  if (note) lines.push(renderNote(look, note, look.ui.why));
  return lines.join('\n');
}

function renderEnd(run: WalkRun, session: WalkSession, practice: readonly PracticeAnswer[] | undefined): string {
  const { look } = run;
  const finished = session.status === 'finished' ? `\n${look.chalk.dim(`  ${look.ui.finished}`)}\n` : '';
  return (
    finished +
    renderSummary(look, {
      stops: session.pathVisits().map((visit) => {
        const step = session.graph.steps[visit.step]!;
        const reply = visit.reply === undefined ? undefined : step.replies?.[visit.reply]?.customer;
        return { step, ms: session.duration(visit), ...(reply !== undefined && { reply }) };
      }),
      totalMs: session.totalDuration(),
      ...(practice ? { score: score(practice) } : { coverage: session.coverage(run.required) }),
      ...(run.transcript !== undefined && { transcript: run.transcript }),
    })
  );
}

function keysHelp(look: Look, replies: boolean, canGoBack: boolean, last: boolean): string {
  const { chalk, ui } = look;
  const key = (name: string, action: string) => `${chalk.bold(name)} ${chalk.dim(action)}`;
  const keys = replies ? [key('↑↓', ui.keys.move), key('⏎', ui.keys.choose)] : [key('⏎', last ? ui.keys.end : ui.keys.next)];
  if (canGoBack) keys.push(key('b', ui.keys.back));
  keys.push(key('e', ui.keys.escalation));
  keys.push(key('Ctrl-C', ui.keys.quit));
  return `  ${keys.join(chalk.dim(' · '))}`;
}
