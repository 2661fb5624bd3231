/** CSV for tools without an API: one row per step, RFC 4180, UTF-8 with a BOM so that spreadsheet tools read Korean. */
import { stringify } from 'csv-stringify/sync';
import { kindsOf } from '../model/types.js';
import type { ExportResult } from './output.js';
import { targetText, type PlaceholderWriter, type DeskReply } from './scripts.js';

export const CSV_FILE = 'servicebook.csv';
const HEADER = ['name', 'playbook', 'scenario', 'channel', 'step', 'step_id', 'kind', 'subject', 'say'];

/** `replies` one per step (every step is a row, whether or not the script branches). */
export function exportCsv(replies: readonly DeskReply[], write: PlaceholderWriter): ExportResult {
  const rows = replies.map((reply) => {
    const { playbook } = reply.source;
    const step = reply.steps[0]!;
    return [
      reply.stepName === undefined ? reply.key : `${reply.key.split('/').slice(0, 3).join('/')} ${reply.stepName}`,
      playbook.title,
      reply.scenario.title,
      reply.channel,
      String(reply.stepNumber ?? 1),
      step.id ?? '',
      kindsOf(step).join('+'),
      reply.script.subject === undefined ? '' : targetText(reply.script.subject, playbook, write),
      targetText(step.say, playbook, write).trim(),
    ];
  });
  const lines = rows.map((row) => stringify([row], { record_delimiter: 'windows' }));
  const content = `\uFEFF${stringify([HEADER], { record_delimiter: 'windows' })}${lines.join('')}`;
  return {
    target: 'csv',
    files: [{ path: CSV_FILE, content }],
    items: replies.map((reply, index) => ({ key: reply.key, file: CSV_FILE, content: lines[index]! })),
    problems: [],
  };
}
