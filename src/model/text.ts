/** Placeholders in script text: `{{customer_name}}` and `{{facts.refund_window}}`. */

export interface PlaceholderUse {
  /** The name as written: `customer_name`, or `refund_window` for a fact. */
  name: string;
  isFact: boolean;
  /** Offset of `{{` in the text. */
  index: number;
  raw: string;
}

const PLACEHOLDER = /\{\{\s*(facts\.)?([^{}\s]+)\s*\}\}/g;

export function placeholdersIn(text: string): PlaceholderUse[] {
  const uses: PlaceholderUse[] = [];
  if (!text.includes('{{')) return uses;
  for (const match of text.matchAll(PLACEHOLDER)) uses.push({ name: match[2]!, isFact: match[1] !== undefined, index: match.index, raw: match[0] });
  return uses;
}

/** Fills in `{{facts.x}}` with the playbook's facts; other placeholders stay as written. */
export function fillFacts(text: string, facts: Readonly<Record<string, string | number>> | undefined): string {
  if (!facts) return text;
  return text.replace(PLACEHOLDER, (raw, fact: string | undefined, name: string) =>
    fact !== undefined && Object.hasOwn(facts, name) ? String(facts[name]) : raw,
  );
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

/**
 * The text in a string of its own. A parser's strings are slices of the whole file: kept for long, a slice keeps
 * the file's text alive. Concatenation then slicing makes V8 copy the characters.
 */
export function ownCopy(text: string): string {
  return ` ${text}`.slice(1);
}
