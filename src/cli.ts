/** Builds a fresh commander program per run and maps every error to an exit code, in one place. */
import { Argument, Command, CommanderError, Option } from 'commander';
import { ExitCode, exitCodeOf, Interrupted, UsageError } from './errors.js';
import { processIo, removePendingTemporaryFiles, type Io } from './io.js';
import { version } from './version.js';

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const debug = argv.includes('--debug');
  let exitCode: number = ExitCode.ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // commander has printed its own message; help and version are not failures.
      return ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code) ? ExitCode.ok : ExitCode.usage;
    }
    if (error instanceof Interrupted) return exitCodeOf(error);
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`servicebook: ${message}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    else if (!(error instanceof UsageError)) io.stderr('servicebook: this is a bug in servicebook; run again with --debug for details and report it.\n');
    return exitCodeOf(error);
  }
}

function buildProgram(io: Io, setExitCode: (code: number) => void): Command {
  const program = new Command('servicebook')
    .description('Lint, validate, render and rehearse customer-service playbooks kept as YAML.')
    .version(version, '-v, --version')
    .option('--debug', 'show stack traces of internal errors')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showSuggestionAfterError()
    .addHelpText('after', '\nExit codes: 0 clean, 1 lint or validation errors, 2 the command could not run, 130 interrupted.\nFormat: https://github.com/servicebook/servicebook/blob/main/docs/FORMAT.md');

  const checkCommand = (name: 'lint' | 'validate', description: string, example: string) =>
    program
      .command(name)
      .description(description)
      .argument('[paths...]', "files, folders or globs (default: the config's include)")
      .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json', 'sarif', 'junit', 'github']).default('stylish'))
      .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
      .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
      .option('-q, --quiet', 'report errors only')
      .option('-c, --config <file>', 'use this config instead of the nearest servicebook.yaml')
      .option('--rule <id=severity>', 'set a rule to off, warn or error (repeatable)', (value: string, all: string[]) => [...all, value], [])
      .option('--no-color', 'no colours (NO_COLOR is respected too)')
      .option('--report-unused-disables', 'report servicebook-disable comments that suppress nothing')
      .option('--lang <lang>', 'language of messages: en or ko')
      .option('--cache', 'reuse the last run when no file, config or option changed')
      .option('--cache-location <file>', 'where the cache lives', 'node_modules/.cache/servicebook/lint-cache.json')
      .addHelpText('after', `\nExamples:\n${example}`)
      .action(async (paths: string[], options) => {
        const { runCheck } = await import('./commands/check.js');
        setExitCode(await runCheck(name, paths, options, io));
      });

  checkCommand('lint', 'validate, then check every rule: coverage of required steps, consistency across channels, tone', [
    '  $ servicebook lint                         # the files of servicebook.yaml include',
    '  $ servicebook lint playbooks/refund.yaml --format json',
    '  $ servicebook lint --format sarif --output servicebook.sarif --max-warnings 0',
  ].join('\n'));
  checkCommand('validate', 'check YAML syntax and the JSON Schemas only', [
    '  $ servicebook validate playbooks/',
    "  $ servicebook validate 'playbooks/**/*.yaml' --format json",
  ].join('\n'));

  program
    .command('render')
    .description('render playbooks into a training handbook (HTML with print CSS, Markdown, or PDF through Chromium)')
    .argument('[paths...]', "files, folders or globs (default: the config's include)")
    .addOption(new Option('-f, --format <format>', 'output format').choices(['html', 'md', 'pdf']).default('html'))
    .requiredOption('-o, --out <file>', 'the file to write (atomically)')
    .option('-m, --manual <file>', 'the manual whose chapters give the order')
    .option('--force', 'render even when lint finds errors')
    .option('--chromium <path>', 'the Chromium to print PDFs with (else SERVICEBOOK_CHROMIUM, else chromium on PATH)')
    .option('-c, --config <file>', 'use this config instead of the nearest servicebook.yaml')
    .option('--lang <lang>', 'language of messages: en or ko')
    .addHelpText('after', [
      '\nExamples:',
      '  $ servicebook render --format html --out handbook.html',
      '  $ servicebook render playbooks/ --manual playbooks/manual.yaml --format pdf --out handbook.pdf',
      '  $ servicebook render playbooks/refund-delay.yaml --format md --out refund.md',
    ].join('\n'))
    .action(async (paths: string[], options) => {
      const { runRender } = await import('./commands/render.js');
      setExitCode(await runRender(paths, options, io));
    });

  program
    .command('walk')
    .description('walk through a script interactively in the terminal, or drill it with --practice')
    .argument('[playbook]', 'a playbook file or id (chosen from a list when left out)')
    .option('-s, --scenario <id>', 'the scenario (chosen from a list when left out)')
    .option('--channel <channel>', 'the channel (chosen from a list when left out)')
    .option('--var <name=value>', 'a placeholder value, so it is not asked for (repeatable)', (value: string, all: string[]) => [...all, value], [])
    .option('-r, --record <file>', 'write a transcript: Markdown, or JSON when the file ends in .json')
    .option('-p, --practice', 'practice mode: choose the right line among candidates, get a score')
    .option('--seed <n>', 'seed of a practice drill, to repeat it')
    .option('--answers <file>', 'a YAML or JSON list of choices that drives the walk without a terminal')
    .option('-c, --config <file>', 'use this config instead of the nearest servicebook.yaml')
    .option('--lang <lang>', 'language of prompts and labels: en or ko')
    .addHelpText('after', [
      '\nExamples:',
      '  $ servicebook walk',
      '  $ servicebook walk refund-delay --scenario refund-not-received --channel chat --record walk.md',
      '  $ servicebook walk --practice --seed 7',
      '',
      'Keys: ↑↓ or 1-9 choose what the customer said, Enter goes on, b goes back one step,',
      'e shows the escalation path, Ctrl-C stops (the transcript so far is kept). See docs/walk.md.',
    ].join('\n'))
    .action(async (playbook: string | undefined, options) => {
      const { runWalk } = await import('./commands/walk.js');
      setExitCode(await runWalk(playbook, options, io));
    });

  program
    .command('init')
    .description('write a starter config, playbook and manual, editor settings and a GitHub workflow')
    .argument('[dir]', 'the folder to set up (default: this one)')
    .option('--locale <locale>', 'language of the starter playbook: ko or en')
    .option('--channels <list>', 'channels, comma-separated (default: phone,email,chat,sms)')
    .option('-y, --yes', 'ask nothing: take the flags and the defaults')
    .addHelpText('after', '\nExamples:\n  $ servicebook init\n  $ servicebook init cs-playbooks --yes --locale ko --channels phone,chat,kakao')
    .action(async (dir: string | undefined, options) => {
      const { runInit } = await import('./commands/init.js');
      setExitCode(await runInit(dir, options, io));
    });

  program
    .command('schema')
    .description('print the JSON Schema of a document kind')
    .addArgument(new Argument('<kind>', 'playbook, manual or config').choices(['playbook', 'manual', 'config']))
    .addHelpText('after', '\nExamples:\n  $ servicebook schema playbook > playbook.schema.json')
    .action(async (kind: 'playbook' | 'manual' | 'config') => {
      const { readSchema } = await import('./model/schema.js');
      io.stdout(`${JSON.stringify(readSchema(kind), null, 2)}\n`);
    });

  program
    .command('rules')
    .description('list the rules with their default severity and description')
    .option('--json', 'as JSON')
    .option('--lang <lang>', 'language: en or ko')
    .addHelpText('after', '\nExamples:\n  $ servicebook rules\n  $ servicebook rules --json')
    .action(async (options: { json?: boolean }) => {
      const { listRules } = await import('./commands/rules.js');
      io.stdout(listRules(options));
    });

  return program;
}


/** Ctrl-C: nothing half-written is left (temporary files are removed), and the exit code is 130. */
export function exitOnInterrupt(signal: NodeJS.Signals): void {
  removePendingTemporaryFiles();
  process.exit(signal === 'SIGINT' ? ExitCode.interrupted : 128 + 15);
}
