import { AstUtils, GrammarAST, stream, type AstNode, type AstNodeDescription, type LangiumDocument, type MaybePromise, type ReferenceInfo, type Stream } from 'langium';
import {
    DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionProviderOptions, type CompletionValueItem,
    type NextFeature
} from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat, type CancellationToken, type CompletionList, type CompletionParams, type TextEdit } from 'vscode-languageserver';
import {
    isCluster, isConfigBlock, isConsumerGroup, isGroupDeclaration, isShareGroup, isConsumesProperty, isDescriptionProperty, isMember, isMembersProperty, isMemberTarget,
    isProducer, isProducesProperty, isTopic, type Cluster, type GroupDeclaration
} from '../generated/ast.js';
import type { KafkaTopologyServices } from '../kafka-topology-module.js';
import type { TopologyDocuments } from '../syntax/topology-documents.js';
import type { LocaleService } from '../messages/locale-service.js';
import type { ClusterFacts, ClusterFactsProvider } from '../model/cluster-facts.js';
import { assignorOf, memberIdsOf, membersPropertyOf } from '../model/members.js';
import { cursorSlot, type CursorSlot } from './completion/cursor-slot.js';
import { keywordItem, snippetKindOf } from './completion/keyword-items.js';
import { previewOf, snippetFor } from './completion/snippets.js';
import { acksItems, brokerItems, configKeyItems, configValueItems, controllerItems, fieldItems, rackItems, type ValueItem } from './completion/value-items.js';
import { ruleOf } from './docs/keyword-concepts.js';
import { catalogue } from '../messages/index.js';

/** Members offered for `fail member |` before the group is written (counted groups can be large). */
const MAX_MEMBER_ITEMS = 200;
const BARE_NAME = /^[A-Za-z_][A-Za-z0-9._-]*$/;

/** Properties given once per block (a second one is duplicate-property), by keyword. */
const SINGLE_PROPERTIES: Readonly<Record<string, string>> = {
    partitions: 'PartitionsProperty',
    'replication-factor': 'ReplicationFactorProperty',
    'min-insync-replicas': 'MinInsyncReplicasProperty',
    ordering: 'OrderingProperty',
    description: 'DescriptionProperty',
    produces: 'ProducesProperty',
    acks: 'AcksProperty',
    key: 'KeyProperty',
    idempotent: 'IdempotentProperty',
    consumes: 'ConsumesProperty',
    members: 'MembersProperty',
    assignor: 'AssignorProperty',
    protocol: 'ProtocolProperty'
};

/** The quoted text the cursor is in on its line (from the opening quote, through an auto-closed one right after the cursor). */
function quotedSpan(text: string, offset: number): { start: number; end: number; typed: string } | undefined {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    let open: number | undefined;
    for (let i = lineStart; i < offset; i++) {
        const c = text.charAt(i);
        if (open === undefined && c === '/' && text.charAt(i + 1) === '/') return undefined;
        if (c === '\\' && open !== undefined) i++;
        else if (c === '"') open = open === undefined ? i : undefined;
    }
    if (open === undefined) return undefined;
    return { start: open, end: text.charAt(offset) === '"' ? offset + 1 : offset, typed: text.slice(open + 1, offset) };
}

/** `members 3`, `members [a, b]`, or the default single member, without listing them. */
function memberCount(group: GroupDeclaration): number {
    const property = membersPropertyOf(group);
    return property ? (property.count ?? property.members.length) : 1;
}

/**
 * Completion: keywords with their Kafka concept, names in scope (topics, groups,
 * members), broker ids, racks, config keys and values with Kafka's docs, enum
 * values, and block snippets with the recommended defaults.
 */
export class KafkaTopologyCompletionProvider extends DefaultCompletionProvider {
    protected readonly locale: LocaleService;
    protected readonly facts: ClusterFactsProvider;
    protected readonly documents: TopologyDocuments;
    /** Names spelled like a keyword must be quoted when inserted. */
    protected readonly keywords: ReadonlySet<string>;
    /** `=` for config values, `[` for broker ids in an assignment, `"` for racks. */
    override readonly completionOptions: CompletionProviderOptions = { triggerCharacters: ['=', '[', '"'] };

    constructor(services: KafkaTopologyServices) {
        super(services);
        this.locale = services.kafka.Locale;
        this.facts = services.kafka.ClusterFacts;
        this.documents = services.kafka.TopologyDocuments;
        this.keywords = new Set(AstUtils.streamAllContents(this.grammar).filter(GrammarAST.isKeyword).map((k) => k.value));
    }

    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        if (!this.documents.isTopology(document)) return undefined;
        const list = await super.getCompletion(document, params, cancelToken);
        // Details are plain text in the editor: no markdown backticks there.
        for (const item of list?.items ?? []) if (item.detail) item.detail = item.detail.replace(/`/g, '');
        return list;
    }

    /** How a name is written in the file. */
    protected readonly write = (name: string): string => (BARE_NAME.test(name) && !this.keywords.has(name) ? name : JSON.stringify(name));

    protected clusterFacts(context: CompletionContext): ClusterFacts | undefined {
        const cluster = this.clusterOf(context);
        return cluster ? this.facts.get(cluster) : undefined;
    }

    protected clusterOf(context: CompletionContext): Cluster | undefined {
        return context.node ? AstUtils.getContainerOfType(context.node, isCluster) : undefined;
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const rule = GrammarAST.isRuleCall(next.feature) ? next.feature.rule.ref : undefined;
        if (GrammarAST.isTerminalRule(rule)) {
            const slot = cursorSlot(context.textDocument.getText(), context.tokenOffset, rule.name, next.property);
            if (slot) for (const item of this.valueItems(context, slot)) acceptor(context, item);
            return;
        }
        return super.completionFor(context, next, acceptor);
    }

    protected valueItems(context: CompletionContext, slot: CursorSlot): ValueItem[] {
        const locale = this.locale.current;
        const facts = this.clusterFacts(context);
        switch (slot.kind) {
            case 'config-key':
                return configKeyItems(this.keysInBlock(context), !this.equalsFollows(context), locale);
            case 'config-value':
                return configValueItems(slot.key, slot.given, locale);
            case 'acks':
                return acksItems(locale);
        }
        if (!facts) return [];
        switch (slot.kind) {
            case 'broker':
                return brokerItems(facts, slot.listed, locale);
            case 'controller':
                return controllerItems(facts, locale);
            case 'rack':
                return this.rackItems(context, facts);
            case 'record-key': {
                const producer = context.node && AstUtils.getContainerOfType(context.node, isProducer);
                const topics = producer ? this.topicNamesOf(producer.items.filter(isProducesProperty).at(-1)?.topics) : new Set<string>();
                return fieldItems(facts.cluster, topics);
            }
            case 'ordering-field': {
                const topic = context.node && AstUtils.getContainerOfType(context.node, isTopic);
                return fieldItems(facts.cluster, new Set(topic ? [topic.name] : []));
            }
        }
    }

    private topicNamesOf(refs: ReadonlyArray<{ ref?: { name: string } }> | undefined): Set<string> {
        return new Set((refs ?? []).flatMap((r) => (r.ref ? [r.ref.name] : [])));
    }

    /** Racks are written quoted; replace what was typed of the name, opening quote included. */
    protected rackItems(context: CompletionContext, facts: ClusterFacts): ValueItem[] {
        const text = context.textDocument.getText();
        const typed = /"?[A-Za-z0-9._-]*$/.exec(text.slice(Math.max(0, context.offset - 200), context.offset))?.[0] ?? '';
        // VS Code's auto-closed quote after the cursor is replaced too: `"az-1"`, not `"az-1""`.
        const closing = typed.startsWith('"') && text.charAt(context.offset) === '"' ? 1 : 0;
        const range = { start: context.textDocument.positionAt(context.offset - typed.length), end: context.textDocument.positionAt(context.offset + closing) };
        return rackItems(facts, typed, this.locale.current).map((item) => ({ ...item, textEdit: { range, newText: item.insertText ?? item.label } }));
    }

    /** Keys already set in the config block, except the one being typed. */
    protected keysInBlock(context: CompletionContext): Set<string> {
        const block = context.node && AstUtils.getContainerOfType(context.node, isConfigBlock);
        const keys = new Set<string>();
        for (const entry of block?.entries ?? []) {
            const cst = entry.$cstNode;
            if (entry.key !== undefined && cst && !(cst.offset <= context.tokenOffset && context.tokenOffset <= cst.end)) keys.add(entry.key);
        }
        return keys;
    }

    /** Whether the key being completed is already followed by `=` (the user is renaming a key). */
    protected equalsFollows(context: CompletionContext): boolean {
        const text = context.textDocument.getText();
        return /^[ \t]*=/.test(text.slice(context.tokenEndOffset, context.tokenEndOffset + 80));
    }

    /**
     * Inside a quoted name being typed (`produces "2f|`, or VS Code's auto-closed
     * `"|"`), the item replaces the whole quoted text, both quotes included, and
     * is written as the file needs it: `"2fa-events"`, never `""2fa-events"`.
     */
    protected override buildCompletionTextEdit(context: CompletionContext, label: string, newText: string): TextEdit | undefined {
        const quoted = quotedSpan(context.textDocument.getText(), context.offset);
        if (!quoted) return super.buildCompletionTextEdit(context, label, newText);
        if (quoted.typed !== '' && !this.fuzzyMatcher.match(quoted.typed, label)) return undefined;
        const written = newText.startsWith('"') ? newText : this.write(label) === label ? label : this.write(label);
        return { newText: written, range: { start: context.textDocument.positionAt(quoted.start), end: context.textDocument.positionAt(quoted.end) } };
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (!this.filterKeyword(context, keyword)) return;
        // Inside quotes only names make sense.
        if (quotedSpan(context.textDocument.getText(), context.offset)) return;
        // A property the block already sets is not offered again (it would be duplicate-property).
        if (this.alreadySet(context, keyword.value)) return;
        // After `key =` the grammar allows any word; the key's own values are offered instead.
        if (this.inConfigValue(context)) return;
        const locale = this.locale.current;
        acceptor(context, keywordItem(keyword, locale));
        const snippet = snippetKindOf(keyword);
        if (snippet) {
            const text = snippetFor(snippet, snippet === 'cluster' ? undefined : this.clusterFacts(context), this.write);
            acceptor(context, {
                label: keyword.value,
                // Shown as `topic {…}` next to the plain keyword `topic`.
                labelDetails: { detail: ' {…}' },
                kind: CompletionItemKind.Snippet,
                detail: catalogue(locale).hover.snippet[snippet],
                documentation: { kind: 'markdown', value: '```kafka\n' + previewOf(text) + '\n```' },
                insertText: text,
                insertTextFormat: InsertTextFormat.Snippet,
                sortText: '2'
            });
        }
    }

    /** Whether the block around the cursor already has the property `keyword` starts (not the one being typed). */
    protected alreadySet(context: CompletionContext, keyword: string): boolean {
        const type = SINGLE_PROPERTIES[keyword];
        const hasItems = (n: AstNode): n is AstNode & { items: AstNode[] } => Array.isArray((n as { items?: unknown }).items);
        const block = context.node && AstUtils.getContainerOfType(context.node, hasItems);
        if (!type || !block) return false;
        return block.items.some((item) => {
            const cst = item.$cstNode;
            return item.$type === type && cst !== undefined && !(cst.offset <= context.tokenOffset && context.tokenOffset <= cst.end);
        });
    }

    private inConfigValue(context: CompletionContext): boolean {
        return cursorSlot(context.textDocument.getText(), context.tokenOffset, 'ID', undefined)?.kind === 'config-value';
    }

    protected override completionForCrossReference(
        context: CompletionContext,
        next: NextFeature<GrammarAST.CrossReference>,
        acceptor: CompletionAcceptor
    ): MaybePromise<void> {
        const assignment = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment);
        const target = isMemberTarget(context.node) ? context.node : undefined;
        if (assignment?.feature === 'member' && ruleOf(next.feature) === 'MemberTarget' && !target?.group?.ref) {
            // `fail member |` before `in <group>`: offer every group's members, with the group.
            for (const item of this.membersOfAllGroups(context)) acceptor(context, item);
            return;
        }
        return super.completionForCrossReference(context, next, acceptor);
    }

    protected membersOfAllGroups(context: CompletionContext): ValueItem[] {
        const cluster = this.clusterOf(context);
        const p = catalogue(this.locale.current).hover;
        const items: ValueItem[] = [];
        for (const group of [...(cluster?.groups ?? []), ...(cluster?.shareGroups ?? [])]) {
            for (const member of memberIdsOf(group)) {
                if (items.length >= MAX_MEMBER_ITEMS) return items;
                items.push({
                    label: member.id,
                    kind: CompletionItemKind.Field,
                    labelDetails: { description: `in ${group.name}` },
                    detail: p.memberDetail(group.name),
                    insertText: `${this.write(member.id)} in ${this.write(group.name)}`,
                    sortText: '0'
                });
            }
        }
        return items;
    }

    /** Topics already listed in the same `produces` / `consumes` are not offered again; `member m in |` offers the groups that have m. */
    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const candidates = super.getReferenceCandidates(refInfo, context);
        const target = isMemberTarget(refInfo.container) ? refInfo.container : undefined;
        const member = target?.member?.$refText;
        if (target && refInfo.property === 'group' && member) {
            const name = member.startsWith('"') ? member.slice(1, -1) : member;
            return stream(candidates).filter((d) => !isGroupDeclaration(d.node) || memberIdsOf(d.node).some((m) => m.id === name));
        }
        const property = context.node && (isProducesProperty(context.node) || isConsumesProperty(context.node)) ? context.node : undefined;
        if (!property || refInfo.property !== 'topics') return candidates;
        const listed = new Set(
            property.topics.filter((t) => t.$refNode && !(t.$refNode.offset <= context.tokenOffset && context.tokenOffset <= t.$refNode.end)).map((t) => t.$refText)
        );
        return stream(candidates).filter((d) => !listed.has(d.name));
    }

    /** Kinds come from the NodeKindProvider; the detail says what the name stands for. */
    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const node = description.node;
        const p = catalogue(this.locale.current).hover;
        const insertText = this.write(description.name) === description.name ? undefined : this.write(description.name);
        const cluster = node && AstUtils.getContainerOfType(node, isCluster);
        if (isTopic(node) && cluster) {
            const settings = this.facts.get(cluster).settingsOf(node);
            return {
                ...item,
                detail: p.topicDetail(settings.partitions.value, settings.replicationFactor.value),
                documentation: node.items.filter(isDescriptionProperty).at(-1)?.text,
                insertText
            };
        }
        if (isConsumerGroup(node)) {
            return { ...item, detail: p.groupDetail(assignorOf(node), memberCount(node)), insertText };
        }
        if (isShareGroup(node)) {
            return { ...item, detail: p.shareGroupDetail(memberCount(node)), insertText };
        }
        if (isMember(node) || isMembersProperty(node)) {
            const group = AstUtils.getContainerOfType(node, isGroupDeclaration);
            return { ...item, detail: group ? p.memberDetail(group.name) : p.kind.member, insertText };
        }
        return { ...item, insertText };
    }
}
