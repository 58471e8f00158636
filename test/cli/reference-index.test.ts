// The CLI's build skips Langium's reference index (cli/workspace.ts): no command asks
// who refers to what; nor does it keep the blocks' diagnostics for a next edit. Every
// diagnostic must be the same as with the index built and the blocks kept.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AstUtils } from 'langium';
import { expect, test } from 'vitest';
import { createServices, loadFiles } from '../../cli/workspace.js';
import { isTopic } from '../../language-server/generated/ast.js';
import type { KafkaTopologyDocumentValidator } from '../../language-server/validation/kafka-topology-document-validator.js';
import { REPO, SHARED } from '../support/markers.js';

const kafkaFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.kafka')).map((f) => join(dir, f));

async function diagnosticsOf(paths: readonly string[], referenceIndex: boolean) {
    const services = createServices('en');
    const index = services.shared.workspace.IndexManager;
    // createServices replaced the method on the instance; without that the class's own runs.
    if (referenceIndex) delete (index as { updateReferences?: unknown }).updateReferences;
    const blocks = (services.KafkaTopology.validation.DocumentValidator as KafkaTopologyDocumentValidator).blocks;
    blocks.enabled = referenceIndex;
    const loaded = await loadFiles(services, paths, 'check');
    const diagnostics = loaded.map((f) => [f.path, (f.document.diagnostics ?? []).map((d) => [d.code, d.range.start.line, d.range.start.character, d.message])]);
    const topics = loaded.flatMap((f) => AstUtils.streamAst(f.document.parseResult.value).filter(isTopic).toArray());
    const references = topics.reduce((n, topic) => n + index.findAllReferences(topic, services.KafkaTopology.workspace.AstNodeLocator.getAstNodePath(topic)).count(), 0);
    return { diagnostics, references, blocksChecked: blocks.counts.checked };
}

test('check reports the same diagnostics without the reference index, on the samples and the shared examples', async () => {
    for (const dir of [join(REPO, 'samples'), join(SHARED, 'spec/examples')]) {
        const paths = kafkaFiles(dir);
        const skipped = await diagnosticsOf(paths, false);
        const built = await diagnosticsOf(paths, true);
        expect(skipped.diagnostics).toEqual(built.diagnostics);
        expect(skipped.diagnostics.flatMap(([, d]) => d as unknown[]).length).toBeGreaterThan(0);
        // The index was skipped: the topics are referred to (producers, groups, scenarios), yet nothing is indexed.
        expect(built.references).toBeGreaterThan(0);
        expect(skipped.references).toBe(0);
        // And no block was checked to be kept.
        expect(built.blocksChecked).toBeGreaterThan(0);
        expect(skipped.blocksChecked).toBe(0);
    }
}, 60_000);
