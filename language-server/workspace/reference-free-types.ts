// The node types under which no cross-reference can be, read from the grammar: a topic and
// all its settings, a broker, `defaults` … The linker's walk over a whole document skips their
// subtrees (on the 30 000-line topology, most of its ≈ 100 000 nodes).
import { AstUtils, GrammarAST, GrammarUtils, type Grammar } from 'langium';
import { isDataTypeRule, typeNameOfRule } from '../syntax/grammar-rules.js';

export function referenceFreeTypes(grammar: Grammar): ReadonlySet<string> {
    const rules = grammar.rules.filter((rule): rule is GrammarAST.ParserRule => GrammarAST.isParserRule(rule) && !isDataTypeRule(rule));
    const holds = new Map<GrammarAST.ParserRule, boolean>();
    const calls = new Map<GrammarAST.ParserRule, GrammarAST.ParserRule[]>();
    const types = new Map<GrammarAST.ParserRule, string[]>();
    for (const rule of rules) {
        const elements = AstUtils.streamAllContents(rule.definition).toArray();
        holds.set(rule, elements.some(GrammarAST.isCrossReference));
        types.set(rule, [typeNameOfRule(rule), ...elements.filter(GrammarAST.isAction).map((a) => GrammarUtils.getTypeName(a))]);
        calls.set(
            rule,
            elements.flatMap((e) => (GrammarAST.isRuleCall(e) && GrammarAST.isParserRule(e.rule.ref) && !isDataTypeRule(e.rule.ref) ? [e.rule.ref] : []))
        );
    }
    // A rule may hold one when a rule it calls may: until nothing changes (the grammar is small).
    for (let changed = true; changed; ) {
        changed = false;
        for (const rule of rules) {
            if (holds.get(rule) || !calls.get(rule)!.some((callee) => holds.get(callee))) continue;
            holds.set(rule, true);
            changed = true;
        }
    }
    const free = new Set<string>();
    const holding = new Set<string>();
    for (const rule of rules) {
        for (const type of types.get(rule)!) (holds.get(rule) ? holding : free).add(type);
    }
    // A type some rule that may hold one also makes is walked.
    for (const type of holding) free.delete(type);
    return free;
}
