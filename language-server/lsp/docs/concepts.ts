// The Kafka concepts behind the language's keywords (their words are in the
// catalogues, messages/{en,ko}.ts, as the "Kafka Study" notes teach them and as
// shared/spec/KAFKA-SEMANTICS.md states them). Hover shows `title — summary` and
// the body; completion uses the summary as the item's detail and the body as its
// documentation.
import { catalogue, type Catalogue, type ConceptText, type Locale } from '../../messages/index.js';

export type ConceptId = keyof Catalogue['concepts'];

export function conceptText(id: ConceptId, locale: Locale): ConceptText {
    return catalogue(locale).concepts[id];
}

/** Concepts that lean on another one no keyword names: its one-line summary follows. */
const RELATED: Partial<Record<ConceptId, ConceptId>> = {
    'min-insync-replicas': 'isr',
    'fully-replicated': 'isr',
    'under-replicated': 'isr'
};

/** `**title** — summary` and the body: a keyword's hover, a completion item's documentation. */
export function conceptMarkdown(id: ConceptId, locale: Locale): string {
    const text = conceptText(id, locale);
    const related = RELATED[id];
    const note = related ? `\n\n**${conceptText(related, locale).title}** — ${conceptText(related, locale).summary}` : '';
    return `**${text.title}** — ${text.summary}\n\n${text.body}${note}`;
}
