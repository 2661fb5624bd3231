/** `servicebook render`: files in, lint them, refuse on errors (unless --force), the handbook out, atomically. */
import { loadConfig } from '../../model/config.js';
import { ExitCode, UsageError } from '../../core/errors.js';
import { readInputs } from '../../engine/files.js';
import type { FileResult } from '../../core/findings.js';
import { loadFormatter } from '../../formatters/index.js';
import { resolveOutputPath, writeFileAtomic, type Io } from '../../engine/io.js';
import { chooseLang } from '../choose-lang.js';
import { say, usage } from '../../core/messages.js';
import type { Lang } from '../../core/language.js';
import { rules } from '../../rules/index.js';
import { renderHtml } from '../../render/html.js';
import { chooseDocuments, lintForHandbook, withManual } from '../../render/inputs.js';
import { renderMarkdown } from '../../render/markdown.js';
import { buildHandbook, type Handbook } from '../../render/model.js';
import { findChromium, printPdf } from '../../render/pdf.js';
import { version } from '../../core/version.js';

export interface RenderOptions {
  format: string;
  out?: string;
  manual?: string;
  force?: boolean;
  chromium?: string;
  config?: string;
  lang?: string;
}

type RenderFormat = 'html' | 'md' | 'pdf';

export async function runRender(paths: string[], options: RenderOptions, io: Io): Promise<number> {
  const format = parseFormat(options.format);
  if (!options.out) throw new UsageError(usage('needOut'));
  const out = resolveOutputPath(options.out, io.cwd);
  const chromium = format === 'pdf' ? findChromium(options.chromium, io.env, io.cwd) : undefined;
  const lang = chooseLang(options.lang, io.env);
  const config = loadConfig({ cwd: io.cwd, configPath: options.config });
  const inputs = await withManual(await readInputs(paths, config, io.cwd), options.manual, config, io.cwd);

  const { results, loaded } = lintForHandbook(inputs, { config, mode: 'lint', lang, cwd: io.cwd });
  const errors = results.map((result) => ({
    ...result,
    findings: result.findings.filter((finding) => finding.severity === 'error'),
  }));
  const errorCount = errors.reduce((sum, result) => sum + result.findings.length, 0);
  if (errorCount > 0) {
    io.stderr(await problemList(errors, lang, io.cwd));
    if (!options.force) {
      io.stderr(`${say(lang, 'renderRefused')}\n`);
      return ExitCode.failure;
    }
  }

  const handbook = buildHandbook({ ...chooseDocuments(loaded, options.manual, { config, cwd: io.cwd }), config });
  if (handbook.leftOut.length > 0) {
    io.stderr(`${say(lang, 'renderLeftOut', { ids: handbook.leftOut.join(', ') })}\n`);
  }
  const progress = io.stderrIsTTY ? (text: string) => io.stderr(`\r\x1b[K${text}`) : () => {};
  const content = await renderAs(format, handbook, chromium, (pass) => progress(say(lang, 'renderPdfPass', { pass })));
  progress('');
  writeFileAtomic(out, content);
  return ExitCode.ok;
}

async function renderAs(format: RenderFormat, handbook: Handbook, chromium: string | undefined, onPass: (pass: number) => void): Promise<string | Uint8Array> {
  if (format === 'html') return renderHtml(handbook);
  if (format === 'md') return renderMarkdown(handbook);
  return printPdf({ executablePath: chromium!, html: (pages) => renderHtml(handbook, { pages }), onPass });
}

function parseFormat(format: string): RenderFormat {
  if (format === 'html' || format === 'md' || format === 'pdf') return format;
  throw new UsageError(usage('unknownRenderFormat', { format }));
}

async function problemList(results: FileResult[], lang: Lang, cwd: string): Promise<string> {
  const stylish = await loadFormatter('stylish');
  return stylish(results, { color: false, rules, version, lang, cwd });
}
