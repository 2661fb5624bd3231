/**
 * Reads back, from a PDF that Chromium printed, the page each link target landed on: the catalog's named
 * destinations (`/Dests`, one per `#anchor` that a link points to) against the page tree. Pure.
 * Chromium (Skia) writes plain objects and a classic xref table; a scan of `N 0 obj` is the fallback.
 */

export function pagesOfDestinations(pdf: Uint8Array): Map<string, number> {
  const file = new PdfObjects(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1'));
  const catalog = file.get(file.rootRef());
  const pageNumbers = new Map(file.pageRefs(refIn(catalog, 'Pages')).map((ref, index) => [ref, index + 1]));
  const pages = new Map<string, number>();
  const dests = dictionaryAt(file, catalog, 'Dests');
  if (dests === undefined) return pages;
  // `/name [12 0 R /XYZ …]`, or `/name 40 0 R` pointing at such an array or at `<< /D [...] >>`.
  for (const match of dests.matchAll(/\/([^\s/[\]<>()]+)\s*(\[\s*(\d+)\s+0\s+R|(\d+)\s+0\s+R)/g)) {
    const pageRef = match[3] ?? /(\d+)\s+0\s+R/.exec(file.get(match[4]!))?.[1];
    const page = pageRef === undefined ? undefined : pageNumbers.get(pageRef);
    if (page !== undefined) pages.set(decodeName(match[1]!), page);
  }
  return pages;
}

class PdfObjects {
  private readonly offsets = new Map<string, number>();

  constructor(private readonly text: string) {
    if (!this.readXref()) {
      for (const match of text.matchAll(/(?:^|[\r\n])(\d+)\s+0\s+obj\b/g)) this.offsets.set(match[1]!, match.index);
    }
  }

  /** The object's text up to `endobj` (streams are never needed here). */
  get(ref: string): string {
    const offset = this.offsets.get(ref);
    if (offset === undefined) throw new Error(`PDF object ${ref} not found`);
    const end = this.text.indexOf('endobj', offset);
    return this.text.slice(offset, end < 0 ? undefined : end);
  }

  rootRef(): string {
    const trailer = this.text.lastIndexOf('trailer');
    const root = /\/Root\s+(\d+)\s+0\s+R/.exec(trailer >= 0 ? this.text.slice(trailer) : this.text);
    if (!root) throw new Error('PDF has no /Root');
    return root[1]!;
  }

  /** Page objects in reading order, walking the page tree depth first. */
  pageRefs(ref: string | undefined, seen = new Set<string>()): string[] {
    if (ref === undefined || seen.has(ref)) return [];
    seen.add(ref);
    const node = this.get(ref);
    if (!/\/Type\s*\/Pages\b/.test(node)) return [ref];
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node)?.[1] ?? '';
    return [...kids.matchAll(/(\d+)\s+0\s+R/g)].flatMap((kid) => this.pageRefs(kid[1], seen));
  }

  private readXref(): boolean {
    const start = /startxref\s+(\d+)\s*%%EOF\s*$/.exec(this.text);
    if (!start || !this.text.startsWith('xref', Number(start[1]))) return false;
    const table = /^xref\s+([\s\S]*?)trailer/.exec(this.text.slice(Number(start[1])))?.[1] ?? '';
    const lines = table.split(/\r\n|\r|\n/).map((line) => line.trim()).filter(Boolean);
    let number = 0;
    for (const line of lines) {
      const section = /^(\d+)\s+(\d+)$/.exec(line);
      const entry = /^(\d{10})\s+(\d{5})\s+([nf])$/.exec(line);
      if (section) number = Number(section[1]);
      else if (entry) {
        if (entry[3] === 'n') this.offsets.set(String(number), Number(entry[1]));
        number++;
      }
    }
    return this.offsets.size > 0;
  }
}

function refIn(dictionary: string, key: string): string | undefined {
  return new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(dictionary)?.[1];
}

/** The dictionary a key holds, inline (`/Dests << … >>`) or by reference (`/Dests 17 0 R`). */
function dictionaryAt(file: PdfObjects, dictionary: string, key: string): string | undefined {
  const ref = refIn(dictionary, key);
  if (ref !== undefined) return file.get(ref);
  const inline = new RegExp(`/${key}\\s*<<`).exec(dictionary);
  if (!inline) return undefined;
  let depth = 0;
  for (let index = inline.index + inline[0].length - 2; index < dictionary.length - 1; index++) {
    const pair = dictionary.slice(index, index + 2);
    if (pair !== '<<' && pair !== '>>') continue;
    depth += pair === '<<' ? 1 : -1;
    if (depth === 0) return dictionary.slice(inline.index, index + 2);
    index++;
  }
  return undefined;
}

function decodeName(name: string): string {
  return name.replace(/#([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
