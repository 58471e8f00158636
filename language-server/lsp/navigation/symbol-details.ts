// The detail next to an outline entry, from the catalogue's words ("3 partitions · RF 3 · min ISR 2").
import type { SymbolDetails } from '../../messages/index.js';

/** "3 partitions · RF 3 · min ISR 2"; settings left out are not shown. */
export function settingsDetail(
    details: SymbolDetails,
    settings: { readonly partitions?: number; readonly replicationFactor?: number; readonly minInsyncReplicas?: number }
): string {
    const parts: string[] = [];
    if (settings.partitions !== undefined) parts.push(details.partitions(settings.partitions));
    if (settings.replicationFactor !== undefined) parts.push(`RF ${settings.replicationFactor}`);
    if (settings.minInsyncReplicas !== undefined) parts.push(`min ISR ${settings.minInsyncReplicas}`);
    return parts.join(' · ');
}
