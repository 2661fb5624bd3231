/** Every rule, listed by hand in the order of FORMAT.md §3. */
import brokenGoto from './broken-goto.js';
import channelCoverage from './channel-coverage.js';
import duplicateId from './duplicate-id.js';
import factDrift from './fact-drift.js';
import followUpDue from './follow-up-due.js';
import requiredSteps from './required-steps.js';
import schema from './schema.js';
import stepOrder from './step-order.js';
import type { Rule } from './types.js';
import unknownPlaybook from './unknown-playbook.js';
import unreachableStep from './unreachable-step.js';
import yamlSyntax from './yaml-syntax.js';

export const rules: readonly Rule[] = [
  yamlSyntax,
  schema,
  duplicateId,
  channelCoverage,
  requiredSteps,
  brokenGoto,
  unreachableStep,
  factDrift,
  followUpDue,
  stepOrder,
  unknownPlaybook,
];

export const ruleIds: readonly string[] = rules.map((rule) => rule.id);
