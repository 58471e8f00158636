/** A mistake in how the CLI was called, or a file it cannot read: one line on stderr, exit 2. */
export class UsageError extends Error {}
