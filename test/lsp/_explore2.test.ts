import { test } from 'vitest';
import { parseHelper } from 'langium/test';
import { GrammarAST, GrammarUtils, CstUtils } from 'langium';
import { language } from '../support/language.js';

const parse = parseHelper(language);
test('explore', async () => {
    const text = 'cluster c {\n broker 1 { rack "az-1" }\n brokers 2..3\n topic t { partitions 3 config { retention.ms = 7d cleanup.policy = delete, compact } assignment { 0: [1, 2] } }\n producer p { produces t acks 1 }\n consumer-group g { consumes t members [a, b] }\n scenario s { fail broker 1 fail rack "az-1" fail member a in g expect t writable expect no data-loss }\n}';
    const doc = await parse(text);
    const root = doc.parseResult.value.$cstNode!;
    for (const m of text.matchAll(/\S+/g)) {
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, m.index! + 0, language.parser.GrammarConfig.nameRegexp);
        if (!leaf) continue;
        const gs = leaf.grammarSource;
        const kind = GrammarAST.isKeyword(gs) ? 'kw' : GrammarAST.isRuleCall(gs) ? 'call:' + gs.rule.ref?.name : GrammarAST.isCrossReference(gs) ? 'xref' : gs?.$type;
        const asg = GrammarUtils.findAssignment(leaf);
        console.log(m[0].padEnd(16), kind?.padEnd(14), (asg?.feature ?? '-').padEnd(10), leaf.astNode.$type, GrammarAST.isCrossReference(asg?.terminal) ? 'XREF' : '', JSON.stringify(leaf.text));
    }
});
