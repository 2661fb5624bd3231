// Compiles the JSON Schemas ahead of time into dist/validators.cjs (ajv standalone code), so that a run
// does not load ajv's compiler nor compile the schemas: start-up is what CI pays on every commit.
import { readFileSync, writeFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { AJV_OPTIONS } from '../dist/model/ajv-options.js';

const names = ['playbook', 'manual', 'config'];
const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { source: true } });
const exports = {};
for (const name of names) {
  const schema = JSON.parse(readFileSync(new URL(`../schemas/${name}.schema.json`, import.meta.url), 'utf8'));
  ajv.addSchema(schema);
  exports[name] = schema.$id;
}
writeFileSync(new URL('../dist/validators.cjs', import.meta.url), standaloneCode.default(ajv, exports));
