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

/** A placeholder where it begins (sticky): `{{customer_name}}`, `{{ facts.refund_window }}`. */
const PLACEHOLDER_AT = /\{\{\s*(?:facts\.)?[^{}\s]+\s*\}\}/y;
const FACTS = 'facts.';

/**
 * The placeholders of a text one by one, left to right, as a global exec loop of `\{\{\s*(facts\.)?([^{}\s]+)\s*\}\}`
 * finds them, allocating nothing but each name: `indexOf` finds each `{{`, a sticky `test` (no match array) tells
 * whether a placeholder begins there. The rules read every text this way, so it is kept cheap.
 */
export class PlaceholderScanner {
  /** The current placeholder's name as written: `customer_name`, or `refund_window` for `{{facts.refund_window}}`. */
  name = '';
  isFact = false;
  /** text[index, end) is the current placeholder, from `{{` to `}}`. */
  index = 0;
  end = 0;
  private text = '';

  /** Starts on a text, before its first placeholder. */
  reset(text: string): this {
    this.text = text;
    this.index = 0;
    this.end = 0;
    return this;
  }

  /** Moves to the next placeholder; false when there are no more. */
  next(): boolean {
    const text = this.text;
    for (let open = text.indexOf('{{', this.end); open !== -1; open = text.indexOf('{{', open + 1)) {
      PLACEHOLDER_AT.lastIndex = open;
      if (!PLACEHOLDER_AT.test(text)) continue;
      const end = PLACEHOLDER_AT.lastIndex;
      // trim() takes off what `\s` matches; `{{facts.}}` is a placeholder named "facts." (a fact's name has a character).
      const written = text.slice(open + 2, end - 2).trim();
      this.isFact = written.length > FACTS.length && written.startsWith(FACTS);
      this.name = this.isFact ? written.slice(FACTS.length) : written;
      this.index = open;
      this.end = end;
      return true;
    }
    this.end = text.length;
    return false;
  }
}

/** Every placeholder of a text, in order. */
export function placeholdersIn(text: string): PlaceholderUse[] {
  const uses: PlaceholderUse[] = [];
  if (!text.includes('{{')) return uses;
  const scan = new PlaceholderScanner().reset(text);
  while (scan.next()) uses.push({ name: scan.name, isFact: scan.isFact, index: scan.index, raw: text.slice(scan.index, scan.end) });
  return uses;
}

/** Fills in `{{facts.x}}` with the playbook's facts; other placeholders stay as written. */
export function fillFacts(text: string, facts: Readonly<Record<string, string | number>> | undefined): string {
  if (!facts) return text;
  return replacePlaceholders(text, (name, isFact) => (isFact && Object.hasOwn(facts, name) ? String(facts[name]) : undefined));
}

/** Fills in every placeholder it has a value for: facts, then the given variables (in the text with facts filled in). */
export function fillAll(
  text: string,
  facts: Readonly<Record<string, string | number>> | undefined,
  variables: Readonly<Record<string, string>>,
): string {
  return replacePlaceholders(fillFacts(text, facts), (name, isFact) => (!isFact && Object.hasOwn(variables, name) ? variables[name] : undefined));
}

/** The text with each placeholder that `valueOf` gives a value for replaced by it; the others stay as written. */
function replacePlaceholders(text: string, valueOf: (name: string, isFact: boolean) => string | undefined): string {
  if (!text.includes('{{')) return text;
  let filled = '';
  let from = 0;
  const scan = new PlaceholderScanner().reset(text);
  while (scan.next()) {
    const value = valueOf(scan.name, scan.isFact);
    if (value === undefined) continue;
    filled += text.slice(from, scan.index) + value;
    from = scan.end;
  }
  return from === 0 ? text : filled + text.slice(from);
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
 * The text in a string of its own. A parser's strings are slices of the whole file: kept for long, a slice keeps
 * the file's text alive. Concatenation then slicing makes V8 copy the characters.
 */
export function ownCopy(text: string): string {
  return ` ${text}`.slice(1);
}
