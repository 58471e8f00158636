// A file's text at a git revision (`git show REF:./file`, run in the file's
// folder), for `plan --base` and the editor's change-safety diagnostics.
import type { ExecFileException } from 'node:child_process';
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
    return git(['-C', folder, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`], {}).then(({ error, stdout }) => {
        const commit = stdout.trim();
        return !error && /^[0-9a-f]{40,64}$/.test(commit) ? commit : undefined;
    });
}

function isRevision(ref: string): boolean {
    return /^[^\s:~^-][^\s:]*$/.test(ref) || /^[A-Za-z0-9_./@{}~^-]+$/.test(ref);
}

export function readGitBase(file: string, ref: string): Promise<GitBase> {
    if (!isRevision(ref)) return Promise.resolve({ kind: 'error', reason: `'${ref}' is not a git revision` });
    return git(['-C', dirname(file), 'show', `${ref}:./${basename(file)}`], { maxBuffer: 64 * 1024 * 1024 }).then(({ error, stdout, stderr }): GitBase => {
        if (!error) return { kind: 'text', text: stdout };
        const message = stderr.trim();
        if (/does not exist in|exists on disk, but not in/.test(message)) return { kind: 'absent' };
        if (error.code === 'ENOENT') return { kind: 'error', reason: 'git is not installed' };
        return { kind: 'error', reason: message.split('\n')[0] || error.message };
    });
}

interface GitRun {
    readonly error: ExecFileException | null;
    readonly stdout: string;
    readonly stderr: string;
}

/**
 * Runs git. `node:child_process` is loaded here, when git is first run, not when the program
 * starts: loading it (with the sockets and streams it needs) cost ≈ 6 ms of every CLI run,
 * and `check` never runs git.
 */
async function git(args: readonly string[], options: { readonly maxBuffer?: number }): Promise<GitRun> {
    const { execFile } = await import('node:child_process');
    return new Promise((resolveRun) => {
        execFile('git', args, { ...options, timeout: 10_000, encoding: 'utf8' }, (error, stdout, stderr) => resolveRun({ error, stdout, stderr }));
    });
}
