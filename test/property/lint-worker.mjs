// Lints one text at a time for the mutation property, in a worker so that a hang can be stopped and reported.
// It runs the build in dist/, which test/globalSetup.ts makes fresh before every test run.
import { parentPort } from 'node:worker_threads';
import { defaultConfig } from '../../dist/model/config.js';
import { lint } from '../../dist/engine/lint.js';

const config = defaultConfig('/');

parentPort.on('message', ({ id, filePath, text }) => {
  const started = performance.now();
  try {
    const options = { config, mode: 'lint', reportUnusedDisables: true };
    const fast = lint([{ filePath, text }], { ...options, parser: 'fast' });
    const full = lint([{ filePath, text }], { ...options, parser: 'yaml' });
    parentPort.postMessage({ id, fast, full, ms: performance.now() - started });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
