/** Step kinds as an agent reads them: a label in the document's language and a colour per kind. */
import type { ChalkInstance } from 'chalk';
import type { StepKind } from '../model/types.js';
import type { Lang } from '../core/language.js';
import { channelLabel, kindLabel, kindsLabel, KIND_LABELS, langOfLocale } from '../model/labels.js';

export { channelLabel, kindLabel, kindsLabel, KIND_LABELS };

type Hue = 'cyan' | 'blue' | 'magenta' | 'green' | 'yellow' | 'red' | 'gray';

/** Related kinds share a hue: the opening in cyan, the heart of the call warm, the close cool. */
const KIND_HUES: Record<StepKind, Hue> = {
  greeting: 'cyan',
  verification: 'blue',
  questioning: 'blue',
  empathy: 'magenta',
  explanation: 'green',
  action: 'yellow',
  escalation: 'red',
  'follow-up': 'green',
  feedback: 'cyan',
  closing: 'gray',
};

/** ` 공감 ` on the kind's colour; without colour, `[공감]` so the label still stands out. */
export function kindBadge(kind: StepKind, lang: Lang, chalk: ChalkInstance): string {
  const label = kindLabel(kind, lang);
  if (chalk.level === 0) return `[${label}]`;
  return chalk.bold.inverse[KIND_HUES[kind]](` ${label} `);
}

/** A badge per kind of a step, side by side: ` 설명 ` ` 공감 ` (a step may do several things at once). */
export function kindsBadge(kinds: readonly StepKind[], lang: Lang, chalk: ChalkInstance): string {
  return kinds.map((kind) => kindBadge(kind, lang, chalk)).join(chalk.level === 0 ? '' : ' ');
}

/** The kind's label in its colour, without the badge: for lists and summaries. */
export function kindText(kind: StepKind, lang: Lang, chalk: ChalkInstance): string {
  return chalk[KIND_HUES[kind]](kindLabel(kind, lang));
}

/** The language a playbook is written in, from its locale (else the project's). */
export function documentLang(locale: string | undefined, projectLocale: string): Lang {
  return langOfLocale(locale ?? projectLocale);
}
