/** JSON Schema validation of documents; every ajv error becomes one finding at the node at fault. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { AJV_OPTIONS } from './ajv-options.js';
import type { Playbook } from './types.js';
import { channelProblems } from './channels.js';
import { purposeProblems } from './purposes.js';

export type { SchemaProblem } from './messages.js';
import type { DataPath, Finding } from '../core/findings.js';
import type { SourceDocument } from './load.js';
import { suggest } from '../core/suggest.js';
import type { MessageData, Text } from '../core/messages.js';
import type { Lang } from '../core/language.js';
import { findingText, type FindingMessageId, type SchemaProblem } from './messages.js';
import { describePlace, isRecord, type PlaceRoot } from './place.js';

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


/** Checks a document's `kind`, then its schema. Returns the kind when the document is valid. */
/** `channels`: the project's declared channels; when given, channel ids are checked against them and the known ones. */
/** `purposes`: every purpose the project knows (built in and declared); when given, scenario purposes are checked. */
export function checkDocument(
  document: SourceDocument,
  lang: Lang = 'en',
  channels?: readonly string[],
  purposes?: readonly string[],
): { kind?: DocumentKind; findings: Finding[] } {
  const value = document.value;
  const kindProblem = checkKind(value);
  if (kindProblem) return { findings: [toFinding(document, kindProblem, lang)] };
  const kind = (value as { kind: DocumentKind }).kind;
  let problems = schemaProblems(value, kind);
  if (problems.length === 0 && kind === 'playbook') {
    const playbook = value as Playbook;
    problems = [...(channels ? channelProblems(playbook, channels) : []), ...(purposes ? purposeProblems(playbook, purposes) : [])];
  }
  const findings = problems.map((problem) => toFinding(document, problem, lang));
  return { kind: findings.length === 0 ? kind : undefined, findings };
}

function toFinding(document: SourceDocument, problem: SchemaProblem, lang: Lang): Finding {
  return { ruleId: 'schema', severity: 'error', message: problem.message[lang], ...document.locate(problem.path, problem.target) };
}

function checkKind(value: unknown): SchemaProblem | undefined {
  const problem = (message: Text, path: DataPath = []): SchemaProblem => ({ path, target: 'value', message });
  if (value === null || value === undefined) return problem(findingText('emptyDocument'));
  if (!isRecord(value)) {
    const what = Array.isArray(value) ? findingText('aList') : findingText('aSingleValue', { value: JSON.stringify(value) });
    return problem(findingText('notMapping', { what }));
  }
  if (!('kind' in value)) return problem(findingText('noKind'));
  const kind = value.kind;
  if (typeof kind !== 'string' || !(DOCUMENT_KINDS as readonly string[]).includes(kind)) {
    const nearest = typeof kind === 'string' ? suggest(kind, DOCUMENT_KINDS) : undefined;
    const hint = nearest ? findingText('didYouMean', { suggestion: nearest }) : findingText('fullStop');
    return problem(findingText('unknownKind', { kind: String(kind), hint }), ['kind']);
  }
  return undefined;
}

export function schemaProblems(value: unknown, name: SchemaName): SchemaProblem[] {
  const validate = validatorFor(name);
  if (validate(value)) return [];
  return collapse(validate.errors ?? []).map((error) => toProblem(value, error, name === 'config' ? 'config' : 'document'));
}

/** One report per real problem: drop duplicates and the errors under a value of the wrong type. */
function collapse(errors: readonly ErrorObject[]): ErrorObject[] {
  const typeErrorPaths = errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath);
  const seen = new Set<string>();
  return errors.filter((error) => {
    if (['if', 'oneOf', 'anyOf', 'not'].includes(error.keyword)) return false;
    // An error inside `propertyNames` is about a key: the `propertyNames` error itself names it.
    if ((error as ErrorObject & { propertyName?: string }).propertyName !== undefined) return false;
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

function toProblem(value: unknown, error: ErrorObject, root: PlaceRoot): SchemaProblem {
  const path = pointerToPath(error.instancePath);
  const field = path[path.length - 1];
  const params = error.params as Record<string, unknown>;
  const en = describePlace(value, path, 'en', root);
  const place: Text = { en, ko: describePlace(value, path, 'ko', root) };
  // {{Place}} starts a sentence.
  const at = (id: FindingMessageId, data: MessageData = {}, where: DataPath = path, target: 'key' | 'value' = 'value'): SchemaProblem => ({
    path: where,
    target,
    message: findingText(id, { place, Place: { en: capitalize(en), ko: place.ko }, ...data }),
  });
  const given = currentValue(value, path);
  switch (error.keyword) {
    case 'required':
      return at('required', { field: String(params.missingProperty) });
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const nearest = suggest(name, knownProperties(error));
      return at('notAField', { name, hint: nearest ? findingText('didYouMean', { suggestion: nearest }) : findingText('fullStop') }, [...path, name], 'key');
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const key = [...path].reverse().find((segment) => typeof segment === 'string');
      const nearest = typeof given === 'string' ? suggest(given, allowed) : undefined;
      const hint = nearest ? findingText('didYouMean', { suggestion: nearest }) : findingText('useOneOf', { allowed: allowed.join(', ') });
      return allowed.includes('empathy')
        ? at('notAStepKind', { given: String(given), hint })
        : at('notAValidValue', { given: String(given), key: String(key), hint });
    }
    case 'const':
      return field === 'format' ? at('unsupportedFormat', { given: JSON.stringify(given) }) : at('mustBe', { value: String(params.allowedValue) });
    case 'type':
      return at('wrongType', { expected: typeWords(String(params.type)), actual: typeName(given) });
    case 'pattern':
      return at(patternMessage(String(field)), { given: `\`${String(given)}\``, example: kebab(String(given)) });
    case 'propertyNames': {
      const name = String(params.propertyName ?? '');
      if (name === '') return at('badKey');
      const identifiers = field === 'placeholders' || field === 'facts';
      return identifiers
        ? at('badIdentifierKey', { name, example: `{{${field === 'facts' ? 'facts.' : ''}${name.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^(\d)/, '_$1')}}}` }, [...path, name], 'key')
        : at('badKebabKey', { name, example: kebab(name) }, [...path, name], 'key');
    }
    case 'minItems':
      return at('tooFewItems', { limit: Number(params.limit), items: params.limit === 1 ? 'item' : 'items' });
    case 'minLength':
      return at('emptyText');
    case 'minProperties':
      return at('tooFewEntries', { limit: Number(params.limit), entries: params.limit === 1 ? 'entry' : 'entries' });
    case 'uniqueItems':
      return at('sameValueTwice', { first: Number(params.j) + 1, second: Number(params.i) + 1 }, [...path, Number(params.i)]);
    default:
      return at('invalid', { detail: error.message ?? 'is not valid' });
  }
}

function patternMessage(field: string): FindingMessageId {
  if (field === 'due') return 'notADuration';
  if (field === 'locale') return 'notALocale';
  if (field === 'goto') return 'notAStepId';
  return 'notAnId';
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

const TYPE_WORDS: Record<string, Text> = {
  string: { en: 'text', ko: '텍스트' },
  object: { en: 'a mapping', ko: '매핑(키: 값)' },
  array: { en: 'a list', ko: '목록' },
  integer: { en: 'a whole number', ko: '정수' },
  number: { en: 'a number', ko: '숫자' },
  boolean: { en: 'true or false', ko: 'true/false' },
  null: { en: 'empty', ko: '빈 값' },
};

/** `string,array` → "text or a list" / "텍스트 또는 목록". */
function typeWords(types: string): Text {
  const words = types.split(',').map((type) => TYPE_WORDS[type] ?? { en: type, ko: type });
  return { en: words.map((word) => word.en).join(' or '), ko: words.map((word) => word.ko).join(' 또는 ') };
}

function typeName(value: unknown): Text {
  if (value === null || value === undefined) return TYPE_WORDS.null!;
  if (Array.isArray(value)) return TYPE_WORDS.array!;
  if (typeof value === 'object') return TYPE_WORDS.object!;
  const word = typeWords(typeof value);
  const shown = JSON.stringify(value);
  return { en: `${word.en} (${shown})`, ko: `${word.ko}(${shown})` };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
