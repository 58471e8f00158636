import { test } from 'vitest';
import { parseHelper } from 'langium/test';
import { GrammarAST } from 'langium';
import { language } from '../support/language.js';

const parse = parseHelper(language);
class Probe {
}
test('explore', async () => {
    const cases = [
        'cluster c {\n broker 1\n topic t { config {\n ',
        'cluster c {\n broker 1\n topic t { config {\n cleanup.policy = ',
        'cluster c {\n broker 1\n topic t { config {\n cleanup.policy = del',
        'cluster c {\n broker 1\n scenario s { fail broker ',
        'cluster c {\n broker 1\n scenario s { fail rack ',
        'cluster c {\n broker 1\n producer p { acks ',
        'cluster c {\n broker 1\n topic t { assignment { 0: [',
        'cluster c {\n broker 1\n topic t { assignment { 0: [1, ',
        'cluster c {\n broker 1\n consumer-group g { members [a] }\n scenario s { fail member ',
        'cluster c {\n broker 1\n ',
        '',
        'cluster c {\n broker 1\n topic t { partitions 3 }\n producer p { produces ',
        'cluster c {\n broker 1\n topic t { pa',
    ];
    const provider = language.lsp.CompletionProvider as any;
    for (const text of cases) {
        const doc = await parse(text);
        const offset = text.length;
        const feats = [];
        for (const ctx of provider.buildContexts(doc, doc.textDocument.positionAt(offset))) {
            feats.push({ node: ctx.node?.$type, tok: [ctx.tokenOffset, ctx.tokenEndOffset], f: ctx.features.map((f: any) => {
                const feat = f.feature;
                const a = GrammarAST.isKeyword(feat) ? `kw:${feat.value}` : GrammarAST.isRuleCall(feat) ? `call:${feat.rule.ref?.name}` : GrammarAST.isCrossReference(feat) ? 'xref' : feat.$type;
                const asg = (function up(n: any): any { while (n && !GrammarAST.isAssignment(n)) n = n.$container; return n; })(feat);
                return `${a}${asg ? '@' + asg.feature : ''}${f.type ? ' T=' + f.type : ''}${f.property ? ' P=' + f.property : ''}`;
            }) });
        }
        console.log(JSON.stringify(text.slice(-30)), JSON.stringify(feats, null, 0));
        const list = await provider.getCompletion(doc, { textDocument: { uri: doc.uri.toString() }, position: doc.textDocument.positionAt(offset) });
        console.log('  =>', list.items.map((i: any) => i.label).join(' '));
    }
});
