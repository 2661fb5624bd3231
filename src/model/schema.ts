/** JSON Schema validation of documents; every ajv error becomes one finding at the node at fault. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { AJV_OPTIONS } from './ajv-options.js';
import type { DataPath, Finding } from '../findings.js';
import type { SourceDocument } from './load.js';
import { suggest } from '../suggest.js';
import { describePlace, isRecord } from './place.js';

export const DOCUMENT_KINDS = ['playbook', 'manual'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export type SchemaName = DocumentKind | 'config';

const schemaUrl = (name: SchemaName) => new URL(`../../schemas/${name}.schema.json`, import.meta.url);

export function readSchema(name: SchemaName): Record<string, unknown> {
  return JSON.parse(readFileSync(schemaUrl(name), 'utf8')) as Record<string, unknown>;
}

const require = createRequire(import.meta.url);
let validators: Record<SchemaName, ValidateFunction> | undefined;

/** The build compiles the schemas into dist/validators.cjs; from source (tests), ajv compiles them once. */
export function validatorFor(name: SchemaName): ValidateFunction {
  validators ??= precompiledValidators() ?? compileValidators();
  return validators[name];
}

function precompiledValidators(): Record<SchemaName, ValidateFunction> | undefined {
  try {
    return require('../validators.cjs') as Record<SchemaName, ValidateFunction>;
  } catch {
    return undefined;
  }
}

export function compileValidators(): Record<SchemaName, ValidateFunction> {
  const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const ajv = new Ajv2020(AJV_OPTIONS);
  return { playbook: ajv.compile(readSchema('playbook')), manual: ajv.compile(readSchema('manual')), config: ajv.compile(readSchema('config')) };
}

export interface SchemaProblem {
  path: DataPath;
  target: 'key' | 'value';
  message: string;
}

/** Checks a document's `kind`, then its schema. Returns the kind when the document is valid. */
export function checkDocument(document: SourceDocument): { kind?: DocumentKind; findings: Finding[] } {
  const value = document.value;
  const kindProblem = checkKind(value);
  const problems = kindProblem ? [kindProblem] : schemaProblems(value, (value as { kind: DocumentKind }).kind);
  const findings = problems.map((problem): Finding => ({
    ruleId: 'schema',
    severity: 'error',
    message: problem.message,
    ...document.locate(problem.path, problem.target),
  }));
  return { kind: findings.length === 0 ? (value as { kind: DocumentKind }).kind : undefined, findings };
}

function checkKind(value: unknown): SchemaProblem | undefined {
  if (value === null || value === undefined) {
    return { path: [], target: 'value', message: 'The document is empty: start it with `kind: playbook` or `kind: manual`.' };
  }
  if (!isRecord(value)) {
    const what = Array.isArray(value) ? 'a list' : `a single value (${JSON.stringify(value)})`;
    return { path: [], target: 'value', message: `The document is ${what}, not a mapping: start it with \`kind: playbook\` or \`kind: manual\`.` };
  }
  if (!('kind' in value)) {
    return { path: [], target: 'value', message: 'The document has no `kind`: add `kind: playbook` or `kind: manual`.' };
  }
  const kind = value.kind;
  if (typeof kind !== 'string' || !(DOCUMENT_KINDS as readonly string[]).includes(kind)) {
    const nearest = typeof kind === 'string' ? suggest(kind, DOCUMENT_KINDS) : undefined;
    const suggestion = nearest ? `; did you mean \`${nearest}\`?` : '.';
    return { path: ['kind'], target: 'value', message: `\`${String(kind)}\` is not a document kind: use \`playbook\` or \`manual\`${suggestion}` };
  }
  return undefined;
}

export function schemaProblems(value: unknown, name: SchemaName): SchemaProblem[] {
  const validate = validatorFor(name);
  if (validate(value)) return [];
  return collapse(validate.errors ?? []).map((error) => toProblem(value, error));
}

/** One report per real problem: drop duplicates and the errors under a value of the wrong type. */
function collapse(errors: readonly ErrorObject[]): ErrorObject[] {
  const typeErrorPaths = errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath);
  const seen = new Set<string>();
  return errors.filter((error) => {
    if (['if', 'oneOf', 'anyOf', 'not'].includes(error.keyword)) return false;
    if (error.keyword !== 'type' && typeErrorPaths.some((p) => error.instancePath === p || error.instancePath.startsWith(`${p}/`))) return false;
    const key = `${error.instancePath}|${error.keyword}|${JSON.stringify(error.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function toProblem(value: unknown, error: ErrorObject): SchemaProblem {
  const path = pointerToPath(error.instancePath);
  const field = path[path.length - 1];
  const place = describePlace(value, path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { path, target: 'value', message: `${capitalize(place)} has no \`${String(params.missingProperty)}\`: add it.` };
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const nearest = suggest(name, knownProperties(error));
      const hint = nearest ? `; did you mean \`${nearest}\`?` : '.';
      return { path: [...path, name], target: 'key', message: `\`${name}\` is not a field of ${place}${hint}` };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const given = currentValue(value, path);
      const key = [...path].reverse().find((segment) => typeof segment === 'string');
      const noun = allowed.includes('empathy') ? 'step kind' : `valid value for \`${String(key)}\``;
      const nearest = typeof given === 'string' ? suggest(given, allowed) : undefined;
      const hint = nearest ? `; did you mean \`${nearest}\`?` : `; use one of: ${allowed.join(', ')}.`;
      return { path, target: 'value', message: `\`${String(given)}\` is not a ${noun} (${place})${hint}` };
    }
    case 'const':
      return {
        path,
        target: 'value',
        message: field === 'format'
          ? `Format ${JSON.stringify(currentValue(value, path))} is not supported: this servicebook reads \`format: 1\`.`
          : `${capitalize(place)} must be \`${String(params.allowedValue)}\`.`,
      };
    case 'type':
      return { path, target: 'value', message: `${capitalize(place)} must be ${article(String(params.type))}, not ${typeName(currentValue(value, path))}.` };
    case 'pattern':
      return { path, target: 'value', message: patternMessage(place, String(field), currentValue(value, path)) };
    case 'propertyNames':
      return { path, target: 'value', message: `${capitalize(place)} has a key that is not a valid name.` };
    case 'minItems':
      return { path, target: 'value', message: `${capitalize(place)} must list at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}.` };
    case 'minLength':
      return { path, target: 'value', message: `${capitalize(place)} must not be empty.` };
    case 'minProperties':
      return { path, target: 'value', message: `${capitalize(place)} must have at least ${String(params.limit)} entr${params.limit === 1 ? 'y' : 'ies'}.` };
    case 'uniqueItems':
      return { path: [...path, Number(params.i)], target: 'value', message: `${capitalize(place)} lists the same value twice (items ${Number(params.j) + 1} and ${Number(params.i) + 1}).` };
    default:
      return { path, target: 'value', message: `${capitalize(place)} ${error.message ?? 'is not valid'}.` };
  }
}

function patternMessage(place: string, field: string, given: unknown): string {
  const shown = `\`${String(given)}\``;
  if (field === 'due') return `${shown} is not a duration (${place}): use ISO 8601 such as P1D or PT4H, or 30m / 4h / 2d.`;
  if (field === 'locale') return `${shown} is not a BCP 47 locale (${place}): use a tag such as ko-KR or en-US.`;
  if (field === 'goto') return `${shown} is not a step id (${place}): use a kebab-case step id or \`end\`.`;
  return `${shown} is not a valid id (${place}): use kebab-case (lowercase letters, digits and hyphens), e.g. \`${kebab(String(given))}\`.`;
}

function kebab(text: string): string {
  return text.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'my-id';
}

function knownProperties(error: ErrorObject): string[] {
  const properties = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return properties ? Object.keys(properties) : [];
}

function currentValue(value: unknown, path: DataPath): unknown {
  let node = value;
  for (const segment of path) node = (node as Record<string | number, unknown> | undefined)?.[segment];
  return node;
}

function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${article(typeof value)} (${JSON.stringify(value)})`;
}

function article(type: string): string {
  const words: Record<string, string> = { string: 'text', object: 'a mapping', array: 'a list', integer: 'a whole number', number: 'a number', boolean: 'true or false' };
  return type.split(',').map((t) => words[t] ?? t).join(' or ');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
