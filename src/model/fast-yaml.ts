/**
 * The fast path: js-yaml (about 8× faster than composing `yaml` documents) with the YAML 1.2 core schema
 * exactly as `yaml` resolves it, so a document means the same whichever parser read it. Anything unusual
 * (anchors, aliases, tags, directives, errors, empty documents) is left to `yaml`, which reports precisely;
 * what counts as unusual is read from the YAML's structure, not from its text (see `fastRead`).
 */
import jsYaml from 'js-yaml';

/** What a plain scalar is that is no string: a plain scalar is a string unless it is written as one of these. */
const NOT_IMPLICIT = Symbol('string');

/**
 * The YAML 1.2 core schema's null, bool, int and float, with the regular expressions of `yaml`'s
 * (node_modules/yaml/dist/schema/core/). js-yaml asks every implicit type about every plain scalar, keys
 * included: one type for the four asks once, and the first character turns away most scalars (a word, a
 * sentence, a Hangul id) before any pattern runs.
 */
function implicitValue(text: string): unknown {
  if (text === '') return null;
  switch (text.charCodeAt(0)) {
    case 0x7e: case 0x6e: case 0x4e: // ~ n N
      return /^(?:~|[Nn]ull|NULL)$/.test(text) ? null : NOT_IMPLICIT;
    case 0x74: case 0x54: case 0x66: case 0x46: // t T f F
      return /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(text) ? text[0] === 't' || text[0] === 'T' : NOT_IMPLICIT;
    case 0x2d: case 0x2b: case 0x2e: // - + .
    case 0x30: case 0x31: case 0x32: case 0x33: case 0x34: case 0x35: case 0x36: case 0x37: case 0x38: case 0x39:
      return numberValue(text);
    default:
      return NOT_IMPLICIT;
  }
}

function numberValue(text: string): unknown {
  if (/^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/.test(text)) {
    return text.startsWith('0o') ? parseInt(text.slice(2), 8) : text.startsWith('0x') ? parseInt(text.slice(2), 16) : parseInt(text, 10);
  }
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/.test(text)) {
    return /nan$/i.test(text) ? NaN : /inf$/i.test(text) ? (text.startsWith('-') ? -Infinity : Infinity) : parseFloat(text);
  }
  return NOT_IMPLICIT;
}

// One implicit type under a tag of its own: js-yaml only reads the tag to report it, and a file with an explicit
// tag (`!!int`) is left to `yaml` anyway (fastRead).
export const CORE_SCHEMA = jsYaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    new jsYaml.Type('tag:servicebook,2026:core-scalar', {
      kind: 'scalar',
      resolve: (text: string | null) => implicitValue(text ?? '') !== NOT_IMPLICIT,
      construct: (text: string | null) => implicitValue(text ?? ''),
    }),
  ],
});

/**
 * Whether `yaml` must read this file: it holds an anchor, alias, tag or directive as YAML sees it (not text
 * inside a block or quoted scalar), a quoted scalar or flow collection going on past its line, a lone \r, or
 * something js-yaml rejects or that is not a mapping. One js-yaml pass at most (see `fastRead`).
 */
export function needsFullParser(text: string): boolean {
  return fastRead(text).reason !== undefined;
}

/**
 * A % that starts a line: a directive, or an error (a block scalar's lines are indented, so never its text);
 * `yaml` reads both.
 */
function hasDirectiveLine(text: string): boolean {
  for (let index = text.indexOf('%'); index >= 0; index = text.indexOf('%', index + 1)) {
    if (index === 0) return true;
    const before = text.charCodeAt(index - 1);
    if (before === LF || before === CR || before === 0x2028 || before === 0x2029) return true;
  }
  return false;
}

const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const [OPEN_BRACKET, OPEN_BRACE] = [0x5b, 0x7b];

/** A \r that is not part of \r\n: `yaml` does not always take it for a line break (after `key: |-`, it rejects it). */
function hasLoneCarriageReturn(text: string): boolean {
  for (let index = text.indexOf('\r'); index >= 0; index = text.indexOf('\r', index + 1)) {
    if (text[index + 1] !== '\n') return true;
  }
  return false;
}

/** Why a file is left to `yaml`; the fast path reads every other file. */
export type FallbackReason =
  | 'property' // an anchor, alias or tag where a node starts
  | 'directive' // a line starting with %
  | 'multi-line-flow' // a quoted scalar or flow collection going on past its line
  | 'lone-cr' // a \r not followed by \n
  | 'rejected' // js-yaml could not read it
  | 'not-a-mapping'; // an empty or scalar document

/**
 * The documents of a file through js-yaml, or why `yaml` should read it instead: one js-yaml pass with its node
 * events, which say where each node starts and ends. Only a node that starts with &, * or ! has an anchor,
 * alias or tag, and only a quoted scalar or flow collection whose own text spans a line break goes on past its
 * line. Block scalars and text inside scalars never start a node, so what they hold (Markdown's `**요약**` at
 * the start of a line of an e-mail body, `&` and `!` in prose, a quote left open) does not count. Cheaper than
 * the character scans it replaces (they had to look at every quote and bracket, and then were unsure).
 */
export function fastRead(text: string): { documents: unknown[]; reason?: undefined } | { documents?: undefined; reason: FallbackReason } {
  if (hasLoneCarriageReturn(text)) return { reason: 'lone-cr' };
  if (hasDirectiveLine(text)) return { reason: 'directive' };
  let documents: unknown[];
  let reason: FallbackReason | undefined;
  const starts: number[] = [];
  const listener = (event: jsYaml.EventType, state: jsYaml.State) => {
    if (event === 'open') starts.push(state.position);
    else reason ??= nodeReason(text, nodeStart(text, starts.pop()!), state);
  };
  try {
    documents = jsYaml.loadAll(text, undefined, { schema: CORE_SCHEMA, json: false, listener });
  } catch {
    return { reason: 'rejected' };
  }
  if (reason) return { reason };
  // Empty and scalar documents are errors; `yaml` counts and places them exactly.
  return documents.every((document) => typeof document === 'object' && document !== null) ? { documents } : { reason: 'not-a-mapping' };
}

/** The documents of a file, or undefined when the file should be read by `yaml` instead. */
export function loadFast(text: string): unknown[] | undefined {
  return fastRead(text).documents;
}

/** What makes a node, once read, a reason to leave the file to `yaml`: its first character and its extent. */
function nodeReason(text: string, start: number, state: jsYaml.State): FallbackReason | undefined {
  const first = text.charCodeAt(start);
  if (first === AMPERSAND || first === ASTERISK || first === EXCLAMATION) return 'property';
  const flow =
    state.kind === 'scalar'
      ? first === DOUBLE_QUOTE || first === SINGLE_QUOTE
      : (state.kind === 'sequence' || state.kind === 'mapping') && (first === OPEN_BRACKET || first === OPEN_BRACE);
  if (!flow) return undefined;
  const newline = text.indexOf('\n', start);
  return newline >= 0 && newline < state.position ? 'multi-line-flow' : undefined;
}

/**
 * Where a node's own text starts: js-yaml opens it before the white space, line breaks and comment lines in
 * front of it (properties come first, so an anchor or tag is the first character).
 */
function nodeStart(text: string, at: number): number {
  let position = at;
  for (;;) {
    const code = text.charCodeAt(position);
    if (code === SPACE || code === TAB || code === LF || code === CR) position++;
    else if (code === HASH) {
      const lineEnd = text.indexOf('\n', position);
      if (lineEnd < 0) return text.length;
      position = lineEnd + 1;
    } else return position;
  }
}

const [AMPERSAND, ASTERISK, EXCLAMATION, HASH] = [0x26, 0x2a, 0x21, 0x23];
const [SPACE, TAB, LF, CR] = [0x20, 0x09, 0x0a, 0x0d];
