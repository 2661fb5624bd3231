/**
 * One generated playbook file: a model built from the content banks (scenarios, a script per channel,
 * branching replies, facts and placeholders), optional seeded defects, then YAML text written by hand.
 */
import * as ko from './content-ko.js';
import * as en from './content-en.js';
import { addSuppressedPromise, applyDefects } from './defects.js';
import { MarkdownWriter, dressScript } from './markdown.js';
import { emitPlaybook, emitScenario } from './emit.js';
import { createRandom } from './prng.js';
import { factNames, placeholderNames, unitFamily } from './scan.js';
import { eucKrBytes, flowSequence, inlineScalar } from './yaml-text.js';

/** Bump when the output for a given seed changes, so `npm run bench` regenerates stale corpora. */
export const GENERATOR_VERSION = 5;

/** `markdown` (issue 16): e-mail and chat bodies as people write them, few repeated lines; `classic`: the corpus of issue 7. */
export const FLAVORS = ['markdown', 'classic'];

export const SMS_MAX_BYTES = 90;

const CONTENT = { ko, en };

const CHANNEL_SETS = {
  ko: [
    [['phone', 'email', 'chat'], 5],
    [['phone', 'chat', 'sms'], 4],
    [['phone', 'chat', 'kakao', 'sms'], 4],
    [['phone', 'kakao', 'in-person'], 3],
    [['phone', 'email', 'in-person'], 2],
    [['phone', 'email', 'kakao', 'sms'], 3],
    [['chat', 'email', 'sms', 'kakao'], 2],
    [['phone', 'email', 'chat', 'sms', 'kakao'], 2],
    [['phone', 'email', 'chat', 'kakao', 'in-person'], 1],
    [['chat', 'kakao', 'social'], 1],
  ],
  en: [
    [['phone', 'email', 'chat'], 5],
    [['phone', 'email', 'chat', 'sms'], 3],
    [['phone', 'chat', 'sms'], 2],
    [['chat', 'email', 'sms', 'social'], 2],
    [['phone', 'email', 'in-person'], 1],
  ],
};

const VIA_BY_CHANNEL = {
  phone: [['sms', 4], ['email', 2], ['phone', 2]],
  email: [['email', 5], ['phone', 1]],
  chat: [['sms', 2], ['chat', 2], ['email', 1]],
  sms: [['sms', 1]],
  kakao: [['kakao', 3], ['sms', 1]],
  'in-person': [['sms', 2], ['phone', 1]],
  social: [['social', 1]],
};
const DUES = [['P1D', 6], ['PT4H', 2], ['4h', 1], ['P2D', 3], ['2d', 1], ['P3D', 1], ['P7D', 1]];

const VARIANTS = {
  ko: [
    { suffix: 'vip', title: ' (VIP 고객)', when: ' (VIP 등급 고객)' },
    { suffix: 'weekend', title: ' (주말 접수)', when: ' (주말·공휴일 접수)' },
    { suffix: 'repeat', title: ' (재문의)', when: ' (같은 건으로 두 번째 문의)' },
    { suffix: 'senior', title: ' (어르신 고객)', when: ' (천천히 설명이 필요한 어르신 고객)' },
    { suffix: 'corporate', title: ' (법인 고객)', when: ' (법인 구매 고객)' },
  ],
  en: [
    { suffix: 'vip', title: ' (VIP member)', when: ' (VIP member)' },
    { suffix: 'weekend', title: ' (weekend)', when: ' (received on a weekend)' },
    { suffix: 'repeat-contact', title: ' (second contact)', when: ' (second contact about the same issue)' },
  ],
};

const pad = (n) => String(n).padStart(4, '0');

/** Fills {brand}-style slots; {{placeholders}} are left alone. */
function fill(template, slots) {
  return template.replace(/(?<!\{)\{([a-z]+)\}(?!\})/g, (whole, name) => (name in slots ? slots[name] : whole));
}

class ScriptWriter {
  constructor(rng, lang, { brand, store, facts, md }) {
    this.md = md;
    this.facts = facts;
    this.rng = rng;
    this.lang = lang;
    this.L = CONTENT[lang];
    this.C = this.L.common;
    this.slots = { brand, store };
  }

  line(template, extra = {}) {
    return fill(template, { ...this.slots, ...extra });
  }

  note(kind, probability) {
    const notes = this.C.notes[kind];
    return notes && this.rng.chance(probability) ? this.rng.pick(notes) : undefined;
  }

  followUp(channel, scenario, { id } = {}) {
    const { rng, C } = this;
    const via = rng.weighted(VIA_BY_CHANNEL[channel]);
    // One timeline per scenario: every channel promises the same follow-up time (else fact-drift, rightly).
    const due = this.due;
    const dueWord = C.dueWords[due];
    let say;
    if (channel === 'sms') {
      say = C.followUpSms.map((t) => this.line(t, { due: dueWord, what: scenario.followWhat, via: C.via.sms })).find((s) => smsFits(s, this.facts));
      if (!say) throw new Error(`generator content: no SMS follow-up of ${scenario.id} fits in ${SMS_MAX_BYTES} bytes`);
    } else if (channel === 'kakao') {
      say = this.line(rng.pick(C.followUpYo), { due: dueWord, what: scenario.followWhat, via: C.viaYo[via] });
    } else if (channel === 'social') {
      say = this.lang === 'ko' ? `${dueWord} ${scenario.followWhat} DM으로 알려 드리겠습니다.` : `I'll DM you ${dueWord} with an update.`;
    } else {
      const viaWords = channel === 'email' && via === 'email' && this.lang === 'ko' ? '이 메일로' : C.via[via];
      say = this.line(rng.pick(C.followUp), { due: dueWord, what: scenario.followWhat, via: viaWords });
    }
    const step = { kind: 'follow-up', say, due, via };
    if (id) step.id = id;
    const note = this.note('follow-up', 0.3);
    if (note) step.note = note;
    return step;
  }

  /** A step for one of the scenario's two customer options, in the register of the channel. */
  option(option, { casual = false, goto } = {}) {
    const step = { id: option.id, kind: option.kind, say: casual && option.yo ? option.yo : option.say };
    const note = this.note(option.kind, 0.35);
    if (note) step.note = note;
    if (goto) step.goto = goto;
    return step;
  }

  script(channel, scenario) {
    const method = { phone: 'phone', email: 'email', chat: 'chat', sms: 'sms', kakao: 'kakao', 'in-person': 'inPerson', social: 'social' }[channel];
    const script = this[method](scenario);
    if (this.md) {
      const listLines = (scenario.list ?? []).filter(() => this.md.rng.chance(0.85)).map((name) => ({ label: this.L.listLabels[name], value: `{{${name}}}` }));
      dressScript(this.md, channel, scenario, script, listLines);
    }
    return script;
  }

  phone(sc) {
    const { rng, C } = this;
    const steps = [];
    steps.push(withNote({ kind: 'greeting', say: this.line(rng.pick(C.greeting.phone)) }, this.note('greeting', 0.25)));
    if (rng.chance(0.6)) steps.push(withNote({ kind: 'verification', say: rng.pick(C.verification) }, this.note('verification', 0.5)));
    steps.push(withNote({ kind: 'empathy', say: this.line(rng.pick(C.empathy), { conn: sc.conn }) }, this.note('empathy', 0.3)));
    if (rng.chance(0.5)) steps.push(withNote({ kind: 'questioning', say: sc.ask }, this.note('questioning', 0.4)));
    const explain = withNote({ kind: 'explanation', say: sc.explain.slice(0, rng.chance(0.6) ? 3 : 2).join(' ') }, this.note('explanation', 0.6));
    const [first, second] = rng.chance(0.5) ? sc.options : [sc.options[1], sc.options[0]];
    if (rng.chance(0.75)) {
      explain.id = 'explain';
      explain.replies = [first, second].map((o) => ({ customer: o.customer, goto: o.id }));
      if (rng.chance(0.12)) explain.replies.push({ customer: C.replyLoop.customer, goto: 'explain' });
      steps.push(explain, this.option(first, { goto: 'follow-up' }), this.option(second));
      steps.push(this.followUp('phone', sc, { id: 'follow-up' }));
    } else {
      steps.push(explain);
      if (rng.chance(0.7)) steps.push(this.option(first));
      steps.push(this.followUp('phone', sc));
    }
    if (rng.chance(0.8)) steps.push(withNote({ kind: 'feedback', say: rng.pick(C.feedback.phone) }, this.note('feedback', 0.3)));
    const closing = { kind: 'closing', say: this.line(rng.pick(C.closing.phone)) };
    if (rng.chance(0.05)) closing.end = true;
    steps.push(closing);
    return { steps };
  }

  email(sc) {
    const { rng, C, L } = this;
    const steps = [];
    steps.push({ kind: 'greeting', say: this.line(rng.pick(C.greeting.email)) });
    steps.push({ kind: 'empathy', say: this.line(rng.pick(C.empathyEmail), { conn: sc.conn }) });
    const list = sc.list.filter(() => rng.chance(0.85)).map((name) => `- ${L.listLabels[name]}: {{${name}}}`);
    const body = [`${sc.explain[0]} ${sc.explain[1]}`, ...(list.length ? ['', ...list] : []), '', sc.explain[2]].join('\n');
    steps.push(withNote({ kind: 'explanation', say: body }, this.note('explanation', 0.4)));
    if (rng.chance(0.5)) {
      const option = rng.pick(sc.options);
      steps.push({ kind: option.kind, say: option.say });
    }
    const followUp = this.followUp('email', sc);
    if (sc.hotlineInEmail) followUp.say += this.lang === 'ko' ? ' 궁금하신 점은 {{facts.hotline}}으로 연락 주십시오.' : '';
    steps.push(followUp);
    if (rng.chance(0.6)) steps.push({ kind: 'feedback', say: rng.pick(C.feedback.email) });
    steps.push({ kind: 'closing', say: this.line(rng.pick(C.closing.email)) });
    const subject = this.lang === 'ko' ? `[${this.slots.brand}] {{customer_name}}님, ${sc.subject}` : rng.chance(0.5) ? `${this.slots.brand}: ${sc.subject}` : sc.subject;
    return { subject, steps };
  }

  chat(sc) {
    const { rng, C } = this;
    const steps = [];
    steps.push({ kind: 'greeting', say: this.line(rng.pick(C.greeting.chat)) });
    steps.push({ kind: 'empathy', say: this.line(rng.pick(C.empathyChat), { conn: sc.conn }) });
    steps.push(withNote({ kind: 'explanation', say: sc.explain.slice(0, 2).join(' ') }, this.note('explanation', 0.3)));
    const [first, second] = rng.chance(0.5) ? sc.options : [sc.options[1], sc.options[0]];
    if (rng.chance(0.6)) {
      const step = this.option(first);
      delete step.id;
      step.replies = [
        { customer: this.lang === 'ko' ? '네, 알겠습니다.' : 'Okay, thanks.', goto: 'follow-up' },
        { customer: second.customer, goto: second.id },
      ];
      steps.push(step, this.option(second), this.followUp('chat', sc, { id: 'follow-up' }));
    } else {
      steps.push({ kind: first.kind, say: first.say }, this.followUp('chat', sc));
    }
    if (rng.chance(0.4)) steps.push({ kind: 'feedback', say: rng.pick(C.feedback.chat) });
    steps.push({ kind: 'closing', say: this.line(rng.pick(C.closing.chat)) });
    return { steps };
  }

  sms(sc) {
    const { rng, C } = this;
    const empathy = rng.shuffle(C.smsEmpathy).map((t) => this.line(t, { conn: sc.smsConn })).find((s) => smsFits(s, this.facts));
    if (!empathy || !smsFits(sc.sms, this.facts)) throw new Error(`generator content: SMS lines of ${sc.id} do not fit in ${SMS_MAX_BYTES} bytes`);
    const steps = [{ kind: 'empathy', say: empathy }, { kind: 'explanation', say: sc.sms }];
    if (rng.chance(0.35)) steps.push({ kind: 'action', say: rng.pick(C.smsAction) });
    steps.push(this.followUp('sms', sc));
    return { steps };
  }

  kakao(sc) {
    const { rng, C } = this;
    const steps = [];
    steps.push({ kind: 'greeting', say: this.line(rng.pick(C.greeting.kakao)) });
    steps.push({ kind: 'empathy', say: this.line(rng.pick(C.empathyYo), { conn: sc.conn }) });
    const explain = withNote({ kind: 'explanation', say: sc.yo }, this.note('explanation', 0.25));
    const [first, second] = rng.chance(0.5) ? sc.options : [sc.options[1], sc.options[0]];
    if (rng.chance(0.5)) {
      explain.id = 'explain';
      explain.replies = [first, second].map((o) => ({ customer: o.customer, goto: o.id }));
      if (rng.chance(0.1)) explain.replies.push({ customer: C.replyLoopYo.customer, goto: 'explain' });
      steps.push(explain, this.option(first, { casual: true, goto: 'follow-up' }), this.option(second, { casual: true }));
      steps.push(this.followUp('kakao', sc, { id: 'follow-up' }));
    } else {
      steps.push(explain, { kind: first.kind, say: first.yo }, this.followUp('kakao', sc));
    }
    if (rng.chance(0.5)) steps.push({ kind: 'feedback', say: rng.pick(C.feedback.kakao) });
    steps.push({ kind: 'closing', say: this.line(rng.pick(C.closing.kakao)) });
    return { steps };
  }

  inPerson(sc) {
    const { rng, C } = this;
    const steps = [];
    steps.push(withNote({ kind: 'greeting', say: this.line(rng.pick(C.greeting['in-person'])) }, this.note('greeting', 0.3)));
    steps.push(withNote({ kind: 'empathy', say: this.line(rng.pick(C.empathy), { conn: sc.conn }) }, this.note('personEmpathy', 0.7)));
    steps.push({ kind: 'questioning', say: sc.ask });
    steps.push(withNote({ kind: 'explanation', say: sc.explain.join(' ') }, this.note('explanation', 0.5)));
    const option = rng.pick(sc.options);
    steps.push(withNote({ kind: option.kind, say: option.say }, this.note(option.kind, 0.4)));
    steps.push(this.followUp('in-person', sc));
    if (rng.chance(0.4)) steps.push({ kind: 'feedback', say: rng.pick(C.feedback['in-person']) });
    steps.push({ kind: 'closing', say: this.line(rng.pick(C.closing['in-person'])) });
    return { steps };
  }

  social(sc) {
    const { C } = this;
    return {
      steps: [
        { kind: 'empathy', say: this.line(C.social.empathy, { conn: sc.conn }), note: C.social.note },
        { kind: 'explanation', say: sc.explain[1] },
        this.followUp('social', sc),
      ],
    };
  }
}

function withNote(step, note) {
  if (note) step.note = note;
  return step;
}

/** An SMS line fits when it is within the limit both as written and with facts filled in. */
function smsFits(text, facts) {
  if (eucKrBytes(text) > SMS_MAX_BYTES) return false;
  if (!facts) return true;
  return eucKrBytes(text.replace(/\{\{\s*facts\.(\w+)\s*\}\}/g, (_, name) => String(facts[name] ?? ''))) <= SMS_MAX_BYTES;
}

/** Builds one playbook document (the model, not yet text). */
function buildPlaybook(rng, { lang, id, domain, targetBytes, style, mdRng }) {
  const L = CONTENT[lang];
  const brand = rng.pick(L.brands);
  const facts = Object.fromEntries(Object.entries(domain.facts).map(([name, fact]) => [name, fact.value]));
  const md = mdRng && new MarkdownWriter(mdRng, lang, L.brands.indexOf(brand));
  const writer = new ScriptWriter(rng, lang, { brand, store: rng.pick(L.stores), facts, md });
  const channels = rng.weighted(CHANNEL_SETS[lang]);

  const scenarios = [];
  const usedIds = new Set();
  let bytes = 900;
  let lastScenarioBytes = 0;
  let pool = rng.shuffle(domain.scenarios);
  let round = 0;
  // Stop when one more scenario would overshoot the target by more than the shortfall it fills.
  while (scenarios.length < 8 && (scenarios.length === 0 || bytes + lastScenarioBytes / 2 < targetBytes)) {
    if (pool.length === 0) {
      pool = rng.shuffle(domain.scenarios);
      round += 1;
    }
    const base = pool.shift();
    const variant = round > 0 ? rng.pick(VARIANTS[lang]) : undefined;
    let scenarioId = variant ? `${base.id}-${variant.suffix}` : base.id;
    if (usedIds.has(scenarioId)) continue;
    usedIds.add(scenarioId);
    const scenario = {
      id: scenarioId,
      title: base.title + (variant?.title ?? ''),
      when: base.when + (variant?.when ?? ''),
      scripts: [],
    };
    if (base.goal && rng.chance(0.9)) scenario.goal = base.goal;
    if (rng.chance(0.85)) scenario.escalation = base.escalation;
    writer.due = rng.weighted(DUES);
    md?.scenario();
    scenario.due = writer.due;
    for (const channel of channels) scenario.scripts.push({ channel, ...writer.script(channel, base) });
    scenarios.push(scenario);
    lastScenarioBytes = Buffer.byteLength(emitScenario(scenario, style, []).join('\n')) + 1;
    bytes += lastScenarioBytes;
  }

  const playbook = {
    lang,
    id,
    title: rng.pick(domain.titles),
    locale: lang === 'ko' ? 'ko-KR' : 'en-US',
    owner: rng.chance(0.8) ? rng.pick(domain.owners) : undefined,
    revision: rng.chance(0.85) ? `${rng.int(1, 3)}.${rng.int(0, 9)}.${rng.int(0, 5)}` : undefined,
    tags: rng.chance(0.9) ? domain.tags.slice(0, rng.int(1, domain.tags.length)) : undefined,
    channels,
    scenarios,
    placeholders: [],
    facts: [],
  };
  declareVariables(rng, playbook, domain);
  checkNoDrift(playbook);
  return playbook;
}

/** Declares exactly the placeholders the scripts use (sometimes one more), and the facts they use (sometimes all). */
function declareVariables(rng, playbook, domain) {
  const L = CONTENT[playbook.lang];
  const used = new Set(['customer_name', 'agent_name']);
  const usedFacts = new Set();
  for (const text of allTexts(playbook)) {
    for (const name of placeholderNames(text)) used.add(name);
    for (const name of factNames(text)) usedFacts.add(name);
  }
  if (rng.chance(0.2)) used.add(rng.pick(Object.keys(L.placeholderDescriptions)));
  for (const name of used) {
    const description = L.placeholderDescriptions[name];
    if (!description) throw new Error(`generator content: no description for placeholder ${name}`);
    playbook.placeholders.push([name, description]);
  }
  const declareAll = rng.chance(0.5);
  for (const [name, fact] of Object.entries(domain.facts)) {
    if (declareAll || usedFacts.has(name)) playbook.facts.push({ name, ...fact });
  }
  for (const name of usedFacts) {
    if (!domain.facts[name]) throw new Error(`generator content: fact ${name} is not declared in domain ${domain.key}`);
  }
}

function* allTexts(playbook) {
  for (const scenario of playbook.scenarios) {
    for (const script of scenario.scripts) {
      if (script.subject) yield script.subject;
      for (const step of script.steps) if (step.say) yield step.say;
    }
  }
}

/** Content check: within a scenario, facts of one unit family must be a single fact (FORMAT.md §3, fact-drift). */
function checkNoDrift(playbook) {
  const values = Object.fromEntries(playbook.facts.map((f) => [f.name, f.value]));
  for (const scenario of playbook.scenarios) {
    const byFamily = new Map();
    for (const script of scenario.scripts) {
      const texts = [script.subject ?? '', ...script.steps.map((s) => s.say ?? '')];
      if (texts.some((t) => /\d/.test(t.replace(/\{\{[^}]*\}\}/g, '').replace(/^[ \t]*\d{1,3}\. /gm, '')))) {
        throw new Error(`generator content: a literal figure in ${playbook.id}/${scenario.id}/${script.channel}`);
      }
      for (const name of texts.flatMap(factNames)) {
        const family = unitFamily(values[name]);
        if (!family) continue;
        const names = byFamily.get(family) ?? new Set();
        names.add(name);
        byFamily.set(family, names);
        if (names.size > 1) throw new Error(`generator content: ${[...names].join(' and ')} share a unit in ${scenario.id}`);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * File `index` of a corpus: its name, text and what it holds. Files depend only on (seed, index), so the
 * 200-file corpus is the first 200 files of the 2,000-file one.
 */
export function generateFile(seed, index, { defectRate = 0.04, targetBytes = 12_400, singleScenario = false, flavor = 'markdown' } = {}) {
  const rng = createRandom(seed, index);
  // The markdown flavour draws its own choices from a stream of its own: the classic corpus keeps its bytes.
  const mdRng = flavor === 'markdown' ? createRandom(seed, index, 0x6d64) : undefined;
  const lang = rng.chance(0.8) ? 'ko' : 'en';
  const L = CONTENT[lang];
  const documentCount = singleScenario ? 1 : rng.chance(0.03) ? 2 : 1;
  const fileTarget = singleScenario ? 0 : Math.round(targetBytes * (0.7 + 0.6 * rng.next()));
  const style = {
    schemaComment: rng.chance(0.7),
    omitLocale: rng.chance(0.1),
    blockChannels: rng.chance(0.2),
    factComments: rng.chance(0.6),
    blankBetweenScenarios: rng.chance(0.7),
    fold: rng.chance(0.8),
    foldAt: rng.int(90, 140),
    explicitStart: rng.chance(0.08),
    crlf: !singleScenario && rng.chance(0.01),
    bom: !singleScenario && rng.chance(0.005),
  };
  const domains = rng.sample(L.domains, documentCount);
  const documents = [];
  const texts = [];
  let lineOffset = style.explicitStart ? 1 : 0;
  domains.forEach((domain, docIndex) => {
    const id = `${domain.prefix}-${pad(index)}${docIndex > 0 ? `-${docIndex + 1}` : ''}`;
    const playbook = buildPlaybook(rng, { lang, id, domain, targetBytes: fileTarget / documentCount, style, mdRng });
    if (singleScenario) playbook.scenarios.splice(1);
    let suppressed = false;
    if (rng.chance(0.015)) suppressed = addSuppressedPromise(rng, playbook);
    const defects = !singleScenario && rng.chance(defectRate) ? applyDefects(rng, playbook, rng.chance(0.2) ? 2 : 1) : [];
    const lines = emitPlaybook(playbook, docIndex === 0 ? style : { ...style, schemaComment: false });
    for (const defect of defects) {
      defect.line = (defect.lineIndex ?? 0) + 1 + lineOffset;
      delete defect.lineIndex;
    }
    lineOffset += lines.length + 1;
    documents.push({ id, lang, domain: domain.key, scenarios: playbook.scenarios.length, channels: playbook.channels, suppressed, defects });
    texts.push(lines.join('\n'));
  });
  let text = `${style.explicitStart ? '---\n' : ''}${texts.join('\n---\n')}\n`;
  if (style.crlf) text = text.replace(/\n/g, '\r\n');
  if (style.bom) text = `\uFEFF${text}`;
  return { fileName: `${documents[0].id}.yaml`, text, documents, crlf: style.crlf, bom: style.bom };
}

/** A manual over the whole corpus: one chapter per domain, playbooks named by glob pattern. */
export function generateManual(domainKeys) {
  const chapters = [];
  for (const lang of ['ko', 'en']) {
    for (const domain of CONTENT[lang].domains) {
      if (!domainKeys.has(`${lang}:${domain.key}`)) continue;
      chapters.push({ title: domain.titles[0], playbooks: [`${domain.prefix}-*`] });
    }
  }
  const lines = [
    '# yaml-language-server: $schema=../../../schemas/manual.schema.json',
    'kind: manual',
    'format: 1',
    'id: bench-handbook',
    'title: 고객 응대 표준 매뉴얼 (벤치마크 코퍼스)',
    'locale: ko-KR',
    'audience: 신입 상담원',
    'edition: "2026.1"',
    'intro: |',
    '  이 매뉴얼은 모든 채널에서 같은 품질의 응대를 하기 위한 기준입니다.',
    '  각 장은 업무 영역별 플레이북을 모았습니다.',
    'principles:',
    '  - title: 일관성',
    '    body: 매장, 전화, 이메일 어디서든 같은 약속, 같은 태도.',
    '  - title: 공감',
    '    body: "\\"죄송합니다\\", \\"감사합니다\\"에는 힘이 있습니다. 변명보다 먼저 말합니다."',
    '  - title: 지킬 수 있는 약속',
    '    body: 일정과 금액은 facts에 적힌 값으로만 안내합니다.',
    'chapters:',
  ];
  for (const chapter of chapters) lines.push(`  - title: ${inlineScalar(chapter.title)}`, `    playbooks: ${flowSequence(chapter.playbooks)}`);
  lines.push('glossary:', '  - term: CSAT', '    definition: 고객 만족도 점수', '  - term: FCR', '    definition: 첫 응대 해결률', '  - term: CES', '    definition: 고객 노력 점수');
  return `${lines.join('\n')}\n`;
}

export const corpusConfig = ({ seed, count }) => `# Generated by bench/generate.js (seed ${seed}, ${count} playbooks). Regenerate instead of editing.
extends: recommended
include: ["playbooks/**/*.yaml", "manual.yaml"]
locale: ko-KR
required:
  "*": [empathy, explanation, follow-up]
  phone: [greeting, closing]
limits:
  sms: { maxBytes: ${SMS_MAX_BYTES} }
rules:
  risky-promise: error
`;
