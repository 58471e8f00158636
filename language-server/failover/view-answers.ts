// The failover views the server answered lately, so that the next answer to the
// same client can be a patch of the one it holds (language-server/view-patch.ts).
// Bounded: a few answers' views (a few MB for 99 brokers × 500 topics); a view is
// never changed once answered, so the next one is compared with it in place.
import { randomUUID } from 'node:crypto';
import type { ClusterView, FailoverViewResult } from '../protocol.js';
import { diffView } from '../view-patch.js';

/** Answers kept: one per open failover panel is enough; a few more for requests overtaken by others. */
const KEPT = 8;

export class ViewAnswers {
    /** Ids differ across server restarts: a restarted server never patches against an answer of the one before. */
    private readonly instance = randomUUID().slice(0, 8);
    private count = 0;
    private readonly kept = new Map<string, ClusterView>();

    /**
     * Keeps `result` under a new `answerId`; when the client holds the answer `base`
     * and the server still has it, returns the result as a patch of it.
     */
    answer(result: FailoverViewResult, base: string | undefined): FailoverViewResult {
        if (!result.view) return result;
        const answerId = `${this.instance}-${++this.count}`;
        const previous = base === undefined ? undefined : this.kept.get(base);
        this.kept.set(answerId, result.view);
        if (this.kept.size > KEPT) this.kept.delete(this.kept.keys().next().value!);
        const patched = previous && diffView(result, previous, base!);
        return patched ? { ...patched.result, answerId, patch: patched.patch } : { ...result, answerId };
    }
}
