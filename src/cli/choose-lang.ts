import type { Lang } from '../core/language.js';

/** `--lang`, else SERVICEBOOK_LANG, else the environment's locale (LC_ALL, LC_MESSAGES, LANG); empty means unset. */
export function chooseLang(option: string | undefined, env: Readonly<Record<string, string | undefined>>): Lang {
  const wanted = option ?? (env.SERVICEBOOK_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG || '');
  return /^ko\b|^ko[_-]/i.test(wanted) ? 'ko' : 'en';
}

/** The language before commander parses argv (main() builds --help in it): the last `--lang X` or `--lang=X`. */
export function langFromArgv(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  let option: string | undefined;
  for (const [index, arg] of argv.entries()) {
    if (arg === '--') break;
    if (arg === '--lang') option = argv[index + 1];
    else if (arg.startsWith('--lang=')) option = arg.slice('--lang='.length);
  }
  return chooseLang(option, env);
}
