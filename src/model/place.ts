/** A data path in words a CS lead reads: `scenario "refund-late" › phone script › step 3`, or in Korean. */
import type { DataPath } from '../core/findings.js';
import type { Lang } from '../core/language.js';

/** What the top of the data is called: a document, or the project config. */
export type PlaceRoot = 'document' | 'config';

const WORDS: Record<Lang, {
  root: Record<PlaceRoot, string>;
  script(channel: string): string;
  scenario(id: string | undefined, number: number): string;
  step(id: string | undefined, number: number): string;
  item(list: 'replies' | 'chapters' | 'principles' | 'glossary' | 'other', number: number): string;
}> = {
  en: {
    root: { document: 'the document', config: 'the config' },
    script: (channel) => `${channel} script`,
    scenario: (id, number) => (id ? `scenario "${id}"` : `scenario ${number}`),
    step: (id, number) => (id ? `step ${number} (${id})` : `step ${number}`),
    item: (list, number) =>
      ({ replies: 'reply', chapters: 'chapter', principles: 'principle', glossary: 'glossary entry', other: 'item' })[list] + ` ${number}`,
  },
  ko: {
    root: { document: '문서', config: '설정 파일' },
    script: (channel) => `${channel} 스크립트`,
    scenario: (id, number) => (id ? `시나리오 "${id}"` : `${number}번째 시나리오`),
    step: (id, number) => (id ? `${number}번째 단계(${id})` : `${number}번째 단계`),
    item: (list, number) =>
      ({ replies: `${number}번째 고객 답변`, chapters: `${number}장`, principles: `${number}번째 원칙`, glossary: `용어집 ${number}번째 항목`, other: `${number}번째 항목` })[list],
  },
};

export function describePlace(value: unknown, path: DataPath, lang: Lang = 'en', root: PlaceRoot = 'document'): string {
  const words = WORDS[lang];
  const parts: string[] = [];
  let node: unknown = value;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const parent = path[i - 1];
    const child = isRecord(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[segment] : undefined;
    if (typeof segment === 'number') {
      parts.push(itemWord(words, parent, segment, child));
    } else if (parent === 'scripts') {
      parts.push(words.script(segment));
    } else if (typeof path[i + 1] !== 'number' && !(segment === 'scripts' && path[i + 1] !== undefined)) {
      parts.push(`\`${segment}\``);
    }
    node = child;
  }
  return parts.length > 0 ? parts.join(' › ') : words.root[root];
}

function itemWord(words: (typeof WORDS)[Lang], list: string | number | undefined, index: number, item: unknown): string {
  const id = isRecord(item) && typeof item.id === 'string' ? item.id : undefined;
  switch (list) {
    case 'scenarios':
      return words.scenario(id, index + 1);
    case 'steps':
      return words.step(id, index + 1);
    case 'replies':
    case 'chapters':
    case 'principles':
    case 'glossary':
      return words.item(list, index + 1);
    default:
      return words.item('other', index + 1);
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
