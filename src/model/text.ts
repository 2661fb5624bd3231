/** Placeholders in script text: `{{customer_name}}` and `{{facts.refund_window}}`. */
import { placeholderSpec, type PlaceholderDeclaration } from './types.js';

export interface PlaceholderUse {
  /** The name as written: `customer_name`, or `refund_window` for a fact. */
  name: string;
  isFact: boolean;
  /** Offset of `{{` in the text. */
  index: number;
  raw: string;
}

const PLACEHOLDER = /\{\{\s*(facts\.)?([^{}\s]+)\s*\}\}/g;

/** An `exec` loop on PLACEHOLDER itself: `matchAll` builds a new RegExp on every call (3× slower here). */
export function placeholdersIn(text: string): PlaceholderUse[] {
  const uses: PlaceholderUse[] = [];
  if (!text.includes('{{')) return uses;
  PLACEHOLDER.lastIndex = 0;
  for (let match = PLACEHOLDER.exec(text); match !== null; match = PLACEHOLDER.exec(text)) {
    uses.push({ name: match[2]!, isFact: match[1] !== undefined, index: match.index, raw: match[0] });
  }
  return uses;
}

/** Fills in `{{facts.x}}` with the playbook's facts; other placeholders stay as written. */
export function fillFacts(text: string, facts: Readonly<Record<string, string | number>> | undefined): string {
  if (!facts) return text;
  // An `exec` loop: twice as fast as `replace` with a function, which V8 calls back from its runtime per match.
  let filled = '';
  let from = 0;
  PLACEHOLDER.lastIndex = 0;
  for (let match = PLACEHOLDER.exec(text); match !== null; match = PLACEHOLDER.exec(text)) {
    const [raw, fact, name] = match;
    if (fact === undefined || !Object.hasOwn(facts, name!)) continue;
    filled += text.slice(from, match.index) + String(facts[name!]);
    from = match.index + raw.length;
  }
  return from === 0 ? text : filled + text.slice(from);
}

/** Fills in every placeholder it has a value for: facts, then the given variables. */
export function fillAll(
  text: string,
  facts: Readonly<Record<string, string | number>> | undefined,
  variables: Readonly<Record<string, string>>,
): string {
  return fillFacts(text, facts).replace(PLACEHOLDER, (raw, fact: string | undefined, name: string) =>
    fact === undefined && Object.hasOwn(variables, name) ? variables[name]! : raw,
  );
}

/** The `example` of each placeholder that declares one (the long form), by name. */
export function placeholderExamples(placeholders: Readonly<Record<string, PlaceholderDeclaration>> | undefined): Record<string, string> {
  const examples: Record<string, string> = {};
  for (const [name, declaration] of Object.entries(placeholders ?? {})) {
    const { example } = placeholderSpec(declaration);
    if (example !== undefined) examples[name] = example;
  }
  return examples;
}

/**
 * The text as a customer would get it, as far as the playbook knows: `{{facts.…}}` filled in, each placeholder
 * as its `example` where it declares one, else as written. What previews show and lengths are counted on.
 */
export function filledText(
  text: string,
  playbook: { facts?: Readonly<Record<string, string | number>>; placeholders?: Readonly<Record<string, PlaceholderDeclaration>> },
): string {
  if (!text.includes('{{')) return text;
  return fillAll(text, playbook.facts, placeholderExamples(playbook.placeholders));
}

/**
 * The text in a string of its own. A parser's strings are slices of the whole file: kept for long, a slice keeps
 * the file's text alive. Concatenation then slicing makes V8 copy the characters.
 */
export function ownCopy(text: string): string {
  return ` ${text}`.slice(1);
}
