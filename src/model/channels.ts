/**
 * Channel ids (FORMAT.md §1.1): the known ones plus any a project declares in its config. The schema only
 * checks their spelling (kebab-case), since it cannot see the config; this checks that they exist.
 */
import { findingText, type SchemaProblem } from './messages.js';
import { KNOWN_CHANNELS, type Playbook } from './types.js';

export function channelProblems(playbook: Playbook, declared: readonly string[]): SchemaProblem[] {
  const allowed = new Set<string>([...KNOWN_CHANNELS, ...declared]);
  const known = [...allowed].join(', ');
  const problems: SchemaProblem[] = [];
  const unknown = (channel: string, path: SchemaProblem['path'], target: SchemaProblem['target'] = 'value') => {
    if (!allowed.has(channel)) problems.push({ path, target, message: findingText('unknownChannel', { channel, known }) });
  };
  playbook.channels.forEach((channel, i) => unknown(channel, ['channels', i]));
  playbook.scenarios.forEach((scenario, s) => {
    for (const [channel, script] of Object.entries(scenario.scripts)) {
      const scriptPath = ['scenarios', s, 'scripts', channel];
      unknown(channel, scriptPath, 'key');
      if (script.subject !== undefined && channel !== 'email') {
        problems.push({ path: [...scriptPath, 'subject'], target: 'key', message: findingText('subjectNotEmail', { channel }) });
      }
      script.steps.forEach((step, i) => step.via !== undefined && unknown(step.via, [...scriptPath, 'steps', i, 'via']));
    }
  });
  return problems;
}
