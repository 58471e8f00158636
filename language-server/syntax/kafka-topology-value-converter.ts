import { DefaultValueConverter, GrammarUtils, ValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

/**
 * Converts token text by rule name. Langium's default first asks the grammar
 * model for each rule's type, which costs more than the parse itself on large
 * files; this grammar's rules and their types are fixed, so a switch does.
 */
export class KafkaTopologyValueConverter extends DefaultValueConverter {
    /**
     * Langium's, but comparing the grammar element's `$type` instead of asking the reflection
     * (`isCrossReference`, `isRuleCall`), which builds a string key per call: ≈ 4 MB of garbage
     * per parse of the 30 000-line topology, where this runs for every token.
     */
    override convert(input: string, cstNode: CstNode): ValueType {
        let feature = cstNode.grammarSource;
        if (feature?.$type === 'CrossReference') feature = GrammarUtils.getCrossReferenceTerminal(feature as GrammarAST.CrossReference);
        if (feature?.$type !== 'RuleCall') return input;
        const rule = (feature as GrammarAST.RuleCall).rule.ref;
        if (!rule) throw new Error('This cst node was not parsed by a rule.');
        return this.runConverter(rule, input, cstNode);
    }

    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        switch (rule.name) {
            case 'ID':
            case 'QUANTITY':
            case 'Name':
            case 'ConfigWord':
                return input;
            case 'STRING':
                // Langium's conversion builds the string a character at a time; most have no escape.
                return input.includes('\\') ? ValueConverter.convertString(input) : input.substring(1, input.length - 1);
            case 'INT':
            case 'DECIMAL':
            case 'SignedInt':
            case 'SignedNumber':
                return Number(input);
            case 'Bool':
                return input === 'true';
            default:
                return super.runConverter(rule, input, cstNode);
        }
    }
}
