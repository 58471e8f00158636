import { DefaultDocumentSymbolProvider } from 'langium/lsp';

/** Outline: cluster → brokers, topics, producers, groups, scenarios. */
export class KafkaTopologyDocumentSymbolProvider extends DefaultDocumentSymbolProvider {}
