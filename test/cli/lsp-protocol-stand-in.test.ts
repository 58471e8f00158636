// The CLI's bundle takes Langium's two values of the LSP protocol library from a stand-in
// (esbuild.mjs): they must be the library's.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import * as protocol from 'vscode-languageserver-protocol';
import * as standIn from '../../cli/lsp-protocol-stand-in.js';

describe('the CLI bundle\'s stand-in for the LSP protocol library', () => {
    test('its error codes are the library\'s', () => {
        for (const [name, code] of Object.entries(standIn.LSPErrorCodes)) {
            expect(protocol.LSPErrorCodes[name as keyof typeof protocol.LSPErrorCodes], name).toBe(code);
        }
    });

    test('its ResponseError is the library\'s class', () => {
        expect(standIn.ResponseError).toBe(protocol.ResponseError);
    });

    test('it has every value Langium\'s document builder imports from the library', () => {
        const builder = readFileSync(new URL('../../node_modules/langium/lib/workspace/document-builder.js', import.meta.url), 'utf8');
        const imported = [...builder.matchAll(/import \{([^}]*)\} from 'vscode-languageserver-protocol'/g)].flatMap((m) => m[1].split(',').map((n) => n.trim()));
        expect(imported.length).toBeGreaterThan(0);
        for (const name of imported) expect(Object.keys(standIn), name).toContain(name);
        // And the codes it uses: each one the stand-in has.
        const codes = [...builder.matchAll(/LSPErrorCodes\.(\w+)/g)].map((m) => m[1]);
        for (const code of codes) expect(Object.keys(standIn.LSPErrorCodes), code).toContain(code);
    });
});
