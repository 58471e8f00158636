// Langium's `isDataTypeRule` walks a rule and every rule it calls each time it is asked, and
// `getTypeName` asks it again for each parser rule. The grammar-driven parser and the linker's
// reference-free types ask about every rule and rule call when the services are made: ≈ 10 ms
// of every CLI run. The answers never change for a grammar: they are kept per rule.
import { GrammarAST, GrammarUtils } from 'langium';

const dataTypeRules = new WeakMap<GrammarAST.ParserRule, boolean>();

export function isDataTypeRule(rule: GrammarAST.ParserRule): boolean {
    let answer = dataTypeRules.get(rule);
    if (answer === undefined) dataTypeRules.set(rule, (answer = GrammarUtils.isDataTypeRule(rule)));
    return answer;
}

/** `GrammarUtils.getTypeName` of a parser rule, with the data type question answered once. */
export function typeNameOfRule(rule: GrammarAST.ParserRule): string {
    return isDataTypeRule(rule) ? rule.name : (GrammarUtils.getExplicitRuleType(rule) ?? rule.name);
}
