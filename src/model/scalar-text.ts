/**
 * Where the characters of a string value are in the file: a scalar's value is its source text with the
 * quoting, escapes, folding and indentation taken out, so a word found in the value (a rule's finding, a fix)
 * is mapped back through that source, once, here. Every style is decoded by hand and the result compared with
 * the parsed value: where they differ (a style this does not read), nothing is claimed and the caller falls
 * back to the whole node.
 */

import type { DataPath, Range } from '../core/findings.js';

/** For each index of the value (and one past its end), the offset of that character in the text. */
export type ValueMap = Int32Array;

/** Decodes the scalar at text[start, end) and maps `value` onto it; undefined when the two do not agree. */
export function mapScalar(text: string, start: number, end: number, value: string): ValueMap | undefined {
  const from = afterProperties(text, start, end);
  const decoded = decode(text, from, end);
  if (!decoded) return undefined;
  const { chars, offsets, block } = decoded;
  // A block scalar's trailing line breaks depend on its chomping indicator: only the text before them is compared.
  const agree = block ? chars.replace(/\n+$/, '') === value.replace(/\n+$/, '') : chars === value;
  if (!agree) return undefined;
  const map = new Int32Array(value.length + 1);
  for (let index = 0; index < value.length; index++) map[index] = offsets[Math.min(index, offsets.length - 1)] ?? from;
  const lastChar = value.length > 0 ? map[value.length - 1]! : from;
  map[value.length] = value.length > 0 ? lastChar + charWidth(text, lastChar) : from;
  return map;
}

/**
 * The offsets in the text of value[from, to), and whether that stretch of the source is the stretch of the
 * value as it is (no escape, quote or fold inside): only such a stretch can be replaced by editing the text.
 */
export function sourceRange(text: string, map: ValueMap, value: string, from: number, to: number): { start: number; end: number; verbatim: boolean } {
  const start = map[from]!;
  const end = to > from ? map[to - 1]! + charWidth(text, map[to - 1]!) : start;
  return { start, end, verbatim: text.slice(start, end) === value.slice(from, to) };
}

/** How many code units of the source the value character at `offset` took: 2 for a surrogate pair, else 1. */
function charWidth(text: string, offset: number): number {
  const code = text.charCodeAt(offset);
  return code >= 0xd800 && code <= 0xdbff ? 2 : 1;
}

/** Past a tag (!!str) and an anchor (&a) before the scalar itself. */
function afterProperties(text: string, start: number, end: number): number {
  let position = start;
  while (position < end && (text[position] === '!' || text[position] === '&')) {
    while (position < end && !/\s/.test(text[position]!)) position++;
    while (position < end && /\s/.test(text[position]!)) position++;
  }
  return position;
}

interface Decoded {
  chars: string;
  offsets: number[];
  block: boolean;
}

function decode(text: string, start: number, end: number): Decoded | undefined {
  const first = text[start];
  if (first === '|' || first === '>') return decodeBlock(text, start, end, first === '>');
  if (first === '"' || first === "'") return decodeFlow(text, start + 1, text.lastIndexOf(first, end - 1), first);
  let stop = end;
  while (stop > start && /\s/.test(text[stop - 1]!)) stop--;
  return decodeFlow(text, start, stop, undefined);
}

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ',
  '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/** A plain or quoted scalar: line folding, '' in single quotes, escapes in double quotes. */
function decodeFlow(text: string, start: number, end: number, quote: '"' | "'" | undefined): Decoded | undefined {
  if (end < start) return undefined;
  const chars: string[] = [];
  const offsets: number[] = [];
  /** How many characters at the end of `chars` came from escapes: trailing white space of a line is kept only then. */
  let escapedUpTo = 0;
  const push = (char: string, at: number) => {
    chars.push(char);
    offsets.push(at);
  };
  let position = start;
  while (position < end) {
    const char = text[position]!;
    if (char === '\n' || char === '\r') {
      while (chars.length > escapedUpTo && (chars.at(-1) === ' ' || chars.at(-1) === '\t')) {
        chars.pop();
        offsets.pop();
      }
      const breakAt = position;
      let breaks = 0;
      while (position < end && (text[position] === '\n' || text[position] === '\r' || text[position] === ' ' || text[position] === '\t')) {
        if (text[position] === '\n') breaks++;
        else if (text[position] === '\r' && text[position + 1] !== '\n') breaks++;
        position++;
      }
      if (breaks === 1) push(' ', breakAt);
      else for (let i = 1; i < breaks; i++) push('\n', breakAt);
      escapedUpTo = chars.length;
      continue;
    }
    if (quote === "'" && char === "'") {
      if (text[position + 1] !== "'") return undefined;
      push("'", position);
      position += 2;
      continue;
    }
    if (quote === '"' && char === '\\') {
      const code = text[position + 1] ?? '';
      if (code === '\n' || code === '\r') {
        // An escaped line break: the break and the next line's indentation are dropped.
        position += 2;
        if (code === '\r' && text[position] === '\n') position++;
        while (position < end && (text[position] === ' ' || text[position] === '\t')) position++;
        escapedUpTo = chars.length;
        continue;
      }
      const hex = HEX_LENGTH[code];
      if (hex !== undefined) {
        const digits = text.slice(position + 2, position + 2 + hex);
        if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== hex) return undefined;
        for (const unit of String.fromCodePoint(parseInt(digits, 16))) for (let i = 0; i < unit.length; i++) push(unit[i]!, position);
        position += 2 + hex;
      } else {
        const escaped = ESCAPES[code];
        if (escaped === undefined) return undefined;
        push(escaped, position);
        position += 2;
      }
      escapedUpTo = chars.length;
      continue;
    }
    push(char, position);
    position++;
  }
  return { chars: chars.join(''), offsets, block: false };
}

/** A literal (|) or folded (>) block scalar: its indentation taken off each line; folded lines joined. */
function decodeBlock(text: string, start: number, end: number, folded: boolean): Decoded | undefined {
  const headerEnd = text.indexOf('\n', start);
  if (headerEnd < 0 || headerEnd >= end) return { chars: '', offsets: [], block: true };
  const header = text.slice(start + 1, headerEnd).replace(/\s+#.*$/, '').trim();
  const explicit = /[1-9]/.exec(header)?.[0];
  const lines: { from: number; to: number }[] = [];
  for (let lineStart = headerEnd + 1; lineStart < end; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 || newline >= end ? end : newline;
    lines.push({ from: lineStart, to: text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd });
    lineStart = lineEnd + 1;
  }
  const firstContent = lines.find(({ from, to }) => text.slice(from, to).trim() !== '');
  if (!firstContent) return { chars: '', offsets: [], block: true };
  let indent = 0;
  if (explicit !== undefined) {
    const lineStart = text.lastIndexOf('\n', start) + 1;
    let parent = 0;
    while (text[lineStart + parent] === ' ') parent++;
    indent = parent + Number(explicit);
  } else {
    while (text[firstContent.from + indent] === ' ') indent++;
  }
  const chars: string[] = [];
  const offsets: number[] = [];
  let pendingBreaks: number[] = []; // where each line break since the last content line is
  let previous: 'normal' | 'more' | undefined;
  for (const { from, to } of lines) {
    const content = from + indent;
    const isEmpty = text.slice(from, to).trim() === '' && to - from <= indent;
    if (isEmpty || content > to) {
      if (text.slice(from, to).trim() !== '') return undefined; // less indented: not this scalar's line
      pendingBreaks.push(to);
      continue;
    }
    const kind = text[content] === ' ' || text[content] === '\t' ? 'more' : 'normal';
    if (previous !== undefined) {
      const joinWithSpace = folded && previous === 'normal' && kind === 'normal';
      if (joinWithSpace && pendingBreaks.length === 1) {
        chars.push(' ');
        offsets.push(pendingBreaks[0]!);
      } else {
        for (const at of joinWithSpace ? pendingBreaks.slice(1) : pendingBreaks) {
          chars.push('\n');
          offsets.push(at);
        }
      }
    } else {
      for (const at of pendingBreaks) {
        chars.push('\n');
        offsets.push(at);
      }
    }
    for (let position = content; position < to; position++) {
      chars.push(text[position]!);
      offsets.push(position);
    }
    pendingBreaks = [to];
    previous = kind;
  }
  return { chars: chars.join(''), offsets, block: true };
}

/** What a finding inside a string value comes to: its line and column, and its offsets in the text. */
export interface ValuePlace {
  range: Range;
  start: number;
  end: number;
  /** The source stretch is the value stretch as it is: an edit there changes exactly those characters. */
  verbatim: boolean;
  /** How the scalar is written: an edit must keep it valid in that style. */
  style: 'plain' | 'single' | 'double' | 'block';
  /** Offsets of the scalar's own text (past its tag and anchor). */
  scalarStart: number;
}

/**
 * Line, column and offsets of value[from, to) for the string at `path`; undefined when the path holds no
 * string or its source cannot be read back (the caller then points at the whole node).
 */
export function locateInValue(
  text: string,
  document: { value: unknown; span?(path: DataPath): [number, number] | undefined },
  path: DataPath,
  from: number,
  to: number,
): ValuePlace | undefined {
  const value = valueAt(document.value, path);
  const span = typeof value === 'string' && from >= 0 && to <= value.length && from <= to ? document.span?.(path) : undefined;
  if (!span || typeof value !== 'string') return undefined;
  const map = mapScalar(text, span[0], span[1], value);
  if (!map) return undefined;
  const { start, end, verbatim } = sourceRange(text, map, value, from, to);
  const scalarStart = afterProperties(text, span[0], span[1]);
  const first = text[scalarStart];
  const style = first === '"' ? 'double' : first === "'" ? 'single' : first === '|' || first === '>' ? 'block' : 'plain';
  const lines = linesOf(text);
  const [a, b] = [lines.position(start), lines.position(Math.max(end, start))];
  return { range: { line: a.line, column: a.column, endLine: b.line, endColumn: b.column }, start, end, verbatim, style, scalarStart };
}

/**
 * Whether `replacement` can stand in the source in place of a verbatim stretch of a scalar of this style,
 * reading back as itself: no quote of the style, escape, line break, or what would end or start a plain scalar.
 */
export function canWriteIn(place: ValuePlace, replacement: string, text: string): boolean {
  if (!place.verbatim || /[\r\n]/.test(replacement)) return false;
  if (place.style === 'double') return !/["\\]/.test(replacement);
  if (place.style === 'single') return !replacement.includes("'");
  if (place.style === 'block') return true;
  const before = text[place.start - 1] ?? '';
  const after = text[place.end] ?? '';
  const joined = `${before}${replacement}${after}`;
  if (/:\s|\s#|:$/.test(joined) || /[\t]/.test(replacement)) return false;
  // At the start of a plain scalar, an indicator would make it something else ({ a flow mapping, # a comment …).
  return !(place.start === place.scalarStart && /^[-?:,[\]{}#&*!|>'"%@`]/.test(replacement));
}

function valueAt(root: unknown, path: DataPath): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** Offsets to 1-based lines and columns; the last text's line starts are kept, as findings of a file come together. */
let cached: { text: string; starts: number[] } | undefined;

function linesOf(text: string): { position(offset: number): { line: number; column: number } } {
  if (cached?.text !== text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    cached = { text, starts };
  }
  const { starts } = cached;
  return {
    position(offset) {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle]! <= offset) low = middle;
        else high = middle - 1;
      }
      return { line: low + 1, column: offset - starts[low]! + 1 };
    },
  };
}
