/**
 * Three V8 settings for a workload that runs the same rule code on every document. V8's flags are
 * process-wide (worker threads share them) and must be set before the code they concern first
 * runs: this module is imported for its effect, first.
 *
 * 1. Regular expressions are compiled to machine code at once. V8 first compiles a regex to
 *    bytecode and, when it runs again, to machine code ("tier-up"), which pays for regexes that
 *    run once. presslens runs every rule's regex on every document, and the largest (the dates
 *    stage's union of its patterns, ~12,000 characters) took ~48 ms to compile to bytecode and
 *    ~12 ms more to machine code, against ~15 ms compiled to machine code at once. Measured:
 *    ~60 ms off the first document (the cold start), nothing changed after it.
 *
 * 2. In a pool of worker threads, a function is optimised only after more runs (interrupt budget
 *    1,000,000 bytecode units instead of V8's 67,584): `tuneForWorkerPool`, called before the pool
 *    starts. TurboFan compiles on a background thread; with the default it spent ~4 s of CPU on
 *    presslens's rule functions over a 2,000-document run, much of it on functions that barely
 *    run, and each worker thread compiles the same code again, on the same cores. With one worker
 *    (the main thread) that compilation runs on an otherwise idle core and makes the code faster
 *    sooner, so the default stays. Measured over the 1.5-million-word bench with the budget set for
 *    every thread, alternated with the default: `--jobs 2` used 23–27 CPU seconds against 26–32
 *    and ran at 104,000–118,000 words/s against 88,000–109,000; `--jobs 1` kept about the same CPU
 *    but lost ~10 % of its speed (less of the second core in use), hence the pool only.
 *
 * 3. TurboFan does not inline calls. presslens's rule functions are large and call many small
 *    helpers; inlined, one optimised function became a graph that took 100–350 ms to compile
 *    (`describeSpeaker`, `classifyRun`, `findNameRuns`), and many are compiled again and again
 *    (a new object shape reaching an inlined helper deoptimises the whole function): over the
 *    1.5-million-word bench, `--trace-opt` counted 1,009 compilations taking 11.5 s of background
 *    CPU for `--jobs 1`, and 8.3 s without inlining. Alternated three times with the build before
 *    (`--jobs 1`): process CPU 22.6–25.1 s against 23.7–29.5 s, main-thread CPU and wall time the
 *    same within this machine's noise. In a pool (`--jobs 2`, budget of 2. above), alternated four
 *    times with inlining: 15.1–16.2 s against 14.4–16.9 s, no difference.
 */
import { setFlagsFromString } from 'node:v8';
import { isMainThread } from 'node:worker_threads';

// Set once, by the main thread, before any worker starts: the flags are the whole process's, and a
// worker setting them again would do so while another worker's code is being compiled.
if (isMainThread) {
  setFlagsFromString('--no-regexp-tier-up');
  setFlagsFromString('--no-turbo-inlining');
}

/** Set before a pool of worker threads starts (see 2. above); the threads created after it take it. */
export function tuneForWorkerPool(): void {
  setFlagsFromString('--interrupt-budget=1000000');
}
