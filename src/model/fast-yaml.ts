/**
 * The fast path: js-yaml (about 8× faster than composing `yaml` documents) with the YAML 1.2 core schema
 * exactly as `yaml` resolves it, so a document means the same whichever parser read it. Anything unusual
 * (anchors, aliases, tags, directives, errors, empty documents) is left to `yaml`, which reports precisely.
 */
import jsYaml from 'js-yaml';

const scalar = (tag: string, pattern: RegExp, construct: (text: string) => unknown) =>
  new jsYaml.Type(`tag:yaml.org,2002:${tag}`, { kind: 'scalar', resolve: (text: string | null) => pattern.test(text ?? ''), construct });

// The regular expressions of `yaml`'s core schema (node_modules/yaml/dist/schema/core/).
const CORE_SCHEMA = jsYaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    scalar('null', /^(?:~|[Nn]ull|NULL)?$/, () => null),
    scalar('bool', /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (text) => text[0] === 't' || text[0] === 'T'),
    scalar('int', /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/, (text) =>
      text.startsWith('0o') ? parseInt(text.slice(2), 8) : text.startsWith('0x') ? parseInt(text.slice(2), 16) : parseInt(text, 10),
    ),
    scalar('float', /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/, (text) =>
      /nan$/i.test(text) ? NaN : /inf$/i.test(text) ? (text.startsWith('-') ? -Infinity : Infinity) : parseFloat(text),
    ),
  ],
});

/** Anchors, aliases, tags and directives: `yaml` handles them (alias limits, exact tag semantics). */
const NEEDS_FULL_PARSER = /(?:^|[\s[{,])(?:[&*][^\s,[\]{}]|!)|^%/m;

/** A quoted value or a flow collection that starts on a line and goes on past it. */
const OPENS_A_VALUE = /^[ \t]*(?:-[ \t]+)*(?:[^\s#"'[{][^#]*?:[ \t]+)?(["'[{])(.*)$/;

/**
 * Multi-line quoted scalars and flow collections are where js-yaml forgives what `yaml` rejects (a
 * continuation line not indented enough); files that have them are read by `yaml`.
 */
function spansLines(text: string): boolean {
  for (const line of text.split('\n')) {
    const match = OPENS_A_VALUE.exec(line);
    if (match && !closesOnLine(match[1]!, match[2]!.replace(/\r$/, ''))) return true;
  }
  return false;
}

function closesOnLine(opener: string, rest: string): boolean {
  if (opener === '"') return /^(?:[^"\\]|\\.)*"/.test(rest);
  if (opener === "'") return /^(?:[^']|'')*'(?!')/.test(rest);
  const closer = opener === '[' ? ']' : '}';
  let depth = 1;
  for (const char of rest) {
    if (char === opener) depth++;
    else if (char === closer && --depth === 0) return true;
  }
  return false;
}

/** The documents of a file, or undefined when the file should be read by `yaml` instead. */
export function loadFast(text: string): unknown[] | undefined {
  if (NEEDS_FULL_PARSER.test(text) || spansLines(text)) return undefined;
  let documents: unknown[];
  try {
    documents = jsYaml.loadAll(text, undefined, { schema: CORE_SCHEMA, json: false });
  } catch {
    return undefined;
  }
  // Empty and scalar documents are errors; `yaml` counts and places them exactly.
  return documents.every((document) => typeof document === 'object' && document !== null) ? documents : undefined;
}
