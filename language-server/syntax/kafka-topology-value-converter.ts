import { DefaultValueConverter, ValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

/**
 * Converts token text by rule name. Langium's default first asks the grammar
 * model for each rule's type, which costs more than the parse itself on large
 * files; this grammar's rules and their types are fixed, so a switch does.
 */
export class KafkaTopologyValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        switch (rule.name) {
            case 'ID':
            case 'QUANTITY':
            case 'Name':
            case 'ConfigWord':
                return input;
            case 'STRING':
                return ValueConverter.convertString(input);
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
