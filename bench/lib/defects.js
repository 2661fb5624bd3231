/**
 * Seeded defects: each changes a playbook model so that one rule fires, and records where (the emitter
 * fills in the line). `maskedBy` marks defects hidden by a schema or syntax error in the same document.
 */
import * as ko from './content-ko.js';
import * as en from './content-en.js';
import { DUE_SAYS_DAYS, factNames, unitFamily } from './scan.js';

const CONTENT = { ko, en };

const DEFECTS = [
  { type: 'misspelt-kind', rule: 'schema', weight: 10, apply: misspeltKind },
  { type: 'missing-say', rule: 'schema', weight: 8, apply: missingSay },
  { type: 'broken-goto', rule: 'broken-goto', weight: 10, apply: brokenGoto, alsoMayTrip: ['unreachable-step'] },
  { type: 'risky-promise', rule: 'risky-promise', weight: 10, apply: riskyPromise },
  { type: 'skip-follow-up', rule: 'required-steps', weight: 10, apply: skipFollowUp },
  { type: 'sms-too-long', rule: 'channel-limit', weight: 8, apply: smsTooLong },
  { type: 'banmal', rule: 'politeness', weight: 10, apply: banmal, lang: 'ko' },
  { type: 'unknown-placeholder', rule: 'unknown-placeholder', weight: 5, apply: unknownPlaceholder },
  { type: 'missing-due', rule: 'follow-up-due', weight: 5, apply: missingDue },
  { type: 'email-without-subject', rule: 'channel-limit', weight: 3, apply: emailWithoutSubject },
  { type: 'empty-say', rule: 'empty-step', weight: 4, apply: emptySay },
  { type: 'fact-drift', rule: 'fact-drift', weight: 5, apply: factDrift },
  { type: 'duplicate-step-id', rule: 'duplicate-id', weight: 3, apply: duplicateStepId, alsoMayTrip: ['unreachable-step', 'required-steps'] },
  { type: 'unreachable-step', rule: 'unreachable-step', weight: 3, apply: unreachableStep },
  { type: 'step-order', rule: 'step-order', weight: 3, apply: stepOrder },
  { type: 'missing-channel', rule: 'channel-coverage', weight: 3, apply: missingChannel },
  { type: 'duplicate-key', rule: 'yaml-syntax', weight: 2, apply: duplicateKey },
];

function everyStep(playbook) {
  const found = [];
  for (const scenario of playbook.scenarios) {
    for (const script of scenario.scripts) {
      script.steps.forEach((step, index) => found.push({ scenario, script, step, index }));
    }
  }
  return found;
}

function misspeltKind(rng, playbook, L) {
  const where = rng.pick(everyStep(playbook).filter((w) => L.misspeltKinds[w.step.kind]) );
  if (!where) return null;
  where.step.kind = L.misspeltKinds[where.step.kind];
  return where;
}

function missingSay(rng, playbook) {
  const where = rng.pick(everyStep(playbook));
  delete where.step.say;
  return where;
}

function brokenGoto(rng, playbook) {
  const candidates = everyStep(playbook).filter((w) => w.step.goto || w.step.replies);
  const where = rng.pick(candidates);
  if (!where) return null;
  const misspell = (target) => (target.includes('-') ? target.replace('-', '') : `${target}s`);
  if (where.step.replies && (!where.step.goto || rng.chance(0.5))) {
    const reply = rng.pick(where.step.replies);
    reply.goto = misspell(reply.goto);
  } else {
    where.step.goto = misspell(where.step.goto);
  }
  return where;
}

const isFormalText = (w) => w.step.say && !w.step.say.includes('\n') && !['sms', 'kakao', 'social'].includes(w.script.channel);

function riskyPromise(rng, playbook, L) {
  const where = rng.pick(everyStep(playbook).filter((w) => isFormalText(w) && ['explanation', 'action', 'follow-up'].includes(w.step.kind)));
  if (!where) return null;
  where.step.say = `${where.step.say} ${rng.pick(L.riskyLines)}`;
  return where;
}

function skipFollowUp(rng, playbook) {
  const withReplies = everyStep(playbook).filter((w) => w.step.replies);
  if (withReplies.length > 0) {
    const where = rng.pick(withReplies);
    where.step.replies.push({ customer: playbook.lang === 'ko' ? '됐어요. 그냥 끊을게요.' : "Never mind, that's all.", goto: 'end' });
    return where;
  }
  const followUps = everyStep(playbook).filter((w) => w.step.kind === 'follow-up' && !w.step.id);
  const where = rng.pick(followUps);
  if (!where) return null;
  where.script.steps.splice(where.index, 1);
  return { scenario: where.scenario, script: where.script, step: where.script.steps[Math.max(0, where.index - 1)], index: Math.max(0, where.index - 1) };
}

function smsTooLong(rng, playbook, L) {
  const where = rng.pick(everyStep(playbook).filter((w) => w.script.channel === 'sms' && w.step.kind !== 'empathy'));
  if (!where) return null;
  where.step.say = rng.pick(L.longSmsLines);
  return where;
}

function banmal(rng, playbook, L) {
  if (playbook.lang !== 'ko') return null;
  const where = rng.pick(everyStep(playbook).filter((w) => isFormalText(w) && w.step.kind !== 'greeting'));
  if (!where) return null;
  where.step.say = `${where.step.say} ${rng.pick(L.banmalLines)}`;
  return where;
}

function unknownPlaceholder(rng, playbook) {
  const where = rng.pick(everyStep(playbook).filter((w) => isFormalText(w)));
  if (!where) return null;
  where.step.say += playbook.lang === 'ko' ? ' 주문 번호 {{order_number}}로 조회하실 수 있습니다.' : ' You can look it up with {{order_number}}.';
  return where;
}

function missingDue(rng, playbook) {
  const where = rng.pick(everyStep(playbook).filter((w) => w.step.kind === 'follow-up' && w.step.due));
  if (!where) return null;
  delete where.step.due;
  return where;
}

function emailWithoutSubject(rng, playbook) {
  const scripts = playbook.scenarios.flatMap((scenario) => scenario.scripts.filter((s) => s.subject).map((script) => ({ scenario, script })));
  const where = rng.pick(scripts);
  if (!where) return null;
  delete where.script.subject;
  return { ...where, step: where.script.steps[0], index: 0 };
}

function emptySay(rng, playbook, L) {
  const where = rng.pick(everyStep(playbook).filter((w) => w.step.kind !== 'follow-up'));
  where.step.say = rng.pick(L.emptyMarkers);
  return where;
}

function factDrift(rng, playbook) {
  const values = Object.fromEntries(playbook.facts.map((f) => [f.name, String(f.value)]));
  const options = [];
  for (const scenario of playbook.scenarios) {
    const scriptsByFact = new Map();
    for (const script of scenario.scripts) {
      const names = new Set(script.steps.flatMap((s) => factNames(s.say ?? '')));
      for (const name of names) scriptsByFact.set(name, [...(scriptsByFact.get(name) ?? []), script]);
    }
    // Follow-ups say "이틀 안에" / "within two days": a drifted day figure would still share that one.
    const dueSaysDays = DUE_SAYS_DAYS.has(scenario.due);
    for (const [name, scripts] of scriptsByFact) {
      const family = unitFamily(values[name]);
      if (scripts.length >= 2 && family && family !== 'phone' && !(family === 'day' && dueSaysDays)) options.push({ scenario, name, scripts });
    }
  }
  const choice = rng.pick(options);
  if (!choice) return null;
  const script = rng.pick(choice.scripts);

  const drifted = driftValue(values[choice.name]);
  const index = script.steps.findIndex((s) => factNames(s.say ?? '').includes(choice.name));
  for (const step of script.steps) {
    if (step.say) step.say = step.say.replace(new RegExp(`\\{\\{\\s*facts\\.${choice.name}\\s*\\}\\}`, 'g'), drifted);
  }
  return { scenario: choice.scenario, script, step: script.steps[index], index };
}

/** A different figure of the same unit: money doubles, durations grow. */
function driftValue(value) {
  if (/원|\$/.test(value)) {
    return value.replace(/\d[\d,.]*/, (figure) => {
      const n = Number(figure.replace(/,/g, '')) * 2;
      return figure.includes(',') ? n.toLocaleString('en-US') : String(n);
    });
  }
  const numbers = [...value.matchAll(/\d+/g)].map((m) => Number(m[0]));
  const drifted = Math.max(...numbers) + 2;
  return value.replace(/\d+(?:\s*[~–-]\s*\d+)?/, String(drifted));
}

function duplicateStepId(rng, playbook) {
  const candidates = everyStep(playbook).filter((w) => w.step.id && w.script.steps.some((s, i) => i !== w.index && !s.id));
  const source = rng.pick(candidates);
  if (!source) return null;
  const others = source.script.steps.map((step, index) => ({ step, index })).filter((o) => !o.step.id && o.index > source.index);
  const target = others.length ? rng.pick(others) : null;
  if (!target) return null;
  target.step.id = source.step.id;
  return { scenario: source.scenario, script: source.script, step: target.step, index: target.index };
}

function unreachableStep(rng, playbook) {
  const where = rng.pick(everyStep(playbook).filter((w) => w.step.goto && w.index + 1 < w.script.steps.length));
  if (!where) return null;
  const extra = { id: 'extra-offer', kind: 'action', say: playbook.lang === 'ko' ? '추가로 도와드릴 일이 있으신지 여쭙겠습니다.' : 'Let me check whether there is anything else I can do.' };
  if (where.script.steps.some((s) => s.id === extra.id)) return null;
  where.script.steps.splice(where.index + 1, 0, extra);
  return { scenario: where.scenario, script: where.script, step: extra, index: where.index + 1 };
}

function stepOrder(rng, playbook) {
  const candidates = [];
  for (const scenario of playbook.scenarios) {
    for (const script of scenario.scripts) {
      const e = script.steps.findIndex((s) => s.kind === 'empathy');
      const x = script.steps.findIndex((s) => s.kind === 'explanation');
      if (e >= 0 && x > e && !script.steps[x].replies && !script.steps[x].id) candidates.push({ scenario, script, e, x });
    }
  }
  const choice = rng.pick(candidates);
  if (!choice) return null;
  const { steps } = choice.script;
  [steps[choice.e], steps[choice.x]] = [steps[choice.x], steps[choice.e]];
  return { scenario: choice.scenario, script: choice.script, step: steps[choice.e], index: choice.e };
}

function missingChannel(rng, playbook) {
  const scenario = rng.pick(playbook.scenarios.filter((s) => s.scripts.length > 1));
  if (!scenario) return null;
  const index = rng.int(0, scenario.scripts.length - 1);
  const [script] = scenario.scripts.splice(index, 1);
  scenario.marks = [...(scenario.marks ?? [])];
  return { scenario, script, step: undefined, index: -1, missing: script.channel };
}

function duplicateKey(rng, playbook) {
  const where = rng.pick(everyStep(playbook).filter((w) => w.step.say && !w.step.say.includes('\n')));
  if (!where) return null;
  where.step.duplicateSay = true;
  return where;
}

export function applyDefects(rng, playbook, count) {
  const L = CONTENT[playbook.lang];
  const applied = [];
  for (let attempt = 0; applied.length < count && attempt < 20; attempt++) {
    const defect = rng.weighted(DEFECTS.filter((d) => !d.lang || d.lang === playbook.lang).map((d) => [d, d.weight]));
    if (applied.some((a) => a.type === defect.type)) continue;
    const where = defect.apply(rng, playbook, L);
    if (!where) continue;
    const record = { type: defect.type, rule: defect.rule, scenario: where.scenario.id ?? where.scenario, channel: where.script?.channel ?? where.missing };
    if (defect.alsoMayTrip) record.alsoMayTrip = defect.alsoMayTrip;
    if (where.step) where.step.marks = [...(where.step.marks ?? []), record];
    else where.scenario.marks = [...(where.scenario.marks ?? []), record];
    applied.push(record);
  }
  // Documents with yaml-syntax or schema errors are not checked by the other rules (README, "Choices").
  const blocking = applied.find((d) => d.rule === 'schema' || d.rule === 'yaml-syntax');
  for (const record of applied) if (blocking && record !== blocking && record.rule !== 'schema' && record.rule !== 'yaml-syntax') record.maskedBy = blocking.type;
  return applied;
}

/** A risky promise that legal approved, suppressed the way FORMAT.md §3 says (scoped, with a reason). */
export function addSuppressedPromise(rng, playbook) {
  const L = CONTENT[playbook.lang];
  const scripts = playbook.scenarios.flatMap((s) => s.scripts).filter((s) => ['phone', 'chat', 'email', 'in-person'].includes(s.channel));
  const script = rng.pick(scripts);
  if (!script) return false;
  const at = script.steps.findIndex((s) => s.kind === 'follow-up');
  script.steps.splice(at, 0, { kind: 'action', say: L.suppressedPromise.line, comment: L.suppressedPromise.comment });
  return true;
}
