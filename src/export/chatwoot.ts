/**
 * Chatwoot canned responses (POST /api/v1/accounts/{id}/canned_responses bodies): one per step, as an agent sends a
 * chat one message at a time. `short_code` is unique (`playbook.scenario.channel.3`); `content` is the step's
 * Markdown (Chatwoot renders Markdown), facts filled in, placeholders as the config's `{{contact.name}}`.
 */
import { fileSafe, jsonFile, type ExportResult } from './output.js';
import { targetText, type PlaceholderWriter, type DeskReply } from './scripts.js';

export interface CannedResponse {
  short_code: string;
  content: string;
}

export function exportChatwoot(replies: readonly DeskReply[], write: PlaceholderWriter): ExportResult {
  const files = replies.map((reply) => {
    const path = `${fileSafe(reply.source.playbook.id)}/${fileSafe(reply.scenario.id)}.${fileSafe(reply.channel)}.${String(reply.stepNumber ?? 1).padStart(2, '0')}.json`;
    return { path, content: jsonFile(cannedResponse(reply, write)) };
  });
  return {
    target: 'chatwoot',
    files,
    items: replies.map((reply, index) => ({ key: reply.key, file: files[index]!.path, content: files[index]!.content })),
    problems: [],
  };
}

export function cannedResponse(reply: DeskReply, write: PlaceholderWriter): CannedResponse {
  const shortCode = [reply.source.playbook.id, reply.scenario.id, reply.channel, String(reply.stepNumber ?? 1)].join('.');
  const content = reply.steps.map((step) => targetText(step.say, reply.source.playbook, write).trim()).join('\n\n');
  return { short_code: shortCode, content };
}
