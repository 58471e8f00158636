import { DefaultNodeKindProvider } from 'langium/lsp';

/** Symbol and completion kinds of this language's nodes. */
export class KafkaTopologyNodeKindProvider extends DefaultNodeKindProvider {}
