/**
 * Positions for the fast path: js-yaml reports where each node opens and closes (its `listener` option); this
 * turns those events into the ranges `yaml` gives the same nodes, and says so where it cannot be sure, so
 * that `yaml` decides there (test/model/positions.test.ts compares them node by node).
 */
import jsYaml from 'js-yaml';
import { CORE_SCHEMA } from './fast-yaml.js';

/** Where a node's text is, as js-yaml reads it (its `listener` events), for the positions of the fast path. */
export interface NodeSpan {
  /**
   * [start, end) offsets of the node's text as `yaml` gives them (its range[0] and range[1]); start === end
   * for an empty node (`key:` with no value); end is -1 where `yaml` could place it otherwise.
   */
  start: number;
  end: number;
  kind: 'mapping' | 'sequence' | 'scalar' | null;
  /** A scalar's value (a mapping's keys are looked up by it). */
  value?: unknown;
  /** A mapping's keys and values in turn (key, value, key, value…); a sequence's items. */
  children: NodeSpan[];
  /** Where `yaml` ends the node with what trails it (its range[2]): a block collection ends where its last one does. */
  nodeEnd: number;
}

const UNSURE = -1;

/**
 * The node spans of every document, or undefined when js-yaml's events do not line up with its values (an
 * item or value without a node of its own) or with the text (a second BOM): positions are then left to
 * `yaml`. Only for texts that loadFast reads.
 */
export function nodeSpans(text: string): NodeSpan[] | undefined {
  if (text.startsWith('\uFEFF')) return undefined; // js-yaml drops it, and every offset would move
  const roots: NodeSpan[] = [];
  const open: { span: NodeSpan; at: number }[] = [];
  const resultOf = new WeakMap<NodeSpan, unknown>();
  let linedUp = true;
  const listener = (event: jsYaml.EventType, state: jsYaml.State) => {
    if (event === 'open') {
      const span: NodeSpan = { start: state.position, end: state.position, nodeEnd: UNSURE, kind: null, children: [] };
      (open.at(-1)?.span.children ?? roots).push(span);
      open.push({ span, at: state.position });
      return;
    }
    const { span, at } = open.pop()!;
    span.kind = state.kind === 'mapping' || state.kind === 'sequence' || state.kind === 'scalar' ? state.kind : null;
    if (span.kind === null) return; // empty: start === end, and what trails it is `yaml`'s to say
    span.start = contentStart(text, at);
    const close = Math.min(state.position, text.length);
    if (span.kind === 'scalar') {
      span.value = state.result;
      span.children = []; // a block mapping's probe for a key that turned out to be the scalar itself
      span.end = close;
      // A block scalar takes no comment on its lines; js-yaml stops it inside the less indented line that
      // ends it, which may be a comment line that `yaml` counts in.
      const block = text[span.start] === '|' || text[span.start] === '>';
      span.nodeEnd = !block ? trailedEnd(text, close) : commentLinesFollow(text, text.lastIndexOf('\n', close - 1)) ? UNSURE : close;
      return;
    }
    // A block mapping's look for one more key that met the next document's marker (---, ...) instead: no node.
    if (span.kind === 'mapping' && span.children.at(-1)?.kind === null && isDocumentMarker(text, span.children.at(-1)!.start)) span.children.pop();
    const [only] = span.children;
    if (span.children.length === 1 && resultOf.get(only!) === state.result) {
      // A block mapping's probe for a key read the whole flow collection: that node is this one.
      Object.assign(span, only, { start: span.start });
      resultOf.set(span, state.result);
      return;
    }
    resultOf.set(span, state.result);
    const items = span.kind === 'sequence' ? (state.result as unknown[]).length : Object.keys(state.result as object).length;
    if (span.children.length !== (span.kind === 'mapping' ? 2 * items : items)) linedUp = false;
    if (text[span.start] === '[' || text[span.start] === '{') {
      span.end = close; // after the closing bracket
      span.nodeEnd = trailedEnd(text, close);
    } else {
      // A block collection ends where its last value ends, with what trails that on its line; comment lines
      // after it may be its own or its parent's, which only `yaml` knows.
      span.end = span.children.at(-1)?.nodeEnd ?? UNSURE;
      span.nodeEnd = span.end === UNSURE || commentLinesFollow(text, span.end) ? UNSURE : span.end;
    }
  };
  try {
    jsYaml.loadAll(text, undefined, { schema: CORE_SCHEMA, json: false, listener });
  } catch {
    return undefined;
  }
  return linedUp ? roots : undefined;
}

/** A `---` or `...` that starts the line at `at` and is followed by white space or the end of the line. */
function isDocumentMarker(text: string, at: number): boolean {
  if (at > 0 && text[at - 1] !== '\n') return false;
  if (!text.startsWith('---', at) && !text.startsWith('...', at)) return false;
  const after = text[at + 3];
  return after === undefined || after === ' ' || after === '\t' || after === '\n' || after === '\r';
}

/** The first offset from `at` that is not white space, a line break or a comment. */
function contentStart(text: string, at: number): number {
  let position = at;
  for (;;) {
    const char = text[position];
    if (char === ' ' || char === '\t' || char === '\n' || char === '\r') position++;
    else if (char === '#') {
      const lineEnd = text.indexOf('\n', position);
      if (lineEnd < 0) return text.length;
      position = lineEnd + 1;
    } else return position;
  }
}

/**
 * Where `yaml` ends a scalar or flow collection with what trails it: with the comment on its line; comment
 * lines after it may be its own (when indented more than its key), which is left to `yaml`.
 */
function trailedEnd(text: string, end: number): number {
  const withComment = withSameLineComment(text, end);
  return commentLinesFollow(text, withComment) ? UNSURE : withComment;
}

/** `end`, or the end of the comment that follows it on its line. */
function withSameLineComment(text: string, end: number): number {
  let position = end;
  while (text[position] === ' ' || text[position] === '\t') position++;
  // A # starts a comment only after white space (js-yaml may stop a plain scalar after the spaces that trail it).
  if (text[position] !== '#' || !(text[position - 1] === ' ' || text[position - 1] === '\t')) return end;
  const lineEnd = text.indexOf('\n', position);
  return lineEnd < 0 ? text.length : lineEnd;
}

/** Whether a comment line comes after `end` before the next content. */
function commentLinesFollow(text: string, end: number): boolean {
  for (let lineStart = text.indexOf('\n', end) + 1; lineStart > 0 && lineStart < text.length; lineStart = text.indexOf('\n', lineStart) + 1) {
    let position = lineStart;
    while (text[position] === ' ' || text[position] === '\t' || text[position] === '\r') position++;
    if (text[position] === '#') return true;
    if (text[position] !== '\n' && position < text.length) return false;
  }
  return false;
}
