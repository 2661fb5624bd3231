/** One `--jobs` thread (src/parallel.ts): checks the files it takes and sends back what it found. */
import { parentPort, workerData } from 'node:worker_threads';
import { UsageError } from '../core/errors.js';
import { rereader } from './files.js';
import { takeFiles, type WorkerReply, type WorkerTask } from './parallel.js';

const task = workerData as WorkerTask;
let reply: WorkerReply;
try {
  reply = { checks: takeFiles(task, { ...task.options, readAgain: rereader(task.files, task.maxBytes) }) };
} catch (error) {
  reply = error instanceof UsageError ? { usageError: error.text } : { error: error instanceof Error ? error.message : String(error) };
}
parentPort!.postMessage(reply);
