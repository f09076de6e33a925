/**
 * Two V8 settings for a workload that runs the same rule code on every document. Both are
 * process-wide (worker threads share them) and must come before the rule code first runs, so this
 * module is imported for its effect, first.
 *
 * 1. Regular expressions are compiled to machine code at once. V8 first compiles a regex to
 *    bytecode and, when it runs again, to machine code ("tier-up"), which pays for regexes that
 *    run once. presslens runs every rule's regex on every document, and the largest (the dates
 *    stage's union of its patterns, ~12,000 characters) took ~48 ms to compile to bytecode and
 *    ~12 ms more to machine code, against ~15 ms compiled to machine code at once. Measured:
 *    ~60 ms off the first document (the cold start), nothing changed after it.
 *
 * 2. A function is optimised only after more runs (interrupt budget 1,000,000 bytecode units
 *    instead of V8's 67,584). TurboFan compiles on a background thread; with the default it spent
 *    ~4 s of CPU on presslens's rule functions over a 2,000-document run, much of it on functions
 *    that barely run, and each worker thread compiles the same code again, on the same cores.
 *    Measured over 768 corpus documents (JSONL in and out, 2 cores): `--jobs 2` from ~7.5 s to
 *    ~5.9 s wall and from ~12.7 s to ~9.7 s of user CPU; `--jobs 1` from ~8.6 s to ~7.0 s of user
 *    CPU at about the same wall time. 500,000 gave nearly the same; 2,000,000 no more.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
setFlagsFromString('--interrupt-budget=1000000');
