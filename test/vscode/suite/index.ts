// Entry of the extension-host suite: `run()` is what VS Code calls for
// `extensionTestsPath` (under code-server via test/vscode/run.mjs, or under
// @vscode/test-electron where VS Code can be downloaded). Bundled by esbuild to
// out/test/vscode/suite/index.cjs; add every test module below.
import { runMocha } from './mocha-runner';

export function run(): Promise<void> {
    return runMocha(async () => {
        await import('./diagnostics.test');
        await import('./editor-features.test');
        await import('./interop.test');
        await import('./scenario-tests.test');
    });
}
