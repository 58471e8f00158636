// Re-parsing only the changed top-level block (issue 15) must give what a whole
// parse gives: for random edits of the samples and of a generated large file,
// the document updated in place is compared after every edit with the same text
// parsed from scratch by other services — AST (with every node's CST position),
// the whole CST (offsets, ranges, tokens, grammar elements, containers), what
// each reference links to (kept links must be those a new linking gives, and
// point into the current AST) and the diagnostics of a build.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AstUtils, EmptyFileSystem, isAstNode, isReference, type AstNode, type AstNodeDescription, type CstNode, type LangiumDocument, type Reference, type ReferenceInfo, type ReferenceDescription } from 'langium';
import { clearDocuments } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { generateTopology } from '../../bench/generate-topology.js';
import { createKafkaTopologyServices, type KafkaTopologyServiceContainer } from '../../language-server/kafka-topology-module.js';
import type { Cluster } from '../../language-server/generated/ast.js';
import type { KafkaTopologyDocumentValidator } from '../../language-server/validation/kafka-topology-document-validator.js';
import type { KafkaTopologyDocumentFactory } from '../../language-server/workspace/kafka-topology-document-factory.js';
import type { KafkaTopologyLinker } from '../../language-server/workspace/kafka-topology-linker.js';
import type { KafkaTopologyReferenceDescriptionProvider } from '../../language-server/workspace/kafka-topology-reference-descriptions.js';
import { REPO } from '../support/markers.js';
import { seededRandom, type SeededRandom } from '../support/seeded-random.js';

function languageServices(incremental: boolean): KafkaTopologyServiceContainer & { factory: KafkaTopologyDocumentFactory } {
    const container = createKafkaTopologyServices(EmptyFileSystem);
    container.KafkaTopology.kafka.Locale.set('en');
    const factory = container.shared.workspace.LangiumDocumentFactory as KafkaTopologyDocumentFactory;
    factory.incremental = incremental;
    return { ...container, factory };
}

/** A document kept open and changed in place, as the language server holds an editor's file. */
class EditedDocument {
    private version = 1;
    readonly uri = URI.parse('file:///incremental/edited/topology.kafka');
    constructor(readonly services: ReturnType<typeof languageServices>) {}

    async set(text: string): Promise<LangiumDocument> {
        const textDocuments = this.services.shared.workspace.TextDocuments;
        textDocuments.set(TextDocument.create(this.uri.toString(), 'kafka-topology', this.version++, text));
        await this.services.shared.workspace.DocumentBuilder.update([this.uri], []);
        return this.services.shared.workspace.LangiumDocuments.getDocument(this.uri)!;
    }
}

/** The same text parsed (and built) from scratch, in a folder of its own. */
let fresh = 0;
async function fromScratch(services: ReturnType<typeof languageServices>, text: string, build: boolean): Promise<LangiumDocument> {
    await clearDocuments(services.shared);
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///incremental/fresh-${++fresh}/topology.kafka`));
    if (!build) return document;
    services.shared.workspace.LangiumDocuments.addDocument(document);
    const builder = services.shared.workspace.DocumentBuilder;
    await builder.build([document], builder.updateBuildOptions);
    return document;
}

// ------------------------------------------------------------------ what is compared

const grammarIds = new Map<unknown, number>();
const grammarId = (element: unknown) => {
    if (element === undefined) return -1;
    if (!grammarIds.has(element)) grammarIds.set(element, grammarIds.size);
    return grammarIds.get(element)!;
};

const where = (node: CstNode | undefined) => node && `${node.offset}-${node.end}@${node.range.start.line}:${node.range.start.character}-${node.range.end.line}:${node.range.end.character}`;

/** The AST as plain data: properties, references by text and leaf position, each node's CST position and container slot. */
function astData(node: AstNode, root: CstNode): unknown {
    const out: Record<string, unknown> = {
        $type: node.$type,
        at: where(node.$cstNode),
        slot: `${node.$containerProperty}[${node.$containerIndex}]`,
        cstBack: node.$cstNode?.astNode === node,
        sameRoot: node.$cstNode?.root === root
    };
    for (const [key, value] of Object.entries(node)) {
        if (key.startsWith('$')) continue;
        out[key] = valueData(value, node, root);
    }
    return out;
}

function valueData(value: unknown, container: AstNode, root: CstNode): unknown {
    if (Array.isArray(value)) return value.map((v) => valueData(v, container, root));
    if (isReference(value)) return { ref: value.$refText, at: where(value.$refNode), sameRoot: value.$refNode?.root === root, target: linkData(value) };
    if (isAstNode(value)) {
        expect(value.$container).toBe(container);
        return astData(value, root);
    }
    return value;
}

/** What a linked reference resolved to (undefined when its document was only parsed), without resolving it. */
let compareLinks = false;
function linkData(reference: Reference): string | undefined {
    if (!compareLinks) return undefined;
    const raw = (reference as unknown as { _ref?: unknown })._ref;
    if (raw === undefined) return 'unresolved';
    if (!isAstNode(raw)) return 'error';
    return `${raw.$type} ${(raw as { name?: string }).name ?? ''} at ${where(raw.$cstNode)} ${attached(raw) ? 'attached' : 'DETACHED'}`;
}

/** Whether the node is part of a document's current AST (not a node a re-parse replaced). */
function attached(node: AstNode): boolean {
    let current = node;
    while (current.$container) {
        const slot = (current.$container as unknown as Record<string, unknown>)[current.$containerProperty!];
        if (Array.isArray(slot) ? slot[current.$containerIndex!] !== current : slot !== current) return false;
        current = current.$container;
    }
    return current.$document?.parseResult.value === current;
}

/** The CST as plain data: every node's position, token type, grammar element, AST node, and that each child knows its parent and root. */
function cstData(node: CstNode, root: CstNode, parent?: CstNode): unknown {
    const data: Record<string, unknown> = {
        at: where(node),
        hidden: node.hidden,
        grammar: grammarId(node.grammarSource),
        parentOk: parent === undefined || node.container === parent,
        rootOk: node.root === root
    };
    if ('content' in node) {
        const own = (node as unknown as { _astNode?: AstNode })._astNode;
        data.ast = own?.$type;
        data.astBack = own === undefined || own.$cstNode === node;
        data.content = (node.content as CstNode[]).map((child) => cstData(child, root, node));
    } else {
        data.token = (node as unknown as { tokenType: { name: string } }).tokenType.name;
        data.text = node.text;
    }
    return data;
}

function documentData(document: LangiumDocument, links: boolean) {
    compareLinks = links;
    const model = document.parseResult.value;
    const root = model.$cstNode!;
    return {
        text: root.root.fullText === document.textDocument.getText(),
        ast: JSON.stringify(astData(model, root)),
        cst: JSON.stringify(cstData(root, root)),
        errors: JSON.stringify([document.parseResult.lexerErrors.length, document.parseResult.parserErrors.length])
    };
}

/** References of the edited document that are not resolved after its build, or resolved to a node no longer in the AST. */
function linkProblems(document: LangiumDocument): string[] {
    compareLinks = true;
    const problems: string[] = [];
    for (const node of AstUtils.streamAst(document.parseResult.value)) {
        for (const { reference } of AstUtils.streamReferences(node)) {
            const data = linkData(reference as Reference)!;
            if (data === 'unresolved' || data.endsWith('DETACHED')) problems.push(`${reference.$refText}: ${data}`);
        }
    }
    return problems;
}

/** The document's reference descriptions in the index (what find references and rename read), its own URI left out. */
function referenceIndexData(services: ReturnType<typeof languageServices>, document: LangiumDocument): string[] {
    const index = (services.shared.workspace.IndexManager as unknown as { referenceIndex: Map<string, ReferenceDescription[]> }).referenceIndex;
    return (index.get(document.uri.toString()) ?? []).map((d) => {
        const r = d.segment.range;
        return `${d.sourcePath} -> ${d.local ? 'local' : d.targetUri.toString()} ${d.targetPath} @${d.segment.offset}+${d.segment.length}=${d.segment.end} ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
    });
}

const diagnosticsData = (document: LangiumDocument) =>
    (document.diagnostics ?? []).map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${d.code} ${d.message}`);

/** Equal, or fail with the place where they first differ (the strings are long). */
function expectSame(actual: string, expected: string, what: string): void {
    if (actual === expected) return;
    let i = 0;
    while (actual[i] === expected[i]) i++;
    expect(actual.slice(Math.max(0, i - 200), i + 200), `${what} differs at ${i}`).toBe(expected.slice(Math.max(0, i - 200), i + 200));
}

// ------------------------------------------------------------------ random edits


function matchesOf(text: string, pattern: RegExp): Array<[number, number]> {
    return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

const replace = (text: string, from: number, to: number, by: string) => text.slice(0, from) + by + text.slice(to);

/** One edit that changes the text. */
function randomEdit(text: string, r: SeededRandom): string {
    for (;;) {
        const edited = anyEdit(text, r);
        if (edited !== text) return edited;
    }
}

/** One edit of the kinds typing makes, many inside a block, some across blocks or breaking the lexer. */
function anyEdit(text: string, r: SeededRandom): string {
    const at = r.int(text.length + 1);
    switch (r.int(13)) {
        case 11:
        case 12:
        case 0:
        case 1: {
            const numbers = matchesOf(text, /\d+/g);
            const [from, to] = r.pick(numbers);
            return replace(text, from, to, String(r.int(r.next() < 0.2 ? 5 : 1000)));
        }
        case 2: {
            const names = matchesOf(text, /[a-z][a-z0-9.-]*[a-z0-9]/g);
            const [from, to] = r.pick(names);
            return r.next() < 0.5 ? replace(text, to, to, r.pick(['x', '-2', '.b'])) : replace(text, from + 1, to, text.slice(from + 1, to - 1));
        }
        case 3: {
            const blanks = matchesOf(text, /\s/g);
            const [from] = r.pick(blanks);
            return replace(text, from, from, r.pick([' ', '\n', '\n    ', '\t', '  // a note\n', ' /* note */ ', '\n/* two\nlines */\n']));
        }
        case 4: {
            const lines = matchesOf(text, /[^\n]*\n/g);
            const [from, to] = r.pick(lines);
            return r.next() < 0.5 ? replace(text, from, from, text.slice(from, to)) : replace(text, from, to, '');
        }
        case 5: {
            const entries = matchesOf(text, /\n\s*(retention\.ms|description|partitions|members|acks|replication-factor) [^\n]*/g);
            if (entries.length === 0) return replace(text, at, at, ' ');
            const [from, to] = r.pick(entries);
            const line = text.slice(from, to);
            return replace(text, from, to, line.replace(/(\d+|"[^"]*")/, (m) => (m.startsWith('"') ? `"${m.slice(1, -1)} more"` : String(Number(m) + 1))));
        }
        case 6:
            return replace(text, at, at, r.pick(['{', '}', '"', '/*', '*/', '//', '=', ',', ':', '[', ']', '-', '#', 'topic', 'é']));
        case 7:
            return replace(text, at, Math.min(text.length, at + 1 + r.int(20)), '');
        case 8: {
            // A whole new block typed between two blocks (at a line start inside the cluster).
            const starts = matchesOf(text, /\n {4}(topic|producer|consumer-group|scenario) /g);
            if (starts.length === 0) return replace(text, at, at, '\n');
            const [from] = r.pick(starts);
            return replace(text, from, from, `\n    topic added-${r.int(100)} { partitions 3 }`);
        }
        case 9: {
            const strings = matchesOf(text, /"[^"\n]*"/g);
            if (strings.length === 0) return replace(text, at, at, '"');
            const [, to] = r.pick(strings);
            return replace(text, to - 1, to - 1, r.pick(['x', ' y', '\\"', '}']));
        }
        default: {
            const keywords = matchesOf(text, /\b(partitions|acks|members|consumes|produces|fail|expect|rack)\b/g);
            const [from, to] = r.pick(keywords);
            return replace(text, from, to, r.pick(['partitions', 'acks', 'members', 'consumes', 'produces', 'fail', 'expect', 'rack']));
        }
    }
}

/**
 * An edit of what the checks of other blocks read: the brokers, `defaults`, the
 * profile, a topic's own settings or name (producers and groups read the topics
 * they reference), a producer's acks; a duplicate property (a diagnostic with
 * positions of its own) and new lines that move what follows.
 */
function contextEdit(text: string, r: SeededRandom): string {
    const edits: Array<[RegExp, () => string]> = [
        [/brokers 1\.\.\d+/, () => `brokers 1..${r.pick([1, 2, 4, 9])}`],
        [/(?<=defaults \{[^}]*replication-factor )\d+/, () => String(r.pick([1, 2, 3, 4]))],
        [/(?<=defaults \{[^}]*min-insync-replicas )\d+/, () => String(r.pick([1, 2, 3]))],
        [/(?<=defaults \{[^}]*partitions )\d+/, () => String(r.pick([0, 1, 3]))],
        [/profile \w+/, () => `profile ${r.pick(['production', 'development'])}`],
        [/acks (all|\d)/, () => `acks ${r.pick(['all', '0', '1'])}`],
        [/ordering key entityId/, () => r.pick(['ordering total', 'ordering none', 'ordering key entityId\n        partitions 0', 'replication-factor 12'])],
        [/description "[^"]*"/, () => r.pick(['description "a"\n        description "b"', 'description "c"'])],
        [/topic-000\d\d(?= \{)/, () => `topic-0${r.int(10)}x`],
        [/\n(?= {4}\S)/, () => r.pick(['\n\n', '\n    // moved\n'])]
    ];
    const [pattern, by] = r.pick(edits);
    const found = matchesOf(text, new RegExp(pattern.source, 'g'));
    if (found.length === 0) return randomEdit(text, r);
    const [from, to] = r.pick(found);
    return replace(text, from, to, by());
}

interface Run {
    readonly spliced: number;
    readonly whole: number;
}

/** `steps` random edits of `base`; after an edit that leaves parse errors, half the time the last clean text comes back. */
async function compareEdits(base: string, seed: number, steps: number, diagnosticsEvery: number, edit = randomEdit): Promise<Run> {
    const incremental = languageServices(true);
    const whole = languageServices(false);
    const edited = new EditedDocument(incremental);
    const r = seededRandom(seed);
    let text = base;
    let clean = base;
    await edited.set(text);
    const counts = { ...incremental.factory.counts };
    for (let step = 1; step <= steps; step++) {
        text = edit(text, r);
        const document = await edited.set(text);
        const withDiagnostics = step % diagnosticsEvery === 0;
        const reference = await fromScratch(whole, text, withDiagnostics);
        const label = `seed ${seed}, step ${step} (${incremental.factory.lastParse})`;
        const actual = documentData(document, withDiagnostics);
        const expected = documentData(reference, withDiagnostics);
        expect(linkProblems(document), label).toEqual([]);
        expect(actual.text, label).toBe(true);
        expect(actual.errors, label).toBe(expected.errors);
        expectSame(actual.ast, expected.ast, `AST, ${label}`);
        expectSame(actual.cst, expected.cst, `CST, ${label}`);
        if (withDiagnostics) {
            expect(diagnosticsData(document), `diagnostics, ${label}`).toEqual(diagnosticsData(reference));
            expect(referenceIndexData(incremental, document), `reference index, ${label}`).toEqual(referenceIndexData(whole, reference));
        }
        const broken = reference.parseResult.lexerErrors.length + reference.parseResult.parserErrors.length > 0;
        if (!broken) clean = text;
        else if (r.next() < 0.5) text = clean;
    }
    return { spliced: incremental.factory.counts.spliced - counts.spliced, whole: incremental.factory.counts.whole - counts.whole };
}

const samples = readdirSync(join(REPO, 'samples'))
    .filter((name) => name.endsWith('.kafka'))
    .sort();

describe('incremental reparse gives what a whole parse gives', () => {
    test.each(samples)('random edits of samples/%s', async (name) => {
        const text = readFileSync(join(REPO, 'samples', name), 'utf8');
        const run = await compareEdits(text, name.length * 7919, 40, 1);
        expect(run.spliced + run.whole).toBe(40);
        // The broken sample has parse errors: every edit of it is parsed whole.
        if (name !== 'broken-cluster.kafka') expect(run.spliced, `spliced edits of ${name}`).toBeGreaterThanOrEqual(8);
    }, 120_000);

    test('random edits of a generated 2 000-line topology', async () => {
        const text = generateTopology({
            brokers: 9, racks: 3, topics: 160, partitionsPerTopic: 3, verboseTopics: true, configEntries: 2,
            producers: 30, groups: 20, topicsPerClient: 3, scenarios: 3
        });
        expect(text.split('\n').length).toBeGreaterThan(1500);
        const run = await compareEdits(text, 20261130, 40, 8);
        expect(run.spliced).toBeGreaterThanOrEqual(8);
    }, 300_000);
});

describe('diagnostics kept for unchanged blocks equal a validation from scratch', () => {
    const text = generateTopology({
        brokers: 9, racks: 3, topics: 120, partitionsPerTopic: 3, verboseTopics: true, configEntries: 2,
        producers: 24, groups: 16, topicsPerClient: 3, scenarios: 2
    });
    const validatorOf = (services: KafkaTopologyServiceContainer) => services.KafkaTopology.validation.DocumentValidator as KafkaTopologyDocumentValidator;

    test.each([20261201, 7])('random edits of blocks and of what other blocks read (seed %i), diagnostics compared after every edit', async (seed) => {
        const mixed = (current: string, r: SeededRandom) => (r.next() < 0.5 ? contextEdit(current, r) : randomEdit(current, r));
        const run = await compareEdits(text, seed, 40, 1, mixed);
        expect(run.spliced).toBeGreaterThanOrEqual(8);
    }, 300_000);

    test('an edit inside one topic checks that topic again and replays the others', async () => {
        const services = languageServices(true);
        const blocks = validatorOf(services).blocks;
        const edited = new EditedDocument(services);
        await edited.set(text);
        const before = { ...blocks.counts };
        const edit = text.replace('retention.ms = 1d', 'retention.ms = 2h');
        const document = await edited.set(edit);
        expect(services.factory.lastParse).toBe('spliced');
        // The topic, and the clients that reference it (their references now lead to the new node).
        const readers = matchesOf(text, /(produces|consumes) [^\n]*\btopic-00000\b/g).length;
        expect(readers).toBeGreaterThan(0);
        expect(blocks.counts.checked - before.checked).toBe(1 + readers);
        expect(blocks.counts.kept - before.kept).toBe(120 + 24 + 16 - 1 - readers);
        expect(diagnosticsData(document)).toEqual(diagnosticsData(await fromScratch(languageServices(false), edit, true)));
        // The brokers change: every topic is judged again (RF against the broker count).
        const fewer = edit.replace('brokers 1..9', 'brokers 1..2');
        const after = { ...blocks.counts };
        const shrunk = await edited.set(fewer);
        expect(blocks.counts.kept - after.kept).toBe(0);
        const expected = diagnosticsData(await fromScratch(languageServices(false), fewer, true));
        expect(expected.some((d) => d.includes('replication-factor-exceeds-brokers'))).toBe(true);
        expect(diagnosticsData(shrunk)).toEqual(expected);
    }, 120_000);
});

/** The text of each reference the linker resolves from now on (the list grows as it links). */
function referencesLinkedBy(linker: KafkaTopologyLinker): string[] {
    const resolved: string[] = [];
    // Every reference the linker resolves goes through doLink (protected: reached as Langium's own subclasses do).
    const spied = linker as unknown as { doLink: (info: ReferenceInfo, document: LangiumDocument) => void };
    const doLink = spied.doLink.bind(linker);
    spied.doLink = (info, document) => {
        resolved.push(info.reference.$refText);
        doLink(info, document);
    };
    return resolved;
}

describe('which edits re-parse one block', () => {
    const text = [
        'cluster shop {',
        '    brokers 1..3',
        '    topic orders { partitions 6 config { retention.ms = 7d } }',
        '    /* payments */',
        '    topic payments { partitions 3 }',
        '    producer checkout { produces orders, payments }',
        '}',
        ''
    ].join('\n');

    async function editOnce(before: string, after: string) {
        const services = languageServices(true);
        const edited = new EditedDocument(services);
        const old = (await edited.set(before)).parseResult.value as unknown as { clusters: Array<{ topics: AstNode[]; producers: AstNode[] }> };
        const oldTopics = old.clusters[0] ? [...old.clusters[0].topics] : [];
        const document = await edited.set(after);
        expect(documentData(document, false).cst).toBe(documentData(await fromScratch(languageServices(false), after, false), false).cst);
        return { kind: services.factory.lastParse, model: document.parseResult.value as unknown as typeof old, oldTopics, document };
    }

    test('blocks after the edited one on its last line move by columns, later lines by offset only; an edit of the same length moves nothing', async () => {
        const oneLine = [
            'cluster shop {',
            '    brokers 1..3',
            '    topic a { partitions 3 } topic b { partitions 3 } /* c */ topic d { partitions 1 }',
            '    topic e { partitions 2 } // e',
            '    producer p { produces a, b, d, e }',
            '}',
            ''
        ].join('\n');
        // editOnce compares the whole CST (offsets and ranges) with a parse from scratch.
        const longer = await editOnce(oneLine, oneLine.replace('partitions 3', 'partitions 33'));
        expect(longer.kind).toBe('spliced');
        const shorter = await editOnce(oneLine, oneLine.replace('topic a { partitions 3 }', 'topic a { }'));
        expect(shorter.kind).toBe('spliced');
        const newLine = await editOnce(oneLine, oneLine.replace('topic a { partitions 3 }', 'topic a {\n        partitions 3 }'));
        expect(newLine.kind).toBe('spliced');
        const same = await editOnce(oneLine, oneLine.replace('partitions 1', 'partitions 7'));
        expect(same.kind).toBe('spliced');
    });

    test('an edit inside a topic re-parses that topic only: the other blocks are the same objects', async () => {
        const { kind, model, oldTopics, document } = await editOnce(text, text.replace('7d', '14d'));
        expect(kind).toBe('spliced');
        expect(model.clusters[0].topics[0]).not.toBe(oldTopics[0]);
        expect(model.clusters[0].topics[1]).toBe(oldTopics[1]);
        // What follows moved by one character, and still links.
        const produces = (model.clusters[0].producers[0] as unknown as { items: Array<{ topics: Array<{ ref?: AstNode; $refNode?: CstNode }> }> }).items[0];
        expect(produces.topics[1].ref).toBe(model.clusters[0].topics[1]);
        expect(produces.topics[1].$refNode?.text).toBe('payments');
        expect(document.diagnostics?.filter((d) => d.severity === 1)).toEqual([]);
    });

    test('a block re-parse relinks only what it invalidated: references to the replaced block, all of them when its names change', async () => {
        const services = languageServices(true);
        const edited = new EditedDocument(services);
        type Ref = { ref?: AstNode; $nodeDescription?: unknown; error?: unknown };
        const producesOf = (d: LangiumDocument) =>
            ((d.parseResult.value as unknown as { clusters: Array<{ producers: Array<{ items: Array<{ topics: Ref[] }> }> }> }).clusters[0].producers[0].items[0].topics);
        const topicsOf = (d: LangiumDocument) => (d.parseResult.value as unknown as { clusters: Array<{ topics: AstNode[] }> }).clusters[0].topics;
        const first = await edited.set(text);
        const [toOrders, toPayments] = producesOf(first);
        const paymentsLink = toPayments.$nodeDescription;
        expect(paymentsLink).toBeDefined();
        // A value inside `orders`: the link to `payments` is kept (the same description), the one to `orders` follows the new node.
        const second = await edited.set(text.replace('7d', '14d'));
        expect(services.factory.lastParse).toBe('spliced');
        expect(producesOf(second)[1]).toBe(toPayments);
        expect(toPayments.$nodeDescription).toBe(paymentsLink);
        expect(toOrders.ref).toBe(topicsOf(second)[0]);
        // `orders` renamed: spliced, but every reference is linked again (the one to `orders` no longer resolves);
        // `payments` is the same node, so its link is the same description.
        const linker = services.KafkaTopology.references.Linker as KafkaTopologyLinker;
        const whole = linker.counts.whole;
        const third = await edited.set(text.replace('7d', '14d').replace('topic orders', 'topic orderz'));
        expect(services.factory.lastParse).toBe('spliced');
        expect(linker.counts.whole).toBe(whole + 1);
        expect(toPayments.$nodeDescription).toBe(paymentsLink);
        expect(toPayments.ref).toBe(topicsOf(third)[1]);
        expect(toOrders.ref).toBeUndefined();
        expect(toOrders.error).toBeDefined();
    });

    test("a client's spec for the simulator is kept while its topics are the same nodes", async () => {
        const services = languageServices(true);
        const edited = new EditedDocument(services);
        const clients = [
            'cluster shop {',
            '    brokers 1..3',
            '    topic orders { partitions 6 config { retention.ms = 7d } }',
            '    topic payments { partitions 3 }',
            '    producer checkout { produces orders }',
            '    producer billing { produces payments }',
            '    consumer-group books { consumes payments }',
            '    consumer-group shipping { consumes orders }',
            '}',
            ''
        ].join('\n');
        const specOf = async (t: string) => {
            const document = await edited.set(t);
            const cluster = (document.parseResult.value as unknown as { clusters: Cluster[] }).clusters[0];
            return services.KafkaTopology.kafka.ClusterFacts.get(cluster).spec;
        };
        const first = await specOf(clients);
        const second = await specOf(clients.replace('7d', '14d'));
        expect(services.factory.lastParse).toBe('spliced');
        expect(second.producers[1]).toBe(first.producers[1]);
        expect(second.groups[0]).toBe(first.groups[0]);
        // `orders` is a new node: the clients that read it get a new spec (an equal one).
        expect(second.producers[0]).not.toBe(first.producers[0]);
        expect(second.producers[0]).toEqual(first.producers[0]);
        expect(second.groups[1]).not.toBe(first.groups[1]);
        expect(second.groups[1]).toEqual(first.groups[1]);
        // `payments` renamed: the kept blocks' references no longer resolve, and their specs say so.
        const third = await specOf(clients.replace('7d', '14d').replace('topic payments', 'topic paymentz'));
        expect(services.factory.lastParse).toBe('spliced');
        expect(third.producers[1]).toEqual({ ...first.producers[1], topics: [] });
        expect(third.groups[0]).toEqual({ ...first.groups[0], topics: [] });
    });

    test('a topic after the edited block keeps its description, which reads where the topic is now', async () => {
        const services = languageServices(true);
        const edited = new EditedDocument(services);
        type Ref = { ref?: AstNode; $nodeDescription?: AstNodeDescription };
        const toPayments = (d: LangiumDocument) =>
            (d.parseResult.value as unknown as { clusters: Array<{ producers: Array<{ items: Array<{ topics: Ref[] }> }> }> }).clusters[0].producers[0].items[0].topics[1];
        const before = toPayments(await edited.set(text)).$nodeDescription!;
        const offset = before.nameSegment!.offset;
        const after = await edited.set(text.replace('7d', '14d'));
        expect(services.factory.lastParse).toBe('spliced');
        const reference = toPayments(after);
        expect(reference.$nodeDescription).toBe(before);
        const payments = reference.ref!;
        expect(before.nameSegment!.offset).toBe(offset + 1);
        expect(before.nameSegment!.offset).toBe(after.textDocument.getText().indexOf('payments {'));
        expect(before.selectionSegment!.offset).toBe(payments.$cstNode!.offset);
        // What the scope gives for the name is that description.
        const info = { reference: reference as never, container: payments, property: 'topics' };
        expect(services.KafkaTopology.references.ScopeProvider.getScope(info).getElement('payments')).toBe(before);
    });

    test('after a block re-parse the linker resolves only the new block\'s references and those that pointed into the replaced block', async () => {
        const services = languageServices(true);
        const edited = new EditedDocument(services);
        const linker = services.KafkaTopology.references.Linker as KafkaTopologyLinker;
        await edited.set(text);
        const resolved = referencesLinkedBy(linker);
        const before = { ...linker.counts };
        // Inside `orders`: the producer's reference to it is resolved again (to the new node), not the one to `payments`.
        await edited.set(text.replace('7d', '14d'));
        expect(services.factory.lastParse).toBe('spliced');
        expect(linker.counts.partial - before.partial).toBe(1);
        expect(resolved).toEqual(['orders']);
        // Inside the producer: its own two references (a new block), nothing else.
        resolved.length = 0;
        await edited.set(text.replace('7d', '14d').replace('produces orders, payments', 'produces payments, orders'));
        expect(services.factory.lastParse).toBe('spliced');
        expect(resolved).toEqual(['payments', 'orders']);
        // A whole parse walks the whole AST.
        const whole = linker.counts.whole;
        await edited.set(text.replace('cluster shop', 'cluster shops'));
        expect(linker.counts.whole).toBe(whole + 1);
    });

    test('an update that leaves the text as it was keeps every link: nothing is parsed or linked again, and the diagnostics are those of a new build', async () => {
        const services = languageServices(true);
        const edited = new EditedDocument(services);
        const linker = services.KafkaTopology.references.Linker as KafkaTopologyLinker;
        const broken = text.replace('produces orders, payments', 'produces orders, refunds');
        const first = await edited.set(broken);
        const model = first.parseResult.value;
        const resolved = referencesLinkedBy(linker);
        const before = { ...linker.counts, ...services.factory.counts };
        const again = await edited.set(broken);
        expect(again.parseResult.value).toBe(model);
        expect(services.factory.counts.whole + services.factory.counts.spliced).toBe(before.whole + before.spliced);
        expect(linker.counts.whole).toBe(before.whole);
        expect(resolved).toEqual([]);
        expect(diagnosticsData(again)).toEqual(diagnosticsData(await fromScratch(languageServices(false), broken, true)));
        expect(diagnosticsData(again).some((d) => d.includes('refunds'))).toBe(true);
        // The next edit still re-parses one block and links what it must.
        await edited.set(broken.replace('7d', '14d'));
        expect(services.factory.lastParse).toBe('spliced');
        expect(resolved).toEqual(['orders']);
    });

    test('after a block re-parse the reference index keeps the descriptions of blocks whose links were kept, at their new positions', async () => {
        const services = languageServices(true);
        const edited = new EditedDocument(services);
        const provider = services.KafkaTopology.workspace.ReferenceDescriptionProvider as KafkaTopologyReferenceDescriptionProvider;
        await edited.set(text);
        const before = { ...provider.counts };
        // A line more inside `orders`: `brokers 1..3` and `payments` (one line lower now) are kept; the producer
        // is described again (its link to `orders` is new), and `orders` itself.
        const edit = text.replace('7d } }', '7d\n    } }');
        const document = await edited.set(edit);
        expect(services.factory.lastParse).toBe('spliced');
        expect(provider.counts.kept - before.kept).toBe(2);
        expect(provider.counts.described - before.described).toBe(2);
        const whole = languageServices(false);
        expect(referenceIndexData(services, document)).toEqual(referenceIndexData(whole, await fromScratch(whole, edit, true)));
        // Then inside `payments`: `brokers 1..3` and the new `orders` are kept, `payments` and the producer described again.
        const again = edit.replace('partitions 3 }', 'partitions 4 }');
        const kept = provider.counts.kept;
        const second = await edited.set(again);
        expect(services.factory.lastParse).toBe('spliced');
        expect(provider.counts.kept - kept).toBe(2);
        expect(referenceIndexData(services, second)).toEqual(referenceIndexData(whole, await fromScratch(whole, again, true)));
    });

    test('an edit across two blocks, a new block between two, or a change of the cluster line parses the whole text', async () => {
        expect((await editOnce(text, text.replace('7d } }\n    /* payments */\n    topic pay', '7d } }\n    topic pay'))).kind).toBe('whole');
        expect((await editOnce(text, text.replace('    /* payments */', '    topic refunds { }'))).kind).toBe('whole');
        expect((await editOnce(text, text.replace('cluster shop', 'cluster shops'))).kind).toBe('whole');
    });

    test('an unterminated comment or string opened inside a block parses the whole text (and reports what a whole parse reports)', async () => {
        const comment = await editOnce(text, text.replace('partitions 3 }', 'partitions 3 /* }'));
        expect(comment.kind).toBe('whole');
        expect(comment.document.parseResult.lexerErrors.length + comment.document.parseResult.parserErrors.length).toBeGreaterThan(0);
        expect((await editOnce(text, text.replace('partitions 3 }', 'partitions 3 " }'))).kind).toBe('whole');
    });

    test('a file with two clusters, or whose previous text had errors, parses the whole text', async () => {
        const two = `${text}cluster other {\n    brokers 1..3\n    topic t { partitions 1 }\n}\n`;
        expect((await editOnce(two, two.replace('partitions 1', 'partitions 2'))).kind).toBe('whole');
        const broken = text.replace('partitions 3 }', 'partitions }');
        expect((await editOnce(broken, broken.replace('7d', '8d'))).kind).toBe('whole');
    });
});
