import { DatatypeSymbol, type AstNode, type AstReflection, type LangiumParser, type ParseResult } from 'langium';

/**
 * Langium 4.2.1's parser finishes each AST node with `assignMandatoryProperties` (the type's
 * metadata read and `Object.values` of its properties per node) and the whole tree with
 * `linkContentToContainer` (`Object.entries` of every node, a closure per array): together
 * ≈ 100 ms of the 30 000-line topology's parse. These do the same with a list of defaults per
 * type read once and a plain walk; the AST they leave is the same (a test compares it with
 * Langium's own functions).
 */
export function installAstFinishing(parser: LangiumParser, reflection: AstReflection): void {
    const internals = parser as unknown as ParserInternals;
    const defaults = new TypeDefaults(reflection);
    internals.construct = function construct(this: ParserInternals) {
        if (this.isRecording()) return undefined;
        const node = this.stack.pop()!;
        this.nodeBuilder.construct(node);
        if ('$infixName' in node) return this.constructInfix(node, this.operatorPrecedence.get(node.$infixName));
        if ((node.$type as unknown) === DatatypeSymbol) return this.converter.convert(node.value, node.$cstNode);
        defaults.assign(node);
        return node;
    };
    internals.parse = function parse(this: ParserInternals, input: string, options: { rule?: string } = {}): ParseResult {
        this.nodeBuilder.buildRootNode(input);
        const lexerResult = (this.lexerResult = this.lexer.tokenize(input));
        this.wrapper.input = lexerResult.tokens;
        const ruleMethod = options.rule ? this.allRules.get(options.rule) : this.mainRule;
        if (!ruleMethod) throw new Error(options.rule ? `No rule found with name '${options.rule}'` : 'No main rule available.');
        const result = this.doParse(ruleMethod);
        this.nodeBuilder.addHiddenNodes(lexerResult.hidden);
        this.unorderedGroups.clear();
        this.lexerResult = undefined;
        linkContents(result);
        return { value: result, lexerErrors: lexerResult.errors, lexerReport: lexerResult.report, parserErrors: this.wrapper.errors };
    };
}

/** `linkContentToContainer(node, { deep: true })`. */
export function linkContents(node: AstNode): void {
    const record = node as unknown as Record<string, unknown>;
    for (const name in record) {
        if (name.charCodeAt(0) === 36 /* $ */) continue;
        const value = record[name];
        if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                const item: unknown = value[index];
                if (!isNode(item)) continue;
                item.$container = node;
                item.$containerProperty = name;
                item.$containerIndex = index;
                linkContents(item);
            }
        } else if (isNode(value)) {
            value.$container = node;
            value.$containerProperty = name;
            linkContents(value);
        }
    }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const isNode = (value: unknown): value is Mutable<AstNode> =>
    typeof value === 'object' && value !== null && typeof (value as { $type?: unknown }).$type === 'string';

/** `assignMandatoryProperties`: a property with a default gets a copy of it when it has no value. */
export class TypeDefaults {
    private readonly byType = new Map<string, ReadonlyArray<readonly [string, unknown]>>();

    constructor(private readonly reflection: AstReflection) {}

    assign(node: AstNode): void {
        const defaults = this.of(node.$type);
        const record = node as unknown as Record<string, unknown>;
        for (let i = 0; i < defaults.length; i++) {
            const [name, value] = defaults[i];
            if (record[name] === undefined) record[name] = copyDefault(value);
        }
    }

    private of(type: string): ReadonlyArray<readonly [string, unknown]> {
        let defaults = this.byType.get(type);
        if (!defaults) {
            const properties = Object.values(this.reflection.getTypeMetaData(type).properties);
            defaults = properties.filter((p) => p.defaultValue !== undefined).map((p) => [p.name, p.defaultValue] as const);
            this.byType.set(type, defaults);
        }
        return defaults;
    }
}

const copyDefault = (value: unknown): unknown => (Array.isArray(value) ? value.map(copyDefault) : value);

interface ParserInternals {
    isRecording(): boolean;
    construct(): unknown;
    constructInfix(node: AstNode, precedence: unknown): unknown;
    doParse(rule: unknown): AstNode;
    parse(input: string, options?: { rule?: string }): ParseResult;
    readonly stack: (AstNode & Record<string, never>)[];
    readonly operatorPrecedence: Map<string, unknown>;
    readonly converter: { convert(value: unknown, cstNode: unknown): unknown };
    readonly nodeBuilder: { construct(node: AstNode): void; buildRootNode(input: string): void; addHiddenNodes(tokens: unknown[]): void };
    readonly lexer: { tokenize(input: string): { tokens: unknown[]; hidden: unknown[]; errors: ParseResult['lexerErrors']; report: ParseResult['lexerReport'] } };
    readonly wrapper: { input: unknown[]; errors: ParseResult['parserErrors'] };
    readonly allRules: Map<string, unknown>;
    readonly mainRule: unknown;
    readonly unorderedGroups: Map<unknown, unknown>;
    lexerResult: unknown;
}
