// The per-rule answers the parser and the linker read from the grammar (grammar-rules.ts) are Langium's.
import { GrammarAST, GrammarUtils } from 'langium';
import { expect, test } from 'vitest';
import { isDataTypeRule, typeNameOfRule } from '../../language-server/syntax/grammar-rules.js';
import { language } from '../support/language.js';

test("every parser rule's data type answer and type name are Langium's", () => {
    const rules = language.Grammar.rules.filter(GrammarAST.isParserRule);
    expect(rules.filter((rule) => GrammarUtils.isDataTypeRule(rule)).length).toBeGreaterThan(0);
    for (const rule of rules) {
        expect([rule.name, isDataTypeRule(rule), typeNameOfRule(rule)]).toEqual([rule.name, GrammarUtils.isDataTypeRule(rule), GrammarUtils.getTypeName(rule)]);
        // Asked again: the kept answer.
        expect(isDataTypeRule(rule)).toBe(GrammarUtils.isDataTypeRule(rule));
    }
});
