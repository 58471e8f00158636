import { DefaultConfigurationProvider } from 'langium';

/** Settings live under `kafkaTopology.*` (VS Code's convention), not under the language id. */
export class KafkaTopologyConfigurationProvider extends DefaultConfigurationProvider {
    protected override toSectionName(languageId: string): string {
        return languageId === 'kafka-topology' ? 'kafkaTopology' : languageId;
    }
}
