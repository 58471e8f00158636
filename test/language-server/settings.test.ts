// The kafkaTopology.* settings reach the server with `initialize` and with
// configuration changes, and change what it reports.
import { afterEach, expect, test } from 'vitest';
import { LspClient } from '../support/lsp-client.js';
import { SERVER } from '../support/markers.js';

const started: LspClient[] = [];
afterEach(async () => {
    await Promise.all(started.splice(0).map((c) => c.stop()));
});

async function start(settings: unknown, locale = 'en'): Promise<LspClient> {
    const client = await LspClient.start(SERVER, locale, { locale, settings });
    started.push(client);
    return client;
}

const laptop = 'cluster laptop {\n    broker 1\n    topic t { }\n    scenario s { fail broker 1 expect t writable }\n}\n';

test('defaultProfile applies to clusters without a profile', async () => {
    const production = await start({ defaultProfile: 'production' });
    let published = production.nextDiagnostics('file:///a.kafka');
    production.open('file:///a.kafka', laptop);
    expect((await published).map((d) => d.code)).toContain('quorum-too-small');

    const development = await start({ defaultProfile: 'development' });
    published = development.nextDiagnostics('file:///a.kafka');
    development.open('file:///a.kafka', laptop);
    expect((await published).map((d) => d.code)).not.toContain('quorum-too-small');
});

test('analysis off skips scenario runs; a configuration change re-validates', async () => {
    const client = await start({ analysis: { enabled: false } });
    let published = client.nextDiagnostics('file:///b.kafka');
    client.open('file:///b.kafka', laptop);
    expect((await published).map((d) => d.code)).not.toContain('scenario-expectation-failed');

    published = client.nextDiagnostics('file:///b.kafka');
    client.notify('workspace/didChangeConfiguration', { settings: { kafkaTopology: { analysis: { enabled: true } } } });
    expect((await published).map((d) => d.code)).toContain('scenario-expectation-failed');
});

test('language overrides the client locale', async () => {
    const client = await start({ language: 'ko' }, 'en');
    const published = client.nextDiagnostics('file:///c.kafka');
    client.open('file:///c.kafka', laptop);
    const tooSmall = (await published).find((d) => d.code === 'quorum-too-small');
    expect(tooSmall?.message).toMatch(/쿼럼/);
});
