/** Every rule, listed by hand in the order of FORMAT.md §3. */
import bluntRefusal from './blunt-refusal.js';
import brokenGoto from './broken-goto.js';
import channelCoverage from './channel-coverage.js';
import channelLimit from './channel-limit.js';
import duplicateId from './duplicate-id.js';
import emptyStep from './empty-step.js';
import factDrift from './fact-drift.js';
import followUpDue from './follow-up-due.js';
import honorificObject from './honorific-object.js';
import josaAfterPlaceholder from './josa-after-placeholder.js';
import noPersonalization from './no-personalization.js';
import politeness from './politeness.js';
import publicPrivacy from './public-privacy.js';
import requiredSteps from './required-steps.js';
import riskyPromise from './risky-promise.js';
import schema from './schema.js';
import smsAdvertising from './sms-advertising.js';
import spelling from './spelling.js';
import stepOrder from './step-order.js';
import type { Rule } from './types.js';
import unfilledBlank from './unfilled-blank.js';
import unknownPlaceholder from './unknown-placeholder.js';
import unknownPlaybook from './unknown-playbook.js';
import unreachableStep from './unreachable-step.js';
import vagueTime from './vague-time.js';
import yamlSyntax from './yaml-syntax.js';

export const rules: readonly Rule[] = [
  yamlSyntax,
  schema,
  duplicateId,
  channelCoverage,
  requiredSteps,
  brokenGoto,
  unreachableStep,
  unknownPlaceholder,
  emptyStep,
  factDrift,
  riskyPromise,
  noPersonalization,
  followUpDue,
  stepOrder,
  politeness,
  channelLimit,
  unknownPlaybook,
  publicPrivacy,
  unfilledBlank,
  josaAfterPlaceholder,
  honorificObject,
  bluntRefusal,
  vagueTime,
  spelling,
  smsAdvertising,
];

export const ruleIds: readonly string[] = rules.map((rule) => rule.id);
