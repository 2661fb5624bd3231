/** Reading placeholders, facts and units out of script text: shared by the builder, the defects and the check. */

export const placeholderNames = (text) => [...text.matchAll(/\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g)].map((m) => m[1]);
export const factNames = (text) => [...text.matchAll(/\{\{\s*facts\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g)].map((m) => m[1]);

/** The unit family of a fact value; a scenario uses at most one fact per family so channels never drift. */
export function unitFamily(value) {
  const text = String(value);
  if (/^\+?[\d-]{7,}$/.test(text)) return 'phone';
  if (/일|days?\b/.test(text)) return 'day';
  if (/시간|hours?\b/.test(text)) return 'hour';
  if (/분|minutes?\b/.test(text)) return 'minute';
  if (/원|KRW/.test(text)) return 'krw';
  if (/\$/.test(text)) return 'usd';
  if (/%/.test(text)) return 'percent';
  return undefined;
}

/** Follow-up dues whose words name days ("이틀 안에", "within two days"): a drifted day figure would share them. */
export const DUE_SAYS_DAYS = new Set(['P2D', '2d', 'P3D', 'P7D']);
