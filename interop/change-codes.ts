// INTEROP.md §3: the change-safety codes and their severities.
export const CHANGE_CODES = {
    'partitions-decreased': 'error',
    'keyed-topic-repartitioned': 'warning',
    'replication-factor-changed': 'info',
    'assignment-changed': 'info',
    'topic-deleted': 'warning',
    'retention-shortened': 'warning',
    'cleanup-policy-changed': 'warning',
    'min-insync-raised': 'warning',
    'topic-renamed': 'warning'
} as const;

export type ChangeCode = keyof typeof CHANGE_CODES;
export type ChangeSeverity = (typeof CHANGE_CODES)[ChangeCode];
