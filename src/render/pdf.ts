/**
 * The handbook printed by a real Chromium (the system's, never a downloaded one), driven by playwright-core.
 * The page may fetch nothing. The table of contents gets its page numbers from a second pass: print, read
 * where each anchor landed (pdf-pages.ts), write the numbers in, print again until they hold.
 */
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { usage } from '../core/messages.js';
import { pagesOfDestinations } from './pdf-pages.js';

/** Launch flags that keep Chromium from phoning home or waiting on a network that is not there. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];
const MAX_PASSES = 3;

/** `--chromium`, else SERVICEBOOK_CHROMIUM, else the first Chromium on PATH; exit 2 with how to get one. */
export function findChromium(option: string | undefined, env: Readonly<Record<string, string | undefined>>, cwd: string): string {
  const given = option ?? env.SERVICEBOOK_CHROMIUM;
  if (given !== undefined && given !== '') {
    // A bare name (`chromium-browser`) is looked up on PATH, a path is taken as it is.
    const found = given.includes('/') ? [path.resolve(cwd, given)].filter(isExecutable) : onPath([given], env);
    if (found[0]) return found[0];
    const where = option !== undefined ? '--chromium' : 'SERVICEBOOK_CHROMIUM';
    throw new UsageError(usage('noChromiumAt', { path: given, source: where }));
  }
  const [found] = onPath(CHROMIUM_NAMES, env);
  if (found) return found;
  throw new UsageError(usage('noChromium'));
}

function onPath(names: readonly string[], env: Readonly<Record<string, string | undefined>>): string[] {
  const folders = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  return folders.flatMap((folder) => names.map((name) => path.join(folder, name))).filter(isExecutable);
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

export interface PdfJob {
  executablePath: string;
  /** The HTML to print, given the page of each anchor (empty on the first pass). */
  html(pages: ReadonlyMap<string, number>): string;
  onPass?(pass: number): void;
}

export async function printPdf(job: PdfJob): Promise<Uint8Array> {
  const { chromium } = await import('playwright-core');
  let browser;
  try {
    browser = await chromium.launch({ executablePath: job.executablePath, args: CHROMIUM_ARGS, timeout: 60_000 });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UsageError(usage('chromiumFailed', { path: job.executablePath, reason: reason ?? '' }));
  }
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    let pages = new Map<string, number>();
    let pdf: Uint8Array = new Uint8Array();
    for (let pass = 1; pass <= MAX_PASSES; pass++) {
      job.onPass?.(pass);
      await page.setContent(job.html(pages), { waitUntil: 'load' });
      pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
      const found = pagesOfDestinations(pdf);
      if (pass > 1 && samePages(found, pages)) break;
      pages = found;
    }
    return pdf;
  } finally {
    await browser.close();
  }
}

function samePages(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  return a.size === b.size && [...a].every(([anchor, page]) => b.get(anchor) === page);
}
