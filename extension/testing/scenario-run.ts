// Running one scenario for the Test Explorer: the same two requests the
// failover view makes (the scenario's items, then the view of them all
// applied), so a test's result is exactly what the view shows at that step.
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { FailoverViewRequest, ScenarioStepsRequest, type Locale, type TimelineEntry } from '../../language-server/protocol.js';

export interface ScenarioTarget {
    readonly uri: string;
    readonly cluster: string;
    readonly scenario: string;
}

export type ScenarioRun =
    /** The scenario could not run (not found, the cluster cannot be simulated): why, in words. */
    | { readonly kind: 'error'; readonly problem: string }
    /** One timeline entry per scenario item, in the scenario's order. */
    | { readonly kind: 'ran'; readonly timeline: readonly TimelineEntry[] };

export async function runScenario(client: LanguageClient, target: ScenarioTarget, locale: Locale): Promise<ScenarioRun> {
    const steps = await client.sendRequest(ScenarioStepsRequest, { uri: target.uri, cluster: target.cluster, scenario: target.scenario });
    if (!steps.items) return { kind: 'error', problem: steps.problem ?? target.scenario };
    const result = await client.sendRequest(FailoverViewRequest, { uri: target.uri, cluster: target.cluster, items: steps.items, locale });
    if (result.problem !== undefined) return { kind: 'error', problem: result.problem };
    // The items come from the file as it is: none is dropped, so entry i is item i.
    if (result.dropped.length > 0) return { kind: 'error', problem: result.dropped.join('; ') };
    return { kind: 'ran', timeline: result.timeline };
}
