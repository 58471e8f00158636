// kafka-topology plan OLD NEW | plan FILE [--base REF] [--cluster NAME] [--format text|json] [--export reassignment --out DIR]
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { planChanges, type PlannedChange } from '../../interop/change-plan.js';
import { readGitBase } from '../../interop/git-base.js';
import { loadTopologies } from '../../interop/load-topology.js';
import { planReassignment, reassignmentJson, type ReassignmentPlan } from '../../interop/reassignment-plan.js';
import type { Topology } from '../../interop/topology.js';
import { COMMON_OPTIONS, formatOption, option, parseArguments } from '../arguments.js';
import { UsageError } from '../usage-error.js';
import { checkLocale, createServices } from '../workspace.js';
import { readText } from './read-text.js';

export const PLAN_HELP = `usage: kafka-topology plan OLD NEW [options]
       kafka-topology plan FILE [--base GIT-REF] [options]

What a change to a topology does to a running cluster (INTEROP.md §3): partitions
that cannot shrink, keys that move to another partition, reassignments, deleted
data. The second form compares FILE with its version at GIT-REF (default HEAD).

options:
  --cluster NAME              only this cluster
  --format text|json          output format (default text)
  --locale en|ko              message language
  --export reassignment       write the reassignment for the RF and assignment changes
  --out DIR                   where --export writes (default .): <name>.reassignment.json, <name>.rollback.json

Exit code 0: no error-level change; 1: an error-level change (partitions-decreased); 2: usage or I/O error.`;

export async function plan(args: readonly string[], out: (text: string) => void): Promise<number> {
    const parsed = parseArguments(args, { ...COMMON_OPTIONS, base: { value: true }, cluster: { value: true }, export: { value: true }, out: { value: true } }, 'plan');
    if (parsed.options.has('help')) {
        out(PLAN_HELP);
        return 0;
    }
    const format = formatOption(parsed, 'plan');
    const locale = option(parsed, 'locale');
    checkLocale(locale, 'plan');
    const exportKind = option(parsed, 'export');
    if (exportKind !== undefined && exportKind !== 'reassignment') throw new UsageError(`plan: --export takes reassignment, not '${exportKind}'`);
    const [first, second, ...rest] = parsed.positionals;
    if (first === undefined || rest.length > 0) throw new UsageError("plan: name OLD NEW, or FILE [--base REF] (see 'kafka-topology plan --help')");
    if (second !== undefined && parsed.options.has('base')) throw new UsageError('plan: --base compares one file with git; give either OLD NEW or FILE --base REF');

    let oldText: string;
    let newText: string;
    if (second === undefined) {
        newText = readText(first, 'plan');
        const ref = option(parsed, 'base') ?? 'HEAD';
        const base = await readGitBase(first, ref);
        if (base.kind === 'error') throw new UsageError(`plan: cannot read ${first} at ${ref}: ${base.reason}`);
        oldText = base.kind === 'text' ? base.text : '';
    } else {
        oldText = readText(first, 'plan');
        newText = readText(second, 'plan');
    }
    const services = createServices(locale);
    const lang = services.KafkaTopology.kafka.Locale.current;
    const before = await loadOrFail(services, oldText, second === undefined ? `${first} at the git base` : first);
    const after = await loadOrFail(services, newText, second ?? first);
    const cluster = option(parsed, 'cluster');
    const select = (t: readonly Topology[]) => (cluster === undefined ? t : t.filter((c) => c.cluster === cluster));
    if (cluster !== undefined && select(after).length === 0 && select(before).length === 0) throw new UsageError(`plan: no cluster '${cluster}' in either version`);
    const changes = planChanges(select(before), select(after), lang);

    if (exportKind === 'reassignment') {
        const dir = option(parsed, 'out') ?? '.';
        const plans = select(after).flatMap((next) => {
            const old = select(before).find((t) => t.cluster === next.cluster);
            return old ? [planReassignment(old, next)] : [];
        });
        const merged: ReassignmentPlan = {
            reassignment: plans.flatMap((p) => p.reassignment), rollback: plans.flatMap((p) => p.rollback),
            replicasMoved: plans.reduce((n, p) => n + p.replicasMoved, 0), unplanned: plans.flatMap((p) => p.unplanned)
        };
        const stem = basename(second ?? first).replace(/\.kafka$/, '');
        try {
            mkdirSync(dir, { recursive: true });
            writeFileSync(join(dir, `${stem}.reassignment.json`), reassignmentJson(merged.reassignment));
            writeFileSync(join(dir, `${stem}.rollback.json`), reassignmentJson(merged.rollback));
        } catch (error) {
            throw new UsageError(`plan: cannot write to ${dir}: ${(error as NodeJS.ErrnoException).code ?? 'unwritable'}`);
        }
        if (format === 'text') {
            out(`wrote ${join(dir, `${stem}.reassignment.json`)} (${merged.reassignment.length} partition(s), ${merged.replicasMoved} replica(s) to copy) and ${join(dir, `${stem}.rollback.json`)}`);
            if (merged.unplanned.length) out(`not planned (current layout unknown): ${merged.unplanned.join(', ')}`);
        }
    }
    if (format === 'json') out(JSON.stringify(changes.map(toJson), null, 2));
    else {
        for (const c of changes) out(`${c.severity} ${c.code} ${c.cluster}/${c.topic}: ${c.message}`);
        out(`${changes.length} change(s): ${changes.filter((c) => c.severity === 'error').length} error(s).`);
    }
    return changes.some((c) => c.severity === 'error') ? 1 : 0;
}

function toJson(change: PlannedChange): Record<string, unknown> {
    return {
        code: change.code, severity: change.severity, cluster: change.cluster, topic: change.topic, message: change.message,
        old: change.old, new: change.new, ...(change.movedKeyShare !== undefined ? { movedKeyShare: change.movedKeyShare } : {}), ...(change.key ? { key: change.key } : {})
    };
}

async function loadOrFail(services: ReturnType<typeof createServices>, text: string, label: string): Promise<readonly Topology[]> {
    const loaded = await loadTopologies(services, text);
    if (loaded.syntaxErrors.length > 0) throw new UsageError(`plan: ${label} has syntax errors (line ${loaded.syntaxErrors[0]}); fix them first`);
    return loaded.topologies;
}
