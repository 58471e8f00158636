// A file's text at a git revision (`git show REF:./file`, run in the file's
// folder), for `plan --base` and the editor's change-safety diagnostics.
import { execFile } from 'node:child_process';
import { basename, dirname } from 'node:path';

export type GitBase =
    | { readonly kind: 'text'; readonly text: string }
    /** The file is new at that revision: nothing to compare with. */
    | { readonly kind: 'absent' }
    | { readonly kind: 'error'; readonly reason: string };

/**
 * The commit a revision names in `folder`'s repository (`git rev-parse`), or why there is none
 * (not a repository, no such revision, no git). A file's text at a commit never changes.
 */
export function resolveGitCommit(folder: string, ref: string): Promise<string | undefined> {
    if (!isRevision(ref)) return Promise.resolve(undefined);
    return new Promise((resolveCommit) => {
        execFile('git', ['-C', folder, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { timeout: 10_000 }, (error, stdout) => {
            const commit = String(stdout).trim();
            resolveCommit(!error && /^[0-9a-f]{40,64}$/.test(commit) ? commit : undefined);
        });
    });
}

function isRevision(ref: string): boolean {
    return /^[^\s:~^-][^\s:]*$/.test(ref) || /^[A-Za-z0-9_./@{}~^-]+$/.test(ref);
}

export function readGitBase(file: string, ref: string): Promise<GitBase> {
    if (!isRevision(ref)) return Promise.resolve({ kind: 'error', reason: `'${ref}' is not a git revision` });
    return new Promise((resolveBase) => {
        execFile('git', ['-C', dirname(file), 'show', `${ref}:./${basename(file)}`], { maxBuffer: 64 * 1024 * 1024, timeout: 10_000 }, (error, stdout, stderr) => {
            if (!error) return resolveBase({ kind: 'text', text: stdout });
            const message = String(stderr).trim();
            if (/does not exist in|exists on disk, but not in/.test(message)) return resolveBase({ kind: 'absent' });
            if ((error as NodeJS.ErrnoException).code === 'ENOENT') return resolveBase({ kind: 'error', reason: 'git is not installed' });
            resolveBase({ kind: 'error', reason: message.split('\n')[0] || error.message });
        });
    });
}
