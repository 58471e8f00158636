// `kafka-topology`: the bundle users run. It runs the program (program.cjs, built from
// cli/main.ts) with a V8 code cache (code-cache.ts) and writes the cache after a run that had none.
import { join } from 'node:path';
import { codeCacheDir, loadWithCodeCache } from './code-cache.js';

const program = loadWithCodeCache(join(__dirname, 'program.cjs'), codeCacheDir());
if (program.cache !== 'loaded' && program.cache !== 'off') process.once('exit', () => program.save());
program.run();
