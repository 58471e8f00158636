// Go to definition, find references and highlights that work with the cursor
// on a quoted name's opening quote, and point inside the quotes.
import type { LangiumDocument, MaybePromise } from 'langium';
import { DefaultDefinitionProvider, DefaultDocumentHighlightProvider, DefaultReferencesProvider } from 'langium/lsp';
import type {
    CancellationToken, DefinitionParams, DocumentHighlight, DocumentHighlightParams, Location, LocationLink, ReferenceParams
} from 'vscode-languageserver';
import { insideQuotes, namePosition } from './navigation/quoted-names.js';

export class KafkaTopologyDefinitionProvider extends DefaultDefinitionProvider {
    override async getDefinition(document: LangiumDocument, params: DefinitionParams, cancelToken?: CancellationToken): Promise<LocationLink[] | undefined> {
        const links = await super.getDefinition(document, { ...params, position: namePosition(document, params.position) }, cancelToken);
        return links?.map((link) => ({
            ...link,
            originSelectionRange: link.originSelectionRange && insideQuotes(document, link.originSelectionRange),
            targetSelectionRange: insideQuotes(document, link.targetSelectionRange)
        }));
    }
}

export class KafkaTopologyReferencesProvider extends DefaultReferencesProvider {
    override async findReferences(document: LangiumDocument, params: ReferenceParams, cancelToken?: CancellationToken): Promise<Location[]> {
        const locations = await super.findReferences(document, { ...params, position: namePosition(document, params.position) }, cancelToken);
        return locations.map((location) => (location.uri === document.uri.toString() ? { ...location, range: insideQuotes(document, location.range) } : location));
    }
}

export class KafkaTopologyDocumentHighlightProvider extends DefaultDocumentHighlightProvider {
    override getDocumentHighlight(document: LangiumDocument, params: DocumentHighlightParams, cancelToken?: CancellationToken): MaybePromise<DocumentHighlight[] | undefined> {
        const result = super.getDocumentHighlight(document, { ...params, position: namePosition(document, params.position) }, cancelToken);
        const shrink = (highlights: DocumentHighlight[] | undefined) => highlights?.map((h) => ({ ...h, range: insideQuotes(document, h.range) }));
        return result instanceof Promise ? result.then(shrink) : shrink(result);
    }
}
