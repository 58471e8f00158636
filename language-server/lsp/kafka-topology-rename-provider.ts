import { AstUtils, CstUtils, GrammarUtils, type LangiumDocument, type LeafCstNode } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import { ErrorCodes, ResponseError, TextEdit, type Position, type PrepareRenameParams, type Range, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver';
import {
    isActionStep, isGroupDeclaration, isMember, isMemberTarget, isTopic, type Cluster, type GroupDeclaration, type Member, type MemberTarget, type Topic
} from '../generated/ast.js';
import type { KafkaTopologyServices } from '../kafka-topology-module.js';
import { membersPropertyOf } from '../model/members.js';
import { collides, isReservedTopicName, topicNameProblem } from '../../simulator/index.js';
import { insideQuotes, namePosition } from './navigation/quoted-names.js';
import { catalogue, type RenameTexts } from '../messages/index.js';

type Renamable = Topic | GroupDeclaration | Member;

interface CountedEdit {
    readonly uri: string;
    readonly edit: TextEdit;
}

interface Target {
    readonly node: Renamable;
    /** The name or reference under the cursor. */
    readonly leaf: LeafCstNode;
}

/**
 * Rename topics, consumer groups and named members, from their declaration or
 * any reference. The new name is checked first (a valid Kafka topic name that
 * collides with no other topic; no second group or member of that name) and
 * written quoted when it is not a plain name. Renaming a group also renames the
 * `member <group>-<i> in <group>` targets of its counted members.
 */
export class KafkaTopologyRenameProvider extends DefaultRenameProvider {
    constructor(private readonly services: KafkaTopologyServices) {
        super(services);
    }

    override prepareRename(document: LangiumDocument, params: PrepareRenameParams): Range | undefined {
        const range = this.targetAt(document, params.position)?.leaf.range;
        return range && insideQuotes(document, range);
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const target = this.targetAt(document, params.position);
        if (!target) return undefined;
        const name = unquote(params.newName.trim());
        const problem = this.problem(target.node, name, catalogue(this.services.kafka.Locale.current).rename);
        if (problem) throw new ResponseError(ErrorCodes.InvalidParams, problem);

        const spelled = this.spell(name);
        // A group without `members` has one counted member, whose references resolve to the group itself.
        const counted = isGroupDeclaration(target.node) ? this.countedMemberEdits(target.node, name) : new Map<string, CountedEdit>();
        const changes: Record<string, TextEdit[]> = {};
        const add = (uri: string, edit: TextEdit) => (changes[uri] ??= []).push(edit);
        for (const { uri, edit } of counted.values()) add(uri, edit);
        // References may be in other files of the cluster (its parts).
        for (const reference of this.references.findReferences(target.node, { includeDeclaration: true })) {
            const uri = reference.sourceUri.toString();
            if (!counted.has(`${uri}#${reference.segment.offset}`)) add(uri, TextEdit.replace(reference.segment.range, spelled));
        }
        changes[document.uri.toString()] ??= [];
        return { changes };
    }

    /** What is under the cursor, if it can be renamed; a counted member says why it cannot. */
    protected targetAt(document: LangiumDocument, position: Position): Target | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root || !this.services.kafka.TopologyDocuments.isTopology(document)) return undefined;
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(namePosition(document, position)), this.grammarConfig.nameRegexp);
        if (!leaf) return undefined;
        const node = this.references.findDeclarations(leaf)[0];
        if (!node) return undefined;
        const container = leaf.astNode;
        const memberRef = isMemberTarget(container) && GrammarUtils.findNodeForProperty(container.$cstNode, 'member')?.offset === leaf.offset;
        if (memberRef && !isMember(node)) {
            const group = container.group?.ref;
            const texts = catalogue(this.services.kafka.Locale.current).rename;
            throw new ResponseError(ErrorCodes.InvalidRequest, texts.countedMember(container.member.$refText, group?.name ?? container.group?.$refText ?? ''));
        }
        if (isTopic(node) || isGroupDeclaration(node) || isMember(node)) return { node, leaf };
        return undefined;
    }

    /** Why `name` cannot be the node's new name, or undefined. */
    protected problem(node: Renamable, name: string, texts: RenameTexts): string | undefined {
        if (isTopic(node)) {
            const problem = topicNameProblem(name);
            if (problem) return texts.invalidTopicName(name, problem);
            if (isReservedTopicName(name)) return texts.reservedTopicName(name);
            for (const other of this.services.kafka.ClusterFacts.get(node.$container).allTopics) {
                if (other.name === node.name || other.name === undefined) continue;
                if (other.name === name) return texts.topicExists(name);
                if (collides(other.name, name)) return texts.topicCollides(name, other.name);
            }
            return undefined;
        }
        if (name === '') return texts.emptyName;
        // A quoted name is one line: a line break or a control character cannot be written in it.
        if ([...name].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return texts.controlCharacter;
        if (isGroupDeclaration(node)) {
            const cluster: Cluster = node.$container;
            const facts = this.services.kafka.ClusterFacts.get(cluster);
            return [...facts.allGroups, ...facts.allShareGroups].some((g) => g.name === name && g.name !== node.name) ? texts.groupExists(name) : undefined;
        }
        const property = node.$container;
        const group = property.$container;
        return property.members.some((m) => m.name === name && m.name !== node.name) ? texts.memberExists(name, group.name) : undefined;
    }

    /** `member g-2 in g` of a counted group `g` becomes `member new-2 in new`; the edits by file and offset of the member reference. */
    protected countedMemberEdits(group: GroupDeclaration, name: string): Map<string, CountedEdit> {
        const edits = new Map<string, CountedEdit>();
        const property = membersPropertyOf(group);
        if (property && property.count === undefined) return edits;
        const pattern = new RegExp(`^${escapeRegExp(group.name)}-(\\d+)$`);
        for (const target of this.services.kafka.ClusterFacts.get(group.$container).parts.flatMap(memberTargetsOf)) {
            const reference = target.member.$refNode;
            if (target.group?.ref !== group || !reference || !target.member.ref || isMember(target.member.ref)) continue;
            const index = pattern.exec(unquote(target.member.$refText))?.[1];
            const uri = AstUtils.getDocument(target).uri.toString();
            if (index !== undefined) edits.set(`${uri}#${reference.offset}`, { uri, edit: TextEdit.replace(reference.range, this.spell(`${name}-${index}`)) });
        }
        return edits;
    }

    /** The name as written in a file: bare when it lexes as one plain name, else quoted. */
    protected spell(name: string): string {
        const lexed = this.services.parser.Lexer.tokenize(name);
        const plain = lexed.errors.length === 0 && lexed.tokens.length === 1 && lexed.tokens[0].tokenType.name === 'ID' && lexed.tokens[0].image === name;
        return plain ? name : `"${name.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    }
}

function memberTargetsOf(cluster: Cluster): MemberTarget[] {
    return cluster.scenarios.flatMap((s) => s.steps).flatMap((step) => (isActionStep(step) && isMemberTarget(step.target) ? [step.target] : []));
}

/** `"a b"` typed with its quotes means `a b`. */
function unquote(text: string): string {
    if (text.length < 2 || !text.startsWith('"') || !text.endsWith('"')) return text;
    return text.slice(1, -1).replace(/\\(.)/g, '$1');
}

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
