// Why a scenario step changes nothing, said once: the `scenario-no-effect`
// diagnostic and the failover view's log line give the same reason.
import type { Step } from '../../simulator/index.js';
import { localize, type Locale } from './index.js';
import { quote } from './wording.js';

/** "broker 1 has already failed"; empty for a step that cannot be without effect (a preferred election). */
export function noEffectReason(step: Step, locale: Locale): string {
    const variant = (v: string, args: Record<string, string | number>) => localize(`scenario-no-effect/${v}`, args, locale);
    switch (step.kind) {
        case 'fail-broker':
        case 'stop-broker':
            return variant('broker-dead', { id: step.broker });
        case 'recover-broker': return variant('broker-alive', { id: step.broker });
        case 'fail-rack': return variant('rack-dead', { rack: quote(step.rack) });
        case 'recover-rack': return variant('rack-alive', { rack: quote(step.rack) });
        case 'fail-controller': return variant('controller-dead', { id: step.controller });
        case 'recover-controller': return variant('controller-alive', { id: step.controller });
        case 'member-leave': return variant('member-absent', { member: quote(step.member), group: quote(step.group) });
        case 'member-join': return variant('member-present', { member: quote(step.member), group: quote(step.group) });
        case 'elect-preferred': return '';
    }
}
