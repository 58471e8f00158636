// Typing in one file of a cluster split over files (issue 15): the other files
// relink only their references into the changed file, and keep the rest. For
// random edits, including those that change what other files read (a topic
// renamed or declared again earlier in file order, the brokers, the defaults),
// every file must have the links and diagnostics a build from scratch gives,
// also when an edit's second build (the other files) is cancelled by the next edit.
import { AstUtils, DocumentState, EmptyFileSystem, isOperationCancelled, type LangiumDocument, type Reference } from 'langium';
import { describe, expect, test } from 'vitest';
import { CancellationTokenSource } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { generateSplitTopology } from '../../bench/generate-split-topology.js';
import { createKafkaTopologyServices, type KafkaTopologyServiceContainer } from '../../language-server/kafka-topology-module.js';
import { OTHER_PARTS_PAUSE_MS } from '../../language-server/workspace/kafka-topology-document-builder.js';
import type { KafkaTopologyLinker } from '../../language-server/workspace/kafka-topology-linker.js';
import { seededRandom, type SeededRandom } from '../support/seeded-random.js';

const FOLDER = '/split';
const uriOf = (name: string) => URI.file(`${FOLDER}/${name}`);

function services(): KafkaTopologyServiceContainer {
    const container = createKafkaTopologyServices(EmptyFileSystem);
    container.KafkaTopology.kafka.Locale.set('en');
    return container;
}

/** The files as the server holds a workspace folder: `open` ones as editors, the others as read from disk. */
async function load(container: KafkaTopologyServiceContainer, files: ReadonlyMap<string, string>, open: readonly string[] = []): Promise<void> {
    const documents: LangiumDocument[] = [];
    for (const [name, text] of files) {
        if (open.includes(name)) container.shared.workspace.TextDocuments.set(TextDocument.create(uriOf(name).toString(), 'kafka-topology', 1, text));
        const document = container.shared.workspace.LangiumDocumentFactory.fromString(text, uriOf(name));
        container.shared.workspace.LangiumDocuments.addDocument(document);
        documents.push(document);
    }
    await container.shared.workspace.DocumentBuilder.build(documents, { validation: true });
}

/** Each reference: its text, and the document and path of its target (or why it is unresolved / no longer in its document). */
function links(container: KafkaTopologyServiceContainer, document: LangiumDocument): string[] {
    const locator = container.KafkaTopology.workspace.AstNodeLocator;
    const result: string[] = [];
    for (const node of AstUtils.streamAst(document.parseResult.value)) {
        for (const { reference } of AstUtils.streamReferences(node)) {
            const target = (reference as Reference).ref;
            if (!target) {
                result.push(`${reference.$refText}: unresolved`);
                continue;
            }
            const root = AstUtils.findRootNode(target);
            const path = locator.getAstNodePath(target);
            const attached = root.$document?.parseResult.value === root && locator.getAstNode(root, path) === target;
            result.push(`${reference.$refText} -> ${root.$document?.uri.path}${path}${attached ? '' : ' DETACHED'}`);
        }
    }
    return result;
}

const diagnosticsOf = (document: LangiumDocument) =>
    (document.diagnostics ?? []).map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${d.code} ${d.message}`);

/** Links and diagnostics of every file, by file name. */
function state(container: KafkaTopologyServiceContainer, names: readonly string[]): Record<string, { links: string[]; diagnostics: string[] }> {
    const documents = container.shared.workspace.LangiumDocuments;
    return Object.fromEntries(names.map((name) => {
        const document = documents.getDocument(uriOf(name))!;
        return [name, { links: links(container, document), diagnostics: diagnosticsOf(document) }];
    }));
}


const replace = (text: string, from: number, to: number, by: string) => text.slice(0, from) + by + text.slice(to);

/** One edit of `text` by `pattern` → `by()`; the text unchanged when nothing matches. */
function editBy(text: string, r: SeededRandom, pattern: RegExp, by: () => string): string {
    const found = [...text.matchAll(new RegExp(pattern.source, 'g'))];
    if (found.length === 0) return text;
    const m = r.pick(found);
    return replace(text, m.index, m.index + m[0].length, by());
}

/** Edits of a team file: values inside blocks, and names other files reference or declare. */
function teamEdit(text: string, r: SeededRandom): string {
    const edits: Array<[RegExp, () => string]> = [
        [/(?<=retention\.ms = )\d+/, () => String(1 + r.int(40))],
        [/(?<=acks )\w+/, () => r.pick(['all', '0', '1'])],
        [/ordering key entityId/, () => r.pick(['ordering total', 'partitions 12', 'replication-factor 5', 'ordering key entityId'])],
        // A topic renamed: the previous team's clients reference it.
        [/team2\.topic-\d(?= \{)/, () => `team2.topic-${r.int(6)}${r.pick(['', 'x'])}`],
        // A topic of the next file declared here too: earlier in file order, it is the one names resolve to.
        [/\n(?= {4}topic )/, () => `\n    topic team3.topic-${r.int(4)} { partitions ${1 + r.int(8)} }\n`],
        // A reference to a name declared elsewhere, or nowhere.
        [/(?<=produces )[\w.-]+/, () => r.pick(['team1.topic-0', 'team3.topic-1', 'nowhere'])],
        [/(?<=members )\d+/, () => String(1 + r.int(12))],
        // A block removed (its references, or what references it, go).
        [/\n {4}topic [\w.-]+ \{[^}]*\{[^}]*\}\n {4}\}/, () => '']
    ];
    for (;;) {
        const [pattern, by] = r.pick(edits);
        const edited = editBy(text, r, pattern, by);
        if (edited !== text) return edited;
    }
}

/** Edits of the cluster file: what every part's checks read. */
function clusterEdit(text: string, r: SeededRandom): string {
    const edits: Array<[RegExp, () => string]> = [
        [/brokers 1\.\.\d+/, () => `brokers 1..${r.pick([1, 2, 4, 9])}`],
        [/(?<=replication-factor )\d+/, () => String(r.pick([1, 2, 3, 4]))],
        [/(?<=min-insync-replicas )\d+/, () => String(r.pick([1, 2, 3]))],
        [/(?<= {8}partitions )\d+/, () => String(r.pick([0, 1, 3, 6]))],
        [/profile \w+/, () => `profile ${r.pick(['production', 'development'])}`]
    ];
    for (;;) {
        const [pattern, by] = r.pick(edits);
        const edited = editBy(text, r, pattern, by);
        if (edited !== text) return edited;
    }
}

describe('an edit in one file of a split cluster gives every file what a build from scratch gives', () => {
    test.each([20261201, 5, 77])('random edits of a team file and of the cluster file (seed %i), second builds sometimes cancelled', async (seed) => {
        const files = generateSplitTopology({ files: 5, topicsPerTeam: 6, clientsPerTeam: 2 });
        const names = [...files.keys()];
        const edited = ['team-02.kafka', '00-cluster.kafka'];
        const texts = new Map(files);
        const live = services();
        await load(live, files, edited);
        const builder = live.shared.workspace.DocumentBuilder;
        const r = seededRandom(seed);
        let version = 1;
        for (let step = 1; step <= 30; step++) {
            const name = r.next() < 0.75 ? edited[0] : edited[1];
            const text = (name === edited[0] ? teamEdit : clusterEdit)(texts.get(name)!, r);
            texts.set(name, text);
            live.shared.workspace.TextDocuments.set(TextDocument.create(uriOf(name).toString(), 'kafka-topology', ++version, text));
            // Half the time the next edit comes as soon as the edited file has its diagnostics: the other files' build is cancelled.
            const cancel = r.next() < 0.5;
            const source = new CancellationTokenSource();
            const listener = builder.onBuildPhase(DocumentState.Validated, (built) => {
                if (cancel && built.some((d) => d.uri.toString() === uriOf(name).toString())) source.cancel();
            });
            try {
                await builder.update([uriOf(name)], [], source.token);
            } catch (error) {
                if (!isOperationCancelled(error)) throw error;
            } finally {
                listener.dispose();
            }
            const fresh = services();
            await load(fresh, texts);
            const label = `seed ${seed}, step ${step}, ${name}${cancel ? ', others cancelled' : ''}`;
            const expected = state(fresh, names);
            // A cancelled update validated the edited file only; its links and diagnostics must already be right.
            const compared = cancel ? [name] : names;
            expect(state(live, compared), label).toEqual(Object.fromEntries(compared.map((n) => [n, expected[n]])));
        }
    }, 120_000);
});

describe('what the other files of the cluster link again', () => {
    async function editedWorkspace() {
        const files = generateSplitTopology({ files: 4, topicsPerTeam: 4, clientsPerTeam: 2 });
        const live = services();
        await load(live, files, ['team-02.kafka']);
        const linker = live.KafkaTopology.references.Linker as KafkaTopologyLinker;
        const linked: string[] = [];
        const doLink = (linker as unknown as { doLink: (info: { reference: Reference }, document: LangiumDocument) => void }).doLink.bind(linker);
        (linker as unknown as { doLink: typeof doLink }).doLink = (info, document) => {
            linked.push(`${document.uri.path.split('/').pop()}: ${info.reference.$refText}`);
            doLink(info, document);
        };
        const edit = async (text: string) => {
            linked.length = 0;
            live.shared.workspace.TextDocuments.set(TextDocument.create(uriOf('team-02.kafka').toString(), 'kafka-topology', 2, text));
            await live.shared.workspace.DocumentBuilder.update([uriOf('team-02.kafka')], []);
            return [...linked].sort();
        };
        return { text: files.get('team-02.kafka')!, edit };
    }

    test('a value changed: only the references into the changed file are linked again', async () => {
        const { text, edit } = await editedWorkspace();
        // team-01's producer and group use team2.topic-0 and -1, nothing else outside team-02 points into it;
        // team-02 relinks its references to the topic whose block was parsed again.
        expect(await edit(text.replace('retention.ms = 1d', 'retention.ms = 9d'))).toEqual([
            'team-01.kafka: team2.topic-0', 'team-01.kafka: team2.topic-0', 'team-01.kafka: team2.topic-1', 'team-01.kafka: team2.topic-1',
            'team-02.kafka: team2.topic-0', 'team-02.kafka: team2.topic-0'
        ]);
    });

    test('a name declared or no longer declared: every reference of the other files is linked again', async () => {
        const { text, edit } = await editedWorkspace();
        const linked = await edit(text.replace('topic team2.topic-3 {', 'topic team2.topic-3x {'));
        expect(linked.filter((l) => l.startsWith('team-03.kafka')).length).toBeGreaterThan(4);
    });
});

describe('typing in one file of a split cluster', () => {
    test("the scopes describe again only the edited file's declarations, not the other files' (kept per unchanged document)", async () => {
        const files = generateSplitTopology({ files: 4, topicsPerTeam: 4, clientsPerTeam: 2 });
        const live = services();
        await load(live, files, ['team-02.kafka']);
        const provider = live.KafkaTopology.workspace.AstNodeDescriptionProvider;
        const describedIn = new Set<string>();
        const createDescription = provider.createDescription.bind(provider);
        provider.createDescription = (node, name, document) => {
            describedIn.add(AstUtils.getDocument(node).uri.path.split('/').pop()!);
            return createDescription(node, name, document);
        };
        const text = files.get('team-02.kafka')!.replace('retention.ms = 1d', 'retention.ms = 9d');
        live.shared.workspace.TextDocuments.set(TextDocument.create(uriOf('team-02.kafka').toString(), 'kafka-topology', 2, text));
        await live.shared.workspace.DocumentBuilder.update([uriOf('team-02.kafka')], []);
        expect([...describedIn]).toEqual(['team-02.kafka']);
        // And the other files still resolve into it: team-01's clients use team-02's topics.
        const teamOne = live.shared.workspace.LangiumDocuments.getDocument(uriOf('team-01.kafka'))!;
        expect(links(live, teamOne).filter((l) => l.includes('team-02.kafka')).every((l) => !l.endsWith('DETACHED'))).toBe(true);
        expect(links(live, teamOne).some((l) => l.includes('team-02.kafka'))).toBe(true);
    });

    test('in the server (a cancellable update) the other files wait for a pause in typing; the next edit ends the wait at once', async () => {
        const files = generateSplitTopology({ files: 4, topicsPerTeam: 4, clientsPerTeam: 2 });
        const live = services();
        await load(live, files, ['team-02.kafka']);
        const builder = live.shared.workspace.DocumentBuilder;
        const edit = async (version: number, cancelAfterEdited: boolean) => {
            const validated: Array<[string, number]> = [];
            const source = new CancellationTokenSource();
            let cancelledAt = 0;
            const listener = builder.onDocumentPhase(DocumentState.Validated, (document) => {
                const name = document.uri.path.split('/').pop()!;
                validated.push([name, performance.now()]);
                if (cancelAfterEdited && name === 'team-02.kafka') {
                    cancelledAt = performance.now();
                    source.cancel();
                }
            });
            const text = files.get('team-02.kafka')!.replace('retention.ms = 1d', `retention.ms = ${version}d`);
            live.shared.workspace.TextDocuments.set(TextDocument.create(uriOf('team-02.kafka').toString(), 'kafka-topology', version, text));
            try {
                await builder.update([uriOf('team-02.kafka')], [], source.token);
            } catch (error) {
                if (!isOperationCancelled(error)) throw error;
            } finally {
                listener.dispose();
            }
            return { validated, settledMsAfterCancel: performance.now() - cancelledAt };
        };

        const paused = await edit(2, false);
        expect(paused.validated[0][0]).toBe('team-02.kafka');
        expect(paused.validated.map(([name]) => name).sort()).toEqual([...files.keys()].sort());
        expect(paused.validated[1][1] - paused.validated[0][1]).toBeGreaterThanOrEqual(OTHER_PARTS_PAUSE_MS - 2);

        const cancelled = await edit(3, true);
        expect(cancelled.validated.map(([name]) => name)).toEqual(['team-02.kafka']);
        expect(cancelled.settledMsAfterCancel).toBeLessThan(OTHER_PARTS_PAUSE_MS / 2);
    });

    test('a request for another file in that pause waits for it to be built (Langium refuses it when the workspace looks built)', async () => {
        const files = generateSplitTopology({ files: 4, topicsPerTeam: 4, clientsPerTeam: 2 });
        const live = services();
        await load(live, files, ['team-02.kafka']);
        const builder = live.shared.workspace.DocumentBuilder;
        const other = uriOf('team-03.kafka');
        let asked: Promise<string> | undefined;
        const listener = builder.onDocumentPhase(DocumentState.Validated, (document) => {
            // In the pause after the edited file: as an inlay hint request for another open file would.
            if (document.uri.path.endsWith('team-02.kafka')) {
                asked = new Promise((resolve) => setTimeout(resolve, 1)).then(() =>
                    builder.waitUntil(DocumentState.IndexedReferences, other).then(
                        () => `built: ${DocumentState[live.shared.workspace.LangiumDocuments.getDocument(other)!.state]}`,
                        (error: Error) => `refused: ${error.message}`
                    )
                );
            }
        });
        const text = files.get('team-02.kafka')!.replace('retention.ms = 1d', 'retention.ms = 2d');
        live.shared.workspace.TextDocuments.set(TextDocument.create(uriOf('team-02.kafka').toString(), 'kafka-topology', 2, text));
        try {
            await builder.update([uriOf('team-02.kafka')], [], new CancellationTokenSource().token);
        } finally {
            listener.dispose();
        }
        expect(await asked).toMatch(/^built: (IndexedReferences|Validated)$/);
    });
});
