// Every word in one home per layer: Korean text (Hangul) appears in product code
// only inside a layer's messages/ folder (language-server/messages/ko.ts,
// simulator/messages/ko.ts, interop/messages/ko.ts, extension/webview/app/messages/ko.ts;
// the extension host's words are in l10n/ and package.nls.*.json), and the server,
// CLI, simulator and change plan pick a language through a catalogue (byLocale)
// rather than comparing the locale with 'en' or 'ko'.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { posix, PRODUCT, REPO, typeScriptFiles } from './product-files.js';

/** Where a locale may not be compared by hand: the extension host follows VS Code's own l10n. */
const PICK_BY_CATALOGUE = ['simulator', 'language-server', 'cli', 'interop'];

const HANGUL = /[\uAC00-\uD7A3\u1100-\u11FF\u3130-\u318F]/;
const LOCALE_COMPARISON = /[=!]==\s*'(?:en|ko)'|'(?:en|ko)'\s*[=!]==/;

const inMessages = (file: string) => file.split('/').includes('messages');

/** Each rule broken, as `file:line: why`. */
function violations(file: string, text: string): string[] {
    const found: string[] = [];
    text.split('\n').forEach((line, i) => {
        if (HANGUL.test(line) && !inMessages(file)) found.push(`${file}:${i + 1}: Korean text belongs in the layer's messages/ catalogue`);
        if (LOCALE_COMPARISON.test(line) && !inMessages(file) && PICK_BY_CATALOGUE.some((top) => file.startsWith(`${top}/`))) {
            found.push(`${file}:${i + 1}: pick by locale with byLocale or the catalogue`);
        }
    });
    return found;
}

const files = PRODUCT.flatMap((top) => typeScriptFiles(join(REPO, top))).map((path) => ({ file: posix(relative(REPO, path)), text: readFileSync(path, 'utf8') }));

describe('the words of the product', () => {
    test('are read, and the Korean catalogues hold Korean', () => {
        for (const catalogue of ['language-server/messages/ko.ts', 'simulator/messages/ko.ts', 'interop/messages/ko.ts', 'extension/webview/app/messages/ko.ts']) {
            const file = files.find((f) => f.file === catalogue);
            expect(file && HANGUL.test(file.text), catalogue).toBe(true);
        }
    });

    test('live in messages/ only, and are picked by catalogue', () => {
        expect(files.flatMap(({ file, text }) => violations(file, text))).toEqual([]);
    });
});

describe('the rules catch', () => {
    test('Korean outside messages/, in code or a comment, but not inside it', () => {
        expect(violations('language-server/lsp/hover/topic-hover.ts', "const title = '토픽';")).toHaveLength(1);
        expect(violations('simulator/steps.ts', '// 브로커')).toHaveLength(1);
        expect(violations('extension/webview/app/render-toolbar.ts', "text: '한국어'")).toHaveLength(1);
        expect(violations('language-server/messages/ko.ts', "cluster: '클러스터',")).toEqual([]);
        expect(violations('extension/webview/app/messages/index.ts', "ko: '한국어'")).toEqual([]);
    });

    test('a locale compared by hand in the server, CLI, simulator or change plan', () => {
        expect(violations('language-server/syntax/syntax-error-messages.ts', "const or = locale === 'ko' ? ' 또는 ' : ' or ';")).toHaveLength(2);
        expect(violations('cli/commands/plan.ts', "const lang = current === 'ko' ? 'ko' : 'en';")).toHaveLength(1);
        expect(violations('interop/change-plan.ts', "if ('en' !== locale) return;")).toHaveLength(1);
        expect(violations('language-server/messages/index.ts', "locale === 'ko'")).toEqual([]);
        expect(violations('extension/webview/view-locale.ts', "if (setting === 'en' || setting === 'ko') return setting;")).toEqual([]);
    });
});
