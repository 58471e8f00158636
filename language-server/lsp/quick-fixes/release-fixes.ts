// unsupported-in-version: set the release or the feature level that has the construct.
import type { TextEdit } from 'vscode-languageserver';
import { isCluster, type Cluster } from '../../generated/ast.js';
import { insertIntoBlock, nodeAt, replaceProperty } from './edits.js';
import type { ReleaseData } from '../../validation/fix-data.js';
import type { FixBuilder, FixContext } from './quick-fix.js';

function setVersion(context: FixContext, cluster: Cluster, version: string): TextEdit[] {
    const existing = cluster.versions.at(-1);
    return existing ? replaceProperty(existing, 'version', version) : insertIntoBlock(context.document, cluster, `kafka-version ${version}`);
}

function setFeature(context: FixContext, cluster: Cluster, feature: string, level: number): TextEdit[] {
    const entry = cluster.features.flatMap((b) => b.entries).filter((e) => e.name === feature).at(-1);
    if (entry) return replaceProperty(entry, 'level', String(level));
    const block = cluster.features.at(-1);
    if (block) return insertIntoBlock(context.document, block, `${feature} = ${level}`);
    return insertIntoBlock(context.document, cluster, `features { ${feature} = ${level} }`);
}

export const releaseFix: FixBuilder<ReleaseData> = (context) => {
    const cluster = nodeAt(context.document, context.diagnostic.range, isCluster);
    if (!cluster) return [];
    const data = context.data;
    if ('setVersion' in data && data.setVersion !== undefined) {
        const version = data.setVersion;
        return [{ title: 'fix/set-kafka-version', args: { version }, edits: setVersion(context, cluster, version), preferred: true }];
    }
    if ('setFeature' in data && data.setFeature !== undefined && data.level !== undefined) {
        const { setFeature: feature, level } = data;
        return [{ title: 'fix/set-feature', args: { feature, level }, edits: setFeature(context, cluster, feature, level), preferred: true }];
    }
    return [];
};
