// Replica marks, the same in every language.
import type { ReplicaRole } from '../../../../language-server/protocol.js';

/** Marks that differ in shape, not only in colour. */
export const MARKS: Readonly<Record<ReplicaRole, string>> = { leader: '★', 'in-sync': '●', 'out-of-sync': '○', elr: '◐' };
