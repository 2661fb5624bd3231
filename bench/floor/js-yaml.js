/** js-yaml loadAll of the same files: plain data, no positions (the 0.15× row). Only run when js-yaml is installed. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { corpusFiles } from './files.js';

const yaml = createRequire(import.meta.url)('js-yaml');
let documents = 0;
let errors = 0;
for (const file of corpusFiles(process.argv[2] ?? '.')) {
  try {
    yaml.loadAll(readFileSync(file, 'utf8'), () => (documents += 1));
  } catch {
    errors += 1;
  }
}
process.stdout.write(`${documents} documents, ${errors} errors\n`);
