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

/**
 * The placeholders of a text one by one, left to right, as the global regex `\{\{\s*(facts\.)?([^{}\s]+)\s*\}\}`
 * finds them. A hand scan from each `{{` (indexOf): the rules read every text, and it allocates nothing but the names.
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
      if (this.matchAt(open)) return true;
    }
    this.end = text.length;
    return false;
  }

  /** Whether a placeholder begins at `open` (a `{{`): blanks, a name of no braces or blanks, blanks, `}}`. */
  private matchAt(open: number): boolean {
    const text = this.text;
    let at = open + 2;
    while (at < text.length && isSpace(text.charCodeAt(at))) at++;
    const start = at;
    while (at < text.length && isNameUnit(text.charCodeAt(at))) at++;
    const stop = at;
    if (stop === start) return false;
    while (at < text.length && isSpace(text.charCodeAt(at))) at++;
    if (text.charCodeAt(at) !== 0x7d || text.charCodeAt(at + 1) !== 0x7d) return false;
    // `{{facts.}}` is a placeholder named "facts.": the regex's name needs a character after the prefix.
    this.isFact = stop - start > FACTS.length && text.startsWith(FACTS, start);
    this.name = text.slice(this.isFact ? start + FACTS.length : start, stop);
    this.index = open;
    this.end = at + 2;
    return true;
  }
}

const FACTS = 'facts.';

/** `[^{}\s]` of a regex, for one UTF-16 unit. */
function isNameUnit(code: number): boolean {
  return code !== 0x7b && code !== 0x7d && !isSpace(code);
}

/** `\s` of a regex, for one UTF-16 unit. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
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
  if (!facts || !text.includes('{{')) return text;
  let filled = '';
  let from = 0;
  const scan = new PlaceholderScanner().reset(text);
  while (scan.next()) {
    if (!scan.isFact || !Object.hasOwn(facts, scan.name)) continue;
    filled += text.slice(from, scan.index) + String(facts[scan.name]);
    from = scan.end;
  }
  return from === 0 ? text : filled + text.slice(from);
}

/** Fills in every placeholder it has a value for: facts, then the given variables (in the text with facts filled in). */
export function fillAll(
  text: string,
  facts: Readonly<Record<string, string | number>> | undefined,
  variables: Readonly<Record<string, string>>,
): string {
  const withFacts = fillFacts(text, facts);
  if (!withFacts.includes('{{')) return withFacts;
  let filled = '';
  let from = 0;
  const scan = new PlaceholderScanner().reset(withFacts);
  while (scan.next()) {
    if (scan.isFact || !Object.hasOwn(variables, scan.name)) continue;
    filled += withFacts.slice(from, scan.index) + variables[scan.name]!;
    from = scan.end;
  }
  return from === 0 ? withFacts : filled + withFacts.slice(from);
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
