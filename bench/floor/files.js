/** The files of a corpus as servicebook lints them (its config's include): playbooks/**\/*.yaml and manual.yaml. */
import { readdirSync } from 'node:fs';
import path from 'node:path';

export function corpusFiles(corpusDir) {
  const playbooks = readdirSync(path.join(corpusDir, 'playbooks'), { recursive: true })
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => path.join(corpusDir, 'playbooks', name));
  return [...playbooks, path.join(corpusDir, 'manual.yaml')];
}
