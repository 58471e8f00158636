// A scenario step, as the model's JSON names it, done to the real cluster:
// fail = SIGKILL (a crash), stop = SIGTERM (a controlled shutdown), recover =
// start the same node again, a rack = all its brokers at once, elect-preferred =
// Kafka's kafka-leader-election tool. Consumer-group steps change no broker.
import type { KafkaCluster } from '../harness/cluster.js';
import type { ClusterSpec } from '../../../simulator/model.js';

export type RealAction =
    | { readonly kind: 'kill' | 'stop' | 'restart'; readonly nodes: readonly number[] }
    | { readonly kind: 'elect-preferred' }
    | { readonly kind: 'none' }
    /** The step names a broker the cluster does not have (an unresolved reference): nothing to do, no snapshot expected. */
    | { readonly kind: 'absent' };

export function actionOf(step: string, spec: ClusterSpec, cluster: KafkaCluster): RealAction {
    const text = step.replace(/"/g, '').trim().replace(/\s+/g, ' ');
    let m: RegExpExecArray | null;
    if (text === 'elect-preferred') return { kind: 'elect-preferred' };
    if ((m = /^(fail|stop|recover) broker (\d+)$/.exec(text))) {
        const id = Number(m[2]);
        return spec.brokers.some((b) => b.id === id) ? { kind: verb(m[1]), nodes: [id] } : { kind: 'absent' };
    }
    if ((m = /^(fail|recover) controller (\d+)$/.exec(text))) {
        if (spec.controllers === undefined) throw new Error(`'${text}': the cluster has no dedicated controllers`);
        return { kind: verb(m[1]), nodes: [cluster.controllerNodeId(Number(m[2]))] };
    }
    if ((m = /^(fail|stop|recover) rack (.+)$/.exec(text))) {
        const rack = m[2];
        const nodes = spec.brokers.filter((b) => b.rack === rack).map((b) => b.id);
        if (nodes.length === 0) throw new Error(`'${text}': no broker is in rack ${rack}`);
        return { kind: verb(m[1]), nodes };
    }
    if (/^(fail|recover|join|leave) member /.test(text) || / member /.test(text)) return { kind: 'none' };
    throw new Error(`the oracle does not know how to do '${text}' on a real cluster`);
}

function verb(word: string): 'kill' | 'stop' | 'restart' {
    return word === 'fail' ? 'kill' : word === 'stop' ? 'stop' : 'restart';
}

/** Does the action (a restart returns once the JVMs have booted, registered or not). */
export async function perform(action: RealAction, cluster: KafkaCluster): Promise<void> {
    switch (action.kind) {
        case 'kill':
            await cluster.kill(...action.nodes);
            return;
        case 'stop':
            for (const id of action.nodes) await cluster.stop(id);
            return;
        case 'restart': {
            const stopped = action.nodes.filter((id) => !cluster.isRunning(id));
            cluster.restart(...stopped);
            await Promise.all(stopped.map((id) => cluster.waitForBoot(id)));
            return;
        }
        case 'elect-preferred': {
            const run = await cluster.tool('kafka-leader-election', ['--bootstrap-server', cluster.bootstrap, '--election-type', 'PREFERRED', '--all-topic-partitions'], { timeoutMs: 60_000 });
            // Exit 1 is normal when some partitions need no election or cannot elect their preferred leader.
            if (run.code !== 0 && run.code !== 1) throw new Error(`kafka-leader-election failed (${run.code}): ${run.stderr || run.stdout}`);
            return;
        }
        case 'none':
        case 'absent':
            return;
    }
}
