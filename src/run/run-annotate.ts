/**
 * A batch run: inputs streamed to workers, outputs written atomically as they come, one bad
 * document costing only itself, and index.json / errors.jsonl at the end.
 *
 * Memory stays flat however long the run: inputs are read as they are needed (a JSONL file or
 * stdin line by line), at most `maxInFlight` documents are between being read and being written
 * (JSONL's reorder buffer included), and JSONL output waits for a slow reader.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, readFile, rename, rm, mkdir, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { Summary } from '../document.js';
import { DEFAULT_MAX_CHARS, type IngestOptions } from '../ingest/ingest.js';
import { discoverInputs, type DiscoveryProblem } from '../io/discover.js';
import { removeStaleTemps, writeFileAtomic } from '../io/atomic-write.js';
import { UsageError } from '../errors.js';
import { PIPELINE_VERSION } from '../version.js';
import { jsonlLines } from './jsonl-lines.js';
import { percentiles, type Percentiles } from './percentiles.js';
import { writeIndexJson } from './write-index.js';
import { tuneForWorkerPool } from '../nlp/v8-tuning.js';
import { BATCH_TASKS } from './batch-size.js';
import type { Outcome, Task } from './worker.js';

export interface RunOptions {
  inputs: string[];
  /** Output directory, or '-' for JSONL on stdout. */
  out: string;
  format: 'json' | 'jsonl';
  jobs: number;
  ingest: IngestOptions;
  resume: boolean;
  stdin?: Readable;
  stdout?: Writable;
  onProgress?: (done: number, failed: number) => void;
  /** Called with each written document's output path (used by --html). */
  onWritten?: (path: string, json: string) => Promise<void>;
  signal?: AbortSignal;
  /**
   * Most inputs between being read and being written (default: two batches per job). With JSONL
   * output this bounds the reorder buffer too: a slow document holds back at most this many.
   */
  maxInFlight?: number;
  /** Runs the tasks (default: this thread when jobs is 1, else a pool of `jobs` worker threads). Not closed by the run. */
  executor?: Executor;
}

export interface IndexEntry {
  key: string;
  id: string | null;
  source: string;
  output: string | null;
  counts: Summary['counts'] | null;
  summary: Omit<Summary, 'counts'> | null;
  error: string | null;
  skipped?: boolean;
}

export interface RunReport {
  documents: number;
  succeeded: number;
  failed: number;
  skipped: number;
  interrupted: boolean;
  /** One entry per document, sorted by key; with `out: '-'` only the failed ones (no index.json needs the rest). */
  entries: IndexEntry[];
  /** Milliseconds per pipeline stage, summed over documents. */
  timings: Record<string, number>;
  /** Milliseconds of the steps around the stages (ingest, validate, serialize), summed. */
  steps: Record<string, number>;
  /** A document's whole cost in its thread, over the run's documents (null when none succeeded). */
  documentMilliseconds: Percentiles | null;
  seconds: number;
}

/** Where the work runs: this thread, or a pool of worker threads each with its own model. */
export interface Executor {
  run(task: Task): Promise<Outcome[]>;
  close(): Promise<void>;
}

/**
 * Heap limits of a worker thread. V8 lets garbage pile up to far more than a worker's live data
 * (about 55 MB: the model, the lexicons, a batch of documents). With an old generation of 112 MB,
 * two workers streaming the 100,000-article bench peaked at 386-397 MB of RSS on one machine and at
 * 418 MB (twice) on another; 20,000 articles peaked at 405 MB with 112 MB and 382 MB with 96 MB,
 * which is used now. (Earlier comparisons of limits,
 * 160/24 MB against 112/16 MB, were made while the aliasKey memo leaked documents; they are not
 * repeated here.) A document too large for that (a 1.9-million-character one needs more) is
 * annotated again in the main thread, which has no such limit. The old generation grows with
 * --max-chars.
 */
export function workerHeapLimits(maxChars: number = DEFAULT_MAX_CHARS): { maxYoungGenerationSizeMb: number; maxOldGenerationSizeMb: number } {
  return { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: Math.ceil(96 * Math.max(1, maxChars / DEFAULT_MAX_CHARS)) };
}

/** `jobs` worker threads running `filename` (a module whose default export is processTask). */
export async function createPoolExecutor(jobs: number, filename: string | URL, maxChars?: number): Promise<Executor> {
  const { Piscina } = await import('piscina');
  tuneForWorkerPool();
  const limits = workerHeapLimits(maxChars);
  // Each worker holds up to two batches: one it annotates, the next arriving meanwhile.
  const pool = new Piscina({ filename: filename.toString(), minThreads: jobs, maxThreads: jobs, idleTimeout: 60_000, resourceLimits: limits, concurrentTasksPerWorker: 2 * BATCH_TASKS });
  return {
    run: (task) =>
      (pool.run(task) as Promise<Outcome[]>).catch(async (e: unknown) => {
        if ((e as NodeJS.ErrnoException).code !== 'ERR_WORKER_OUT_OF_MEMORY') throw e;
        // a document too large for a worker's heap (and the batch it was in): again, here, alone
        const { processTask } = await import('./worker.js');
        return processTask(task);
      }),
    close: () => pool.destroy(),
  };
}

export async function createExecutor(jobs: number, maxChars?: number): Promise<Executor> {
  if (jobs <= 1) {
    const { createBatcher, warmUp } = await import('./worker.js');
    warmUp();
    // Tasks are annotated in batches at the next turn of the event loop, so that output written
    // so far reaches its file and more input is read between batches.
    return { run: createBatcher(), close: async () => {} };
  }
  return createPoolExecutor(jobs, new URL('./worker.js', import.meta.url), maxChars);
}

/** The earlier output of this input for --resume (same input bytes, same pipeline version), or null. */
async function previousOutput(path: string, file: string): Promise<{ id: string | null; summary: Summary | null } | null> {
  try {
    const [prev, bytes] = await Promise.all([readFile(path, 'utf8'), readFile(file)]);
    const doc = JSON.parse(prev) as { document?: { id?: string; sha256?: string }; pipeline?: { version?: string }; summary?: Summary };
    if (doc.pipeline?.version !== PIPELINE_VERSION || doc.document?.sha256 !== createHash('sha256').update(bytes).digest('hex')) return null;
    return { id: doc.document.id ?? null, summary: doc.summary ?? null };
  } catch {
    return null;
  }
}

/** [robustness] The output directory, created and proven writable, or a UsageError saying why not. */
async function prepareOutputDir(out: string): Promise<void> {
  const probe = join(out, `.presslens-write-test.${process.pid}.tmp`);
  try {
    await mkdir(out, { recursive: true });
    await writeFile(probe, '');
    await rm(probe, { force: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOTDIR' ? 'a part of the path is a file' : code === 'EROFS' ? 'read-only file system' : (code ?? (e as Error).message);
    throw new UsageError(`cannot write to the output directory ${out}: ${why}`);
  }
  // temporary files of an earlier run that was killed before it could rename them
  await removeStaleTemps(out);
}

/** An input that failed before any work could be done on it. */
interface Failure {
  kind: 'failed';
  key: string;
  source: string;
  error: string;
}

const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);

async function startsWithUtf16Bom(path: string): Promise<boolean> {
  try {
    const handle = await open(path, 'r');
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0);
      return bytesRead === 2 && ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff));
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}

/** The records of a JSON Lines stream, one task per line; a broken line fails alone. */
async function* lineTasks(input: Readable, file: string, key: string, options: IngestOptions, compact: boolean, emptyIsError: boolean): AsyncGenerator<Task | Failure> {
  let records = 0;
  try {
    for await (const l of jsonlLines(input)) {
      if (!l.ok) {
        records++;
        yield { kind: 'failed', key: `${key}/${l.lineNumber}`, source: `${file}:${l.lineNumber}`, error: `${file}: ${l.message}` };
      } else if (l.line.trim()) {
        records++;
        yield { kind: 'line', file, key, line: l.line, lineNumber: l.lineNumber, options, compact };
      }
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    yield { kind: 'failed', key, source: file, error: `${file}: cannot read: ${code === 'EACCES' ? 'permission denied' : (code ?? (e as Error).message)}` };
    return;
  }
  if (!records && emptyIsError) yield { kind: 'failed', key, source: file, error: `${file}: the JSONL file holds no records` };
}

async function* tasksOf(options: RunOptions, problems: DiscoveryProblem[], compact: boolean): AsyncGenerator<Task | Failure> {
  for (const input of options.inputs) {
    if (input === '-') {
      yield* lineTasks(options.stdin ?? process.stdin, 'stdin', 'stdin', options.ingest, compact, false);
      continue;
    }
    for await (const f of discoverInputs([input], problems)) {
      // JSON Lines files are read line by line here, so that their records spread over the workers
      // and a file of any size costs the memory of a few records. UTF-16 ones are rare: whole.
      if (JSONL_EXTENSIONS.has(extname(f.path).toLowerCase()) && !(await startsWithUtf16Bom(f.path))) {
        yield* lineTasks(createReadStream(f.path, { highWaterMark: 256 * 1024 }), f.path, f.key, options.ingest, compact, true);
      } else yield { kind: 'file', path: f.path, key: f.key, options: options.ingest, compact };
    }
  }
}

/** Resolves when the stream can take more (or can take nothing more: errored or closed). */
function drained(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('error', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('error', done);
    stream.on('close', done);
  });
}

export async function runAnnotate(options: RunOptions): Promise<RunReport> {
  const t0 = performance.now();
  const toStdout = options.out === '-';
  const jsonl = toStdout || options.format === 'jsonl';
  if (!toStdout) await prepareOutputDir(options.out);
  const executor = options.executor ?? (await createExecutor(options.jobs, options.ingest.maxChars));
  const problems: DiscoveryProblem[] = [];
  const entries: IndexEntry[] = [];
  const timings: Record<string, number> = {};
  const steps: Record<string, number> = {};
  const durations: number[] = [];
  const claimed = new Map<string, string>();
  let succeeded = 0;
  let failed = 0;
  let skipped = 0;
  let interrupted = false;
  const keepEntry = (e: IndexEntry): void => {
    if (!toStdout || e.error !== null) entries.push(e);
  };
  const fail = (key: string, source: string, error: string, id: string | null = null): void => {
    failed++;
    keepEntry({ key, id, source, output: null, counts: null, summary: null, error });
  };

  // Inputs started and not yet written. A JSONL document is written only once every document
  // before it is (the reorder buffer), so its slot frees when it leaves that buffer.
  const limit = Math.max(1, options.maxInFlight ?? Math.max(1, options.jobs) * 2 * BATCH_TASKS);
  let open = 0;
  let wake: (() => void) | null = null;
  const release = (): void => {
    open--;
    const w = wake;
    wake = null;
    w?.();
  };

  // JSONL output is written in input order through a reorder buffer.
  const jsonlTmp = jsonl && !toStdout ? join(options.out, `annotations.jsonl.${process.pid}.tmp`) : null;
  const jsonlStream: Writable | null = toStdout ? (options.stdout ?? process.stdout) : jsonlTmp ? createWriteStream(jsonlTmp) : null;
  let streamError: Error | null = null;
  const onStreamError = (e: Error): void => {
    streamError ??= e;
  };
  jsonlStream?.on('error', onStreamError);
  const pending = new Map<number, Array<string | Uint8Array>>();
  let nextToEmit = 0;
  const emit = (seq: number, lines: Array<string | Uint8Array>): void => {
    pending.set(seq, lines);
    for (let ready = pending.get(nextToEmit); ready !== undefined; ready = pending.get(nextToEmit)) {
      if (!streamError) for (const line of ready) jsonlStream!.write(line);
      pending.delete(nextToEmit);
      nextToEmit++;
      release();
    }
  };

  const record = async (outcome: Outcome, lines: Array<string | Uint8Array>): Promise<void> => {
    if (!outcome.ok) {
      fail(outcome.key, outcome.source, outcome.error);
      return;
    }
    for (const [step, ms] of Object.entries(outcome.timings)) {
      const into = step === 'ingest' || step === 'validate' || step === 'serialize' ? steps : timings;
      into[step] = (into[step] ?? 0) + ms;
    }
    durations.push(outcome.ms);
    const { counts, ...summary } = outcome.summary;
    let output: string | null = null;
    if (jsonl) {
      lines.push(outcome.json);
    } else {
      output = join(options.out, `${outcome.key}.json`);
      const owner = claimed.get(output);
      if (owner !== undefined && owner !== outcome.source) {
        fail(outcome.key, outcome.source, `${outcome.source}: would overwrite ${output}, already written for ${owner}; rename one of the inputs`, outcome.id);
        return;
      }
      claimed.set(output, outcome.source);
      try {
        await writeFileAtomic(output, outcome.json);
        await options.onWritten?.(output, typeof outcome.json === 'string' ? outcome.json : Buffer.from(outcome.json).toString('utf8'));
      } catch (e) {
        fail(outcome.key, outcome.source, `${outcome.source}: cannot write ${output}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, outcome.id);
        return;
      }
    }
    succeeded++;
    keepEntry({ key: outcome.key, id: outcome.id, source: outcome.source, output, counts, summary, error: null });
  };

  const inFlight = new Set<Promise<void>>();
  let seq = 0;
  // [robustness] An interrupt while waiting for stdin (a pipe held open) stops the reading, so the
  // run ends with its summary instead of waiting for input that may never come.
  const stdin = options.inputs.includes('-') ? (options.stdin ?? process.stdin) : null;
  const stopReading = (): void => {
    stdin?.destroy();
  };
  options.signal?.addEventListener('abort', stopReading, { once: true });
  for await (const item of tasksOf(options, problems, jsonl)) {
    if (options.signal?.aborted) {
      interrupted = true;
      break;
    }
    if (item.kind === 'failed') {
      fail(item.key, item.source, item.error);
      if (jsonl) {
        while (open >= limit) await new Promise<void>((resolve) => (wake = resolve));
        open++;
        emit(seq++, []);
      }
      continue;
    }
    const task = item;
    // [robustness] Two inputs with one output path (a.md and a.txt): the first in input order
    // keeps it, whatever order the workers finish in. A .json file may hold an array of records
    // with paths of their own: those are checked as they are written.
    if (!jsonl && task.kind === 'file' && extname(task.path).toLowerCase() !== '.json') {
      const output = join(options.out, `${task.key}.json`);
      const owner = claimed.get(output);
      if (owner !== undefined) {
        fail(task.key, task.path, `${task.path}: would overwrite ${output}, already written for ${owner}; rename one of the inputs`);
        continue;
      }
      claimed.set(output, task.path);
    }
    if (options.resume && !jsonl && task.kind === 'file') {
      const output = join(options.out, `${task.key}.json`);
      const previous = await previousOutput(output, task.path);
      if (previous) {
        skipped++;
        claimed.set(output, task.path);
        // [robustness] the entry a fresh run would have written, marked skipped
        const { counts = null, ...summary } = previous.summary ?? {};
        keepEntry({ key: task.key, id: previous.id, source: task.path, output, counts, summary: previous.summary ? (summary as Omit<Summary, 'counts'>) : null, error: null, skipped: true });
        continue;
      }
    }
    while (open >= limit) await new Promise<void>((resolve) => (wake = resolve));
    if (jsonlStream && !streamError && jsonlStream.writableNeedDrain) await drained(jsonlStream);
    open++;
    const mySeq = seq++;
    const p = executor
      .run(task)
      .then(async (outcomes) => {
        const lines: Array<string | Uint8Array> = [];
        for (const o of outcomes) await record(o, lines);
        if (jsonl) emit(mySeq, lines);
        else release();
        options.onProgress?.(succeeded + failed, failed);
      })
      .catch((e: unknown) => {
        const source = task.kind === 'file' ? task.path : `${task.file}:${task.lineNumber}`;
        fail(task.key, source, `${source}: ${(e as Error).message}`);
        if (jsonl) emit(mySeq, []);
        else release();
      })
      .finally(() => inFlight.delete(p));
    inFlight.add(p);
  }
  await Promise.all(inFlight);
  options.signal?.removeEventListener('abort', stopReading);
  if (options.signal?.aborted) interrupted = true;
  if (!options.executor) await executor.close();

  for (const pr of problems) fail(pr.path, pr.path, `${pr.path}: ${pr.message}`);
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  if (jsonlStream && !toStdout) {
    await new Promise<void>((resolve, reject) => jsonlStream.end((err?: Error | null) => (err ? reject(err) : resolve())));
    if (streamError) throw streamError;
    await rename(jsonlTmp!, join(options.out, 'annotations.jsonl'));
  }
  jsonlStream?.off('error', onStreamError);
  if (toStdout && streamError) throw streamError;
  const seconds = (performance.now() - t0) / 1000;
  const documentMilliseconds = durations.length ? percentiles(durations) : null;
  const report: RunReport = { documents: succeeded + failed + skipped, succeeded, failed, skipped, interrupted, entries, timings, steps, documentMilliseconds, seconds };
  if (!toStdout) {
    const errors = entries.filter((e) => e.error !== null).map((e) => `${JSON.stringify({ key: e.key, source: e.source, error: e.error })}\n`);
    await writeFileAtomic(join(options.out, 'errors.jsonl'), errors.join(''));
    await writeIndexJson(join(options.out, 'index.json'), {
      pipeline: { version: PIPELINE_VERSION },
      documents: entries,
      run: {
        succeeded,
        failed,
        skipped,
        interrupted,
        seconds: round(seconds),
        stageMilliseconds: roundAll(timings),
        stepMilliseconds: roundAll(steps),
        documentMilliseconds: documentMilliseconds && roundAll(documentMilliseconds),
      },
    });
  }
  return report;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

function roundAll<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, round(v as number)])) as T;
}
