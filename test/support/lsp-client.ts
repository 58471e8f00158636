// A minimal LSP client over a child process's stdio, for tests and measurements.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import type { Diagnostic, Range } from 'vscode-languageserver';

type Message = { id?: number; method?: string; params?: unknown; result?: unknown; error?: unknown };

export class LspClient {
    private buffer = Buffer.alloc(0);
    private nextId = 1;
    private readonly pending = new Map<number, (message: Message) => void>();
    private readonly waiters: Array<{ uri: string; resolve: (d: Diagnostic[]) => void }> = [];
    readonly notifications: Message[] = [];

    constructor(private readonly process: ChildProcessWithoutNullStreams) {
        process.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    }

    /** Starts `node <serverModule> --stdio` and initializes it. */
    static async start(serverModule: string, locale = 'en', initializationOptions?: unknown, workspaceFolders?: Array<{ uri: string; name: string }>): Promise<LspClient> {
        const client = new LspClient(spawn(process.execPath, [serverModule, '--stdio'], { stdio: 'pipe' }));
        await client.initialize(locale, initializationOptions, workspaceFolders);
        return client;
    }

    /** The server's process id (to read its memory from /proc). */
    get pid(): number | undefined {
        return this.process.pid;
    }

    /** Shuts the server down politely, then makes sure it is gone. */
    async stop(): Promise<void> {
        try {
            await this.shutdown();
        } finally {
            this.process.kill();
        }
    }

    private receive(chunk: Buffer): void {
        this.buffer = Buffer.concat([this.buffer, chunk]);
        for (;;) {
            const headerEnd = this.buffer.indexOf('\r\n\r\n');
            if (headerEnd < 0) return;
            const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
            if (this.buffer.length < headerEnd + 4 + length) return;
            const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString()) as Message;
            this.buffer = this.buffer.subarray(headerEnd + 4 + length);
            this.dispatch(message);
        }
    }

    private dispatch(message: Message): void {
        if (message.id !== undefined && message.method === undefined) {
            this.pending.get(message.id)?.(message);
            this.pending.delete(message.id);
            return;
        }
        if (message.id !== undefined && message.method !== undefined) {
            // A request from the server (e.g. workspace/configuration): answer with nothing.
            this.send({ jsonrpc: '2.0', id: message.id, result: message.method === 'workspace/configuration' ? [] : null });
            return;
        }
        this.notifications.push(message);
        if (message.method === 'textDocument/publishDiagnostics') {
            const params = message.params as { uri: string; diagnostics: Diagnostic[] };
            const index = this.waiters.findIndex((w) => w.uri === params.uri);
            if (index >= 0) this.waiters.splice(index, 1)[0].resolve(params.diagnostics);
        }
    }

    private send(message: object): void {
        const body = JSON.stringify(message);
        this.process.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    }

    request<T>(method: string, params: unknown): Promise<T> {
        const id = this.nextId++;
        return new Promise((resolve, reject) => {
            this.pending.set(id, (m) => (m.error ? reject(new Error(JSON.stringify(m.error))) : resolve(m.result as T)));
            this.send({ jsonrpc: '2.0', id, method, params });
        });
    }

    notify(method: string, params: unknown): void {
        this.send({ jsonrpc: '2.0', method, params });
    }

    async initialize(locale = 'en', initializationOptions?: unknown, workspaceFolders?: Array<{ uri: string; name: string }>): Promise<unknown> {
        const result = await this.request('initialize', { processId: process.pid, rootUri: null, locale, capabilities: {}, workspaceFolders: workspaceFolders ?? null, initializationOptions });
        this.notify('initialized', {});
        return result;
    }

    /** The next diagnostics published for `uri`. */
    nextDiagnostics(uri: string): Promise<Diagnostic[]> {
        return new Promise((resolve) => this.waiters.push({ uri, resolve }));
    }

    open(uri: string, text: string): void {
        this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'kafka-topology', version: 1, text } });
    }

    change(uri: string, version: number, text: string): void {
        this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    }

    /** An incremental change, as editors send while typing: `range` of the old text becomes `text`. */
    changeRange(uri: string, version: number, range: Range, text: string): void {
        this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    }

    async shutdown(): Promise<void> {
        await this.request('shutdown', null);
        this.notify('exit', null);
    }
}
