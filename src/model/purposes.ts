/**
 * Scenario purposes (FORMAT.md §1.1 additions): the built-in ones plus any the config declares. The schema
 * only checks their spelling (kebab-case), since it cannot see the config; this checks that they exist.
 */
import { suggest } from '../core/suggest.js';
import { findingText, type SchemaProblem } from './messages.js';
import type { Playbook } from './types.js';

export function purposeProblems(playbook: Playbook, known: readonly string[]): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  playbook.scenarios.forEach((scenario, index) => {
    const purpose = scenario.purpose;
    if (purpose === undefined || known.includes(purpose)) return;
    const nearest = suggest(purpose, known);
    const hint = nearest ? findingText('didYouMean', { suggestion: nearest }) : findingText('fullStop');
    problems.push({
      path: ['scenarios', index, 'purpose'],
      target: 'value',
      message: findingText('unknownPurpose', { purpose, scenario: scenario.id, known: known.join(', '), hint }),
    });
  });
  return problems;
}
