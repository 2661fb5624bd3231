/**
 * YAML text → documents with a path→position locator. The only module that knows how files are parsed,
 * so that the parser can change without touching rules or formatters.
 */
import { createRequire } from 'node:module';
import type { Document, Node } from 'yaml';
import type { DataPath, Finding, Range } from '../core/findings.js';
import type { Lang } from '../core/language.js';
import { parseDirectives, type Directive } from './directives.js';
import { loadFast } from './fast-yaml.js';
import { nodeSpans, type NodeSpan } from './node-spans.js';
import { findingMessage } from './messages.js';

// `yaml` is loaded only when a file needs it (positions, errors): most runs over clean files never do.
const require = createRequire(import.meta.url);
let yamlModule: typeof import('yaml') | undefined;
const yaml = () => (yamlModule ??= require('yaml') as typeof import('yaml'));

export interface SourceDocument {
  /** 0-based index of the document in its file. */
  index: number;
  /** The document as plain data (YAML 1.2 core schema). */
  value: unknown;
  /** The range of the node at `path`; for a missing node, the deepest mapping or list on the way. */
  locate(path: DataPath, target?: 'key' | 'value'): Range;
  /** Line of the document's first content line: whole-document disables must stand before it. */
  contentLine(): number;
  /** [start, end) offsets in the text of the node at `path` (positions inside a string: model/scalar-text.ts). */
  span?(path: DataPath): [number, number] | undefined;
}

export interface SourceFile {
  filePath: string;
  text: string;
  documents: SourceDocument[];
  /** yaml-syntax findings: parse errors, repeated keys, alias bombs. */
  syntaxFindings: Finding[];
  directives: Directive[];
}

const BOM = '\uFEFF';

/** Editors do not count a BOM as a column, so neither do we. */
export function withoutBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/** `fast`: js-yaml for the values, `yaml` only when a position is asked for; `yaml`: `yaml` for everything. */
export type Parser = 'fast' | 'yaml';

/** `lang` is the language of the syntax findings' messages. */
export function parseSource(filePath: string, rawText: string, parser: Parser = 'fast', lang: Lang = 'en'): SourceFile {
  const text = withoutBom(rawText);
  const directives = parseDirectives(text);
  const values = parser === 'fast' ? loadFast(text) : undefined;
  if (!values) return { filePath, text, directives, ...composeDocuments(text, lang) };

  // Most files in CI are clean: positions are worked out only for the files that have something to report,
  // from js-yaml's node events where they say for sure, else by composing the file with `yaml`.
  let spans: { roots?: NodeSpan[]; lines: Lines } | undefined;
  let composed: SourceDocument[] | undefined;
  const positioned = (index: number) => (composed ??= composeDocuments(text, lang).documents)[index];
  const fast = (index: number) => {
    spans ??= { roots: nodeSpans(text), lines: new Lines(text) };
    const root = spans.roots?.[index];
    return root && { root, lines: spans.lines };
  };
  const documents = values.map((value, index): SourceDocument => ({
    index,
    value,
    contentLine: () => {
      const known = fast(index);
      return known ? known.lines.position(known.root.start).line : (positioned(index)?.contentLine() ?? 1);
    },
    locate: (path, target = 'value') => {
      const known = fast(index);
      const span = known && spanAt(known.root, path, target);
      if (known && span) return rangeOf(text, known.lines, span[0], span[1]);
      return positioned(index)?.locate(path, target) ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
    },
    span: (path) => {
      const known = fast(index);
      return (known && spanAt(known.root, path, 'value')) ?? positioned(index)?.span?.(path);
    },
  }));
  return { filePath, text, directives, documents, syntaxFindings: [] };
}

/** Every document composed by `yaml`, with exact positions and syntax errors. */
function composeDocuments(text: string, lang: Lang): { documents: SourceDocument[]; syntaxFindings: Finding[] } {
  const { parseAllDocuments } = yaml();
  const lines = new Lines(text);
  const toRange = (start: number, end: number): Range => rangeOf(text, lines, start, end);
  const parsed = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  const yamlDocuments = Array.isArray(parsed) ? parsed : [];
  const syntaxFindings: Finding[] = [];
  const documents: SourceDocument[] = [];

  for (const [index, document] of yamlDocuments.entries()) {
    for (const error of document.errors) {
      if (error.code === 'DUPLICATE_KEY') continue; // reported below, at the key that comes again
      const [start = 0, end = start + 1] = error.pos;
      if (/call stack/i.test(error.message)) {
        // Where the stack ran out depends on how deep the parser was called (a thread, the API): the
        // document's content start does not, so the same file always gets the same finding.
        const at = document.contents?.range[0] ?? document.range[0];
        syntaxFindings.push(syntaxFinding(findingMessage(lang, 'tooDeep'), toRange(at, at + 1)));
        continue;
      }
      syntaxFindings.push(syntaxFinding(cleanYamlMessage(error.message, lang), toRange(start, Math.max(end, start + 1))));
    }
    if (document.errors.some((error) => error.code === 'DUPLICATE_KEY')) {
      for (const { key, range } of repeatedKeys(document)) {
        syntaxFindings.push(syntaxFinding(findingMessage(lang, 'duplicateKey', { key }), toRange(range[0], range[1])));
      }
    }
    if (document.errors.length > 0) continue;
    let value: unknown;
    try {
      value = document.toJS({ maxAliasCount: 100 });
    } catch (error) {
      const start = document.contents?.range[0] ?? 0;
      syntaxFindings.push(syntaxFinding(aliasMessage(error, lang), toRange(start, start + 1)));
      continue;
    }
    const contentStart = document.contents?.range[0] ?? document.range[0];
    documents.push({
      index,
      value,
      contentLine: () => lines.position(contentStart).line,
      locate: (path, target = 'value') => {
        const [start, end] = nodeSpan(document, path, target);
        return toRange(start, end);
      },
      span: (path) => nodeSpan(document, path, 'value'),
    });
  }
  // Nesting too deep is one problem, however many tokens the parser gave up on.
  const tooDeep = findingMessage(lang, 'tooDeep');
  const firstTooDeep = syntaxFindings.findIndex((finding) => finding.message === tooDeep);
  return { documents, syntaxFindings: syntaxFindings.filter((finding, i) => finding.message !== tooDeep || i === firstTooDeep) };
}

/** Every key that comes again in its mapping, with the range of the second (third…) occurrence. */
function repeatedKeys(document: Document): { key: string; range: [number, number] }[] {
  const { isMap, isScalar, visit } = yaml();
  const repeated: { key: string; range: [number, number] }[] = [];
  visit(document, {
    Map(_, map) {
      if (!isMap(map)) return;
      const seen = new Set<string>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        if (seen.has(key) && isScalar(pair.key) && pair.key.range) repeated.push({ key, range: [pair.key.range[0], pair.key.range[1]] });
        seen.add(key);
      }
    },
  });
  return repeated;
}

function syntaxFinding(message: string, range: Range): Finding {
  return { ruleId: 'yaml-syntax', severity: 'error', message, ...range };
}

/** yaml's own message (first line, without its position), in English; Korean says what it is first. */
function cleanYamlMessage(message: string, lang: Lang): string {
  if (/call stack/i.test(message)) return findingMessage(lang, 'tooDeep');
  const firstLine = message.split('\n')[0] ?? message;
  return findingMessage(lang, 'yamlError', { message: firstLine.replace(/ at line \d+, column \d+:?$/, '').trim() });
}

function aliasMessage(error: unknown, lang: Lang): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/call stack/i.test(message)) return findingMessage(lang, 'tooDeep');
  return /alias/i.test(message) ? findingMessage(lang, 'aliasBomb') : findingMessage(lang, 'yamlError', { message });
}

/** [start, end) offsets of the node at `path`, stopping at the deepest node that exists. */
function nodeSpan(document: Document, path: DataPath, target: 'key' | 'value'): [number, number] {
  const { isMap, isPair, isScalar, isSeq } = yaml();
  let node: Node | null = document.contents;
  let fallback: [number, number] = spanOf(node) ?? [0, 0];
  for (const [i, segment] of path.entries()) {
    const isLast = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      const keyNode = pair.key as Node;
      const valueNode = pair.value as Node | null;
      const valueSpan = spanOf(valueNode);
      if ((isLast && target === 'key') || !valueSpan || valueSpan[0] === valueSpan[1]) {
        fallback = spanOf(keyNode) ?? fallback;
        if (isLast || !valueSpan) return fallback;
      }
      node = valueNode;
    } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
      node = node.items[segment] as Node | null;
    } else {
      break;
    }
    fallback = spanOf(node) ?? fallback;
  }
  return fallback;
}

/**
 * nodeSpan over js-yaml's node spans: the same walk, giving the same offsets; undefined where the two could
 * differ (a path that goes on past an empty value, whose place `yaml` works out its own way).
 */
function spanAt(root: NodeSpan, path: DataPath, target: 'key' | 'value'): [number, number] | undefined {
  const spanOfNode = (node: NodeSpan): [number, number] | undefined => (node.end < 0 ? undefined : [node.start, node.end]);
  let node = root;
  let fallback = spanOfNode(node);
  for (const [i, segment] of path.entries()) {
    const isLast = i === path.length - 1;
    if (node.kind === 'mapping') {
      let pair = -1;
      for (let k = 0; k < node.children.length; k += 2) {
        const key = node.children[k]!;
        if (key.kind === 'scalar' && String(key.value) === String(segment)) {
          pair = k;
          break;
        }
      }
      if (pair < 0) break;
      const [keyNode, valueNode] = [node.children[pair]!, node.children[pair + 1]!];
      if ((isLast && target === 'key') || valueNode.start === valueNode.end) {
        fallback = spanOfNode(keyNode);
        if (isLast) return fallback;
        if (valueNode.kind === null) return undefined;
      }
      node = valueNode;
    } else if (node.kind === 'sequence' && typeof segment === 'number' && segment < node.children.length) {
      node = node.children[segment]!;
    } else {
      break;
    }
    fallback = spanOfNode(node);
  }
  return fallback;
}

function spanOf(node: Node | null | undefined): [number, number] | undefined {
  if (!node || !node.range) return undefined;
  return [node.range[0], node.range[1]];
}

function rangeOf(text: string, lines: Lines, start: number, end: number): Range {
  let trimmedEnd = Math.min(end, text.length);
  while (trimmedEnd > start + 1 && /\s/.test(text[trimmedEnd - 1] ?? '')) trimmedEnd--;
  const from = lines.position(Math.min(start, text.length));
  const to = lines.position(Math.max(trimmedEnd, start));
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}

/**
 * Offsets to 1-based lines and columns, from the text itself: yaml's LineCounter misses the line breaks
 * inside a token its parser rejects, which would shift every later position.
 */
class Lines {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1 };
  }
}
