// Every fixable rule: the preferred quick fix, applied, makes the diagnostic go
// away without introducing a syntax error.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { afterEach, describe, expect, test } from 'vitest';
import { FIXABLE_CODES } from '../../language-server/lsp/kafka-topology-code-action-provider.js';
import { ALL_ISSUE_CODES, IssueDefinitions } from '../../language-server/validation/issue-codes.js';
import { language, reset, validate } from '../support/language.js';

afterEach(async () => {
    language.kafka.Locale.set('en');
    await reset();
});

const three = 'broker 1 broker 2 broker 3';
const racked = 'broker 1 { rack "a" } broker 2 { rack "b" } broker 3 { rack "c" }';

const CASES: Array<[code: string, text: string]> = [
    ['quorum-even', `cluster c {\n    broker 1\n    broker 2\n    broker 3\n    broker 4\n}\n`],
    ['quorum-even', `cluster c {\n    controllers 4\n    ${three}\n}\n`],
    ['quorum-even', `cluster c {\n    brokers 1..4 { racks "a", "b" }\n}\n`],
    ['quorum-too-small', `cluster c {\n    ${racked.split(' broker 2')[0]}\n}\n`],
    ['quorum-too-small', `cluster c {\n    controllers 1\n    ${three}\n}\n`],
    ['no-brokers', `cluster c {\n    profile development\n}\n`],
    ['unsupported-in-version', `cluster c {\n    kafka-version 5.7\n    ${three}\n}\n`],
    ['unsupported-in-version', `cluster c {\n    kafka-version 4.1\n    features { share.version = 3 }\n    ${three}\n}\n`],
    ['unsupported-in-version', `cluster c {\n    kafka-version 4.1\n    ${three}\n    share-group s { }\n}\n`],
    ['unsupported-in-version', `cluster c {\n    kafka-version 4.0\n    ${three}\n    share-group s { }\n}\n`],
    ['unsupported-in-version', `cluster c {\n    kafka-version 3.9\n    ${three}\n    consumer-group g { protocol consumer }\n}\n`],
    ['unsupported-in-version', `cluster c {\n    kafka-version 4.1\n    features { group.version = 0 }\n    ${three}\n    consumer-group g { protocol consumer }\n}\n`],
    ['invalid-partitions', `cluster c { ${three} topic t { partitions 0 replication-factor 3 min-insync-replicas 2 } }`],
    ['invalid-replication-factor', `cluster c { ${three} topic t { replication-factor 0 } }`],
    ['replication-factor-exceeds-brokers', `cluster c { ${three} topic t {\n    replication-factor 5\n    min-insync-replicas 2\n} }`],
    ['replication-factor-too-low', `cluster c { ${three} topic t { replication-factor 2 min-insync-replicas 1 } }`],
    ['invalid-min-insync', `cluster c { ${three} topic t { replication-factor 3 min-insync-replicas 0 } }`],
    ['min-insync-exceeds-replication-factor', `cluster c { ${three} topic t { replication-factor 3 min-insync-replicas 4 } }`],
    ['min-insync-equals-replication-factor', `cluster c { ${three} topic t { replication-factor 3 min-insync-replicas 3 } }`],
    ['min-insync-equals-replication-factor', `cluster c { ${three} topic t {\n    replication-factor 3\n    config { min.insync.replicas = 3 }\n} }`],
    ['min-insync-too-low', `cluster c {\n    ${three}\n    topic t {\n        replication-factor 3\n    }\n}\n`],
    ['min-insync-too-low', `cluster c {\n    ${three}\n    defaults { replication-factor 3 }\n    topic t { }\n}\n`],
    ['total-order-needs-one-partition', `cluster c { ${three} topic t { partitions 6 replication-factor 3 min-insync-replicas 2 ordering total } }`],
    ['unknown-config', `cluster c { ${three} topic t { replication-factor 3 min-insync-replicas 2 config { retention.msec = 7d } } }`],
    ['config-shadows-property', `cluster c { ${three} topic t {\n    replication-factor 3\n    min-insync-replicas 2\n    config {\n        min.insync.replicas = 2\n    }\n} }`],
    ['unclean-election-enabled', `cluster c { ${three} topic t { replication-factor 3 min-insync-replicas 2 config { unclean.leader.election.enable = true } } }`],
    ['unresolved-reference', `cluster c { ${three} defaults { replication-factor 3 min-insync-replicas 2 } topic orders { } producer p { produces ordrs } }`],
    ['unresolved-reference', `cluster c { ${racked} defaults { replication-factor 3 min-insync-replicas 2 } scenario s { fail rack "aa" } }`],
    ['acks-may-lose-data', `cluster c { ${three} defaults { replication-factor 3 min-insync-replicas 2 } topic t { } producer p {\n    produces t\n    acks 1\n} }`],
    ['invalid-acks', `cluster c { ${three} defaults { replication-factor 3 min-insync-replicas 2 } topic t { } producer p { produces t acks 2 } }`],
    ['idempotent-needs-acks-all', `cluster c { ${three} defaults { replication-factor 3 min-insync-replicas 2 } topic t { } producer p {\n    produces t\n    acks 0\n    idempotent true\n} }`],
    ['missing-record-key', `cluster c { ${three} defaults { replication-factor 3 min-insync-replicas 2 } topic t { ordering key orderId } producer p {\n    produces t\n} }`],
    ['idle-consumers', `cluster c { ${three} defaults { replication-factor 3 min-insync-replicas 2 } topic t { partitions 3 } consumer-group g { consumes t members 5 } }`],
    ['idle-consumers', `cluster c { ${three} defaults { replication-factor 3 min-insync-replicas 2 } topic t { partitions 2 } consumer-group g { consumes t members [x, y, z] } }`],
    ['assignor-protocol-mismatch', `cluster c { ${three} defaults { replication-factor 3 min-insync-replicas 2 } topic t { partitions 3 } consumer-group g {\n    consumes t\n    members 3\n    assignor uniform\n} }`],
    ['assignor-protocol-mismatch', `cluster c { ${three} defaults { replication-factor 3 min-insync-replicas 2 } topic t { partitions 3 } consumer-group g { consumes t members 3 protocol consumer assignor cooperative-sticky } }`],
    ['uneven-consumer-load', `cluster c { ${three} defaults { replication-factor 3 min-insync-replicas 2 partitions 3 } topic a { } topic b { } consumer-group g { consumes a, b members 2 } }`],
    ['duplicate-property', `cluster c { ${three} topic t {\n    partitions 3\n    replication-factor 3\n    min-insync-replicas 2\n    partitions 6\n} }`],
    ['expectation-depends-on-placement', `cluster c {\n    profile development\n    controllers 3\n    ${three}\n    topic orders {\n        partitions 1\n        replication-factor 2\n    }\n    scenario s {\n        fail broker 1\n        fail broker 2\n        expect orders readable\n    }\n}\n`],
    ['scenario-no-effect', `cluster c { ${three} defaults { replication-factor 3 min-insync-replicas 2 } scenario s {\n    fail broker 1\n    fail broker 1\n} }`]
];

async function fixesFor(text: string, code: string, locale: 'en' | 'ko' = 'en'): Promise<{ diagnostic: Diagnostic; actions: CodeAction[]; document: TextDocument }> {
    const { document, diagnostics } = await validate(text, locale);
    const diagnostic = diagnostics.find((d) => d.code === code);
    expect(diagnostic, `${code} is reported`).toBeDefined();
    const actions = (await language.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() },
        range: diagnostic!.range,
        context: { diagnostics: [diagnostic!] }
    })) as CodeAction[];
    return { diagnostic: diagnostic!, actions, document: TextDocument.create('file:///fixed.kafka', 'kafka-topology', 1, text) };
}

describe('quick fixes', () => {
    test('every rule marked with a fix has one', () => {
        const fixable = ALL_ISSUE_CODES.filter((code) => IssueDefinitions[code].fixable);
        expect([...FIXABLE_CODES].sort()).toEqual(fixable.sort());
    });

    test.each(CASES)('%s: the preferred fix removes it', async (code, text) => {
        const { actions, document } = await fixesFor(text, code);
        const preferred = actions.find((a) => a.isPreferred) ?? actions[0];
        expect(preferred, `a fix for ${code}`).toBeDefined();
        const edits = preferred.edit!.changes![Object.keys(preferred.edit!.changes!)[0]];
        const fixed = TextDocument.applyEdits(document, edits);
        await reset();
        const after = await validate(fixed);
        expect(after.diagnostics.map((d) => d.code), `after '${preferred.title}':\n${fixed}`).not.toContain(code);
        expect(after.diagnostics.map((d) => d.code)).not.toContain('syntax-error');
    });

    test('titles follow the locale', async () => {
        const { actions } = await fixesFor(`cluster c { ${three} topic t { partitions 0 replication-factor 3 min-insync-replicas 2 } }`, 'invalid-partitions', 'ko');
        expect(actions[0].title).toBe('partitions 1로 설정');
    });

    test('quorum-even offers adding and removing a voter', async () => {
        const { actions } = await fixesFor(`cluster c {\n    broker 1\n    broker 2\n    broker 3\n    broker 4\n}\n`, 'quorum-even');
        expect(actions.map((a) => a.title)).toEqual(['Add broker 5', 'Remove broker 4']);
    });

    test('a new broker joins the least used rack, so racks stay complete', async () => {
        const { actions, document } = await fixesFor(`cluster c {\n    broker 1 { rack "a" }\n    broker 2 { rack "b" }\n    broker 3 { rack "a" }\n    broker 4 { rack "a" }\n}\n`, 'quorum-even');
        const fixed = TextDocument.applyEdits(document, Object.values(actions[0].edit!.changes!)[0]);
        expect(fixed).toContain('    broker 5 { rack "b" }\n');
    });

    test('idempotent-needs-acks-all rewrites the acks that counts, and adds none', async () => {
        const text = `cluster c { ${three} topic t { } producer p {\n    produces t\n    acks 1\n    idempotent true\n} }`;
        const { actions, document } = await fixesFor(text, 'idempotent-needs-acks-all');
        const fixed = TextDocument.applyEdits(document, Object.values(actions[0].edit!.changes!)[0]);
        expect(fixed).toBe(text.replace('acks 1', 'acks all'));
    });
});
