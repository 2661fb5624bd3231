/** Writing a whole corpus folder: servicebook.yaml, manual.yaml, playbooks/*.yaml, single.yaml and manifest.json. */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GENERATOR_VERSION, corpusConfig, generateFile, generateManual } from './playbook.js';

export const MANIFEST = 'manifest.json';

/** True when `out` holds a corpus written by this generator version with these options. */
export function corpusIsCurrent(out, { count, seed, defectRate = 0.04, flavor = 'markdown' }) {
  try {
    const manifest = JSON.parse(readFileSync(path.join(out, MANIFEST), 'utf8'));
    return manifest.generatorVersion === GENERATOR_VERSION && manifest.count === count && manifest.seed === seed && manifest.defectRate === defectRate && manifest.flavor === flavor;
  } catch {
    return false;
  }
}

export function writeCorpus({ count, seed, out, defectRate = 0.04, flavor = 'markdown' }) {
  if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(path.join(out, MANIFEST))) {
    throw new Error(`${out} is not empty and holds no ${MANIFEST}: refusing to overwrite it.`);
  }
  rmSync(path.join(out, 'playbooks'), { recursive: true, force: true });
  mkdirSync(path.join(out, 'playbooks'), { recursive: true });

  const manifest = {
    generator: 'bench/generate.js',
    generatorVersion: GENERATOR_VERSION,
    flavor,
    seed,
    count,
    defectRate,
    files: count + 1,
    bytes: 0,
    documents: 0,
    languages: { ko: 0, en: 0 },
    channels: {},
    multiDocumentFiles: [],
    crlfFiles: [],
    bomFiles: [],
    suppressedPromises: [],
    defectiveFiles: 0,
    defects: [],
  };
  const domainKeys = new Set();
  for (let index = 1; index <= count; index++) {
    const file = generateFile(seed, index, { defectRate, flavor });
    const filePath = `playbooks/${file.fileName}`;
    writeFileSync(path.join(out, filePath), file.text);
    manifest.bytes += Buffer.byteLength(file.text);
    manifest.documents += file.documents.length;
    if (file.documents.length > 1) manifest.multiDocumentFiles.push(filePath);
    if (file.crlf) manifest.crlfFiles.push(filePath);
    if (file.bom) manifest.bomFiles.push(filePath);
    let defective = false;
    for (const document of file.documents) {
      manifest.languages[document.lang] += 1;
      domainKeys.add(`${document.lang}:${document.domain}`);
      for (const channel of document.channels) manifest.channels[channel] = (manifest.channels[channel] ?? 0) + 1;
      if (document.suppressed) manifest.suppressedPromises.push(filePath);
      for (const defect of document.defects) {
        manifest.defects.push({ file: filePath, document: document.id, ...defect });
        defective = true;
      }
    }
    if (defective) manifest.defectiveFiles += 1;
  }
  const manual = generateManual(domainKeys);
  writeFileSync(path.join(out, 'manual.yaml'), manual);
  manifest.bytes += Buffer.byteLength(manual);
  writeFileSync(path.join(out, 'servicebook.yaml'), corpusConfig({ seed, count }));
  // One clean playbook of one scenario: the "lint a single small file" case (pre-commit on one file).
  const single = generateFile(seed, 0, { singleScenario: true, defectRate: 0, flavor });
  writeFileSync(path.join(out, 'single.yaml'), single.text);
  manifest.single = { file: 'single.yaml', bytes: Buffer.byteLength(single.text) };
  writeFileSync(path.join(out, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
