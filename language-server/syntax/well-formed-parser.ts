// A parser for text without syntax errors, driven by the grammar itself (issue 15). Langium's
// parser (Chevrotain's recognizer, its error recovery, and Langium's building on top of it) is
// ≈ 0.4 s of `kafka-topology check` on the 30 000-line topology, and making it another 70 ms.
// This one walks the same grammar with one token of lookahead and builds the very AST and CST
// Langium's parser builds (test/syntax/well-formed-parser.test.ts compares them node for node).
// At the first token it cannot take it gives up, and Langium's parser parses the text with its
// error recovery and messages: a file with a syntax error is parsed as it always was.
import { DatatypeSymbol, GrammarAST, GrammarUtils, RootCstNodeImpl, type AstNode, type CstNode, type LangiumCoreServices, type Linker, type ParseResult, type ValueConverter } from 'langium';
import type { IToken, TokenType } from 'chevrotain';
import { TypeDefaults } from './ast-finishing.js';
import { isDataTypeRule, typeNameOfRule } from './grammar-rules.js';
import { addHiddenNodes, appendChild, finishComposite, leafOf, newComposite, type HiddenNodeTarget } from './cst-nodes.js';

/** Thrown at the first token the parser cannot take; `parse` then returns undefined. One object: no stack is taken per throw. */
const DECLINE = new Error('not well formed');

type Mutable = Record<string, unknown> & { $type: unknown; $cstNode?: CstNode; value?: string };

/** One parse: the tokens, where it is, and the CST and AST nodes it is in. */
class Run implements HiddenNodeTarget {
    pos = 0;
    hiddenPos = 0;
    readonly nodeStack: CstContainerNode[];
    readonly stack: Mutable[] = [];

    constructor(
        readonly tokens: IToken[],
        readonly hidden: IToken[],
        readonly rootNode: RootCstNodeImpl
    ) {
        this.nodeStack = [rootNode as unknown as CstContainerNode];
    }

    get current(): CstContainerNode {
        return this.nodeStack[this.nodeStack.length - 1] ?? (this.rootNode as unknown as CstContainerNode);
    }
}

type CstContainerNode = CstNode & { content: CstNode[]; container?: CstContainerNode; _astNode?: unknown };

/** A grammar element made into code: what it starts with, whether it may be empty, how it parses and how it only recognizes. */
interface Element {
    readonly first: ReadonlySet<number>;
    readonly nullable: boolean;
    parse(run: Run): void;
    /** The position after the element from `pos`, or -1; builds nothing. */
    recognize(run: Run, pos: number): number;
}

interface Assignment {
    readonly operator: string;
    readonly feature: string;
    readonly crossRef: 'single' | 'multi' | undefined;
}

export class WellFormedParser {
    private readonly rules = new Map<GrammarAST.ParserRule | undefined, CompiledRule>();
    private readonly byName = new Map<string, GrammarAST.ParserRule>();
    private readonly defaults: TypeDefaults;
    private readonly converter: ValueConverter;
    private readonly linker: Linker;
    private readonly tokenTypes: Record<string, TokenType>;

    constructor(private readonly services: LangiumCoreServices) {
        this.defaults = new TypeDefaults(services.shared.AstReflection);
        this.converter = services.parser.ValueConverter;
        this.linker = services.references.Linker;
        this.tokenTypes = services.parser.Lexer.definition;
        for (const rule of services.Grammar.rules) {
            if (!GrammarAST.isParserRule(rule)) continue;
            this.byName.set(rule.name, rule);
            this.rule(rule);
        }
        for (const compiled of this.rules.values()) compiled.compile();
    }

    /** Langium's `parse(input, { rule })`, or undefined when the text has a syntax error. */
    parse(input: string, ruleName?: string): ParseResult<AstNode> | undefined {
        const rule = ruleName === undefined ? this.entry() : this.rules.get(this.byName.get(ruleName));
        if (!rule) return undefined;
        const lexed = this.services.parser.Lexer.tokenize(input);
        if (lexed.errors.length > 0) return undefined;
        const root = new RootCstNodeImpl(input);
        root.root = root;
        const run = new Run(lexed.tokens, lexed.hidden, root);
        let value: AstNode;
        try {
            value = rule.call(run) as AstNode;
            if (run.pos !== run.tokens.length) return undefined;
        } catch (error) {
            if (error === DECLINE) return undefined;
            throw error;
        }
        const rest = run.hidden.slice(run.hiddenPos);
        if (rest.length > 0) addHiddenNodes(run, rest);
        return { value, lexerErrors: [], lexerReport: lexed.report, parserErrors: [] };
    }

    private entry(): CompiledRule | undefined {
        for (const compiled of this.rules.values()) if (compiled.rule.entry) return compiled;
        return undefined;
    }

    rule(rule: GrammarAST.ParserRule): CompiledRule {
        let compiled = this.rules.get(rule);
        if (!compiled) {
            if (rule.fragment || rule.parameters.length > 0) throw new Error(`rule ${rule.name}: fragments and parameters are not supported`);
            compiled = new CompiledRule(this, rule);
            this.rules.set(rule, compiled);
        }
        return compiled;
    }

    tokenType(name: string): TokenType {
        const type = this.tokenTypes[name];
        if (!type) throw new Error(`no token type ${name}`);
        return type;
    }

    // ------------------------------------------------------------ what the parser does per token and per rule
    // (Langium 4.2.1's LangiumParser: consume, subrule, construct, assign; parser/langium-parser.js)

    consume(run: Run, token: IToken, feature: GrammarAST.AbstractElement, assignment: Assignment | undefined, keyword: boolean): void {
        const hidden = run.hidden;
        if (run.hiddenPos < hidden.length && hidden[run.hiddenPos].startOffset < token.startOffset) {
            const from = run.hiddenPos;
            let to = from;
            while (to < hidden.length && hidden[to].startOffset < token.startOffset) to++;
            run.hiddenPos = to;
            addHiddenNodes(run, hidden.slice(from, to));
        }
        const leaf = leafOf(token, false);
        leaf.grammarSource = feature;
        leaf.root = run.rootNode;
        appendChild(run.current, leaf);
        const current = run.stack[run.stack.length - 1];
        if (assignment) {
            const value = keyword ? token.image : this.converter.convert(token.image, leaf);
            this.assign(current, assignment, value, leaf);
        } else if (current.$type === DatatypeSymbol) {
            current.value += keyword ? token.image : String(this.converter.convert(token.image, leaf));
        }
    }

    /** Starts a rule's AST node; `construct` finishes it. */
    start(run: Run, type: string | typeof DatatypeSymbol): void {
        run.stack.push(type === DatatypeSymbol ? { $type: DatatypeSymbol, value: '' } : { $type: type });
    }

    construct(run: Run): unknown {
        const node = run.stack.pop()!;
        const cst = run.current;
        if (typeof node.$type === 'string') cst._astNode = node;
        node.$cstNode = cst;
        run.nodeStack.pop();
        finishComposite(cst);
        if (node.$type === DatatypeSymbol) return this.converter.convert(node.value!, cst);
        this.defaults.assign(node as unknown as AstNode);
        return node;
    }

    subrule(run: Run, rule: CompiledRule, feature: GrammarAST.AbstractElement, assignment: Assignment | undefined): void {
        const cst = newComposite();
        cst.grammarSource = feature;
        cst.root = run.rootNode;
        appendChild(run.current, cst);
        run.nodeStack.push(cst as unknown as CstContainerNode);
        const result = rule.call(run);
        if (assignment) {
            this.assign(run.stack[run.stack.length - 1], assignment, result, cst);
            return;
        }
        const current = run.stack[run.stack.length - 1];
        if (current.$type === DatatypeSymbol) {
            current.value += String(result);
        } else if (typeof result === 'object' && result) {
            // `assignWithoutOverride`: the called rule's node takes the place of the caller's.
            const target = result as Mutable;
            for (const name of Object.keys(current)) {
                const had = target[name];
                const value = current[name];
                if (had === undefined) target[name] = value;
                else if (Array.isArray(had) && Array.isArray(value)) {
                    value.push(...(had as unknown[]));
                    target[name] = value;
                }
            }
            if (target.$cstNode) {
                (target.$cstNode as CstContainerNode)._astNode = undefined;
                target.$cstNode = undefined;
            }
            run.stack[run.stack.length - 1] = target;
        }
    }

    private assign(node: Mutable, assignment: Assignment, value: unknown, cst: CstNode): void {
        let item = value;
        if (assignment.crossRef === 'single' && typeof value === 'string') item = this.linker.buildReference(node as unknown as AstNode, assignment.feature, cst, value);
        else if (assignment.crossRef === 'multi' && typeof value === 'string') item = this.linker.buildMultiReference(node as unknown as AstNode, assignment.feature, cst, value);
        // A node assigned here is finished (its rule constructed it): it gets its container as
        // Langium's `linkContentToContainer` gives it after the parse, fields in the same order.
        const child = typeof item === 'object' && item !== null && typeof (item as Mutable).$type === 'string' ? (item as Mutable) : undefined;
        switch (assignment.operator) {
            case '=':
                node[assignment.feature] = item;
                if (child) {
                    child.$container = node;
                    child.$containerProperty = assignment.feature;
                }
                break;
            case '?=':
                node[assignment.feature] = true;
                break;
            case '+=': {
                let list = node[assignment.feature] as unknown[] | undefined;
                if (Array.isArray(list)) list.push(item);
                else node[assignment.feature] = list = [item];
                if (child) {
                    child.$container = node;
                    child.$containerProperty = assignment.feature;
                    child.$containerIndex = list.length - 1;
                }
                break;
            }
        }
    }
}

class CompiledRule {
    private body: Element | undefined;
    private firstSet: Set<number> | undefined;
    private nullableValue: boolean | undefined;
    private computing = false;
    private readonly type: string | typeof DatatypeSymbol;

    constructor(
        private readonly parser: WellFormedParser,
        readonly rule: GrammarAST.ParserRule
    ) {
        this.type = isDataTypeRule(rule) ? DatatypeSymbol : typeNameOfRule(rule);
    }

    compile(): void {
        this.body ??= new Compiler(this.parser).element(this.rule.definition, new Set());
    }

    /** What the rule can start with (computed before its body is compiled, for the rules that call it). */
    get first(): ReadonlySet<number> {
        this.analyze();
        return this.firstSet!;
    }

    get nullable(): boolean {
        this.analyze();
        return this.nullableValue!;
    }

    private analyze(): void {
        if (this.firstSet) return;
        if (this.computing) throw new Error(`rule ${this.rule.name} is left-recursive`);
        this.computing = true;
        const analysis = new Compiler(this.parser).analyze(this.rule.definition);
        this.firstSet = analysis.first;
        this.nullableValue = analysis.nullable;
        this.computing = false;
    }

    call(run: Run): unknown {
        this.parser.start(run, this.type);
        this.body!.parse(run);
        return this.parser.construct(run);
    }

    recognize(run: Run, pos: number): number {
        return this.body!.recognize(run, pos);
    }
}

/** Token types by index: a token of `type` or of a category under it. */
function matching(type: TokenType): Set<number> {
    const set = new Set<number>([type.tokenTypeIdx!]);
    const categories = (type as { categoryMatchesMap?: Record<number, boolean> }).categoryMatchesMap;
    if (categories) for (const idx of Object.keys(categories)) if (categories[+idx]) set.add(+idx);
    return set;
}

const union = (...sets: ReadonlyArray<ReadonlySet<number>>): Set<number> => {
    const all = new Set<number>();
    for (const set of sets) for (const value of set) all.add(value);
    return all;
};

const intersects = (a: ReadonlySet<number>, b: ReadonlySet<number>): boolean => {
    for (const value of a) if (b.has(value)) return true;
    return false;
};

/** A lookup table by token type index. */
function table(set: ReadonlySet<number>): Uint8Array {
    const t = new Uint8Array(Math.max(0, ...set) + 1);
    for (const idx of set) t[idx] = 1;
    return t;
}

const startsWith = (t: Uint8Array, token: IToken | undefined): boolean => token !== undefined && t[token.tokenTypeIdx] === 1;

class Compiler {
    constructor(private readonly parser: WellFormedParser) {}

    /** FIRST and nullable of an element, without compiling it. */
    analyze(element: GrammarAST.AbstractElement): { first: Set<number>; nullable: boolean } {
        const optional = element.cardinality === '?' || element.cardinality === '*';
        const inner = this.analyzeOne(element);
        return { first: inner.first, nullable: optional || inner.nullable };
    }

    private analyzeOne(element: GrammarAST.AbstractElement): { first: Set<number>; nullable: boolean } {
        if (GrammarAST.isKeyword(element)) return { first: matching(this.parser.tokenType(element.value)), nullable: false };
        if (GrammarAST.isAction(element)) return { first: new Set(), nullable: true };
        if (GrammarAST.isAssignment(element)) return this.analyze(element.terminal);
        if (GrammarAST.isCrossReference(element)) return this.analyze(crossReferenceTerminal(element));
        if (GrammarAST.isRuleCall(element)) {
            const rule = element.rule.ref;
            if (GrammarAST.isTerminalRule(rule)) return { first: matching(this.parser.tokenType(rule.name)), nullable: false };
            if (GrammarAST.isParserRule(rule)) {
                const compiled = this.parser.rule(rule);
                return { first: new Set(compiled.first), nullable: compiled.nullable };
            }
            throw new Error(`unsupported rule call ${element.rule.$refText}`);
        }
        if (GrammarAST.isAlternatives(element)) {
            const parts = element.elements.map((e) => this.analyze(e));
            return { first: union(...parts.map((p) => p.first)), nullable: parts.some((p) => p.nullable) };
        }
        if (GrammarAST.isGroup(element) && !GrammarAST.isUnorderedGroup(element)) {
            if (element.guardCondition) throw new Error('guard conditions are not supported');
            const first = new Set<number>();
            for (const e of element.elements) {
                const part = this.analyze(e);
                for (const idx of part.first) first.add(idx);
                if (!part.nullable) return { first, nullable: false };
            }
            return { first, nullable: true };
        }
        throw new Error(`unsupported grammar element ${element.$type}`);
    }

    /**
     * The element as code. `follow` is what may come after it in its rule: where an optional or
     * repeated part could also start what follows it, one token cannot tell which, and the
     * grammar is refused (Chevrotain would look further; this parser does not).
     */
    element(element: GrammarAST.AbstractElement, follow: ReadonlySet<number>): Element {
        const cardinality = element.cardinality;
        const inner = cardinality === '*' || cardinality === '+' ? this.one(element, union(this.analyzeOne(element).first, follow)) : this.one(element, follow);
        if (!cardinality) return inner;
        if (intersects(inner.first, follow)) throw new Error(`one token cannot tell whether to enter ${element.$type}${cardinality} of rule ${ruleOf(element)}`);
        const enters = table(inner.first);
        if (cardinality === '?') {
            return {
                first: inner.first,
                nullable: true,
                parse: (run) => {
                    if (startsWith(enters, run.tokens[run.pos])) inner.parse(run);
                },
                recognize: (run, pos) => (startsWith(enters, run.tokens[pos]) ? inner.recognize(run, pos) : pos)
            };
        }
        const atLeastOnce = cardinality === '+';
        return {
            first: inner.first,
            nullable: !atLeastOnce,
            parse: (run) => {
                if (atLeastOnce) inner.parse(run);
                while (startsWith(enters, run.tokens[run.pos])) inner.parse(run);
            },
            recognize: (run, pos) => {
                if (atLeastOnce && (pos = inner.recognize(run, pos)) < 0) return -1;
                while (pos >= 0 && startsWith(enters, run.tokens[pos])) pos = inner.recognize(run, pos);
                return pos;
            }
        };
    }

    private one(element: GrammarAST.AbstractElement, follow: ReadonlySet<number>): Element {
        if (GrammarAST.isKeyword(element)) return this.token(this.parser.tokenType(element.value), element);
        if (GrammarAST.isAction(element)) {
            if (element.feature) throw new Error('actions with a feature are not supported');
            const type = GrammarUtils.getTypeName(element);
            return {
                first: new Set(),
                nullable: true,
                parse: (run) => {
                    run.stack[run.stack.length - 1].$type = type;
                },
                recognize: (_run, pos) => pos
            };
        }
        if (GrammarAST.isAssignment(element)) {
            if (element.terminal.cardinality) throw new Error('an assigned element with a cardinality is not supported');
            return this.one(element.terminal, follow);
        }
        if (GrammarAST.isCrossReference(element)) {
            const terminal = crossReferenceTerminal(element);
            if (GrammarAST.isKeyword(terminal)) return this.token(this.parser.tokenType(terminal.value), element);
            if (GrammarAST.isRuleCall(terminal)) {
                const rule = terminal.rule.ref;
                if (GrammarAST.isTerminalRule(rule)) return this.token(this.parser.tokenType(rule.name), element);
                if (GrammarAST.isParserRule(rule)) return this.call(element, this.parser.rule(rule));
            }
            throw new Error('unsupported cross-reference');
        }
        if (GrammarAST.isRuleCall(element)) {
            if (element.arguments.length > 0) throw new Error('rule arguments are not supported');
            const rule = element.rule.ref;
            if (GrammarAST.isTerminalRule(rule)) return this.token(this.parser.tokenType(rule.name), element);
            if (GrammarAST.isParserRule(rule)) return this.call(element, this.parser.rule(rule));
            throw new Error(`unsupported rule call ${element.rule.$refText}`);
        }
        if (GrammarAST.isAlternatives(element)) return this.alternatives(element, follow);
        if (GrammarAST.isGroup(element) && !GrammarAST.isUnorderedGroup(element)) return this.group(element, follow);
        throw new Error(`unsupported grammar element ${element.$type}`);
    }

    private token(type: TokenType, feature: GrammarAST.AbstractElement): Element {
        const first = matching(type);
        const accepts = table(first);
        const assignment = assignmentOf(feature);
        const keyword = GrammarAST.isKeyword(feature);
        const parser = this.parser;
        return {
            first,
            nullable: false,
            parse: (run) => {
                const token = run.tokens[run.pos];
                if (!startsWith(accepts, token)) throw DECLINE;
                run.pos++;
                parser.consume(run, token, feature, assignment, keyword);
            },
            recognize: (run, pos) => (startsWith(accepts, run.tokens[pos]) ? pos + 1 : -1)
        };
    }

    private call(feature: GrammarAST.AbstractElement, rule: CompiledRule): Element {
        const assignment = assignmentOf(feature);
        const parser = this.parser;
        const accepts = table(rule.first);
        const nullable = rule.nullable;
        return {
            first: rule.first,
            nullable,
            parse: (run) => {
                if (!nullable && !startsWith(accepts, run.tokens[run.pos])) throw DECLINE;
                parser.subrule(run, rule, feature, assignment);
            },
            recognize: (run, pos) => rule.recognize(run, pos)
        };
    }

    private group(group: GrammarAST.Group, follow: ReadonlySet<number>): Element {
        if (group.guardCondition) throw new Error('guard conditions are not supported');
        // Compiled from the last element back, each with what may follow it.
        const parts: Element[] = [];
        let after: ReadonlySet<number> = follow;
        for (let i = group.elements.length - 1; i >= 0; i--) {
            const part = this.element(group.elements[i], after);
            parts.unshift(part);
            after = part.nullable ? union(part.first, after) : part.first;
        }
        const { first, nullable } = this.analyzeOne(group);
        return {
            first,
            nullable,
            parse: (run) => {
                for (let i = 0; i < parts.length; i++) parts[i].parse(run);
            },
            recognize: (run, pos) => {
                for (let i = 0; i < parts.length && pos >= 0; i++) pos = parts[i].recognize(run, pos);
                return pos;
            }
        };
    }

    /**
     * By the next token. Where it starts more than one alternative, the first alternative that
     * recognizes the text from there is taken: the one Chevrotain's longer lookahead takes for
     * text without errors (the grammar's `Expectation`: `no quorum` and `no data-loss`).
     */
    private alternatives(alternatives: GrammarAST.Alternatives, follow: ReadonlySet<number>): Element {
        const alts = alternatives.elements.map((e) => this.element(e, follow));
        if (alts.some((alt) => alt.nullable)) throw new Error(`an alternative of rule ${ruleOf(alternatives)} may be empty`);
        const first = union(...alts.map((alt) => alt.first));
        const candidates: number[][] = [];
        for (const idx of first) candidates[idx] = alts.flatMap((alt, i) => (alt.first.has(idx) ? [i] : []));
        const pick = (run: Run, pos: number): number => {
            const token = run.tokens[pos];
            const options = token === undefined ? undefined : candidates[token.tokenTypeIdx];
            if (options === undefined) return -1;
            if (options.length === 1) return options[0];
            for (const i of options) if (alts[i].recognize(run, pos) >= 0) return i;
            return -1;
        };
        return {
            first,
            nullable: false,
            parse: (run) => {
                const i = pick(run, run.pos);
                if (i < 0) throw DECLINE;
                alts[i].parse(run);
            },
            recognize: (run, pos) => {
                const i = pick(run, pos);
                return i < 0 ? -1 : alts[i].recognize(run, pos);
            }
        };
    }
}

function crossReferenceTerminal(crossRef: GrammarAST.CrossReference): GrammarAST.AbstractElement {
    const terminal = crossRef.terminal ?? (crossRef.type.ref ? GrammarUtils.findNameAssignment(crossRef.type.ref)?.terminal : undefined);
    if (!terminal) throw new Error('a cross-reference without a terminal');
    return terminal;
}

/** Langium's `getAssignment`: the assignment a consumed or called element is part of. */
function assignmentOf(feature: GrammarAST.AbstractElement): Assignment | undefined {
    let node: unknown = feature;
    while (node && !GrammarAST.isAssignment(node)) node = (node as { $container?: unknown }).$container;
    if (!node) return undefined;
    const assignment = node as GrammarAST.Assignment;
    const crossRef = GrammarAST.isCrossReference(assignment.terminal) ? (assignment.terminal.isMulti ? 'multi' : 'single') : undefined;
    return { operator: assignment.operator, feature: assignment.feature, crossRef };
}

function ruleOf(element: GrammarAST.AbstractElement): string {
    let node: unknown = element;
    while (node && !GrammarAST.isParserRule(node)) node = (node as { $container?: unknown }).$container;
    return (node as GrammarAST.ParserRule | undefined)?.name ?? '?';
}
