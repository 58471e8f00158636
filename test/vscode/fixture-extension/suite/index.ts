// The harness self-test's suite (node test/vscode/run.mjs --self-test): the same
// runner and helpers as the real suite, against the fixture extension.
import { runMocha } from '../../suite/mocha-runner';

export function run(): Promise<void> {
    return runMocha(async () => {
        await import('./fixture.test');
    });
}
