import type { LanguageMetaData } from 'langium';
import { KafkaTopologyLanguageMetaData } from '../generated/module.js';

/** Set to true by esbuild.mjs in the bundles we ship (language server, CLI, bench); absent when the tests run the sources. */
declare const KAFKA_TOPOLOGY_BUNDLE: boolean | undefined;

/**
 * Langium's 'production' mode skips Chevrotain's checks of the grammar (ambiguous alternatives, lookahead,
 * token patterns) when a parser and a lexer are made: ≈ 40–60 ms at every start of the CLI and the server.
 * Chevrotain advises it once the grammar is checked: the tests run the sources in 'development' mode, so
 * every test that makes the services checks the grammar.
 */
export const KafkaTopologyRuntimeMetaData: LanguageMetaData = {
    ...KafkaTopologyLanguageMetaData,
    mode: typeof KAFKA_TOPOLOGY_BUNDLE !== 'undefined' && KAFKA_TOPOLOGY_BUNDLE ? 'production' : 'development'
};
