/** Writing YAML text by hand, so the corpus has the scalar styles people write (plain, quoted, folded, literal) and comments. */

const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
const CORE_SCHEMA_SPECIAL = /^(?:~|null|true|false|yes|no|on|off|[-+]?(?:\d[\d_]*(?:\.\d*)?(?:e[-+]?\d+)?|\.\d+(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+|\.inf|\.nan))$/i;

/** True when `text` can be written as a plain scalar in block context and reads back as the same string. */
export function isPlainSafe(text) {
  return (
    text.length > 0 &&
    !INDICATOR_START.test(text) &&
    !/\s$/.test(text) &&
    !/[\n\t\r]/.test(text) &&
    !text.includes(': ') &&
    !text.includes(' #') &&
    !text.endsWith(':') &&
    !CORE_SCHEMA_SPECIAL.test(text)
  );
}

/** A one-line scalar: plain when safe, else double-quoted (JSON strings are valid YAML double-quoted scalars). */
export function inlineScalar(text) {
  return isPlainSafe(text) ? text : JSON.stringify(text);
}

/** A flow sequence of plain-safe words: [phone, email, chat]. */
export function flowSequence(items) {
  return `[${items.map((item) => (isPlainSafe(item) && !/[,[\]{}]/.test(item) ? item : JSON.stringify(item))).join(', ')}]`;
}

/**
 * Lines for `key: value` at `indent`, choosing a style a person would: plain or quoted for short one-liners,
 * folded (>-) for long prose, literal (|-) for text with line breaks.
 */
export function scalarLines(indent, key, text, options = {}) {
  const pad = ' '.repeat(indent);
  if (text.includes('\n')) {
    return [`${pad}${key}: |-`, ...text.split('\n').map((line) => (line === '' ? '' : `${pad}  ${line}`))];
  }
  const foldAt = options.foldAt ?? 110;
  if (options.fold !== false && text.length > foldAt && !/ {2}|^\s|\s$/.test(text)) {
    const lines = foldText(text, options.width ?? 72);
    if (lines.length > 1) return [`${pad}${key}: >-`, ...lines.map((line) => `${pad}  ${line}`)];
  }
  return [`${pad}${key}: ${inlineScalar(text)}`];
}

/** Splits prose at single spaces into lines of about `width` characters; folding joins them back with spaces. */
function foldText(text, width) {
  const words = text.split(' ');
  const lines = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  // A folded line must not start with whitespace or be empty; the split above guarantees neither happens.
  return lines;
}

/** Bytes of `text` in EUC-KR/CP949 as Korean carriers count them: ASCII one byte, everything else two. */
export function eucKrBytes(text) {
  let bytes = 0;
  for (const char of text) bytes += char.codePointAt(0) < 0x80 ? 1 : 2;
  return bytes;
}
