/**
 * The rest of the project, when a run is given some of its files (files.ts projectContext), read for what the
 * rules across files need: each playbook's id, each manual whole. A playbook's head is read from the lines that
 * start at the left margin, from the file's bytes, without decoding or parsing the file (FORMAT.md §4: "their
 * heads are cheap"); a file the scan cannot read for sure (a manual, a flow or multi-line head, directives,
 * tags, anchors, a file that is not UTF-8) is parsed and checked against its schema as a full run does. A
 * playbook read by the scan counts by its id whether or not its schema holds: its own run reports what is wrong.
 */
import { isUtf8 } from 'node:buffer';
import { withoutBom } from '../model/load.js';
import type { PlaybookHead } from '../rules/types.js';
import { readBytes, readInput, type InputFile } from './files.js';
import { checkFile, type FileCheck, type LintOptions } from './lint.js';

/** The checks of the rest of the project, in its order; nothing is reported in them. */
export function checkContext(context: readonly InputFile[], maxBytes: number, options: LintOptions): FileCheck[] {
  if (options.mode === 'validate') return [];
  return context.map((file) => headCheck(file, maxBytes, options));
}

/** One file of the rest of the project: its playbooks' heads from the scan, or else the file checked as a full run checks it. */
export function headCheck(file: InputFile, maxBytes: number, options: LintOptions): FileCheck {
  const bytes = readBytes(file, maxBytes);
  const scanned = bytes && !bytes.includes(0) && isUtf8(bytes) ? scanPlaybookHeads(bytes) : undefined;
  if (!scanned) return checkFile(readInput(file, maxBytes), { ...options, mode: 'validate' });
  // Without a way to read the file again, its text is kept for a position that a finding in a file given names.
  const input = options.readAgain ? undefined : readInput(file, maxBytes);
  const text = input && 'text' in input ? { text: withoutBom(input.text) } : {};
  return {
    filePath: file.filePath,
    findings: [],
    source: { ...text, length: -1, byteLength: scanned.byteLength, directives: [], documents: scanned.heads.map((_, index) => index) },
    playbooks: scanned.heads.map((head, index) => ({ index, head })),
    manuals: [],
  };
}

const MARKER = /^---[ \t]*(?:#.*)?$/;
/** A top-level key with a one-line plain or quoted scalar, and maybe a comment. */
const LINE = /^(kind|id|title):[ \t]+(?:"([^"\\]*)"|'([^']*)'|([^\s"'&*!|>[{#][^#]*?))[ \t]*(?:#.*)?$/;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

/**
 * The heads of a file whose every document is a playbook that says `kind: playbook` and its id on lines of
 * their own at the left margin, with the length of its text in UTF-8 bytes (less a BOM); undefined when the
 * file is anything else, or anything the scan cannot be sure of.
 */
export function scanPlaybookHeads(bytes: Uint8Array): { heads: PlaybookHead[]; byteLength: number } | undefined {
  const bom = (at: number) => bytes[at] === 0xef && bytes[at + 1] === 0xbb && bytes[at + 2] === 0xbf;
  const start = bom(0) ? 3 : 0;
  if (bom(start)) return undefined;
  // From line to line by the native search for the next new line: only the lines that start at the left
  // margin are decoded.
  const lines: string[] = [];
  for (let i = start; i < bytes.length; ) {
    let end = bytes.indexOf(LF, i);
    if (end === -1) end = bytes.length;
    const first = bytes[i]!;
    if (first !== SPACE && first !== TAB && first !== CR && first !== LF) {
      lines.push(Buffer.from(bytes.buffer, bytes.byteOffset + i, (bytes[end - 1] === CR ? end - 1 : end) - i).toString('utf8'));
    }
    i = end + 1;
  }
  const heads = headsOf(lines);
  return heads && { heads, byteLength: bytes.length - start };
}

function headsOf(lines: readonly string[]): PlaybookHead[] | undefined {
  const documents: string[][] = [[]];
  for (const line of lines) {
    if (line.startsWith('%') || line.startsWith('...')) return undefined;
    if (line.startsWith('---')) {
      if (!MARKER.test(line)) return undefined;
      documents.push([]);
    } else {
      documents[documents.length - 1]!.push(line);
    }
  }
  // Before the first marker, only comments are not a document.
  if (documents[0]!.every((line) => line.startsWith('#'))) documents.shift();
  if (documents.length === 0) return undefined;
  const heads: PlaybookHead[] = [];
  for (const document of documents) {
    const found: Record<string, string> = {};
    for (const line of document) {
      if (line.startsWith('#') || line.startsWith('-')) continue;
      const key = /^([A-Za-z0-9_-]+):/.exec(line)?.[1];
      if (key === undefined) return undefined; // a top-level line that is not a simple key (a flow mapping, a complex key)
      if (key !== 'kind' && key !== 'id' && key !== 'title') continue;
      const match = LINE.exec(line);
      if (!match || key in found) return undefined; // not a one-line scalar, or a repeated key (the full check says what)
      found[key] = (match[2] ?? match[3] ?? match[4] ?? '').trim();
    }
    if (found.kind !== 'playbook' || found.id === undefined || !ID.test(found.id)) return undefined;
    heads.push({ kind: 'playbook', id: found.id, title: found.title ?? '' });
  }
  return heads;
}
