// "Save as scenario": the timeline written back into the file as a `scenario`
// block that parses, validates and replays to the same steps.
import { TextDocument } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import { afterEach, describe, expect, test } from 'vitest';
import type { TimelineItem } from '../../language-server/protocol.js';
import { reset, validate } from '../support/language.js';
import { expectation, failBroker, open, requests, sample, step } from './helpers.js';

afterEach(reset);

function applyEdits(text: string, uri: string, edits: Record<string, TextEdit[]> | undefined): string {
    expect(Object.keys(edits ?? {})).toEqual([uri]);
    return TextDocument.applyEdits(TextDocument.create(uri, 'kafka-topology', 1, text), edits![uri]);
}

const drill: TimelineItem[] = [
    failBroker(1),
    expectation({ kind: 'topic', topic: 'order-created', condition: 'writable' }),
    step({ kind: 'fail-rack', rack: 'az-2' }),
    expectation({ kind: 'quorum', present: false }),
    step({ kind: 'member-leave', group: 'order-service', member: 'A-3' }),
    step({ kind: 'elect-preferred' })
];

describe('saveScenario', () => {
    test('appends the block at the end of the cluster, indented like its members, and it replays the same steps', async () => {
        const text = sample('order-platform.kafka');
        const uri = await open(text);
        const result = await requests.saveScenario({ uri, cluster: 'order-platform', name: 'my drill', items: drill });
        expect(result.problem).toBeUndefined();
        expect(result.text).toBe(
            [
                '    scenario "my drill" {',
                '        fail broker 1',
                '        expect order-created writable',
                '        fail rack "az-2"',
                '        expect no quorum',
                '        fail member A-3 in order-service',
                '        elect-preferred',
                '    }',
                ''
            ].join('\n')
        );
        const updated = applyEdits(text, uri, result.edit!.changes);
        expect(updated.startsWith(text.slice(0, text.lastIndexOf('}')))).toBe(true);
        expect(updated.endsWith(`    }\n\n${result.text}}\n`)).toBe(true);
        expect(updated.split('\n')[result.line!]).toBe('    scenario "my drill" {');

        const { diagnostics } = await validate(updated);
        expect(diagnostics.filter((d) => d.severity === 1)).toEqual([]);
        const reloaded = await open(updated);
        const { items } = await requests.scenarioSteps({ uri: reloaded, cluster: 'order-platform', scenario: 'my drill' });
        expect(items!.map((i) => (i.kind === 'step' ? i.step : i.expectation))).toEqual(drill.map((i) => (i.kind === 'step' ? i.step : i.expectation)));
    });

    test('a one-line cluster is broken open; CRLF files stay CRLF; a tab-indented file stays tabbed', async () => {
        const oneLine = 'cluster c { profile development broker 1 }\n';
        const uri = await open(oneLine);
        const r = await requests.saveScenario({ uri, cluster: 'c', name: 's', items: [failBroker(1)] });
        expect(applyEdits(oneLine, uri, r.edit!.changes)).toBe('cluster c { profile development broker 1 \n\n    scenario s {\n        fail broker 1\n    }\n}\n');
        expect(r.line).toBe(2);

        const crlf = 'cluster c {\r\n\tprofile development\r\n\tbroker 1\r\n}\r\n';
        const uri2 = await open(crlf);
        const r2 = await requests.saveScenario({ uri: uri2, cluster: 'c', name: 's', items: [failBroker(1)] });
        expect(applyEdits(crlf, uri2, r2.edit!.changes)).toBe('cluster c {\r\n\tprofile development\r\n\tbroker 1\r\n\r\n\tscenario s {\r\n\t\tfail broker 1\r\n\t}\r\n}\r\n');
        expect(r2.line).toBe(4);
    });

    test('refuses a taken name, a timeline without steps, an unknown cluster (in the server language)', async () => {
        const uri = await open(sample('order-platform.kafka'));
        expect(await requests.saveScenario({ uri, cluster: 'order-platform', name: 'two-brokers-die', items: drill })).toEqual({
            problem: 'The cluster already has a scenario named two-brokers-die.'
        });
        expect(await requests.saveScenario({ uri, cluster: 'order-platform', name: 'x', items: [expectation({ kind: 'no-data-loss' })] })).toEqual({
            problem: 'There is no step to save.'
        });
        expect((await requests.saveScenario({ uri, cluster: 'other', name: 'x', items: drill })).problem).toBe('The file has no cluster named other.');
    });
});
