/** Playbooks → the files of one help-desk target. Pure: the command reads, lints, plans and writes around it. */
import type { ProjectConfig } from '../model/config.js';
import { exportAlimtalk } from './alimtalk.js';
import { exportChatwoot } from './chatwoot.js';
import { exportCsv } from './csv.js';
import { placeholderWriter } from './mapping.js';
import type { ExportResult } from './output.js';
import { purposeOf, repliesOf, type ExportTarget, type SourcePlaybook } from './scripts.js';
import { exportZendesk } from './zendesk.js';

/** Channels where the agent speaks: no written reply to insert in a chat or 알림톡 tool. */
export const SPOKEN_CHANNELS: readonly string[] = ['phone', 'in-person'];

/** Throws a UsageError (exit 2) for a placeholder that the target's mapping lacks, before anything is written. */
export function buildExport(target: ExportTarget, sources: readonly SourcePlaybook[], config: ProjectConfig): ExportResult {
  switch (target) {
    case 'zendesk': {
      const replies = repliesOf(sources, () => true);
      return exportZendesk(replies, placeholderWriter(config, target, replies));
    }
    case 'chatwoot': {
      const replies = repliesOf(sources, (scenario, channel) => !SPOKEN_CHANNELS.includes(channel), { everyStep: true });
      return exportChatwoot(replies, placeholderWriter(config, target, replies));
    }
    case 'alimtalk': {
      const replies = repliesOf(sources, (scenario, channel) => channel === 'kakao' && purposeOf(scenario) === 'notice');
      return exportAlimtalk(replies, placeholderWriter(config, target, replies));
    }
    case 'csv': {
      const replies = repliesOf(sources, () => true, { everyStep: true });
      return exportCsv(replies, placeholderWriter(config, target, replies));
    }
  }
}
