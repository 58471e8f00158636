// One step, model against the real cluster: every field the oracle can observe.
import type { RealState } from '../harness/state.js';
import type { ModelStep } from './simulate.js';

export interface Diff {
    /** `topic-p`, `quorum`, `features` or `state`. */
    readonly subject: string;
    readonly field: string;
    readonly model: string;
    readonly real: string;
    /** The probe's words, when a produce or fetch failed. */
    readonly detail?: string;
}

type Shown = number | boolean | string | null | undefined | readonly number[];

const show = (value: Shown): string => (value === undefined ? '—' : value === null ? 'none' : typeof value === 'object' ? `[${value.join(',')}]` : String(value));

export function compareStep(model: ModelStep, real: RealState): Diff[] {
    const diffs: Diff[] = [];
    if (!real.settled) diffs.push({ subject: 'state', field: 'settled', model: 'settles', real: `not within ${Math.round(real.settleMillis / 1000)} s` });
    if (real.replicationLag !== undefined) diffs.push({ subject: 'state', field: 'replication', model: 'at rest', real: 'a follower lags', detail: real.replicationLag });
    if (model.quorum.hasQuorum !== real.quorum.hasQuorum) {
        diffs.push({ subject: 'quorum', field: 'hasQuorum', model: show(model.quorum.hasQuorum), real: show(real.quorum.hasQuorum), detail: `voters alive ${real.quorum.alive}/${real.quorum.voters}` });
    }
    const byKey = new Map(real.partitions.map((p) => [`${p.topic}-${p.partition}`, p]));
    const noBroker = real.brokersRunning === 0;
    for (const m of model.partitions) {
        const key = `${m.topic}-${m.partition}`;
        const r = byKey.get(key);
        if (!r && noBroker) {
            // Every broker is down: no client can see leader or ISR, and nothing is writable or readable.
            if (m.writable) diffs.push({ subject: key, field: 'writable', model: 'true', real: 'false', detail: 'no broker is running' });
            if (m.readable) diffs.push({ subject: key, field: 'readable', model: 'true', real: 'false', detail: 'no broker is running' });
            continue;
        }
        if (!r) {
            diffs.push({ subject: key, field: 'exists', model: 'yes', real: 'no' });
            continue;
        }
        const field = (name: string, mv: Shown, rv: Shown, detail?: string) => {
            if (show(mv) !== show(rv)) diffs.push({ subject: key, field: name, model: show(mv), real: show(rv), ...(detail ? { detail } : {}) });
        };
        field('replicas', m.replicas, r.replicas);
        field('leader', m.leader, r.leader);
        field('isr', m.isr, r.isr);
        // ELR fields are compared once the model reports them (SIMULATION.md §2a); a release
        // whose Admin API has none reports none.
        if (m.elr !== undefined || (r.elr !== undefined && r.elr.length > 0)) field('elr', m.elr, r.elr);
        if (m.lastKnownElr !== undefined || (r.lastKnownElr !== undefined && r.lastKnownElr.length > 0)) field('lastKnownElr', m.lastKnownElr, r.lastKnownElr);
        field('writable', m.writable, r.writable, r.produceError);
        field('readable', m.readable, r.readable, r.fetchError);
    }
    return diffs;
}

/** The model's feature levels against the real cluster's finalized ones (only the features the model names). */
export function compareFeatures(model: Readonly<Record<string, number>> | undefined, real: Readonly<Record<string, number>>): Diff[] {
    if (!model) return [];
    return Object.entries(model)
        .filter(([name, level]) => (real[name] ?? 0) !== level)
        .map(([name, level]) => ({ subject: 'features', field: name, model: String(level), real: String(real[name] ?? 0) }));
}

export function diffTable(rows: readonly (Diff & { step: string })[]): string {
    if (rows.length === 0) return '(no difference)';
    const header = ['step', 'subject', 'field', 'model', 'real broker', 'detail'];
    const lines = rows.map((d) => [d.step, d.subject, d.field, d.model, d.real, d.detail ?? '']);
    const widths = header.map((h, i) => Math.min(60, Math.max(h.length, ...lines.map((l) => l[i].length))));
    const fmt = (cells: string[]) => cells.map((c, i) => c.slice(0, 60).padEnd(widths[i])).join(' | ');
    return [fmt(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...lines.map(fmt)].join('\n');
}
