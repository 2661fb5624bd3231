import { describe, expect, it } from 'vitest';
import { pagesOfDestinations } from '../../src/render/pdf-pages.js';

/** A PDF as Skia writes one: plain objects, a classic xref table, named destinations in the catalog. */
function pdfOf(objects: Record<number, string>, options: { xref?: boolean } = {}): Uint8Array {
  let text = '%PDF-1.4\n%\xd3\xeb\xe9\xe1\n';
  const offsets = new Map<number, number>();
  const numbers = Object.keys(objects).map(Number).sort((a, b) => a - b);
  for (const number of numbers) {
    offsets.set(number, text.length);
    text += `${number} 0 obj\n${objects[number]}\nendobj\n`;
  }
  const size = Math.max(...numbers) + 1;
  const xrefAt = text.length;
  if (options.xref !== false) {
    text += `xref\n0 ${size}\n0000000000 65535 f \n`;
    for (let number = 1; number < size; number++) {
      const offset = offsets.get(number);
      text += offset === undefined ? '0000000000 65535 f \n' : `${String(offset).padStart(10, '0')} 00000 n \n`;
    }
  }
  text += `trailer\n<</Size ${size} /Root 1 0 R>>\nstartxref\n${options.xref === false ? 0 : xrefAt}\n%%EOF`;
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

const nestedPages = {
  1: '<</Type /Catalog /Pages 2 0 R /Dests 9 0 R>>',
  2: '<</Type /Pages /Count 3 /Kids [3 0 R 4 0 R]>>',
  3: '<</Type /Pages /Count 2 /Kids [5 0 R 6 0 R]>>',
  4: '<</Type /Pages /Count 1 /Kids [7 0 R]>>',
  5: '<</Type /Page /Parent 3 0 R /Contents 8 0 R>>',
  6: '<</Type /Page /Parent 3 0 R>>',
  7: '<</Type /Page /Parent 4 0 R>>',
  8: '<</Length 20>> stream\n9 0 obj endobj fake\nendstream',
  9: '<</sec-1 [6 0 R /XYZ 6 827.66998 0] /sec-2 10 0 R /glossary [7 0 R /XYZ 6 800 0] /sec#2D3 [5 0 R /Fit]>>',
  10: '[7 0 R /XYZ 6 827 0]',
};

describe('pagesOfDestinations', () => {
  it('finds the page of each named destination through a nested page tree', () => {
    expect(Object.fromEntries(pagesOfDestinations(pdfOf(nestedPages)))).toEqual({ 'sec-1': 2, 'sec-2': 3, glossary: 3, 'sec-3': 1 });
  });

  it('finds the objects without an xref table too', () => {
    expect(pagesOfDestinations(pdfOf(nestedPages, { xref: false })).get('sec-1')).toBe(2);
  });

  it('reads destinations written inline in the catalog', () => {
    const inline = { ...nestedPages, 1: '<</Type /Catalog /Pages 2 0 R /Dests <</intro [7 0 R /XYZ 0 0 0] /x <</D [5 0 R /Fit]>>>> >>' };
    expect(pagesOfDestinations(pdfOf(inline)).get('intro')).toBe(3);
  });

  it('gives nothing when there are no destinations', () => {
    const none = { ...nestedPages, 1: '<</Type /Catalog /Pages 2 0 R>>' };
    expect(pagesOfDestinations(pdfOf(none)).size).toBe(0);
  });
});
