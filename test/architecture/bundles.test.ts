// What the Node processes load at start: bundles V8 can hold as one-byte source,
// and no Kafka client until a command reads a live cluster.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { language } from '../support/language.js';
import { posix, PRODUCT, REPO, typeScriptFiles } from './product-files.js';

/** The bundles `node esbuild.mjs` writes for Node (extension host, language server, the CLI's launcher and program). */
const NODE_BUNDLES = ['out/extension/main.cjs', 'out/language-server/main.cjs', 'out/cli/main.cjs', 'out/cli/program.cjs'];

describe('what the Node processes load', () => {
    test.each(NODE_BUNDLES)('%s is ASCII (one non-ASCII character would double the memory its source takes)', (bundle) => {
        const text = readFileSync(join(REPO, bundle), 'utf8');
        const found = /[\u0080-\uffff]/.exec(text);
        expect(found && text.slice(Math.max(0, found.index - 40), found.index + 40)).toBeNull();
    });

    test('kafkajs is imported for its types only; its code is loaded when a cluster is read', () => {
        const valueImports: string[] = [];
        for (const folder of PRODUCT) {
            for (const file of typeScriptFiles(join(REPO, folder))) {
                const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
                for (const statement of source.statements) {
                    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier) || statement.moduleSpecifier.text !== 'kafkajs') continue;
                    if (!statement.importClause?.isTypeOnly) valueImports.push(posix(file.slice(REPO.length + 1)));
                }
            }
        }
        expect(valueImports).toEqual([]);
    });

    // The protocol library names every LSP method; its JSON-RPC transports spawn and connect.
    test('the CLI bundles no LSP library and no editor feature; the language server does', () => {
        const marks = (bundle: string) => {
            const text = readFileSync(join(REPO, bundle), 'utf8');
            return ['textDocument/completion', 'workspace/didChangeWatchedFiles', 'require("child_process")', 'KafkaTopologyCompletionProvider']
                .filter((mark) => text.includes(mark));
        };
        expect(marks('out/cli/program.cjs')).toEqual([]);
        // Not minified: the provider keeps its name.
        expect(marks('out/language-server/main.cjs')).toHaveLength(4);
    });

    // Chevrotain checks the grammar when a parser is made: the tests do it, the shipped processes skip it.
    test('the tests make the parser in development mode, which checks the grammar', () => {
        expect(language.LanguageMetaData.mode).toBe('development');
    });

    test.each(['out/language-server/main.cjs', 'out/cli/program.cjs'])('%s makes its parser in production mode', (bundle) => {
        const text = readFileSync(join(REPO, bundle), 'utf8');
        // `{ ...KafkaTopologyLanguageMetaData, mode: … }`, whatever the minifier named the spread object.
        const modes = [...text.matchAll(/\{\s*\.\.\.[\w$]+,\s*mode:\s*([^,}]*)\}/g)].map((m) => m[1].trim());
        expect(modes).toEqual([expect.stringMatching(/^(true \? )?"production"/)]);
    });
});
