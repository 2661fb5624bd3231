/** `servicebook export` and `servicebook import` on the command line: files written, plans, and bad input. */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runInProcess, runProcess } from '../helpers/cli.js';
import { projectRoot, validators } from './support.js';

/** A copy of the bundled library and its config, to edit freely. */
function library(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'servicebook-export-'));
  cpSync(path.join(projectRoot, 'playbooks'), path.join(dir, 'playbooks'), { recursive: true });
  cpSync(path.join(projectRoot, 'servicebook.yaml'), path.join(dir, 'servicebook.yaml'));
  return dir;
}

const run = (cwd: string, args: string[]) => runInProcess(args, { cwd });
const files = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name))).sort() : [];

describe('servicebook export --to zendesk', () => {
  it('writes one valid macro per scenario and channel (per step when it branches) and the lock file', async () => {
    const dir = library();
    const result = await run(dir, ['export', '--to', 'zendesk', '--out', 'out']);
    expect(result.exitCode, result.stderr).toBe(0);
    const written = files(path.join(dir, 'out'));
    expect(written).toContain('servicebook-export.lock.json');
    const macros = written.filter((file) => file !== 'servicebook-export.lock.json');
    expect(macros.length).toBeGreaterThan(100);
    for (const file of macros) expect(validators.zendesk(JSON.parse(readFileSync(path.join(dir, 'out', file), 'utf8'))), file).toBe(true);
    const lock = JSON.parse(readFileSync(path.join(dir, 'out', 'servicebook-export.lock.json'), 'utf8')) as { target: string; items: Record<string, unknown> };
    expect(lock.target).toBe('zendesk');
    expect(Object.keys(lock.items)).toHaveLength(macros.length);
  });

  it('plans exactly one changed macro after one say is edited, and writes nothing while planning', async () => {
    const dir = library();
    expect((await run(dir, ['export', '--to', 'zendesk', '--out', 'out'])).exitCode).toBe(0);
    const before = files(path.join(dir, 'out')).map((file) => readFileSync(path.join(dir, 'out', file), 'utf8'));
    const file = path.join(dir, 'playbooks', 'billing-double-charge.yaml');
    const text = readFileSync(file, 'utf8');
    const edited = text.replace('결제 알림이 두 번 와서 놀라셨겠습니다. 죄송합니다.', '결제 알림이 두 번 와서 많이 놀라셨겠습니다. 죄송합니다.');
    expect(edited).not.toBe(text);
    writeFileSync(file, edited);
    const plan = await run(dir, ['export', '--to', 'zendesk', '--out', 'out', '--plan', '--format', 'json']);
    expect(plan.exitCode, plan.stderr).toBe(0);
    const parsed = JSON.parse(plan.stdout) as { new: string[]; changed: string[]; gone: string[] };
    expect(parsed.new).toEqual([]);
    expect(parsed.gone).toEqual([]);
    expect(parsed.changed).toHaveLength(1);
    expect(parsed.changed[0]).toMatch(/^billing-double-charge\//);
    expect(files(path.join(dir, 'out')).map((one) => readFileSync(path.join(dir, 'out', one), 'utf8'))).toEqual(before);
    const stylish = await run(dir, ['export', '--to', 'zendesk', '--out', 'out', '--plan']);
    expect(stylish.stdout).toMatch(/^Export plan for zendesk in out: 0 new, 1 changed, 0 gone\.\n {2}~ changed {2}billing-double-charge\//);
  });

  it('plans new and gone items, and removes the files of gone items when it writes', async () => {
    const dir = library();
    expect((await run(dir, ['export', '--to', 'zendesk', '--out', 'out'])).exitCode).toBe(0);
    const file = path.join(dir, 'playbooks', 'billing-double-charge.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('id: card-approved-twice', 'id: card-approved-double'));
    const plan = JSON.parse((await run(dir, ['export', '--to', 'zendesk', '--out', 'out', '--plan', '--format', 'json'])).stdout) as Record<string, string[]>;
    expect(plan.new!.length).toBeGreaterThan(0);
    expect(plan.gone!.length).toBe(plan.new!.length);
    expect((await run(dir, ['export', '--to', 'zendesk', '--out', 'out'])).exitCode).toBe(0);
    expect(files(path.join(dir, 'out')).some((one) => one.includes('card-approved-twice'))).toBe(false);
    // A playbook whose id changes leaves no empty folder behind.
    writeFileSync(file, readFileSync(file, 'utf8').replace('id: billing-double-charge', 'id: billing-double'));
    expect((await run(dir, ['export', '--to', 'zendesk', '--out', 'out'])).exitCode).toBe(0);
    expect(readdirSync(path.join(dir, 'out'))).toContain('billing-double');
    expect(readdirSync(path.join(dir, 'out'))).not.toContain('billing-double-charge');
    const again = JSON.parse((await run(dir, ['export', '--to', 'zendesk', '--out', 'out', '--plan', '--format', 'json'])).stdout) as Record<string, string[]>;
    expect(again).toEqual({ new: [], changed: [], gone: [] });
  });

  it('imports what it wrote back into drafts with the same says (a real child process both ways)', () => {
    const dir = library();
    expect(runProcess(['export', '--to', 'zendesk', '--out', 'out'], { cwd: dir }).exitCode).toBe(0);
    const imported = runProcess(['import', '--from', 'zendesk', 'out', '--out', 'drafts'], { cwd: dir });
    expect(imported.exitCode, imported.stderr).toBe(0);
    const original = parse(readFileSync(path.join(dir, 'playbooks', 'billing-refund-delay.yaml'), 'utf8')) as {
      facts: Record<string, string>;
      scenarios: { id: string; scripts: Record<string, { steps: { say: string }[] }> }[];
    };
    const draft = parse(readFileSync(path.join(dir, 'drafts', 'billing-refund-delay.yaml'), 'utf8')) as typeof original;
    const fill = (say: string) => say.replace(/\{\{facts\.(\w+)\}\}/g, (whole, name: string) => original.facts[name] ?? whole).trim();
    expect(draft.scenarios.map((scenario) => scenario.id)).toEqual(original.scenarios.map((scenario) => scenario.id));
    for (const [index, scenario] of original.scenarios.entries()) {
      for (const [channel, script] of Object.entries(scenario.scripts)) {
        expect(draft.scenarios[index]!.scripts[channel]!.steps.map((step) => step.say)).toEqual(script.steps.map((step) => fill(step.say)));
      }
    }
  });
});

describe('servicebook export --to alimtalk', () => {
  it('drafts the bundled 알림톡 notices: valid templates, #{…} variables, a branching one step by step', async () => {
    const dir = library();
    const result = await run(dir, ['export', '--to', 'alimtalk', '--out', 'out']);
    expect(result.exitCode, result.stderr).toBe(0);
    const written = files(path.join(dir, 'out'));
    expect(written).toContain('delivery-notices/dispatch-delayed.json');
    expect(written).toContain('delivery-delay/restock-delay-notice.03.json');
    for (const file of written.filter((one) => one !== 'servicebook-export.lock.json')) {
      expect(validators.alimtalk(JSON.parse(readFileSync(path.join(dir, 'out', file), 'utf8'))), file).toBe(true);
    }
    const choice = JSON.parse(readFileSync(path.join(dir, 'out', 'delivery-delay', 'restock-delay-notice.03.json'), 'utf8')) as { buttons: { name: string }[] };
    expect(choice.buttons.map((button) => button.name)).toEqual(['기다릴게요.', '주문 취소']);
    const template = JSON.parse(readFileSync(path.join(dir, 'out', 'delivery-notices', 'dispatch-delayed.json'), 'utf8')) as { content: string };
    expect(validators.alimtalk(template)).toBe(true);
    expect(template.content).toContain('#{고객명}님');
  });

  it('refuses a notice that advertises: exit 1, the problem named, nothing written', async () => {
    const dir = library();
    const file = path.join(dir, 'playbooks', 'delivery-notices.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('문의: 고객센터', '할인 안내와 문의: 고객센터'));
    const result = await run(dir, ['export', '--to', 'alimtalk', '--out', 'out']);
    expect(result.exitCode).toBe(1);
    // Lint's sms-advertising or the export's own check: either way it is named, and nothing is written.
    expect(result.stderr).toContain('delivery-notices');
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });
});

describe('servicebook export: refusals', () => {
  it('refuses input with lint errors (exit 1, nothing written), and writes it with --force (exit 0)', async () => {
    const dir = library();
    writeFileSync(path.join(dir, 'playbooks', 'broken.yaml'), 'kind: playbook\nformat: 1\nid: broken\ntitle: 깨진 플레이북\nchannels: [chat]\nscenarios: []\n');
    const refused = await run(dir, ['export', '--to', 'chatwoot', '--out', 'out']);
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toContain('broken.yaml');
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
    const forced = await run(dir, ['export', '--to', 'chatwoot', '--out', 'out', '--force']);
    expect(forced.exitCode).toBe(0);
    expect(files(path.join(dir, 'out')).length).toBeGreaterThan(1);
  });

  const oneLine = (stderr: string) => stderr.trimEnd().split('\n');

  it('names an unknown target: exit 2, one line, nothing written', async () => {
    const dir = library();
    const result = await run(dir, ['export', '--to', 'freshdesk', '--out', 'out']);
    expect(result.exitCode).toBe(2);
    expect(oneLine(result.stderr)).toEqual(['servicebook: Unknown target "freshdesk" for --to: use zendesk, chatwoot, alimtalk or csv.']);
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('names a missing placeholder mapping and the scripts that use it: exit 2, nothing written', async () => {
    const dir = library();
    const config = path.join(dir, 'servicebook.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('      card_last4: "{{contact.custom_attribute.card_last4}}"\n', ''));
    const result = await run(dir, ['export', '--to', 'chatwoot', '--out', 'out']);
    expect(result.exitCode).toBe(2);
    const lines = oneLine(result.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('{{card_last4}}');
    expect(lines[0]).toContain('subscription-renewal/failed-renewal-payment/chat');
    expect(lines[0]).toContain('export.chatwoot.placeholders');
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('refuses an output folder that is a file: exit 2, one line, the file untouched', async () => {
    const dir = library();
    writeFileSync(path.join(dir, 'out'), 'not a folder');
    const result = await run(dir, ['export', '--to', 'csv', '--out', 'out']);
    expect(result.exitCode).toBe(2);
    expect(oneLine(result.stderr)).toEqual(['servicebook: Cannot write to out: it is a file, not a folder.']);
    expect(readFileSync(path.join(dir, 'out'), 'utf8')).toBe('not a folder');
  });

  it('refuses a folder that holds another target\'s export', async () => {
    const dir = library();
    expect((await run(dir, ['export', '--to', 'csv', '--out', 'out'])).exitCode).toBe(0);
    const result = await run(dir, ['export', '--to', 'zendesk', '--out', 'out']);
    expect(result.exitCode).toBe(2);
    expect(oneLine(result.stderr)).toHaveLength(1);
    expect(files(path.join(dir, 'out'))).toEqual(['servicebook-export.lock.json', 'servicebook.csv']);
  });

  it('says it in Korean with --lang ko', async () => {
    const dir = library();
    const result = await run(dir, ['export', '--to', 'freshdesk', '--out', 'out', '--lang', 'ko']);
    expect(result.stderr).toContain('알 수 없는 대상');
  });
});

describe('servicebook import: bad input', () => {
  const write = (dir: string, name: string, text: string) => {
    writeFileSync(path.join(dir, name), text);
    return name;
  };

  it('names a Zendesk file that is not JSON, with its line and column: exit 2, nothing written', async () => {
    const dir = library();
    write(dir, 'macros.json', '{\n  "macros": [\n    { "title": "환불" ,, }\n  ]\n}\n');
    const result = await run(dir, ['import', '--from', 'zendesk', 'macros.json', '--out', 'drafts']);
    expect(result.exitCode).toBe(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^servicebook: macros\.json:3:\d+: not JSON: /);
    expect(existsSync(path.join(dir, 'drafts'))).toBe(false);
  });

  it('names a JSON file that is not Zendesk macros: exit 2, nothing written', async () => {
    const dir = library();
    write(dir, 'tickets.json', '{"tickets": []}');
    const result = await run(dir, ['import', '--from', 'zendesk', 'tickets.json', '--out', 'drafts']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^servicebook: tickets\.json: not Zendesk macros: .*\n$/);
    expect(existsSync(path.join(dir, 'drafts'))).toBe(false);
    write(dir, 'half.json', '{"macros": [{"title": "ok", "actions": []}, {"title": 3}]}');
    const second = await run(dir, ['import', '--from', 'zendesk', 'half.json', '--out', 'drafts']);
    expect(second.exitCode).toBe(2);
    expect(second.stderr).toContain('macro 2');
    expect(existsSync(path.join(dir, 'drafts'))).toBe(false);
  });

  it('refuses an unknown source and an output folder that is a file', async () => {
    const dir = library();
    write(dir, 'macros.json', '{"macros": []}');
    expect((await run(dir, ['import', '--from', 'freshdesk', 'macros.json', '--out', 'drafts'])).exitCode).toBe(2);
    write(dir, 'drafts', 'a file');
    const result = await run(dir, ['import', '--from', 'zendesk', 'macros.json', '--out', 'drafts']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe('servicebook: Cannot write to drafts: it is a file, not a folder.\n');
  });

  it('keeps a draft that exists unless --force', async () => {
    const dir = library();
    write(dir, 'canned.json', JSON.stringify([{ id: 7, account_id: 1, short_code: 'refund', content: '환불은 3영업일 안에 처리됩니다.' }]));
    mkdirSync(path.join(dir, 'drafts'));
    expect((await run(dir, ['import', '--from', 'chatwoot', 'canned.json', '--out', 'drafts'])).exitCode).toBe(0);
    const again = await run(dir, ['import', '--from', 'chatwoot', 'canned.json', '--out', 'drafts']);
    expect(again.exitCode).toBe(2);
    expect((await run(dir, ['import', '--from', 'chatwoot', 'canned.json', '--out', 'drafts', '--force'])).exitCode).toBe(0);
  });
});
