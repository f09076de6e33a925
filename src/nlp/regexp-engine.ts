/**
 * V8 compiles a regular expression first to bytecode and, when it runs again, to machine code
 * ("tier-up"), which pays for regexes that run once. presslens runs every rule's regex on every
 * document, and the largest (the dates stage's union of its patterns, ~12,000 characters) took
 * ~48 ms to compile to bytecode and ~12 ms more to machine code, against ~15 ms compiled to
 * machine code at once. Measured: compiling at once takes ~60 ms off the first document (the cold
 * start) and changes nothing after it. The setting is process-wide (worker threads share it) and
 * must come before a rule's regex first runs, so this module is imported for its effect, first.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
