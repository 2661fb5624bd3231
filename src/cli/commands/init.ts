/** `servicebook init [dir]`: a starter project that lints clean. Never overwrites a file. */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { ExitCode, UsageError } from '../../core/errors.js';
import { configFile, githubWorkflow, manualFile, playbookFile, SCHEMA_FOLDER, vscodeSettings, type StarterLocale } from '../init-templates.js';
import { readSchema } from '../../model/schema.js';
import { writeFileAtomic, type Io } from '../../engine/io.js';
import { chooseLang } from '../choose-lang.js';
import { say, usage } from '../../core/messages.js';
import { KNOWN_CHANNELS } from '../../model/types.js';
import type { Lang } from '../../core/language.js';

export interface InitOptions {
  locale?: string;
  channels?: string;
  yes?: boolean;
  /** Language of what init says (not of the starter files: that is --locale). */
  lang?: string;
}

const DEFAULT_CHANNELS = ['phone', 'email', 'chat', 'sms'];

export async function runInit(dir: string | undefined, options: InitOptions, io: Io): Promise<number> {
  const lang = chooseLang(options.lang, io.env);
  // Without a terminal there is no one to ask: take the flags and the defaults, and say so.
  if (!options.yes && !io.stdinIsTTY) io.stderr(`${say(lang, 'initNoTerminal')}\n`);
  const answers = options.yes || !io.stdinIsTTY ? fromFlags(options) : await ask(options, io, lang);
  const root = path.resolve(io.cwd, dir ?? '.');
  const playbookName = answers.locale === 'ko' ? 'delivery-delay.yaml' : 'order-status.yaml';
  const files: [string, string][] = [
    ['servicebook.yaml', configFile(answers.locale, answers.channels)],
    [`playbooks/${playbookName}`, playbookFile(answers.locale, answers.channels)],
    ['playbooks/manual.yaml', manualFile(answers.locale)],
    ['.vscode/settings.json', vscodeSettings()],
    ['.github/workflows/servicebook.yml', githubWorkflow()],
    // The schemas the modelines name, as this version publishes them (`servicebook schema NAME` prints them again).
    ...(['playbook', 'manual', 'config'] as const).map((name): [string, string] => [`${SCHEMA_FOLDER}/${name}.schema.json`, `${JSON.stringify(readSchema(name), null, 2)}\n`]),
  ];
  for (const [relative, content] of files) {
    const target = path.join(root, relative);
    const shown = path.relative(io.cwd, target) || relative;
    if (existsSync(target)) {
      io.stdout(`${say(lang, 'initKept', { file: shown })}\n`);
      continue;
    }
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileAtomic(target, content);
    io.stdout(`${say(lang, 'initCreated', { file: shown })}\n`);
  }
  io.stdout(`\n${dir ? say(lang, 'initNextIn', { dir }) : say(lang, 'initNext')}\n`);
  return ExitCode.ok;
}

function fromFlags(options: InitOptions): { locale: StarterLocale; channels: string[] } {
  return { locale: parseLocale(options.locale ?? 'ko'), channels: parseChannels(options.channels) };
}

async function ask(options: InitOptions, io: Io, lang: Lang): Promise<{ locale: StarterLocale; channels: string[] }> {
  const { select, checkbox } = await import('@inquirer/prompts');
  const locale = options.locale
    ? parseLocale(options.locale)
    : await select<StarterLocale>({ message: say(lang, 'initAskLocale'), choices: [{ name: '한국어', value: 'ko' }, { name: 'English', value: 'en' }] });
  const channels = options.channels
    ? parseChannels(options.channels)
    : await checkbox({
        message: say(lang, 'initAskChannels'),
        choices: KNOWN_CHANNELS.map((channel) => ({ name: channel, value: channel, checked: DEFAULT_CHANNELS.includes(channel) })),
        required: true,
      });
  return { locale, channels };
}

function parseLocale(value: string): StarterLocale {
  const locale = value.toLowerCase().slice(0, 2);
  if (locale === 'ko' || locale === 'en') return locale;
  throw new UsageError(usage('unknownLocale', { value }));
}

function parseChannels(value: string | undefined): string[] {
  if (value === undefined) return DEFAULT_CHANNELS;
  const channels = [...new Set(value.split(',').map((channel) => channel.trim()).filter(Boolean))];
  const unknown = channels.filter((channel) => !(KNOWN_CHANNELS as readonly string[]).includes(channel));
  if (channels.length === 0 || unknown.length > 0) {
    const known = KNOWN_CHANNELS.join(', ');
    throw new UsageError(unknown.length > 0 ? usage('unknownChannels', { channels: unknown.join(', '), known }) : usage('noChannels', { known }));
  }
  return channels;
}
