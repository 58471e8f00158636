// ESLint 9 flat config: typescript-eslint's type-aware recommended rules. The
// project service checks each TypeScript file against the tsconfig.json
// nearest to it, so every runtime is linted with its own types (Node for the
// server, simulator and CLI; vscode for the extension; DOM for the webview).
// Rules below are turned off only where the code deliberately does otherwise;
// each says why.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
    {
        ignores: ['out/**', 'node_modules/**', 'language-server/generated/**', '.vscode-test/**', 'test-output/**', 'bench/tmp/**']
    },
    js.configs.recommended,
    tseslint.configs.recommendedTypeChecked,
    {
        languageOptions: {
            parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
        },
        rules: {
            // The TypeScript compiler already resolves every name, per runtime.
            'no-undef': 'off',
            // Message catalogues, render contexts and Langium's ValidationRegistry
            // hand functions around as values: catalogue entries and ctx.post are
            // declared with method shorthand but never read `this`, and the
            // registry binds each check to its validator (registry.register(checks, validator)).
            '@typescript-eslint/unbound-method': 'off',
            // Overrides of Langium's async provider API (hover, rename, symbols,
            // scope computation) and VS Code's serializer answer synchronously
            // inside the Promise their interface requires.
            '@typescript-eslint/require-await': 'off',
            // Same convention as tsc's noUnusedParameters: a leading underscore
            // marks a parameter an interface makes us accept.
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }]
        }
    },
    {
        // Tests read JSON (CLI output, Kafka vectors, fixtures) as `any` on
        // purpose: a wrong shape fails the assertion that reads it.
        files: ['test/**/*.ts'],
        rules: {
            '@typescript-eslint/no-unsafe-member-access': 'off',
            '@typescript-eslint/no-unsafe-assignment': 'off',
            '@typescript-eslint/no-unsafe-argument': 'off',
            '@typescript-eslint/no-unsafe-call': 'off',
            '@typescript-eslint/no-unsafe-return': 'off'
        }
    },
    {
        // Build scripts and test harnesses in plain JavaScript: no types to check
        // against, Node globals; the UI checks also run code inside the page.
        files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
        extends: [tseslint.configs.disableTypeChecked],
        languageOptions: {
            globals: { ...globals.node, ...globals.browser }
        },
        rules: {
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }]
        }
    },
    {
        // The fixture extension for the VS Code suite is CommonJS on purpose
        // (loaded by the extension host without a bundler).
        files: ['**/*.cjs'],
        languageOptions: { sourceType: 'commonjs' },
        rules: { '@typescript-eslint/no-require-imports': 'off' }
    }
);
