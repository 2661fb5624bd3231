/** Builds a fresh commander program per run and maps every error to an exit code, in one place. */
import type { Command } from 'commander';
import { ExitCode, exitCodeOf, Interrupted, UsageError } from '../core/errors.js';
import { helpTexts } from './help.js';
import { processIo, removePendingTemporaryFiles, type Io } from '../engine/io.js';
import { langFromArgv } from './choose-lang.js';
import { say } from '../core/messages.js';
import type { Lang } from '../core/language.js';
import { version } from '../core/version.js';

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  // Asked on every CI start: answered without loading the command-line parser.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    io.stdout(`${version}\n`);
    return ExitCode.ok;
  }
  const commander = await import('commander');
  const debug = argv.includes('--debug');
  // Chosen before commander parses, so that --help and every error speak the user's language.
  const lang = langFromArgv(argv, io.env);
  let exitCode: number = ExitCode.ok;
  const program = buildProgram(commander, io, lang, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof commander.CommanderError) {
      // commander has printed its own message; help and version are not failures.
      return ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code) ? ExitCode.ok : ExitCode.usage;
    }
    if (error instanceof Interrupted) return exitCodeOf(error);
    const message = error instanceof UsageError ? error.messageIn(lang) : error instanceof Error ? error.message : String(error);
    io.stderr(`servicebook: ${message}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    else if (!(error instanceof UsageError)) io.stderr(`servicebook: ${say(lang, 'bug')}\n`);
    return exitCodeOf(error);
  }
}

function buildProgram(
  { Argument, Command, Help, Option }: typeof import('commander'),
  io: Io,
  lang: Lang,
  setExitCode: (code: number) => void,
): Command {
  const help = helpTexts(lang);
  const examples = (lines: readonly string[]) => `\n${help.examples}\n${lines.join('\n')}`;
  const program = new Command('servicebook')
    .description(help.program)
    .version(version, '-v, --version', help.version)
    .helpOption('-h, --help', help.help)
    .helpCommand('help [command]', help.helpCommand)
    .option('--debug', help.debug)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (message, write) => write(help.errorWords(message)) })
    .configureHelp({
      styleTitle: (title) => help.titles[title] ?? title,
      optionDescription(option) {
        return help.helpWords(Help.prototype.optionDescription.call(this, option));
      },
      argumentDescription(argument) {
        return help.helpWords(Help.prototype.argumentDescription.call(this, argument));
      },
    })
    .showSuggestionAfterError()
    .addHelpText('after', help.exitCodes);

  const checkCommand = (name: 'lint' | 'validate') => {
    const command = program
      .command(name)
      .description(help[name].description)
      .argument('[paths...]', help.paths)
      .addOption(new Option('-f, --format <format>', help.format).choices(['stylish', 'json', 'sarif', 'junit', 'github', 'gitlab']).default('stylish'))
      .option('-o, --output <file>', help.check.output)
      .option('--max-warnings <n>', help.check.maxWarnings)
      .option('-q, --quiet', help.check.quiet)
      .option('-c, --config <file>', help.config)
      .option('--rule <id=severity>', help.check.rule, (value: string, all: string[]) => [...all, value], [])
      .option('--no-color', help.check.noColor)
      .option('--report-unused-disables', help.check.reportUnusedDisables)
      .option('--lang <lang>', help.lang)
      .option('--cache', help.check.cache)
      .option('--cache-location <file>', help.check.cacheLocation)
      .option('-j, --jobs <n>', help.check.jobs)
      .option('--only-included', help.check.onlyIncluded)
      .option('--print-config <file>', help.check.printConfig)
      .option('--report <format=file>', help.check.report, (value: string, all: string[]) => [...all, value], [])
      .option('--changed-since <ref>', help.check.changedSince)
      .option('--suppressions-location <file>', help.check.suppressionsLocation);
    // Recording a baseline needs every rule's findings: `lint` only.
    if (name === 'lint') {
      command
        .option('--suppress-all', help.check.suppressAll)
        .option('--suppress-rule <id>', help.check.suppressRule, (value: string, all: string[]) => [...all, value], [])
        .option('--prune-suppressions', help.check.pruneSuppressions)
        .option('--fix', help.check.fix)
        .option('--fix-dry-run', help.check.fixDryRun);
    }
    command
      .addHelpText('after', examples(help[name].examples))
      .action(async (paths: string[], options) => {
        const { runCheck } = await import('./commands/check.js');
        setExitCode(await runCheck(name, paths, options, io));
      });
  };

  checkCommand('lint');
  checkCommand('validate');

  program
    .command('render')
    .description(help.render.description)
    .argument('[paths...]', help.paths)
    .addOption(new Option('-f, --format <format>', help.format).choices(['html', 'md', 'pdf']).default('html'))
    .requiredOption('-o, --out <file>', help.render.out)
    .option('-m, --manual <file>', help.render.manual)
    .option('--force', help.render.force)
    .option('--chromium <path>', help.render.chromium)
    .option('-c, --config <file>', help.config)
    .option('--lang <lang>', help.lang)
    .addHelpText('after', examples(help.render.examples))
    .action(async (paths: string[], options) => {
      const { runRender } = await import('./commands/render.js');
      setExitCode(await runRender(paths, options, io));
    });

  program
    .command('walk')
    .description(help.walk.description)
    .argument('[playbook]', help.walk.playbook)
    .option('-s, --scenario <id>', help.walk.scenario)
    .option('--channel <channel>', help.walk.channel)
    .option('--var <name=value>', help.walk.var, (value: string, all: string[]) => [...all, value], [])
    .option('-r, --record <file>', help.walk.record)
    .option('-p, --practice', help.walk.practice)
    .option('--seed <n>', help.walk.seed)
    .option('--answers <file>', help.walk.answers)
    .option('-c, --config <file>', help.config)
    .option('--lang <lang>', help.walk.lang)
    .addHelpText('after', [examples(help.walk.examples), '', ...help.walk.keys].join('\n'))
    .action(async (playbook: string | undefined, options) => {
      const { runWalk } = await import('./commands/walk.js');
      setExitCode(await runWalk(playbook, options, io));
    });

  program
    .command('init')
    .description(help.init.description)
    .argument('[dir]', help.init.dir)
    .option('--locale <locale>', help.init.locale)
    .option('--channels <list>', help.init.channels)
    .option('-y, --yes', help.init.yes)
    .option('--lang <lang>', help.lang)
    .addHelpText('after', examples(help.init.examples))
    .action(async (dir: string | undefined, options) => {
      const { runInit } = await import('./commands/init.js');
      setExitCode(await runInit(dir, options, io));
    });

  program
    .command('schema')
    .description(help.schema.description)
    .addArgument(new Argument('<kind>', help.schema.kind).choices(['playbook', 'manual', 'config']))
    .addHelpText('after', examples(help.schema.examples))
    .action(async (kind: 'playbook' | 'manual' | 'config') => {
      const { readSchema } = await import('../model/schema.js');
      io.stdout(`${JSON.stringify(readSchema(kind), null, 2)}\n`);
    });

  program
    .command('rules')
    .description(help.rules.description)
    .option('--json', help.rules.json)
    .option('--lang <lang>', help.rules.lang)
    .addHelpText('after', examples(help.rules.examples))
    .action(async (options: { json?: boolean }) => {
      const { listRules } = await import('./commands/rules.js');
      io.stdout(listRules({ json: options.json, lang }));
    });

  program
    .command('export')
    .description(help.export.description)
    .argument('[paths...]', help.paths)
    .requiredOption('-t, --to <target>', help.export.to)
    .option('-o, --out <dir>', help.export.out)
    .option('--plan', help.export.plan)
    .option('-f, --format <format>', help.export.format)
    .option('--force', help.export.force)
    .option('-c, --config <file>', help.config)
    .option('--lang <lang>', help.lang)
    .addHelpText('after', examples(help.export.examples))
    .action(async (paths: string[], options) => {
      const { runExport } = await import('./commands/export.js');
      setExitCode(await runExport(paths, options, io));
    });

  program
    .command('import')
    .description(help.import.description)
    .argument('<file>', help.import.file)
    .requiredOption('--from <source>', help.import.from)
    .option('-o, --out <dir>', help.import.out)
    .option('--force', help.import.force)
    .option('-c, --config <file>', help.config)
    .option('--lang <lang>', help.lang)
    .addHelpText('after', examples(help.import.examples))
    .action(async (file: string, options) => {
      const { runImport } = await import('./commands/import.js');
      setExitCode(await runImport(file, options, io));
    });

  return program;
}


/** Ctrl-C: nothing half-written is left (temporary files are removed), and the exit code is 130. */
/** A reader that stops early (`servicebook --help | head`) is not an error. */
export function exitQuietlyOnBrokenPipe(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? ExitCode.ok);
}

export function exitOnInterrupt(signal: NodeJS.Signals): void {
  removePendingTemporaryFiles();
  process.exit(signal === 'SIGINT' ? ExitCode.interrupted : 128 + 15);
}
