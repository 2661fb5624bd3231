/**
 * The parse floor: read every file and build `yaml` documents with a LineCounter, as anything that reports
 * exact positions through yaml's document API must. Nothing else: no schema, no rules, no output.
 */
import { readFileSync } from 'node:fs';
import { LineCounter, parseAllDocuments } from 'yaml';
import { corpusFiles } from './files.js';

let documents = 0;
let errors = 0;
for (const file of corpusFiles(process.argv[2] ?? '.')) {
  const lineCounter = new LineCounter();
  const parsed = parseAllDocuments(readFileSync(file, 'utf8'), { lineCounter, uniqueKeys: true });
  for (const document of Array.isArray(parsed) ? parsed : [parsed]) {
    documents += 1;
    errors += document.errors.length;
  }
}
process.stdout.write(`${documents} documents, ${errors} errors\n`);
