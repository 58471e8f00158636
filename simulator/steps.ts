// One scenario step applied to a state: fail/recover a broker, rack or
// controller, a preferred election, a member leaving or joining its group.
// Quorum rules (SIMULATION.md §2): without a majority of voters a failure only
// stops the process and a recovery only starts it; the fencing/unfencing waits
// and is applied when the quorum returns (broker-lifecycle.ts).

import { applyPendingChanges, electPreferredLeaders, fenceBroker, unfenceBroker, type StepContext } from './broker-lifecycle.js';
import type { ClusterModel } from './cluster.js';
import type { SimEvent } from './events.js';
import { rebalanceGroup } from './group-rebalance.js';
import { err, ok, type BrokerId, type Result, type Step } from './model.js';
import { quorumCounts } from './quorum.js';
import type { ClusterState } from './state.js';
import { StateDraft } from './state-draft.js';

export type StepError =
    | { readonly kind: 'unknown-broker'; readonly broker: BrokerId }
    | { readonly kind: 'unknown-rack'; readonly rack: string }
    /** combined-mode: the cluster has no dedicated controllers; out-of-range: not one of 1..n. */
    | { readonly kind: 'unknown-controller'; readonly controller: number; readonly reason: 'combined-mode' | 'out-of-range' }
    | { readonly kind: 'unknown-group'; readonly group: string }
    | { readonly kind: 'unknown-member'; readonly group: string; readonly member: string };

export interface StepOutcome {
    readonly state: ClusterState;
    readonly events: SimEvent[];
    /** The state differs from the one before (a no-effect step returns the same state object). */
    readonly changed: boolean;
    /**
     * The step asked for something that already holds (RULES.md scenario-no-effect): failing a dead
     * broker / rack / controller, recovering a live one, a member leaving that is not in the group or
     * joining one that is. Never true for elect-preferred.
     */
    readonly noEffect: boolean;
}

export interface ApplyStepOptions {
    /** Collect events (default true); the analysis turns them off. */
    readonly events?: boolean;
}

export function applyStep(model: ClusterModel, state: ClusterState, step: Step, options: ApplyStepOptions = {}): Result<StepOutcome, StepError> {
    const draft = new StateDraft(model, state);
    const events: SimEvent[] = [];
    const ctx: StepContext = { model, draft, events: options.events === false ? null : events };
    let noEffect = false;
    switch (step.kind) {
        case 'fail-broker':
        case 'recover-broker': {
            if (!model.brokerSet.has(step.broker)) return err({ kind: 'unknown-broker', broker: step.broker });
            noEffect = step.kind === 'fail-broker' ? !failBroker(ctx, step.broker) : !recoverBroker(ctx, step.broker);
            break;
        }
        case 'fail-rack':
        case 'recover-rack': {
            const brokers = model.brokersByRack.get(step.rack);
            if (!brokers) return err({ kind: 'unknown-rack', rack: step.rack });
            let any = false;
            for (const b of brokers) any = (step.kind === 'fail-rack' ? failBroker(ctx, b) : recoverBroker(ctx, b)) || any;
            noEffect = !any;
            break;
        }
        case 'fail-controller':
        case 'recover-controller': {
            if (model.voterMode !== 'controllers') return err({ kind: 'unknown-controller', controller: step.controller, reason: 'combined-mode' });
            if (!model.controllers.includes(step.controller)) return err({ kind: 'unknown-controller', controller: step.controller, reason: 'out-of-range' });
            noEffect = step.kind === 'fail-controller' ? !failController(ctx, step.controller) : !recoverController(ctx, step.controller);
            break;
        }
        case 'elect-preferred': {
            if (draft.hasQuorum()) electPreferredLeaders(ctx);
            else ctx.events?.push({ kind: 'change-not-committed', change: 'elect-preferred', ...quorumCounts(model, draft.alive, draft.controllers) });
            break;
        }
        case 'member-leave':
        case 'member-join': {
            const g = model.groupIndex.get(step.group);
            if (g === undefined) return err({ kind: 'unknown-group', group: step.group });
            const group = draft.group(g);
            const present = group.members.includes(step.member);
            if (step.kind === 'member-leave' && !present && !group.knownMembers.has(step.member)) {
                return err({ kind: 'unknown-member', group: step.group, member: step.member });
            }
            if (present === (step.kind === 'member-join')) {
                noEffect = true;
                break;
            }
            const leaving = step.kind === 'member-leave';
            const members = leaving ? group.members.filter((m) => m !== step.member) : [...group.members, step.member];
            ctx.events?.push({ kind: leaving ? 'member-left' : 'member-joined', group: step.group, member: step.member });
            const { state: next, event } = rebalanceGroup(model.groups[g], group, members, { kind: leaving ? 'member-left' : 'member-joined', member: step.member });
            draft.setGroup(g, next);
            ctx.events?.push(event);
            break;
        }
    }
    const next = draft.build();
    return ok({ state: next, events, changed: next !== state, noEffect });
}

/** Returns false when the broker was already down. */
function failBroker(ctx: StepContext, broker: BrokerId): boolean {
    const { draft, model } = ctx;
    if (!draft.alive.has(broker)) return false;
    const hadQuorum = draft.hasQuorum();
    draft.setAlive(broker, false);
    const hasQuorum = draft.hasQuorum();
    const alreadyFenced = draft.fenced.has(broker);
    ctx.events?.push({ kind: 'broker-failed', broker, committed: hasQuorum || alreadyFenced });
    if (hadQuorum && !hasQuorum) ctx.events?.push({ kind: 'quorum-lost', ...quorumCounts(model, draft.alive, draft.controllers) });
    if (alreadyFenced) return true;
    if (hasQuorum) fenceBroker(ctx, broker, false);
    else ctx.events?.push({ kind: 'change-not-committed', change: 'fence', broker, ...quorumCounts(model, draft.alive, draft.controllers) });
    return true;
}

/** Returns false when the broker was already up. */
function recoverBroker(ctx: StepContext, broker: BrokerId): boolean {
    const { draft, model } = ctx;
    if (draft.alive.has(broker)) return false;
    const hadQuorum = draft.hasQuorum();
    draft.setAlive(broker, true);
    const hasQuorum = draft.hasQuorum();
    const fenced = draft.fenced.has(broker);
    ctx.events?.push({ kind: 'broker-recovered', broker, committed: hasQuorum || !fenced });
    if (!hadQuorum && hasQuorum) {
        ctx.events?.push({ kind: 'quorum-restored', ...quorumCounts(model, draft.alive, draft.controllers) });
        applyPendingChanges(ctx);
    } else if (hasQuorum) {
        if (fenced) unfenceBroker(ctx, broker, false);
    } else if (fenced) {
        ctx.events?.push({ kind: 'change-not-committed', change: 'unfence', broker, ...quorumCounts(model, draft.alive, draft.controllers) });
    }
    return true;
}

function failController(ctx: StepContext, controller: number): boolean {
    const { draft, model } = ctx;
    if (!draft.controllers.has(controller)) return false;
    const hadQuorum = draft.hasQuorum();
    draft.setControllerAlive(controller, false);
    ctx.events?.push({ kind: 'controller-failed', controller });
    if (hadQuorum && !draft.hasQuorum()) ctx.events?.push({ kind: 'quorum-lost', ...quorumCounts(model, draft.alive, draft.controllers) });
    return true;
}

function recoverController(ctx: StepContext, controller: number): boolean {
    const { draft, model } = ctx;
    if (draft.controllers.has(controller)) return false;
    const hadQuorum = draft.hasQuorum();
    draft.setControllerAlive(controller, true);
    ctx.events?.push({ kind: 'controller-recovered', controller });
    if (!hadQuorum && draft.hasQuorum()) {
        ctx.events?.push({ kind: 'quorum-restored', ...quorumCounts(model, draft.alive, draft.controllers) });
        applyPendingChanges(ctx);
    }
    return true;
}
