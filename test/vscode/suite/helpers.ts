// Helpers for the extension-host tests: polling (never fixed sleeps), the
// `// expect: code[, code]` markers of example files, diagnostics by line,
// screenshots taken by the harness, and which copy of the extension is loaded.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export interface WaitOptions {
    timeout?: number;
    interval?: number;
    message?: string | (() => string);
}

/** Polls `probe` until it returns something truthy (returned) or the timeout passes (throws). */
export async function waitFor<T>(probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, options: WaitOptions = {}): Promise<T> {
    const { timeout = 20_000, interval = 100 } = options;
    const deadline = Date.now() + timeout;
    let lastError: unknown;
    for (;;) {
        try {
            const value = await probe();
            if (value) return value;
        } catch (e) {
            lastError = e;
        }
        if (Date.now() > deadline) {
            const message = typeof options.message === 'function' ? options.message() : options.message;
            throw new Error(`timed out after ${timeout} ms: ${message ?? 'condition not met'}${lastError ? ` (last error: ${lastError instanceof Error ? lastError.message : JSON.stringify(lastError)})` : ''}`);
        }
        await new Promise((r) => setTimeout(r, interval));
    }
}

/** A diagnostic's code as a string (`code` may be a string, a number or `{ value, target }`). */
export function codeOf(d: vscode.Diagnostic): string {
    const c = d.code;
    return String(typeof c === 'object' && c !== null ? c.value : (c ?? ''));
}

export type CodesByLine = Record<number, string[]>;

/** `// expect: a, b` at the end of a line: that (0-based) line must carry exactly these codes. */
export function expectedCodes(text: string): CodesByLine {
    const out: CodesByLine = {};
    text.split(/\r?\n/).forEach((line, i) => {
        const m = /\/\/\s*expect:\s*(.+)$/.exec(line);
        if (m) out[i] = m[1].split(',').map((s) => s.trim()).filter(Boolean).sort();
    });
    return out;
}

/** The codes of the diagnostics VS Code holds for `uri`, by start line. */
export function actualCodes(uri: vscode.Uri, filter: (d: vscode.Diagnostic) => boolean = () => true): CodesByLine {
    const out: CodesByLine = {};
    for (const d of vscode.languages.getDiagnostics(uri).filter(filter)) (out[d.range.start.line] ??= []).push(codeOf(d));
    for (const codes of Object.values(out)) codes.sort();
    return out;
}

/**
 * Waits until the diagnostics of `doc` are exactly what its `// expect:` markers
 * say (a file without markers must have none), then asserts it (so a mismatch
 * fails with a readable diff once the time is up).
 */
export async function expectMarkedDiagnostics(doc: vscode.TextDocument, options: WaitOptions & { filter?: (d: vscode.Diagnostic) => boolean } = {}): Promise<void> {
    const expected = expectedCodes(doc.getText());
    const same = () => JSON.stringify(actualCodes(doc.uri, options.filter)) === JSON.stringify(expected);
    await waitFor(same, { timeout: 30_000, ...options }).catch(() => undefined);
    assert.deepEqual(actualCodes(doc.uri, options.filter), expected, `diagnostics of ${vscode.workspace.asRelativePath(doc.uri)} (0-based line → codes)`);
}

/** Opens a file of the first workspace folder in an editor. */
export async function openWorkspaceFile(relativePath: string): Promise<vscode.TextDocument> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test window has no workspace folder');
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, relativePath));
    await vscode.window.showTextDocument(doc);
    return doc;
}

/**
 * Asks the harness to screenshot the workbench now into
 * test-output/screenshots/<name>.png, and waits until it is written. A no-op
 * (returns undefined) when no harness is listening, e.g. under @vscode/test-electron.
 */
export async function screenshot(name: string): Promise<string | undefined> {
    const base = process.env.EXT_TEST_HARNESS_URL;
    if (!base) return undefined;
    const r = await fetch(`${base}/screenshot?name=${encodeURIComponent(name)}`, { method: 'POST' });
    if (!r.ok) throw new Error(`screenshot ${name}: ${r.status} ${await r.text()}`);
    return ((await r.json()) as { path: string }).path;
}

/**
 * The extension under test, activated, after checking it was loaded from where
 * the harness says: the development folder, or the extensions folder the
 * packaged .vsix was installed into. Catches a VSIX run that silently tests
 * the working tree instead.
 */
export async function extensionUnderTest(id: string): Promise<vscode.Extension<unknown>> {
    const ext = await waitFor(() => vscode.extensions.getExtension(id), { timeout: 10_000, message: `extension ${id} is not loaded` });
    const mode = process.env.EXT_TEST_MODE;
    const where = process.env.EXT_TEST_EXTENSION_LOCATION;
    if (mode === 'vsix' && where) {
        assert.ok(ext.extensionPath.startsWith(where), `${id} should come from the installed .vsix in ${where}, but is loaded from ${ext.extensionPath}`);
    } else if (mode === 'development' && where) {
        assert.equal(ext.extensionPath, where, `${id} should be the development copy`);
    }
    if (!ext.isActive) await ext.activate();
    return ext;
}
