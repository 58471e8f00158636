// One cluster split over many files of a folder (issue 15): `00-cluster.kafka`
// declares the brokers, the quorum and the defaults; each `team-NN.kafka` adds
// about 300 lines of topics, producers and consumer groups to the same
// `cluster NAME`, and its clients also use the next team's topics, so names
// resolve across files.
export interface SplitShape {
    readonly clusterName?: string;
    /** Files in all, the cluster file included. */
    readonly files: number;
    readonly topicsPerTeam?: number;
    readonly clientsPerTeam?: number;
}

export const teamFile = (team: number): string => `team-${String(team).padStart(2, '0')}.kafka`;
const teamTopic = (team: number, t: number) => `team${team}.topic-${t}`;

export function generateSplitTopology(shape: SplitShape): Map<string, string> {
    const name = shape.clusterName ?? 'split';
    const teams = Math.max(1, shape.files - 1);
    const topics = shape.topicsPerTeam ?? 34;
    const clients = shape.clientsPerTeam ?? 6;
    const files = new Map<string, string>();
    files.set('00-cluster.kafka', [
        `// The cluster's brokers, quorum and defaults; ${teams} team files add topics and clients.`,
        `cluster ${name} {`,
        '    profile production',
        '    controllers 3',
        '    brokers 1..9 { racks "az-1", "az-2", "az-3" }',
        '    defaults {',
        '        partitions 6',
        '        replication-factor 3',
        '        min-insync-replicas 2',
        '    }',
        '}',
        ''
    ].join('\n'));
    for (let team = 1; team <= teams; team++) {
        const next = (team % teams) + 1;
        const out = [`// Team ${team}'s part of cluster ${name}.`, `cluster ${name} {`];
        for (let t = 0; t < topics; t++) {
            out.push(`    topic ${teamTopic(team, t)} {`, `        description "Team ${team}, topic ${t}."`, '        ordering key entityId', '        config {', `            retention.ms = ${1 + (t % 30)}d`, '        }', '    }');
        }
        const perClient = Math.ceil(topics / clients);
        for (let c = 0; c < clients; c++) {
            const own = Array.from({ length: perClient }, (_, k) => teamTopic(team, (c * perClient + k) % topics));
            const used = [...own, teamTopic(next, c % topics)].join(', ');
            out.push(`    producer team${team}-producer-${c} {`, `        produces ${used}`, '        key entityId', '        acks all', '    }');
            out.push(`    consumer-group team${team}-group-${c} {`, `        consumes ${used}`, '        members 3', '        assignor cooperative-sticky', '    }');
        }
        out.push('}', '');
        files.set(teamFile(team), out.join('\n'));
    }
    return files;
}
