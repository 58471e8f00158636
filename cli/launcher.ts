// `kafka-topology`: the bundle users run. It runs the program (program.cjs, built from
// cli/main.ts) with a V8 code cache (code-cache.ts) and writes the cache after a run that had none.
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { codeCacheDir, loadWithCodeCache } from './code-cache.js';

// A run of the CLI is short and compiles much of the program once: TurboFan's inlining
// (a function's callees copied into it, up to 920 bytes of bytecode by default) made
// compiling cost more than it saved. Measured on `check` of the 30 641-line benchmark
// topology, alternate runs with a code cache each: 920 → 300 bytes, CPU 4.2 → 3.6 s; later,
// with the scenarios scoped, 300 → 75 bytes, CPU 2.38 → 2.22 s (twelve runs each; 150 bytes
// and no inlining at all came out between the two). On the 204 041-line one, where the hot
// loops run long enough to pay for inlining, 75 bytes costs nothing (CPU 8.0 → 7.9 s).
// And it asks V8 to wait four times longer before a function is counted hot (the interrupt
// budget, in bytecodes run): fewer functions are compiled by TurboFan that the run would
// not have lived long enough to profit from. Measured later, with the grammar-driven parser
// (eight alternate runs each, on a steady spell of this machine): 30 641 lines, CPU 1 088 →
// 967 ms, wall 661 → 633 ms (×2: 1 021 ms; ×8: 981 ms but wall 700 ms); a small file 186 →
// 169 ms; 204 041 lines 3.83 → 3.86 s (three runs each).
// And it marks the heap on its own thread, in steps, instead of on a helper thread beside it
// (V8's concurrent marking): on the 30 641-line topology the marking thread's work came to
// more than it saved the main thread. Ten alternate runs, each lower: CPU 1 135 → 1 085 ms,
// wall 877 → 869 ms, peak 139 → 131 MB; 204 041 lines CPU 5.16 → 4.92 s, wall the same,
// peak 430 → 373 MB; a small file unchanged.
// The language server, which runs for hours, keeps V8's defaults.
// Set before the program is compiled: the code cache is only taken under the flags it was
// written with.
try {
    setFlagsFromString('--max-inlined-bytecode-size-cumulative=75');
    setFlagsFromString('--interrupt-budget=270336');
    setFlagsFromString('--no-concurrent-marking');
} catch {
    // A Node that froze V8's flags runs with the defaults.
}

const program = loadWithCodeCache(join(__dirname, 'program.cjs'), codeCacheDir());
if (program.cache !== 'loaded' && program.cache !== 'off') process.once('exit', () => program.save());
program.run();
