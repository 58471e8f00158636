// One scenario step applied to a state: fail (crash) / stop (controlled
// shutdown) / recover a broker, fail/recover a rack or a controller, a preferred
// election, a member leaving or joining its group.
// Quorum rules (SIMULATION.md §2): without a majority of voters a failure only
// stops the process and a restarted broker cannot register, so it serves nothing;
// the fencing and the registration wait and are applied when the quorum returns
// (broker-lifecycle.ts). A rack fails at one instant: its brokers are fenced only
// when the voters left still form a majority.

import { applyPendingChanges, electPreferredLeaders, fenceBroker, registerBroker, unfenceBroker, type StepContext } from './broker-lifecycle.js';
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
        case 'stop-broker':
        case 'recover-broker': {
            if (!model.brokerSet.has(step.broker)) return err({ kind: 'unknown-broker', broker: step.broker });
            if (step.kind === 'recover-broker') noEffect = !recoverBrokers(ctx, [step.broker]);
            else noEffect = !stopBrokers(ctx, [step.broker], step.kind === 'stop-broker');
            break;
        }
        case 'fail-rack':
        case 'recover-rack': {
            const brokers = model.brokersByRack.get(step.rack);
            if (!brokers) return err({ kind: 'unknown-rack', rack: step.rack });
            noEffect = step.kind === 'fail-rack' ? !stopBrokers(ctx, brokers, false, step.rack) : !recoverBrokers(ctx, brokers);
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

/**
 * The brokers' processes stop at the same instant: crashed (`fail`) or after a
 * controlled shutdown (`stop`). With the quorum still there each is fenced (a crash,
 * after its session expires) or leaves its ISRs in a controlled shutdown, in id
 * order; without it nothing is committed. Returns false when all were already down.
 */
function stopBrokers(ctx: StepContext, brokers: readonly BrokerId[], controlled: boolean, rack?: string): boolean {
    const { draft, model } = ctx;
    const stopping = brokers.filter((b) => draft.alive.has(b));
    if (stopping.length === 0) return false;
    const hadQuorum = draft.hasQuorum();
    for (const b of stopping) {
        draft.setAlive(b, false);
        draft.setCleanlyStopped(b, controlled);
    }
    const hasQuorum = draft.hasQuorum();
    const toFence = stopping.filter((b) => !draft.fenced.has(b) && !draft.waiting.has(b));
    // A broker still waiting to register was never unfenced by this quorum: it just stops.
    for (const b of stopping) draft.setWaiting(b, false);
    // A rack that keeps the quorum reads as its brokers' fencing, one line each; one that takes the majority needs saying.
    if (rack !== undefined && !hasQuorum) ctx.events?.push({ kind: 'rack-failed', rack, brokers: stopping, committed: false });
    for (const b of stopping) {
        const committed = hasQuorum || draft.fenced.has(b);
        ctx.events?.push(controlled ? { kind: 'broker-stopped', broker: b, committed } : { kind: 'broker-failed', broker: b, committed });
    }
    if (hadQuorum && !hasQuorum) ctx.events?.push({ kind: 'quorum-lost', ...quorumCounts(model, draft.alive, draft.controllers) });
    for (const b of toFence) {
        if (hasQuorum) fenceBroker(ctx, b, false, controlled);
        else ctx.events?.push({ kind: 'change-not-committed', change: 'fence', broker: b, ...quorumCounts(model, draft.alive, draft.controllers) });
    }
    return true;
}

/**
 * The brokers restart at the same instant. With a quorum each registers (a clean or
 * an unclean restart, ReplicationControlManager.handleBrokerShutdown) and is unfenced,
 * in id order; without one they wait, serving nothing. Returns false when all were up.
 */
function recoverBrokers(ctx: StepContext, brokers: readonly BrokerId[]): boolean {
    const { draft, model } = ctx;
    const starting = brokers.filter((b) => !draft.alive.has(b));
    if (starting.length === 0) return false;
    const hadQuorum = draft.hasQuorum();
    for (const b of starting) {
        draft.setAlive(b, true);
        draft.setWaiting(b, true);
    }
    const hasQuorum = draft.hasQuorum();
    for (const b of starting) ctx.events?.push({ kind: 'broker-recovered', broker: b, committed: hasQuorum, clean: draft.cleanlyStopped.has(b) });
    if (!hadQuorum && hasQuorum) {
        ctx.events?.push({ kind: 'quorum-restored', ...quorumCounts(model, draft.alive, draft.controllers) });
        applyPendingChanges(ctx);
    } else if (hasQuorum) {
        for (const b of starting) {
            registerBroker(ctx, b, draft.cleanlyStopped.has(b));
            unfenceBroker(ctx, b, false);
        }
    } else {
        for (const b of starting) ctx.events?.push({ kind: 'change-not-committed', change: 'unfence', broker: b, ...quorumCounts(model, draft.alive, draft.controllers) });
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
