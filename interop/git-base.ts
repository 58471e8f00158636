// A file's text at a git revision (`git show REF:./file`, run in the file's
// folder), for `plan --base` and the editor's change-safety diagnostics.
import { execFile } from 'node:child_process';
import { basename, dirname } from 'node:path';

export type GitBase =
    | { readonly kind: 'text'; readonly text: string }
    /** The file is new at that revision: nothing to compare with. */
    | { readonly kind: 'absent' }
    | { readonly kind: 'error'; readonly reason: string };

export function readGitBase(file: string, ref: string): Promise<GitBase> {
    if (!/^[^\s:~^-][^\s:]*$/.test(ref) && !/^[A-Za-z0-9_./@{}~^-]+$/.test(ref)) return Promise.resolve({ kind: 'error', reason: `'${ref}' is not a git revision` });
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
