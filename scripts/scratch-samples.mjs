// The folder `npm start` opens: a scratch copy of samples/, so that what a user
// types, fixes or saves there never changes the repository's test fixtures.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Copies each sample the scratch folder does not have yet (a user's edits survive restarts); returns the folder. */
export function prepareScratchSamples(repoSamples, scratch) {
    mkdirSync(scratch, { recursive: true });
    for (const name of readdirSync(repoSamples)) {
        if (!existsSync(join(scratch, name))) copyFileSync(join(repoSamples, name), join(scratch, name));
    }
    return scratch;
}
