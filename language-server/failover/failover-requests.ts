import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import type { KafkaTopologyServices } from '../kafka-topology-module.js';

/** The failover view's custom LSP requests (see ../protocol.ts). */
export function registerFailoverRequests(_connection: Connection, _shared: LangiumSharedServices, _services: KafkaTopologyServices): void {}
