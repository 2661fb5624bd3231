/**
 * The editor, with the real yaml-language-server (the language server behind VS Code's YAML extension, Neovim's
 * and Helix's yamlls) driven over stdio as an editor drives it: in a project that `init` set up and that has no
 * node_modules, it finds the schemas the modelines name, and shows the schema's problems where the CLI shows
 * them, in the CLI's words.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import { runInProcess } from '../helpers/cli.js';
import { repoRoot, tempDir } from './support.js';

interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  severity?: number;
  source?: string;
}

const serverBin = createRequire(import.meta.url).resolve('yaml-language-server/bin/yaml-language-server');

const BROKEN = `# yaml-language-server: $schema=../.servicebook/schemas/playbook.schema.json
kind: playbook
format: 1
id: Refund_Delay
title: 환불 지연 문의
channels: [phone]
scenarios:
  - id: refund-late
    title: 환불이 늦어짐
    when: 환불이 들어오지 않았다는 문의
    scripts:
      phone:
        steps:
          - kind: empaty
            say: 기다리시게 해서 죄송합니다.
          - kind: follow-up
            say: 내일 오후 3시까지 다시 연락드리겠습니다.
            due: tomorrow
`;

class Editor {
  private readonly server: ChildProcess;
  private readonly connection: MessageConnection;
  private readonly published = new Map<string, Diagnostic[][]>();
  private readonly waiting: (() => void)[] = [];
  stderr = '';

  constructor(readonly root: string) {
    this.server = spawn(process.execPath, [serverBin, '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    this.server.stderr!.on('data', (chunk: Buffer) => void (this.stderr += chunk.toString()));
    this.connection = createMessageConnection(new StreamMessageReader(this.server.stdout!), new StreamMessageWriter(this.server.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) => {
      this.published.set(params.uri, [...(this.published.get(params.uri) ?? []), params.diagnostics]);
      this.waiting.splice(0).forEach((wake) => wake());
    });
    // The server asks for settings; an editor answers with its own (no schema store: no network).
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map((item) => (item.section === 'yaml' ? Editor.settings.yaml : null)));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.listen();
  }

  static readonly settings = { yaml: { validate: true, hover: true, completion: true, schemaStore: { enable: false }, schemas: {} } };

  async start(): Promise<void> {
    const rootUri = pathToFileURL(this.root).href;
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'project' }],
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: {}, hover: { contentFormat: ['markdown', 'plaintext'] } } },
    });
    await this.connection.sendNotification('initialized', {});
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: Editor.settings });
  }

  /** Opens a file of the project as the editor would, and waits for its diagnostics to settle. */
  async open(relative: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const file = path.join(this.root, relative);
    const uri = pathToFileURL(file).href;
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: readFileSync(file, 'utf8') } });
    // The server validates after a short delay and may publish more than once: take the last of a quiet half-second.
    const deadline = Date.now() + 30_000;
    let seen = -1;
    while (Date.now() < deadline) {
      const count = this.published.get(uri)?.length ?? 0;
      if (count > 0 && count === seen) break;
      seen = count;
      await Promise.race([new Promise<void>((wake) => this.waiting.push(wake)), new Promise((resolve) => setTimeout(resolve, 500))]);
    }
    const all = this.published.get(uri);
    if (!all) throw new Error(`yaml-language-server published no diagnostics for ${relative} in 30 s; its stderr:\n${this.stderr}`);
    return { uri, diagnostics: all[all.length - 1]! };
  }

  async hover(uri: string, line: number, character: number): Promise<string> {
    const result = (await this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } })) as { contents: { value: string } | string } | null;
    if (!result) return '';
    return typeof result.contents === 'string' ? result.contents : result.contents.value;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((resolve) => setTimeout(resolve, 2_000))]);
      await this.connection.sendNotification('exit');
    } finally {
      this.connection.dispose();
      this.server.kill();
    }
  }
}

describe('yaml-language-server in a project that init set up (no node_modules)', () => {
  let dir: string;
  let editor: Editor;

  beforeAll(async () => {
    dir = tempDir('editor');
    expect((await runInProcess(['init', '--yes', '--locale', 'en'], { cwd: dir })).exitCode).toBe(0);
    writeFileSync(path.join(dir, 'playbooks/broken.yaml'), BROKEN);
    editor = new Editor(dir);
    await editor.start();
  }, 60_000);

  afterAll(async () => {
    await editor?.stop();
  });

  it('finds the schemas the starter files name, and the starter files have no problem', async () => {
    for (const file of ['playbooks/order-status.yaml', 'playbooks/manual.yaml', 'servicebook.yaml']) {
      const { diagnostics } = await editor.open(file);
      expect({ file, diagnostics }).toEqual({ file, diagnostics: [] });
    }
  }, 60_000);

  it('shows the schema problems of a broken playbook where the CLI shows them, in the CLI words', async () => {
    const { diagnostics } = await editor.open('playbooks/broken.yaml');
    expect(diagnostics.map((diagnostic) => diagnostic.message).join('\n')).not.toMatch(/Unable to load schema|does not match the pattern/);
    const at = (line: number, character: number) => diagnostics.filter((diagnostic) => diagnostic.range.start.line === line && diagnostic.range.start.character === character);

    // id: Refund_Delay (line 4, the value at column 5), due: tomorrow (line 18, column 18), kind: empaty (line 14, column 19).
    expect(at(3, 4).map((diagnostic) => diagnostic.message)).toEqual([expect.stringMatching(/^Not a valid id: use kebab-case \(lowercase letters, digits and hyphens\).*올바른 id가 아닙니다/)]);
    expect(at(17, 17).map((diagnostic) => diagnostic.message)).toEqual([expect.stringMatching(/^Not a duration: use ISO 8601 such as P1D or PT4H, or 30m \/ 4h \/ 2d\. 기간 형식이 아닙니다/)]);
    expect(at(13, 18).map((diagnostic) => diagnostic.message)).toEqual([expect.stringMatching(/empathy/)]);

    // The CLI reports the same three problems at the same places (1-based lines and UTF-16 columns).
    const cli = await runInProcess(['validate', '--format', 'json', 'playbooks/broken.yaml'], { cwd: dir });
    const [result] = JSON.parse(cli.stdout) as { messages: { line: number; column: number; message: string }[] }[];
    const cliPlaces = result!.messages.map((message) => `${message.line - 1}:${message.column - 1}`).sort();
    expect(cliPlaces).toEqual(['13:18', '17:17', '3:4']);
    for (const place of cliPlaces) {
      const [line, character] = place.split(':').map(Number) as [number, number];
      expect(at(line, character)).toHaveLength(1);
    }
    expect(diagnostics).toHaveLength(3);
  }, 60_000);

  it('shows the field description on hover', async () => {
    const { uri } = await editor.open('playbooks/broken.yaml');
    const schema = JSON.parse(readFileSync(path.join(repoRoot, 'schemas/playbook.schema.json'), 'utf8')) as { properties: { channels: { description: string } } };
    expect(await editor.hover(uri, 5, 2)).toContain(schema.properties.channels.description.slice(0, 40));
  }, 60_000);
});
