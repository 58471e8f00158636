// The language server over stdio (or the transport given on the command line):
// `kafka-topology-language-server --stdio`, used by VS Code and any LSP editor.
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { createKafkaTopologyServices } from './kafka-topology-module.js';
import { registerServerExtensions } from './server-extensions.js';

const connection = createConnection(ProposedFeatures.all);
const { shared, KafkaTopology } = createKafkaTopologyServices({ connection, ...NodeFileSystem });
registerServerExtensions(connection, shared, KafkaTopology);
startLanguageServer(shared);
