import type { Lang } from './rules/types.js';

/** `--lang`, else SERVICEBOOK_LANG, else the environment's locale (LC_ALL, LC_MESSAGES, LANG). */
export function chooseLang(option: string | undefined, env: Readonly<Record<string, string | undefined>>): Lang {
  const wanted = option ?? env.SERVICEBOOK_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  return /^ko\b|^ko[_-]/i.test(wanted) ? 'ko' : 'en';
}
