import type { LangiumDocument } from 'langium';
import type { Diagnostic, TextEdit } from 'vscode-languageserver';
import type { ClusterFactsProvider } from '../../model/cluster-facts.js';

/**
 * What a fix builder gets: the diagnostic, the fix data it carries (the type
 * its codes report, fix-data.ts; any field may be missing, as the client
 * sends the diagnostic back), and the document.
 */
export interface FixContext<D = unknown> {
    readonly document: LangiumDocument;
    readonly diagnostic: Diagnostic;
    readonly data: Partial<D>;
    readonly facts: ClusterFactsProvider;
}

export interface QuickFix {
    /** Message key (`fix/...`) and arguments of the title. */
    readonly title: string;
    readonly args?: Readonly<Record<string, string | number>>;
    readonly edits: readonly TextEdit[];
    readonly preferred?: boolean;
}

export type FixBuilder<D = unknown> = (context: FixContext<D>) => QuickFix[];
