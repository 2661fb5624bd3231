/**
 * What ajv-cli does, without its CLI: js-yaml loadAll of every file, one ajv (draft 2020-12) with the
 * playbook and manual schemas compiled once, each document validated; no line numbers. Stands in for the
 * issue's ajv-cli anchor (0.22× the floor there) when ajv-cli itself is not installed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusFiles } from './files.js';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml');
const Ajv2020 = require('ajv/dist/2020').default;

const schemas = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'schemas');
const ajv = new Ajv2020({ strict: false, allErrors: false });
const validators = {
  playbook: ajv.compile(JSON.parse(readFileSync(path.join(schemas, 'playbook.schema.json'), 'utf8'))),
  manual: ajv.compile(JSON.parse(readFileSync(path.join(schemas, 'manual.schema.json'), 'utf8'))),
};

let documents = 0;
let invalid = 0;
for (const file of corpusFiles(process.argv[2] ?? '.')) {
  try {
    yaml.loadAll(readFileSync(file, 'utf8'), (document) => {
      documents += 1;
      const validate = validators[document?.kind] ?? validators.playbook;
      if (!validate(document)) invalid += 1;
    });
  } catch {
    invalid += 1;
  }
}
process.stdout.write(`${documents} documents, ${invalid} invalid\n`);
