// The seams between the rooms, enforced: the simulator is reached through its
// index and imports nothing outside itself; only the extension talks to VS Code;
// the webview sees the rest of the product only through the protocol module.
// Reads every import of the product code with TypeScript's own pre-processor.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { posix, PRODUCT, REPO, typeScriptFiles } from './product-files.js';

/** The protocol, and the patch of a failover view that its answers may be. */
const PROTOCOL = new Set(['language-server/protocol.ts', 'language-server/view-patch.ts']);

interface Import {
    /** The importing file, relative to the repository, with `/`. */
    readonly from: string;
    /** What is written in the import. */
    readonly specifier: string;
    /** For a relative import, the file it reaches (relative to the repository). */
    readonly target?: string;
}

function resolveRelative(fromFile: string, specifier: string): string {
    const base = resolve(dirname(join(REPO, fromFile)), specifier.replace(/\.js$/, ''));
    for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) {
        try {
            if (statSync(candidate).isFile()) return posix(relative(REPO, candidate));
        } catch {
            // try the next
        }
    }
    return posix(relative(REPO, base));
}

function importsOf(file: string, text: string): Import[] {
    return ts.preProcessFile(text, true, true).importedFiles.map(({ fileName }) =>
        fileName.startsWith('.') ? { from: file, specifier: fileName, target: resolveRelative(file, fileName) } : { from: file, specifier: fileName }
    );
}

const inside = (file: string, folder: string) => file.startsWith(`${folder}/`);
const isWebview = (file: string) => inside(file, 'extension/webview');
const isBrowserApp = (file: string) => inside(file, 'extension/webview/app');

/** Every import that crosses a seam the wrong way, as `file: specifier (why)`. */
function violations(imports: readonly Import[]): string[] {
    const found: string[] = [];
    for (const { from, specifier, target } of imports) {
        const report = (why: string) => found.push(`${from}: ${specifier} (${why})`);
        if (target && !inside(from, 'simulator') && inside(target, 'simulator') && target !== 'simulator/index.ts') {
            report('reach the simulator through simulator/index.ts');
        }
        if (inside(from, 'simulator') && (!target || !inside(target, 'simulator'))) {
            report('the simulator is pure: it imports only its own files');
        }
        if ((specifier === 'vscode' || specifier.startsWith('vscode-languageclient')) && !inside(from, 'extension')) {
            report('only extension/ talks to VS Code');
        }
        if (isWebview(from) && target && !isWebview(target) && !PROTOCOL.has(target)) {
            report('the webview sees the product only through language-server/protocol.ts (and view-patch.ts)');
        }
        if (isBrowserApp(from) && !target && !specifier.endsWith('.css')) {
            report('the browser app bundles no packages');
        }
    }
    return found;
}

const productImports: Import[] = PRODUCT.flatMap((top) =>
    typeScriptFiles(join(REPO, top)).flatMap((path) => importsOf(posix(relative(REPO, path)), readFileSync(path, 'utf8')))
);

describe('the product code', () => {
    test('is read: every room has files and imports', () => {
        for (const top of ['simulator', 'language-server', 'cli', 'extension']) {
            expect(productImports.some((i) => inside(i.from, top)), top).toBe(true);
        }
    });

    test('crosses no seam the wrong way', () => {
        expect(violations(productImports)).toEqual([]);
    });
});

describe('the rules catch', () => {
    const one = (from: string, specifier: string) => violations(importsOf(from, `import { x } from '${specifier}';`));

    test('a deep import into the simulator, but not its index or an import inside it', () => {
        expect(one('cli/commands/simulate.ts', '../../simulator/scenario.js')).toHaveLength(1);
        expect(one('cli/commands/simulate.ts', '../../simulator/index.js')).toEqual([]);
        expect(one('simulator/steps.ts', './state.js')).toEqual([]);
    });

    test('the simulator importing a package or the server', () => {
        expect(one('simulator/steps.ts', 'langium')).toHaveLength(1);
        expect(one('simulator/steps.ts', '../language-server/protocol.js')).toHaveLength(1);
    });

    test('vscode outside extension/', () => {
        expect(one('language-server/main.ts', 'vscode')).toHaveLength(1);
        expect(one('cli/main.ts', 'vscode-languageclient/node.js')).toHaveLength(1);
        expect(one('extension/main.ts', 'vscode')).toEqual([]);
    });

    test('the webview importing past the protocol', () => {
        expect(one('extension/webview/app/labels.ts', '../../../simulator/index.js')).toHaveLength(1);
        expect(one('extension/webview/messages.ts', '../../language-server/failover/failover-messages.js')).toHaveLength(1);
        expect(one('extension/webview/app/labels.ts', '../../../language-server/protocol.js')).toEqual([]);
        expect(one('extension/webview/app/main.ts', '../messages.js')).toEqual([]);
        expect(one('extension/webview/app/main.ts', 'node:crypto')).toHaveLength(1);
    });
});
