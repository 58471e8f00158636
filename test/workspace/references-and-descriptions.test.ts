// The linker's references (workspace/kafka-topology-linker.ts) and the scopes' node
// descriptions (scope/kafka-topology-node-descriptions.ts): Langium's fields and lazy
// parts, from instances of a class whose accessors live on its prototype.
import { EmptyFileSystem, type Reference } from 'langium';
import { describe, expect, test } from 'vitest';
import { URI } from 'vscode-uri';
import { isTopic, type Model } from '../../language-server/generated/ast.js';
import { createKafkaTopologyServices } from '../../language-server/kafka-topology-module.js';

const TEXT = `cluster c {
    brokers 1..3
    topic orders { }
    producer p { produces orders, missing }
}
`;

async function built() {
    const services = createKafkaTopologyServices(EmptyFileSystem);
    const document = services.shared.workspace.LangiumDocumentFactory.fromString<Model>(TEXT, URI.file('/ws/c.kafka'));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    const produces = document.parseResult.value.clusters[0].producers[0].items[0] as unknown as { topics: Reference[] };
    return { services, document, references: produces.topics };
}

describe('references', () => {
    test('share their accessors (an object literal with getters of its own would be a slow dictionary object)', async () => {
        const { references } = await built();
        const [first, second] = references;
        expect(Object.getOwnPropertyDescriptor(first, 'ref')).toBeUndefined();
        expect(Object.getPrototypeOf(first)).toBe(Object.getPrototypeOf(second));
        expect(Object.getOwnPropertyNames(Object.getPrototypeOf(first))).toEqual(expect.arrayContaining(['ref', 'error', '$nodeDescription']));
    });

    test('resolve as Langium resolves them: target, description, error, and again lazily once unlinked', async () => {
        const { services, document, references } = await built();
        const [orders, missing] = references;
        expect(isTopic(orders.ref) && orders.ref.name).toBe('orders');
        expect(orders.$nodeDescription?.name).toBe('orders');
        expect(orders.error).toBeUndefined();
        expect(missing.ref).toBeUndefined();
        expect(missing.error?.message).toContain('missing');

        services.KafkaTopology.references.Linker.unlink(document);
        expect(document.references).toEqual([]);
        expect(orders.$nodeDescription).toBeUndefined();
        // Read again, the reference resolves itself and is listed with the document's references.
        expect(isTopic(orders.ref) && orders.ref.name).toBe('orders');
        expect(document.references).toEqual([orders]);
    });
});

describe('node descriptions', () => {
    test('share their accessor, and give the name segment and the node as Langium does', async () => {
        const { references } = await built();
        const [orders] = references;
        const description = orders.$nodeDescription!;
        expect(Object.getOwnPropertyDescriptor(description, 'nameSegment')).toBeUndefined();
        expect(description).toMatchObject({ name: 'orders', type: 'Topic', path: expect.stringContaining('/topics@0') });
        expect(description.node).toBe(orders.ref);
        expect(description.documentUri.path).toBe('/ws/c.kafka');
        // `    topic orders { }` is line 3 (0-based 2): the name is at columns 10–16, the whole block from column 4.
        expect(description.nameSegment?.range).toEqual({ start: { line: 2, character: 10 }, end: { line: 2, character: 16 } });
        expect(description.selectionSegment?.range.start).toEqual({ line: 2, character: 4 });
    });
});
